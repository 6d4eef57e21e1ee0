// The Astro content loader: the build reads content/ through the very same loadContent()
// as `npm run validate`, and refuses to build when any file breaks a rule (fail closed).
// Every load clears the collection and stores it again from a fresh run of the pipeline,
// so a change to a schema or a rule reaches the next build: no stale store is ever reused.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { formatIssue } from './issue.ts';
import { CONTENT_DIR } from './classify.ts';
import { loadContent, type PipelineResult } from './load-content.ts';
import type { CollectionName, ContentSet } from './content-set.ts';

interface StoredEntry {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

function entriesOf(content: ContentSet, collection: CollectionName): StoredEntry[] {
  switch (collection) {
    case 'units':
      return (content.registry?.data.units ?? []).map((u) => ({ id: u.id, file: content.registry?.file ?? '', data: { ...u } }));
    case 'cycles':
      return content.cycles;
    case 'dispatches':
      return content.dispatches;
    case 'guidance':
      return content.guidance;
    case 'plans':
      return content.plans;
    case 'reports':
      return content.reports;
  }
}

export class ContentValidationError extends Error {
  constructor(result: PipelineResult) {
    const lines = result.issues.map(formatIssue);
    super(
      `Nội dung không hợp lệ: ${result.issues.length.toLocaleString('vi-VN')} lỗi. Không xây dựng trang từ dữ liệu chưa hợp lệ.\n` +
        `Chạy "npm run validate" để xem cùng danh sách lỗi.\n${lines.join('\n')}`,
    );
    this.name = 'ContentValidationError';
  }
}

// One pipeline run serves every collection of a build; a content change in dev starts a new one.
let pending: { root: string; run: Promise<PipelineResult> } | undefined;

function runPipeline(root: string): Promise<PipelineResult> {
  if (pending?.root !== root) pending = { root, run: loadContent(root) };
  return pending.run;
}

const invalidatingWatchers = new WeakSet<object>();

export function invalidatePipeline(): void {
  pending = undefined;
}

async function sync(context: LoaderContext, collection: CollectionName, root: string): Promise<void> {
  const result = await runPipeline(root);
  if (result.issues.length > 0) throw new ContentValidationError(result);
  context.store.clear();
  for (const entry of entriesOf(result.content, collection)) {
    const body = entry.body;
    context.store.set({
      id: entry.id,
      data: entry.data,
      filePath: entry.file, // already relative to the content root
      digest: context.generateDigest({ data: entry.data, body: body ?? '' }),
      ...(body === undefined ? {} : { body, rendered: await context.renderMarkdown(body) }),
    });
  }
}

/**
 * The folder whose content/ the build reads: the project itself, or CONTENT_ROOT when set
 * (the demo dataset, a test's temporary repository).
 */
export function contentRoot(projectRoot: string): string {
  const override = process.env['CONTENT_ROOT'];
  return override ? path.resolve(projectRoot, override) : projectRoot;
}

export function contentLoader(collection: CollectionName, schema: z.ZodType): Loader {
  return {
    name: `binh-dang-gioi:${collection}`,
    schema,
    load: async (context) => {
      const root = contentRoot(fileURLToPath(context.config.root));
      await sync(context, collection, root);
      const watcher = context.watcher;
      if (watcher === undefined) return;
      const contentDir = path.join(root, CONTENT_DIR);
      const isContent = (changed: string) => path.resolve(changed).startsWith(contentDir + path.sep);
      // One listener per watcher drops the finished run, registered before any collection's
      // own listener, so that the six collections then share one new run of the pipeline.
      if (!invalidatingWatchers.has(watcher)) {
        invalidatingWatchers.add(watcher);
        watcher.add(contentDir);
        watcher.on('all', (_event, changed) => {
          if (isContent(changed)) invalidatePipeline();
        });
      }
      watcher.on('all', (_event, changed) => {
        if (!isContent(changed)) return;
        sync(context, collection, root).catch((error: unknown) => context.logger.error(String(error instanceof Error ? error.message : error)));
      });
    },
  };
}

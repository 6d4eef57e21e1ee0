// One file of content/, on its own: read it (refusing links and other non-regular files),
// parse its YAML with positions, check it against its schema (and a Markdown body), and say
// what was accepted. loadContent() (load-content.ts) runs this for every file, in this thread
// or in worker threads (process-files.ts), then checks the files against each other.
import path from 'node:path';
import type { z } from 'zod';
import { CycleSchema } from '../../schemas/cycle.ts';
import { DispatchSchema } from '../../schemas/dispatch.ts';
import { GuidanceSchema } from '../../schemas/guidance.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { ReportSchema } from '../../schemas/report.ts';
import { RegistrySchema } from '../../schemas/unit.ts';
import { classify, CONTENT_DIR, type ContentKind } from './classify.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { ContentIssue } from './issue.ts';
import { checkMarkdown } from './markdown.ts';
import { notRegularFile, readContentFile } from './read-file.ts';
import { validateYaml } from './validate-file.ts';

export interface Accepted {
  yamlText: string;
  lineOffset: number;
}

export type FileOutcome =
  | { file: string; kind: ContentKind; ok: true; data: unknown; body: string | undefined; accepted: Accepted }
  | { file: string; kind: ContentKind; ok: false; issues: ContentIssue[]; raw?: unknown; accepted?: Accepted };

const SCHEMAS = {
  registry: RegistrySchema,
  dispatch: DispatchSchema,
  cycle: CycleSchema,
  plan: PlanSchema,
  report: ReportSchema,
  guidance: GuidanceSchema,
} satisfies Record<string, z.ZodType>;

export async function processFile(root: string, file: string): Promise<FileOutcome | undefined> {
  const kind = classify(file.slice(CONTENT_DIR.length + 1));
  const fail = (rule: string, message: string, line = 1, column = 1): FileOutcome => ({
    file,
    kind,
    ok: false,
    issues: [{ file, line, column, path: '', rule, message }],
  });
  // Before anything else: a link or a FIFO is refused as such, whatever its name says.
  const notRegular = await notRegularFile(path.join(root, file));
  if (notRegular?.rule === 'symlink' || notRegular?.rule === 'not-regular-file') return fail(notRegular.rule, notRegular.message);
  if (kind.kind === 'ignored') return undefined;
  if (kind.kind === 'unknown') return fail('unexpected-file', kind.hint);

  const read = await readContentFile(path.join(root, file));
  if (!read.ok) return fail(read.rule, read.message, read.line, read.column);

  let yamlText = read.text;
  let lineOffset = 0;
  let body: string | undefined;
  const bodyIssues: ContentIssue[] = [];
  if (kind.kind === 'dispatch' || kind.kind === 'guidance') {
    const split = splitFrontmatter(read.text);
    if (split.yaml === undefined) {
      return fail('frontmatter-missing', 'Tệp Markdown phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (tiêu đề, mô tả…), rồi mới đến nội dung.');
    }
    yamlText = split.yaml;
    lineOffset = split.lineOffset;
    for (const issue of checkMarkdown(split.body)) {
      bodyIssues.push({ file, line: issue.line + split.bodyLineOffset, column: issue.column, path: '', rule: issue.rule, message: issue.message });
    }
    // The same text as written, in the one form (NFC) the pages and comparisons expect.
    body = split.body.normalize('NFC');
  }

  const result = validateYaml(file, yamlText, SCHEMAS[kind.kind], lineOffset);
  if (!result.ok) return { file, kind, ok: false, issues: [...result.issues, ...bodyIssues], raw: result.raw, accepted: { yamlText, lineOffset } };
  if (bodyIssues.length > 0) return { file, kind, ok: false, issues: bodyIssues, raw: result.located.parsed.data, accepted: { yamlText, lineOffset } };
  return { file, kind, ok: true, data: result.data, body, accepted: { yamlText, lineOffset } };
}

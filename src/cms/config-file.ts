// The CMS configuration of a content root, read through the pipeline, and where the
// project commits it (public/admin/config.yml). Used by `npm run cms:config`
// (scripts/cms/generate-config.ts) and by the Astro integration (src/integrations/decap.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyFile } from '../pipeline/classify.ts';
import { formatIssue } from '../pipeline/issue.ts';
import { loadContent } from '../pipeline/load-content.ts';
import { renderCmsConfig } from './config.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONFIG_PATH = path.join(PROJECT_ROOT, 'public', 'admin', 'config.yml');

/** The configuration for the content under `root` (a folder holding content/). */
export async function generateCmsConfig(root: string, env: Readonly<Record<string, string | undefined>> = {}): Promise<string> {
  const { content, issues } = await loadContent(root);
  const registry = content.registry?.data;
  const blocking = issues.filter((i) => ['registry', 'cycle'].includes(classifyFile(i.file)?.kind ?? ''));
  if (registry === undefined || blocking.length > 0 || content.cycles.length === 0) {
    const lines = blocking.map(formatIssue).join('\n');
    throw new Error(`Không sinh được cấu hình CMS: danh mục đơn vị hoặc chu kỳ chưa hợp lệ.\n${lines}`);
  }
  return renderCmsConfig({ registry, cycles: content.cycles.map((c) => c.data), env });
}

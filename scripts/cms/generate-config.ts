// npm run cms:config [-- --check] [-- --out FILE]
// Writes the Decap CMS configuration, derived from the schemas, the registry and the
// cycles, to public/admin/config.yml (served at /admin/config.yml). --check exits 1 when
// the committed file differs from a fresh generation. CMS_* variables choose the backend
// (docs/cms-backends.md).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatIssue } from '../../src/pipeline/issue.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { BackendConfigError } from './backend.ts';
import { renderCmsConfig } from './config.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONFIG_PATH = path.join(PROJECT_ROOT, 'public', 'admin', 'config.yml');

/** The configuration for the content under `root` (a folder holding content/). */
export async function generateCmsConfig(root: string, env: Readonly<Record<string, string | undefined>> = {}): Promise<string> {
  const { content, issues } = await loadContent(root);
  const registry = content.registry?.data;
  const blocking = issues.filter((i) => i.file === 'content/units.yaml' || i.file.startsWith('content/cycles/'));
  if (registry === undefined || blocking.length > 0 || content.cycles.length === 0) {
    const lines = blocking.map(formatIssue).join('\n');
    throw new Error(`Không sinh được cấu hình CMS: danh mục đơn vị hoặc chu kỳ chưa hợp lệ.\n${lines}`);
  }
  return renderCmsConfig({ registry, cycles: content.cycles.map((c) => c.data), env });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? path.resolve(args[outIndex + 1] ?? '') : CONFIG_PATH;
  let text: string;
  try {
    text = await generateCmsConfig(PROJECT_ROOT, process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof BackendConfigError ? 'Cấu hình máy chủ Git sai: ' : ''}${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (check) {
    const committed = await readFile(out, 'utf8').catch(() => '');
    if (committed === text) return 0;
    process.stderr.write(`${path.relative(process.cwd(), out)} đã cũ so với schemas/ và content/: chạy npm run cms:config rồi commit.\n`);
    return 1;
  }
  await writeFile(out, text);
  process.stdout.write(`Đã ghi ${path.relative(process.cwd(), out)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();

// npm run cms:config [-- --check] [-- --out FILE]
// Writes the Decap CMS configuration, derived from the schemas, the registry and the
// cycles, to public/admin/config.yml (served at /admin/config.yml). --check exits 1 when
// the committed file differs from a fresh generation. CMS_* variables choose the backend
// (docs/cms-backends.md). The library is src/cms/ (config-file.ts, config.ts, fields.ts).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BackendConfigError } from '../../src/cms/backend.ts';
import { CONFIG_PATH, generateCmsConfig, PROJECT_ROOT } from '../../src/cms/config-file.ts';

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

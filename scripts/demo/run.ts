// `npm run demo`: generate the demo content root, build the site on it with the demo banner
// and a fixed "as of" date, then serve the build at http://127.0.0.1:4321/ (astro preview).
//   npm run demo                 generate + build + serve
//   npm run demo -- --no-serve   generate + build only
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemo } from './generate.ts';
import { DEMO_AS_OF } from './settings.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONTENT = path.join(ROOT, '.tmp', 'demo');
const DIST = path.join(ROOT, '.tmp', 'demo-dist');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const env = {
  ...process.env,
  CONTENT_ROOT: CONTENT,
  PUBLIC_DEMO: '1',
  PROGRESS_AS_OF: process.env['PROGRESS_AS_OF'] ?? DEMO_AS_OF,
  ASTRO_CACHE_DIR: `${DIST}-cache`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

function astro(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, ...args], { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const { plans, reports } = await generateDemo(CONTENT);
console.log(`Dữ liệu minh họa: ${plans} kế hoạch, ${reports} báo cáo tại ${path.relative(ROOT, CONTENT)}/content (ngày tính tiến độ ${env.PROGRESS_AS_OF}).`);
const built = await astro(['build', '--outDir', DIST]);
if (built !== 0) process.exit(built);
if (!process.argv.includes('--no-serve')) {
  process.exit(await astro(['preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', '4321']));
}

// Sites built once per `vitest run` and read by every e2e file that needs them: the demo
// (generated content and one guidance page for the search tests, demo banner, fixed "as of" date) and the real content as committed
// (progress as of a fixed day too).
// The e2e project's global setup (shared-builds.setup.ts) empties the folder when the run
// starts; the first file that asks for a site builds it, later files read the same output.
// Two files may ask for the same site at once (two workers, vitest.config.ts): the first takes
// the site's lock and builds, the other waits and reads. Files that read a shared site must not
// write into it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { DEMO_AS_OF, generateDemo } from '../../scripts/demo/generate.ts';
import { buildSite, type CommandResult } from './build.ts';
import { withLock } from './lock.ts';
import { TMP_ROOT } from './paths.ts';
import type { SharedBuildsRoot } from './shared-builds.setup.ts';

/** The environment of every demo build: the banner and the demo's "as of" date. */
export const DEMO_ENV: Readonly<Record<string, string>> = { PUBLIC_DEMO: '1', PROGRESS_AS_OF: DEMO_AS_OF };

/** The folder of this run's shared sites (a folder of its own when run outside the e2e project). */
function sharedRoot(): string {
  let provided: SharedBuildsRoot | undefined;
  try {
    provided = inject('sharedBuilds');
  } catch {
    provided = undefined;
  }
  return provided ?? path.join(TMP_ROOT, 'shared-builds', `pid-${process.pid}`);
}

/** Run `make` once per run for `name`; later calls (from any file) see its stamp and skip it. */
function once(name: string, make: (dir: string) => Promise<CommandResult | undefined>): Promise<string> {
  const dir = path.join(sharedRoot(), name);
  return withLock(`shared-${path.basename(sharedRoot())}-${name}`, () => makeOnce(dir, name, make));
}

async function makeOnce(dir: string, name: string, make: (dir: string) => Promise<CommandResult | undefined>): Promise<string> {
  const done = `${dir}.done`;
  const failed = `${dir}.failed`;
  if (existsSync(done)) return dir;
  // A failure is not retried by every later file: they all report the first one's output.
  if (existsSync(failed)) throw new Error(`${name} (built earlier in this run) failed:\n${readFileSync(failed, 'utf8')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  const result = await make(dir);
  if (result && result.code !== 0) {
    writeFileSync(failed, result.output);
    throw new Error(`${name} failed:\n${result.output}`);
  }
  writeFileSync(done, new Date().toISOString());
  return dir;
}

/**
 * A guidance page the demo does not have, added to the shared demo for the search tests
 * (tests/site/search.e2e.test.ts): "đường", and the older spelling "Thanh Hoá" that no other
 * page uses.
 */
export const SEARCH_GUIDE = { path: '/huong-dan/duong-day-nong/', file: 'content/guidance/duong-day-nong.md' } as const;

/** The demo's content root (`<root>/content/…`), generated once per run, with SEARCH_GUIDE. */
export function demoContent(): Promise<string> {
  return once('demo-content', async (dir) => {
    await generateDemo(dir);
    writeFileSync(
      path.join(dir, SEARCH_GUIDE.file),
      '---\ntitle: Đường dây nóng\ndescription: Số điện thoại hỗ trợ người bị bạo lực giới.\norder: 90\n---\nĐường dây nóng của tỉnh Thanh Hoá nhận tin báo cả ngày lẫn đêm.\n',
    );
  });
}

/** The demo site, built once per run with DEMO_ENV: its output folder. */
export async function demoSite(): Promise<string> {
  const contentRoot = await demoContent();
  return once('demo-dist', (outDir) => buildSite({ contentRoot, outDir, env: { ...DEMO_ENV } }));
}

/** The "as of" date of the real build: a fixed day, so the build is the same whatever today is. */
export const REAL_AS_OF = '2021-08-01';

/** The committed content of this checkout, built once per run (progress as of REAL_AS_OF). */
export function realSite(): Promise<string> {
  return once('real-dist', (outDir) => buildSite({ outDir, env: { PROGRESS_AS_OF: REAL_AS_OF } }));
}

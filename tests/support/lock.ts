// A lock shared by the Vitest workers of one machine: a folder made with mkdir (atomic), holding
// the owner's pid. Two workers run test files at once (vitest.config.ts); what must not run twice
// at once takes a lock: every `astro build` of this project writes its .astro/, and a shared site
// is built by the first file that asks for it while the others wait. (`astro check` and the dev
// server under `npm start` run in copies of the project: tests/support/project-copy.ts.)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TMP_ROOT } from './paths.ts';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function tryTake(dir: string): boolean {
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A lock whose owner died (a killed worker) is taken over, not waited for.
    let owner = Number.NaN;
    try {
      owner = Number(readFileSync(path.join(dir, 'pid'), 'utf8'));
    } catch {
      return false; // made a moment ago, pid not written yet
    }
    if (Number.isInteger(owner) && !alive(owner)) rmSync(dir, { recursive: true, force: true });
    return false;
  }
  writeFileSync(path.join(dir, 'pid'), String(process.pid));
  return true;
}

/** Run `work` while holding the lock `name` (under .tmp/locks/); waits as long as it takes. */
export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const dir = path.join(TMP_ROOT, 'locks', name);
  mkdirSync(path.dirname(dir), { recursive: true });
  while (!tryTake(dir)) await new Promise((resolve) => setTimeout(resolve, 200));
  try {
    return await work();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lock of everything that writes this project's .astro/ (its builds). */
export const PROJECT_ASTRO = 'project-astro';

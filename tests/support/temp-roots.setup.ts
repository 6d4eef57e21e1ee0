// Global setup of both projects: the content roots tests made (content-root.ts lists them) are
// removed when the run ends, so .tmp/ does not fill up with copies of content/ run after run.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ROOTS_LIST } from './content-root.ts';

export function teardown(): void {
  if (!existsSync(ROOTS_LIST)) return;
  for (const root of readFileSync(ROOTS_LIST, 'utf8').split('\n')) if (root !== '') rmSync(root, { recursive: true, force: true });
  rmSync(ROOTS_LIST, { force: true });
}

// Temporary content roots for tests: the project's real registry, cycle, dispatch and
// guidance, plus whatever files a test adds.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import path from 'node:path';
import { PROJECT_ROOT, TMP_ROOT } from './paths.ts';

const BASE = ['units.yaml', 'cycles', 'dispatches', 'guidance'];

/** Where every root made during a run is listed, for temp-roots.setup.ts to remove at the end. */
export const ROOTS_LIST = path.join(TMP_ROOT, 'content-roots.list');

/** A new folder holding content/ with the real base files and no plans or reports. */
export function makeContentRoot(prefix = 'content-'): string {
  mkdirSync(TMP_ROOT, { recursive: true });
  const root = mkdtempSync(path.join(TMP_ROOT, prefix));
  appendFileSync(ROOTS_LIST, `${root}\n`);
  for (const item of BASE) cpSync(path.join(PROJECT_ROOT, 'content', item), path.join(root, 'content', item), { recursive: true });
  return root;
}

/** Write a file at a path relative to the root's content/ folder. */
export function addContentFile(root: string, relative: string, data: string | Uint8Array): string {
  const file = path.join(root, 'content', relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return `content/${relative}`;
}

/**
 * makeContentRoot for one test file: every root it makes is removed when the file's tests
 * are done. Call at the top level of the file.
 */
export function contentRootsCleanedAfterAll(): (prefix: string) => string {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return (prefix) => {
    const root = makeContentRoot(prefix);
    roots.push(root);
    return root;
  };
}

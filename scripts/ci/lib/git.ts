// The Git side of the CI scripts: what changed between two commits, and the content of a commit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseNameStatusZ, type Change } from '../../../src/ci/changes.ts';

const git = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

/** A commit id that does not exist (GitHub's `before` of a new branch is forty zeros). */
export function isCommit(cwd: string, rev: string): boolean {
  if (/^0+$/.test(rev)) return false;
  try {
    git(cwd, ['cat-file', '-e', `${rev}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** `git diff --raw -M BASE...HEAD`: what HEAD changes since it left BASE, with file modes. */
export function changedFiles(cwd: string, base: string, head: string): Change[] {
  return parseNameStatusZ(git(cwd, ['diff', '--raw', '-z', '--find-renames', '--no-ext-diff', '--no-abbrev', `${base}...${head}`]));
}

/**
 * Copy content/ as it is at `rev` into a new temporary root (never touching the working
 * tree or the index), so loadContent(root) reads the target branch's registry and content.
 */
export function contentAt(cwd: string, rev: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ci-base-'));
  mkdirSync(path.join(root, 'content'));
  const tar = execFileSync('git', ['archive', '--format=tar', rev, 'content'], { cwd, maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', root], { input: tar });
  return root;
}

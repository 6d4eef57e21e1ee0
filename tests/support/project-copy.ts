// A throwaway copy of this project as a Git repository of its own (tracked and new files,
// node_modules linked), for tests that run `npm start` and let the CMS commit and publish (the
// project's own repository is never written to), and for `astro check`, which writes the
// .astro/ folder of the project it checks.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, TMP_ROOT } from './paths.ts';

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export function makeProjectCopy(prefix: string): string {
  mkdirSync(TMP_ROOT, { recursive: true });
  const copy = mkdtempSync(path.join(TMP_ROOT, prefix));
  const files = git(PROJECT_ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter((f) => f !== '');
  for (const file of files) {
    try {
      cpSync(path.join(PROJECT_ROOT, file), path.join(copy, file));
    } catch {
      // a file deleted in the working tree but still in the index
    }
  }
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  git(copy, 'init', '-q', '-b', 'main');
  git(copy, 'config', 'user.name', 'Cán bộ thử nghiệm');
  git(copy, 'config', 'user.email', 'kiem-thu@example.invalid');
  git(copy, 'add', '.');
  git(copy, 'commit', '-q', '-m', 'Bản sao dự án để kiểm thử');
  return copy;
}

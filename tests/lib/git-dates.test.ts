// The one-pass history (src/lib/git-dates.ts): every file's last-changed date from one
// `git log`, equal to what `git log -1 --format=%cs -- <file>` says for each file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastChanged, lastChangedDates, parseNameLog } from '../../src/lib/git-dates.ts';

let repo: string;
let outside: string;

function git(args: string[], date?: string): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
      // The author date differs from the committer date: the page shows the committer's.
      GIT_AUTHOR_DATE: '2019-01-01T00:00:00+07:00',
      ...(date ? { GIT_COMMITTER_DATE: date } : {}),
    },
  });
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

function commit(date: string, message: string): void {
  git(['add', '-A']);
  git(['commit', '--quiet', '--allow-empty', '-m', message], date);
}

const A = 'content/plans/2021-2023/huyen-a.yaml';
const B = 'content/plans/2021-2023/huyen-b.yaml';
const RENAMED = 'content/plans/2021-2023/huyen-b-moi.yaml';
const VIETNAMESE = 'content/guidance/hướng dẫn nộp kế hoạch.md';
const OUTSIDE = 'README.md';

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'git-dates-'));
  outside = mkdtempSync(path.join(tmpdir(), 'git-dates-none-'));
  git(['init', '--quiet', '--initial-branch=main']);
  write(A, 'a: 1\n');
  write(B, 'b: 1\n');
  write(OUTSIDE, 'x\n');
  commit('2020-09-01T09:00:00+07:00', 'first');
  write(VIETNAMESE, '# Hướng dẫn\n');
  commit('2020-09-15T23:30:00+07:00', 'guidance (late evening in Vietnam, still the 15th there)');
  renameSync(path.join(repo, B), path.join(repo, RENAMED));
  commit('2020-10-02T09:00:00+07:00', 'rename');
  write(A, 'a: 2\n');
  commit('2021-01-20T09:00:00+07:00', 'A changed later');
  write(OUTSIDE, 'y\n');
  commit('2021-03-01T09:00:00+07:00', 'outside content/');
  commit('2021-04-01T09:00:00+07:00', 'empty commit');
  write('content/plans/2021-2023/untracked.yaml', 'u: 1\n');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('lastChangedDates: one git log for every content file', () => {
  it('gives each file the date of the newest commit that changed it', () => {
    const dates = lastChangedDates(repo);
    expect(Object.fromEntries(dates)).toEqual({
      [A]: '2021-01-20',
      // The old name was deleted on the rename commit: never asked for, but harmless.
      [B]: '2020-10-02',
      [RENAMED]: '2020-10-02',
      [VIETNAMESE]: '2020-09-15',
    });
  });

  it('agrees with git log -1 --format=%cs -- <file> for every file', () => {
    for (const file of [A, RENAMED, VIETNAMESE]) {
      const one = git(['log', '-1', '--format=%cs', '--', file]).trim();
      expect(lastChanged(repo, file)).toBe(one);
    }
  });

  it('accepts an absolute path and says nothing of untracked files, files outside content/, or a folder without Git', () => {
    expect(lastChanged(repo, path.join(repo, A))).toBe('2021-01-20');
    expect(lastChanged(repo, 'content/plans/2021-2023/untracked.yaml')).toBeUndefined();
    expect(lastChanged(repo, OUTSIDE)).toBeUndefined();
    expect(lastChanged(outside, A)).toBeUndefined();
    expect(lastChangedDates(outside).size).toBe(0);
  });

  it('reads a content root that is a folder inside a larger repository', () => {
    const sub = path.join(repo, 'site');
    write('site/content/plans/2021-2023/huyen-c.yaml', 'c: 1\n');
    commit('2021-05-05T09:00:00+07:00', 'a nested content root');
    expect(Object.fromEntries(lastChangedDates(sub))).toEqual({ 'content/plans/2021-2023/huyen-c.yaml': '2021-05-05' });
  });
});

describe('parseNameLog', () => {
  it('keeps the first (newest) date of each path and skips commits without files', () => {
    const out = '\x012022-08-31\0\nc/x.yaml\0c/y z.yaml\0\x012021-01-01\0\x012020-09-01\0\nc/x.yaml\0c/w.yaml\0';
    expect(Object.fromEntries(parseNameLog(out))).toEqual({ 'c/x.yaml': '2022-08-31', 'c/y z.yaml': '2022-08-31', 'c/w.yaml': '2020-09-01' });
  });
});

// npm start's CMS clone and its two-way sync (src/cms/local-repo.ts), on real Git
// repositories in temporary folders.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { git, prepareCmsRepo, syncCmsRepo } from '../../src/cms/local-repo.ts';
import { TMP_ROOT } from '../support/paths.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function repoWith(files: Record<string, string>): { root: string; clone: string } {
  mkdirSync(TMP_ROOT, { recursive: true });
  const root = mkdtempSync(path.join(TMP_ROOT, 'local-repo-'));
  made.push(root);
  git(root, ['init', '-q', '-b', 'main']);
  git(root, ['config', 'user.name', 'Kiểm thử']);
  git(root, ['config', 'user.email', 'kiem-thu@example.invalid']);
  commit(root, files, 'đầu tiên');
  return { root, clone: path.join(root, '.tmp', 'cms-repo') };
}

function commit(dir: string, files: Record<string, string>, message: string) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  git(dir, ['add', '-A']);
  const r = git(dir, ['commit', '-q', '-m', message]);
  if (!r.ok) throw new Error(r.out);
}

const head = (dir: string, ref = 'HEAD') => git(dir, ['rev-parse', ref]).out;

// Each test runs a few dozen git commands: generous on a loaded machine.
describe('the CMS clone of npm start', { timeout: 60_000 }, () => {
  it('is made at the working HEAD, with the CMS branch, and commits as the working repository does', () => {
    const { root, clone } = repoWith({ '.gitignore': '.tmp/\n', 'content/a.yaml': 'a: 1\n' });
    expect(prepareCmsRepo(root, clone, 'main')).toEqual([]);
    expect(head(clone, 'refs/heads/main')).toBe(head(root));
    expect(git(clone, ['config', 'user.name']).out).toBe('Kiểm thử');
    // The working tree does not see the clone's files as changes.
    expect(git(root, ['status', '--porcelain']).out).toBe('');
  });

  it('brings what is published in the clone into the working branch, and nothing of a draft', () => {
    const { root, clone } = repoWith({ '.gitignore': '.tmp/\n', 'content/a.yaml': 'a: 1\n' });
    prepareCmsRepo(root, clone, 'main');
    // A draft: a cms/… branch, checked out while decap-server works on it.
    git(clone, ['checkout', '-q', '-b', 'cms/ke-hoach/x']);
    commit(clone, { 'content/plans/x.yaml': 'nháp\n' }, 'nháp');
    git(clone, ['checkout', '-q', 'main']);
    expect(syncCmsRepo(root, clone, 'main')).toEqual([]);
    expect(git(root, ['ls-files', 'content/plans']).out).toBe('');
    // Published: merged into main.
    git(clone, ['merge', '-q', '--no-ff', '-m', 'công bố', 'cms/ke-hoach/x']);
    const notes = syncCmsRepo(root, clone, 'main');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Đã đưa nội dung vừa công bố vào nhánh làm việc/);
    expect(readFileSync(path.join(root, 'content/plans/x.yaml'), 'utf8')).toBe('nháp\n');
    expect(head(root)).toBe(head(clone, 'refs/heads/main'));
  });

  it('takes the working branch\'s own commits to the clone, and joins both sides when both moved', () => {
    const { root, clone } = repoWith({ '.gitignore': '.tmp/\n', 'content/a.yaml': 'a: 1\n' });
    prepareCmsRepo(root, clone, 'main');
    commit(root, { 'content/b.yaml': 'b: 1\n' }, 'tay');
    syncCmsRepo(root, clone, 'main');
    expect(head(clone, 'refs/heads/main')).toBe(head(root));
    commit(root, { 'content/c.yaml': 'c: 1\n' }, 'tay 2');
    commit(clone, { 'content/d.yaml': 'd: 1\n' }, 'công bố');
    expect(syncCmsRepo(root, clone, 'main')).toEqual(['Đã hợp nhất nội dung công bố từ trang quản trị vào nhánh làm việc.']);
    expect(git(root, ['ls-files', 'content']).out.split('\n')).toEqual(['content/a.yaml', 'content/b.yaml', 'content/c.yaml', 'content/d.yaml']);
    expect(head(clone, 'refs/heads/main')).toBe(head(root));
  });

  it('changes nothing on a conflict, and says how to resolve it', () => {
    const { root, clone } = repoWith({ '.gitignore': '.tmp/\n', 'content/a.yaml': 'a: 1\n' });
    prepareCmsRepo(root, clone, 'main');
    commit(root, { 'content/a.yaml': 'a: 2\n' }, 'tay');
    commit(clone, { 'content/a.yaml': 'a: 3\n' }, 'công bố');
    const before = head(root);
    const [note] = syncCmsRepo(root, clone, 'main');
    expect(note).toMatch(/^Nội dung công bố từ trang quản trị xung đột với nhánh làm việc; chưa hợp nhất\. Chạy: git pull /);
    expect(head(root)).toBe(before);
    expect(git(root, ['status', '--porcelain']).out).toBe('');
  });
});

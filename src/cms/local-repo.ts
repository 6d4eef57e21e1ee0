// `npm start`'s CMS works on its own clone of the repository (.tmp/cms-repo), never in the
// working tree the dev server watches. decap-server (git mode, editorial workflow) checks out
// a cms/… branch for every save; in the working tree that made content/ flicker and the
// site and the CMS reload. Here the clone takes those checkouts, and only what is PUBLISHED
// comes back: the clone's branch is fast-forwarded into the working branch (and the working
// branch's own new commits go to the clone), checked once a second by syncCmsRepo().
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export interface GitResult {
  ok: boolean;
  out: string;
}

export function git(dir: string, args: string[]): GitResult {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

const rev = (dir: string, ref: string): string | undefined => {
  const r = git(dir, ['rev-parse', '--verify', '-q', `${ref}^{commit}`]);
  return r.ok ? r.out : undefined;
};

/** The clone decap-server works in: .tmp/cms-repo under the project. */
export const cmsRepoPath = (root: string) => path.join(root, '.tmp', 'cms-repo');

/**
 * Make (or bring up to date) the clone, with `branch` (the CMS config's branch) at the
 * working tree's HEAD. Drafts (cms/… branches) made in an earlier session stay in it.
 * Returns the sentences to print (Vietnamese), empty when all went well.
 */
export function prepareCmsRepo(root: string, clone: string, branch: string): string[] {
  const notes: string[] = [];
  if (!existsSync(path.join(clone, '.git'))) {
    mkdirSync(path.dirname(clone), { recursive: true });
    const made = git(root, ['clone', '-q', '--no-local', '.', clone]);
    if (!made.ok) throw new Error(`Không tạo được bản sao kho cho trang quản trị: ${made.out}`);
  }
  // decap-server commits as whoever the working repository commits as.
  for (const key of ['user.name', 'user.email']) {
    const value = git(root, ['config', key]);
    if (value.ok && value.out !== '') git(clone, ['config', key, value.out]);
  }
  const head = rev(root, 'HEAD');
  if (head === undefined) throw new Error('Kho chưa có commit nào: hãy commit một lần trước khi chạy npm start.');
  git(clone, ['fetch', '-q', root, 'HEAD']);
  const current = rev(clone, `refs/heads/${branch}`);
  if (current === undefined) {
    git(clone, ['checkout', '-q', '-B', branch, 'FETCH_HEAD']);
  } else {
    git(clone, ['checkout', '-q', '-f', branch]);
    notes.push(...syncCmsRepo(root, clone, branch));
  }
  return notes;
}

/**
 * One round of the two-way sync. Published entries (new commits on the clone's `branch`)
 * come into the working branch; the working branch's own commits go to the clone while it
 * rests on `branch`. Never forces: when both sides moved, a merge commit joins them, and
 * when that conflicts nothing changes and the sentence says what to do.
 */
export function syncCmsRepo(root: string, clone: string, branch: string): string[] {
  const notes: string[] = [];
  const work = rev(root, 'HEAD');
  const published = rev(clone, `refs/heads/${branch}`);
  if (work === undefined || published === undefined || work === published) return notes;

  const fetched = git(root, ['fetch', '-q', clone, `refs/heads/${branch}`]);
  if (!fetched.ok) return [`Không đọc được nhánh ${branch} của bản sao kho (${fetched.out}).`];
  const workIsBehind = git(root, ['merge-base', '--is-ancestor', 'HEAD', 'FETCH_HEAD']).ok;
  const cmsIsBehind = git(root, ['merge-base', '--is-ancestor', 'FETCH_HEAD', 'HEAD']).ok;

  if (workIsBehind) {
    const merged = git(root, ['merge', '-q', '--ff-only', 'FETCH_HEAD']);
    notes.push(merged.ok ? `Đã đưa nội dung vừa công bố vào nhánh làm việc (${published.slice(0, 7)}).` : `Chưa đưa được nội dung vừa công bố vào nhánh làm việc: ${merged.out}. Hãy commit hoặc cất (git stash) các thay đổi đang dở ở những tệp đó.`);
    return notes;
  }
  if (!cmsIsBehind) {
    const merged = git(root, ['merge', '-q', '--no-edit', '-m', 'Hợp nhất nội dung công bố từ trang quản trị', 'FETCH_HEAD']);
    if (!merged.ok) {
      git(root, ['merge', '--abort']);
      return [`Nội dung công bố từ trang quản trị xung đột với nhánh làm việc; chưa hợp nhất. Chạy: git pull ${clone} ${branch} rồi sửa xung đột.`];
    }
    notes.push('Đã hợp nhất nội dung công bố từ trang quản trị vào nhánh làm việc.');
  }
  // The clone follows the working branch, but only while decap-server is not on a draft branch.
  const onBranch = git(clone, ['symbolic-ref', '-q', '--short', 'HEAD']);
  if (!onBranch.ok || onBranch.out !== branch || git(clone, ['status', '--porcelain']).out !== '') return notes;
  git(clone, ['fetch', '-q', root, 'HEAD']);
  if (git(clone, ['merge-base', '--is-ancestor', 'HEAD', 'FETCH_HEAD']).ok) git(clone, ['merge', '-q', '--ff-only', 'FETCH_HEAD']);
  return notes;
}

// Issue 10, item 2: under content/ only regular files (mode 100644). A symlink, a gitlink
// (submodule entry) or a mode change is refused by the ownership check whoever makes it,
// and the verdict never calls a submission valid when it checked nothing it changed.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseNameStatus } from '../../src/ci/changes.ts';
import { judgeChanges } from '../../src/ci/ownership.ts';
import { changedFiles } from '../../scripts/ci/lib/git.ts';
import { run } from '../support/build.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { commitAll, git, makeRepo, planYaml, put, REGISTRY, remove } from './helpers.ts';

const PLAN_QX = 'content/plans/2021-2023/huyen-quang-xuong.yaml';
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A repository whose main branch holds the unit's own valid plan; returns [root, base]. */
function repo(prefix: string): [string, string] {
  const [root] = makeRepo(prefix);
  roots.push(root);
  put(root, PLAN_QX, planYaml('huyen-quang-xuong'));
  const base = commitAll(root, 'plan');
  git(root, 'checkout', '-q', '-b', 'submission');
  return [root, base];
}

const judge = (root: string, base: string, author: string) => judgeChanges(changedFiles(root, base, 'HEAD'), [author], REGISTRY);
const messages = (result: ReturnType<typeof judgeChanges>) => result.refusals.map((r) => r.message);

describe('ownership refuses what is not a regular file under content/', { timeout: 60_000 }, () => {
  it("a symlink at the unit's own plan path (git: type change) is refused, even for the agency", () => {
    const [root, base] = repo('kind-link-');
    remove(root, PLAN_QX);
    symlinkSync('/etc/hostname', path.join(root, PLAN_QX));
    commitAll(root, 'link');
    const changes = changedFiles(root, base, 'HEAD');
    expect(changes).toEqual([{ status: 'modified', path: PLAN_QX, typeChanged: true, modes: { before: '100644', after: '120000' } }]);
    for (const author of ['hoa-qx', 'ldtbxh-bdg']) {
      const result = judge(root, base, author);
      expect(result.ok).toBe(false);
      expect(messages(result)).toEqual([
        `Tệp ${PLAN_QX} là một liên kết tượng trưng (symlink), không phải tệp thật. Nội dung chỉ gồm các tệp thường (chế độ 100644) nằm ngay trong kho: hãy xóa liên kết và đưa chính tệp nội dung vào.`,
      ]);
    }
  });

  it('a new symlink is refused', () => {
    const [root, base] = repo('kind-newlink-');
    symlinkSync('huyen-quang-xuong.yaml', path.join(root, 'content/plans/2021-2023/huyen-nga-son.yaml'));
    commitAll(root, 'link');
    expect(messages(judge(root, base, 'ldtbxh-bdg'))).toEqual([expect.stringContaining('là một liên kết tượng trưng (symlink)')]);
  });

  it('a gitlink (submodule entry) at a plan path is refused', () => {
    const [root, base] = repo('kind-gitlink-');
    git(root, 'rm', '-q', '--cached', PLAN_QX);
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${base},${PLAN_QX}`);
    git(root, 'commit', '-q', '-m', 'gitlink');
    const result = judge(root, base, 'hoa-qx');
    expect(messages(result)).toEqual([expect.stringContaining(`Tệp ${PLAN_QX} là một liên kết submodule (gitlink), không phải tệp.`)]);
    expect(messages(result)[0]).toContain(`git rm --cached ${PLAN_QX}`);
  });

  it('making a content file executable is a refused mode change', () => {
    const [root, base] = repo('kind-mode-');
    git(root, 'update-index', '--chmod=+x', PLAN_QX);
    git(root, 'commit', '-q', '-m', 'chmod');
    expect(messages(judge(root, base, 'hoa-qx'))).toEqual([expect.stringContaining('có chế độ tệp 100755 (tệp thực thi)')]);
  });

  it('an ordinary edit of the own plan still passes, and so does removing a link', () => {
    const [root, base] = repo('kind-ok-');
    put(root, PLAN_QX, planYaml('huyen-quang-xuong', '50'));
    commitAll(root, 'edit');
    expect(judge(root, base, 'hoa-qx')).toMatchObject({ ok: true, refusals: [] });
    expect(judgeChanges(parseNameStatus(`:120000 000000 ${'a'.repeat(40)} ${'0'.repeat(40)} D\t${PLAN_QX}`), ['hoa-qx'], REGISTRY).ok).toBe(true);
  });

  it('a --changes list in --name-status form refuses a type change under content/ only', () => {
    const result = judgeChanges(parseNameStatus(`T\t${PLAN_QX}\nT\tREADME.md\n`), ['ldtbxh-bdg'], REGISTRY);
    expect(result.refusals.map((r) => r.file)).toEqual([PLAN_QX]);
  });
});

describe('the verdict on a gitlink', { timeout: 60_000 }, () => {
  it('is not "valid, 0 files": the unread path is an error', async () => {
    const [root, base] = repo('kind-verdict-');
    git(root, 'rm', '-q', '--cached', PLAN_QX);
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${base},${PLAN_QX}`);
    git(root, 'commit', '-q', '-m', 'gitlink');
    // A checkout leaves an empty folder where a gitlink is.
    remove(root, PLAN_QX);
    mkdirSync(path.join(root, PLAN_QX));
    const script = path.join(PROJECT_ROOT, 'scripts', 'ci', 'verdict.ts');
    const result = await run(process.execPath, [script, '--base', base], { cwd: root, env: { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '' } });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${PLAN_QX}:1:1: Thay đổi này đặt vào đây một thứ không phải tệp đọc được`);
    expect(result.output).not.toContain('Hợp lệ');
  });
});

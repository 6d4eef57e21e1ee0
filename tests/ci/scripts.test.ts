// The CLIs as CI calls them, on real temporary Git repositories.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../support/build.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { commitAll, git, makeRepo, planYaml, put } from './helpers.ts';

const PLAN_QX = 'content/plans/2021-2023/huyen-quang-xuong.yaml';
const PLAN_NS = 'content/plans/2021-2023/huyen-nga-son.yaml';

const script = (name: string) => path.join(PROJECT_ROOT, 'scripts', 'ci', `${name}.ts`);
const cli = (name: string, cwd: string, args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, [script(name), ...args], { cwd, env: { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env } });

/** Give huyen-quang-xuong the editor hoa-qx and make ldtbxh-bdg the agency, in the file itself. */
function grant(root: string, unit: string, account: string) {
  const file = path.join(root, 'content/units.yaml');
  const text = readFileSync(file, 'utf8').replace(new RegExp(`(\\{ id: ${unit}, [^}]*?) \\}`), `$1, editors: [${account}] }`);
  writeFileSync(file, text.includes('agency_editors') ? text : text.replace(/^units:/m, 'agency_editors: [ldtbxh-bdg]\nunits:'));
}

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A repository whose main branch already grants hoa-qx the unit huyen-quang-xuong; returns [root, base]. */
function repo(prefix: string): [string, string] {
  const [root] = makeRepo(prefix);
  roots.push(root);
  grant(root, 'huyen-quang-xuong', 'hoa-qx');
  const base = commitAll(root, 'grant');
  git(root, 'checkout', '-q', '-b', 'submission');
  return [root, base];
}

// Each test spawns Node a few times; on a busy machine that takes more than Vitest's 5 s default.
describe('npm run ci:ownership', { timeout: 60_000 }, () => {
  it("passes a unit editor's own plan and refuses another unit's, naming file and unit", async () => {
    const [root, base] = repo('own-cli-');
    put(root, PLAN_QX, planYaml('huyen-quang-xuong'));
    commitAll(root, 'own plan');
    const ok = await cli('ownership', root, ['--base', base, '--author', 'hoa-qx']);
    expect(ok.output).toContain('Quyền sửa: đạt');
    expect(ok.code).toBe(0);

    put(root, PLAN_NS, planYaml('huyen-nga-son'));
    commitAll(root, 'other plan');
    const bad = await cli('ownership', root, ['--base', base, '--author', 'hoa-qx']);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('- Tài khoản "hoa-qx" không được sửa 1 tệp. Tài khoản này chỉ được sửa kế hoạch và báo cáo của Huyện Quảng Xương (huyen-quang-xuong).');
    expect(bad.output).toContain(`  - ${PLAN_NS}: đây là kế hoạch của đơn vị Huyện Nga Sơn (huyen-nga-son).`);
  });

  it('reads the editor lists of the TARGET branch: a submission cannot grant itself rights', async () => {
    const [root, base] = repo('own-grant-');
    grant(root, 'huyen-nga-son', 'ke-gian');
    put(root, PLAN_NS, planYaml('huyen-nga-son'));
    commitAll(root, 'self-grant');
    const result = await cli('ownership', root, ['--base', base, '--author', 'ke-gian']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('- Tài khoản "ke-gian" không được sửa 2 tệp. Tài khoản này không có trong danh mục đơn vị');
    expect(result.output).toContain('  - content/units.yaml: đây là danh mục đơn vị, chỉ cơ quan thường trực được sửa.');
    expect(result.output).toContain(`  - ${PLAN_NS}: đây là kế hoạch của đơn vị Huyện Nga Sơn (huyen-nga-son).`);
  });

  it('judges a rename by both paths (git diff -M)', async () => {
    const [root] = makeRepo('own-rename-');
    roots.push(root);
    grant(root, 'huyen-quang-xuong', 'hoa-qx');
    put(root, PLAN_NS, planYaml('huyen-nga-son'));
    const base = commitAll(root, 'base with a plan of Nga Sơn');
    git(root, 'mv', PLAN_NS, PLAN_QX);
    commitAll(root, 'rename');
    const result = await cli('ownership', root, ['--base', base, '--author', 'hoa-qx']);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`  - ${PLAN_NS}: đây là kế hoạch của đơn vị Huyện Nga Sơn (huyen-nga-son) (đổi tên thành ${PLAN_QX}).`);
  });

  it('takes a change list on stdin-like --changes and fails on misuse with exit 2', async () => {
    const [root, base] = repo('own-list-');
    const list = path.join(root, 'changes.txt');
    writeFileSync(list, `M\tsrc/pages/index.astro\n`);
    const refused = await cli('ownership', root, ['--changes', list, '--base', base, '--author', 'hoa-qx']);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('mã nguồn, cấu hình hoặc tài liệu của trang');
    const agency = await cli('ownership', root, ['--changes', list, '--base', base, '--author', 'ldtbxh-bdg']);
    expect(agency.code).toBe(0);
    const usage = await cli('ownership', root, ['--author', 'hoa-qx']);
    expect(usage.code).toBe(2);
    expect(usage.output).toContain('Cách dùng');
  });
});

describe('npm run ci:verdict', { timeout: 60_000 }, () => {
  it('writes "hợp lệ" to the job summary for a valid own plan', async () => {
    const [root, base] = repo('verdict-cli-ok-');
    put(root, PLAN_QX, planYaml('huyen-quang-xuong'));
    commitAll(root, 'own plan');
    const summary = path.join(root, 'summary.md');
    writeFileSync(summary, '');
    const result = await cli('verdict', root, ['--base', base, '--author', 'hoa-qx'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(result.code).toBe(0);
    expect(result.output).not.toContain('::error');
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('## ✅ Bài nộp hợp lệ');
    expect(text).toContain(`- \`${PLAN_QX}\``);
  });

  it('prints annotations on the lines at fault and writes the report and Code Quality files', async () => {
    const [root, base] = repo('verdict-cli-bad-');
    put(root, PLAN_QX, planYaml('huyen-quang-xuong', '"45 triệu"'));
    put(root, PLAN_NS, planYaml('huyen-nga-son'));
    commitAll(root, 'bad plan and a foreign one');
    const result = await cli('verdict', root, ['--base', base, '--author', 'hoa-qx', '--report', 'out/verdict.md', '--codequality', 'out/cq.json'], { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`::error file=${PLAN_QX},line=15,col=61,title=activities[0].budget[0].amount::`);
    expect(result.output).toContain(`::error file=${PLAN_NS},line=1,col=1,title=Quyền sửa tệp::`);
    expect(result.output).toContain(`${PLAN_QX}:15:61: activities[0].budget[0].amount:`);
    const report = readFileSync(path.join(root, 'out/verdict.md'), 'utf8');
    expect(report).toContain('**Không hợp lệ:** 1 lỗi nội dung trong 1 tệp; 1 tệp không được phép sửa (đã kiểm tra 2 tệp nội dung).');
    const cq = JSON.parse(readFileSync(path.join(root, 'out/cq.json'), 'utf8')) as unknown[];
    expect(cq).toHaveLength(2);
  });

  it('without --base judges all of content/ and prints no annotation outside GitHub', async () => {
    const [root] = repo('verdict-cli-all-');
    put(root, PLAN_NS, planYaml('huyen-nga-son', '"45 triệu"'));
    const result = await cli('verdict', root, []);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${PLAN_NS}:15:61:`);
    expect(result.output).not.toContain('::error');
  });
});

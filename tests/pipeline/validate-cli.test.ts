// The CLI exactly as FORMAT.md describes it: one line per error starting path:line:column,
// exit 0 / 1 / 2, GitHub annotations under Actions, named files checked against the rest.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../support/build.ts';
import { addContentFile, makeContentRoot } from '../support/content-root.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const validate = (args: string[], env: Record<string, string> = {}, cwd = PROJECT_ROOT) =>
  run(process.execPath, [path.join(PROJECT_ROOT, 'scripts/validate.ts'), ...args], { cwd, env: { GITHUB_ACTIONS: '', INIT_CWD: '', ...env } });

const GOOD = 'unit: huyen-nga-son\ncycle: 2021-2023\nstatus: draft\n';
const BAD = 'unit: huyen-ha-trung\ncycle: 2021-2023\nstatus: draft\nactivities:\n  - { id: a, title: Hội nghị, task: truyen-thong, budget: [{ year: 2021, source: khac, amount: "45.500" }] }\n';

function rootWithPlans() {
  const root = makeContentRoot('cli-');
  addContentFile(root, 'plans/2021-2023/huyen-nga-son.yaml', GOOD);
  addContentFile(root, 'plans/2021-2023/huyen-ha-trung.yaml', BAD);
  return root;
}

// Each test spawns Node (one to five times); on a loaded machine that takes more than Vitest's 5 s default.
describe('npm run validate', { timeout: 60_000 }, () => {
  it('the committed content/ validates: exit 0', async () => {
    const result = await validate([]);
    expect(result.output).toContain('Hợp lệ');
    expect(result.code).toBe(0);
  });

  it('an invalid file: exit 1, one line per error, path:line:column first', async () => {
    const root = rootWithPlans();
    const result = await validate(['--root', root]);
    expect(result.code).toBe(1);
    const lines = result.output.split('\n').filter((l) => l.startsWith('content/'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/plans\/2021-2023\/huyen-ha-trung\.yaml:5:96: activities\[0\]\.budget\[0\]\.amount: Số tiền đang được viết là chữ "45\.500".*45\.5/);
  });

  it('named files: only their errors, with cross-file rules using the rest', async () => {
    const root = rootWithPlans();
    const good = await validate(['--root', root, path.join(root, 'content/plans/2021-2023/huyen-nga-son.yaml')]);
    expect(good.code).toBe(0);
    const bad = await validate(['--root', root, path.join(root, 'content/plans/2021-2023/huyen-ha-trung.yaml')]);
    expect(bad.code).toBe(1);
    // a report refers to a plan that is not named: the plan is still found.
    addContentFile(root, 'reports/2021-2023/2021-nam/huyen-nga-son.yaml', 'unit: huyen-nga-son\ncycle: 2021-2023\nperiod: 2021-nam\nsubmitted_on: 2021-12-20\nactivities:\n  - { activity: khong-co, status: done }\n');
    const report = await validate(['--root', root, path.join(root, 'content/reports/2021-2023/2021-nam/huyen-nga-son.yaml')]);
    expect(report.code).toBe(1);
    expect(report.output).toContain('không có trong kế hoạch của đơn vị');
  });

  it('relative file names are taken from the current folder', async () => {
    const root = rootWithPlans();
    // The root defaults to the current folder.
    const result = await validate(['content/plans/2021-2023/huyen-ha-trung.yaml'], {}, root);
    expect(result.code).toBe(1);
    const ok = await validate(['--root', '.', 'content/plans/2021-2023/huyen-nga-son.yaml'], {}, root);
    expect(ok.code).toBe(0);
  });

  it('under npm, names are taken from where the command was typed (INIT_CWD)', async () => {
    const root = rootWithPlans();
    const result = await validate(['--root', root, 'huyen-ha-trung.yaml'], { INIT_CWD: path.join(root, 'content/plans/2021-2023') });
    expect(result.code).toBe(1);
    expect(result.output).toContain('content/plans/2021-2023/huyen-ha-trung.yaml:5:96');
  });

  it('usage errors: exit 2', async () => {
    expect((await validate(['--no-such-flag'])).code).toBe(2);
    expect((await validate(['content/plans/2021-2023/khong-ton-tai.yaml'])).code).toBe(2);
    expect((await validate(['package.json'])).code).toBe(2);
    expect((await validate(['--root'])).code).toBe(2);
    expect((await validate(['--root', '/nonexistent-dir'])).code).toBe(2);
    // Five runs of the CLI: on a loaded machine this takes more than the default 5 s.
  }, 120_000);

  it('GitHub Actions annotations when GITHUB_ACTIONS is set', async () => {
    const root = rootWithPlans();
    const result = await validate(['--root', root], { GITHUB_ACTIONS: 'true' });
    expect(result.output).toMatch(/^::error file=content\/plans\/2021-2023\/huyen-ha-trung\.yaml,line=5,col=96,title=activities\[0\]\.budget\[0\]\.amount::Số tiền/m);
  });
});

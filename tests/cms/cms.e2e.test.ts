// Decap CMS end to end, in headless Chromium: decap-server (git mode) on a temporary Git
// repository, the built site (a copy of this run's shared build of the committed content)
// served as a host would, then log in with the local backend, create a plan through the
// Vietnamese form, move it through the editorial workflow to publication (the merge into
// main), check the file, the validator and a rebuilt site, then edit the plan and check that
// nothing else changed.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { hasChromium, launchBrowser } from '../support/browser.ts';
import { buildSite, run } from '../support/build.ts';
import { addItem, choose, saveAndPublish } from '../support/cms.ts';
import { freePort } from '../support/ports.ts';
import { PROJECT_ROOT, TMP_ROOT } from '../support/paths.ts';
import { realSite } from '../support/shared-builds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const UNIT = 'huyen-quang-xuong';
const PLAN_FILE = `content/plans/2021-2023/${UNIT}.yaml`;
const DECAP_SERVER = path.join(PROJECT_ROOT, 'node_modules', 'decap-server', 'dist', 'index.js');

/** What the officer types, and so what the file must hold (after the schema's defaults). */
const EXPECTED = {
  unit: UNIT,
  cycle: '2021-2023',
  status: 'submitted',
  submitted_on: '2020-09-15',
  contact: { name: 'Nguyễn Thị Hoa', phone: '0373725604' },
  summary: 'Truyền thông tại cơ sở, lồng ghép giới trong quy hoạch xã.',
  activities: [
    {
      id: 'truyen-thong-xa',
      title: 'Hội nghị truyền thông về bình đẳng giới tại 26 xã, thị trấn',
      task: 'truyen-thong',
      action_month: true,
      target_groups: ['can-bo', 'nhan-dan'],
      budget: [
        { year: 2021, source: 'ngan-sach-dia-phuong', amount: 45.5 },
        { year: 2022, source: 'xa-hoi-hoa', amount: 10 },
      ],
    },
    {
      id: 'long-ghep-quy-hoach',
      title: 'Lồng ghép giới trong quy hoạch sử dụng đất cấp xã',
      task: 'long-ghep',
      action_month: false,
      budget: [{ year: 2021, source: 'ngan-sach-don-vi', amount: 20.25 }],
    },
  ],
};

/** Local branch names, without the mark of the checked-out one (decap-server switches branches while it works). */
const branches = (repo: string, pattern = 'refs/heads/') => git(repo, 'for-each-ref', '--format=%(refname:short)', pattern);

async function git(repo: string, ...args: string[]): Promise<string> {
  const r = await run('git', ['-C', repo, ...args]);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.output}`);
  return r.output.trim();
}


/** decap-server in git mode on `repo`, resolved once it listens. */
function startDecapServer(repo: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DECAP_SERVER], {
      cwd: repo,
      env: { ...process.env, PORT: String(port), MODE: 'git', GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('listening on')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`decap-server exited (${code}): ${output}`)));
  });
}

async function addBudgetLine(page: Page, year: string, source: string, amount: string) {
  await addItem(page.getByRole('button', { name: 'Thêm kinh phí' }).last(), page.getByLabel('Số tiền (triệu đồng)'));
  await choose(page, 'Năm', year);
  await choose(page, 'Nguồn kinh phí', source);
  await page.getByLabel('Số tiền (triệu đồng)').last().fill(amount);
}

describe.skipIf(!hasChromium)('Decap CMS, local backend, editorial workflow', () => {
  let repo = '';
  let decap: ChildProcess | undefined;
  let site: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let initial = '';

  beforeAll(async () => {
    mkdirSync(TMP_ROOT, { recursive: true });
    repo = mkdtempSync(path.join(TMP_ROOT, 'cms-e2e-repo-'));
    cpSync(path.join(PROJECT_ROOT, 'content'), path.join(repo, 'content'), { recursive: true });
    await git(repo, 'init', '-q', '-b', 'main');
    await git(repo, 'config', 'user.name', 'Kiểm thử CMS');
    await git(repo, 'config', 'user.email', 'cms-test@example.invalid');
    await git(repo, 'add', '.');
    await git(repo, 'commit', '-q', '-m', 'Nội dung ban đầu');
    initial = await git(repo, 'rev-parse', 'HEAD');

    const port = await freePort();
    decap = await startDecapServer(repo, port);

    // The committed content as built for this run (tests/support/shared-builds.ts), copied: this
    // test writes its config and, later, its form data. The CMS under a base path is checked on
    // the base-path build (site.e2e) and under npm start (officer.e2e).
    const outDir = path.join(TMP_ROOT, 'cms-dist');
    rmSync(outDir, { recursive: true, force: true });
    cpSync(await realSite(), outDir, { recursive: true });
    // The built config points the local backend at this test's decap-server.
    const configFile = path.join(outDir, 'admin', 'config.yml');
    const configText = readFileSync(configFile, 'utf8');
    expect(configText).toContain('url: http://127.0.0.1:8081/api/v1');
    writeFileSync(configFile, configText.replace('http://127.0.0.1:8081/api/v1', `http://127.0.0.1:${port}/api/v1`));
    site = await serveStatic(outDir, '/');

    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(30_000);
    // Decap asks before publishing ("Bạn có chắc rằng bạn muốn công bố mục này?"): yes.
    page.on('dialog', (dialog) => void (dialog.message().includes('công bố') ? dialog.accept() : dialog.dismiss()));
  });

  afterEach(async (context) => {
    // A failing step leaves a picture of the form behind, to see what Decap showed.
    if (context.task.result?.state === 'fail') await page?.screenshot({ path: path.join(TMP_ROOT, `cms-e2e-failure-${context.task.name.replace(/\W+/g, '-').slice(0, 40)}.png`), fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    decap?.kill();
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('creates a plan in the form and publishes it into main, exactly as typed', async () => {
    await page.goto(`${site?.url}admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Kế hoạch 2021-2023', exact: true }).click();
    await page.getByRole('link', { name: /^Tạo .*kế hoạch 2021-2023/ }).click();

    await choose(page, 'Đơn vị', 'Huyện Quảng Xương');
    await choose(page, 'Trạng thái', 'Đã nộp');
    await page.getByLabel(/^Ngày nộp/).fill('2020-09-15');
    await page.getByLabel(/^Họ và tên/).fill(EXPECTED.contact.name);
    await page.getByLabel(/^Điện thoại/).fill(EXPECTED.contact.phone);
    await page.getByLabel(/^Tóm tắt/).fill(EXPECTED.summary);

    const [first, second] = EXPECTED.activities;
    if (!first || !second) throw new Error('two activities expected');
    await addItem(page.getByRole('button', { name: 'Thêm hoạt động' }), page.getByLabel('Mã hoạt động'));
    await page.getByLabel('Mã hoạt động').last().fill(first.id);
    await page.getByLabel('Tên hoạt động').last().fill(first.title);
    await choose(page, 'Nhiệm vụ trọng tâm', '1. Truyền thông, Tháng hành động');
    await page.getByLabel(/^Trong Tháng hành động/).last().click();
    await choose(page, /^Đối tượng/, 'Cán bộ, công chức, viên chức');
    await choose(page, /^Đối tượng/, 'Nhân dân');
    await addBudgetLine(page, '2021', 'Ngân sách địa phương (tỉnh, huyện)', '45.5');
    await addBudgetLine(page, '2022', 'Xã hội hóa', '10');

    await addItem(page.getByRole('button', { name: 'Thêm hoạt động' }), page.getByLabel('Mã hoạt động'));
    await page.getByLabel('Mã hoạt động').last().fill(second.id);
    await page.getByLabel('Tên hoạt động').last().fill(second.title);
    await choose(page, 'Nhiệm vụ trọng tâm', '4. Lồng ghép giới');
    await addBudgetLine(page, '2021', 'Kinh phí thường xuyên của đơn vị', '20.25');

    await saveAndPublish(page);

    expect(await branches(repo, 'refs/heads/cms/')).toBe('');
    const text = await git(repo, 'show', `main:${PLAN_FILE}`);
    expect(text).toContain('amount: 45.5');
    expect(text).toContain('phone: "0373725604"');
    expect(text).toContain('submitted_on: 2020-09-15');
    const result = await loadContent(repo);
    expect(result.issues).toEqual([]);
    expect(result.content.plans.map((p) => p.data)).toEqual([EXPECTED]);
    // The raw file holds exactly what was typed: the untouched switch of the second
    // activity is absent (the schema's default, false, applies), nothing else is added.
    const raw = structuredClone(EXPECTED) as { activities: Record<string, unknown>[] };
    delete raw.activities[1]?.['action_month'];
    expect(parse(text)).toEqual(raw);
  });

  it('passes the validator, and a rebuild shows the unit as submitted with the right totals', async () => {
    const validate = await run(process.execPath, ['scripts/validate.ts', '--root', repo]);
    expect(validate.code, validate.output).toBe(0);

    const outDir = path.join(TMP_ROOT, 'cms-dist-rebuilt');
    rmSync(outDir, { recursive: true, force: true });
    const build = await buildSite({ contentRoot: repo, outDir });
    expect(build.code, build.output).toBe(0);
    const plans = readFileSync(path.join(outDir, 'ke-hoach', 'index.html'), 'utf8');
    const row = plans.split(/<tr\b/).find((r) => r.includes(`/ke-hoach/2021-2023/${UNIT}/`));
    expect(row, 'the unit’s row on /ke-hoach/').toBeDefined();
    expect(row).toContain('Đã nộp');
    // 45,5 + 10 + 20,25 = 75,75 triệu đồng in all; 2021: 65,75; task 1: 55,5.
    const summary = readFileSync(path.join(outDir, 'tong-hop', 'index.html'), 'utf8');
    expect(summary).toContain('75,75');
    expect(summary).toContain('65,75');
    expect(summary).toContain('55,5');
    // The CMS reads the plans from the site it is served with: serve the rebuilt site's.
    cpSync(path.join(outDir, 'admin', 'form-data.json'), path.join(TMP_ROOT, 'cms-dist', 'admin', 'form-data.json'));
  });

  it('files a progress report for the period, checked against the plan', async () => {
    const before = await git(repo, 'rev-parse', 'main');
    await page.goto('about:blank');
    await page.goto(`${site?.url}admin/#/collections/bao-cao-2021-2023-2021-nam/new`);
    await choose(page, 'Đơn vị', 'Huyện Quảng Xương');
    await page.getByLabel(/^Ngày nộp/).fill('20/12/2021');
    await addItem(page.getByRole('button', { name: 'Thêm tiến độ hoạt động' }), page.getByLabel('Hoạt động', { exact: true }));
    // Picked from the unit's plan, not typed.
    await page.getByLabel('Hoạt động', { exact: true }).last().selectOption('truyen-thong-xa');
    await choose(page, 'Tình trạng', 'Đã hoàn thành');
    await page.getByLabel(/^Kinh phí đã chi/).last().fill('42.5');
    await page.getByLabel(/^Kết quả/).last().fill('Tổ chức 26 hội nghị, 2.150 lượt người tham dự');
    await page.getByLabel(/^Khó khăn, vướng mắc/).fill('Kinh phí cấp muộn.');
    await saveAndPublish(page);

    const file = `content/reports/2021-2023/2021-nam/${UNIT}.yaml`;
    expect((await git(repo, 'diff', '--name-only', before, 'main')).split('\n')).toEqual([file]);
    const result = await loadContent(repo);
    expect(result.issues).toEqual([]);
    expect(result.content.reports.map((r) => r.data)).toEqual([
      {
        unit: UNIT,
        cycle: '2021-2023',
        period: '2021-nam',
        submitted_on: '2021-12-20',
        activities: [{ activity: 'truyen-thong-xa', status: 'done', spent: 42.5, result: 'Tổ chức 26 hội nghị, 2.150 lượt người tham dự' }],
        difficulties: 'Kinh phí cấp muộn.',
      },
    ]);
  });

  it('edits the plan: only that file changes', async () => {
    const before = await git(repo, 'rev-parse', 'main');
    // Back from the report to the plans, the way an officer goes: arrow, collection, entry.
    await page.getByRole('link', { name: /Đang viết trong bộ sưu tập/ }).click();
    await page.getByRole('link', { name: 'Kế hoạch 2021-2023', exact: true }).click();
    // The list names the unit (the admin script reads its id as its name).
    await page.getByRole('link', { name: /^Huyện Quảng Xương/ }).click();
    const title = page.getByLabel(/^Tóm tắt/);
    await title.fill('Truyền thông tại cơ sở; lồng ghép giới trong quy hoạch xã và huyện.');
    await saveAndPublish(page);

    const changed = (await git(repo, 'diff', '--name-only', before, 'main')).split('\n');
    expect(changed).toEqual([PLAN_FILE]);
    expect((await git(repo, 'diff', '--name-only', initial, 'main')).split('\n')).toEqual([PLAN_FILE, `content/reports/2021-2023/2021-nam/${UNIT}.yaml`]);
    expect(await git(repo, 'status', '--porcelain')).toBe('');
    const result = await loadContent(repo);
    expect(result.issues).toEqual([]);
    expect(result.content.plans[0]?.data).toEqual({ ...EXPECTED, summary: 'Truyền thông tại cơ sở; lồng ghép giới trong quy hoạch xã và huyện.' });
  });

  it('refuses an activity id that is not a slug, in Vietnamese, and saves only once corrected', async () => {
    const before = await branches(repo);
    await page.getByRole('link', { name: /Đang viết trong bộ sưu tập/ }).click();
    await page.getByRole('link', { name: /^Tạo .*kế hoạch 2021-2023/ }).click();
    await choose(page, 'Đơn vị', 'Huyện Nga Sơn');
    await choose(page, 'Trạng thái', 'Bản nháp');
    await addItem(page.getByRole('button', { name: 'Thêm hoạt động' }), page.getByLabel('Mã hoạt động'));
    await page.getByLabel('Mã hoạt động').last().fill('Truyền thông xã');
    await page.getByLabel('Tên hoạt động').last().fill('Truyền thông tại xã');
    await choose(page, 'Nhiệm vụ trọng tâm', '1. Truyền thông, Tháng hành động');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Mã hoạt động không khớp với mẫu: chỉ dùng chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ, ví dụ: truyen-thong-xa.').waitFor();
    expect(await branches(repo)).toBe(before);

    // Corrected, the draft saves: on its own branch, main untouched.
    const main = await git(repo, 'rev-parse', 'main');
    const id = page.getByLabel('Mã hoạt động').last();
    // As a person does it: select all, type over (Decap's text input restores its caret on
    // every change, so a programmatic fill() over existing text appends instead).
    await id.click();
    await page.keyboard.press('Control+A');
    await id.pressSequentially('truyen-thong-xa');
    expect(await id.inputValue()).toBe('truyen-thong-xa');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Thay đổi đã được lưu').waitFor();
    expect(await branches(repo, 'refs/heads/cms/')).toBe('cms/ke-hoach-2021-2023/huyen-nga-son');
    expect(await git(repo, 'rev-parse', 'main')).toBe(main);
  });
});

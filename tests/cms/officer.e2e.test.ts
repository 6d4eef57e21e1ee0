// An officer files a plan and a report through /admin/ under `npm start` (the site under a base
// path, as on a project's GitHub Pages), in real Chromium, against the real decap-server (git
// mode, editorial workflow) in a throwaway copy of the project. npm start brings the Astro dev
// server and decap-server up together on 127.0.0.1, serves the self-hosted CMS and its generated
// config, and one Ctrl-C stops both. Money typed the Vietnamese way is stored exactly or refused
// with nothing saved; a submitted plan that breaks a rule (or an activity id that is not a slug)
// cannot be saved or published and the form says why; with a draft present the CMS stays loaded
// without a single reload (the page holds no dev-server connection, and the CMS's own reading of
// the draft leaves the tree alone); a complete plan is published into main holding exactly what
// was typed, passes the validator and appears on the local site with its totals; a report picks
// its activities from it and is published; an edit of the plan changes that file only.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_PATH } from '../../src/cms/config-file.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { hasChromium, launchBrowser } from '../support/browser.ts';
import { addItem, choose, saveAndPublish } from '../support/cms.ts';
import { freePort } from '../support/ports.ts';
import { TMP_ROOT } from '../support/paths.ts';
import { makeProjectCopy } from '../support/project-copy.ts';

const BASE = '/bdg/';
const UNIT = 'huyen-quang-xuong';
const PLAN_FILE = `content/plans/2021-2023/${UNIT}.yaml`;
const DRAFT_BRANCH = `cms/ke-hoach-2021-2023/${UNIT}`;
const REPORT_FILE = `content/reports/2021-2023/2021-nam/${UNIT}.yaml`;
/** Screens an officer can follow (docs/cms.md shows copies of them). */
export const SCREENS = path.join(TMP_ROOT, 'officer-screens');

const FIRST_TITLE = 'Hội nghị truyền thông về bình đẳng giới tại 26 xã, thị trấn';
const SECOND_TITLE = 'Lồng ghép giới trong quy hoạch sử dụng đất cấp xã';
const FIRST_ID = 'hoi-nghi-truyen-thong-ve-binh-dang-gioi-tai-26-xa-thi-tran';
/** Typed by the officer (the first activity's id is made from its title). */
const SECOND_ID = 'long-ghep-quy-hoach';
const SUMMARY = 'Truyền thông tại cơ sở, lồng ghép giới trong quy hoạch xã.';
const EDITED_SUMMARY = 'Truyền thông tại cơ sở; lồng ghép giới trong quy hoạch xã và huyện.';

/**
 * The published file, exactly: what the officer typed, as the schema means it, and nothing else
 * (the untouched switch of the second activity is absent; the schema's default, false, applies).
 */
const PUBLISHED_PLAN = {
  unit: UNIT,
  cycle: '2021-2023',
  status: 'submitted',
  submitted_on: '2020-09-15',
  contact: { name: 'Nguyễn Thị Hoa', phone: '0373725604' },
  summary: SUMMARY,
  activities: [
    {
      id: FIRST_ID,
      title: FIRST_TITLE,
      task: 'truyen-thong',
      action_month: true,
      target_groups: ['can-bo', 'nhan-dan'],
      budget: [
        { year: 2021, source: 'ngan-sach-dia-phuong', amount: 45.5 },
        { year: 2022, source: 'xa-hoi-hoa', amount: 45.5 },
        { year: 2023, source: 'xa-hoi-hoa', amount: 12.5 },
      ],
    },
    { id: SECOND_ID, title: SECOND_TITLE, task: 'long-ghep', budget: [{ year: 2021, source: 'ngan-sach-don-vi', amount: 20.25 }] },
  ],
};
const REPORT_RESULT = 'Tổ chức 26 hội nghị, 2.150 lượt người tham dự';
/** The report file, exactly as published. */
const REPORT = {
  unit: UNIT,
  cycle: '2021-2023',
  period: '2021-nam',
  submitted_on: '2021-12-20',
  activities: [{ activity: FIRST_ID, status: 'done', spent: 42.5, result: REPORT_RESULT }],
  difficulties: 'Kinh phí cấp muộn.',
};
const SLUG_MESSAGE = 'Mã hoạt động không khớp với mẫu: chỉ dùng chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ, ví dụ: truyen-thong-xa.';

function git(dir: string, ...args: string[]): { ok: boolean; out: string } {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return { ok: r.status === 0, out: (r.stdout ?? '').trim() };
}

/** Whether nothing listens at `url` any more. */
const refused = (url: string) =>
  fetch(url, { method: 'POST' }).then(
    () => false,
    () => true,
  );

async function waitFor(check: () => boolean, what: string, limitMs = 90_000) {
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Hết thời gian chờ: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!hasChromium)('the officer files a plan and a report in /admin/ under npm start', () => {
  let copy = '';
  let cmsRepo = '';
  let site = '';
  let cmsApi = '';
  let start: ChildProcess | undefined;
  let output = '';
  let browser: Browser | undefined;
  let page: Page;
  let navigations = 0;
  /** The clone's main before the officer's first publication. */
  let initial = '';
  /** WebSockets /admin/ opened: the dev server's reload channel would be one. */
  const sockets: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENS, `${name}.png`) });
  const branches = () => git(cmsRepo, 'for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').out;
  const fileOn = (ref: string, file: string) => git(cmsRepo, 'show', `${ref}:${file}`);
  /** The commit the clone's main is at (decap-server merges into it when an entry is published). */
  const mainHead = () => git(cmsRepo, 'rev-parse', 'main').out;
  /** The files main changed since `ref`. */
  const changedSince = (ref: string) => git(cmsRepo, 'diff', '--name-only', ref, 'main').out.split('\n');
  /** A budget line added to the last activity: its year and source chosen, its amount typed. */
  async function addBudgetLine(year: string, source: string, amount: string) {
    await addItem(page.getByRole('button', { name: 'Thêm kinh phí' }).last(), page.getByLabel(/^Số tiền/));
    await choose(page, 'Năm', year);
    await choose(page, 'Nguồn kinh phí', source);
    await page.getByLabel(/^Số tiền/).last().fill(amount);
  }

  beforeAll(async () => {
    mkdirSync(SCREENS, { recursive: true });
    copy = makeProjectCopy('officer-e2e-');
    cmsRepo = path.join(copy, '.tmp', 'cms-repo');
    const [sitePort, cmsPort] = [await freePort(), await freePort()];
    // Run as a person would (no Vitest variables: under them the dev server serves no pages), and
    // as CI does (CI=true, where Astro colours its output).
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    start = spawn(process.execPath, ['scripts/start.ts'], {
      cwd: copy,
      env: { ...env, CI: 'true', FORCE_COLOR: '1', BASE_PATH: BASE, START_SITE_PORT: String(sitePort), START_CMS_PORT: String(cmsPort), ASTRO_CACHE_DIR: path.join(copy, '.tmp', 'astro-cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      start?.stdout?.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('Nhấn Ctrl-C để dừng cả hai.')) resolve();
      });
      start?.stderr?.on('data', (d: Buffer) => (output += d.toString()));
      start?.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
    });
    site = `http://127.0.0.1:${sitePort}${BASE}`;
    cmsApi = `http://127.0.0.1:${cmsPort}/api/v1`;

    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    page.setDefaultTimeout(30_000);
    // A document load: the first one, or a reload (a hash change inside Decap is not one).
    page.on('load', () => navigations++);
    page.on('websocket', (socket) => void sockets.push(socket.url()));
    page.on('dialog', (dialog) => void (dialog.message().includes('công') ? dialog.accept() : dialog.dismiss()));
  }, 180_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await page?.screenshot({ path: path.join(TMP_ROOT, `officer-e2e-failure-${context.task.name.replace(/\W+/g, '-').slice(0, 40)}.png`), fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (start && start.exitCode === null) {
      const exited = new Promise((r) => start?.on('exit', r));
      start.kill('SIGINT');
      await exited;
    }
    if (copy) rmSync(copy, { recursive: true, force: true });
  }, 60_000);

  it('npm start serves the site under its base path and the self-hosted CMS, and decap-server on its own clone', async () => {
    expect(output).toContain(`Trang quản trị:   ${site}admin/`);
    expect(output).toContain(`Máy chủ nội dung: ${cmsApi}`);
    const admin = await fetch(`${site}admin/`);
    expect(admin.status).toBe(200);
    const html = await admin.text();
    expect(html).toContain(`src="${BASE}admin/decap-cms.js"`);
    // The page is served as a plain file: no dev-server client to reload it.
    expect(html).not.toContain('@vite/client');
    const bundle = await fetch(`${site}admin/decap-cms.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${site}admin/decap-cms.js.map`)).status).toBe(404);
    // Our script, bundled on request.
    expect(await (await fetch(`${site}admin/cms-start.js`)).text()).toMatch(/^\/\/ \/admin\/cms-start\.js, bundled from src\/cms\/browser\/start\.ts[\s\S]*CMS_MANUAL_INIT/);
    // On another port than the config's, the dev server tells the CMS where decap-server is.
    const config = await fetch(`${site}admin/config.yml`);
    expect(config.headers.get('content-type')).toMatch(/yaml/);
    expect(await config.text()).toBe(readFileSync(CONFIG_PATH, 'utf8').replace('http://127.0.0.1:8081/api/v1', cmsApi));
    expect((await (await fetch(`${site}admin/form-data.json`)).json()) as object).toHaveProperty('registry.units');
    const info = await fetch(cmsApi, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
    // decap-server works in its own clone of the repository, not in the watched working tree.
    expect(await info.json()).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'], repo: 'cms-repo' });
    initial = mainHead();
    expect(initial).toMatch(/^[0-9a-f]{40}$/);
  });

  it('reads money typed the Vietnamese way, stores exactly what it understood, refuses the rest with nothing saved', async () => {
    await page.goto(`${site}admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await shot('01-dang-nhap-xong');
    await page.getByRole('link', { name: 'Kế hoạch 2021-2023', exact: true }).click();
    await page.getByRole('link', { name: /^Tạo .*kế hoạch 2021-2023/ }).click();
    await choose(page, 'Đơn vị', 'Huyện Quảng Xương');
    await choose(page, 'Trạng thái', 'Bản nháp');

    await addItem(page.getByRole('button', { name: 'Thêm hoạt động' }), page.getByLabel(/^Tên hoạt động/));
    await page.getByLabel(/^Tên hoạt động/).last().fill(FIRST_TITLE);
    await choose(page, 'Nhiệm vụ trọng tâm', '1. Truyền thông, Tháng hành động');
    await page.getByLabel(/^Trong Tháng hành động/).last().click();
    await choose(page, /^Đối tượng/, 'Cán bộ, công chức, viên chức');
    await choose(page, /^Đối tượng/, 'Nhân dân');
    await addItem(page.getByRole('button', { name: 'Thêm kinh phí' }).last(), page.getByLabel(/^Số tiền/));
    await choose(page, 'Năm', '2021');
    await choose(page, 'Nguồn kinh phí', 'Ngân sách địa phương (tỉnh, huyện)');
    const amount = page.getByLabel(/^Số tiền/).last();
    const echo = page.locator('[data-echo]').last();

    const refused: [string, string][] = [
      ['45.500', 'Số "45.500" không rõ nghĩa: dấu chấm là phần thập phân hay phân cách hàng nghìn? Viết 45500 nếu là 45.500 (hàng nghìn), hoặc 45,5 nếu là 45,5 (thập phân).'],
      ['45 triệu', 'Chỉ gõ số, không gõ đơn vị ("triệu"): ô này luôn tính bằng triệu đồng.'],
      ['1.250,5', 'Số "1.250,5" có dấu phân cách hàng nghìn. Không dùng dấu phân cách hàng nghìn: gõ 1250,5.'],
    ];
    for (const [typed, message] of refused) {
      await amount.fill(typed);
      await expect.poll(() => echo.textContent()).toContain(message);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      // Decap shows the field's own error and refuses the save: no draft branch appears.
      await page.getByText(message).first().waitFor();
      if (typed === '45.500') await shot('02-so-tien-khong-ro-nghia');
      await page.waitForTimeout(1000);
      expect(branches(), `"${typed}" must not be saved`).toBe('');
    }

    const accepted: [string, string][] = [
      ['45,5', '= 45,5 triệu đồng. Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng.'],
      ['45.5', '= 45,5 triệu đồng. Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng.'],
      ['12,5', '= 12,5 triệu đồng. Bằng chữ: Mười hai triệu năm trăm nghìn đồng.'],
    ];
    for (const [typed, said] of accepted) {
      await amount.fill(typed);
      await expect.poll(() => echo.textContent()).toBe(said);
    }
    await shot('03-so-tien-bang-chu');
    // The three readings, one per budget line: 45,5 (2021), 45.5 (2022), 12,5 (2023).
    await amount.fill('45,5');
    for (const [year, typed] of [['2022', '45.5'], ['2023', '12,5']] as const) await addBudgetLine(year, 'Xã hội hóa', typed);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Thay đổi đã được lưu').waitFor();
    await waitFor(() => branches() === DRAFT_BRANCH, 'nhánh bản nháp');
    const saved = parse(fileOn(DRAFT_BRANCH, PLAN_FILE).out) as { activities: { id: string; budget: { year: number; amount: number }[] }[] };
    expect(saved.activities[0]?.budget.map((b) => [b.year, b.amount])).toEqual([[2021, 45.5], [2022, 45.5], [2023, 12.5]]);
    // The id was made from the title on save.
    expect(saved.activities[0]?.id).toBe(FIRST_ID);
    await shot('04-ban-nhap-da-luu');
  }, 240_000);

  it('keeps /admin/ loaded with a draft present: no dev-server reload channel, and the CMS reading the draft leaves the working tree alone', async () => {
    expect(branches()).toBe(DRAFT_BRANCH);
    const before = navigations;
    await page.evaluate(() => Object.assign(window, { __stillHere: 'có' }));
    // The dev server reloads a page only through its HMR WebSocket; /admin/ is served as a
    // plain file and must never open one.
    expect(sockets).toEqual([]);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
    expect(scripts.filter((src) => src.includes('/@vite') || src.includes('/@id/'))).toEqual([]);
    // What reloaded the CMS before: decap-server checking the draft out in the working tree.
    // A second tab of the same browser (already logged in) lists the drafts (decap-server reads
    // every cms/ branch), then opens this one.
    const other = await page.context().newPage();
    try {
      // The check can fail: a page that opens a WebSocket to the dev server is seen doing so.
      const socketOpened = other.waitForEvent('websocket');
      await other.evaluate((url) => void new WebSocket(url, 'vite-hmr'), site.replace(/^http/, 'ws'));
      expect((await socketOpened).url()).toBe(site.replace(/^http/, 'ws'));
      await other.goto(`${site}admin/#/workflow`);
      await other.getByRole('heading', { name: 'Quy trình biên tập' }).waitFor();
      await other.getByText('Huyện Quảng Xương').first().waitFor();
      await other.getByText('Huyện Quảng Xương').first().click();
      // The list item may be collapsed: the field is in the page, with the saved title.
      await other.getByLabel(/^Tên hoạt động/).first().waitFor({ state: 'attached' });
      expect(await other.getByLabel(/^Tên hoạt động/).first().inputValue()).toBe(FIRST_TITLE);
    } finally {
      await other.close();
    }
    // npm start syncs the clone once a second (src/cms/local-repo.ts): a few rounds later a
    // draft has still brought nothing back into the working branch.
    const head = git(copy, 'rev-parse', 'HEAD').out;
    await page.waitForTimeout(2500);
    expect(git(copy, 'rev-parse', 'HEAD').out).toBe(head);
    expect(navigations).toBe(before);
    expect(sockets).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __stillHere?: string }).__stillHere)).toBe('có');
    expect(existsSync(path.join(copy, PLAN_FILE))).toBe(false);
    expect(git(copy, 'status', '--porcelain').out).toBe('');
  }, 120_000);

  it('refuses to save a submitted plan without its date, contact and activity title, or with an id that is not a slug, and says why', async () => {
    const draft = git(cmsRepo, 'rev-parse', DRAFT_BRANCH).out;
    await choose(page, 'Trạng thái', 'Đã nộp');
    await addItem(page.getByRole('button', { name: 'Thêm hoạt động' }), page.getByLabel(/^Tên hoạt động/));
    await choose(page, 'Nhiệm vụ trọng tâm', '4. Lồng ghép giới');
    await page.getByLabel('Mã hoạt động').last().fill('Lồng ghép quy hoạch');
    const panel = page.locator('[data-check="problems"]');
    // The panel follows the form as it changes: each line is waited for, not read once.
    for (const line of [
      'Ngày nộp: Kế hoạch ở trạng thái «Đã nộp» phải có «Ngày nộp».',
      'Cán bộ đầu mối › Họ và tên: Kế hoạch ở trạng thái «Đã nộp» phải có «Họ và tên».',
      'Hoạt động 2 › Tên hoạt động: Chưa điền «Tên hoạt động».',
    ]) {
      await expect.poll(() => panel.textContent()).toContain(line);
    }
    // The label says when the field is required.
    await page.getByText(/^Ngày nộp\u2060? \(bắt buộc khi nộp chính thức\)$/).first().waitFor();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText(/Chưa lưu được: còn \d+ điểm cần sửa/).first().waitFor();
    await page.getByText(SLUG_MESSAGE).first().waitFor();
    await panel.scrollIntoViewIfNeeded();
    await shot('05-chua-du-dieu-kien-nop');
    await page.waitForTimeout(1000);
    expect(git(cmsRepo, 'rev-parse', DRAFT_BRANCH).out).toBe(draft);
  }, 120_000);

  it('publishes a complete plan into main exactly as typed; it passes the validator and appears on the local site with its totals', async () => {
    await page.getByLabel(/^Ngày nộp/).fill('15/9/2020');
    await page.getByText('Là ngày 15 tháng 9 năm 2020.').waitFor();
    await page.getByLabel(/^Họ và tên/).fill(PUBLISHED_PLAN.contact.name);
    await page.getByLabel(/^Điện thoại/).fill(PUBLISHED_PLAN.contact.phone);
    await page.getByLabel(/^Tóm tắt/).fill(SUMMARY);
    // The id typed over, as a person does it: select all, type (Decap's text input restores its
    // caret on every change, so a programmatic fill() over existing text appends instead).
    const id = page.getByLabel('Mã hoạt động').last();
    await id.click();
    await page.keyboard.press('Control+A');
    await id.pressSequentially(SECOND_ID);
    expect(await id.inputValue()).toBe(SECOND_ID);
    await page.getByLabel(/^Tên hoạt động/).last().fill(SECOND_TITLE);
    await addBudgetLine('2021', 'Kinh phí thường xuyên của đơn vị', '20,25');
    await page.locator('[data-check="ok"]').scrollIntoViewIfNeeded();
    await shot('06-du-dieu-kien-nop');
    await saveAndPublish(page);
    // Published: merged into the clone's main, no draft branch left.
    expect(branches()).toBe('');
    const published = fileOn('main', PLAN_FILE).out;
    expect(published).toContain('phone: "0373725604"');
    expect(published).toContain('submitted_on: 2020-09-15');
    expect(parse(published)).toEqual(PUBLISHED_PLAN);
    // The plans list names the unit, not its id.
    await page.goto(`${site}admin/#/collections/ke-hoach-2021-2023`);
    await page.getByText('Huyện Quảng Xương', { exact: true }).first().waitFor();
    expect(await page.getByText(UNIT, { exact: true }).count()).toBe(0);
    await shot('08-danh-sach-ke-hoach');

    // The commit comes back into the working branch of the copy, and the site shows it.
    await waitFor(() => existsSync(path.join(copy, PLAN_FILE)), 'kế hoạch vào nhánh làm việc');
    expect(git(copy, 'show', `HEAD:${PLAN_FILE}`).out).toBe(published);
    expect(changedSince(initial)).toEqual([PLAN_FILE]);
    const validate = spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: copy, encoding: 'utf8' });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const loaded = await loadContent(copy);
    expect(loaded.issues).toEqual([]);
    expect(loaded.content.plans.map((p) => p.data)).toEqual([{ ...PUBLISHED_PLAN, activities: [PUBLISHED_PLAN.activities[0], { ...PUBLISHED_PLAN.activities[1], action_month: false }] }]);
    let html = '';
    await expect
      .poll(async () => {
        html = await (await fetch(`${site}ke-hoach/2021-2023/${UNIT}/`)).text();
        return html.includes(SECOND_TITLE);
      }, { timeout: 60_000, interval: 1000 })
      .toBe(true);
    expect(html).toContain(FIRST_TITLE);
    expect(html).toContain('65,75'); // 2021: 45,5 + 20,25 triệu đồng
    const plans = await (await fetch(`${site}ke-hoach/`)).text();
    const row = plans.split(/<tr\b/).find((r) => r.includes(`${BASE}ke-hoach/2021-2023/${UNIT}/`));
    expect(row, 'the unit’s row on /ke-hoach/').toBeDefined();
    expect(row).toContain('Đã nộp');
    // In all 45,5 + 45,5 + 12,5 + 20,25 = 123,75 triệu đồng; 2021: 65,75; task 1: 103,5.
    const summary = await (await fetch(`${site}tong-hop/`)).text();
    for (const figure of ['123,75', '65,75', '103,5']) expect(summary).toContain(figure);
  }, 240_000);

  it('lets a report pick its activities from the published plan, with the planned budget beside the spending', async () => {
    // form-data.json is read when the CMS starts: a fresh start sees the published plan.
    await page.goto('about:blank');
    await page.goto(`${site}admin/#/collections/bao-cao-2021-2023-2021-nam/new`);
    await choose(page, 'Đơn vị', 'Huyện Quảng Xương');
    await page.getByLabel(/^Ngày nộp/).fill('20/12/2021');
    await addItem(page.getByRole('button', { name: /^Thêm tiến độ hoạt động/i }), page.getByLabel(/^Hoạt động/));
    const picker = page.getByLabel(/^Hoạt động/).last();
    await expect.poll(async () => (await picker.locator('option').allTextContents()).join(' | ')).toBe(`— Chọn hoạt động — | 1. ${FIRST_TITLE} | 2. ${SECOND_TITLE}`);
    await picker.selectOption({ label: `1. ${FIRST_TITLE}` });
    await page.getByText('Kinh phí kế hoạch năm 2021: 45,5 triệu đồng (cả chu kỳ: 103,5 triệu đồng).').waitFor();
    await choose(page, 'Tình trạng', 'Đã hoàn thành');
    await page.getByLabel(/^Kinh phí đã chi/).last().fill('42,5');
    await page.locator('[data-check="ok"]').waitFor();
    await shot('07-bao-cao-chon-hoat-dong');
    await page.getByLabel(/^Kết quả/).last().fill(REPORT_RESULT);
    await page.getByLabel(/^Khó khăn, vướng mắc/).fill(REPORT.difficulties);
    const before = mainHead();
    await saveAndPublish(page);
    // Only the report's file came into main, holding exactly what was typed.
    expect(branches()).toBe('');
    expect(changedSince(before)).toEqual([REPORT_FILE]);
    expect(parse(fileOn('main', REPORT_FILE).out)).toEqual(REPORT);
    await waitFor(() => existsSync(path.join(copy, REPORT_FILE)), 'báo cáo vào nhánh làm việc');
    const loaded = await loadContent(copy);
    expect(loaded.issues).toEqual([]);
    expect(loaded.content.reports.map((r) => r.data)).toEqual([REPORT]);
  }, 180_000);

  it('edits the published plan: only that file changes', async () => {
    const before = mainHead();
    // Back from the report to the plans, the way an officer goes: arrow, collection, entry.
    await page.getByRole('link', { name: /Đang viết trong bộ sưu tập/ }).click();
    await page.getByRole('link', { name: 'Kế hoạch 2021-2023', exact: true }).click();
    await page.getByRole('link', { name: /^Huyện Quảng Xương/ }).click();
    await page.getByLabel(/^Tóm tắt/).fill(EDITED_SUMMARY);
    await saveAndPublish(page);

    expect(changedSince(before)).toEqual([PLAN_FILE]);
    expect(changedSince(initial)).toEqual([PLAN_FILE, REPORT_FILE]);
    expect(parse(fileOn('main', PLAN_FILE).out)).toEqual({ ...PUBLISHED_PLAN, summary: EDITED_SUMMARY });
    await waitFor(() => readFileSync(path.join(copy, PLAN_FILE), 'utf8').includes(EDITED_SUMMARY), 'bản sửa vào nhánh làm việc');
    expect(git(copy, 'status', '--porcelain').out).toBe('');
  }, 180_000);

  it('Ctrl-C stops the dev server and decap-server both', async () => {
    const running = start as ChildProcess;
    const exited = new Promise<number | null>((resolve) => running.on('exit', (code) => resolve(code)));
    running.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(await refused(cmsApi)).toBe(true);
    expect(await refused(site)).toBe(true);
  }, 60_000);
});

// The progress pages, built for real from the demo dataset (reports, some late, some missing)
// and from the real content (no plans, no reports: honest empty states). axe-core, the
// at-a-glance content and the exports in headless Chromium (screenshots on request).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../scripts/demo/generate.ts';
import { formatDate } from '../../src/lib/format.ts';
import { digestOf, focusPeriod, periodSubmissions, type ProgressInput } from '../../src/lib/progress.ts';
import { REPORT_CSV_HEADER } from '../../src/lib/progress-export.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { axeViolations } from '../support/axe.ts';
import { AUDIT, hasChromium, launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { readBuiltPage } from '../support/built-site.ts';
import { keepScreenshot, screenshotsWanted } from '../support/screenshots.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { demoContent, demoSite, realSite } from '../support/shared-builds.ts';

/** The shared demo build of this run (tests/support/shared-builds.ts). */
let DEMO_DIST = '';
let REAL_DIST = '';
const CYCLE = '2021-2023';

let input: ProgressInput;
let periodIds: string[];
/** A unit with a report in the focus period, a late one and an overdue one. */
let reportingUnit: string;

const read = (dist: string, sitePath: string) => readBuiltPage(dist, sitePath);

beforeAll(async () => {
  const loaded = await loadContent(await demoContent());
  if (loaded.issues.length > 0) throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  const c = loaded.content;
  input = { units: c.registry!.data.units, cycle: c.cycles[0]!.data, plans: c.plans.map((p) => p.data), reports: c.reports.map((r) => r.data) };
  periodIds = input.cycle.periods.map((p) => p.id);
  const focus = focusPeriod(input, DEMO_AS_OF)!;
  reportingUnit = periodSubmissions(input, focus.id, DEMO_AS_OF).rows.find((r) => r.report && digestOf(input, focus.id).some((d) => d.unit.id === r.unit.id))!.unit.id;
  DEMO_DIST = await demoSite();
  REAL_DIST = await realSite();
}, 600_000);

describe('demo build, on disk', () => {
  it('/tien-do/ shows at a glance who reported, who is late, spending by task and the proposals', () => {
    const page = read(DEMO_DIST, '/tien-do/');
    const focus = focusPeriod(input, DEMO_AS_OF)!;
    const s = periodSubmissions(input, focus.id, DEMO_AS_OF);
    expect(s.overdue.length).toBeGreaterThan(0);
    expect(page).toContain(`ngày <strong>${formatDate(DEMO_AS_OF)}</strong>`);
    expect(page).toContain(`Kỳ gần nhất: ${focus.label}`);
    expect(page).toContain(`${s.received}/${s.expected}</span>`);
    for (const u of [...s.overdue, ...s.late]) expect(page).toContain(u.name);
    const onTime = s.rows.filter((r) => r.state === 'on-time').map((r) => r.unit.name);
    const onTimeLine = new RegExp(`<strong>Nộp đúng hạn \\(${onTime.length}\\):</strong> ([^<]*)</p>`).exec(page)?.[1] ?? '';
    // The site lists units in its own registry order (src/content.ts); names may hold commas.
    for (const name of onTime) expect(onTimeLine).toContain(name);
    expect(onTimeLine).toHaveLength(`${onTime.join(', ')}.`.length);
    expect(page).toContain('Kinh phí đã chi theo nhiệm vụ');
    for (const t of input.cycle.tasks) expect(page).toMatch(new RegExp(`<th scope="row"[^>]*>${t.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</th>`));
    const proposal = digestOf(input, focus.id).find((d) => d.proposals)!;
    expect(page).toContain(proposal.proposals);
    expect(page).toContain(`/du-lieu/bao-cao-${CYCLE}.csv`);
  });

  it('every period has its page; none ships a script', () => {
    for (const id of periodIds) {
      const page = read(DEMO_DIST, `/tien-do/${id}/`);
      expect(page).toContain('<h1>Tiến độ kỳ');
      expect(page).not.toMatch(/<script/i);
    }
    expect(read(DEMO_DIST, '/tien-do/')).not.toMatch(/<script/i);
  });

  it('a period not yet reported says so honestly', () => {
    const upcoming = input.cycle.periods.find((p) => p.from > DEMO_AS_OF)!;
    const page = read(DEMO_DIST, `/tien-do/${upcoming.id}/`);
    expect(page).toContain('Chưa nhận được báo cáo nào');
    expect(page).toContain('Kỳ báo cáo chưa bắt đầu');
  });

  it('/tien-do/ names the base of each spending figure, agrees with /tong-hop/, and says "not yet" instead of 0', () => {
    const page = read(DEMO_DIST, '/tien-do/');
    const text = page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Tỷ lệ thực hiện = Đã chi ÷ Kế hoạch năm của đơn vị đã báo cáo');
    expect(text).toContain('đúng bằng số trên trang Tổng hợp');
    // "Kế hoạch năm, mọi đơn vị" of each year is the /tong-hop/ total of that year.
    const summary = read(DEMO_DIST, '/tong-hop/').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const total2021 = /Tổng cộng ([\d.,]+) /.exec(summary)?.[1];
    expect(total2021).toBeDefined();
    expect(text).toContain(`Năm 2021${total2021}`);
    // As of 01/09/2022: 2023 has not begun; the 2022 Action Month has not happened yet.
    expect(text).toContain('Năm 2023 chưa bắt đầu (tính đến 01/09/2022)');
    expect(text).toContain('Tháng hành động năm 2022: chưa diễn ra (15/11/2022 - 15/12/2022), chưa có kết quả.');
    expect(text).not.toContain('Năm 2022: 0 lượt người');
    expect(text).not.toContain('Năm 2023: đã chi 0 trên kế hoạch 0');
  });

  it('the unit page carries the timeline: plan, then each period, a report or "Chưa có báo cáo"', () => {
    const page = read(DEMO_DIST, `/ke-hoach/${CYCLE}/${reportingUnit}/`);
    expect(page).toContain('Tiến độ thực hiện theo báo cáo định kỳ');
    for (const p of input.cycle.periods) expect(page).toContain(`>${p.label}</h3>`);
    expect(page).toContain('Chưa có báo cáo.');
    expect(page).toMatch(/Tiến độ từng hoạt động, kỳ/);
  });

  it('the CSV export: BOM, the documented header, one row per reported activity line', () => {
    const text = read(DEMO_DIST, `/du-lieu/bao-cao-${CYCLE}.csv`);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(REPORT_CSV_HEADER.join(','));
    const submitted = new Set(input.plans.filter((p) => p.status === 'submitted').map((p) => p.unit));
    const expectedRows = input.reports.filter((r) => submitted.has(r.unit)).reduce((n, r) => n + Math.max(1, r.activities?.length ?? 0), 0);
    expect(expectedRows).toBeGreaterThan(100);
    // No field of the demo holds a line break, so a line is a row.
    expect(lines.length - 1).toBe(expectedRows);
  });

  it('the JSON export holds the cycle, the registry and the counted reports', () => {
    const json = JSON.parse(read(DEMO_DIST, `/du-lieu/bao-cao-${CYCLE}.json`)) as { cycle: { id: string }; units: unknown[]; reports: unknown[] };
    expect(json.cycle.id).toBe(CYCLE);
    expect(json.units).toHaveLength(input.units.length);
    const submitted = new Set(input.plans.filter((p) => p.status === 'submitted').map((p) => p.unit));
    expect(json.reports).toHaveLength(input.reports.filter((r) => submitted.has(r.unit)).length);
  });
});

describe('real content build (no plans, no reports)', () => {
  it('/tien-do/ states the real situation: no plan submitted, no report, no deadline set', () => {
    const page = read(REAL_DIST, '/tien-do/');
    expect(page).toContain('Chưa có đơn vị nào nộp kế hoạch chính thức');
    expect(page).toContain('<td data-label="Hạn nộp">chưa quy định</td>');
    expect(page).toContain('ngày <strong>01/08/2021</strong>');
    expect(page).not.toContain('<svg');
  });
  it('a period page and the exports are empty but well-formed', () => {
    expect(read(REAL_DIST, '/tien-do/2021-nam/')).toContain('chưa có đơn vị nào phải báo cáo kỳ này');
    expect(read(REAL_DIST, `/du-lieu/bao-cao-${CYCLE}.csv`)).toBe(`\uFEFF${REPORT_CSV_HEADER.join(',')}\r\n`);
    expect(JSON.parse(read(REAL_DIST, `/du-lieu/bao-cao-${CYCLE}.json`)).reports).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('in Chromium', () => {
  let browser: Browser;
  let demo: StaticServer;
  let real: StaticServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    demo = await serveStatic(DEMO_DIST, '/');
    real = await serveStatic(REAL_DIST, '/');
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    await real?.close();
  });

  async function violations(server: StaticServer, list: string[]): Promise<string[]> {
    const context = await browser.newContext({ ...AUDIT, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const p of list) {
      const response = await page.goto(new URL(p.slice(1), server.url).href);
      expect(response?.status(), p).toBe(200);
      failures.push(...(await axeViolations(page, p)));
    }
    await context.close();
    return failures;
  }

  // The demo's progress pages and unit pages with reports are audited with every other kind of
  // demo page, on the smallest page of each kind (site.e2e); here the empty ones of the real content.
  it('axe-core finds no WCAG 2.1 A/AA violation on the empty progress pages of the real content', async () => {
    expect(await violations(real, ['/tien-do/', '/tien-do/2021-nam/', `/ke-hoach/${CYCLE}/huyen-quang-xuong/`])).toEqual([]);
  });

  it('the focus period reads in the browser: figures, late units, the chart with its table', async () => {
    const page = await browser.newPage(AUDIT);
    await page.goto(new URL('tien-do/', demo.url).href);
    const focus = focusPeriod(input, DEMO_AS_OF)!;
    const s = periodSubmissions(input, focus.id, DEMO_AS_OF);
    await expect(page.getByText('đơn vị đã gửi báo cáo').first().isVisible()).resolves.toBe(true);
    const overdueText = (await page.locator('p.notice').first().textContent()) ?? '';
    for (const u of s.overdue) expect(overdueText).toContain(u.name);
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  // The demo's progress pages are laid out at 390 px (and each kind at 1280 px) in phone.e2e's
  // crawl of every demo page; they are photographed here on request.
  it('the empty /tien-do/ of the real content does not scroll sideways at 390 px or 1280 px (screenshots on request, into .tmp/screenshots)', async () => {
    const shots = screenshotsWanted() ? ['/tien-do/', `/tien-do/${focusPeriod(input, DEMO_AS_OF)!.id}/`, `/ke-hoach/${CYCLE}/${reportingUnit}/`] : [];
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ ...AUDIT, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const p of shots) {
        await page.goto(new URL(p.slice(1), demo.url).href);
        await keepScreenshot(page, `progress-${p.replace(/^\/|\/$/g, '').replace(/\//g, '_')}-${width}.png`);
      }
      await page.goto(new URL('tien-do/', real.url).href);
      const overflow = await sidewaysScroll(page);
      expect(overflow, `the empty /tien-do/ at ${width}px`).toBeLessThanOrEqual(0);
      await keepScreenshot(page, `progress-real-tien-do-${width}.png`);
      await context.close();
    }
  });
});

// Reading on a phone (390 px) and on a desktop (1280 px), on one demo build served with the
// headers the host sends: no page scrolls sideways, every table cell can be reached (on screen,
// or in a region that scrolls, is focusable and says so), no page breaks its
// Content-Security-Policy (the same visit: tests/support/csp-watch.ts), tables marked .stack
// turn into one block per row, and /thang-hanh-dong/ is grouped by year and unit group.
// Screenshots, on request (npm run screenshots), go to .tmp/screenshots/.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { AUDIT, hasChromium, launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { pagesByStructure } from '../support/page-structure.ts';
import { crawl, readBuiltPage } from '../support/built-site.ts';
import { formatFileSize } from '../../src/lib/open-data.ts';
import { headersFor } from '../../src/lib/security-headers.ts';
import { watchCsp } from '../support/csp-watch.ts';
import { keepScreenshot } from '../support/screenshots.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { demoSite } from '../support/shared-builds.ts';

/** The shared demo build of this run (tests/support/shared-builds.ts). */
let DIST = '';
const PHONE = 390;
const DESKTOP = 1280;

/** Cells nobody can reach at this width, as "selector-ish: text" lines; runs in the page. */
function unreachableCells(): string[] {
  const bad: string[] = [];
  const width = window.innerWidth;
  for (const cell of document.querySelectorAll<HTMLElement>('table td, table th')) {
    // Captions and column headers hidden for screen readers on a stacked table are meant so.
    if (cell.closest('thead') && getComputedStyle(cell.closest('thead') as Element).position === 'absolute') continue;
    if (cell.closest('details:not([open])')) continue;
    const r = cell.getBoundingClientRect();
    const name = `${cell.tagName.toLowerCase()} "${(cell.textContent ?? '').trim().slice(0, 40)}"`;
    if (r.width === 0 || r.height === 0) {
      bad.push(`${name}: no size`);
      continue;
    }
    if (r.left >= -0.5 && r.right <= width + 0.5) continue;
    const scroller = cell.closest<HTMLElement>('.table-scroll');
    if (!scroller) {
      bad.push(`${name}: off screen (${Math.round(r.left)}–${Math.round(r.right)} px), not in a scroll region`);
      continue;
    }
    const cue = getComputedStyle(scroller, '::before').content;
    const s = scroller.getBoundingClientRect();
    if (scroller.scrollWidth <= scroller.clientWidth) bad.push(`${name}: off screen and its region does not scroll`);
    else if (scroller.tabIndex !== 0) bad.push(`${name}: its scroll region is not focusable`);
    else if (cue === 'none' || cue === 'normal') bad.push(`${name}: its scroll region shows no cue`);
    else if (r.right - s.left + scroller.scrollLeft > scroller.scrollWidth + 0.5) bad.push(`${name}: beyond the scroll region`);
  }
  return bad;
}

let pages: string[] = [];

beforeAll(async () => {
  DIST = await demoSite();
  pages = crawl(DIST, '/', ['/admin/']).pages;
}, 600_000);

describe('navigation (demo build, on disk)', () => {
  it('/so-do-trang/ is an HTML site map: every page of sitemap.xml, by section, and the footer links it', () => {
    const map = readBuiltPage(DIST, '/so-do-trang/');
    const xml = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    expect(locs.length).toBeGreaterThan(60);
    const linked = new Set([...map.matchAll(/<li><a href="([^"]+)">[^<]+<\/a><\/li>/g)].map((m) => m[1]));
    expect(locs.filter((l) => !linked.has(l))).toEqual([]);
    expect(map).toContain('href="/sitemap.xml"');
    expect(map).toContain('<h2 id="chu-ky-2021-2023">');
    expect(readBuiltPage(DIST, '/')).toContain('<a href="/so-do-trang/">Sơ đồ trang</a>');
    expect(pages).toContain('/so-do-trang/');
  });

  it('/ke-hoach/<cycle>/ is the index of that cycle\'s unit pages (no 404 when a unit URL is cut back)', () => {
    const index = readBuiltPage(DIST, '/ke-hoach/2021-2023/');
    expect(index).toContain('href="/ke-hoach/2021-2023/huyen-quang-xuong/"');
    expect(index).toContain('Kế hoạch của các đơn vị');
    expect(pages).toContain('/ke-hoach/2021-2023/');
  });
});

describe('/du-lieu/ (demo build, on disk)', () => {
  it('names the licence, and gives each export file the size it has on disk', () => {
    const page = readBuiltPage(DIST, '/du-lieu/');
    expect(page).toContain('rel="license"');
    expect(page).toContain('CC BY 4.0');
    const rows = [...page.matchAll(/<a href="(\/du-lieu\/[^"]+)">[^<]+<\/a><\/th>.*?data-bytes="(\d+)">([^<]+)<\/td>/g)];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const [, file, bytes, shown] of rows) {
      const onDisk = statSync(path.join(DIST, file as string)).size;
      expect(Number(bytes), file).toBe(onDisk);
      expect(shown, file).toBe(formatFileSize(onDisk));
    }
    // Every column of the report CSV is described (the plan CSV's were already).
    for (const col of ['period_id', 'status', 'spent_million_vnd', 'submitted_on']) expect(page).toContain(`<code>${col}</code>`);
  });
});

describe.skipIf(!hasChromium)('at 390 px and 1280 px (demo build)', () => {
  let browser: Browser;
  let server: StaticServer;
  const open = async (width: number): Promise<Page> => (await browser.newContext({ ...AUDIT, viewport: { width, height: 900 } })).newPage();
  const url = (p: string) => new URL(p.slice(1), server.url).href;

  beforeAll(async () => {
    browser = await launchBrowser();
    // Each path gets the headers the host sends there (/tim-kiem/ and /pagefind/ their own policy).
    server = await serveStatic(DIST, '/', (p) => headersFor(p));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Every page on a phone; on a desktop the largest page of each kind (tests/support/page-structure.ts):
  // what fits in 390 px and is laid out by the same markup fits in 1280 px. Both widths at once,
  // one tab each (the browser has two cores to use while this process waits). These tabs keep
  // the site's own policy (no AUDIT): a page's scripts, styles and fonts load as a reader's do.
  it(`every page at ${PHONE} px (every kind of page at ${DESKTOP} px) answers 200 with no CSP violation, never scrolls sideways, and every table cell can be reached`, async () => {
    expect(pages.length).toBeGreaterThan(60);
    expect(pages).toContain('/tim-kiem/');
    const kinds = pagesByStructure(DIST, '/', pages).map((group) => group[0] as string);
    const atWidth = async (width: number): Promise<string[]> => {
      const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      const csp = await watchCsp(page);
      const failures: string[] = [];
      for (const p of width === PHONE ? pages : kinds) {
        const response = await page.goto(url(p));
        if (response?.status() !== 200) failures.push(`${p}: HTTP ${response?.status()}`);
        failures.push(...(await csp.violations()).map((v) => `${p}: CSP ${v}`));
        const overflow = await sidewaysScroll(page);
        if (overflow > 0) failures.push(`${p} at ${width} px: page scrolls sideways by ${overflow} px`);
        // The cue comes from a scroll-state container query, which the browser settles a frame or
        // more after layout (on a loaded machine the first read came too early): read again after
        // a few frames before calling a cue missing. A cue that never shows still fails.
        let cells = await page.evaluate(unreachableCells);
        for (let tries = 0; tries < 10 && cells.some((c) => c.endsWith('shows no cue')); tries++) {
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));
          cells = await page.evaluate(unreachableCells);
        }
        failures.push(...cells.map((f) => `${p} at ${width} px: ${f}`));
      }
      csp.stop();
      await page.context().close();
      return failures;
    };
    const failures = await Promise.all([PHONE, DESKTOP].map(atWidth));
    expect(failures.flat()).toEqual([]);
  }, 600_000);

  it('/thang-hanh-dong/ at 390 px: by year, then by unit group, one readable block per activity', async () => {
    const page = await open(PHONE);
    await page.goto(url('/thang-hanh-dong/'));
    const closed = await page.evaluate(() => ({ details: document.querySelectorAll('main details:not([open])').length, height: document.documentElement.scrollHeight }));
    // Each unit group is one tap away (closed <details>), so the page starts short.
    expect(closed.details).toBeGreaterThanOrEqual(6);
    expect(closed.height).toBeLessThan(8000);
    await keepScreenshot(page, 'phone-thang-hanh-dong-closed-390.png');
    for (const summary of await page.locator('main details > summary').all()) await summary.click();
    const look = await page.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('table.stack tbody tr')];
      return {
        years: [...document.querySelectorAll('main h2[id^="nam-"]')].map((h) => h.id),
        groups: [...document.querySelectorAll('main h3[id^="nam-"]')].map((h) => h.id),
        rows: rows.length,
        tallest: Math.max(...rows.map((r) => r.getBoundingClientRect().height)),
        widest: Math.max(...rows.map((r) => r.getBoundingClientRect().right)),
        label: getComputedStyle(rows[0]?.querySelector('td') as Element, '::before').content,
        display: getComputedStyle(rows[0] as Element).display,
      };
    });
    expect(look.years).toEqual(['nam-2021', 'nam-2022', 'nam-2023']);
    expect(look.groups).toContain('nam-2021-tinh');
    expect(look.groups).toContain('nam-2021-huyen');
    expect(look.rows).toBeGreaterThan(20);
    expect(look.display).toBe('block');
    expect(look.label).toContain('Hoạt động');
    // A block holds a unit, an activity title, a lead and a sum: a few lines, never a word a line.
    expect(look.tallest).toBeLessThan(320);
    expect(look.widest).toBeLessThanOrEqual(PHONE);
    await keepScreenshot(page, 'phone-thang-hanh-dong-390.png', false);
    await page.context().close();
  }, 120_000);

  it('/tien-do/ at 390 px: a stacked table keeps its caption full width, and a future year says "chưa đến"', async () => {
    const page = await open(PHONE);
    await page.goto(url('/tien-do/'));
    const caption = await page.evaluate(() => document.querySelector('table.stack caption')?.getBoundingClientRect().width ?? 0);
    expect(caption).toBeGreaterThan(300);
    expect(await page.locator('table.stack').last().textContent()).toContain('chưa đến');
    await page.context().close();
  }, 120_000);

  it('at 1280 px the same tables stay tables', async () => {
    const page = await open(DESKTOP);
    await page.goto(url('/thang-hanh-dong/'));
    const display = await page.evaluate(() => getComputedStyle(document.querySelector('table.stack tbody tr') as Element).display);
    expect(display).toBe('table-row');
    await page.context().close();
  }, 120_000);

  it('chart text is at least 14 px on screen at 390 px (font size × rendered width / viewBox width), inside the chart, and bars carry values', async () => {
    const page = await open(PHONE);
    const chartPages = pages.filter((p) => readBuiltPage(DIST, p).includes('class="chart"'));
    expect(chartPages.length).toBeGreaterThanOrEqual(4);
    const small: string[] = [];
    let texts = 0;
    for (const p of chartPages) {
      await page.goto(url(p));
      const found = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('.chart > svg')].flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const box = svg.getBoundingClientRect();
          // A glyph may overhang its origin by a pixel (the side bearing of "T"): 2 px of slack.
          return [...svg.querySelectorAll('text')].map((t) => {
            const r = t.getBoundingClientRect();
            return { text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale, width: box.width, cut: r.left < box.left - 2 || r.right > box.right + 2 };
          });
        }),
      );
      texts += found.length;
      for (const t of found) if (t.px < 14) small.push(`${p}: "${t.text}" ${t.px.toFixed(1)} px (chart ${Math.round(t.width)} px wide)`);
      for (const t of found) if (t.cut) small.push(`${p}: "${t.text}" runs past the chart's edge`);
    }
    expect(texts).toBeGreaterThan(50);
    expect(small).toEqual([]);
    // A stacked bar writes each year's amount on its piece (the summary chart's first bar).
    await page.goto(url('/tong-hop/'));
    const onPieces = await page.evaluate(() => document.querySelectorAll('.chart svg text[text-anchor="middle"]').length);
    expect(onPieces).toBeGreaterThan(3);
    await page.context().close();
  }, 600_000);

  it('/cong-van/ at 1280 px: the national name and the motto each stay on one line', async () => {
    const page = await open(DESKTOP);
    await page.goto(url('/cong-van/'));
    const lines = await page.evaluate(() =>
      ['.doc-nation', '.doc-motto'].map((sel) => {
        const el = document.querySelector(sel) as HTMLElement;
        const range = document.createRange();
        range.selectNodeContents(el);
        // One line: every fragment of the text shares the first one's top.
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return { sel, text: el.textContent, lines: tops.size, right: el.getBoundingClientRect().right, box: (el.closest('.doc') as HTMLElement).getBoundingClientRect().right };
      }),
    );
    for (const l of lines) {
      expect(l.lines, `${l.sel} "${l.text}"`).toBe(1);
      expect(l.right).toBeLessThanOrEqual(l.box);
    }
    await page.context().close();
  }, 120_000);

  for (const width of [PHONE, DESKTOP]) {
    it(`the home page's key figures stay on one line in their cards at ${width} px`, async () => {
      const page = await open(width);
      await page.goto(url('/'));
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.card .figure-num')].map((el) => {
          const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
          const card = (el.closest('.card') as HTMLElement).getBoundingClientRect();
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', oneLine: r.height < lineHeight * 1.5, inside: r.left >= card.left && el.scrollWidth <= card.width };
        }),
      );
      expect(figures.length).toBe(4);
      expect(figures.some((f) => f.text.includes('triệu đồng'))).toBe(true);
      expect(figures.filter((f) => !f.oneLine || !f.inside)).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  it('axe-core at 390 px on the main pages and those with stacked or scrolling tables, with screenshots on request', async () => {
    const page = await open(PHONE);
    const failures: string[] = [];
    for (const p of ['/', '/cong-van/', '/ke-hoach/', '/ke-hoach/2021-2023/huyen-quang-xuong/', '/tong-hop/', '/thang-hanh-dong/', '/tien-do/', '/du-lieu/', '/huong-dan/']) {
      await page.goto(url(p));
      failures.push(...(await axeViolations(page, p)));
      await keepScreenshot(page, `phone-${p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'index'}-390.png`);
    }
    expect(failures).toEqual([]);
    await page.context().close();
  }, 600_000);
});

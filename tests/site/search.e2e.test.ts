// Search (issue 14) on a demo build with its Pagefind index, served with the headers the host
// sends (/tim-kiem/ and /pagefind/ under their own CSP), in Chromium without bypassing the CSP:
// Vietnamese typed without marks finds the marked words (dang → đẳng, duong → đường,
// thanh hoa → Thanh Hóa and Thanh Hoá), plans are found by unit, nothing found says so, the
// page passes axe at 390 px, and without JavaScript it says what to use instead.
// Screenshots, on request (npm run screenshots), go to .tmp/screenshots/.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor } from '../../src/lib/security-headers.ts';
import { axeViolations } from '../support/axe.ts';
import { AUDIT, hasChromium, launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { pagefindFragments, readBuiltPage } from '../support/built-site.ts';
import { keepScreenshot } from '../support/screenshots.ts';
import { demoSite, SEARCH_GUIDE } from '../support/shared-builds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

/** The shared demo build of this run, with its guidance page for these tests (tests/support/shared-builds.ts). */
let DIST = '';
/** A guidance page written for this test: "đường" and the older spelling "Thanh Hoá". */
const GUIDE = SEARCH_GUIDE.path;

beforeAll(async () => {
  DIST = await demoSite();
}, 900_000);

describe('the search index (demo build, on disk)', () => {
  it('is written by the build into /pagefind/, from the site itself, and the search page is linked everywhere', () => {
    expect(existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readdirSync(path.join(DIST, 'pagefind', 'fragment')).length).toBeGreaterThan(100);
    expect(readBuiltPage(DIST, '/')).toContain('<a href="/tim-kiem/">Tìm kiếm</a>');
    expect(readBuiltPage(DIST, '/so-do-trang/')).toContain('<li><a href="/tim-kiem/">Tìm kiếm</a></li>');
    // The search page and the 404 are not indexed; every other page's <main> is.
    expect(readBuiltPage(DIST, '/tim-kiem/')).not.toContain('data-pagefind-body');
    expect(readBuiltPage(DIST, '/tong-hop/')).toContain('data-pagefind-body');
    // The folded copy goes to the index only: the page served has none.
    expect(readBuiltPage(DIST, GUIDE)).not.toContain('⁂');
  });

  it("indexes each activity of a plan once: the progress tables name it again for the reader, not for the index", () => {
    const plan = '/ke-hoach/2021-2023/ban-dan-toc/';
    const title = 'Tập huấn kiến thức bình đẳng giới cho cán bộ, công chức, viên chức của đơn vị';
    const count = (text: string) => text.split(title).length - 1;
    const indexed = pagefindFragments(DIST).find((f) => f.url === plan);
    // On the page: the activity's card, then one row in each of the three periods' tables.
    expect(count(readBuiltPage(DIST, plan))).toBe(4);
    expect(indexed && count(indexed.content)).toBe(1);
  });
});

describe.skipIf(!hasChromium)('/tim-kiem/ in Chromium, under its own CSP', () => {
  let browser: Browser;
  let server: StaticServer;
  const url = (p: string) => new URL(p.slice(1), server.url).href;

  /** A page that records CSP violations (the init script is not governed by the page's policy). */
  async function open(width: number, options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    return page;
  }

  /** Type a query, press Enter, wait for the count; the result paths and the status line. */
  async function search(page: Page, query: string): Promise<{ status: string; paths: string[]; marks: string[] }> {
    await page.fill('#tu-khoa', query);
    await page.press('#tu-khoa', 'Enter');
    await page.waitForFunction(() => /Tìm thấy|Không tìm thấy|Không tải được/.test(document.getElementById('trang-thai-tim')?.textContent ?? ''), undefined, { timeout: 60_000 });
    return page.evaluate(() => ({
      status: document.getElementById('trang-thai-tim')?.textContent ?? '',
      paths: [...document.querySelectorAll<HTMLAnchorElement>('#ket-qua-tim h2 a')].map((a) => new URL(a.href).pathname),
      marks: [...document.querySelectorAll('#ket-qua-tim mark')].map((m) => m.textContent ?? ''),
    }));
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST, '/', (p) => headersFor(p));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds đ-words typed with d, and Thanh Hóa / Thanh Hoá typed either way, with no CSP violation', async () => {
    const page = await open(1280);
    await page.goto(url('/tim-kiem/'));
    const dang = await search(page, 'dang');
    expect(dang.status).toMatch(/^Tìm thấy [\d.]+ trang có “dang”/);
    expect(dang.paths).toContain('/cong-van/');
    expect(dang.marks.map((m) => m.toLowerCase())).toContain('đẳng');

    const duong = await search(page, 'duong');
    expect(duong.paths[0]).toBe(GUIDE);
    expect(duong.marks).toContain('Đường');

    // Nearly every page names the province: the three spellings find the same pages, and with
    // "đường" the one page that spells it "Thanh Hoá" comes first.
    const counts = new Set<string>();
    for (const query of ['thanh hoa', 'Thanh Hoá', 'Thanh Hóa']) {
      const found = await search(page, query);
      counts.add(found.status.replace(/ có “.*/, ''));
      expect(found.paths.length, query).toBeGreaterThan(10);
      const narrowed = await search(page, `duong ${query}`);
      expect(narrowed.paths[0], query).toBe(GUIDE);
    }
    expect([...counts]).toHaveLength(1);
    // The address keeps the query (the last one typed), so a result list can be shared or reloaded.
    expect(new URL(page.url()).searchParams.get('q')).toBe('duong Thanh Hóa');
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('finds a unit\'s plan by the unit\'s name without marks, and says when nothing is found', async () => {
    const page = await open(1280);
    await page.goto(url('/tim-kiem/?q=quang+xuong'));
    await page.waitForFunction(() => /Tìm thấy/.test(document.getElementById('trang-thai-tim')?.textContent ?? ''), undefined, { timeout: 60_000 });
    const paths = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('#ket-qua-tim h2 a')].map((a) => new URL(a.href).pathname));
    expect(paths).toContain('/ke-hoach/2021-2023/huyen-quang-xuong/');
    const none = await search(page, 'zzyzxq');
    expect(none.status).toBe('Không tìm thấy trang nào có “zzyzxq”. Hãy thử từ khác, ngắn hơn.');
    expect(none.paths).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('reads without sideways scrolling at 390 px (where it passes axe) and 1280 px; screenshots on request', async () => {
    const page = await open(390, AUDIT);
    await page.goto(url('/tim-kiem/'));
    await search(page, 'binh dang gioi');
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, '/tim-kiem/?q=binh+dang+gioi')).toEqual([]);
    await keepScreenshot(page, 'search-390.png', false);
    await page.context().close();
    const wide = await open(1280);
    await wide.goto(url('/tim-kiem/'));
    await search(wide, 'thanh hoa');
    expect(await sidewaysScroll(wide)).toBeLessThanOrEqual(0);
    await keepScreenshot(wide, 'search-1280.png', false);
    await wide.context().close();
  }, 180_000);

  it('without JavaScript the form still submits and the page says what to use instead', async () => {
    const page = await open(390, { javaScriptEnabled: false });
    await page.goto(url('/tim-kiem/'));
    await page.fill('#tu-khoa', 'dang');
    await page.press('#tu-khoa', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=dang$/);
    const notice = page.locator('main .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('cần JavaScript');
    expect(await notice.locator('a').getAttribute('href')).toBe('/so-do-trang/');
    await page.context().close();
  }, 120_000);
});

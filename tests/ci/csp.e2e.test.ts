// The built site under the Content-Security-Policy of src/lib/security-headers.ts, in headless
// Chromium: the control (an inline script is reported), every kind of page of the real build
// (empty states: tests/support/page-structure.ts) and the CMS under its own policy. Every page of
// the demo build is loaded under these headers by the phone crawl (tests/site/phone.e2e.test.ts),
// which checks the same violations on each page it lays out: one visit a page, not two.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, headersFor, publicHeaders } from '../../src/lib/security-headers.ts';
import { hasChromium, launchBrowser } from '../support/browser.ts';
import { crawl } from '../support/built-site.ts';
import { type CspWatch, watchCsp } from '../support/csp-watch.ts';
import { pagesByStructure } from '../support/page-structure.ts';
import { TMP_ROOT } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { realSite } from '../support/shared-builds.ts';

/** The shared build of the committed content (tests/support/shared-builds.ts). */
let OUT = '';

interface Visit {
  status: number;
  violations: string[];
}

/** Load one page (a tab made by `newPage`) and collect what the browser says about CSP. */
async function visit(tab: { page: Page; csp: CspWatch }, url: string): Promise<Visit> {
  const response = await tab.page.goto(url, { waitUntil: 'load' });
  return { status: response?.status() ?? 0, violations: await tab.csp.violations() };
}

async function newPage(browser: Browser): Promise<{ page: Page; csp: CspWatch }> {
  const page = await browser.newPage();
  return { page, csp: await watchCsp(page) };
}

describe.skipIf(!hasChromium)('Content-Security-Policy of the public pages', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    OUT = await realSite();
    // Each path gets the headers the host sends there (/tim-kiem/ and /pagefind/ their own policy).
    server = await serveStatic(OUT, '/', (p) => headersFor(p));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the test itself sees a violation: an inline script under this policy is reported', async () => {
    mkdirSync(TMP_ROOT, { recursive: true });
    const dir = mkdtempSync(path.join(TMP_ROOT, 'csp-control-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="vi"><title>x</title><script>document.title = "chạy"</script></html>');
    const control = await serveStatic(dir, '/', publicHeaders());
    const tab = await newPage(browser);
    try {
      const result = await visit(tab, control.url);
      expect(result.violations.length).toBeGreaterThan(0);
      expect(await tab.page.title()).toBe('x');
    } finally {
      await tab.page.close();
      await control.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // A violation comes from markup (an inline script, style or handler, a resource from elsewhere),
  // which a page's kind carries: the empty site's pages are few kinds of many pages each.
  it('every kind of page of the real build (empty states) loads with no CSP violation', async () => {
    const pages = crawl(OUT, '/', ['/admin/']).pages;
    const kinds = pagesByStructure(OUT, '/', pages).map((group) => group[0] as string);
    expect(kinds.length).toBeGreaterThan(10);
    expect(kinds).toContain('/tim-kiem/');
    const tab = await newPage(browser);
    const failures: string[] = [];
    for (const p of kinds) {
      const result = await visit(tab, new URL(p.slice(1), server.url).href);
      if (result.status !== 200) failures.push(`${p}: HTTP ${result.status}`);
      for (const v of result.violations) failures.push(`${p}: ${v}`);
    }
    await tab.page.close();
    console.info(`CSP: ${kinds.length} kiểu trang (của ${pages.length} trang) đã tải, ${failures.length} vi phạm.`);
    expect(failures).toEqual([]);
  });

  // Served from 127.0.0.1, Decap also tries its local backend (decap-server), so this uses
  // the dev policy: the production one differs only by not listing that origin.
  it('/admin/ loads the CMS bundle under its own (dev) policy with no CSP violation', async (ctx) => {
    if (!existsSync(path.join(OUT, 'admin', 'index.html'))) ctx.skip();
    const admin = await serveStatic(OUT, '/', adminHeaders({ dev: true }));
    const tab = await newPage(browser);
    try {
      const result = await visit(tab, `${admin.url}admin/`);
      expect(result.status).toBe(200);
      // The CMS has rendered something of its own (its login screen).
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point; textContent would count the <script> in <body> and not wait for the CMS.
      await tab.page.waitForFunction(() => (document.body.innerText ?? '').trim().length > 0, undefined, { timeout: 30_000 });
      // Every violation since the page began to load, those of the first read included.
      expect(await tab.csp.violations()).toEqual([]);
    } finally {
      await tab.page.close();
      await admin.close();
    }
  });
});

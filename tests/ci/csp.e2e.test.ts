// The built site under the Content-Security-Policy of src/lib/security-headers.ts, in headless Chromium:
// every public page reached from / (links) and from /sitemap.xml loads with no CSP violation.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, headersFor, publicHeaders } from '../../src/lib/security-headers.ts';
import { hasChromium, launchBrowser } from '../support/browser.ts';
import { TMP_ROOT } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { realSite } from '../support/shared-builds.ts';

/** The shared build of the committed content (tests/support/shared-builds.ts). */
let OUT = '';


interface Visit {
  status: number;
  violations: string[];
  links: string[];
}

/**
 * Load one page and collect what the browser says about CSP: `securitypolicyviolation`
 * events (recorded by a DevTools init script, which the page's CSP does not govern) and
 * console messages that mention the policy.
 */
async function visit(page: Page, url: string): Promise<Visit> {
  const console: string[] = [];
  const onConsole = (m: { text(): string }) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) console.push(m.text());
  };
  page.on('console', onConsole);
  const response = await page.goto(url, { waitUntil: 'load' });
  // Violations are reported as tasks queued while the page loads; after 'load' (every
  // subresource tried), a frame and a task later they have all been dispatched. (Waiting for
  // 'networkidle' cost 500 ms a page.) The control test below proves this wait sees them.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const events = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href));
  page.off('console', onConsole);
  return { status: response?.status() ?? 0, violations: [...events, ...console], links };
}

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return page;
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
    const page = await newPage(browser);
    try {
      const result = await visit(page, control.url);
      expect(result.violations.length).toBeGreaterThan(0);
      expect(await page.title()).toBe('x');
    } finally {
      await page.close();
      await control.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every public page loads with no CSP violation', async () => {
    const origin = new URL(server.url).origin;
    const start = new Set<string>([server.url]);
    const sitemap = path.join(OUT, 'sitemap.xml');
    if (existsSync(sitemap)) {
      for (const m of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) start.add(origin + new URL(m[1] ?? '/').pathname);
    }
    const queue = [...start];
    const seen = new Set(queue);
    const failures: string[] = [];
    let pages = 0;
    // Two tabs take pages from one queue (the browser has two cores to use while this process
    // waits); a tab that finds the queue empty while the other still loads waits for its links.
    let loading = 0;
    const tab = async () => {
      const page = await newPage(browser);
      for (;;) {
        const url = queue.shift();
        if (url === undefined) {
          if (loading === 0) break;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        loading++;
        try {
          const pathname = new URL(url).pathname;
          const result = await visit(page, url);
          pages++;
          if (result.status !== 200) failures.push(`${pathname}: HTTP ${result.status}`);
          for (const v of result.violations) failures.push(`${pathname}: ${v}`);
          for (const link of result.links) {
            const u = new URL(link);
            u.hash = '';
            // Follow HTML pages only (trailing slash, build.format 'directory'); skip the CMS.
            if (u.origin !== origin || !u.pathname.endsWith('/') || u.pathname.startsWith('/admin/')) continue;
            if (!seen.has(u.href)) {
              seen.add(u.href);
              queue.push(u.href);
            }
          }
        } finally {
          loading--;
        }
      }
      await page.close();
    };
    await Promise.all([tab(), tab()]);
    expect(pages).toBe(seen.size);
    console.info(`CSP: ${pages} trang công khai đã tải, ${failures.length} vi phạm.`);
    expect(failures).toEqual([]);
    expect(pages).toBeGreaterThan(5);
  });

  // Served from 127.0.0.1, Decap also tries its local backend (decap-server), so this uses
  // the dev policy: the production one differs only by not listing that origin.
  it('/admin/ loads the CMS bundle under its own (dev) policy with no CSP violation', async (ctx) => {
    if (!existsSync(path.join(OUT, 'admin', 'index.html'))) ctx.skip();
    const admin = await serveStatic(OUT, '/', adminHeaders({ dev: true }));
    const page = await newPage(browser);
    try {
      const result = await visit(page, `${admin.url}admin/`);
      expect(result.status).toBe(200);
      // The CMS has rendered something of its own (its login screen).
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point; textContent would count the <script> in <body> and not wait for the CMS.
      await page.waitForFunction(() => (document.body.innerText ?? '').trim().length > 0, undefined, { timeout: 30_000 });
      const later = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect([...result.violations, ...later]).toEqual([]);
    } finally {
      await page.close();
      await admin.close();
    }
  });
});


// What the browser says about the Content-Security-Policy while a page loads, for every test
// that loads pages under the headers the host sends (csp.e2e, and the phone crawl of every
// demo page): `securitypolicyviolation` events, recorded by a DevTools init script (which the
// page's own policy does not govern), and console messages that mention the policy.
import type { Page } from 'playwright-core';

export interface CspWatch {
  /** Every violation reported since the page's last navigation began, after the load settled. */
  violations(): Promise<string[]>;
  /** Stop listening to the console. */
  stop(): void;
}

/** Start watching `page`: call before its first navigation. */
export async function watchCsp(page: Page): Promise<CspWatch> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  let console: string[] = [];
  const onConsole = (m: { text(): string }) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) console.push(m.text());
  };
  const onNavigation = (frame: { parentFrame(): unknown }) => {
    if (frame.parentFrame() === null) console = [];
  };
  page.on('console', onConsole);
  page.on('framenavigated', onNavigation);
  return {
    async violations() {
      // Violations are reported as tasks queued while the page loads; after 'load' (every
      // subresource tried), a frame and a task later they have all been dispatched. (Waiting for
      // 'networkidle' cost 500 ms a page.) csp.e2e's control test proves this wait sees them.
      await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 50))));
      const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      return [...events, ...console];
    },
    stop() {
      page.off('console', onConsole);
      page.off('framenavigated', onNavigation);
    },
  };
}

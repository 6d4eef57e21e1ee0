// Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core.
// Where no Chromium is installed the browser tests say so loudly and skip; .ci/run installs
// it first, so in CI they always run.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! Không tìm thấy Chromium tại ${CHROMIUM_PATH}: BỎ QUA các kiểm thử trình duyệt.\n` +
      `!! No Chromium at ${CHROMIUM_PATH}: browser tests are SKIPPED. Install it: apt-get install chromium\n${line}\n`,
  );
}

/** Playwright gives every launch a new, empty profile of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Options for a page that a test audits with injected scripts (axe-core): the site's own
 * Content-Security-Policy (script-src 'none', also in a <meta>) would refuse them. The CSP
 * itself is tested without this, in tests/ci/csp.e2e.test.ts.
 */
export const AUDIT = { bypassCSP: true } as const;

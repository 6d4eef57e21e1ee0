// Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core.
// Where no Chromium is installed the browser tests say so loudly and skip; .ci/run installs
// it first, so in CI they always run.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! Không tìm thấy Chromium tại ${CHROMIUM_PATH}: BỎ QUA các kiểm thử trình duyệt.\n` +
      `!! No Chromium at ${CHROMIUM_PATH}: browser tests are SKIPPED. Install it: apt-get install chromium\n${line}\n`,
  );
}

/**
 * The features Playwright (playwright-core 1.65.1, its Chromium switches) turns off. Chromium reads
 * only the last --disable-features it is given, so ours must repeat them; browser-smoke.e2e
 * fails if Playwright's own list ever holds one that is missing here.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * RenderDocument makes Chromium build a new renderer frame for every page loaded, which pages
 * never see: turned off, crawling the demo costs 28 % less of Chromium's CPU (docs/benchmarks.md,
 * "The test suite").
 */
const DISABLED_FEATURES = [...PLAYWRIGHT_DISABLED_FEATURES, 'RenderDocument'];

/** How Chromium runs for the tests: headless, and quiet (no update checks, no sync, no first-run screens). */
const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

/**
 * A browser of this file's own, with a new, empty profile (Playwright gives every launch one).
 * One Chromium shared by every file of a run (launchServer in a global setup, each file
 * connecting) was tried: its one browser process became the queue every file waited in, and
 * the run took 431 s instead of 364 s.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: BROWSER_ARGS });
}

/** How many pixels the page is wider than its viewport: above 0, a reader has to scroll sideways. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Options for a page that a test audits with injected scripts (axe-core): the site's own
 * Content-Security-Policy (script-src 'none', also in a <meta>) would refuse them. The CSP
 * itself is tested without this, in tests/ci/csp.e2e.test.ts.
 */
export const AUDIT = { bypassCSP: true } as const;

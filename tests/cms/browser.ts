// Headless Chromium for the CMS test. tests/support/browser.ts's launchBrowser() passes
// --user-data-dir, which playwright-core 1.65 refuses ("Pass userDataDir parameter to
// launchPersistentContext"); until it is fixed there, launch without it (playwright makes
// a fresh temporary profile anyway).
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/browser.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

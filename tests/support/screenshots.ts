// Screenshots for people to look at: no test compares them, so they cost a run's CPU only when
// somebody asked for them (`npm run screenshots`, which sets SCREENSHOTS=1). A full-page
// screenshot costs Chromium about 0.65 s of CPU; the suite would take about fifty of them
// (docs/benchmarks.md, "The test suite"). The officer's screens (officer.e2e) are not these:
// docs/cms.md shows them, and they are taken on every run; nor are the agency report's pages
// (report.e2e), which a test reads from the same folder.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { TMP_ROOT } from './paths.ts';

/** Where the screenshots go. */
export const SCREENSHOTS = path.join(TMP_ROOT, 'screenshots');

/** Whether this run was asked for screenshots. */
export const screenshotsWanted = (): boolean => process.env['SCREENSHOTS'] === '1';

/** The page as it is now, into SCREENSHOTS/`name` (whole page unless `fullPage` is false), when asked for. */
export async function keepScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (!screenshotsWanted()) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage });
}

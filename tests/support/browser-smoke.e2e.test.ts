// The shared browser tools work: every browser test depends on them.
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { AUDIT, hasChromium, launchBrowser, PLAYWRIGHT_DISABLED_FEATURES } from './browser.ts';

let browser: Browser | undefined;
beforeAll(async () => {
  if (hasChromium) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it.skipIf(!hasChromium)('launches headless Chromium and renders Vietnamese text', async () => {
  const page = await (browser as Browser).newPage();
  await page.setContent('<p lang="vi">Bình đẳng giới</p>');
  expect(await page.textContent('p')).toBe('Bình đẳng giới');
  await page.close();
});

it.skipIf(!hasChromium)('the axe audit reports a violation when there is one, and none on a clean page', async () => {
  const page = await (browser as Browser).newPage(AUDIT);
  await page.setContent('<!doctype html><html lang="vi"><head><title>Thử</title></head><body><main><img src="x.png"></main></body></html>');
  expect((await axeViolations(page, 'bad')).map((v) => v.split(' (')[0])).toEqual(['bad: image-alt']);
  await page.setContent('<!doctype html><html lang="vi"><head><title>Thử</title></head><body><main><h1>Bình đẳng giới</h1></main></body></html>');
  expect(await axeViolations(page, 'good')).toEqual([]);
  await page.close();
});

/** The command line of each Chromium this process started, as its arguments. */
function ownChromiumCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Field 4 of /proc/<pid>/stat is the parent's pid (after the name in parentheses).
      const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      if (parent === process.pid) lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'));
    } catch {
      // A process that ended while we looked.
    }
  }
  return lines.filter((args) => args.some((a) => a.startsWith('--remote-debugging-pipe')));
}

// Chromium reads only the last --disable-features it is given: ours (browser.ts) must keep every
// feature Playwright turns off, and add RenderDocument.
it.skipIf(!hasChromium || process.platform !== 'linux')("keeps Playwright's disabled features and turns RenderDocument off", () => {
  const lines = ownChromiumCommandLines();
  expect(lines.length, 'the browser this file launched').toBe(1);
  const lists = (lines[0] ?? []).filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
  expect(lists.length, 'Playwright’s list, then ours').toBe(2);
  const [playwright = [], ours = []] = lists;
  expect(playwright.filter((f) => !ours.includes(f))).toEqual([]);
  expect(ours).toContain('RenderDocument');
  expect([...playwright].sort()).toEqual([...PLAYWRIGHT_DISABLED_FEATURES].sort());
});

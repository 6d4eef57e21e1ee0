// The shared browser tools work: every browser test depends on them.
import { expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { AUDIT, hasChromium, launchBrowser } from './browser.ts';

it.skipIf(!hasChromium)('launches headless Chromium and renders Vietnamese text', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.setContent('<p lang="vi">Bình đẳng giới</p>');
  expect(await page.textContent('p')).toBe('Bình đẳng giới');
  await browser.close();
});

it.skipIf(!hasChromium)('the axe audit reports a violation when there is one, and none on a clean page', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage(AUDIT);
  await page.setContent('<!doctype html><html lang="vi"><head><title>Thử</title></head><body><main><img src="x.png"></main></body></html>');
  expect((await axeViolations(page, 'bad')).map((v) => v.split(' (')[0])).toEqual(['bad: image-alt']);
  await page.setContent('<!doctype html><html lang="vi"><head><title>Thử</title></head><body><main><h1>Bình đẳng giới</h1></main></body></html>');
  expect(await axeViolations(page, 'good')).toEqual([]);
  await browser.close();
});

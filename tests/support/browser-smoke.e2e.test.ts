// The shared browser launcher works: every browser test depends on it.
import { expect, it } from 'vitest';
import { hasChromium, launchBrowser } from './browser.ts';

it.skipIf(!hasChromium)('launches headless Chromium and renders Vietnamese text', async () => {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.setContent('<p lang="vi">Bình đẳng giới</p>');
  expect(await page.textContent('p')).toBe('Bình đẳng giới');
  await browser.close();
});

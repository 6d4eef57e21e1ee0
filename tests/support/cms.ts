// Steps an officer takes in Decap CMS, shared by the browser tests of the CMS.
import type { Locator, Page } from 'playwright-core';

/** Choose an option of one of Decap's selects by typing its label. */
export async function choose(page: Page, label: string | RegExp, option: string, index: 'first' | 'last' = 'last') {
  const input = page.getByLabel(label, { exact: typeof label === 'string' })[index]();
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Save, then move the entry to "Đã duyệt, chờ công bố" and publish it (the merge into main). */
export async function saveAndPublish(page: Page) {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Thay đổi đã được lưu').waitFor();
  await page.getByRole('button', { name: /^Bước duyệt: / }).click();
  await page.getByRole('menuitem', { name: 'Đã duyệt, chờ công bố' }).click();
  // Publishing is refused while the status change is still being written.
  await page.getByRole('button', { name: 'Bước duyệt: Đã duyệt, chờ công bố' }).waitFor();
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
  await page.getByRole('button', { name: 'Đã công bố' }).waitFor();
}

/**
 * Click a list's add button (`button`) and wait for its new item (`items`: one element per item).
 * On a loaded machine a click can land while Decap redraws the form and be lost (seen once in a
 * full run: "0 tiến độ hoạt động" 30 s later). The button is clicked again only while the number
 * of items has not moved, so an item is never added twice.
 */
export async function addItem(button: Locator, items: Locator): Promise<void> {
  const before = await items.count();
  for (let tries = 0; tries < 3; tries++) {
    await button.click();
    try {
      await items.nth(before).waitFor({ state: 'attached', timeout: 20_000 });
      return;
    } catch {
      if ((await items.count()) > before) return;
    }
  }
  throw new Error(`Bấm nút thêm ba lần mà không có mục mới (${before} mục).`);
}

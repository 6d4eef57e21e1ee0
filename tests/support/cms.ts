// Steps an officer takes in Decap CMS, shared by the browser tests of the CMS.
import type { Page } from 'playwright-core';

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

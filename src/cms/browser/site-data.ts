// The site's registry, cycles and plans (admin/form-data.json), fetched once before the
// CMS starts, for the form's checks and the report's activity picker.
import type { FormData } from '../form-data.ts';

let site: FormData | undefined;
let failure: string | undefined;

export async function loadSiteData(url: string): Promise<void> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    site = (await response.json()) as FormData;
  } catch (error) {
    failure = `Không tải được dữ liệu để kiểm tra (${error instanceof Error ? error.message : String(error)}). Tải lại trang; nếu vẫn lỗi, báo cơ quan thường trực.`;
  }
}

export const siteData = (): FormData | undefined => site;
export const siteDataFailure = (): string | undefined => failure;

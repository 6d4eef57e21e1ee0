// The open-data page's facts about the files themselves: the licence, how a JSON export is
// written (one place for the routes and for the size the page shows), file sizes in Vietnamese.

/** The licence the open data is published under (one place: /du-lieu/ and docs/open-data.md). */
export const OPEN_DATA_LICENCE = {
  name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
  attribution: 'Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa, Cổng kế hoạch bình đẳng giới tỉnh Thanh Hóa',
} as const;

/** The body of a JSON export, exactly as the route writes it. */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Bytes of a text file in UTF-8 (what a download weighs). */
export function byteSize(text: string): number {
  return new TextEncoder().encode(text).length;
}

const ONE_DECIMAL = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "812 byte", "12,3 KB", "1,5 MB" (1 KB = 1024 byte). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${ONE_DECIMAL.format(bytes / 1024)} KB`;
  return `${ONE_DECIMAL.format(bytes / (1024 * 1024))} MB`;
}

/** The four export files of a cycle, exactly as their routes write them. */
export interface ExportBodies {
  planCsv: string;
  planJson: string;
  reportCsv: string;
  reportJson: string;
}

/** Every export file of a cycle with its size in bytes: the very bodies the routes write. */
export function exportFiles(cycleId: string, bodies: ExportBodies): { path: string; bytes: number }[] {
  return [
    { path: `/du-lieu/ke-hoach-${cycleId}.csv`, bytes: byteSize(bodies.planCsv) },
    { path: `/du-lieu/ke-hoach-${cycleId}.json`, bytes: byteSize(bodies.planJson) },
    { path: `/du-lieu/bao-cao-${cycleId}.csv`, bytes: byteSize(bodies.reportCsv) },
    { path: `/du-lieu/bao-cao-${cycleId}.json`, bytes: byteSize(bodies.reportJson) },
  ];
}

// The open-data page's facts about the files themselves: the licence, how a JSON export is
// written (one place for the routes and for the size the page shows), file sizes in Vietnamese.
import { formatOneDecimal } from './format.ts';

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
  return Buffer.byteLength(text, 'utf8');
}

/** "812 byte", "12,3 KB", "1,5 MB" (1 KB = 1024 byte). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${formatOneDecimal(bytes / 1024)} KB`;
  return `${formatOneDecimal(bytes / (1024 * 1024))} MB`;
}

/** A cycle's two sets of exports: its plans and its progress reports. */
export type ExportSet = 'plans' | 'reports';
const EXPORT_STEMS: Record<ExportSet, string> = { plans: 'ke-hoach', reports: 'bao-cao' };

/** The file name of one export: `ke-hoach-2021-2023.csv` (the routes under src/pages/du-lieu/). */
export function exportName(set: ExportSet, cycleId: string, ext: 'csv' | 'json' | 'xlsx'): string {
  return `${EXPORT_STEMS[set]}-${cycleId}.${ext}`;
}

/** The site path of one export: `/du-lieu/ke-hoach-2021-2023.csv` (before the base path). */
export function exportPath(set: ExportSet, cycleId: string, ext: 'csv' | 'json' | 'xlsx'): string {
  return `/du-lieu/${exportName(set, cycleId, ext)}`;
}

/** The sheets of the reports workbook (src/lib/workbook.ts), named on the pages that send readers to them. */
export const REPORT_SHEETS = { reports: 'Báo cáo', followUp: 'Cần đôn đốc' } as const;

/** The four text exports of a cycle (CSV and JSON, of its plans and of its reports), in the order /du-lieu/ lists them. */
export const EXPORT_BODIES = ['planCsv', 'planJson', 'reportCsv', 'reportJson'] as const;
export type ExportBody = (typeof EXPORT_BODIES)[number];

const EXPORT_BODY_FILES: Record<ExportBody, [ExportSet, 'csv' | 'json']> = {
  planCsv: ['plans', 'csv'],
  planJson: ['plans', 'json'],
  reportCsv: ['reports', 'csv'],
  reportJson: ['reports', 'json'],
};

/** Every text export of a cycle with its size in bytes (`bytes`: of the very body its route writes). */
export function exportFiles(cycleId: string, bytes: (body: ExportBody) => number): { path: string; bytes: number }[] {
  return EXPORT_BODIES.map((body) => {
    const [set, ext] = EXPORT_BODY_FILES[body];
    return { path: exportPath(set, cycleId, ext), bytes: bytes(body) };
  });
}

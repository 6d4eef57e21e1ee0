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
    { path: exportPath('plans', cycleId, 'csv'), bytes: byteSize(bodies.planCsv) },
    { path: exportPath('plans', cycleId, 'json'), bytes: byteSize(bodies.planJson) },
    { path: exportPath('reports', cycleId, 'csv'), bytes: byteSize(bodies.reportCsv) },
    { path: exportPath('reports', cycleId, 'json'), bytes: byteSize(bodies.reportJson) },
  ];
}

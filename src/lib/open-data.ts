// The open-data page's facts about the files themselves: the licence, how a JSON export is
// written (one place for the routes and for the size the page shows), file sizes in Vietnamese.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Unit } from '../../schemas/unit.ts';
import { planCsv, planJson } from './csv.ts';
import type { PlanLike } from './plans.ts';
import { reportCsv, reportJson } from './progress-export.ts';
import type { ProgressInput } from './progress.ts';

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

/** Every export file of a cycle with its size in bytes: the very bodies the routes write. */
export function exportFiles(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[], progress: ProgressInput): { path: string; bytes: number }[] {
  return [
    { path: `/du-lieu/ke-hoach-${cycle.id}.csv`, bytes: byteSize(planCsv(cycle, units, plans)) },
    { path: `/du-lieu/ke-hoach-${cycle.id}.json`, bytes: byteSize(jsonFile(planJson(cycle, units, plans))) },
    { path: `/du-lieu/bao-cao-${cycle.id}.csv`, bytes: byteSize(reportCsv(progress)) },
    { path: `/du-lieu/bao-cao-${cycle.id}.json`, bytes: byteSize(jsonFile(reportJson(progress))) },
  ];
}

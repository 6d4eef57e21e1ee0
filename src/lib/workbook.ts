// XLSX workbooks beside the CSVs on /du-lieu/ (docs/open-data.md): the same rows as the CSV
// exports (src/lib/csv.ts, src/lib/progress-export.ts), one sheet per table, Vietnamese
// headers, numbers stored as numbers, header row frozen, autofilter on, widths that fit.
// exceljs: maintained, MIT, writes styles, frozen panes and filters; the npm `xlsx` package
// is frozen at 0.18.5 on npm with open advisories (its fixes only ship from the vendor's CDN).
import ExcelJS from 'exceljs';
import type { Cycle } from '../../schemas/cycle.ts';
import type { Unit } from '../../schemas/unit.ts';
import { followUpList, reportPeriods, type FollowUpRow } from './agency-report.ts';
import { planExportRows } from './csv.ts';
import type { PlanLike } from './plans.ts';
import { reportExportRows } from './progress-export.ts';
import { REPORT_SHEETS } from './open-data.ts';
import { withFixedZipDates } from './zip-dates.ts';
import type { ProgressInput } from './progress.ts';

/**
 * Number formats use Excel's invariant codes; Excel and LibreOffice show them with the
 * reader's separators, so a Vietnamese system reads 1.234,5.
 */
export const MONEY_FORMAT = '#,##0.###';
export const COUNT_FORMAT = '0';

export interface SheetColumn<R> {
  header: string;
  value: (row: R) => string | number | null;
  numFmt?: string;
}

export interface SheetSpec<R> {
  name: string;
  columns: SheetColumn<R>[];
  rows: readonly R[];
}

/** "" → empty cell, "1234.5" → 1234.5: the CSV's machine numbers back to numbers. */
const numberOrEmpty = (s: string): number | null => (s === '' ? null : Number(s));

function addSheet<R>(book: ExcelJS.Workbook, spec: SheetSpec<R>): void {
  const sheet = book.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(spec.columns.map((c) => c.header)).font = { bold: true };
  for (const row of spec.rows) sheet.addRow(spec.columns.map((c) => c.value(row)));
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    if (c.numFmt) column.numFmt = c.numFmt;
    // A loop, not Math.max(...rows): spreading 100,000 rows overflows the call stack.
    let longest = c.header.length;
    for (const r of spec.rows) longest = Math.max(longest, String(c.value(r) ?? '').length);
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
}

async function toBytes(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Bình đẳng giới Thanh Hóa';
  // A fixed date: the same content gives the same file.
  book.created = new Date(0);
  book.modified = new Date(0);
  fill(book);
  return withFixedZipDates(Uint8Array.from(new Uint8Array(await book.xlsx.writeBuffer())));
}

type PlanRow = ReturnType<typeof planExportRows>[number];
type ReportRow = ReturnType<typeof reportExportRows>[number];

const text = <R>(header: string, get: (r: R) => string): SheetColumn<R> => ({ header, value: get });

export const PLAN_SHEET_COLUMNS: SheetColumn<PlanRow>[] = [
  text('Mã đơn vị', (r) => r.unit_id),
  text('Tên đơn vị', (r) => r.unit_name),
  text('Khối', (r) => r.unit_group),
  text('Mã hoạt động', (r) => r.activity_id),
  text('Mã nhiệm vụ', (r) => r.task_id),
  text('Tên hoạt động', (r) => r.activity_title),
  text('Tháng hành động', (r) => (r.action_month === 'true' ? 'có' : 'không')),
  { header: 'Năm', value: (r) => numberOrEmpty(r.year), numFmt: COUNT_FORMAT },
  text('Nguồn kinh phí', (r) => r.source),
  { header: 'Số tiền (triệu đồng)', value: (r) => numberOrEmpty(r.amount_million_vnd), numFmt: MONEY_FORMAT },
];

export const REPORT_SHEET_COLUMNS: SheetColumn<ReportRow>[] = [
  text('Mã đơn vị', (r) => r.unit_id),
  text('Tên đơn vị', (r) => r.unit_name),
  text('Khối', (r) => r.unit_group),
  text('Kỳ báo cáo', (r) => r.period_id),
  text('Mã hoạt động', (r) => r.activity_id),
  text('Mã nhiệm vụ', (r) => r.task_id),
  text('Tên hoạt động', (r) => r.activity_title),
  text('Tình trạng', (r) => r.status),
  { header: 'Đã chi (triệu đồng)', value: (r) => numberOrEmpty(r.spent_million_vnd), numFmt: MONEY_FORMAT },
  text('Kết quả', (r) => r.result),
  text('Ngày nộp', (r) => r.submitted_on),
];

type FollowUpSheetRow = FollowUpRow & { period: string };

export const FOLLOW_UP_COLUMNS: SheetColumn<FollowUpSheetRow>[] = [
  text('Kỳ báo cáo', (r) => r.period),
  text('Đơn vị', (r) => r.unit),
  text('Tình trạng', (r) => r.state),
  text('Cán bộ đầu mối', (r) => r.contact),
  text('Chức vụ', (r) => r.position),
  text('Điện thoại', (r) => r.phone),
  text('Thư điện tử', (r) => r.email),
];

export const UNIT_COLUMNS: SheetColumn<Unit>[] = [text('Mã đơn vị', (u) => u.id), text('Tên đơn vị', (u) => u.name), text('Khối', (u) => u.group), text('Loại', (u) => u.kind)];

/** /du-lieu/ke-hoach-<cycle>.xlsx: "Kế hoạch" (the CSV's rows) and "Đơn vị" (the registry of the cycle). */
export function planWorkbook(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[]): Promise<Uint8Array<ArrayBuffer>> {
  return toBytes((book) => {
    addSheet(book, { name: 'Kế hoạch', columns: PLAN_SHEET_COLUMNS, rows: planExportRows(cycle, units, plans) });
    addSheet(book, { name: 'Đơn vị', columns: UNIT_COLUMNS, rows: units });
  });
}

/** /du-lieu/bao-cao-<cycle>.xlsx: "Báo cáo" (the CSV's rows) and "Cần đôn đốc" (every report period's follow-up list). */
export function reportWorkbook(input: ProgressInput, asOf: string): Promise<Uint8Array<ArrayBuffer>> {
  const followUp = reportPeriods(input, asOf).flatMap((p) => followUpList(input, p.id, asOf).map((f) => ({ period: p.id, ...f })));
  return toBytes((book) => {
    addSheet(book, { name: REPORT_SHEETS.reports, columns: REPORT_SHEET_COLUMNS, rows: reportExportRows(input) });
    addSheet(book, { name: REPORT_SHEETS.followUp, columns: FOLLOW_UP_COLUMNS, rows: followUp });
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// XLSX workbooks beside the CSVs on /du-lieu/ (docs/open-data.md): the same rows as the CSV
// exports (src/lib/csv.ts, src/lib/progress-export.ts), one sheet per table, Vietnamese
// headers, numbers stored as numbers, header row frozen, autofilter on, widths that fit.
// exceljs: maintained, MIT, writes styles, frozen panes and filters, and streams rows out as
// they are added (ExcelJS.stream.xlsx.WorkbookWriter), so no sheet is ever held cell by cell;
// the npm `xlsx` package is frozen at 0.18.5 on npm with open advisories (its fixes only ship
// from the vendor's CDN).
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
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

/** Rows written between two looks at the zip writer's intake (about 70 kB of XML). */
const ROWS_PER_BATCH = 100;

/**
 * exceljs 4.4.0 pipes a sheet's XML into archiver without waiting for it: unchecked, the
 * whole sheet piles up in memory ahead of the compressor. Wait until the zip writer has
 * taken in what is written (the sheet stream's `pipes`, internal, hence the cast).
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const intake = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
  if (intake?.writableNeedDrain) await once(intake, 'drain');
  else await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * One sheet through exceljs's streaming writer: widths, formats, frozen header and filter
 * are set before the first row (they are written ahead of the data), then every row is
 * committed as it is added, so no cell object outlives its row.
 */
async function addSheet<R>(book: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec<R>): Promise<void> {
  const sheet = book.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    if (c.numFmt) column.numFmt = c.numFmt;
    // A loop, not Math.max(...rows): spreading 100,000 rows overflows the call stack.
    let longest = c.header.length;
    for (const r of spec.rows) longest = Math.max(longest, String(c.value(r) ?? '').length);
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let written = 0;
  for (const row of spec.rows) {
    sheet.addRow(spec.columns.map((c) => c.value(row))).commit();
    if (++written % ROWS_PER_BATCH === 0) await zipCaughtUp(sheet);
  }
  sheet.commit();
}

type AddStyleModel = (model: { numFmt?: unknown } | null | undefined, cellType?: number) => number;

/**
 * exceljs gives every cell a style object of its own and, for each one, renders the style's
 * XML to look its id up: most of a sheet's time (3.8 s of 6.0 s at 3,000 units). A style that
 * is a number format or nothing gets the same id every time for a given cell type, so that id
 * is remembered: its first call has all the side effects (the style is added to the book) and
 * the file is byte for byte the same. Other styles (the bold header) go through as before.
 * The book's `styles` is internal to exceljs, hence the cast; without it nothing changes.
 */
export function rememberStyleIds(book: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const styles = (book as unknown as { styles?: { addStyleModel?: AddStyleModel } }).styles;
  const add = styles?.addStyleModel?.bind(styles);
  if (!styles || !add) return;
  const ids = new Map<string, number>();
  styles.addStyleModel = (model, cellType) => {
    const keys = model ? Object.keys(model) : [];
    const plain = model && (keys.length === 0 || (keys.length === 1 && keys[0] === 'numFmt' && typeof model.numFmt === 'string'));
    if (!plain) return add(model, cellType);
    const key = `${cellType}\u0000${model.numFmt ?? ''}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = add(model, cellType);
      ids.set(key, id);
    }
    return id;
  };
}

async function toBytes(fill: (book: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    // Styles for the bold header and number formats; shared strings so that text cells stay
    // plain string cells (t="s"), as the in-memory writer wrote them, never t="str".
    useStyles: true,
    useSharedStrings: true,
    // At archiver's default level (6) the files were 20 % larger than the in-memory writer's.
    zip: { zlib: { level: 9 } },
  });
  // Read when the workbook is committed (exceljs's types only list them on Workbook).
  book.creator = 'Bình đẳng giới Thanh Hóa';
  book.lastModifiedBy = 'Bình đẳng giới Thanh Hóa';
  // A fixed date: the same content gives the same file.
  book.created = new Date(0);
  book.modified = new Date(0);
  rememberStyleIds(book);
  await fill(book);
  await book.commit();
  // One copy into a buffer of its own (never a slice of Node's shared pool).
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return withFixedZipDates(bytes);
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
  return toBytes(async (book) => {
    await addSheet(book, { name: 'Kế hoạch', columns: PLAN_SHEET_COLUMNS, rows: planExportRows(cycle, units, plans) });
    await addSheet(book, { name: 'Đơn vị', columns: UNIT_COLUMNS, rows: units });
  });
}

/** /du-lieu/bao-cao-<cycle>.xlsx: "Báo cáo" (the CSV's rows) and "Cần đôn đốc" (every report period's follow-up list). */
export function reportWorkbook(input: ProgressInput, asOf: string): Promise<Uint8Array<ArrayBuffer>> {
  const followUp = reportPeriods(input, asOf).flatMap((p) => followUpList(input, p.id, asOf).map((f) => ({ period: p.id, ...f })));
  return toBytes(async (book) => {
    await addSheet(book, { name: REPORT_SHEETS.reports, columns: REPORT_SHEET_COLUMNS, rows: reportExportRows(input) });
    await addSheet(book, { name: REPORT_SHEETS.followUp, columns: FOLLOW_UP_COLUMNS, rows: followUp });
  });
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

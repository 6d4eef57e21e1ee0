// The open-data export of plans (FORMAT.md, "Open-data exports"): one row per budget line,
// an activity without budget once with empty year/source/amount, submitted plans only.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Unit } from '../../schemas/unit.ts';
import { thousandsToMachine, toThousands } from './money.ts';
import { submittedPlans, type PlanLike } from './plans.ts';

export const PLAN_CSV_HEADER = [
  'unit_id',
  'unit_name',
  'unit_group',
  'activity_id',
  'task_id',
  'activity_title',
  'action_month',
  'year',
  'source',
  'amount_million_vnd',
] as const;

/** What each column holds (the /du-lieu/ page and docs/open-data.md say the same). */
export const PLAN_CSV_COLUMNS: Record<(typeof PLAN_CSV_HEADER)[number], string> = {
  unit_id: 'Mã đơn vị trong danh mục (ví dụ huyen-quang-xuong).',
  unit_name: 'Tên đơn vị.',
  unit_group: 'Khối: tinh (sở, ban, ngành, đoàn thể cấp tỉnh) hoặc huyen (UBND huyện, thị xã, thành phố).',
  activity_id: 'Mã hoạt động, duy nhất trong kế hoạch của đơn vị.',
  task_id: 'Mã nhiệm vụ trọng tâm (truyen-thong, lanh-dao, chuong-trinh, long-ghep, dich-vu, kiem-tra, bao-cao).',
  activity_title: 'Tên hoạt động.',
  action_month: 'true nếu hoạt động diễn ra trong Tháng hành động, false nếu không.',
  year: 'Năm của khoản kinh phí; trống khi hoạt động không có kinh phí.',
  source: 'Mã nguồn kinh phí (ngan-sach-trung-uong, ngan-sach-dia-phuong, ngan-sach-don-vi, xa-hoi-hoa, vien-tro, khac); trống khi không có kinh phí.',
  amount_million_vnd: 'Số tiền, triệu đồng, dấu chấm thập phân; trống khi không có kinh phí.',
};

export type PlanCsvRow = Record<(typeof PLAN_CSV_HEADER)[number], string>;

/** The rows, registry order, then plan order of activities and budget lines. */
export function planExportRows(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[]): PlanCsvRow[] {
  const byUnit = new Map(submittedPlans(plans, cycle.id).map((p) => [p.unit, p]));
  const rows: PlanCsvRow[] = [];
  for (const unit of units) {
    const plan = byUnit.get(unit.id);
    if (!plan) continue;
    for (const a of plan.data.activities ?? []) {
      const base = {
        unit_id: unit.id,
        unit_name: unit.name,
        unit_group: unit.group,
        activity_id: a.id,
        task_id: a.task,
        activity_title: a.title,
        action_month: a.action_month ? 'true' : 'false',
      };
      const budget = a.budget ?? [];
      if (budget.length === 0) rows.push({ ...base, year: '', source: '', amount_million_vnd: '' });
      for (const b of budget) {
        rows.push({ ...base, year: String(b.year), source: b.source, amount_million_vnd: thousandsToMachine(toThousands(b.amount)) });
      }
    }
  }
  return rows;
}

// A cell a spreadsheet would read as a formula (OWASP "CSV Injection"): = + - @, tab, CR, and
// their full-width forms, which some spreadsheets in East Asian locales also treat as formulas.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// A plain decimal number is data, never a formula: amounts and years stay numbers.
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * One CSV cell. A value that would start a formula gets a leading single quote (the text
 * stays readable, the spreadsheet shows it as text) and is always quoted; otherwise RFC 4180
 * quoting: a field with a comma, quote or line break is quoted, quotes doubled.
 */
export function csvField(value: string): string {
  const neutral = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
  const text = neutral ? `'${value}` : value;
  return neutral || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 BOM (so Excel reads Vietnamese right), header, rows, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [header.join(','), ...rows.map((r) => header.map((h) => csvField(r[h] ?? '')).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function planCsv(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[]): string {
  return toCsv(PLAN_CSV_HEADER, planExportRows(cycle, units, plans));
}

/** The JSON export: the cycle, the registry (without editor accounts) and the submitted plans. */
export function planJson(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[]) {
  const byUnit = new Map(submittedPlans(plans, cycle.id).map((p) => [p.unit, p]));
  return {
    cycle,
    units: units.map((u) => ({ id: u.id, name: u.name, group: u.group, kind: u.kind })),
    plans: units.flatMap((u) => {
      const p = byUnit.get(u.id);
      return p ? [p.data] : [];
    }),
  };
}

// The open-data export of progress reports: /du-lieu/bao-cao-<cycle>.csv and .json.
// One CSV row per reported activity line; columns in docs/progress.md. Only reports of units
// whose plan is submitted (the same reports that /tien-do/ counts). A report without any
// activity line still appears once, with empty activity columns, so no report is lost.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Plan } from '../../schemas/plan.ts';
import { ACTIVITY_STATUSES, type Report } from '../../schemas/report.ts';
import type { Unit } from '../../schemas/unit.ts';
import { toCsv } from './csv.ts';
import { thousandsToMachine, toThousands } from './money.ts';
import { reportsOf, submittedPlansByUnit, type ProgressInput } from './progress.ts';

export const REPORT_CSV_HEADER = [
  'unit_id',
  'unit_name',
  'unit_group',
  'period_id',
  'activity_id',
  'task_id',
  'activity_title',
  'status',
  'spent_million_vnd',
  'result',
  'submitted_on',
] as const;

/** What each column of the report CSV holds, in Vietnamese (shown on /du-lieu/; docs/progress.md says the same). */
export const REPORT_CSV_COLUMNS: Record<(typeof REPORT_CSV_HEADER)[number], string> = {
  unit_id: 'Mã đơn vị trong danh mục (ví dụ huyen-quang-xuong).',
  unit_name: 'Tên đơn vị trong chu kỳ.',
  unit_group: 'Khối: tinh (sở, ban, ngành, đoàn thể cấp tỉnh), huyen (UBND huyện, thị xã, thành phố) hoặc xa (UBND xã, phường, từ các chu kỳ sau tháng 7/2025).',
  period_id: 'Mã kỳ báo cáo của chu kỳ (ví dụ 2021-nam là báo cáo năm 2021, 2021-6-thang là báo cáo 6 tháng đầu năm 2021).',
  activity_id: 'Mã hoạt động trong kế hoạch của đơn vị; trống khi báo cáo không có dòng hoạt động nào.',
  task_id: 'Mã nhiệm vụ của hoạt động, lấy từ kế hoạch.',
  activity_title: 'Tên hoạt động, lấy từ kế hoạch.',
  status: `Tình trạng thực hiện đến cuối kỳ: ${ACTIVITY_STATUSES.map((s) => `${s.id} (${s.label.toLowerCase()})`).join(', ')}.`,
  spent_million_vnd: 'Kinh phí đã chi, triệu đồng, cộng dồn từ đầu năm; dấu chấm thập phân, không có dấu phân cách hàng nghìn; trống khi đơn vị không ghi.',
  result: 'Kết quả, đúng như đơn vị ghi.',
  submitted_on: 'Ngày đơn vị nộp báo cáo, dạng YYYY-MM-DD.',
};

export type ReportCsvRow = Record<(typeof REPORT_CSV_HEADER)[number], string>;

/** The reports that count, in the cycle's period order, then registry order. */
export function exportedReports(input: ProgressInput): { unit: Unit; plan: Plan; report: Report }[] {
  const plans = submittedPlansByUnit(input);
  const out: { unit: Unit; plan: Plan; report: Report }[] = [];
  for (const period of input.cycle.periods) {
    const reports = reportsOf(input, period.id);
    for (const unit of input.units) {
      const plan = plans.get(unit.id);
      const report = reports.get(unit.id);
      if (plan && report) out.push({ unit, plan, report });
    }
  }
  return out;
}

export function reportExportRows(input: ProgressInput): ReportCsvRow[] {
  const rows: ReportCsvRow[] = [];
  for (const { unit, plan, report } of exportedReports(input)) {
    const base = { unit_id: unit.id, unit_name: unit.name, unit_group: unit.group, period_id: report.period, submitted_on: report.submitted_on };
    const lines = report.activities ?? [];
    const activities = new Map((plan.activities ?? []).map((a) => [a.id, a]));
    if (lines.length === 0) {
      rows.push({ ...base, activity_id: '', task_id: '', activity_title: '', status: '', spent_million_vnd: '', result: '' });
    }
    for (const line of lines) {
      const activity = activities.get(line.activity);
      rows.push({
        ...base,
        activity_id: line.activity,
        task_id: activity?.task ?? '',
        activity_title: activity?.title ?? '',
        status: line.status,
        spent_million_vnd: line.spent === undefined ? '' : thousandsToMachine(toThousands(line.spent)),
        result: line.result ?? '',
      });
    }
  }
  return rows;
}

export function reportCsv(input: ProgressInput): string {
  return toCsv(REPORT_CSV_HEADER, reportExportRows(input));
}

/** The JSON export: the cycle, the registry (without editor accounts) and the counted reports. */
export function reportJson(input: ProgressInput): { cycle: Cycle; units: Pick<Unit, 'id' | 'name' | 'group' | 'kind'>[]; reports: Report[] } {
  return {
    cycle: input.cycle,
    units: input.units.map((u) => ({ id: u.id, name: u.name, group: u.group, kind: u.kind })),
    reports: exportedReports(input).map((r) => r.report),
  };
}

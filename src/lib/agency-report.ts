// The standing agency's consolidated report for one reporting period (docs/agency-report.md):
// one plain document model — header blocks, numbered sections, annexes, follow-up list — that
// the printable page (src/components/report/) and the DOCX (src/lib/agency-report-docx.ts)
// both render, so the two carry the same words and the same figures. Every figure comes from
// the aggregations of src/lib/progress.ts and src/lib/plans.ts; nothing is summed twice here.
import type { Cycle, Period } from '../../schemas/cycle.ts';
import type { Dispatch } from '../../schemas/dispatch.ts';
import type { Plan } from '../../schemas/plan.ts';
import { agencyOf } from './cycles.ts';
import { formatCount, formatDate } from './format.ts';
import { formatMillions } from './money.ts';
import { budgetBySourceYear } from './plans.ts';
import {
  actionMonthByYear,
  activityLines,
  digestOf,
  emptyCounts,
  findPeriod,
  periodSubmissions,
  spendingByGroup,
  spendingByTask,
  spendingByUnit,
  STATUS_KEYS,
  STATUS_LABELS,
  statusByTask,
  submittedPlansByUnit,
  type ProgressInput,
  type Spending,
} from './progress.ts';
import { rateLabel, rowLabel } from './progress-view.ts';

/** A table of display strings; `numeric` columns are right-aligned. */
export interface ReportTable {
  columns: { label: string; numeric?: boolean }[];
  rows: string[][];
  /** The "Tổng cộng" row, when the table has one. */
  total?: string[];
}

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'quote'; unit: string; text: string }
  | { kind: 'table'; table: ReportTable };

export interface ReportAnnex {
  /** "Phụ lục I" */
  label: string;
  title: string;
  /** "(Kèm theo Báo cáo số /BC-… )" */
  attachedTo: string;
  table: ReportTable;
  /** Wide tables print on a landscape page. */
  landscape: boolean;
}

/** One unit to chase: no report (or a late one), with the contact of its plan. */
export interface FollowUpRow {
  unitId: string;
  unit: string;
  state: string;
  contact: string;
  position: string;
  phone: string;
  email: string;
}

export interface AgencyReport {
  cycleId: string;
  period: Period;
  asOf: string;
  authority: string;
  issuer: string;
  /** "Số:      /BC-SLĐTBXH": the văn thư writes the number. */
  number: string;
  nation: string;
  motto: string;
  /** "Thanh Hóa, ngày      tháng      năm 2022": the day is written when signed. */
  placeDate: string;
  title: string;
  subject: string;
  recipients: string[];
  body: ReportBlock[];
  ccHeading: string;
  cc: string[];
  signature: { authority: string; title: string };
  annexes: ReportAnnex[];
  followUp: FollowUpRow[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** How many results of a task are quoted in the body (all are in the reports' CSV). */
export const QUOTED_RESULTS = 5;
const BLANK = '\u00a0'.repeat(6);

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * The content a report of `period` may speak of: reports of periods that end no later than
 * it (a half-year report is not told what the annual one says).
 */
export function inputUpTo(input: ProgressInput, period: Period): ProgressInput {
  const ends = new Map(input.cycle.periods.map((p) => [p.id, p.to]));
  return { ...input, reports: input.reports.filter((r) => (ends.get(r.period) ?? '') <= period.to) };
}

/** Periods that get a report: ended by `asOf`, or already holding a report of the cycle. */
export function reportPeriods(input: ProgressInput, asOf: string): Period[] {
  const reported = new Set(input.reports.filter((r) => r.cycle === input.cycle.id).map((r) => r.period));
  return input.cycle.periods.filter((p) => p.to < asOf || reported.has(p.id));
}

const money = (thousands: number) => formatMillions(thousands);
const spendingCells = (s: Spending) => [money(s.plannedAll), money(s.planned), money(s.spent), rateLabel(s.spent, s.planned)];
const SPENDING_COLUMNS = [
  { label: 'Kế hoạch năm của các đơn vị phải báo cáo (triệu đồng)', numeric: true },
  { label: 'Kế hoạch năm của các đơn vị đã báo cáo (triệu đồng)', numeric: true },
  { label: 'Đã chi (triệu đồng)', numeric: true },
  { label: 'Tỷ lệ đã chi', numeric: true },
];

/** The unit's contact from its plan, for the follow-up list. */
function contactOf(plan: Plan | undefined): Pick<FollowUpRow, 'contact' | 'position' | 'phone' | 'email'> {
  const c = plan?.contact;
  return { contact: c?.name ?? '', position: c?.position ?? '', phone: c?.phone ?? '', email: c?.email ?? '' };
}

/** Units not reported or reported late in the period, registry order, with their plan's contact. */
export function followUpList(input: ProgressInput, periodId: string, asOf: string): FollowUpRow[] {
  const subs = periodSubmissions(input, periodId, asOf);
  const plans = submittedPlansByUnit(input);
  return subs.rows
    .filter((r) => r.report === undefined || r.state === 'late')
    .map((r) => ({ unitId: r.unit.id, unit: r.unit.name, state: rowLabel(r, subs.phase, subs.deadline).text, ...contactOf(plans.get(r.unit.id)) }));
}

export interface ReportSource {
  input: ProgressInput;
  /** The cycle's dispatch: authority, motto, place, Nơi nhận and signature lines. */
  dispatch: Pick<Dispatch, 'authority' | 'issuer' | 'nation' | 'motto' | 'place_date' | 'signature' | 'legal_basis' | 'cc_heading'> | undefined;
  periodId: string;
  asOf: string;
}

export function agencyReport({ input: all, dispatch, periodId, asOf }: ReportSource): AgencyReport {
  const cycle: Cycle = all.cycle;
  const period = findPeriod(cycle, periodId);
  const input = inputUpTo(all, period);
  const agency = agencyOf(cycle);
  const symbol = cycle.standing_agency?.symbol ?? '';
  const number = `Số:${BLANK}/BC-${symbol}`;
  const recipient = dispatch?.legal_basis?.issuer ?? 'UBND tỉnh';
  const place = dispatch?.place_date.split(',')[0]?.trim() ?? '';
  const asOfYear = asOf.slice(0, 4);
  const label = lowerFirst(period.label);

  const subs = periodSubmissions(input, periodId, asOf);
  const status = statusByTask(input, periodId);
  const byTask = spendingByTask(input, periodId);
  const byGroup = spendingByGroup(input, periodId);
  const byUnit = spendingByUnit(input, periodId);
  const digest = digestOf(input, periodId);
  const lines = activityLines(input, periodId);
  const bySource = budgetBySourceYear(cycle, [...submittedPlansByUnit(input).values()].map((data) => ({ unit: data.unit, data })));
  const yearIndex = bySource.years.indexOf(period.year);
  const actionMonth = actionMonthByYear(input).find((y) => y.year === period.year);
  const followUp = followUpList(input, periodId, asOf);

  const body: ReportBlock[] = [];
  const h1 = (i: number, text: string) => body.push({ kind: 'heading', level: 1, text: `${ROMAN[i]}. ${text}` });
  const h2 = (i: number, text: string) => body.push({ kind: 'heading', level: 2, text: `${i + 1}. ${text}` });
  const p = (text: string) => body.push({ kind: 'paragraph', text });
  const table = (t: ReportTable) => body.push({ kind: 'table', table: t });

  p(
    `Trên cơ sở báo cáo của các đơn vị, ${agency.name} tổng hợp kết quả thực hiện ${lowerFirst(cycle.title)}, kỳ ${label} (số liệu tính đến ngày ${formatDate(asOf)}) như sau:`,
  );

  // I. Who reported.
  h1(0, 'TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ');
  const onTime = subs.rows.filter((r) => r.state === 'on-time').length;
  const deadline = period.due === null ? 'chưa quy định hạn nộp' : `hạn nộp ngày ${formatDate(period.due)}`;
  p(
    `Kỳ báo cáo từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)}, ${deadline}. Số đơn vị phải báo cáo (đã nộp kế hoạch): ${formatCount(subs.expected)}; đã nhận ${formatCount(subs.received)} báo cáo` +
      (period.due === null ? '' : ` (${formatCount(onTime)} đúng hạn, ${formatCount(subs.late.length)} nộp muộn)`) +
      `; ${formatCount(subs.missing.length)} đơn vị chưa báo cáo.`,
  );
  if (subs.missing.length > 0) p(`Các đơn vị chưa báo cáo: ${subs.missing.map((u) => u.name).join('; ')}.`);
  const lateRows = subs.rows.filter((r) => r.state === 'late');
  if (lateRows.length > 0) p(`Các đơn vị nộp muộn: ${lateRows.map((r) => `${r.unit.name} (${formatCount(r.daysLate ?? 0)} ngày)`).join('; ')}.`);
  p('Chi tiết tại Phụ lục I; danh sách đơn vị cần đôn đốc, kèm cán bộ đầu mối, tại Phụ lục IV.');

  // II. Results by task.
  h1(1, 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM');
  table({
    columns: [{ label: 'Nhiệm vụ' }, ...STATUS_KEYS.map((k) => ({ label: STATUS_LABELS[k], numeric: true })), { label: 'Tổng số hoạt động', numeric: true }],
    rows: status.rows.map((r) => [r.title, ...STATUS_KEYS.map((k) => formatCount(r.counts[k])), formatCount(r.total)]),
    total: ['Tổng cộng', ...STATUS_KEYS.map((k) => formatCount(status.total.counts[k])), formatCount(status.total.total)],
  });
  status.rows.forEach((row, i) => {
    h2(i, row.title);
    const counts = STATUS_KEYS.filter((k) => row.counts[k] > 0).map((k) => `${formatCount(row.counts[k])} ${lowerFirst(STATUS_LABELS[k])}`);
    p(row.total === 0 ? 'Không có đơn vị nào lập hoạt động cho nhiệm vụ này.' : `${formatCount(row.total)} hoạt động trong kế hoạch: ${counts.join(', ')}.`);
    const results = lines.filter((l) => l.activity.task === row.taskId && l.result !== undefined);
    if (results.length > 0) p('Kết quả chủ yếu các đơn vị báo cáo:');
    for (const l of results.slice(0, QUOTED_RESULTS)) body.push({ kind: 'quote', unit: l.unit.name, text: l.result ?? '' });
    if (results.length > QUOTED_RESULTS) p(`Cùng ${formatCount(results.length - QUOTED_RESULTS)} kết quả khác trong báo cáo của các đơn vị (tệp dữ liệu báo cáo tiến độ).`);
  });

  // III. Money.
  h1(2, 'KINH PHÍ THỰC HIỆN');
  p(`Kinh phí kế hoạch là kinh phí năm ${period.year} trong kế hoạch của các đơn vị; số đã chi là số lũy kế từ đầu năm các đơn vị báo cáo. Tỷ lệ đã chi tính trên kế hoạch của các đơn vị đã báo cáo.`);
  h2(0, 'Theo nhiệm vụ');
  table({ columns: [{ label: 'Nhiệm vụ' }, ...SPENDING_COLUMNS], rows: byTask.rows.map((r) => [r.label, ...spendingCells(r)]), total: ['Tổng cộng', ...spendingCells(byTask.total)] });
  h2(1, 'Theo nguồn kinh phí');
  p(`Báo cáo của đơn vị ghi số đã chi theo hoạt động, không tách theo nguồn: bảng nêu kinh phí kế hoạch năm ${period.year} theo nguồn.`);
  table({
    columns: [{ label: 'Nguồn kinh phí' }, { label: `Kế hoạch năm ${period.year} (triệu đồng)`, numeric: true }],
    rows: bySource.rows.map((r, i) => [r.label, money(yearIndex < 0 ? 0 : (bySource.values[i]?.[yearIndex] ?? 0))]),
    total: ['Tổng cộng', money(yearIndex < 0 ? 0 : (bySource.yearTotals[yearIndex] ?? 0))],
  });
  h2(2, 'Theo khối đơn vị');
  table({ columns: [{ label: 'Khối' }, ...SPENDING_COLUMNS], rows: byGroup.rows.map((r) => [r.label, ...spendingCells(r)]), total: ['Tổng cộng', ...spendingCells(byGroup.total)] });
  p('Kinh phí của từng đơn vị tại Phụ lục II.');

  // IV. Action Month.
  h1(3, `THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI NĂM ${period.year}`);
  p(
    actionMonth && actionMonth.rows.length > 0
      ? `${formatCount(actionMonth.rows.length)} đơn vị báo cáo kết quả Tháng hành động: tổ chức ${formatCount(actionMonth.events)} hoạt động, sự kiện với ${formatCount(actionMonth.participants)} lượt người tham gia.`
      : 'Chưa có đơn vị nào báo cáo kết quả Tháng hành động của năm.',
  );

  // V. Difficulties and proposals.
  h1(4, 'KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT');
  const difficulties = digest.filter((d) => d.difficulties !== undefined);
  const proposals = digest.filter((d) => d.proposals !== undefined);
  h2(0, 'Khó khăn, vướng mắc');
  if (difficulties.length === 0) p('Các đơn vị không phản ánh khó khăn, vướng mắc.');
  for (const d of difficulties) body.push({ kind: 'quote', unit: d.unit.name, text: d.difficulties ?? '' });
  h2(1, 'Kiến nghị, đề xuất');
  if (proposals.length === 0) p('Các đơn vị không có kiến nghị, đề xuất.');
  for (const d of proposals) body.push({ kind: 'quote', unit: d.unit.name, text: d.proposals ?? '' });

  p(`Trên đây là báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ phụ nữ kỳ ${label} của ${agency.name}, kính báo cáo ${recipient}./.`);

  // Annexes: the unit-level rows.
  const attachedTo = `(Kèm theo Báo cáo số${BLANK}/BC-${symbol})`;
  const stateOf = new Map(subs.rows.map((r) => [r.unit.id, rowLabel(r, subs.phase, subs.deadline).text]));
  const perUnit = new Map(byUnit.map((r) => [r.key, { total: 0, counts: emptyCounts() }]));
  for (const l of lines) {
    const u = perUnit.get(l.unit.id);
    if (!u) continue;
    u.total += 1;
    u.counts[l.status] += 1;
  }
  const groupLabel = new Map(byGroup.rows.map((g) => [g.key as string, g.label]));
  const annexes: ReportAnnex[] = [
    {
      title: 'TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ',
      landscape: false,
      table: {
        columns: [{ label: 'STT', numeric: true }, { label: 'Đơn vị' }, { label: 'Khối' }, { label: 'Ngày nộp' }, { label: 'Tình trạng' }],
        rows: subs.rows.map((r, i) => [formatCount(i + 1), r.unit.name, groupLabel.get(r.unit.group) ?? r.unit.group, r.report ? formatDate(r.report.submitted_on) : '', stateOf.get(r.unit.id) ?? '']),
      },
    },
    {
      title: `KINH PHÍ NĂM ${period.year} THEO ĐƠN VỊ`,
      landscape: false,
      table: {
        columns: [{ label: 'STT', numeric: true }, { label: 'Đơn vị' }, { label: 'Kế hoạch năm (triệu đồng)', numeric: true }, { label: 'Đã chi (triệu đồng)', numeric: true }, { label: 'Tỷ lệ đã chi', numeric: true }],
        rows: byUnit.map((r, i) => [formatCount(i + 1), r.label, money(r.plannedAll), r.reported ? money(r.spent) : 'Chưa báo cáo', r.reported ? rateLabel(r.spent, r.planned) : '—']),
        total: ['', 'Tổng cộng', money(byTask.total.plannedAll), money(byTask.total.spent), rateLabel(byTask.total.spent, byTask.total.planned)],
      },
    },
    {
      title: 'TÌNH TRẠNG HOẠT ĐỘNG THEO ĐƠN VỊ',
      landscape: true,
      table: {
        columns: [{ label: 'STT', numeric: true }, { label: 'Đơn vị' }, { label: 'Số hoạt động', numeric: true }, ...STATUS_KEYS.map((k) => ({ label: STATUS_LABELS[k], numeric: true }))],
        rows: byUnit.map((r, i) => {
          const u = perUnit.get(r.key) ?? { total: 0, counts: emptyCounts() };
          return [formatCount(i + 1), r.label, formatCount(u.total), ...STATUS_KEYS.map((k) => formatCount(u.counts[k]))];
        }),
        total: ['', 'Tổng cộng', formatCount(status.total.total), ...STATUS_KEYS.map((k) => formatCount(status.total.counts[k]))],
      },
    },
    {
      title: 'DANH SÁCH ĐƠN VỊ CẦN ĐÔN ĐỐC (CHƯA BÁO CÁO, BÁO CÁO MUỘN)',
      landscape: true,
      table: {
        columns: [{ label: 'STT', numeric: true }, { label: 'Đơn vị' }, { label: 'Tình trạng' }, { label: 'Cán bộ đầu mối' }, { label: 'Chức vụ' }, { label: 'Điện thoại' }, { label: 'Thư điện tử' }],
        rows: followUp.map((f, i) => [formatCount(i + 1), f.unit, f.state, f.contact, f.position, f.phone, f.email]),
      },
    },
  ].map((a, i) => ({ ...a, label: `Phụ lục ${ROMAN[i]}`, attachedTo }));

  return {
    cycleId: cycle.id,
    period,
    asOf,
    authority: dispatch?.authority ?? '',
    issuer: (agency.named ? agency.name : (dispatch?.issuer ?? agency.name)).toLocaleUpperCase('vi'),
    number,
    nation: dispatch?.nation ?? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: dispatch?.motto ?? 'Độc lập - Tự do - Hạnh phúc',
    placeDate: `${place}, ngày${BLANK}tháng${BLANK}năm ${asOfYear}`,
    title: 'BÁO CÁO',
    subject: `Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ phụ nữ kỳ ${label}`,
    recipients: [recipient],
    body,
    ccHeading: dispatch?.cc_heading ?? 'Nơi nhận:',
    cc: ['Như trên;', 'Lưu: VT.'],
    signature: { authority: dispatch?.signature.authority ?? '', title: dispatch?.signature.title ?? '' },
    annexes,
    followUp,
  };
}

// Synthetic progress reports for the demo dataset: for each submitted demo plan, one report per
// period that has ended before the demo's "as of" date, with spending that follows the plan's
// budget for the year, some reports late, some missing, a few cancelled activities, a few
// difficulties and proposals, and Action Month results in the annual reports.
// Deterministic: the same `random` sequence gives the same files. Paths are relative to the
// content root, e.g. content/reports/2021-2023/2021-nam/x.yaml.
import { stringify } from 'yaml';
import type { Cycle, Period } from '../../schemas/cycle.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { ActivityProgress, ActivityStatusId, Report } from '../../schemas/report.ts';
import type { Registry } from '../../schemas/unit.ts';
import { sumThousands, toThousands } from '../../src/lib/money.ts';
import { contentFilePath } from '../../src/pipeline/classify.ts';
import { DEMO_AS_OF, DEMO_HEADER } from './settings.ts';

const DIFFICULTIES = [
  'Kinh phí được giao muộn nên một số hoạt động phải lùi sang quý sau.',
  'Cán bộ làm công tác bình đẳng giới kiêm nhiệm nhiều việc, thay đổi thường xuyên.',
  'Dịch Covid-19 làm hoãn các hội nghị tập trung đông người.',
  'Số liệu thống kê tách biệt theo giới ở cấp xã chưa đầy đủ.',
  'Một bộ phận người dân vùng cao còn định kiến giới, ngại tham gia sinh hoạt câu lạc bộ.',
];

const PROPOSALS = [
  'Đề nghị Sở Lao động - Thương binh và Xã hội tổ chức tập huấn nghiệp vụ cho cán bộ cấp xã.',
  'Đề nghị tỉnh bố trí kinh phí riêng cho hoạt động bình đẳng giới trong dự toán hằng năm.',
  'Đề nghị cung cấp tài liệu truyền thông bằng tiếng dân tộc thiểu số.',
  'Đề nghị ban hành hướng dẫn thống nhất mẫu báo cáo và bộ chỉ tiêu thống kê giới.',
  'Đề nghị cho phép lồng ghép kinh phí với Chương trình mục tiêu quốc gia xây dựng nông thôn mới.',
];

const vi = (n: number) => n.toLocaleString('vi-VN');

/** What a finished activity of each task typically reports. */
const RESULTS_DONE: Record<string, (n: number) => string> = {
  'truyen-thong': (n) => `Tổ chức ${n} buổi truyền thông, ${vi(n * 85)} lượt người tham dự`,
  'lanh-dao': (n) => `Ban hành ${Math.max(1, Math.round(n / 4))} văn bản chỉ đạo, triển khai đến ${n} đơn vị`,
  'chuong-trinh': (n) => `Duy trì ${n} mô hình, câu lạc bộ với ${vi(n * 30)} thành viên`,
  'long-ghep': (n) => `Rà soát, lồng ghép giới trong ${n} văn bản, kế hoạch`,
  'dich-vu': (n) => `Hỗ trợ, tư vấn cho ${vi(n * 12)} lượt người`,
  'kiem-tra': (n) => `Kiểm tra ${n} đơn vị, kiến nghị khắc phục ${Math.max(1, n - 2)} nội dung`,
  'bao-cao': () => 'Gửi báo cáo đúng mẫu về cơ quan thường trực',
};

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Million đồng with one decimal at most (a plain number a person would type). */
const tenth = (v: number) => Math.round(v * 10) / 10;

interface ActivityState {
  status: ActivityStatusId;
  /** Cumulative spending in the year so far, million đồng. */
  spent: number;
}

export function demoReports(input: {
  registry: Registry;
  cycle: Cycle;
  plans: Array<{ unit: string; data: Plan }>;
  random: () => number;
  /** Only periods that end before this date get reports (default: the demo's "as of"). */
  asOf?: string;
}): Array<{ path: string; text: string }> {
  const { registry, cycle, random } = input;
  const asOf = input.asOf ?? DEMO_AS_OF;
  const periods = cycle.periods.filter((p) => p.to < asOf).sort((a, b) => a.to.localeCompare(b.to) || a.id.localeCompare(b.id));
  const planOf = new Map(input.plans.filter((p) => p.data.status === 'submitted' && p.data.cycle === cycle.id).map((p) => [p.unit, p.data]));
  const out: Array<{ path: string; text: string }> = [];

  for (const unit of registry.units) {
    const plan = planOf.get(unit.id);
    if (plan === undefined) continue;
    // A few units never report; most report nearly always; some are habitually late.
    const diligence = random();
    if (diligence < 0.07) continue;
    const lateness = random();
    const states = new Map<string, ActivityState>();
    let year = 0;
    for (const period of periods) {
      if (period.year !== year) {
        year = period.year;
        states.clear();
      }
      const skip = random() < (diligence < 0.25 ? 0.35 : 0.06);
      const report = reportFor(unit.id, plan, cycle, period, states, random, lateness, asOf);
      if (skip) continue;
      out.push({
        path: contentFilePath({ kind: 'report', cycle: cycle.id, period: period.id, unit: unit.id }),
        text: DEMO_HEADER + stringify(report, { lineWidth: 0 }),
      });
    }
  }
  return out;
}

function reportFor(
  unitId: string,
  plan: Plan,
  cycle: Cycle,
  period: Period,
  states: Map<string, ActivityState>,
  random: () => number,
  lateness: number,
  asOf: string,
): Report {
  const annual = period.id.endsWith('-nam');
  const anchor = period.due ?? addDays(period.to, 15);
  // Habitually late units miss the due date by 3 to 40 days; others submit up to 12 days early.
  const late = random() < (lateness < 0.3 ? 0.6 : 0.08);
  let submitted = late ? addDays(anchor, 3 + Math.floor(random() * 38)) : addDays(anchor, -Math.floor(random() * 12));
  if (submitted > asOf) submitted = asOf;

  const activities: ActivityProgress[] = [];
  for (const activity of plan.activities ?? []) {
    // Exact thousands summed, then back to million đồng: the spending below is a share of it.
    const budget = sumThousands((activity.budget ?? []).filter((b) => b.year === period.year).map((b) => toThousands(b.amount))) / 1000;
    const before = states.get(activity.id) ?? { status: 'not-started', spent: 0 };
    const next = advance(before, budget, annual, random);
    states.set(activity.id, next);
    // Now and then an activity is left out of the report ("chưa báo cáo").
    if (random() < 0.04) continue;
    const line: ActivityProgress = { activity: activity.id, status: next.status };
    if (budget > 0 && next.status !== 'not-started') line.spent = next.spent;
    if (next.status === 'done' && random() < 0.6) line.result = (RESULTS_DONE[activity.task] ?? RESULTS_DONE['bao-cao']!)(2 + Math.floor(random() * 20));
    if (next.status === 'cancelled' && random() < 0.7) line.result = 'Không thực hiện do không được bố trí kinh phí.';
    activities.push(line);
  }

  const report: Report = { unit: unitId, cycle: cycle.id, period: period.id, submitted_on: submitted, activities };
  const hasActionMonth = (plan.activities ?? []).some((a) => a.action_month);
  if (annual && hasActionMonth) {
    const events = 3 + Math.floor(random() * 35);
    report.action_month = { events, participants: events * (40 + Math.floor(random() * 120)) };
  }
  if (random() < 0.3) report.difficulties = pick(random, DIFFICULTIES);
  if (random() < 0.3) report.proposals = pick(random, PROPOSALS);
  return report;
}

/** The next state of an activity: statuses only move forward, spending only grows. */
function advance(before: ActivityState, budget: number, annual: boolean, random: () => number): ActivityState {
  if (before.status === 'cancelled' || before.status === 'done') {
    // Done by mid-year: the annual report may add the remaining spending.
    const spent = before.status === 'done' && annual ? Math.max(before.spent, tenth(budget * (0.85 + random() * 0.15))) : before.spent;
    return { status: before.status, spent };
  }
  const r = random();
  let status: ActivityStatusId;
  if (r < 0.04) status = 'cancelled';
  else if (annual) status = r < 0.78 ? 'done' : r < 0.94 ? 'in-progress' : 'not-started';
  else status = r < 0.2 ? 'done' : r < 0.75 ? 'in-progress' : 'not-started';
  if (status === 'not-started' && before.status === 'in-progress') status = 'in-progress';
  const share =
    status === 'done' ? 0.8 + random() * 0.25 : status === 'in-progress' ? (annual ? 0.45 : 0.15) + random() * 0.35 : status === 'cancelled' ? 0 : 0;
  return { status, spent: status === 'cancelled' ? before.spent : Math.max(before.spent, tenth(budget * share)) };
}

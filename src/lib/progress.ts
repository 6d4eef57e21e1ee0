// Progress from reports: who reported, who is late, activity statuses and money spent vs
// planned. Pure functions over plain data; the date "as of" is always a parameter (read once
// in src/lib/as-of.ts), never the clock. Choices are documented in docs/progress.md:
// - expected = units with a SUBMITTED plan in the cycle (a draft plan asks nothing yet);
//   reports of other units are listed apart and counted nowhere else;
// - planned money of a period = the plan's budget lines for the period's year (a half-year
//   report is measured against the whole year's budget);
// - every period starts on 1 January, so each report's `spent` is cumulative for its year:
//   per year, the report with the latest end date supersedes the earlier ones (never summed).
import type { Cycle, Period } from '../../schemas/cycle.ts';
import type { Activity, Plan } from '../../schemas/plan.ts';
import { ACTIVITY_STATUSES, type ActivityStatusId, type Report } from '../../schemas/report.ts';
import type { Unit, UnitGroupId } from '../../schemas/unit.ts';
import { groupsOfCycle } from './cycles.ts';
import { toThousands } from './money.ts';
import { activityBudget } from './plans.ts';

export interface ProgressInput {
  /** The registry's units, in registry order (the order of every list below). */
  units: readonly Unit[];
  cycle: Cycle;
  /** Plans of any cycle: only this cycle's are used. */
  plans: readonly Plan[];
  /** Reports of any cycle: only this cycle's are used. */
  reports: readonly Report[];
}

/** Where a period stands on the date `asOf`. */
export type PeriodPhase = 'upcoming' | 'running' | 'ended';
/** Where its deadline stands: `due: null` → not set, nobody can be late. */
export type DeadlineState = 'not-set' | 'not-due' | 'past-due';
/**
 * One expected unit in one period: received on time, received after `due`, received (no
 * deadline to compare with), missing after `due` (overdue), or missing but not late yet.
 */
export type SubmissionState = 'on-time' | 'late' | 'received' | 'overdue' | 'waiting';
/** In a unit's timeline, a unit without a submitted plan owes no report. */
export type TimelineState = SubmissionState | 'not-expected';
/** A planned activity's status in a period; `unreported` = absent from the report or no report. */
export type StatusKey = ActivityStatusId | 'unreported';

/**
 * The tally's order: from the finished end, then what no report covers. The statuses and
 * their labels are the schema's (ACTIVITY_STATUSES, in the form's order); a test keeps the two
 * lists the same set.
 */
export const STATUS_KEYS: readonly StatusKey[] = ['done', 'in-progress', 'not-started', 'cancelled', 'unreported'];

export const STATUS_LABELS: Record<StatusKey, string> = {
  ...(Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s.id, s.label])) as Record<ActivityStatusId, string>),
  unreported: 'Chưa báo cáo',
};

export type StatusCounts = Record<StatusKey, number>;

export const emptyCounts = (): StatusCounts => ({ done: 0, 'in-progress': 0, 'not-started': 0, cancelled: 0, unreported: 0 });

/** Money in whole thousand đồng. `planned` counts units that reported for the period. */
export interface Spending {
  /** The year's budget of every expected unit. */
  plannedAll: number;
  /** The year's budget of the units whose report is in (the base of the execution rate). */
  planned: number;
  spent: number;
}

const emptySpending = (): Spending => ({ plannedAll: 0, planned: 0, spent: 0 });

function addSpending(into: Spending, add: Spending): void {
  into.plannedAll += add.plannedAll;
  into.planned += add.planned;
  into.spent += add.spent;
}

// ---------------------------------------------------------------- dates

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertDate(asOf: string): void {
  if (!ISO_DATE.test(asOf)) throw new Error(`asOf must be YYYY-MM-DD, got "${asOf}"`);
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export function periodPhase(period: Period, asOf: string): PeriodPhase {
  assertDate(asOf);
  if (asOf < period.from) return 'upcoming';
  if (asOf <= period.to) return 'running';
  return 'ended';
}

/** A report is due ON `due`: the day after, a missing report is overdue. */
export function deadlineState(period: Period, asOf: string): DeadlineState {
  assertDate(asOf);
  if (period.due === null) return 'not-set';
  return asOf <= period.due ? 'not-due' : 'past-due';
}

export function submissionState(period: Period, report: Report | undefined, asOf: string): SubmissionState {
  const deadline = deadlineState(period, asOf);
  if (report !== undefined) {
    if (period.due === null) return 'received';
    return report.submitted_on <= period.due ? 'on-time' : 'late';
  }
  return deadline === 'past-due' ? 'overdue' : 'waiting';
}

/** Days after `due`: for a late report (submitted − due), an overdue one (asOf − due). */
export function daysLate(period: Period, state: TimelineState, report: Report | undefined, asOf: string): number | undefined {
  if (period.due === null) return undefined;
  if (state === 'late' && report) return daysBetween(period.due, report.submitted_on);
  if (state === 'overdue') return daysBetween(period.due, asOf);
  return undefined;
}

// ---------------------------------------------------------------- the index

/**
 * Everything the functions below look up, computed once per input in one pass over its
 * plans and reports, then read by key: no function here scans all content per unit or per
 * period. Kept beside the input (a WeakMap), so an input shared by every page of a build
 * (src/components/progress/progress-input.ts) is indexed once per build. Read-only.
 */
interface ProgressIndex {
  unitById: Map<string, Unit>;
  /** This cycle's plans (any status) by unit id. */
  plans: Map<string, Plan>;
  /** This cycle's submitted plans by unit id. */
  submitted: Map<string, Plan>;
  /** Units with a submitted plan, registry order. */
  expected: Unit[];
  /** This cycle's reports by period id, then unit id. */
  reports: Map<string, Map<string, Report>>;
  /** activityLines per period, computed on first use. */
  lines: Map<string, ActivityLine[]>;
  /** periodProgress per `<period>@<asOf>`, computed on first use. */
  progress: Map<string, PeriodProgress>;
}

const indexes = new WeakMap<ProgressInput, ProgressIndex>();

function indexOf(input: ProgressInput): ProgressIndex {
  let index = indexes.get(input);
  if (index !== undefined) return index;
  const cycleId = input.cycle.id;
  const plans = new Map<string, Plan>();
  const submitted = new Map<string, Plan>();
  for (const p of input.plans) {
    if (p.cycle !== cycleId) continue;
    plans.set(p.unit, p);
    if (p.status === 'submitted') submitted.set(p.unit, p);
  }
  const reports = new Map<string, Map<string, Report>>();
  for (const r of input.reports) {
    if (r.cycle !== cycleId) continue;
    let ofPeriod = reports.get(r.period);
    if (ofPeriod === undefined) {
      ofPeriod = new Map();
      reports.set(r.period, ofPeriod);
    }
    ofPeriod.set(r.unit, r);
  }
  index = {
    unitById: new Map(input.units.map((u) => [u.id, u])),
    plans,
    submitted,
    expected: input.units.filter((u) => submitted.has(u.id)),
    reports,
    lines: new Map(),
    progress: new Map(),
  };
  indexes.set(input, index);
  return index;
}

const NO_REPORTS: ReadonlyMap<string, Report> = new Map();

// ---------------------------------------------------------------- lookups

/** The cycle's submitted plans, keyed by unit id (read-only: shared by every caller). */
export function submittedPlansByUnit(input: ProgressInput): ReadonlyMap<string, Plan> {
  return indexOf(input).submitted;
}

/** Units expected to report: a submitted plan in the cycle, in registry order. */
export function expectedUnits(input: ProgressInput): readonly Unit[] {
  return indexOf(input).expected;
}

/** This cycle's reports for one period, keyed by unit id (read-only: shared by every caller). */
export function reportsOf(input: ProgressInput, periodId: string): ReadonlyMap<string, Report> {
  return indexOf(input).reports.get(periodId) ?? NO_REPORTS;
}

export function findPeriod(cycle: Cycle, periodId: string): Period {
  const period = cycle.periods.find((p) => p.id === periodId);
  if (period === undefined) throw new Error(`No period "${periodId}" in cycle ${cycle.id}`);
  return period;
}


// ---------------------------------------------------------------- submissions

export interface SubmissionRow {
  unit: Unit;
  state: SubmissionState;
  report: Report | undefined;
  /** Days after `due`: for a late report (submitted − due) or an overdue one (asOf − due). */
  daysLate: number | undefined;
}

export interface PeriodSubmissions {
  period: Period;
  asOf: string;
  phase: PeriodPhase;
  deadline: DeadlineState;
  expected: number;
  received: number;
  /** One row per expected unit, registry order. */
  rows: SubmissionRow[];
  /** Expected units with no report (overdue or waiting). */
  missing: Unit[];
  /** Missing after `due`. */
  overdue: Unit[];
  /** Reported, but after `due`. */
  late: Unit[];
  /** Reported by `due`, or reported when no deadline is set. */
  inTime: Unit[];
  /** Missing, but not late yet (before `due`, or no deadline set). */
  waiting: Unit[];
  /** Reports from units without a submitted plan: shown apart, counted nowhere. */
  outside: Report[];
  /** The units of `outside`, same order. */
  outsideUnits: Unit[];
}

export function periodSubmissions(input: ProgressInput, periodId: string, asOf: string): PeriodSubmissions {
  const period = findPeriod(input.cycle, periodId);
  const reports = reportsOf(input, periodId);
  const expected = expectedUnits(input);
  const expectedIds = new Set(expected.map((u) => u.id));
  const rows = expected.map((unit): SubmissionRow => {
    const report = reports.get(unit.id);
    const state = submissionState(period, report, asOf);
    return { unit, state, report, daysLate: daysLate(period, state, report, asOf) };
  });
  const pick = (...states: SubmissionState[]) => rows.filter((r) => states.includes(r.state)).map((r) => r.unit);
  const order = new Map(input.units.map((u, i) => [u.id, i]));
  const outside = [...reports.values()].filter((r) => !expectedIds.has(r.unit)).sort((a, b) => (order.get(a.unit) ?? 0) - (order.get(b.unit) ?? 0));
  const { unitById } = indexOf(input);
  return {
    period,
    asOf,
    phase: periodPhase(period, asOf),
    deadline: deadlineState(period, asOf),
    expected: expected.length,
    received: rows.filter((r) => r.report !== undefined).length,
    rows,
    missing: pick('overdue', 'waiting'),
    overdue: pick('overdue'),
    late: pick('late'),
    inTime: pick('on-time', 'received'),
    waiting: pick('waiting'),
    outside,
    outsideUnits: outside.flatMap((r) => unitById.get(r.unit) ?? []),
  };
}

// ---------------------------------------------------------------- activity lines

/** One planned activity of an expected unit, with what the period's report says of it. */
export interface ActivityLine {
  unit: Unit;
  activity: Activity;
  status: StatusKey;
  /** Thousand đồng; 0 when not written. */
  spent: number;
  /** Whether the report wrote a `spent` for it. */
  spentWritten: boolean;
  result: string | undefined;
  /** The activity's budget for the period's year, thousand đồng. */
  planned: number;
  /** Whether the unit's report for the period is in. */
  reported: boolean;
}

/** One unit's planned activities with what its report for a period of `year` says of them. */
function unitLines(unit: Unit, plan: Plan, report: Report | undefined, year: number, into: ActivityLine[] = []): ActivityLine[] {
  const progress = new Map((report?.activities ?? []).map((a) => [a.activity, a]));
  for (const activity of plan.activities ?? []) {
    const p = progress.get(activity.id);
    into.push({
      unit,
      activity,
      status: p?.status ?? 'unreported',
      spent: p?.spent === undefined ? 0 : toThousands(p.spent),
      spentWritten: p?.spent !== undefined,
      result: p?.result,
      planned: activityBudget(activity, year),
      reported: report !== undefined,
    });
  }
  return into;
}

/**
 * Every planned activity of every expected unit, for one period, in registry then plan order.
 * Computed once per input and period (read-only: shared by every caller).
 */
export function activityLines(input: ProgressInput, periodId: string): readonly ActivityLine[] {
  const index = indexOf(input);
  const known = index.lines.get(periodId);
  if (known !== undefined) return known;
  const period = findPeriod(input.cycle, periodId);
  const reports = reportsOf(input, periodId);
  const lines: ActivityLine[] = [];
  for (const unit of index.expected) unitLines(unit, index.submitted.get(unit.id) as Plan, reports.get(unit.id), period.year, lines);
  index.lines.set(periodId, lines);
  return lines;
}

// ---------------------------------------------------------------- statuses

export interface TaskStatusRow {
  taskId: string;
  title: string;
  counts: StatusCounts;
  /** Planned activities of the task (the sum of the counts). */
  total: number;
}

/**
 * Activity statuses by task for one period. Every planned activity of an expected unit is
 * counted once; "chưa báo cáo" when the report does not mention it or there is no report.
 */
export function statusByTask(input: ProgressInput, periodId: string): { rows: TaskStatusRow[]; total: TaskStatusRow } {
  const rows = input.cycle.tasks.map((t): TaskStatusRow => ({ taskId: t.id, title: t.title, counts: emptyCounts(), total: 0 }));
  const byId = new Map(rows.map((r) => [r.taskId, r]));
  const total: TaskStatusRow = { taskId: '', title: 'Tổng cộng', counts: emptyCounts(), total: 0 };
  for (const line of activityLines(input, periodId)) {
    const row = byId.get(line.activity.task);
    for (const r of row ? [row, total] : [total]) {
      r.counts[line.status] += 1;
      r.total += 1;
    }
  }
  return { rows, total };
}

// ---------------------------------------------------------------- money

export interface SpendingRow<K extends string = string> extends Spending {
  key: K;
  label: string;
}

function lineSpending(line: ActivityLine): Spending {
  return { plannedAll: line.planned, planned: line.reported ? line.planned : 0, spent: line.spent };
}

/** Spent vs planned by task, for one period (rows in the cycle's task order). */
export function spendingByTask(input: ProgressInput, periodId: string): { rows: SpendingRow[]; total: Spending } {
  const rows = input.cycle.tasks.map((t): SpendingRow => ({ key: t.id, label: t.title, ...emptySpending() }));
  const byId = new Map(rows.map((r) => [r.key, r]));
  const total = emptySpending();
  for (const line of activityLines(input, periodId)) {
    const s = lineSpending(line);
    const row = byId.get(line.activity.task);
    if (row) addSpending(row, s);
    addSpending(total, s);
  }
  return { rows, total };
}

/** Spent vs planned by unit group (tỉnh, huyện), for one period. */
export function spendingByGroup(input: ProgressInput, periodId: string): { rows: SpendingRow<UnitGroupId>[]; total: Spending } {
  const rows = groupsOfCycle(input.cycle, input.units).map((g): SpendingRow<UnitGroupId> => ({ key: g.id, label: g.label, ...emptySpending() }));
  const byGroup = new Map(rows.map((r) => [r.key, r]));
  const total = emptySpending();
  for (const line of activityLines(input, periodId)) {
    const s = lineSpending(line);
    const row = byGroup.get(line.unit.group);
    if (row) addSpending(row, s);
    addSpending(total, s);
  }
  return { rows, total };
}

export interface UnitSpendingRow extends SpendingRow {
  unit: Unit;
  reported: boolean;
}

/** Spent vs planned for each expected unit, for one period, registry order. */
export function spendingByUnit(input: ProgressInput, periodId: string): UnitSpendingRow[] {
  const rows = new Map<string, UnitSpendingRow>();
  for (const unit of expectedUnits(input)) rows.set(unit.id, { key: unit.id, label: unit.name, unit, reported: false, ...emptySpending() });
  for (const line of activityLines(input, periodId)) {
    const row = rows.get(line.unit.id);
    if (!row) continue;
    row.reported = line.reported;
    addSpending(row, lineSpending(line));
  }
  const reports = reportsOf(input, periodId);
  for (const row of rows.values()) row.reported = reports.has(row.key);
  return [...rows.values()];
}

// ---------------------------------------------------------------- per year

/** Periods of one year, earliest end first. */
export function periodsOfYear(cycle: Cycle, year: number): Period[] {
  return cycle.periods.filter((p) => p.year === year).sort((a, b) => a.to.localeCompare(b.to));
}

/**
 * The report that speaks for a unit's whole year: of its reports for periods of that year,
 * the one whose period ends last (a full-year report supersedes the half-year one).
 */
export function latestReportOfYear(input: ProgressInput, unitId: string, year: number, filter: (r: Report) => boolean = () => true): Report | undefined {
  let best: { report: Report; to: string } | undefined;
  for (const period of periodsOfYear(input.cycle, year)) {
    const report = reportsOf(input, period.id).get(unitId);
    if (report && filter(report) && (best === undefined || period.to >= best.to)) best = { report, to: period.to };
  }
  return best?.report;
}

export interface YearSpending extends Spending {
  year: number;
  /** Expected units whose latest report of the year is the given period's. */
  byPeriod: { period: Period; units: number }[];
  /** Expected units with no report at all for the year. */
  unreported: number;
}

/** Spent vs planned for one year: each unit's latest report of the year, never a sum of them. */
export function spendingOfYear(input: ProgressInput, year: number): YearSpending {
  const plans = submittedPlansByUnit(input);
  const periods = periodsOfYear(input.cycle, year);
  const byPeriod = periods.map((period) => ({ period, units: 0 }));
  const slots = new Map(byPeriod.map((b) => [b.period.id, b]));
  const out: YearSpending = { year, ...emptySpending(), byPeriod, unreported: 0 };
  for (const unit of expectedUnits(input)) {
    const plan = plans.get(unit.id);
    const report = latestReportOfYear(input, unit.id, year);
    const progress = new Map((report?.activities ?? []).map((a) => [a.activity, a]));
    for (const activity of plan?.activities ?? []) {
      const planned = activityBudget(activity, year);
      const spent = progress.get(activity.id)?.spent;
      addSpending(out, { plannedAll: planned, planned: report ? planned : 0, spent: spent === undefined ? 0 : toThousands(spent) });
    }
    if (report === undefined) out.unreported += 1;
    else {
      const slot = slots.get(report.period);
      if (slot) slot.units += 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------- Action Month

export interface ActionMonthRow {
  unit: Unit;
  periodId: string;
  events: number;
  participants: number;
}

export interface ActionMonthYear {
  year: number;
  events: number;
  participants: number;
  rows: ActionMonthRow[];
}

/**
 * Action Month results per year of the cycle: per expected unit, the latest report of the
 * year that gives them (a later report supersedes, figures are never added across periods).
 */
export function actionMonthByYear(input: ProgressInput): ActionMonthYear[] {
  const units = expectedUnits(input);
  return input.cycle.years.map((year) => {
    const rows: ActionMonthRow[] = [];
    for (const unit of units) {
      const report = latestReportOfYear(input, unit.id, year, (r) => r.action_month !== undefined);
      if (report?.action_month) rows.push({ unit, periodId: report.period, ...report.action_month });
    }
    return {
      year,
      events: rows.reduce((n, r) => n + r.events, 0),
      participants: rows.reduce((n, r) => n + r.participants, 0),
      rows,
    };
  });
}

// ---------------------------------------------------------------- difficulties, proposals

export interface DigestRow {
  unit: Unit;
  submittedOn: string;
  difficulties: string | undefined;
  proposals: string | undefined;
}

/** Difficulties and proposals of one period, by unit (registry order), for the standing agency. */
export function digestOf(input: ProgressInput, periodId: string): DigestRow[] {
  const reports = reportsOf(input, periodId);
  const rows: DigestRow[] = [];
  for (const unit of expectedUnits(input)) {
    const r = reports.get(unit.id);
    if (r === undefined || (r.difficulties === undefined && r.proposals === undefined)) continue;
    rows.push({ unit, submittedOn: r.submitted_on, difficulties: r.difficulties, proposals: r.proposals });
  }
  return rows;
}

// ---------------------------------------------------------------- one period, one unit

export interface PeriodProgress {
  submissions: PeriodSubmissions;
  status: ReturnType<typeof statusByTask>;
  byTask: ReturnType<typeof spendingByTask>;
  byGroup: ReturnType<typeof spendingByGroup>;
  byUnit: UnitSpendingRow[];
  digest: DigestRow[];
}

/** Everything /tien-do/ shows for one period (computed once per input, period and date; read-only). */
export function periodProgress(input: ProgressInput, periodId: string, asOf: string): PeriodProgress {
  const memo = indexOf(input).progress;
  const key = `${periodId}@${asOf}`;
  let out = memo.get(key);
  if (out === undefined) {
    out = {
      submissions: periodSubmissions(input, periodId, asOf),
      status: statusByTask(input, periodId),
      byTask: spendingByTask(input, periodId),
      byGroup: spendingByGroup(input, periodId),
      byUnit: spendingByUnit(input, periodId),
      digest: digestOf(input, periodId),
    };
    memo.set(key, out);
  }
  return out;
}

export interface TimelinePeriod {
  period: Period;
  state: TimelineState;
  daysLate: number | undefined;
  phase: PeriodPhase;
  deadline: DeadlineState;
  report: Report | undefined;
  /** The plan's activities with their status in this period (empty without a plan). */
  lines: ActivityLine[];
  spending: Spending;
  counts: StatusCounts;
}

export interface UnitTimeline {
  unit: Unit;
  plan: Plan | undefined;
  /** Whether the unit is expected to report (its plan is submitted). */
  expected: boolean;
  periods: TimelinePeriod[];
}

/** One unit's plan, then each period of the cycle with its report or its absence. */
export function unitTimeline(input: ProgressInput, unitId: string, asOf: string): UnitTimeline | undefined {
  const index = indexOf(input);
  const unit = index.unitById.get(unitId);
  if (unit === undefined) return undefined;
  const plan = index.plans.get(unitId);
  const expected = plan?.status === 'submitted';
  const periods = input.cycle.periods.map((period): TimelinePeriod => {
    const report = reportsOf(input, period.id).get(unitId);
    // A draft plan's unit may still have sent a report: show it against that plan.
    const lines = plan ? unitLines(unit, plan, report, period.year) : [];
    const spending = emptySpending();
    const counts = emptyCounts();
    for (const line of lines) {
      addSpending(spending, lineSpending(line));
      counts[line.status] += 1;
    }
    const state = expected || report !== undefined ? submissionState(period, report, asOf) : 'not-expected';
    return { period, state, daysLate: daysLate(period, state, report, asOf), phase: periodPhase(period, asOf), deadline: deadlineState(period, asOf), report, lines, spending, counts };
  });
  return { unit, plan, expected, periods };
}

/**
 * The period /tien-do/ opens on: the last to end among those that have ended by `asOf` or
 * already have a report; before any of them, the first period.
 */
export function focusPeriod(input: ProgressInput, asOf: string): Period | undefined {
  assertDate(asOf);
  const periods = [...input.cycle.periods].sort((a, b) => a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
  const reports = indexOf(input).reports;
  const reported = new Set([...reports.keys()].filter((id) => (reports.get(id)?.size ?? 0) > 0));
  return periods.filter((p) => p.to < asOf || reported.has(p.id)).at(-1) ?? periods[0];
}

// Aggregation of plans: plain data in, plain data out (no Astro), so Vitest can check every
// figure by hand. Only SUBMITTED plans count in figures; drafts only show as a status.
// Money is summed in whole thousands of đồng (toThousands), never as float millions.
import type { Cycle, Task } from '../../schemas/cycle.ts';
import { FUNDING_SOURCES, type FundingSourceId } from '../../schemas/funding-source.ts';
import { type Activity, PLAN_STATUSES, type Plan } from '../../schemas/plan.ts';
import type { Unit } from '../../schemas/unit.ts';
import { groupsOfCycle } from './cycles.ts';
import { sumThousands, toThousands } from './money.ts';

type PlanStatusId = (typeof PLAN_STATUSES)[number]['id'];

/** What the aggregation needs of a plan entry (src/content.ts PlanEntry fits). */
export interface PlanLike {
  unit: string;
  data: Plan;
}

/** A unit's plan as the site shows it: the schema's statuses, or no plan at all. */
export type PlanStatus = PlanStatusId | 'missing';

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  ...(Object.fromEntries(PLAN_STATUSES.map((s) => [s.id, s.label])) as Record<PlanStatusId, string>),
  missing: 'Chưa nộp',
};

export function isSubmitted(plan: PlanLike): boolean {
  return plan.data.status === 'submitted';
}

/** The submitted plans of one cycle, in the order given. */
export function submittedPlans<P extends PlanLike>(plans: readonly P[], cycle?: string): P[] {
  return plans.filter((p) => isSubmitted(p) && (cycle === undefined || p.data.cycle === cycle));
}

export interface UnitStatus<P extends PlanLike = PlanLike> {
  unit: Unit;
  status: PlanStatus;
  plan: P | undefined;
}

/** Every unit of the registry (registry order) with the status of its plan in the cycle. */
export function planStatuses<P extends PlanLike>(units: readonly Unit[], plans: readonly P[], cycle: string): UnitStatus<P>[] {
  const byUnit = new Map(plans.filter((p) => p.data.cycle === cycle).map((p) => [p.unit, p]));
  return units.map((unit) => {
    const plan = byUnit.get(unit.id);
    const status: PlanStatus = plan === undefined ? 'missing' : plan.data.status === 'submitted' ? 'submitted' : 'draft';
    return { unit, status, plan };
  });
}

export function statusCounts(statuses: readonly UnitStatus[]): Record<PlanStatus, number> & { total: number } {
  const counts = { submitted: 0, draft: 0, missing: 0, total: statuses.length };
  for (const s of statuses) counts[s.status]++;
  return counts;
}

/** Units whose plan is not submitted (missing or still a draft), registry order. */
export function unitsNotSubmitted(statuses: readonly UnitStatus[]): UnitStatus[] {
  return statuses.filter((s) => s.status !== 'submitted');
}

/**
 * A table of money by row × year, in thousands of đồng. `values[r][y]` is row r in
 * years[y]; totals are sums of the same integers, so every total adds up exactly.
 */
export interface YearTable {
  rows: { id: string; label: string }[];
  years: number[];
  values: number[][];
  rowTotals: number[];
  yearTotals: number[];
  total: number;
}

function yearTable(rows: { id: string; label: string }[], years: readonly number[], lines: Iterable<{ row: string; year: number; thousands: number }>): YearTable {
  const rowIndex = new Map(rows.map((r, i) => [r.id, i]));
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const values = rows.map(() => years.map(() => 0));
  for (const line of lines) {
    const r = rowIndex.get(line.row);
    const y = yearIndex.get(line.year);
    if (r === undefined || y === undefined) continue;
    (values[r] as number[])[y] = ((values[r] as number[])[y] as number) + line.thousands;
  }
  const rowTotals = values.map((row) => row.reduce((a, b) => a + b, 0));
  const yearTotals = years.map((_, y) => values.reduce((a, row) => a + (row[y] as number), 0));
  return { rows, years: [...years], values, rowTotals, yearTotals, total: rowTotals.reduce((a, b) => a + b, 0) };
}

/** Every budget line of the submitted plans, with its unit, activity and amount in thousands. */
export function budgetLines(plans: readonly PlanLike[]): { unit: string; activity: Activity; year: number; source: FundingSourceId; thousands: number }[] {
  return submittedPlans(plans).flatMap((p) =>
    (p.data.activities ?? []).flatMap((activity) =>
      (activity.budget ?? []).map((b) => ({ unit: p.unit, activity, year: b.year, source: b.source, thousands: toThousands(b.amount) })),
    ),
  );
}

const taskRows = (cycle: Cycle) => cycle.tasks.map((t) => ({ id: t.id, label: t.title }));
const sourceRows = () => FUNDING_SOURCES.map((s) => ({ id: s.id, label: s.label }));
const groupRows = (cycle: Cycle, units: readonly Unit[]) => groupsOfCycle(cycle, units).map((g) => ({ id: g.id, label: g.label }));

export function budgetByTaskYear(cycle: Cycle, plans: readonly PlanLike[]): YearTable {
  const lines = budgetLines(submittedPlans(plans, cycle.id)).map((l) => ({ row: l.activity.task, year: l.year, thousands: l.thousands }));
  return yearTable(taskRows(cycle), cycle.years, lines);
}

export function budgetBySourceYear(cycle: Cycle, plans: readonly PlanLike[]): YearTable {
  const lines = budgetLines(submittedPlans(plans, cycle.id)).map((l) => ({ row: l.source, year: l.year, thousands: l.thousands }));
  return yearTable(sourceRows(), cycle.years, lines);
}

export function budgetByGroupYear(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[]): YearTable {
  const groupOf = new Map(units.map((u) => [u.id, u.group as string]));
  const lines = budgetLines(submittedPlans(plans, cycle.id)).map((l) => ({ row: groupOf.get(l.unit) ?? '', year: l.year, thousands: l.thousands }));
  return yearTable(groupRows(cycle, units), cycle.years, lines);
}

/** One plan's budget by funding source × year (whatever its status: it is that unit's page). */
export function planBudgetBySourceYear(cycle: Cycle, plan: Plan): YearTable {
  const lines = (plan.activities ?? []).flatMap((a) => (a.budget ?? []).map((b) => ({ row: b.source, year: b.year, thousands: toThousands(b.amount) })));
  return yearTable(sourceRows(), cycle.years, lines);
}

/** One activity's budget in thousands: every line, or one year's lines (all sources). */
export function activityBudget(activity: Activity, year?: number): number {
  return sumThousands((activity.budget ?? []).filter((b) => year === undefined || b.year === year).map((b) => toThousands(b.amount)));
}


/** A plan's activities grouped by task, in the cycle's task order; tasks without any are kept (empty). */
export function activitiesByTask(cycle: Cycle, plan: Plan): { task: Task; activities: Activity[] }[] {
  const activities = plan.activities ?? [];
  return cycle.tasks.map((task) => ({ task, activities: activities.filter((a) => a.task === task.id) }));
}

/** Per task: activities planned and units planning at least one, over submitted plans. */
export function activitiesPerTask(cycle: Cycle, plans: readonly PlanLike[]): { task: Task; activities: number; units: number }[] {
  const submitted = submittedPlans(plans, cycle.id);
  return cycle.tasks.map((task) => {
    let activities = 0;
    let units = 0;
    for (const p of submitted) {
      const n = (p.data.activities ?? []).filter((a) => a.task === task.id).length;
      activities += n;
      if (n > 0) units++;
    }
    return { task, activities, units };
  });
}

export interface Coverage {
  tasks: Task[];
  /** One row per submitted plan, registry order: which tasks it plans something for. */
  rows: { unit: Unit; covered: boolean[]; missing: number }[];
  /** Tasks that no submitted plan covers. */
  uncovered: Task[];
}

export function coverage(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[]): Coverage {
  const byUnit = new Map(submittedPlans(plans, cycle.id).map((p) => [p.unit, p]));
  const rows = units.flatMap((unit) => {
    const plan = byUnit.get(unit.id);
    if (!plan) return [];
    const tasksOf = new Set((plan.data.activities ?? []).map((a) => a.task));
    const covered = cycle.tasks.map((t) => tasksOf.has(t.id));
    return [{ unit, covered, missing: covered.filter((c) => !c).length }];
  });
  const uncovered = cycle.tasks.filter((_, i) => !rows.some((r) => r.covered[i]));
  return { tasks: cycle.tasks, rows, uncovered };
}

export interface ActionMonthItem {
  unit: Unit;
  activity: Activity;
  /** The cycle's years in which the activity has budget; every year when it has none. */
  years: number[];
  /** Budget of the activity in each of the cycle's years (thousands), aligned with cycle.years. */
  byYear: number[];
  thousands: number;
}

/** Every Action Month activity of the submitted plans, registry order then plan order. */
export function actionMonthActivities(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[]): ActionMonthItem[] {
  const byUnit = new Map(submittedPlans(plans, cycle.id).map((p) => [p.unit, p]));
  return units.flatMap((unit) => {
    const plan = byUnit.get(unit.id);
    if (!plan) return [];
    return (plan.data.activities ?? [])
      .filter((a) => a.action_month)
      .map((activity) => {
        const budgetYears = new Set((activity.budget ?? []).map((b) => b.year));
        const years = budgetYears.size === 0 ? [...cycle.years] : cycle.years.filter((y) => budgetYears.has(y));
        const byYear = cycle.years.map((y) => activityBudget(activity, y));
        return { unit, activity, years, byYear, thousands: activityBudget(activity) };
      });
  });
}

/** Headline figures for the home page, over submitted plans of the cycle. */
export function keyFigures(cycle: Cycle, units: readonly Unit[], plans: readonly PlanLike[]) {
  const statuses = planStatuses(units, plans, cycle.id);
  const counts = statusCounts(statuses);
  const submitted = submittedPlans(plans, cycle.id);
  const activities = submitted.reduce((n, p) => n + (p.data.activities ?? []).length, 0);
  const actionMonth = submitted.reduce((n, p) => n + (p.data.activities ?? []).filter((a) => a.action_month).length, 0);
  const total = budgetByTaskYear(cycle, plans).total;
  return { ...counts, activities, actionMonth, totalThousands: total };
}

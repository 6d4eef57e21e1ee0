// From a plan or report that failed its schema, keep the references that are well-formed,
// in their places (list positions stay as in the file), so that the cross-file rules can
// still name a wrong task, year, unit or activity in the same run.
import type { PlanRefs, ReportRefs } from './cross-check.ts';

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const whole = (v: unknown): number | undefined => (Number.isInteger(v) ? (v as number) : undefined);
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function salvagePlan(raw: unknown): PlanRefs {
  const plan = record(raw);
  return {
    unit: text(plan['unit']),
    cycle: text(plan['cycle']),
    activities: list(plan['activities']).map((a) => {
      const activity = record(a);
      return { task: text(activity['task']), budget: list(activity['budget']).map((b) => ({ year: whole(record(b)['year']) })) };
    }),
  };
}

export function salvageReport(raw: unknown): ReportRefs {
  const report = record(raw);
  return {
    unit: text(report['unit']),
    cycle: text(report['cycle']),
    period: text(report['period']),
    activities: list(report['activities']).map((a) => ({ activity: text(record(a)['activity']) })),
  };
}

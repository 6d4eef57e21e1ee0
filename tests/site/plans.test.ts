// Aggregation by hand: every expected number below is worked out from tests/site/fixture.ts.
import { describe, expect, it } from 'vitest';
import {
  actionMonthActivities,
  activitiesByTask,
  activitiesPerTask,
  budgetByGroupYear,
  budgetBySourceYear,
  budgetByTaskYear,
  coverage,
  keyFigures,
  planBudgetBySourceYear,
  planStatuses,
  statusCounts,
  unitsNotSubmitted,
} from '../../src/lib/plans.ts';
import { cycle, draftPlan, plans, soAPlan, units } from './fixture.ts';

const row = (t: ReturnType<typeof budgetByTaskYear>, id: string) => {
  const i = t.rows.findIndex((r) => r.id === id);
  return { values: t.values[i], total: t.rowTotals[i] };
};

describe('plan status', () => {
  it('gives each registry unit submitted, draft or missing (another cycle does not count)', () => {
    const s = planStatuses(units, plans, cycle.id);
    expect(s.map((x) => [x.unit.id, x.status])).toEqual([
      ['so-a', 'submitted'],
      ['huyen-b', 'submitted'],
      ['huyen-c', 'draft'],
      ['so-d', 'missing'],
    ]);
    expect(statusCounts(s)).toEqual({ submitted: 2, draft: 1, missing: 1, total: 4 });
    expect(unitsNotSubmitted(s).map((x) => x.unit.id)).toEqual(['huyen-c', 'so-d']);
  });
});

describe('budget tables, in thousands of đồng', () => {
  it('by task × year: 45.5 + 10.001 in 2021; 0.1 + 0.2 + 20 + 1.999 in 2022; the draft is left out', () => {
    const t = budgetByTaskYear(cycle, plans);
    expect(t.years).toEqual([2021, 2022]);
    expect(row(t, 'truyen-thong')).toEqual({ values: [55501, 22299], total: 77800 });
    expect(row(t, 'lanh-dao')).toEqual({ values: [0, 0], total: 0 });
    expect(row(t, 'bao-cao')).toEqual({ values: [0, 0], total: 0 });
    expect(t.yearTotals).toEqual([55501, 22299]);
    expect(t.total).toBe(77800);
  });

  it('sums 0.1 + 0.2 exactly (300 thousand, not 300.00000000000006)', () => {
    const t = budgetBySourceYear(cycle, plans);
    expect(row(t, 'ngan-sach-don-vi')).toEqual({ values: [45500, 100], total: 45600 });
    expect(row(t, 'xa-hoi-hoa')).toEqual({ values: [0, 200], total: 200 });
    expect(row(t, 'ngan-sach-dia-phuong')).toEqual({ values: [10001, 20000], total: 30001 });
    expect(row(t, 'vien-tro')).toEqual({ values: [0, 1999], total: 1999 });
    expect(row(t, 'khac')).toEqual({ values: [0, 0], total: 0 });
    expect(t.rows).toHaveLength(6);
    expect(t.total).toBe(77800);
  });

  it('by unit group × year', () => {
    const t = budgetByGroupYear(cycle, units, plans);
    expect(row(t, 'tinh')).toEqual({ values: [45500, 300], total: 45800 });
    expect(row(t, 'huyen')).toEqual({ values: [10001, 21999], total: 32000 });
    expect(t.total).toBe(77800);
  });

  it("one plan's own table counts it whatever its status (the unit's page)", () => {
    const t = planBudgetBySourceYear(cycle, draftPlan);
    expect(row(t, 'khac')).toEqual({ values: [1000000, 0], total: 1000000 });
  });
});

describe('activities and coverage', () => {
  it('counts activities and units per task over submitted plans', () => {
    expect(activitiesPerTask(cycle, plans).map((x) => [x.task.id, x.activities, x.units])).toEqual([
      ['truyen-thong', 3, 2],
      ['lanh-dao', 1, 1],
      ['bao-cao', 0, 0],
    ]);
  });

  it('marks which unit plans nothing for which task, and the task nobody covers', () => {
    const c = coverage(cycle, units, plans);
    expect(c.rows.map((r) => [r.unit.id, r.covered, r.missing])).toEqual([
      ['so-a', [true, true, false], 1],
      ['huyen-b', [true, false, false], 2],
    ]);
    expect(c.uncovered.map((t) => t.id)).toEqual(['bao-cao']);
  });

  it('groups one plan by task in cycle order, keeping empty tasks', () => {
    expect(activitiesByTask(cycle, soAPlan).map((g) => [g.task.id, g.activities.map((a) => a.id)])).toEqual([
      ['truyen-thong', ['a1']],
      ['lanh-dao', ['a2']],
      ['bao-cao', []],
    ]);
  });

  it('lists Action Month activities with the years they have money in', () => {
    expect(actionMonthActivities(cycle, units, plans).map((i) => [i.unit.id, i.activity.id, i.years, i.byYear, i.thousands])).toEqual([
      ['so-a', 'a1', [2021, 2022], [45500, 300], 45800],
      ['huyen-b', 'b2', [2022], [0, 1999], 1999],
    ]);
  });

  it('gives the home page figures', () => {
    expect(keyFigures(cycle, units, plans)).toEqual({ submitted: 2, draft: 1, missing: 1, total: 4, activities: 4, actionMonth: 2, totalThousands: 77800 });
  });

  it('gives zero everywhere when nothing is submitted', () => {
    const drafts = plans.filter((p) => p.data.status === 'draft');
    expect(budgetByTaskYear(cycle, drafts).total).toBe(0);
    expect(coverage(cycle, units, drafts).rows).toEqual([]);
    expect(coverage(cycle, units, drafts).uncovered).toHaveLength(3);
    expect(keyFigures(cycle, units, []).submitted).toBe(0);
  });
});

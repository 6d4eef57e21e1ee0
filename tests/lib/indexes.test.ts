// The indexes behind the pages (issue 12): each gives what the scan it replaced gave, and an
// index never leaks from one input to another.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../schemas/report.ts';
import type { Unit } from '../../schemas/unit.ts';
import { predecessorsOf, registryLinks, successorsOf } from '../../src/lib/cycles.ts';
import { activityLines, expectedUnits, latestReportOfYear, periodProgress, reportsOf, unitTimeline, type ProgressInput } from '../../src/lib/progress.ts';
import { cycle, input, reports } from '../progress/fixture.ts';

const unit = (id: string, more: Partial<Unit> = {}): Unit => ({ id, name: id, group: 'huyen', kind: 'huyen', ...more });

describe('registryLinks: successors and predecessors of every unit in one pass', () => {
  const units = [
    unit('huyen-a', { merged_into: 'huyen-c', valid_until: '2025-06-30' }),
    unit('huyen-b', { successors: ['xa-1', 'xa-2'], valid_until: '2025-06-30' }),
    unit('huyen-c'),
    // Both fields name xa-1: listed once among xa-1's predecessors, as predecessorsOf does.
    unit('huyen-d', { merged_into: 'xa-1', successors: ['xa-1', 'khong-co'], valid_until: '2025-06-30' }),
    unit('xa-1', { group: 'xa', kind: 'xa', valid_from: '2025-07-01' }),
    unit('xa-2', { group: 'xa', kind: 'xa', valid_from: '2025-07-01' }),
  ];
  const links = registryLinks(units);

  it('gives every unit the lists successorsOf and predecessorsOf give, in the same order', () => {
    for (const u of units) {
      expect(links.successors.get(u.id) ?? []).toEqual(successorsOf(u, units));
      expect(links.predecessors.get(u.id) ?? []).toEqual(predecessorsOf(u, units));
    }
    expect((links.predecessors.get('xa-1') ?? []).map((u) => u.id)).toEqual(['huyen-b', 'huyen-d']);
    expect((links.successors.get('huyen-d') ?? []).map((u) => u.id)).toEqual(['xa-1', 'xa-1']);
  });
});

describe('the progress index', () => {
  const other: Report = { unit: 'huyen-e', cycle: '2026-2030', period: '2021-6-thang', submitted_on: '2021-07-01' };

  it('reads reports by period and unit, only of the input’s cycle', () => {
    const i: ProgressInput = { ...input, reports: [...reports, other] };
    expect([...reportsOf(i, '2021-6-thang').keys()]).toEqual(['so-a', 'so-b', 'huyen-d']);
    expect(reportsOf(i, 'khong-co').size).toBe(0);
    expect(latestReportOfYear(i, 'so-a', 2021)?.period).toBe('2021-nam');
    expect(latestReportOfYear(i, 'huyen-e', 2021)).toBeUndefined();
  });

  it('computes each period once per input, and a new input gets its own index', () => {
    const first: ProgressInput = { ...input };
    expect(activityLines(first, '2021-6-thang')).toBe(activityLines(first, '2021-6-thang'));
    expect(periodProgress(first, '2021-6-thang', '2021-08-01')).toBe(periodProgress(first, '2021-6-thang', '2021-08-01'));
    const received = (i: ProgressInput) => periodProgress(i, '2021-6-thang', '2021-08-01').submissions.received;
    const second: ProgressInput = { ...input, reports: reports.filter((r) => r.unit !== 'so-b') };
    expect(received(first)).toBe(2);
    expect(received(second)).toBe(1);
    expect(expectedUnits(first)).not.toBe(expectedUnits(second));
  });

  it('shows a draft plan’s unit its report against that plan, as before the index', () => {
    const t = unitTimeline(input, 'huyen-d', '2021-08-01');
    expect(t?.expected).toBe(false);
    const half = t?.periods[0];
    expect(half?.report?.unit).toBe('huyen-d');
    expect(half?.lines.map((l) => [l.activity.id, l.status, l.spent])).toEqual([['d1', 'done', 50000]]);
    expect(t?.periods.length).toBe(cycle.periods.length);
    expect(unitTimeline(input, 'khong-co', '2021-08-01')).toBeUndefined();
  });
});

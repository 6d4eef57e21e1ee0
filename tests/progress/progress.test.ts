// Aggregation of reports: every expectation is computed by hand from tests/progress/fixture.ts.
import { describe, expect, it } from 'vitest';
import {
  actionMonthByYear,
  daysBetween,
  deadlineState,
  digestOf,
  expectedUnits,
  findPeriod,
  focusPeriod,
  latestReportOfYear,
  periodPhase,
  periodSubmissions,
  spendingByGroup,
  spendingByTask,
  spendingByUnit,
  spendingOfYear,
  STATUS_KEYS,
  STATUS_LABELS,
  statusByTask,
  unitTimeline,
} from '../../src/lib/progress.ts';
import { ACTIVITY_STATUSES } from '../../schemas/report.ts';
import { cycle, input } from './fixture.ts';

const ids = (units: readonly { id: string }[]) => units.map((u) => u.id);

// The form lists the statuses in the schema's order (not started → done); the tally reads
// from the finished end. The order is the tally's own; the statuses and labels are the schema's.
describe('the tally of statuses', () => {
  it('has every status of the schema once, with its label, then "unreported"', () => {
    expect([...STATUS_KEYS].sort()).toEqual([...ACTIVITY_STATUSES.map((s) => s.id), 'unreported'].sort());
    expect(STATUS_KEYS.at(-1)).toBe('unreported');
    for (const s of ACTIVITY_STATUSES) expect(STATUS_LABELS[s.id]).toBe(s.label);
    expect(STATUS_KEYS.map((k) => STATUS_LABELS[k])).toEqual(['Đã hoàn thành', 'Đang triển khai', 'Chưa triển khai', 'Không thực hiện', 'Chưa báo cáo']);
  });
});
const h1 = findPeriod(cycle, '2021-6-thang');

describe('expected units', () => {
  it('are the units with a submitted plan, in registry order (draft and no plan are not expected)', () => {
    expect(ids(expectedUnits(input))).toEqual(['so-a', 'so-b', 'huyen-c']);
  });
});

describe('dates', () => {
  it('counts whole days across month ends', () => {
    expect(daysBetween('2021-07-15', '2021-08-01')).toBe(17);
    expect(daysBetween('2021-07-15', '2021-07-15')).toBe(0);
    expect(daysBetween('2021-07-20', '2021-07-15')).toBe(-5);
  });
  it('puts a period before, during and after its dates', () => {
    expect(periodPhase(h1, '2020-12-31')).toBe('upcoming');
    expect(periodPhase(h1, '2021-01-01')).toBe('running');
    expect(periodPhase(h1, '2021-06-30')).toBe('running');
    expect(periodPhase(h1, '2021-07-01')).toBe('ended');
  });
  it('is not overdue on the due date itself, overdue the day after, never when due is null', () => {
    expect(deadlineState(h1, '2021-07-15')).toBe('not-due');
    expect(deadlineState(h1, '2021-07-16')).toBe('past-due');
    expect(deadlineState(findPeriod(cycle, '2022-6-thang'), '2030-01-01')).toBe('not-set');
  });
  it('refuses an as-of date that is not YYYY-MM-DD', () => {
    expect(() => periodPhase(h1, '01/08/2021')).toThrow(/YYYY-MM-DD/);
  });
});

describe('who has reported, who is late', () => {
  it('past the due date: on time, late by 5 days, missing and overdue by 17 days', () => {
    const s = periodSubmissions(input, '2021-6-thang', '2021-08-01');
    expect(s.phase).toBe('ended');
    expect(s.deadline).toBe('past-due');
    expect([s.received, s.expected]).toEqual([2, 3]);
    expect(s.rows.map((r) => [r.unit.id, r.state, r.daysLate])).toEqual([
      ['so-a', 'on-time', undefined],
      ['so-b', 'late', 5],
      ['huyen-c', 'overdue', 17],
    ]);
    expect(ids(s.missing)).toEqual(['huyen-c']);
    expect(ids(s.overdue)).toEqual(['huyen-c']);
    expect(ids(s.late)).toEqual(['so-b']);
    expect(ids(s.inTime)).toEqual(['so-a']);
    expect(s.waiting).toEqual([]);
    // The draft-plan unit's report is shown apart, not counted as received.
    expect(s.outside.map((r) => r.unit)).toEqual(['huyen-d']);
    expect(ids(s.outsideUnits)).toEqual(['huyen-d']);
  });

  it('before the due date a missing report is waiting, not overdue', () => {
    const s = periodSubmissions(input, '2021-6-thang', '2021-07-12');
    expect(s.deadline).toBe('not-due');
    expect(ids(s.missing)).toEqual(['huyen-c']);
    expect(s.overdue).toEqual([]);
    expect(ids(s.waiting)).toEqual(['huyen-c']);
    expect(s.rows.find((r) => r.unit.id === 'huyen-c')?.state).toBe('waiting');
  });

  it('a period not yet due (ended, due in the future): nobody is overdue', () => {
    const s = periodSubmissions(input, '2022-nam', '2023-01-05');
    expect([s.phase, s.deadline]).toEqual(['ended', 'not-due']);
    expect([s.received, s.expected]).toEqual([0, 3]);
    expect(ids(s.missing)).toEqual(['so-a', 'so-b', 'huyen-c']);
    expect(s.overdue).toEqual([]);
    // The day after the due date all three are overdue by 1 day.
    const later = periodSubmissions(input, '2022-nam', '2023-01-16');
    expect(later.rows.map((r) => [r.state, r.daysLate])).toEqual([['overdue', 1], ['overdue', 1], ['overdue', 1]]);
  });

  it('a period whose due date is not set: missing reports are never overdue', () => {
    const s = periodSubmissions(input, '2022-6-thang', '2030-12-31');
    expect(s.deadline).toBe('not-set');
    expect(s.rows.map((r) => r.state)).toEqual(['waiting', 'waiting', 'waiting']);
    expect(s.overdue).toEqual([]);
    expect(s.late).toEqual([]);
  });

  it('a period not started yet', () => {
    expect(periodSubmissions(input, '2022-6-thang', '2021-12-01').phase).toBe('upcoming');
  });

  it('an unknown period is a programming error', () => {
    expect(() => periodSubmissions(input, '2099-nam', '2021-01-01')).toThrow(/2099-nam/);
  });
});

describe('activity status by task', () => {
  it('counts every planned activity once, absent ones as "chưa báo cáo", including a unit with no report', () => {
    const { rows, total } = statusByTask(input, '2021-6-thang');
    // truyen-thong: a1 in-progress, a3 absent, b2 cancelled, c1 (no report) → 4
    expect(rows[0]).toEqual({ taskId: 'truyen-thong', title: 'Truyền thông', total: 4, counts: { done: 0, 'in-progress': 1, 'not-started': 0, cancelled: 1, unreported: 2 } });
    // lanh-dao: a2 done, b1 in-progress
    expect(rows[1]).toEqual({ taskId: 'lanh-dao', title: 'Lãnh đạo', total: 2, counts: { done: 1, 'in-progress': 1, 'not-started': 0, cancelled: 0, unreported: 0 } });
    expect(total.counts).toEqual({ done: 1, 'in-progress': 2, 'not-started': 0, cancelled: 1, unreported: 2 });
    expect(total.total).toBe(6);
  });
  it('the annual period: a cancelled activity, a unit that did not report', () => {
    const { total } = statusByTask(input, '2021-nam');
    // a1 done, a2 done, a3 cancelled, c1 done; b1, b2 (no report) unreported
    expect(total.counts).toEqual({ done: 3, 'in-progress': 0, 'not-started': 0, cancelled: 1, unreported: 2 });
  });
});

describe('money spent vs planned (whole thousand đồng)', () => {
  it('by task: planned = the year 2021 budget, of all expected units and of those that reported', () => {
    const { rows, total } = spendingByTask(input, '2021-6-thang');
    // truyen-thong: a1 12.5 + a3 5 + b2 0.3 + c1 7 = 24.8; without huyen-c (no report) 17.8; spent a1 4.2
    expect(rows[0]).toMatchObject({ key: 'truyen-thong', plannedAll: 24_800, planned: 17_800, spent: 4_200 });
    // lanh-dao: b1 100.001; spent 30.125
    expect(rows[1]).toMatchObject({ key: 'lanh-dao', plannedAll: 100_001, planned: 100_001, spent: 30_125 });
    expect(total).toEqual({ plannedAll: 124_801, planned: 117_801, spent: 34_325 });
  });
  it('by unit group', () => {
    const { rows } = spendingByGroup(input, '2021-6-thang');
    expect(rows).toEqual([
      { key: 'tinh', label: 'Sở, ban, ngành, đoàn thể cấp tỉnh', plannedAll: 117_801, planned: 117_801, spent: 34_325 },
      { key: 'huyen', label: 'UBND huyện, thị xã, thành phố', plannedAll: 7_000, planned: 0, spent: 0 },
    ]);
  });
  it('by unit, with the unit that did not report at zero planned base', () => {
    expect(spendingByUnit(input, '2021-6-thang').map((r) => [r.key, r.reported, r.plannedAll, r.planned, r.spent])).toEqual([
      ['so-a', true, 17_500, 17_500, 4_200],
      ['so-b', true, 100_301, 100_301, 30_125],
      ['huyen-c', false, 7_000, 0, 0],
    ]);
  });
  it('a cancelled activity keeps its planned budget (the rate shows it was not spent)', () => {
    const a = spendingByUnit(input, '2021-nam').find((r) => r.key === 'so-a');
    expect(a).toMatchObject({ plannedAll: 17_500, planned: 17_500, spent: 12_500 });
  });
  it('the year: a full-year report supersedes the half-year one, never added to it', () => {
    expect(latestReportOfYear(input, 'so-a', 2021)?.period).toBe('2021-nam');
    expect(latestReportOfYear(input, 'so-b', 2021)?.period).toBe('2021-6-thang');
    expect(latestReportOfYear(input, 'huyen-c', 2022)).toBeUndefined();
    const y = spendingOfYear(input, 2021);
    // so-a 12.5 (not 4.2 + 12.5), so-b 30.125 from its half-year report, huyen-c 7
    expect([y.plannedAll, y.planned, y.spent]).toEqual([124_801, 124_801, 49_625]);
    expect(y.byPeriod.map((b) => [b.period.id, b.units])).toEqual([['2021-6-thang', 1], ['2021-nam', 2]]);
    expect(y.unreported).toBe(0);
    const y2 = spendingOfYear(input, 2022);
    expect([y2.plannedAll, y2.planned, y2.spent, y2.unreported]).toEqual([20_000, 0, 0, 3]);
  });
});

describe('Action Month results per year', () => {
  it('sums expected units, the annual figure superseding the half-year one', () => {
    const [y2021, y2022] = actionMonthByYear(input);
    expect(y2021).toMatchObject({ year: 2021, events: 8, participants: 650 });
    expect(y2021?.rows.map((r) => [r.unit.id, r.periodId, r.events, r.participants])).toEqual([
      ['so-a', '2021-nam', 3, 250],
      ['huyen-c', '2021-nam', 5, 400],
    ]);
    expect(y2022).toEqual({ year: 2022, events: 0, participants: 0, rows: [] });
  });
});

describe('difficulties and proposals', () => {
  it('lists units that wrote either, registry order; a draft-plan unit is left out', () => {
    expect(digestOf(input, '2021-nam').map((d) => [d.unit.id, d.submittedOn, d.difficulties, d.proposals])).toEqual([
      ['so-a', '2022-01-10', 'Kinh phí cấp muộn.', 'Đề nghị tỉnh tập huấn cán bộ.'],
      ['huyen-c', '2022-01-20', undefined, 'Đề nghị hỗ trợ tài liệu.'],
    ]);
    expect(digestOf(input, '2021-6-thang')).toEqual([]);
  });
});

describe("a unit's timeline", () => {
  it('plan, then each period with its statuses and spending beside the year budget', () => {
    const t = unitTimeline(input, 'so-a', '2022-02-01');
    expect(t?.expected).toBe(true);
    expect(t?.periods.map((p) => [p.period.id, p.state, p.spending.plannedAll, p.spending.spent])).toEqual([
      ['2021-6-thang', 'on-time', 17_500, 4_200],
      ['2021-nam', 'on-time', 17_500, 12_500],
      ['2022-6-thang', 'waiting', 20_000, 0],
      ['2022-nam', 'waiting', 20_000, 0],
    ]);
    expect(t?.periods[0]?.counts).toEqual({ done: 1, 'in-progress': 1, 'not-started': 0, cancelled: 0, unreported: 1 });
    expect(t?.periods[1]?.lines.map((l) => [l.activity.id, l.status, l.spent, l.planned])).toEqual([
      ['a1', 'done', 12_500, 12_500],
      ['a2', 'done', 0, 0],
      ['a3', 'cancelled', 0, 5_000],
    ]);
  });
  it('a unit with no report: overdue where the due date has passed', () => {
    const t = unitTimeline(input, 'huyen-c', '2022-02-01');
    expect(t?.periods.map((p) => [p.state, p.daysLate, p.deadline])).toEqual([
      ['overdue', 201, 'past-due'], // 15/07/2021 → 01/02/2022
      ['late', 5, 'past-due'],
      ['waiting', undefined, 'not-set'],
      ['waiting', undefined, 'not-due'],
    ]);
    expect(t?.periods[0]?.report).toBeUndefined();
    expect(t?.periods[0]?.counts.unreported).toBe(1);
  });
  it('a unit with no plan owes nothing; an unknown unit has no timeline', () => {
    const t = unitTimeline(input, 'huyen-e', '2022-02-01');
    expect(t?.plan).toBeUndefined();
    expect(t?.periods.map((p) => p.state)).toEqual(['not-expected', 'not-expected', 'not-expected', 'not-expected']);
    expect(t?.periods[0]?.lines).toEqual([]);
    expect(unitTimeline(input, 'khong-co', '2022-02-01')).toBeUndefined();
  });
  it('a draft-plan unit that reported anyway is shown against its draft', () => {
    const t = unitTimeline(input, 'huyen-d', '2021-08-01');
    expect(t?.expected).toBe(false);
    expect(t?.periods.map((p) => p.state)).toEqual(['on-time', 'not-expected', 'not-expected', 'not-expected']);
    expect(t?.periods[0]?.spending.spent).toBe(50_000);
  });
});

describe('the period /tien-do/ opens on', () => {
  it('is the last period ended or reported, else the first', () => {
    expect(focusPeriod(input, '2021-08-01')?.id).toBe('2021-nam'); // 2021-nam already has reports
    expect(focusPeriod({ ...input, reports: [] }, '2021-08-01')?.id).toBe('2021-6-thang');
    expect(focusPeriod({ ...input, reports: [] }, '2021-03-01')?.id).toBe('2021-6-thang');
    expect(focusPeriod({ ...input, reports: [] }, '2023-06-01')?.id).toBe('2022-nam');
  });
});

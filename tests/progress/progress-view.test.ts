import { describe, expect, it } from 'vitest';
import { actionMonthNotYet, deadlineLabel, rateLabel, submissionLabel, submissionLists, yearState } from '../../src/lib/progress-view.ts';
import { findPeriod, periodSubmissions } from '../../src/lib/progress.ts';
import { cycle, input } from './fixture.ts';

describe('progress labels', () => {
  it('say the deadline, or that none is set', () => {
    expect(deadlineLabel(findPeriod(cycle, '2021-6-thang'), 'past-due')).toBe('15/07/2021 (đã qua hạn)');
    expect(deadlineLabel(findPeriod(cycle, '2022-nam'), 'not-due')).toBe('15/01/2023 (chưa đến hạn)');
    expect(deadlineLabel(findPeriod(cycle, '2022-6-thang'), 'not-set')).toBe('chưa quy định');
  });
  it('name each state with its days', () => {
    expect(submissionLabel('late', 5, 'ended', 'past-due')).toEqual({ text: 'Nộp muộn 5 ngày', tone: 'warn' });
    expect(submissionLabel('overdue', 17, 'ended', 'past-due')).toEqual({ text: 'Quá hạn 17 ngày, chưa nộp', tone: 'bad' });
    expect(submissionLabel('on-time', undefined, 'ended', 'past-due').text).toBe('Đúng hạn');
    expect(submissionLabel('waiting', undefined, 'ended', 'not-set').text).toBe('Chưa nộp (chưa quy định hạn)');
    expect(submissionLabel('waiting', undefined, 'ended', 'not-due').text).toBe('Chưa nộp, chưa đến hạn');
    expect(submissionLabel('waiting', undefined, 'running', 'not-due').text).toBe('Kỳ báo cáo chưa kết thúc');
    expect(submissionLabel('waiting', undefined, 'upcoming', 'not-set').text).toBe('Kỳ báo cáo chưa bắt đầu');
  });
  it('give the execution rate in vi-VN, or a dash when nothing is planned', () => {
    expect(rateLabel(4_200, 17_800)).toBe('23,6%');
    expect(rateLabel(0, 0)).toBe('—');
  });
});


describe('what has not happened yet says so (issue 14)', () => {
  it('a year not begun is "future", not a year of zeros', () => {
    expect(yearState(2023, '2022-09-01')).toBe('future');
    expect(yearState(2022, '2022-09-01')).toBe('current');
    expect(yearState(2021, '2022-09-01')).toBe('past');
  });
  it("a year's Action Month before or during it, and nothing once it is over", () => {
    const window = { start: '11-15', end: '12-15' };
    expect(actionMonthNotYet(window, 2022, '2022-09-01')).toBe('Chưa diễn ra (15/11/2022 - 15/12/2022)');
    expect(actionMonthNotYet(window, 2022, '2022-11-20')).toBe('Đang diễn ra (đến 15/12/2022)');
    expect(actionMonthNotYet(window, 2022, '2022-12-15')).toBe('Đang diễn ra (đến 15/12/2022)');
    expect(actionMonthNotYet(window, 2022, '2022-12-16')).toBeUndefined();
    expect(actionMonthNotYet(window, 2021, '2022-09-01')).toBeUndefined();
  });
});

describe('the lists of who reported (a period page)', () => {
  const read = (periodId: string, asOf: string) => submissionLists(periodSubmissions(input, periodId, asOf)).map((l) => [l.label, l.units.map((u) => u.id), l.sheet, l.notice]);

  it('past the due date: overdue first (a notice, the follow-up sheet), then late, then on time', () => {
    expect(read('2021-6-thang', '2021-08-01')).toEqual([
      ['Quá hạn, chưa nộp (1)', ['huyen-c'], 'Cần đôn đốc', true],
      ['Nộp muộn (1)', ['so-b'], 'Cần đôn đốc', false],
      ['Nộp đúng hạn (1)', ['so-a'], 'Báo cáo', false],
    ]);
  });

  it('before the due date the missing wait, not counted late; empty lists are left out', () => {
    expect(read('2021-6-thang', '2021-07-12').at(-1)).toEqual(['Chưa nộp (1), chưa tính là muộn', ['huyen-c'], 'Cần đôn đốc', false]);
  });

  it('with no deadline set nobody is late: the missing all wait', () => {
    expect(read('2022-6-thang', '2030-12-31')).toEqual([['Chưa nộp (3), chưa tính là muộn', ['so-a', 'so-b', 'huyen-c'], 'Cần đôn đốc', false]]);
  });
});

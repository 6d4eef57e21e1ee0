import { describe, expect, it } from 'vitest';
import { deadlineLabel, rateLabel, submissionLabel } from '../../src/lib/progress-view.ts';
import { findPeriod } from '../../src/lib/progress.ts';
import { cycle } from './fixture.ts';

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


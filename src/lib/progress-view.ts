// How progress states read in Vietnamese: one place for every label of /tien-do/, the unit
// timeline and the exports. Pure functions, no Astro.
import type { Period } from '../../schemas/cycle.ts';
import type { Unit } from '../../schemas/unit.ts';
import { formatCount, formatDate, formatPercent } from './format.ts';
import type { DeadlineState, PeriodPhase, PeriodSubmissions, SubmissionRow, TimelineState } from './progress.ts';
import { REPORT_SHEETS } from './open-data.ts';

export const PHASE_LABELS: Record<PeriodPhase, string> = {
  upcoming: 'Chưa bắt đầu',
  running: 'Đang diễn ra',
  ended: 'Đã kết thúc',
};

/** The deadline, read after "Hạn nộp": "15/07/2021 (đã qua hạn)", "15/12/2022 (chưa đến hạn)", "chưa quy định". */
export function deadlineLabel(period: Period, deadline: DeadlineState): string {
  if (period.due === null) return 'chưa quy định';
  return `${formatDate(period.due)} (${deadline === 'past-due' ? 'đã qua hạn' : 'chưa đến hạn'})`;
}

/** The tone of a state, for the badge's class: ok, warn, bad, neutral. */
export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

export interface StateLabel {
  text: string;
  tone: Tone;
}

/** One unit's state in one period, in words a reader understands without the legend. */
export function submissionLabel(state: TimelineState, daysLate: number | undefined, phase: PeriodPhase, deadline: DeadlineState): StateLabel {
  switch (state) {
    case 'on-time':
      return { text: 'Đúng hạn', tone: 'ok' };
    case 'received':
      return { text: 'Đã nộp', tone: 'ok' };
    case 'late':
      return { text: daysLate === undefined ? 'Nộp muộn' : `Nộp muộn ${daysLate} ngày`, tone: 'warn' };
    case 'overdue':
      return { text: daysLate === undefined ? 'Quá hạn, chưa nộp' : `Quá hạn ${daysLate} ngày, chưa nộp`, tone: 'bad' };
    case 'not-expected':
      return { text: 'Không phải báo cáo (chưa nộp kế hoạch)', tone: 'neutral' };
    case 'waiting':
      if (phase !== 'ended') return { text: phase === 'upcoming' ? 'Kỳ báo cáo chưa bắt đầu' : 'Kỳ báo cáo chưa kết thúc', tone: 'neutral' };
      if (deadline === 'not-set') return { text: 'Chưa nộp (chưa quy định hạn)', tone: 'neutral' };
      return { text: 'Chưa nộp, chưa đến hạn', tone: 'neutral' };
  }
}

export function rowLabel(row: SubmissionRow, phase: PeriodPhase, deadline: DeadlineState): StateLabel {
  return submissionLabel(row.state, row.daysLate, phase, deadline);
}

/** Execution rate "45,7%", or "—" when nothing was planned. */
export function rateLabel(spent: number, planned: number): string {
  return formatPercent(spent, planned) ?? '—';
}

/**
 * Whether something of a year can have figures yet, as of a date: a year that has not begun
 * ('future'), the year under way ('current'), a year over ('past'). A future year shows
 * "chưa đến" instead of zeros.
 */
export function yearState(year: number, asOf: string): 'past' | 'current' | 'future' {
  const y = Number(asOf.slice(0, 4));
  return year > y ? 'future' : year === y ? 'current' : 'past';
}

/** "Chưa diễn ra (15/11 - 15/12/2022)" when a year's Action Month has not ended as of the date; undefined once it has. */
export function actionMonthNotYet(window: { start: string; end: string }, year: number, asOf: string): string | undefined {
  const end = `${year}-${window.end}`;
  if (asOf > end) return undefined;
  const start = `${year}-${window.start}`;
  return asOf < start ? `Chưa diễn ra (${formatDate(start)} - ${formatDate(end)})` : `Đang diễn ra (đến ${formatDate(end)})`;
}

/** One list under "Đơn vị đã nộp, nộp muộn, chưa nộp": its lead, its units, where the workbook lists them all. */
export interface SubmissionList {
  /** "Quá hạn, chưa nộp (3)" */
  label: string;
  units: readonly Unit[];
  /** The sheet of the reports workbook with every unit of the list. */
  sheet: string;
  /** Set apart as a notice (units the agency must chase). */
  notice: boolean;
}

/** The lists of a period's submissions, in reading order: overdue, late, in time, waiting; empty ones left out. */
export function submissionLists(s: PeriodSubmissions): SubmissionList[] {
  const count = (units: readonly Unit[]) => formatCount(units.length);
  const lists: SubmissionList[] = [
    { label: `Quá hạn, chưa nộp (${count(s.overdue)})`, units: s.overdue, sheet: REPORT_SHEETS.followUp, notice: true },
    { label: `Nộp muộn (${count(s.late)})`, units: s.late, sheet: REPORT_SHEETS.followUp, notice: false },
    { label: `${s.period.due === null ? 'Đã nộp' : 'Nộp đúng hạn'} (${count(s.inTime)})`, units: s.inTime, sheet: REPORT_SHEETS.reports, notice: false },
    { label: `Chưa nộp (${count(s.waiting)}), chưa tính là muộn`, units: s.waiting, sheet: REPORT_SHEETS.followUp, notice: false },
  ];
  return lists.filter((list) => list.units.length > 0);
}

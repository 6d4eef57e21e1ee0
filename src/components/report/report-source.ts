// The one bridge from loaded content to the agency report (src/lib/agency-report.ts).
import type { Cycle } from '../../../schemas/cycle.ts';
import { dispatchOf, periodOwner } from '../../content.ts';
import { agencyReport, reportPeriods, type AgencyReport } from '../../lib/agency-report.ts';
import { AS_OF } from '../../lib/as-of.ts';
import { progressInput } from '../progress/progress-input.ts';

const reports = new Map<string, AgencyReport>();

/** The report of a period, computed once per build for its page and its DOCX (read-only). */
export function reportOf(cycle: Cycle, periodId: string): AgencyReport {
  const key = `${cycle.id}/${periodId}`;
  let report = reports.get(key);
  if (report === undefined) {
    report = agencyReport({ input: progressInput(cycle), dispatch: dispatchOf(cycle)?.data, periodId, asOf: AS_OF });
    reports.set(key, report);
  }
  return report;
}

/** The periods of a cycle that get a report page and a DOCX. */
export function reportPeriodsOf(cycle: Cycle) {
  return reportPeriods(progressInput(cycle), AS_OF);
}

/** Whether the cycle owns /bao-cao/<period>/ (the same rule as /tien-do/<period>/). */
export const ownsPeriod = (cycleId: string, periodId: string): boolean => periodOwner.get(periodId) === cycleId;

/**
 * The one address of a cycle's report of a period: /bao-cao/<period>/ for the cycle that owns
 * the period, else /chu-ky/<cycle>/bao-cao/<period>/ (a later cycle reusing a period id).
 */
export function reportPath(cycleId: string, periodId: string): string {
  return ownsPeriod(cycleId, periodId) ? `/bao-cao/${periodId}/` : `/chu-ky/${cycleId}/bao-cao/${periodId}/`;
}

/** The DOCX beside the page: /bao-cao/<period>.docx (or under /chu-ky/<cycle>/). */
export function docxPath(cycleId: string, periodId: string): string {
  return `${reportPath(cycleId, periodId).replace(/\/$/, '')}.docx`;
}

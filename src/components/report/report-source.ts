// The one bridge from loaded content to the agency report (src/lib/agency-report.ts).
import type { Cycle } from '../../../schemas/cycle.ts';
import { dispatchOf } from '../../content.ts';
import { agencyReport, reportPeriods, type AgencyReport } from '../../lib/agency-report.ts';
import { AS_OF } from '../../lib/as-of.ts';
import { progressInput } from '../progress/progress-input.ts';

export function reportOf(cycle: Cycle, periodId: string): AgencyReport {
  return agencyReport({ input: progressInput(cycle), dispatch: dispatchOf(cycle)?.data, periodId, asOf: AS_OF });
}

/** The periods of a cycle that get a report page and a DOCX. */
export function reportPeriodsOf(cycle: Cycle) {
  return reportPeriods(progressInput(cycle), AS_OF);
}

/** Where a cycle's report of a period lives: /bao-cao/<period>/ for the period's owner, else under /chu-ky/. */
export function reportPath(cycleId: string, periodId: string, owner: boolean): string {
  return owner ? `/bao-cao/${periodId}/` : `/chu-ky/${cycleId}/bao-cao/${periodId}/`;
}

/** The DOCX beside the page: /bao-cao/<period>.docx (or under /chu-ky/<cycle>/). */
export function docxPath(cycleId: string, periodId: string, owner: boolean): string {
  return `${reportPath(cycleId, periodId, owner).replace(/\/$/, '')}.docx`;
}

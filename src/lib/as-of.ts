// The one place that decides the date progress is computed "as of": PROGRESS_AS_OF=YYYY-MM-DD
// (the demo fixes its own), otherwise the build date in Vietnam (Asia/Ho_Chi_Minh). The
// aggregation functions in src/lib/progress.ts take it as a parameter and never read a clock.
import { ISO_DATE_PATTERN } from '../pipeline/date-text.ts';

export function resolveAsOf(env: Record<string, string | undefined>, now: Date): string {
  const fixed = env['PROGRESS_AS_OF'];
  if (fixed !== undefined && fixed !== '') {
    if (!ISO_DATE_PATTERN.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) {
      throw new Error(`PROGRESS_AS_OF phải có dạng YYYY-MM-DD (ví dụ 2023-08-01), nhận được "${fixed}".`);
    }
    return fixed;
  }
  // en-CA formats a date as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The build's "as of" date, computed once per build. */
export const AS_OF: string = resolveAsOf(process.env, new Date());

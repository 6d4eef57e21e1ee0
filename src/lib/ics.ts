// iCalendar (RFC 5545) file of the Action Month window of one year: one all-day event.
import { formatMonthDay } from './format.ts';

/** Fold a content line at 75 octets (UTF-8), continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + n > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** The day after an ISO date, for the exclusive DTEND of an all-day event. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function actionMonthIcs(input: { year: number; start: string; end: string; text: string; cycle: string; stamp: string; url?: string }): string {
  const from = `${input.year}-${input.start}`;
  const to = `${input.year}-${input.end}`;
  const compact = (iso: string) => iso.replace(/-/g, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Binh dang gioi Thanh Hoa//Thang hanh dong//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:thang-hanh-dong-${input.year}@binh-dang-gioi-thanh-hoa`,
    `DTSTAMP:${input.stamp}`,
    `DTSTART;VALUE=DATE:${compact(from)}`,
    `DTEND;VALUE=DATE:${compact(nextDay(to))}`,
    `SUMMARY:${escapeText(`Tháng hành động vì bình đẳng giới và phòng chống bạo lực trên cơ sở giới ${input.year} (${formatMonthDay(input.start)} - ${formatMonthDay(input.end)})`)}`,
    `DESCRIPTION:${escapeText(input.text)}`,
    ...(input.url ? [`URL:${input.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

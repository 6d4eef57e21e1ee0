// Dates as people write them (15/9/2020) and as files keep them (2020-09-15): ONE reading,
// for the validator's hint ("viết 2020-09-15 thay cho 15/09/2020") and the form's date field.

/** A real calendar date? (2021-02-29 is not.) */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The shape of a date as files keep it, YYYY-MM-DD (the calendar is checked apart: isCalendarDate, z.iso.date()). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: string | number) => String(n).padStart(2, '0');

/** "15/9/2020", "15-09-2020", "15.09.2020" → "2020-09-15" (day first, as written in Việt Nam). */
export function vietnameseDateToIso(text: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  return `${m[3]}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`;
}

export type DateParse = { ok: true; value: string | undefined } | { ok: false; rule: string; message: string };

/** What an officer typed in a date field → the ISO date to store, or why not. Empty: not filled in. */
export function parseDateInput(input: string): DateParse {
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  const iso = ISO_DATE_PATTERN.test(text) ? text : vietnameseDateToIso(text);
  if (iso === undefined) {
    return { ok: false, rule: 'bad-date', message: `"${text}" chưa phải là một ngày. Gõ ngày/tháng/năm, ví dụ: 15/09/2020.` };
  }
  const [y, mo, d] = iso.split('-').map(Number);
  if (!isCalendarDate(y ?? 0, mo ?? 0, d ?? 0)) {
    return { ok: false, rule: 'bad-date', message: `Ngày ${pad(d ?? '')}/${pad(mo ?? '')}/${y} không có trên lịch. Kiểm tra lại ngày và tháng.` };
  }
  return { ok: true, value: iso };
}

// vi-VN display of numbers, percentages and dates.

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
/** One formatter for every number shown with at most one decimal (toLocaleString with options builds one per call), made on first use: browser bundles that never show one never build it. */
let oneDecimal: Intl.NumberFormat | undefined;

/** 4200 → "4.200" */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** 12.345 → "12,3"; 1234.5 → "1.234,5" (at most one decimal). */
export function formatOneDecimal(n: number): string {
  oneDecimal ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  return oneDecimal.format(n);
}

/** 0.4567 → "45,7%"; undefined when there is no denominator. */
export function formatPercent(numerator: number, denominator: number): string | undefined {
  if (denominator === 0) return undefined;
  return `${formatOneDecimal((numerator * 100) / denominator)}%`;
}

/** "2020-09-15" → "15/09/2020" (dates stay ISO strings until display). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "11-15" → "15/11" */
export function formatMonthDay(monthDay: string): string {
  const [month, day] = monthDay.split('-');
  return `${day}/${month}`;
}

const COUNT_WORDS = ['Không', 'Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];

/** 7 → "Bảy", for a heading that starts a sentence; digits from 11 on. */
export function countInWords(n: number): string {
  return COUNT_WORDS[n] ?? formatCount(n);
}

// An amount in words, as Vietnamese financial documents write it under the figure
// ("Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng"). Exact: it reads whole thousands of
// đồng (the unit every amount is kept in, src/lib/money.ts), never a float.

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
/** Scale of each group of three digits, from the right, counted in đồng. */
const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'] as const;

/** One group of three digits; `full` when a group stands to its left (then "không trăm", "lẻ"). */
function readGroup(group: number, full: boolean): string {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor((group % 100) / 10);
  const units = group % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds] ?? '', 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('lẻ');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens] ?? '', 'mươi');
  }
  if (units > 0) {
    if (units === 1 && tens >= 2) words.push('mốt');
    else if (units === 5 && tens >= 1) words.push('lăm');
    else if (units === 4 && tens >= 2) words.push('tư');
    else words.push(DIGITS[units] ?? '');
  }
  return words.join(' ');
}

/** 45500 (nghìn đồng) → "Bốn mươi lăm triệu năm trăm nghìn đồng". */
export function thousandsInWords(thousands: number): string {
  if (!Number.isSafeInteger(thousands) || thousands < 0) throw new RangeError(`not a whole, non-negative number of thousands: ${thousands}`);
  if (thousands === 0) return 'Không đồng';
  const groups: number[] = [];
  // The amount in đồng is thousands × 1000: its lowest group is always 000.
  for (let rest = thousands; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i] ?? 0;
    if (group === 0) continue;
    const scale = SCALES[i + 1] ?? '';
    parts.push(`${readGroup(group, i < groups.length - 1)}${scale ? ` ${scale}` : ''}`);
  }
  const text = `${parts.join(' ')} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Money is exact: amounts are written in triệu đồng with at most 3 decimals, and are
// summed as whole thousands of đồng (integers), never as floating-point millions.

/** 45.5 (triệu đồng) → 45500 (nghìn đồng). Exact for every validated amount. */
export function toThousands(millions: number): number {
  return Math.round(millions * 1000);
}

export function sumThousands(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** 1234500 (nghìn đồng) → "1234.5": machine format for CSV and JSON, no separators. */
export function thousandsToMachine(thousands: number): string {
  const sign = thousands < 0 ? '-' : '';
  const abs = Math.abs(thousands);
  const whole = Math.floor(abs / 1000);
  const fraction = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/** 1234500 (nghìn đồng) → "1.234,5": vi-VN display of the amount in triệu đồng. */
export function formatMillions(thousands: number): string {
  const [whole = '0', fraction] = thousandsToMachine(thousands).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** The unit every amount is shown in. */
export const MONEY_UNIT = 'triệu đồng';

/** "1.234,5 triệu đồng" */
export function formatMoney(thousands: number): string {
  return `${formatMillions(thousands)} ${MONEY_UNIT}`;
}

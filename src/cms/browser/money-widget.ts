// The money field (triệu đồng) for Vietnamese officers: reads 45,5 and 45.5 alike, refuses
// what could mean two numbers (45.500) or is not a number (45 triệu), says back what it
// understood (45,5 triệu đồng) and in words, as financial documents do, and stores exactly
// that number. The parsing is the validator's (src/pipeline/number-text.ts).
import { isWholeThousands, MAX_AMOUNT_MILLION } from '../../../schemas/common.ts';
import { formatMoney, toThousands } from '../../lib/money.ts';
import { thousandsInWords } from '../../lib/money-words.ts';
import { amountForInput, parseAmountInput } from '../../pipeline/number-text.ts';
import { h } from './decap.ts';
import { typedFieldControl, type Reading } from './typed-field.ts';

/** What the typed text means, with the schema's range and precision. */
export function readAmount(text: string): Reading<number> {
  const parsed = parseAmountInput(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const value = parsed.value;
  if (value === undefined) return { ok: true, value };
  if (value > MAX_AMOUNT_MILLION) {
    return { ok: false, message: `Số tiền quá lớn: tối đa ${formatMoney(toThousands(MAX_AMOUNT_MILLION))} một dòng. Ô này tính bằng triệu đồng: kiểm tra xem có gõ nhầm ra đồng không.` };
  }
  if (!isWholeThousands(value)) return { ok: false, message: 'Số tiền tính bằng triệu đồng, lẻ đến nghìn đồng: tối đa 3 chữ số sau dấu phẩy, ví dụ 12,345.' };
  return { ok: true, value };
}

/** "= 45,5 triệu đồng. Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng." */
export function amountEcho(value: number): string {
  return `= ${formatMoney(toThousands(value))}. Bằng chữ: ${thousandsInWords(toThousands(value))}.`;
}

export const MoneyControl = () =>
  typedFieldControl<number>({
    read: readAmount,
    show: amountForInput,
    accepts: (value): value is number => typeof value === 'number',
    echo: amountEcho,
    hint: 'Gõ số triệu đồng, dấu phẩy cho phần thập phân: 45,5 là bốn mươi lăm triệu năm trăm nghìn đồng.',
    inputMode: 'decimal',
  });

export function MoneyPreview(props: { value?: unknown }) {
  return h('span', null, typeof props.value === 'number' ? formatMoney(toThousands(props.value)) : '');
}

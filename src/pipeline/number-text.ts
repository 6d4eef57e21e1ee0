// How people write amounts, and what we make of it: ONE set of rules for the validator
// (a number in a YAML file, or text where a number belongs) and for the money field of the
// CMS form (what an officer types). Nothing is guessed: a form that could mean two numbers
// is refused with a message that names both.
//
//   in a file (YAML)      45.5 and 12.345 are numbers; 45.500 is ambiguous; "45,5" is text
//   in the form           45,5 and 45.5 are 45.5; 45.500 and 1.250 are ambiguous;
//                         1.250,5, 45 triệu, 45tr, spaces and letters are refused

/** 45.500, 1.000, 12.250: a Vietnamese writer may mean 45 500 (dấu chấm phân cách hàng nghìn). */
const LOOKS_LIKE_THOUSANDS = /^-?\d{1,3}[.,]\d\d0$/;

/** Whether a written number could equally be read with its separator as a thousands separator. */
export function isAmbiguousNumber(source: string): boolean {
  return LOOKS_LIKE_THOUSANDS.test(source.trim());
}

/** The decimal mark a person is told to use: the file needs ".", the form takes ",". */
export type DecimalMark = '.' | ',';

/** The one message for an ambiguous number, in the writing of the file or of the form. */
export function ambiguousNumberMessage(source: string, mark: DecimalMark = '.'): string {
  const s = source.trim();
  const separator = s.includes(',') ? 'dấu phẩy' : 'dấu chấm';
  const [whole = '', fraction = ''] = s.split(/[.,]/);
  const decimal = String(Number(`${whole}.${fraction}`));
  const asDecimal = mark === ',' ? decimal.replace('.', ',') : decimal;
  return `Số "${s}" không rõ nghĩa: ${separator} là phần thập phân hay phân cách hàng nghìn? Viết ${whole}${fraction} nếu là ${whole}.${fraction} (hàng nghìn), hoặc ${asDecimal} nếu là ${decimal.replace('.', ',')} (thập phân). Không dùng dấu phân cách hàng nghìn.`;
}

/** In a YAML file: why a quoted string that should have been a number is not one, and what to write. */
export function explainNumberText(text: string, example: string): string {
  const t = text.trim();
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) {
    const digits = t.replace(/\./g, '').replace(',', '.');
    const decimal = /^-?\d+\.\d+$/.test(t) ? `, hoặc ${Number(t)} nếu dấu chấm là phần thập phân (${t.replace('.', ',')} triệu)` : '';
    return `Số tiền đang được viết là chữ ${shown(text)}, có dấu chấm phân cách hàng nghìn. Hãy viết số không có dấu phân cách và không đặt trong ngoặc kép: ${digits} nếu là ${t} triệu đồng${decimal}.`;
  }
  if (/^-?\d+,\d+$/.test(t)) {
    return `Giá trị ${shown(text)} đang là chữ vì dùng dấu phẩy. Hãy dùng dấu chấm cho phần thập phân và bỏ ngoặc kép: ${t.replace(',', '.')}.`;
  }
  if (/^-?\d+(\.\d+)?$/.test(t)) {
    return `Giá trị ${shown(text)} đang đặt trong dấu ngoặc kép nên là chữ, không phải số. Hãy bỏ dấu ngoặc kép: ${t}.`;
  }
  const withUnit = /^(-?\d+(?:[.,]\d+)?)\s*(triệu|tr|trđ|đồng|đ|vnđ|vnd|nghìn|ngàn|tỷ)\b/i.exec(t);
  if (withUnit) {
    return `Chỉ ghi số, không ghi đơn vị ("${withUnit[2]}"): đơn vị luôn là triệu đồng. Ví dụ: ${example}.`;
  }
  return `Cần một số, nhưng đang là chữ ${shown(text)}. Hãy viết bằng chữ số, ví dụ: ${example}.`;
}

/** A value quoted in a message, cut short when long (the same shape as wording.ts quote()). */
const shown = (s: string) => `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;

export type AmountParse =
  | { ok: true; value: number }
  | { ok: true; value: undefined }
  | { ok: false; rule: string; message: string };

const UNIT_WORDS = /^(-?\d+(?:[.,]\d+)*)\s*(triệu đồng|triệu|trđ|tr|đồng|đ|vnđ|vnd|nghìn|ngàn|tỷ|k)\.?$/i;

/**
 * What an officer typed in the money field (triệu đồng) → the number to store, or why not.
 * Empty means "not filled in". The range and the three-decimal limit are the schema's
 * (schemas/common.ts money()): they are checked there, on the number, with its messages.
 */
export function parseAmountInput(input: string): AmountParse {
  const text = input.normalize('NFC').trim();
  if (text === '') return { ok: true, value: undefined };
  const withUnit = UNIT_WORDS.exec(text);
  if (withUnit) {
    const digits = withUnit[1] ?? '';
    const inner = parseAmountInput(digits);
    const suggestion = inner.ok && inner.value !== undefined ? String(inner.value).replace('.', ',') : digits;
    return {
      ok: false,
      rule: 'amount-with-unit',
      message: `Chỉ gõ số, không gõ đơn vị ("${withUnit[2]}"): ô này luôn tính bằng triệu đồng. Ví dụ: gõ ${suggestion} cho ${suggestion} triệu đồng.`,
    };
  }
  if (/\s/.test(text) && /^[\d\s.,]+$/.test(text)) {
    return { ok: false, rule: 'amount-spaces', message: `Số ${shown(text)} có dấu cách. Gõ liền các chữ số, không có dấu cách hay dấu phân cách hàng nghìn, ví dụ: ${text.replace(/\s/g, '')}.` };
  }
  if (text.startsWith('-')) {
    return { ok: false, rule: 'negative', message: 'Số tiền không được là số âm. Gõ 0 hoặc một số dương.' };
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) {
    return { ok: false, rule: 'amount-not-a-number', message: `${shown(text)} không phải là một số. Chỉ gõ chữ số, dùng dấu phẩy cho phần thập phân, ví dụ: 45,5 (bốn mươi lăm triệu năm trăm nghìn đồng).` };
  }
  const separators = text.replace(/\d/g, '');
  if (separators.length > 1) {
    const plain = plainDigits(text);
    return {
      ok: false,
      rule: 'amount-grouped',
      message: `Số ${shown(text)} có dấu phân cách hàng nghìn. Không dùng dấu phân cách hàng nghìn: ${plain ? `gõ ${plain}` : 'chỉ gõ chữ số, dấu phẩy cho phần thập phân'}.`,
    };
  }
  if (!/^\d+([.,]\d+)?$/.test(text)) {
    return { ok: false, rule: 'amount-not-a-number', message: `${shown(text)} chưa phải là một số. Gõ chữ số, dùng dấu phẩy cho phần thập phân, ví dụ: 45,5.` };
  }
  if (isAmbiguousNumber(text)) return { ok: false, rule: 'number-ambiguous', message: ambiguousNumberMessage(text, ',') };
  return { ok: true, value: Number(text.replace(',', '.')) };
}

/** "1.250,5" → "1250,5"; "1,250.5" → undefined (no reading is safe enough to suggest). */
function plainDigits(text: string): string | undefined {
  const m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(text);
  if (!m) return undefined;
  return `${(m[1] ?? '').replace(/\./g, '')}${m[2] ? `,${m[2]}` : ''}`;
}

/** 45.5 → "45,5": how a stored amount is shown back in the form (no grouping, decimal comma). */
export function amountForInput(value: number): string {
  return String(value).replace('.', ',');
}

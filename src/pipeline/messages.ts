// Zod issues → Vietnamese messages that say what is wrong and what to write instead.
// Each message uses the field's own label, hint and example from the schema's metadata.
import type { z } from 'zod';
import { labelOf, type Choice } from '../../schemas/enum.ts';
import { PLAN_STATUSES } from '../../schemas/plan.ts';
import type { PathSegment } from './issue.ts';
import { vietnameseDateToIso } from './date-text.ts';
import { explainNumberText } from './number-text.ts';
import { keysAt, metaAt } from './schema-walk.ts';

type ZodIssue = z.core.$ZodIssue;

export interface Explained {
  rule: string;
  message: string;
  /** Point at the key rather than the value (unknown keys). */
  atKey?: string;
}

const vi = (n: number) => n.toLocaleString('vi-VN');

export function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;
}

/** How a value reads to a person: "chữ", "số", "danh sách"… */
function kindOf(value: unknown): string {
  if (value === undefined) return 'trống';
  if (value === null) return 'để trống';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'string') return `chữ ${quote(value)}`;
  if (typeof value === 'number') return `số ${String(value)}`;
  if (typeof value === 'boolean') return `giá trị ${String(value)}`;
  return 'một nhóm trường';
}

/** dd/mm/yyyy → yyyy-mm-dd, the mistake every Vietnamese writer makes once. */
function explainDate(text: unknown, example: string): string {
  if (typeof text === 'string') {
    const iso = vietnameseDateToIso(text);
    if (iso !== undefined) return `Ngày phải viết theo dạng năm-tháng-ngày (YYYY-MM-DD): viết ${iso} thay cho ${quote(text)}.`;
    if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return `Ngày ${quote(text)} không có trên lịch. Kiểm tra lại ngày và tháng, ví dụ: ${example}.`;
  }
  return `Ngày phải viết theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ: ${example}.`;
}

/** Lowercase, no diacritics, hyphens: what an id should look like. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/** Past this many candidates no typo is guessed: each guess costs one comparison per candidate. */
const MAX_GUESS_CANDIDATES = 200;

/** The closest candidate when it is close enough to be a typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length > MAX_GUESS_CANDIDATES) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const v = slugify(value);
  for (const c of candidates) {
    const d = Math.min(editDistance(v, c), editDistance(value, c));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** Ids for a message: at most `max` of them, then how many more (a message stays short). */
export function shortList(ids: readonly string[], max = 20): string {
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')}… (và ${(ids.length - max).toLocaleString('vi-VN')} mã khác)`;
}

export function listChoices(ids: readonly string[], choices?: readonly Choice[]): string {
  return ids.map((id) => {
    const label = choices?.find((c) => c.id === id)?.label;
    return label ? `${id} (${label})` : id;
  }).join(', ');
}

// Plan statuses by their labels, as the form shows them (the CLI line names the field).
const SUBMITTED = labelOf(PLAN_STATUSES, 'submitted');
const DRAFT = labelOf(PLAN_STATUSES, 'draft');
/** A character that does not show (U+202E, U+2028, a BOM…): which, where, what to do. */
export function invisibleCharMessage(code: string, name: string, position?: number): string {
  const newline = code === 'U+2028' || code === 'U+2029' ? ' Muốn xuống dòng thì dùng phím Enter bình thường.' : '';
  const where = position === undefined ? 'ở đây' : `ở ký tự thứ ${vi(position)}`;
  return `Nội dung chứa ký tự ẩn ${code} (${name}) ${where}: người đọc không thấy nó nhưng nó làm sai lệch nội dung. Hãy xóa ký tự này (hoặc gõ lại đoạn quanh đó, thường do sao chép từ phần mềm khác).${newline}`;
}

const RULE_MESSAGES: Record<string, (p: Record<string, unknown>, label: string) => string> = {
  blank: (_p, label) => `«${label}» đang để trống hoặc chỉ có dấu cách. Hãy ghi nội dung, hoặc xóa cả dòng nếu trường này không bắt buộc.`,
  html: () => 'Không dùng thẻ HTML (dạng <…>) trong nội dung: trang web chỉ hiển thị chữ thường. Hãy xóa thẻ; nếu cần dấu nhỏ hơn, viết "nhỏ hơn" hoặc để một dấu cách sau "<".',
  control: () => 'Nội dung chứa ký tự điều khiển ẩn (thường do sao chép từ phần mềm khác). Hãy gõ lại đoạn này.',
  'invisible-char': (p) => invisibleCharMessage(String(p['code']), String(p['name']), Number(p['position'])),
  precision: () => 'Số tiền có quá 3 chữ số thập phân. Số tiền tính bằng triệu đồng, lẻ đến nghìn đồng: tối đa 3 chữ số sau dấu chấm, ví dụ 45.5 hoặc 12.345.',
  'duplicate-activity': (p) => `Mã hoạt động "${String(p['key'])}" đã dùng cho hoạt động thứ ${Number(p['first']) + 1}. Mỗi hoạt động cần một mã riêng, ví dụ thêm số: "${String(p['key'])}-2".`,
  'duplicate-budget-line': (p) => `Đã có một dòng kinh phí cùng năm và cùng nguồn (${String(p['key']).replace('/', ', ')}) ở dòng thứ ${Number(p['first']) + 1}. Hãy cộng hai số tiền vào một dòng.`,
  'duplicate-value': (p) => `Giá trị "${String(p['key'])}" bị chọn hai lần. Hãy xóa một lần.`,
  'duplicate-unit': (p) => `Mã đơn vị "${String(p['key'])}" bị lặp trong danh mục. Mỗi đơn vị một mã.`,
  'duplicate-year': (p) => `Năm ${String(p['key'])} bị ghi hai lần.`,
  'duplicate-task': (p) => `Mã nhiệm vụ "${String(p['key'])}" bị lặp.`,
  'duplicate-period': (p) => `Mã kỳ báo cáo "${String(p['key'])}" bị lặp.`,
  'duplicate-activity-progress': (p) => `Hoạt động "${String(p['key'])}" đã được báo cáo ở mục thứ ${Number(p['first']) + 1}. Mỗi hoạt động chỉ báo cáo một lần trong một kỳ.`,
  'required-when-submitted': (_p, label) => `Kế hoạch ở trạng thái «${SUBMITTED}» phải có «${label}». Hãy điền vào, hoặc để trạng thái «${DRAFT}» nếu chưa nộp.`,
  'activities-when-submitted': () => `Kế hoạch ở trạng thái «${SUBMITTED}» phải có ít nhất một hoạt động. Hãy thêm hoạt động, hoặc để trạng thái «${DRAFT}» nếu chưa nộp.`,
  'period-order': () => 'Ngày cuối kỳ đứng trước ngày đầu kỳ. Kiểm tra lại "from" và "to".',
  'validity-order': () => 'Ngày hết hiệu lực (valid_until) đứng trước ngày có hiệu lực (valid_from). Kiểm tra lại hai ngày này.',
  'unit-ref-unknown': (p) => `Mã đơn vị "${String(p['key'])}" không có trong danh mục. Hãy thêm đơn vị đó vào danh mục trước, hoặc sửa lại mã.`,
  'unit-ref-self': (p) => `Đơn vị "${String(p['key'])}" không thể kế tục chính nó. Hãy ghi mã của đơn vị khác.`,
  'successor-needs-end': (p) => `Đơn vị "${String(p['key'])}" đã có đơn vị kế tục hoặc đã sáp nhập, nên phải ghi ngày cuối cùng còn hoạt động: valid_until (dạng YYYY-MM-DD).`,
  'year-in-cycle': (p) => `Năm này không thuộc chu kỳ. Các năm của chu kỳ: ${(p['years'] as number[]).join(', ')}.`,
};

/** Explain one Zod issue for the file's root schema and its data. */
export function explainZodIssue(issue: ZodIssue, root: z.core.$ZodType, value: unknown): Explained {
  const path = issue.path as PathSegment[];
  const meta = metaAt(root, path);
  const label = meta.title ?? String(path[path.length - 1] ?? 'tệp');
  const example = meta.example ?? '';
  const exampleText = example ? ` Ví dụ: ${example}.` : '';

  const required = (): Explained => ({
    rule: 'required',
    message: `Thiếu trường bắt buộc «${label}».${meta.description ? ` ${meta.description}` : ''}${exampleText}`,
  });

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = keysAt(root, path);
      const key = issue.keys[0] ?? '';
      const guess = closest(key, allowed);
      return {
        rule: 'unknown-key',
        atKey: key,
        message: `Trường "${key}" không có trong mẫu${guess ? `; có phải là "${guess}"?` : ' (có thể gõ nhầm tên).'} Các trường được dùng ở đây: ${allowed.join(', ')}.`,
      };
    }
    case 'invalid_type': {
      if (value === undefined) return required();
      if (issue.expected === 'number' || issue.expected === 'int') {
        if (typeof value === 'string') return { rule: 'number-as-text', message: explainNumberText(value, example || '45.5') };
        if (typeof value === 'number') return { rule: 'not-integer', message: `«${label}» phải là số nguyên (không có phần thập phân), đang là ${String(value)}.${exampleText}` };
        return { rule: 'wrong-type', message: `«${label}» phải là một số, đang là ${kindOf(value)}.${exampleText}` };
      }
      if (issue.expected === 'string') {
        const hint = typeof value === 'number' ? ' Nếu là số điện thoại, mã số hay năm, hãy đặt trong dấu ngoặc kép.' : '';
        return { rule: 'wrong-type', message: `«${label}» phải là chữ, đang là ${kindOf(value)}.${hint}${exampleText}` };
      }
      if (issue.expected === 'boolean') {
        return { rule: 'wrong-type', message: `«${label}» chỉ nhận true (có) hoặc false (không), đang là ${kindOf(value)}.` };
      }
      if (issue.expected === 'array') {
        return { rule: 'wrong-type', message: `«${label}» phải là một danh sách, mỗi mục một dòng bắt đầu bằng "- ", đang là ${kindOf(value)}.` };
      }
      if (issue.expected === 'object') {
        if (path.length === 0) return { rule: 'not-a-mapping', message: value === null ? 'Tệp trống. Hãy ghi nội dung theo mẫu trong trang hướng dẫn.' : 'Tệp phải gồm các dòng "tên trường: giá trị" theo mẫu trong trang hướng dẫn.' };
        return { rule: 'wrong-type', message: `«${label}» phải gồm các trường con thụt lề bên dưới, đang là ${kindOf(value)}.` };
      }
      return { rule: 'wrong-type', message: `«${label}» có kiểu giá trị không đúng (${kindOf(value)}).${exampleText}` };
    }
    case 'invalid_value': {
      // A missing choice field: Zod reports it as a value outside the list.
      if (value === undefined) return required();
      const ids = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, ids) : undefined;
      return {
        rule: 'not-in-list',
        message: `Giá trị ${quote(value)} không có trong danh sách «${label}».${guess ? ` Có phải là "${guess}"?` : ''} Chọn một trong: ${listChoices(ids, meta['choices'] as Choice[] | undefined)}.`,
      };
    }
    case 'invalid_format': {
      if (issue.format === 'date') return { rule: 'bad-date', message: explainDate(value, example || '2020-09-15') };
      if (issue.format === 'email') return { rule: 'bad-email', message: `Địa chỉ thư điện tử ${quote(value)} chưa đúng dạng.${exampleText}` };
      if (meta['slug'] === true && typeof value === 'string') {
        const suggestion = slugify(value);
        return {
          rule: 'bad-id',
          message: `Mã ${quote(value)} chỉ được gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang.${suggestion ? ` Có thể viết: ${suggestion}.` : exampleText}`,
        };
      }
      return { rule: 'bad-format', message: `«${label}» viết chưa đúng dạng (${quote(value)}).${meta.description ? ` ${meta.description}` : ''}${exampleText}` };
    }
    case 'too_big': {
      if (issue.origin === 'string') return { rule: 'too-long', message: `«${label}» quá dài (${vi(String(value).length)} ký tự); tối đa ${vi(Number(issue.maximum))} ký tự. Hãy viết gọn lại.` };
      if (issue.origin === 'array') return { rule: 'too-many', message: `«${label}» có quá nhiều mục; tối đa ${vi(Number(issue.maximum))} mục.` };
      const unitHint = meta['money'] === true ? ' Số tiền ghi bằng triệu đồng: kiểm tra xem có ghi nhầm ra đồng không.' : '';
      return { rule: 'too-large', message: `«${label}» quá lớn (${typeof value === 'number' ? vi(value) : quote(value)}); tối đa ${vi(Number(issue.maximum))}.${unitHint}` };
    }
    case 'too_small': {
      if (issue.origin === 'array') return { rule: 'too-few', message: `«${label}» cần ít nhất ${vi(Number(issue.minimum))} mục.` };
      if (issue.origin === 'string') return { rule: 'too-short', message: `«${label}» đang để trống. Hãy ghi nội dung.${exampleText}` };
      return { rule: Number(issue.minimum) === 0 ? 'negative' : 'too-small', message: Number(issue.minimum) === 0 ? `«${label}» không được là số âm (${String(value)}). Ghi 0 hoặc một số dương.` : `«${label}» phải từ ${vi(Number(issue.minimum))} trở lên.` };
    }
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      const rule = String(params['rule'] ?? 'custom');
      const make = RULE_MESSAGES[rule];
      return { rule, message: make ? make(params, label) : issue.message };
    }
    default:
      return { rule: issue.code, message: `«${label}» không hợp lệ.${exampleText}` };
  }
}

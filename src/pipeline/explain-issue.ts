// Zod issues → Vietnamese messages that say what is wrong and what to write instead.
// Each message uses the field's own label, hint and example from the schema's metadata.
import type { z } from 'zod';
import type { Choice } from '../../schemas/enum.ts';
import type { PathSegment } from './issue.ts';
import { ISO_DATE_PATTERN, vietnameseDateToIso } from './date-text.ts';
import { explainNumberText } from './number-text.ts';
import { RULE_MESSAGES } from './rule-messages.ts';
import { keysAt, metaAt } from './schema-walk.ts';
import { closest, slugify } from './suggest.ts';
import { kindOf, listChoices, quote, vi } from './wording.ts';

type ZodIssue = z.core.$ZodIssue;

export interface Explained {
  rule: string;
  message: string;
  /** Point at the key rather than the value (unknown keys). */
  atKey?: string;
}

/** dd/mm/yyyy → yyyy-mm-dd, the mistake every Vietnamese writer makes once. */
function explainDate(text: unknown, example: string): string {
  if (typeof text === 'string') {
    const iso = vietnameseDateToIso(text);
    if (iso !== undefined) return `Ngày phải viết theo dạng năm-tháng-ngày (YYYY-MM-DD): viết ${iso} thay cho ${quote(text)}.`;
    if (ISO_DATE_PATTERN.test(text.trim())) return `Ngày ${quote(text)} không có trên lịch. Kiểm tra lại ngày và tháng, ví dụ: ${example}.`;
  }
  return `Ngày phải viết theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ: ${example}.`;
}

/** Explain one Zod issue for the file's root schema and its data. */
export function explainZodIssue(issue: ZodIssue, root: z.core.$ZodType, value: unknown): Explained {
  const path = issue.path as PathSegment[];
  const meta = metaAt(root, path);
  const last = path[path.length - 1];
  // An item of a list without a title of its own (a year of `years`): the list's label, and which item.
  const label = meta.title ?? (typeof last === 'number' ? `${metaAt(root, path.slice(0, -1)).title ?? 'Danh sách'}, mục thứ ${last + 1}` : String(last ?? 'tệp'));
  // Years are written 2021, not 2.021.
  const isYear = path.some((p) => typeof p === 'string' && /(^|_)years?$/.test(p));
  const bound = (n: number) => (isYear ? String(n) : vi(n));
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
      return { rule: 'too-large', message: `«${label}» quá lớn (${typeof value === 'number' ? bound(value) : quote(value)}); tối đa ${bound(Number(issue.maximum))}.${unitHint}` };
    }
    case 'too_small': {
      if (issue.origin === 'array') return { rule: 'too-few', message: `«${label}» cần ít nhất ${vi(Number(issue.minimum))} mục.` };
      if (issue.origin === 'string') return { rule: 'too-short', message: `«${label}» đang để trống. Hãy ghi nội dung.${exampleText}` };
      return { rule: Number(issue.minimum) === 0 ? 'negative' : 'too-small', message: Number(issue.minimum) === 0 ? `«${label}» không được là số âm (${String(value)}). Ghi 0 hoặc một số dương.` : `«${label}» phải từ ${bound(Number(issue.minimum))} trở lên.` };
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

// The field-by-field reference of the guidance page, generated from the schemas' own
// metadata (title, description, example, choices): field documentation is never written twice.
import type { z } from 'zod';
import { amountForInput } from '../pipeline/number-text.ts';
import { elementOf, fieldsOf, typeOf, unwrap } from '../pipeline/schema-walk.ts';
import { formatDate } from './format.ts';

export type Requirement = 'required' | 'optional' | 'when-submitted';

export interface FieldRow {
  /** Where the field sits in the file, e.g. activities[].budget[].amount (not shown: anchors and tests). */
  path: string;
  depth: number;
  title: string;
  description: string;
  requirement: Requirement;
  /** What the officer does in the form: type a number, pick from a list… */
  kind: string;
  /** An example as the officer types it in the form (45,5; 15/09/2020). */
  example: string | undefined;
  /** The allowed values, by their labels. */
  choices: string[];
}

export const REQUIREMENT_LABELS: Record<Requirement, string> = {
  required: 'Có',
  optional: 'Không',
  'when-submitted': 'Khi nộp chính thức',
};

function kindOf(type: string, meta: Record<string, unknown>, element?: { type: string; meta: Record<string, unknown> }): string {
  if (meta['money']) return 'Số tiền (triệu đồng): gõ chữ số, dấu phẩy cho phần thập phân';
  if (meta['format'] === 'date') return 'Ngày: gõ ngày/tháng/năm';
  if (meta['ref'] === 'unit' || meta['ref'] === 'task' || meta['ref'] === 'activity') return 'Chọn trong danh sách';
  if (meta['slug']) return 'Mã: để trống thì tự tạo từ tên khi lưu';
  switch (type) {
    case 'string':
      return 'Chữ';
    case 'number':
    case 'int':
      return 'Số nguyên';
    case 'boolean':
      return 'Bật hoặc tắt';
    case 'enum':
      return 'Chọn một trong danh sách';
    case 'object':
      return 'Nhóm các ô bên dưới';
    case 'array':
      if (element?.type === 'object') return 'Danh sách: bấm “Thêm” cho mỗi mục, gồm các ô bên dưới';
      if (element?.type === 'enum') return 'Chọn một hay nhiều trong danh sách';
      return 'Danh sách';
    default:
      return type;
  }
}

/** The example as typed in the form; none for what is chosen or switched rather than typed. */
function exampleOf(type: string, meta: Record<string, unknown>): string | undefined {
  const example = meta['example'];
  if (typeof example !== 'string' || example === '' || type === 'boolean' || type === 'enum' || meta['ref'] !== undefined) return undefined;
  if (meta['money']) return amountForInput(Number(example));
  if (meta['format'] === 'date') return formatDate(example);
  return example.replace(/^"|"$/g, '');
}

function choicesOf(meta: Record<string, unknown>): string[] {
  const c = meta['choices'];
  return Array.isArray(c) ? (c as { label: string }[]).map((choice) => choice.label) : [];
}

/**
 * Every field of an object schema that the officer fills in, depth first, nested objects and
 * list items included; fields the form fills by itself (the cycle, the period) are left out.
 * `requiredWhenSubmitted`: the paths required once a plan is submitted (schemas/plan.ts).
 */
export function fieldReference(schema: z.core.$ZodType, requiredWhenSubmitted: readonly (readonly string[])[] = [], prefix: string[] = [], depth = 0): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const field of fieldsOf(schema)) {
    const meta = field.meta as Record<string, unknown>;
    if (meta['ref'] === 'cycle' || meta['ref'] === 'period') continue;
    const keys = [...prefix, field.key];
    const path = keys.join('.').replace(/\.\[\]/g, '[]');
    const el = field.type === 'array' ? elementOf(field.schema) : undefined;
    const elInfo = el ? unwrap(el) : undefined;
    const elType = elInfo ? typeOf(elInfo.schema) : undefined;
    const conditional = requiredWhenSubmitted.some((p) => keys.length <= p.length && keys.every((k, i) => p[i] === k));
    rows.push({
      path,
      depth,
      title: String(meta['title'] ?? field.key),
      description: String(meta['description'] ?? ''),
      requirement: conditional ? 'when-submitted' : field.optional ? 'optional' : 'required',
      kind: kindOf(field.type, meta, elInfo && elType ? { type: elType, meta: elInfo.meta } : undefined),
      example: exampleOf(field.type, meta),
      choices: choicesOf(meta).length > 0 ? choicesOf(meta) : elInfo ? choicesOf(elInfo.meta) : [],
    });
    if (field.type === 'object') rows.push(...fieldReference(field.schema, requiredWhenSubmitted, keys, depth + 1));
    if (el && elType === 'object') rows.push(...fieldReference(el, requiredWhenSubmitted, [...keys, '[]'], depth + 1));
  }
  return rows;
}

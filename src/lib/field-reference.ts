// The field-by-field reference of the guidance page, generated from the schemas' own
// metadata (title, description, example, choices): field documentation is never written twice.
import type { z } from 'zod';
import { elementOf, fieldsOf, unwrap } from '../pipeline/schema-walk.ts';

export interface FieldRow {
  /** Dotted path as written in the YAML file, e.g. activities[].budget[].amount */
  path: string;
  depth: number;
  title: string;
  description: string;
  required: boolean;
  kind: string;
  example: string | undefined;
  choices: { id: string; label: string }[];
}

function kindOf(type: string, meta: Record<string, unknown>, element?: { type: string; meta: Record<string, unknown> }): string {
  if (meta['money']) return 'Số tiền (triệu đồng)';
  if (meta['format'] === 'date') return 'Ngày (YYYY-MM-DD)';
  if (meta['slug']) return 'Mã (chữ thường không dấu, số, dấu gạch ngang)';
  switch (type) {
    case 'string':
      return 'Chữ';
    case 'number':
    case 'int':
      return 'Số';
    case 'boolean':
      return 'Có/không (true/false)';
    case 'enum':
      return 'Một giá trị trong danh sách';
    case 'object':
      return 'Nhóm trường';
    case 'array':
      if (element?.type === 'object') return 'Danh sách, mỗi mục gồm các trường bên dưới';
      if (element?.type === 'enum') return 'Danh sách giá trị trong danh sách cho sẵn';
      return 'Danh sách';
    default:
      return type;
  }
}

function choicesOf(meta: Record<string, unknown>): { id: string; label: string }[] {
  const c = meta['choices'];
  return Array.isArray(c) ? (c as { id: string; label: string }[]) : [];
}

/** Every field of an object schema, depth first, nested objects and list items included. */
export function fieldReference(schema: z.core.$ZodType, prefix = '', depth = 0): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const field of fieldsOf(schema)) {
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    const el = field.type === 'array' ? elementOf(field.schema) : undefined;
    const elInfo = el ? unwrap(el) : undefined;
    const elType = elInfo ? (elInfo.schema as unknown as { _zod: { def: { type: string } } })._zod.def.type : undefined;
    const meta = field.meta as Record<string, unknown>;
    rows.push({
      path,
      depth,
      title: String(meta['title'] ?? field.key),
      description: String(meta['description'] ?? ''),
      required: !field.optional,
      kind: kindOf(field.type, meta, elInfo && elType ? { type: elType, meta: elInfo.meta } : undefined),
      example: typeof meta['example'] === 'string' && meta['example'] !== '' ? meta['example'] : undefined,
      choices: choicesOf(meta).length > 0 ? choicesOf(meta) : elInfo ? choicesOf(elInfo.meta) : [],
    });
    if (field.type === 'object') rows.push(...fieldReference(field.schema, path, depth + 1));
    if (el && elType === 'object') rows.push(...fieldReference(el, `${path}[]`, depth + 1));
  }
  return rows;
}

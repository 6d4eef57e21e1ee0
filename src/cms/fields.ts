// Zod schema → Decap CMS fields. Labels, hints, selects, required flags, patterns and
// number types all come from the schemas (and their `.meta()`), so the form can never say
// something the validator does not.
import type { z } from 'zod';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { CONDITIONAL_MARK, WIDGETS } from './collections.ts';
import { constraintsOf, elementOf, fieldsOf, typeOf, unwrap } from '../pipeline/schema-walk.ts';

type AnySchema = z.core.$ZodType;

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

export interface SelectOption {
  label: string;
  value: string | number;
}

/**
 * What the schemas cannot know: the lists that come from other files (the registry, the
 * cycle), and the fixed values of a collection (its cycle, its period).
 */
export interface FieldContext {
  units: SelectOption[];
  tasks: SelectOption[];
  years: SelectOption[];
  cycle: string;
  period?: string;
  /** A list item's id is made from its title on save when left empty (plans: src/cms/activity-ids.ts). */
  idFromTitle?: boolean;
  /** Fields required only once the entry is submitted (schemas/plan.ts REQUIRED_WHEN_SUBMITTED). */
  requiredWhenSubmitted?: readonly (readonly string[])[];
}



// Decap shows "<label> không khớp với mẫu: <message>." — hence no final full stop here.
const slugMessage = (example = 'truyen-thong-xa') =>
  `chỉ dùng chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ, ví dụ: ${example}`;

/** Texts longer than this get a multi-line box. */
const MULTILINE_FROM = 400;

/** The Decap fields of an object schema, in schema order. */
export function cmsFields(schema: AnySchema, context: FieldContext, path: string[] = []): CmsField[] {
  // fieldsOf() counts a nullable field (a deadline not set yet) as optional.
  return fieldsOf(schema).map((field) => cmsField(field, context, [...path, field.key]));
}

function cmsField(field: ReturnType<typeof fieldsOf>[number], context: FieldContext, path: string[]): CmsField {
  const { key, schema, meta, optional, type } = field;
  // The field itself, or the group holding it (the contact, for its name).
  const conditional = context.requiredWhenSubmitted?.some((p) => path.length <= p.length && path.every((segment, i) => p[i] === segment)) ?? false;
  const title = meta.title ?? key;
  const base: CmsField = { name: key, label: conditional ? `${title}${CONDITIONAL_MARK}` : title, widget: 'string' };
  if (meta.description) base['hint'] = meta.description;
  if (optional) base['required'] = false;
  const bag = constraintsOf(schema);

  // Values defined in another file.
  switch (meta.ref) {
    case 'unit':
      return { ...base, widget: 'select', options: context.units };
    case 'task':
      return { ...base, widget: 'select', options: context.tasks };
    case 'cycle':
      return { ...base, widget: 'hidden', default: context.cycle };
    case 'period':
      if (context.period) return { ...base, widget: 'hidden', default: context.period };
      break;
    case 'activity':
      // Picked from the unit's own plan (admin/form-data.json), never typed.
      return { ...base, widget: WIDGETS.planActivity };
  }

  if (type === 'enum') {
    const choices = (meta['choices'] ?? []) as readonly { id: string; label: string }[];
    return { ...base, widget: 'select', options: choices.map((c) => ({ label: c.label, value: c.id })) };
  }
  // No default: Decap would otherwise start every new plan with one empty activity.
  if (type === 'boolean') return { ...base, widget: 'boolean' };
  if (type === 'number') {
    // The budget year is a year of the cycle, not any year the schema's range allows.
    if (key === 'year' && path.includes('budget')) return { ...base, widget: 'select', options: context.years };
    // Money is typed the Vietnamese way (45,5) and read by the validator's own rules.
    if (meta['money'] === true) return { ...base, widget: WIDGETS.money };
    const out: CmsField = { ...base, widget: 'number', value_type: 'int' };
    if (bag.minimum !== undefined) out['min'] = bag.minimum;
    if (bag.maximum !== undefined) out['max'] = bag.maximum;
    return out;
  }
  if (type === 'string') {
    if (meta['format'] === 'date' || bag.format === 'date') {
      // Typed and shown as ngày/tháng/năm, kept as YYYY-MM-DD in the file.
      return { ...base, widget: WIDGETS.date };
    }
    const max = typeof meta['maxLength'] === 'number' ? meta['maxLength'] : undefined;
    const out: CmsField = { ...base, widget: max !== undefined && max > MULTILINE_FROM ? 'text' : 'string' };
    if (meta['slug'] === true) out['pattern'] = [SLUG_PATTERN.source, slugMessage(meta.example)];
    else if (bag.format === undefined && bag.patterns.length === 1) {
      const [pattern] = bag.patterns;
      if (pattern) out['pattern'] = [pattern.source, `viết đúng dạng${meta.example ? `, ví dụ: ${meta.example.replace(/^"|"$/g, '')}` : ''}`];
    }
    return out;
  }
  if (type === 'array') {
    const element = elementOf(schema);
    const list: CmsField = { ...base, widget: 'list' };
    const maxItems = meta['maxItems'];
    if (typeof maxItems === 'number') list['max'] = maxItems;
    if (element === undefined) return list;
    const [inner] = fieldsOfElement(element, context, path);
    if (inner.kind === 'object') {
      // Rows are labelled as the site shows them (src/cms/browser/labelled-list.ts); the
      // summary template stays for lists the labelling does not know (registry, cycle).
      const summary = summaryFor(inner.fields);
      const fields = context.idFromTitle ? idAfterTitle(inner.fields) : inner.fields;
      return { ...list, widget: WIDGETS.list, fields, collapsed: !path.includes('budget'), ...(summary ? { summary } : {}) };
    }
    if (inner.field.widget === 'select') {
      // A list of fixed values is a multiple select: the officer ticks, never types.
      const select: CmsField = { ...base, widget: 'select', multiple: true, options: inner.field['options'] };
      return select;
    }
    // An element without its own title takes the list's.
    return { ...list, field: inner.field.label === key ? { ...inner.field, label: base.label } : inner.field };
  }
  if (type === 'object') {
    // Decap checks the required fields of an optional object even when it is left empty;
    // there the validator (both or none) has the last word.
    const fields = cmsFields(schema, context, path).map((f) => (optional ? { ...f, required: false } : f));
    return { ...base, widget: 'object', collapsed: false, fields };
  }
  return base;
}

type Element = { kind: 'object'; fields: CmsField[] } | { kind: 'value'; field: CmsField };

function fieldsOfElement(element: AnySchema, context: FieldContext, path: string[]): [Element] {
  const objectFields = fieldsOf(element);
  if (objectFields.length > 0) return [{ kind: 'object', fields: cmsFields(element, context, path) }];
  // A scalar element: describe it as a one-field object and take that field.
  const wrapper = { key: path[path.length - 1] ?? 'value', ...unwrapForElement(element) };
  const field = cmsField(wrapper, context, path);
  delete field['required'];
  return [{ kind: 'value', field }];
}

function unwrapForElement(element: AnySchema): Omit<ReturnType<typeof fieldsOf>[number], 'key'> {
  const u = unwrap(element);
  return { schema: u.schema, meta: u.meta, optional: u.optional, type: typeOf(u.schema) };
}

/** The id, made from the title when left empty, comes after the title and need not be typed. */
function idAfterTitle(fields: CmsField[]): CmsField[] {
  const id = fields.find((f) => f.name === 'id');
  const at = fields.findIndex((f) => f.name === 'title');
  if (id === undefined || at === -1) return fields;
  const auto: CmsField = {
    ...id,
    required: false,
    hint: 'Để trống: khi lưu, mã được tạo từ tên hoạt động (ví dụ "Hội nghị truyền thông" thành hoi-nghi-truyen-thong). Đã lưu thì mã giữ nguyên, kể cả khi sửa tên; báo cáo tiến độ dùng mã này.',
  };
  const rest = fields.filter((f) => f !== id);
  rest.splice(rest.findIndex((f) => f.name === 'title') + 1, 0, auto);
  return rest;
}

/** The collapsed row of a list the admin script does not label (registry, cycle): its id and title. */
function summaryFor(fields: CmsField[]): string | undefined {
  const names = fields.map((f) => f.name);
  if (names.includes('id') && names.includes('title')) return '{{fields.id}}: {{fields.title}}';
  return undefined;
}

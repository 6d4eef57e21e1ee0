// Walking a Zod schema by data path, to find what a field is (its Vietnamese label, hint
// and example, its allowed keys) when an error names it. Also used by the generators
// (CMS config, field reference) so that field metadata has a single source. The only code
// that reads Zod's internals (`_zod.def`): everything else asks these functions.
import { z } from 'zod';
import type { FieldMeta } from '../../schemas/common.ts';
import type { PathSegment } from './issue.ts';

type AnySchema = z.core.$ZodType;

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
}

interface Def {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Zod's name for the kind of a schema: "string", "number", "object", "array", "optional"… */
export const typeOf = (schema: AnySchema): string => defOf(schema).type;

/** What a schema's own checks allow: inclusive bounds, a format, regex patterns. */
export interface Constraints {
  minimum?: number;
  maximum?: number;
  format?: string;
  patterns: RegExp[];
}

/** Bounds, format and patterns, read from the schema's own checks (not its wrappers'). */
export function constraintsOf(schema: AnySchema): Constraints {
  const def = defOf(schema);
  const bag: Constraints = { patterns: [] };
  if (def.format) bag.format = def.format;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'greater_than' && c.inclusive && c.value !== undefined) bag.minimum = c.value;
    if (c.check === 'less_than' && c.inclusive && c.value !== undefined) bag.maximum = c.value;
    if (c.check === 'string_format' && c.format === 'regex' && c.pattern) bag.patterns.push(c.pattern);
    else if (c.check === 'string_format' && c.format) bag.format = c.format;
  }
  return bag;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The schema under wrappers (optional, default, preprocess…), collecting metadata on the way. */
export function unwrap(schema: AnySchema): { schema: AnySchema; meta: Partial<FieldMeta> & Record<string, unknown>; optional: boolean } {
  let current = schema;
  let meta: Record<string, unknown> = {};
  let optional = false;
  for (let guard = 0; guard < 20; guard++) {
    const found = z.globalRegistry.get(current as z.ZodType);
    if (found) meta = { ...found, ...meta };
    const def = defOf(current);
    // A field that accepts null (a deadline not set yet) need not be filled in either.
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') optional = true;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out) current = defOf(def.out).type === 'transform' && def.in ? def.in : def.out;
    else break;
  }
  return { schema: current, meta: meta as Partial<FieldMeta> & Record<string, unknown>, optional };
}

/** The schema of the field at a data path, or undefined if the path leaves the schema. */
export function schemaAt(root: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const segment of path) {
    if (current === undefined) return undefined;
    const inner = unwrap(current).schema;
    const def = defOf(inner);
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

export function metaAt(root: AnySchema, path: readonly PathSegment[]): Partial<FieldMeta> & Record<string, unknown> {
  const schema = schemaAt(root, path);
  return schema ? unwrap(schema).meta : {};
}

/** The keys an object at this path accepts, in schema order. */
export function keysAt(root: AnySchema, path: readonly PathSegment[]): string[] {
  const schema = schemaAt(root, path);
  if (!schema) return [];
  const def = defOf(unwrap(schema).schema);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The fields of an object schema with their metadata, for generators. */
export function fieldsOf(schema: AnySchema): { key: string; schema: AnySchema; meta: Partial<FieldMeta> & Record<string, unknown>; optional: boolean; type: string }[] {
  const def = defOf(unwrap(schema).schema);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).map(([key, field]) => {
    const u = unwrap(field);
    return { key, schema: u.schema, meta: u.meta, optional: u.optional, type: defOf(u.schema).type };
  });
}

/** The element schema of an array schema (after unwrapping), if it is one. */
export function elementOf(schema: AnySchema): AnySchema | undefined {
  const def = defOf(unwrap(schema).schema);
  return def.type === 'array' ? def.element : undefined;
}

// One file through the first stages of the pipeline: text → YAML with positions → Zod.
import type { z } from 'zod';
import { formatPath, type ContentIssue, type PathSegment } from './issue.ts';
import { explainZodIssue } from './explain-issue.ts';
import { offsetAt, parseYaml, type ParsedYaml } from './parse-yaml.ts';

export interface Located {
  file: string;
  /** Lines above the YAML (front matter in Markdown files). */
  lineOffset: number;
  parsed: ParsedYaml;
}

export type FileResult<T> =
  | { ok: true; data: T; located: Located }
  /** `raw`: the data as read from YAML (undefined when the YAML itself was not readable). */
  | { ok: false; issues: ContentIssue[]; raw: unknown };

export function issueAt(located: Located, path: readonly PathSegment[], rule: string, message: string, options: { key?: boolean } = {}): ContentIssue {
  return issueAtOffset(located, offsetAt(located.parsed.doc, path, options), path, rule, message);
}

function issueAtOffset(located: Located, offset: number, path: readonly PathSegment[], rule: string, message: string): ContentIssue {
  const { line, col } = located.parsed.lineCounter.linePos(offset);
  return { file: located.file, line: line + located.lineOffset, column: col, path: formatPath(path), rule, message };
}

/** The value at a data path, or undefined where the path leaves the data. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Whether any path in `paths` (as pathKey strings) is `path` itself or a prefix of it. */
function hasPrefixIn(paths: ReadonlySet<string>, path: readonly PathSegment[]): boolean {
  for (let n = 0; n <= path.length; n++) if (paths.has(pathKey(path.slice(0, n)))) return true;
  return false;
}

const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);

/**
 * Every text value in Unicode NFC, in place. Vietnamese typed on a Mac or pasted from some
 * programs comes decomposed (NFD: "ê" as e + U+0302 + …); it is the same text, so it is
 * stored as the composed form every page, export and comparison expects. Keys are left as
 * written: errors are placed by them.
 */
export function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalizeText(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      Object.defineProperty(record, key, { value: normalizeText(record[key]), enumerable: true, writable: true, configurable: true });
    }
  }
  return value;
}

/** Parse YAML text and validate it against a schema, every issue positioned. */
export function validateYaml<S extends z.ZodType>(file: string, yamlText: string, schema: S, lineOffset = 0): FileResult<z.output<S>> {
  const parsed = parseYaml(yamlText);
  parsed.data = normalizeText(parsed.data);
  const located: Located = { file, lineOffset, parsed };
  const issues = parsed.issues.map((raw) => issueAtOffset(located, raw.offset, raw.path, raw.rule, raw.message));
  if (parsed.data === undefined) return { ok: false, issues, raw: undefined };

  const result = schema.safeParse(parsed.data);
  if (result.success && issues.length === 0) return { ok: true, data: result.data, located };

  // A value already refused while reading the YAML is not reported a second time by Zod.
  // (A directive refuses no value: the file was still read, as YAML 1.2.)
  const refused = new Set(parsed.issues.filter((raw) => raw.rule !== 'yaml-directive').map((raw) => pathKey(raw.path)));
  // One message per field: where Zod finds several faults in one value (an integer check,
  // then a range), the last, most specific one is the one worth reading.
  const lastPerField = new Map<string, z.core.$ZodIssue>();
  for (const zodIssue of result.error?.issues ?? []) lastPerField.set(pathKey(zodIssue.path as PathSegment[]), zodIssue);
  for (const zodIssue of result.error?.issues ?? []) {
    const path = zodIssue.path as PathSegment[];
    if (lastPerField.get(pathKey(path)) !== zodIssue && zodIssue.code !== 'unrecognized_keys') continue;
    if (hasPrefixIn(refused, path)) continue;
    // Each unknown key gets its own line, at the key itself.
    const single = zodIssue.code === 'unrecognized_keys' ? zodIssue.keys.map((key) => ({ ...zodIssue, keys: [key] })) : [zodIssue];
    for (const one of single) {
      const explained = explainZodIssue(one, schema, valueAt(parsed.data, path));
      const at = explained.atKey === undefined ? path : [...path, explained.atKey];
      issues.push(issueAt(located, at, explained.rule, explained.message, { key: explained.atKey !== undefined }));
    }
  }
  return { ok: false, issues, raw: parsed.data };
}

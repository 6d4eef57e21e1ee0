// The project's own rules, run in the CMS form on the entry being edited: the entry is
// written out as YAML (as Decap will write it) and goes through the very functions of
// `npm run validate` (src/pipeline: YAML → Zod → cross-file rules), against the registry,
// the cycles and the plans the site was built from. Pure: no DOM, no Decap.
import { stringify } from 'yaml';
import { PlanSchema } from '../../schemas/plan.ts';
import { ReportSchema } from '../../schemas/report.ts';
import { classify, contentFilePath } from '../pipeline/classify.ts';
import { emptyContentSet, type ContentSet, type Entry } from '../pipeline/content-set.ts';
import { crossCheck, type KnownInvalid, type PlanRefs, type ReportRefs } from '../pipeline/cross-check.ts';
import { FieldsWithIssues, parsePath, type PathSegment } from '../pipeline/issue.ts';
import { parseYaml } from '../pipeline/parse-yaml.ts';
import { salvagePlan, salvageReport } from '../pipeline/salvage.ts';
import { parseAmountInput } from '../pipeline/number-text.ts';
import { metaAt } from '../pipeline/schema-walk.ts';
import { validateYaml, valueAt, type Located } from '../pipeline/validate-file.ts';
import { withActivityIds } from './activity-ids.ts';
import type { FormData } from './form-data.ts';

export interface FormProblem {
  /** activities[0].budget[1].amount, as the validator prints it. */
  path: string;
  /** The same place in the form's words: "Hoạt động 1 › Kinh phí 2 › Số tiền (triệu đồng)". */
  field: string;
  rule: string;
  message: string;
}

/** The YAML text of an entry, as it will be committed. */
export function entryText(data: unknown): string {
  return stringify(data ?? {}, { lineWidth: 0 });
}

/** Where the entry lives: `<folder>/<unit>.yaml` (every plan and report is named after its unit). */
export function entryFile(folder: string, data: unknown): string {
  const unit = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['unit'] : undefined;
  return `${folder}/${typeof unit === 'string' && unit !== '' ? unit : '_'}.yaml`;
}

function contentOf(site: FormData, except: string): ContentSet {
  const content = emptyContentSet();
  content.registry = { id: 'units', file: contentFilePath({ kind: 'registry' }), data: site.registry };
  content.cycles = site.cycles.map((c) => ({ id: c.id, file: contentFilePath({ kind: 'cycle', id: c.id }), data: c }));
  content.plans = Object.entries(site.plans)
    .filter(([id]) => id !== except)
    .map(([id, data]) => ({ id, file: contentFilePath({ kind: 'plan', cycle: data.cycle, unit: data.unit }), data }));
  return content;
}

/**
 * Every problem `npm run validate` would report for this entry at `file`
 * (content/plans/<cycle>/<unit>.yaml or content/reports/<cycle>/<period>/<unit>.yaml).
 * A plan's empty activity ids are filled from the titles first, as the save will do.
 */
export function checkEntry(file: string, data: unknown, site: FormData): FormProblem[] {
  const kind = classify(file.replace(/^content\//, ''));
  if (kind.kind !== 'plan' && kind.kind !== 'report') return [];
  const schema = kind.kind === 'plan' ? PlanSchema : ReportSchema;
  const written = kind.kind === 'plan' ? withActivityIds(data) : data;
  const text = entryText(written);
  const result = validateYaml(file, text, schema);
  const issues = result.ok ? [] : result.issues;

  const id = kind.kind === 'plan' ? `${kind.cycle}/${kind.unit}` : `${kind.cycle}/${kind.period}/${kind.unit}`;
  const located: Located = result.ok ? result.located : { file, lineOffset: 0, parsed: parseYaml(text) };
  const subject = result.ok ? result.data : kind.kind === 'plan' ? salvagePlan(result.raw) : salvageReport(result.raw);
  const plans: Entry<PlanRefs>[] = kind.kind === 'plan' ? [{ id, file, data: subject as PlanRefs }] : [];
  const reports: Entry<ReportRefs>[] = kind.kind === 'report' ? [{ id, file, data: subject as ReportRefs }] : [];
  const invalid: KnownInvalid = { registry: false, cycles: new Set(), dispatches: new Set(), plans: new Set() };
  const content = contentOf(site, kind.kind === 'plan' ? id : '');
  const elsewhere = (other: string): Located => ({ file: other, lineOffset: 0, parsed: parseYaml('') });
  const locate = (other: string) => (other === file ? located : elsewhere(other));
  // As `npm run validate` does: a cross-file rule stays silent where the file's own error speaks.
  const known = new FieldsWithIssues();
  for (const issue of issues) known.add(issue);
  for (const issue of crossCheck(content, invalid, locate, { plans, reports })) {
    if (issue.file !== file || known.covers(issue)) continue;
    issues.push(issue);
    known.add(issue);
  }
  const titleMissing = new Set(issues.filter((i) => /^activities\[\d+\]\.title$/.test(i.path)).map((i) => i.path.replace(/\.title$/, '')));
  return issues
    // An activity with no title has no id to make either: its title's message says it all.
    .filter((issue) => !(issue.rule === 'required' && titleMissing.has(issue.path.replace(/\.id$/, ''))))
    .map((issue) => {
      const path = parsePath(issue.path);
      return { path: issue.path, field: fieldLabel(schema, path), rule: issue.rule, message: formMessage(schema, path, issue.rule, valueAt(written, path)) ?? issue.message };
    });
}

/**
 * Where the form has its own words: an amount typed as text is explained as it was typed,
 * and a missing field is one to fill in or choose (the file's wording lists ids and YAML forms).
 */
function formMessage(schema: Parameters<typeof metaAt>[0], path: PathSegment[], rule: string, value: unknown): string | undefined {
  const meta = metaAt(schema, path);
  if (rule === 'required') return `Chưa ${meta['choices'] !== undefined || meta.ref !== undefined ? 'chọn' : 'điền'} «${meta.title ?? String(path.at(-1))}».`;
  if (meta['money'] !== true || typeof value !== 'string') return undefined;
  const parsed = parseAmountInput(value);
  return parsed.ok ? undefined : parsed.message;
}


/** A field path in the form's words: list items are counted from 1, as the officer sees them. */
export function fieldLabel(schema: Parameters<typeof metaAt>[0], path: readonly PathSegment[]): string {
  const parts: string[] = [];
  path.forEach((segment, i) => {
    const meta = metaAt(schema, path.slice(0, i + 1));
    if (typeof segment === 'number') {
      const last = parts.pop() ?? '';
      parts.push(`${last} ${segment + 1}`.trim());
    } else {
      parts.push(meta.title ?? segment);
    }
  });
  return parts.length === 0 ? 'Cả bài' : parts.join(' › ');
}

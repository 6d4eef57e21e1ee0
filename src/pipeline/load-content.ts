// The one pipeline: read every file of content/ → parse YAML with positions → Zod →
// cross-file rules → typed entries. The CLI validator and the Astro content loader both
// call loadContent(), so CI and the build can never disagree.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { CycleSchema } from '../../schemas/cycle.ts';
import { DispatchSchema } from '../../schemas/dispatch.ts';
import { GuidanceSchema } from '../../schemas/guidance.ts';
import { PlanSchema } from '../../schemas/plan.ts';
import { ReportSchema } from '../../schemas/report.ts';
import { RegistrySchema } from '../../schemas/unit.ts';
import { classify, CONTENT_DIR, type ContentKind } from './classify.ts';
import { emptyContentSet, type ContentSet, type Entry } from './content-set.ts';
import { crossCheck, type KnownInvalid, type PlanRefs, type ReportRefs, type Subjects } from './cross-check.ts';
import { salvagePlan, salvageReport } from './salvage.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkMarkdown } from './markdown.ts';
import { compareIssues, FieldsWithIssues, type ContentIssue } from './issue.ts';
import { parseYaml } from './parse-yaml.ts';
import { notRegularFile, readContentFile } from './read-file.ts';
import { validateYaml, type Located } from './validate-file.ts';

export interface PipelineResult {
  content: ContentSet;
  /** Every issue, sorted by file and position. Empty means all content is valid. */
  issues: ContentIssue[];
  /** Every file seen under content/, relative to the root, sorted. */
  files: string[];
}

/**
 * List the files under content/, relative to root, with forward slashes. Links and other
 * entries that are not directories are listed (and refused when read), never followed;
 * a content/ that is itself a link is listed as the one entry `content`.
 */
export async function listContentFiles(root: string): Promise<string[]> {
  if ((await notRegularFile(path.join(root, CONTENT_DIR)))?.rule === 'symlink') return [CONTENT_DIR];
  const out: string[] = [];
  async function walk(relative: string) {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else out.push(child);
    }
  }
  await walk(CONTENT_DIR);
  return out.sort();
}

interface Accepted {
  yamlText: string;
  lineOffset: number;
}

/** Run up to `limit` tasks at once; results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type FileOutcome =
  | { file: string; kind: ContentKind; ok: true; data: unknown; body: string | undefined; accepted: Accepted }
  | { file: string; kind: ContentKind; ok: false; issues: ContentIssue[]; raw?: unknown; accepted?: Accepted };

const SCHEMAS = {
  registry: RegistrySchema,
  dispatch: DispatchSchema,
  cycle: CycleSchema,
  plan: PlanSchema,
  report: ReportSchema,
  guidance: GuidanceSchema,
} satisfies Record<string, z.ZodType>;

async function processFile(root: string, file: string): Promise<FileOutcome | undefined> {
  const kind = classify(file.slice(CONTENT_DIR.length + 1));
  const fail = (rule: string, message: string, line = 1, column = 1): FileOutcome => ({
    file,
    kind,
    ok: false,
    issues: [{ file, line, column, path: '', rule, message }],
  });
  // Before anything else: a link or a FIFO is refused as such, whatever its name says.
  const notRegular = await notRegularFile(path.join(root, file));
  if (notRegular?.rule === 'symlink' || notRegular?.rule === 'not-regular-file') return fail(notRegular.rule, notRegular.message);
  if (kind.kind === 'ignored') return undefined;
  if (kind.kind === 'unknown') return fail('unexpected-file', kind.hint);

  const read = await readContentFile(path.join(root, file));
  if (!read.ok) return fail(read.rule, read.message, read.line, read.column);

  let yamlText = read.text;
  let lineOffset = 0;
  let body: string | undefined;
  const bodyIssues: ContentIssue[] = [];
  if (kind.kind === 'dispatch' || kind.kind === 'guidance') {
    const split = splitFrontmatter(read.text);
    if (split.yaml === undefined) {
      return fail('frontmatter-missing', 'Tệp Markdown phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (tiêu đề, mô tả…), rồi mới đến nội dung.');
    }
    yamlText = split.yaml;
    lineOffset = split.lineOffset;
    for (const issue of checkMarkdown(split.body)) {
      bodyIssues.push({ file, line: issue.line + split.bodyLineOffset, column: issue.column, path: '', rule: issue.rule, message: issue.message });
    }
    // The same text as written, in the one form (NFC) the pages and comparisons expect.
    body = split.body.normalize('NFC');
  }

  const result = validateYaml(file, yamlText, SCHEMAS[kind.kind], lineOffset);
  if (!result.ok) return { file, kind, ok: false, issues: [...result.issues, ...bodyIssues], raw: result.raw, accepted: { yamlText, lineOffset } };
  if (bodyIssues.length > 0) return { file, kind, ok: false, issues: bodyIssues, raw: result.located.parsed.data, accepted: { yamlText, lineOffset } };
  return { file, kind, ok: true, data: result.data, body, accepted: { yamlText, lineOffset } };
}

/** Past this many errors in one file, the rest are counted, not listed. */
export const MAX_ISSUES_PER_FILE = 500;

/** At most MAX_ISSUES_PER_FILE errors per file (sorted), then one line saying how many more. */
function capPerFile(sorted: readonly ContentIssue[]): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (let i = 0; i < sorted.length; ) {
    let end = i;
    while (end < sorted.length && sorted[end]?.file === sorted[i]?.file) end++;
    out.push(...sorted.slice(i, Math.min(end, i + MAX_ISSUES_PER_FILE)));
    const first = sorted[i + MAX_ISSUES_PER_FILE];
    if (end - i > MAX_ISSUES_PER_FILE && first !== undefined) {
      const more = (end - i - MAX_ISSUES_PER_FILE).toLocaleString('vi-VN');
      out.push({ ...first, path: '', rule: 'too-many-issues', message: `Tệp còn ${more} lỗi nữa từ dòng này trở đi (chỉ liệt kê ${MAX_ISSUES_PER_FILE.toLocaleString('vi-VN')} lỗi đầu). Hãy sửa các lỗi trên rồi kiểm tra lại.` });
    }
    i = end;
  }
  return out;
}

/** Load, validate and cross-check all of content/ under `root`. Never throws on bad content. */
export async function loadContent(root: string): Promise<PipelineResult> {
  const listed = await listContentFiles(root);
  const outcomes = await mapLimited(listed, 32, (file) => processFile(root, file));
  const files = listed.filter((_, i) => outcomes[i] !== undefined);

  const content = emptyContentSet();
  const issues: ContentIssue[] = [];
  const invalid: KnownInvalid = { registry: false, cycles: new Set(), dispatches: new Set(), plans: new Set() };
  const accepted = new Map<string, Accepted>();
  const salvagedPlans: Entry<PlanRefs>[] = [];
  const salvagedReports: Entry<ReportRefs>[] = [];

  for (const outcome of outcomes) {
    if (outcome === undefined) continue;
    const { kind, file } = outcome;
    if (!outcome.ok) {
      issues.push(...outcome.issues);
      if (kind.kind === 'registry') invalid.registry = true;
      else if (kind.kind === 'cycle') invalid.cycles.add(kind.id);
      else if (kind.kind === 'dispatch') invalid.dispatches.add(kind.id);
      else if (kind.kind === 'plan') invalid.plans.add(`${kind.cycle}/${kind.unit}`);
      if (outcome.raw !== undefined && outcome.accepted !== undefined) {
        accepted.set(file, outcome.accepted);
        if (kind.kind === 'plan') salvagedPlans.push({ id: `${kind.cycle}/${kind.unit}`, file, data: salvagePlan(outcome.raw) });
        if (kind.kind === 'report') salvagedReports.push({ id: `${kind.cycle}/${kind.period}/${kind.unit}`, file, data: salvageReport(outcome.raw) });
      }
      continue;
    }
    accepted.set(file, outcome.accepted);
    const data = outcome.data as never;
    const body = outcome.body ?? '';
    switch (kind.kind) {
      case 'registry':
        content.registry = { id: 'units', file, data };
        break;
      case 'cycle':
        content.cycles.push({ id: kind.id, file, data });
        break;
      case 'dispatch':
        content.dispatches.push({ id: kind.id, file, data, body });
        break;
      case 'guidance':
        content.guidance.push({ id: kind.id, file, data, body });
        break;
      case 'plan':
        content.plans.push({ id: `${kind.cycle}/${kind.unit}`, file, data });
        break;
      case 'report':
        content.reports.push({ id: `${kind.cycle}/${kind.period}/${kind.unit}`, file, data });
        break;
    }
  }

  // Cross-file errors are rare: a file is parsed again only to place them, once per file.
  const located = new Map<string, Located>();
  const locate = (file: string): Located => {
    let found = located.get(file);
    if (found === undefined) {
      const a = accepted.get(file);
      found = { file, lineOffset: a?.lineOffset ?? 0, parsed: parseYaml(a?.yamlText ?? '') };
      located.set(file, found);
    }
    return found;
  };
  issues.push(...crossCheck(content, invalid, locate));
  // Files that failed their schema: their well-formed references are checked too, except
  // where the file already has an error at that field (or around it).
  const salvaged: Subjects = { plans: salvagedPlans, reports: salvagedReports };
  const known = new FieldsWithIssues();
  for (const issue of issues) known.add(issue);
  for (const issue of crossCheck(content, invalid, locate, salvaged)) {
    if (known.covers(issue)) continue;
    issues.push(issue);
    known.add(issue);
  }
  issues.sort(compareIssues);
  return { content, issues: capPerFile(issues), files };
}

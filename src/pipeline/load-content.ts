// The one pipeline: read every file of content/ → parse YAML with positions → Zod →
// cross-file rules → typed entries. The CLI validator and the Astro content loader both
// call loadContent(), so CI and the build can never disagree.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_DIR } from './classify.ts';
import { emptyContentSet, type ContentSet, type Entry } from './content-set.ts';
import { crossCheck, type KnownInvalid, type PlanRefs, type ReportRefs, type Subjects } from './cross-check.ts';
import { compareIssues, FieldsWithIssues, type ContentIssue } from './issue.ts';
import { parseYaml } from './parse-yaml.ts';
import type { Accepted } from './process-file.ts';
import { processFiles } from './process-files.ts';
import { notRegularFile } from './read-file.ts';
import { salvagePlan, salvageReport } from './salvage.ts';
import type { Located } from './validate-file.ts';

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

/**
 * Load, validate and cross-check all of content/ under `root`. Never throws on bad content.
 * `workers`: how many worker threads read and check the files (process-files.ts); by default
 * one (this thread) under PARALLEL_FROM files, else one per core.
 */
export async function loadContent(root: string, options: { workers?: number } = {}): Promise<PipelineResult> {
  const listed = await listContentFiles(root);
  const outcomes = await processFiles(root, listed, options.workers);
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

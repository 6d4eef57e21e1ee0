// One problem found in one content file, located for a person to fix it.

export interface ContentIssue {
  /** Path from the project root, with forward slashes: content/plans/2021-2023/x.yaml */
  file: string;
  /** 1-based line and column of the value (or key) at fault. */
  line: number;
  column: number;
  /** The field path, e.g. activities[0].budget[1].amount; empty for the whole file. */
  path: string;
  /** Vietnamese: what is wrong and what to write instead. */
  message: string;
  /** A stable code for the rule that was broken, for tests and tools. */
  rule: string;
}

export type PathSegment = string | number;

/** activities[0].budget[1].amount */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** "activities[0].budget[1].amount" → ['activities', 0, 'budget', 1, 'amount']: the inverse of formatPath. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) out.push(part.startsWith('[') ? Number(part.slice(1, -1)) : part);
  return out;
}

/** The fields an error at `path` concerns, outermost first: '', activities, activities[0], … */
function enclosingFields(path: string): string[] {
  const out = [''];
  for (let i = 1; i < path.length; i++) if (path[i] === '.' || path[i] === '[') out.push(path.slice(0, i));
  if (path !== '') out.push(path);
  return out;
}

/**
 * The files' error paths, to ask in a few steps whether a field already has an error (so that a
 * cross-file rule stays silent where a file's own error already speaks: load-content, the CMS form).
 */
export class FieldsWithIssues {
  private readonly byFile = new Map<string, Set<string>>();
  add(issue: ContentIssue): void {
    const paths = this.byFile.get(issue.file) ?? new Set<string>();
    paths.add(issue.path);
    this.byFile.set(issue.file, paths);
  }
  /** Whether an error of the file is at this field or around it. */
  covers(issue: ContentIssue): boolean {
    const paths = this.byFile.get(issue.file);
    return paths !== undefined && enclosingFields(issue.path).some((p) => paths.has(p));
  }
}

/** The one-line form the CLI prints: `file:line:column: path: message`. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  return issue.path === '' ? `${where}: ${issue.message}` : `${where}: ${issue.path}: ${issue.message}`;
}

export function compareIssues(a: ContentIssue, b: ContentIssue): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

// GitHub workflow commands: data escapes %, CR, LF; properties also escape ':' and ','.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions annotation that marks the line in the pull request's diff. */
export function formatGithubAnnotation(issue: ContentIssue): string {
  const title = issue.path === '' ? 'Nội dung không hợp lệ' : issue.path;
  return `::error file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column},title=${escapeProperty(title)}::${escapeData(issue.message)}`;
}

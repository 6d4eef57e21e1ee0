// The date each content file last changed, from Git history at build time: one `git log`
// over the whole history for every file at once (a `git log -1 -- <file>` per page cost a
// process and a history walk per unit: half of a 1,000-plan build), read once per build.
import { execFileSync } from 'node:child_process';
import { ISO_DATE_PATTERN } from '../pipeline/date-text.ts';
import path from 'node:path';

/** Marks the start of a commit in the output, before its date. */
const COMMIT = '\x01';

/**
 * Parses `git log --name-only -z --format=%x01%cs`: each commit's date, then the paths it
 * changed. Commits come newest first, so a path's first date is its last change.
 */
export function parseNameLog(out: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date: string | undefined;
  for (const raw of out.split('\0')) {
    const token = raw.startsWith('\n') ? raw.slice(1) : raw;
    if (token.startsWith(COMMIT)) {
      const d = token.slice(COMMIT.length);
      date = ISO_DATE_PATTERN.test(d) ? d : undefined;
    } else if (token !== '' && date !== undefined && !dates.has(token)) {
      dates.set(token, date);
    }
  }
  return dates;
}

/**
 * Every file under `dir` (relative to `root`) with the committer date (YYYY-MM-DD, in the
 * committer's time zone) of the newest commit that changed it, in one `git log` run: the
 * same date as `git log -1 --format=%cs -- <file>`. Renames count as a change of the new path.
 * Keys are paths relative to `root`, with `/`. Empty when `root` is not in a Git repository.
 */
export function lastChangedDates(root: string, dir = 'content'): Map<string, string> {
  try {
    const out = execFileSync('git', ['log', '--no-renames', '--name-only', '-z', '--relative', `--format=${COMMIT}%cs`, '--', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1024 * 1024 * 1024,
    });
    return parseNameLog(out);
  } catch {
    return new Map();
  }
}

const byRoot = new Map<string, Map<string, string>>();

/** The last-changed date of one file (path relative to `root`, or absolute); undefined when untracked or no Git. History read once per root. */
export function lastChanged(root: string, file: string): string | undefined {
  let dates = byRoot.get(root);
  if (dates === undefined) {
    dates = lastChangedDates(root);
    byRoot.set(root, dates);
  }
  const relative = path.isAbsolute(file) ? path.relative(root, file) : file;
  return dates.get(relative.split(path.sep).join('/'));
}

// The date a content file last changed, from Git history at build time.
import { execFileSync } from 'node:child_process';
import { ISO_DATE_PATTERN } from '../pipeline/date-text.ts';

/** `git log -1 --format=%cs -- <file>` in `root`; undefined when untracked or no Git. */
export function lastChanged(root: string, file: string): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return ISO_DATE_PATTERN.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

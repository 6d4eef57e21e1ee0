// A Git history for a generated content root, written in one `git fast-import` run: one
// process whatever the number of commits (10,000 `git commit` processes would take minutes).
// Used by the demo (one commit per plan, dated the day it was submitted) and by
// `npm run bench:build` (the same, at 1,000 and 10,000 plans).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface HistoryCommit {
  /** YYYY-MM-DD; the commit is made at 09:00 +07:00 that day. */
  date: string;
  message: string;
  /** Paths relative to the root, read from disk when the history is written. */
  files: string[];
}

const AUTHOR = 'Dữ liệu minh họa <demo@example.invalid>';

/** `git init` at root (which must not hold a repository yet), then the commits in order on main. */
export function writeHistory(root: string, commits: readonly HistoryCommit[]): void {
  const git = (args: string[], input?: Buffer) =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: root,
      input,
      stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  git(['init', '--quiet', '--initial-branch=main']);
  const chunks: Buffer[] = [];
  const text = (s: string) => chunks.push(Buffer.from(s, 'utf8'));
  const data = (bytes: Buffer) => {
    text(`data ${bytes.length}\n`);
    chunks.push(bytes);
    text('\n');
  };
  commits.forEach((c, i) => {
    const seconds = Math.floor(Date.parse(`${c.date}T09:00:00+07:00`) / 1000);
    text(`commit refs/heads/main\nmark :${i + 1}\ncommitter ${AUTHOR} ${seconds} +0700\n`);
    data(Buffer.from(c.message, 'utf8'));
    if (i > 0) text(`from :${i}\n`);
    for (const file of c.files) {
      // Quoted paths (C-style) so that spaces and non-ASCII names go through as written.
      text(`M 100644 inline ${JSON.stringify(file.split(path.sep).join('/'))}\n`);
      data(readFileSync(path.join(root, file)));
    }
  });
  text('done\n');
  git(['fast-import', '--quiet', '--done'], Buffer.concat(chunks));
  // The work tree already holds the files: make the index match HEAD, so `git status` is clean.
  git(['reset', '--quiet']);
}

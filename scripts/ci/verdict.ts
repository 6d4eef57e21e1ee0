// npm run ci:verdict -- [--base COMMIT [--head COMMIT]] [--changes FILE] [--author LOGIN…]
//                       [--summary FILE] [--report FILE] [--codequality FILE]
// The readable verdict on a submission: validates the content as it is in this checkout,
// judges the changed files (and, with --author, who may change them), prints file:line
// errors and GitHub annotations, and writes a Vietnamese Markdown summary to
// $GITHUB_STEP_SUMMARY (or --summary FILE) and to --report FILE (GitLab's artifact).
// Without --base or --changes every file of content/ is judged (the default branch).
// Exit 0 valid, 1 invalid or refused, 2 misuse.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { judgeChanges } from '../../src/ci/ownership.ts';
import { formatRefusals } from '../../src/ci/ownership-text.ts';
import { buildVerdict, codeQualityReport, renderVerdict, type VerdictInput } from '../../src/ci/verdict.ts';
import { formatGithubAnnotation, formatIssue } from '../../src/pipeline/issue.ts';
import { loadContent } from '../../src/pipeline/load-content.ts';
import { baseRegistry, loadBase, parseArgs, readChanges, UsageError } from './lib/submission.ts';

const USAGE = `Cách dùng: npm run ci:verdict -- [--base COMMIT [--head COMMIT]] [--changes TỆP] [--author TÀI_KHOẢN]
    [--summary TỆP] [--report TỆP] [--codequality TỆP]
  Không có --base/--changes: kiểm tra toàn bộ content/ (nhánh chính).`;

function write(file: string, text: string, append = false) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (append) appendFileSync(file, text);
  else writeFileSync(file, text);
}

try {
  const args = parseArgs(process.argv.slice(2), ['summary', 'report', 'codequality']);
  const changes = readChanges(args);
  const base = await loadBase(args);
  const head = await loadContent(args.root);
  const input: VerdictInput = { head };
  if (changes !== undefined) input.changes = changes;
  if (base !== undefined) input.baseIssues = base.issues;
  if (args.authors.length > 0) {
    if (base === undefined || changes === undefined) throw new UsageError('Kiểm tra quyền sửa (--author) cần --base (hoặc --base-root và --changes).');
    input.ownership = judgeChanges(changes, args.authors, baseRegistry(base));
  }
  const verdict = buildVerdict(input);

  for (const issue of verdict.errors) process.stdout.write(`${formatIssue(issue)}\n`);
  for (const line of formatRefusals(verdict.ownership?.refusals ?? [])) process.stdout.write(`${line}\n`);
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    for (const issue of verdict.errors) process.stdout.write(`${formatGithubAnnotation(issue)}\n`);
    for (const r of verdict.ownership?.refusals ?? []) {
      process.stdout.write(`${formatGithubAnnotation({ file: r.file, line: 1, column: 1, path: 'Quyền sửa tệp', rule: 'ownership', message: r.message })}\n`);
    }
  }

  const markdown = renderVerdict(verdict);
  const summary = args.options.get('summary') ?? process.env['GITHUB_STEP_SUMMARY'];
  if (summary) write(summary, markdown, args.options.get('summary') === undefined);
  const report = args.options.get('report');
  if (report) write(report, markdown);
  const codequality = args.options.get('codequality');
  if (codequality) write(codequality, codeQualityReport(verdict));

  const first = markdown.split('\n').find((l) => l.startsWith('**')) ?? '';
  process.stderr.write(`${first.replace(/\*\*/g, '')}\n`);
  process.exit(verdict.ok ? 0 : 1);
} catch (error) {
  const usage = error instanceof UsageError;
  process.stderr.write(`${(error as Error).message}\n${usage ? `\n${USAGE}\n` : ''}`);
  process.exit(usage ? 2 : 1);
}

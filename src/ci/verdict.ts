// The verdict on a submission (issue 6): which content files were checked, the errors by
// file with line numbers, the ownership result, and a short Vietnamese Markdown summary.
// Pure: the caller runs the pipeline (loadContent) and the ownership check and passes them in.
import { createHash } from 'node:crypto';
import type { ContentIssue } from '../pipeline/issue.ts';
import type { PipelineResult } from '../pipeline/load-content.ts';
import { formatCount } from '../lib/format.ts';
import { classifyFile } from '../pipeline/classify.ts';
import type { Change } from './changes.ts';
import type { OwnershipResult } from './ownership.ts';
import { formatRefusals } from './ownership-text.ts';

export interface VerdictInput {
  /** The submission's changes; undefined means the whole of content/ is judged (default branch). */
  changes?: readonly Change[];
  /** The pipeline run on the content as it would be after the change. */
  head: PipelineResult;
  /** The pipeline's issues on the target branch, to tell errors this change caused from old ones. */
  baseIssues?: readonly ContentIssue[];
  ownership?: OwnershipResult;
}

export interface Verdict {
  ok: boolean;
  /** Content files validated, from the repository root. */
  checked: string[];
  /** Content files the change deletes (nothing to validate, but other files may now break). */
  deleted: string[];
  /** Errors that fail the submission: in its files, or new in other files because of it. */
  errors: ContentIssue[];
  /** Errors in files the change does not touch that the target branch already had. */
  preexisting: ContentIssue[];
  ownership?: OwnershipResult;
}

const key = (i: ContentIssue) => `${i.file}\0${i.rule}\0${i.path}\0${i.message}`;

export function buildVerdict(input: VerdictInput): Verdict {
  const { head, changes, ownership } = input;
  const known = new Set(head.files);
  const checked =
    changes === undefined
      ? [...head.files]
      : [...new Set(changes.filter((c) => c.status !== 'deleted' && known.has(c.path)).map((c) => c.path))].sort();
  const deleted = changes === undefined ? [] : changes.flatMap((c) => (c.status === 'deleted' ? [c.path] : c.status === 'renamed' && c.from ? [c.from] : [])).filter((f) => classifyFile(f) !== undefined).sort();
  const mine = new Set(checked);
  const before = new Set((input.baseIssues ?? []).map(key));
  const errors: ContentIssue[] = [];
  const preexisting: ContentIssue[] = [];
  for (const issue of head.issues) {
    if (changes === undefined || mine.has(issue.file) || !before.has(key(issue))) errors.push(issue);
    else preexisting.push(issue);
  }
  errors.push(...unreadChanges(changes ?? [], known));
  const verdict: Verdict = { ok: errors.length === 0 && (ownership?.ok ?? true), checked, deleted, errors, preexisting };
  if (ownership !== undefined) verdict.ownership = ownership;
  return verdict;
}

/**
 * A changed path under content/ that the pipeline never saw as a file: a gitlink (submodule)
 * checks out as an empty folder, so nothing there would be validated ("0 tệp, hợp lệ").
 */
function unreadChanges(changes: readonly Change[], seen: ReadonlySet<string>): ContentIssue[] {
  const unread = changes.filter((c) => c.status !== 'deleted' && !seen.has(c.path) && (classifyFile(c.path)?.kind ?? 'ignored') !== 'ignored');
  return [...new Set(unread.map((c) => c.path))].sort().map((file) => ({
    file,
    line: 1,
    column: 1,
    path: '',
    rule: 'not-a-file',
    message: 'Thay đổi này đặt vào đây một thứ không phải tệp đọc được (một submodule/gitlink hay một thư mục), nên không có nội dung nào được kiểm tra. Nội dung chỉ gồm các tệp thường: hãy xóa nó và đưa chính tệp nội dung vào chỗ này.',
  }));
}

function groupByFile(issues: readonly ContentIssue[]): Map<string, ContentIssue[]> {
  const out = new Map<string, ContentIssue[]>();
  for (const issue of issues) out.set(issue.file, [...(out.get(issue.file) ?? []), issue]);
  return out;
}

// Markdown inline code cannot hold a backtick; file names and paths here never need one.
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

function issueLines(issues: readonly ContentIssue[]): string[] {
  const lines: string[] = [];
  for (const [file, list] of groupByFile(issues)) {
    lines.push('', `#### ${code(file)}: ${formatCount(list.length)} lỗi`, '');
    for (const i of list) {
      const field = i.path === '' ? '' : ` ${code(i.path)}:`;
      lines.push(`- Dòng ${formatCount(i.line)}, cột ${formatCount(i.column)}:${field} ${i.message}`);
    }
  }
  return lines;
}

/** The short Vietnamese summary: the job summary on GitHub, the report artifact on GitLab. */
export function renderVerdict(verdict: Verdict): string {
  const { checked, errors, ownership } = verdict;
  const files = `${formatCount(checked.length)} tệp nội dung`;
  const lines: string[] = [];
  if (verdict.ok) {
    lines.push('## ✅ Bài nộp hợp lệ', '', `**Hợp lệ.** Đã kiểm tra ${files}: không có lỗi.${ownership ? ' Tác giả có quyền sửa mọi tệp đã thay đổi.' : ''}`);
  } else {
    const parts: string[] = [];
    if (errors.length > 0) parts.push(`${formatCount(errors.length)} lỗi nội dung trong ${formatCount(groupByFile(errors).size)} tệp`);
    if (ownership && !ownership.ok) parts.push(`${formatCount(ownership.refusals.length)} tệp không được phép sửa`);
    lines.push('## ❌ Bài nộp chưa hợp lệ', '', `**Không hợp lệ:** ${parts.join('; ')} (đã kiểm tra ${files}). Bài nộp chưa được đăng cho đến khi sửa xong.`);
  }

  lines.push('', '### Tệp đã kiểm tra', '');
  if (checked.length === 0) lines.push('- Không có tệp nội dung nào thay đổi.');
  for (const file of checked) lines.push(`- ${code(file)}`);
  for (const file of verdict.deleted) lines.push(`- ${code(file)} (bị xóa: kiểm tra các tệp khác còn đúng không)`);

  if (errors.length > 0) {
    lines.push('', '### Lỗi theo tệp', '', 'Mỗi lỗi nêu dòng, cột, trường và cách sửa. Sửa đúng chỗ đó trong tệp (hoặc trong biểu mẫu ở trang quản trị /admin/), lưu lại: việc kiểm tra tự chạy lại.');
    lines.push(...issueLines(errors));
  }

  if (ownership && !ownership.ok) {
    lines.push('', '### Quyền sửa tệp', '');
    lines.push(...formatRefusals(ownership.refusals));
  }

  if (verdict.preexisting.length > 0) {
    lines.push('', '### Lỗi có từ trước ở tệp khác', '', 'Các lỗi này đã có trên nhánh chính, không do bài nộp này gây ra và không chặn bài nộp; cơ quan thường trực sẽ sửa.');
    lines.push(...issueLines(verdict.preexisting));
  }
  return `${lines.join('\n')}\n`;
}

/** GitLab Code Quality report: the merge request widget lists each error at its line. */
export function codeQualityReport(verdict: Verdict): string {
  const entries = [
    ...verdict.errors.map((i) => ({
      description: i.path === '' ? i.message : `${i.path}: ${i.message}`,
      check_name: i.rule,
      fingerprint: fingerprint(`${i.file}:${i.line}:${i.column}:${i.rule}:${i.path}`),
      severity: 'major',
      location: { path: i.file, lines: { begin: i.line } },
    })),
    ...(verdict.ownership?.refusals ?? []).map((r) => ({
      description: r.message,
      check_name: 'ownership',
      fingerprint: fingerprint(`ownership:${r.author}:${r.file}`),
      severity: 'blocker',
      location: { path: r.file, lines: { begin: 1 } },
    })),
  ];
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** A stable id per finding, as GitLab asks (an MD5 hex digest). */
const fingerprint = (text: string) => createHash('md5').update(text).digest('hex');

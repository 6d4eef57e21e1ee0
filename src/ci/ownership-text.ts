// The words of the ownership check (src/ci/ownership.ts decides): whose a file is, why an
// account may not change it and what to do instead, in Vietnamese, and the Markdown list
// that groups the refusals by account.
import type { Unit } from '../../schemas/unit.ts';
import type { FileOwner, NotRegular } from './ownership.ts';

export interface Refusal {
  /** The path refused (for a rename, the old or the new one). */
  file: string;
  author: string;
  /** The unit the file belongs to, when it belongs to one. */
  unit?: string;
  /** Vietnamese: whose file this is ("đây là kế hoạch của đơn vị …"), with the rename/delete note. */
  owner: string;
  /** Vietnamese: what this author may do instead (the same for all of their refusals). */
  reason: string;
  /** The whole sentence: names the file, its unit and what to do (for annotations). */
  message: string;
}

const AGENCY_LABELS: Record<Extract<FileOwner, { kind: 'agency' }>['what'], string> = {
  registry: 'danh mục đơn vị',
  cycle: 'chu kỳ kế hoạch',
  dispatch: 'công văn',
  guidance: 'trang hướng dẫn',
  source: 'mã nguồn, cấu hình hoặc tài liệu của trang',
  'other-content': 'tệp nội dung không thuộc đơn vị nào',
};

const unitName = (u: Unit) => `${u.name} (${u.id})`;

/** Whose a file is, as a clause: "đây là kế hoạch của đơn vị …". */
export function describeOwner(owner: FileOwner): string {
  switch (owner.kind) {
    case 'unit':
      return owner.what === 'plan'
        ? `đây là kế hoạch của đơn vị ${unitName(owner.unit)}`
        : `đây là báo cáo kỳ ${owner.period ?? ''} của đơn vị ${unitName(owner.unit)}`;
    case 'unit-missing':
      return `tệp ${owner.what === 'plan' ? 'kế hoạch' : 'báo cáo'} mang mã đơn vị "${owner.unitId}", không có trong danh mục đơn vị`;
    case 'agency':
      return `đây là ${AGENCY_LABELS[owner.what]}, chỉ cơ quan thường trực được sửa`;
  }
}

/**
 * An account refused one file: `own` are the units it edits (none: it is in no unit's list),
 * `note` what the change did to the path (" (xóa tệp)", " (đổi tên thành …)").
 */
export function unitRefusal(file: string, author: string, owner: FileOwner, own: readonly Unit[], note: string): Refusal {
  const reason =
    own.length === 0
      ? 'Tài khoản này không có trong danh mục đơn vị (content/units.yaml của nhánh chính): không là người sửa của đơn vị nào, cũng không thuộc cơ quan thường trực. Hãy đề nghị cơ quan thường trực thêm tài khoản vào mục "editors" của đơn vị mình.'
      : `Tài khoản này chỉ được sửa kế hoạch và báo cáo của ${own.map(unitName).join(', ')}. Hãy bỏ những thay đổi đó khỏi bài nộp, hoặc nhờ cơ quan thường trực sửa.`;
  const what = `${describeOwner(owner)}${note}`;
  const refusal: Refusal = { file, author, owner: what, reason, message: `Tài khoản "${author}" không được sửa tệp ${file}${note}: ${describeOwner(owner)}. ${reason}` };
  if (owner.kind === 'unit') refusal.unit = owner.unit.id;
  return refusal;
}

/** What is wrong with a file that is not a regular one, and what to do. */
function notRegularWords(path: string, problem: NotRegular, regularMode: string): { what: string; fix: string } {
  switch (problem.kind) {
    case 'symlink':
      return { what: 'là một liên kết tượng trưng (symlink), không phải tệp thật', fix: 'hãy xóa liên kết và đưa chính tệp nội dung vào' };
    case 'gitlink':
      return { what: 'là một liên kết submodule (gitlink), không phải tệp', fix: `hãy gỡ submodule (git rm --cached ${path}) và đưa chính tệp nội dung vào` };
    case 'mode':
      return { what: `có chế độ tệp ${problem.mode}${problem.mode === '100755' ? ' (tệp thực thi)' : ''}`, fix: `hãy giữ chế độ ${regularMode} (git update-index --chmod=-x ${path})` };
    case 'type-change':
      return { what: 'đổi loại (giữa tệp thường, liên kết và submodule)', fix: 'hãy đưa lại một tệp nội dung thường vào chỗ này' };
  }
}

/** A link, a submodule or a file of another mode under content/: refused for every account. */
export function fileKindRefusal(path: string, problem: NotRegular, regularMode: string): Refusal {
  const wrong = notRegularWords(path, problem, regularMode);
  const owner = `tệp ${wrong.what}`;
  const reason = `Nội dung chỉ gồm các tệp thường (chế độ ${regularMode}) nằm ngay trong kho: ${wrong.fix}.`;
  return { file: path, author: '', owner, reason, message: `Tệp ${path} ${wrong.what}. ${reason}` };
}

/** No account to judge: nothing can be allowed. */
export function noAuthorRefusal(): Refusal {
  const message = 'Không xác định được tài khoản tác giả của thay đổi, nên không thể kiểm tra quyền sửa.';
  return { file: '', author: '', owner: '', reason: message, message };
}

/** How a change touched a path, said after the path: " (đổi tên thành …)", " (xóa tệp)". */
export function changeNote(change: 'renamed' | 'copied' | 'deleted', other?: string, direction?: 'to' | 'from'): string {
  if (change === 'deleted') return ' (xóa tệp)';
  const verb = change === 'renamed' ? 'đổi tên' : 'sao chép';
  return ` (${verb} ${direction === 'to' ? 'thành' : 'từ'} ${other ?? ''})`;
}

/**
 * The refusals grouped by author: the reason once, then each file with whose it is (at most
 * `limit` files per author, then how many more). Plain lines of Markdown list items.
 */
export function formatRefusals(refusals: readonly Refusal[], limit = 50): string[] {
  const lines: string[] = [];
  const authors = [...new Set(refusals.map((r) => r.author))];
  for (const author of authors) {
    const mine = refusals.filter((r) => r.author === author);
    const first = mine[0];
    if (first === undefined) continue;
    if (author === '') {
      // Refusals that hold for every account: each says what is wrong with its file.
      for (const r of mine) lines.push(`- ${r.message}`);
      continue;
    }
    lines.push(`- Tài khoản "${author}" không được sửa ${mine.length.toLocaleString('vi-VN')} tệp. ${first.reason}`);
    for (const r of mine.slice(0, limit)) lines.push(`  - ${r.file}: ${r.owner}.`);
    if (mine.length > limit) lines.push(`  - … và ${(mine.length - limit).toLocaleString('vi-VN')} tệp khác.`);
  }
  return lines;
}

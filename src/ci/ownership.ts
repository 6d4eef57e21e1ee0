// Who may change which file (issue 6): pure decision logic, no Git and no file system.
// A unit editor may change only their own unit's plans and reports; the standing agency may
// change everything; anyone else may change nothing. The registry passed in must be the one
// of the TARGET branch (before the change), so a change cannot grant its own author rights.
import type { Registry, Unit } from '../../schemas/unit.ts';
import { classify } from '../pipeline/classify.ts';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';

/** One changed file, as `git diff --name-status -M` reports it. */
export interface Change {
  status: ChangeStatus;
  /** The path after the change (for a deleted file: the path it had). */
  path: string;
  /** Renamed or copied: the path before. */
  from?: string;
  /** Git file modes before and after (`git diff --raw`): 100644 a file, 120000 a symlink, 160000 a gitlink. */
  modes?: { before: string; after: string };
  /** `T` in `--name-status`: the file became a link or a submodule, or the other way round. */
  typeChanged?: boolean;
}

/** What a path is, for the ownership rules. */
export type FileOwner =
  | { kind: 'unit'; what: 'plan' | 'report'; unit: Unit; period?: string }
  | { kind: 'unit-missing'; what: 'plan' | 'report'; unitId: string }
  | { kind: 'agency'; label: string };

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

export interface OwnershipResult {
  ok: boolean;
  /** Every path judged: both sides of a rename. */
  judged: string[];
  refusals: Refusal[];
}

const AGENCY_LABELS: Record<string, string> = {
  registry: 'danh mục đơn vị',
  cycle: 'chu kỳ kế hoạch',
  dispatch: 'công văn',
  guidance: 'trang hướng dẫn',
};

/** Forge logins are case-insensitive (GitHub, GitLab, Gitea). */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Who owns `file` (a path from the repository root). */
export function ownerOf(file: string, registry: Registry): FileOwner {
  if (!file.startsWith('content/')) return { kind: 'agency', label: 'mã nguồn, cấu hình hoặc tài liệu của trang' };
  const kind = classify(file.slice('content/'.length));
  if (kind.kind === 'plan' || kind.kind === 'report') {
    const unit = registry.units.find((u) => u.id === kind.unit);
    if (unit === undefined) return { kind: 'unit-missing', what: kind.kind, unitId: kind.unit };
    return kind.kind === 'report' ? { kind: 'unit', what: 'report', unit, period: kind.period } : { kind: 'unit', what: 'plan', unit };
  }
  return { kind: 'agency', label: AGENCY_LABELS[kind.kind] ?? 'tệp nội dung không thuộc đơn vị nào' };
}

export const isAgency = (author: string, registry: Registry) => (registry.agency_editors ?? []).some((a) => same(a, author));

/** The units whose editors list `author`. */
export const unitsOf = (author: string, registry: Registry) => registry.units.filter((u) => (u.editors ?? []).some((a) => same(a, author)));

const unitName = (u: Unit) => `${u.name} (${u.id})`;

function describe(owner: FileOwner): string {
  switch (owner.kind) {
    case 'unit':
      return owner.what === 'plan'
        ? `đây là kế hoạch của đơn vị ${unitName(owner.unit)}`
        : `đây là báo cáo kỳ ${owner.period ?? ''} của đơn vị ${unitName(owner.unit)}`;
    case 'unit-missing':
      return `tệp ${owner.what === 'plan' ? 'kế hoạch' : 'báo cáo'} mang mã đơn vị "${owner.unitId}", không có trong danh mục đơn vị`;
    case 'agency':
      return `đây là ${owner.label}, chỉ cơ quan thường trực được sửa`;
  }
}

/** The Vietnamese reason one author may not touch one file, or undefined when they may. */
function refuse(file: string, author: string, registry: Registry, note: string): Refusal | undefined {
  if (isAgency(author, registry)) return undefined;
  const owner = ownerOf(file, registry);
  const own = unitsOf(author, registry);
  if (owner.kind === 'unit' && own.some((u) => u.id === owner.unit.id)) return undefined;
  const reason =
    own.length === 0
      ? 'Tài khoản này không có trong danh mục đơn vị (content/units.yaml của nhánh chính): không là người sửa của đơn vị nào, cũng không thuộc cơ quan thường trực. Hãy đề nghị cơ quan thường trực thêm tài khoản vào mục "editors" của đơn vị mình.'
      : `Tài khoản này chỉ được sửa kế hoạch và báo cáo của ${own.map(unitName).join(', ')}. Hãy bỏ những thay đổi đó khỏi bài nộp, hoặc nhờ cơ quan thường trực sửa.`;
  const what = `${describe(owner)}${note}`;
  const refusal: Refusal = { file, author, owner: what, reason, message: `Tài khoản "${author}" không được sửa tệp ${file}${note}: ${describe(owner)}. ${reason}` };
  if (owner.kind === 'unit') refusal.unit = owner.unit.id;
  return refusal;
}

/** Every path a change touches: a rename or copy is judged by both of its paths. */
export function pathsOf(change: Change): Array<{ file: string; note: string }> {
  if ((change.status === 'renamed' || change.status === 'copied') && change.from !== undefined) {
    const verb = change.status === 'renamed' ? 'đổi tên' : 'sao chép';
    const paths = [
      { file: change.from, note: ` (${verb} thành ${change.path})` },
      { file: change.path, note: ` (${verb} từ ${change.from})` },
    ];
    // A copy leaves its source unchanged, so only a rename touches the old path.
    return change.status === 'renamed' ? paths : paths.slice(1);
  }
  return [{ file: change.path, note: change.status === 'deleted' ? ' (xóa tệp)' : '' }];
}

/** The only mode a content file may have: a regular, non-executable file. */
const REGULAR_MODE = '100644';

/**
 * Why a change puts something other than a regular file under content/ (whoever makes it):
 * a symlink, a gitlink (submodule), another file mode, or a type change.
 */
function notRegularChange(change: Change): { what: string; fix: string } | undefined {
  if (change.status === 'deleted' || !change.path.startsWith('content/')) return undefined;
  const after = change.modes?.after;
  if (after === '120000') return { what: 'là một liên kết tượng trưng (symlink), không phải tệp thật', fix: 'hãy xóa liên kết và đưa chính tệp nội dung vào' };
  if (after === '160000') return { what: 'là một liên kết submodule (gitlink), không phải tệp', fix: `hãy gỡ submodule (git rm --cached ${change.path}) và đưa chính tệp nội dung vào` };
  if (after !== undefined && after !== REGULAR_MODE) {
    return { what: `có chế độ tệp ${after}${after === '100755' ? ' (tệp thực thi)' : ''}`, fix: `hãy giữ chế độ ${REGULAR_MODE} (git update-index --chmod=-x ${change.path})` };
  }
  if (change.typeChanged) return { what: 'đổi loại (giữa tệp thường, liên kết và submodule)', fix: 'hãy đưa lại một tệp nội dung thường vào chỗ này' };
  return undefined;
}

/** The changes that put a link, a submodule or a file of another mode under content/. */
export function fileKindRefusals(changes: readonly Change[]): Refusal[] {
  return changes.flatMap((change) => {
    const wrong = notRegularChange(change);
    if (wrong === undefined) return [];
    const owner = `tệp ${wrong.what}`;
    const reason = `Nội dung chỉ gồm các tệp thường (chế độ ${REGULAR_MODE}) nằm ngay trong kho: ${wrong.fix}.`;
    return [{ file: change.path, author: '', owner, reason, message: `Tệp ${change.path} ${wrong.what}. ${reason}` }];
  });
}

/**
 * Judge every change for every author (the one who opened the request and the one who
 * pushed, when they differ): all must be allowed. No author at all is refused outright.
 */
export function judgeChanges(changes: readonly Change[], authors: readonly string[], registry: Registry): OwnershipResult {
  const judged = changes.flatMap((c) => pathsOf(c).map((p) => p.file));
  const refusals: Refusal[] = [];
  // One entry per account, whatever the letter case (opener and pusher are often the same).
  const who = [...new Map(authors.map((a) => a.trim()).filter((a) => a !== '').map((a) => [a.toLowerCase(), a])).values()];
  if (who.length === 0) {
    const message = 'Không xác định được tài khoản tác giả của thay đổi, nên không thể kiểm tra quyền sửa.';
    return { ok: false, judged, refusals: [{ file: '', author: '', owner: '', reason: message, message }] };
  }
  for (const author of who) {
    for (const change of changes) {
      for (const { file, note } of pathsOf(change)) {
        const refusal = refuse(file, author, registry, note);
        if (refusal) refusals.push(refusal);
      }
    }
  }
  // Whoever the author, even the agency: the pipeline would refuse such a file anyway.
  refusals.push(...fileKindRefusals(changes));
  return { ok: refusals.length === 0, judged, refusals };
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

const STATUS: Record<string, ChangeStatus> = { A: 'added', M: 'modified', T: 'modified', U: 'modified', D: 'deleted', R: 'renamed', C: 'copied' };

function toChange(code: string, a: string | undefined, b: string | undefined, shown: string): Change {
  const status = STATUS[code.charAt(0)];
  if (status === undefined || a === undefined || a === '') throw new Error(`Không đọc được dòng "${shown}" (cần dạng "M<TAB>đường/dẫn" hoặc "R100<TAB>cũ<TAB>mới").`);
  const typeChanged = code.charAt(0) === 'T' ? { typeChanged: true } : {};
  if (status !== 'renamed' && status !== 'copied') return { status, path: a, ...typeChanged };
  if (b === undefined || b === '') throw new Error(`Dòng "${shown}": đổi tên hoặc sao chép cần cả đường dẫn cũ và mới.`);
  return { status, path: b, from: a };
}

/**
 * The status and modes of a `git diff --raw` record (`:100644 120000 <id> <id> T`), or the
 * status alone of a `--name-status` one (`T`).
 */
function statusOf(field: string): { code: string; modes?: { before: string; after: string } } {
  if (!field.startsWith(':')) return { code: field };
  const [before = '', after = '', , , code = ''] = field.slice(1).split(' ');
  return { code, modes: { before, after } };
}

function withModes(change: Change, modes: Change['modes']): Change {
  return modes === undefined ? change : { ...change, modes };
}

/**
 * Parse `git diff --name-status` output: one change per line, tab-separated, e.g.
 * `M\tcontent/x.yaml` or `R100\told\tnew`; `git diff --raw` lines are read too, with their
 * modes. Throws on a line it cannot read.
 */
export function parseNameStatus(text: string): Change[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [field = '', a, b] = line.split('\t');
      const { code, modes } = statusOf(field);
      return withModes(toChange(code, a, b, line), modes);
    });
}

/**
 * Parse `git diff --name-status -z` or `git diff --raw -z` output (NUL-separated; safe for
 * any file name); the raw form also gives each change its file modes.
 */
export function parseNameStatusZ(text: string): Change[] {
  const parts = text.split('\0');
  const changes: Change[] = [];
  for (let i = 0; i < parts.length; ) {
    const field = parts[i++] ?? '';
    if (field === '') continue;
    const { code, modes } = statusOf(field);
    const two = code.startsWith('R') || code.startsWith('C');
    const a = parts[i++];
    const b = two ? parts[i++] : undefined;
    changes.push(withModes(toChange(code, a, b, [field, a, b].filter((x) => x !== undefined).join(' ')), modes));
  }
  return changes;
}

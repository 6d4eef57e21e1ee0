// What a submission changed, as Git reports it: `git diff --name-status` or `--raw` output
// (plain or -z) read into one Change per file. No policy and no wording here.

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

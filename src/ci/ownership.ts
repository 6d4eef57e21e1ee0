// Who may change which file (issue 6): the policy, no Git, no file system and no wording.
// A unit editor may change only their own unit's plans and reports; the standing agency may
// change everything; anyone else may change nothing. The registry passed in must be the one
// of the TARGET branch (before the change), so a change cannot grant its own author rights.
// The words are in ownership-text.ts, reading Git's lists of changes in changes.ts.
import type { Registry, Unit } from '../../schemas/unit.ts';
import { classifyFile } from '../pipeline/classify.ts';
import type { Change } from './changes.ts';
import { changeNote, fileKindRefusal, noAuthorRefusal, unitRefusal, type Refusal } from './ownership-text.ts';

/** What a path is, for the ownership rules. */
export type FileOwner =
  | { kind: 'unit'; what: 'plan' | 'report'; unit: Unit; period?: string }
  | { kind: 'unit-missing'; what: 'plan' | 'report'; unitId: string }
  | { kind: 'agency'; what: 'registry' | 'cycle' | 'dispatch' | 'guidance' | 'source' | 'other-content' };

/** Why a change puts something other than a regular file under content/. */
export type NotRegular = { kind: 'symlink' } | { kind: 'gitlink' } | { kind: 'mode'; mode: string } | { kind: 'type-change' };

export interface OwnershipResult {
  ok: boolean;
  /** Every path judged: both sides of a rename. */
  judged: string[];
  refusals: Refusal[];
}

/** Forge logins are case-insensitive (GitHub, GitLab, Gitea). */
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Who owns `file` (a path from the repository root). */
export function ownerOf(file: string, registry: Registry): FileOwner {
  const kind = classifyFile(file);
  if (kind === undefined) return { kind: 'agency', what: 'source' };
  if (kind.kind === 'plan' || kind.kind === 'report') {
    const unit = registry.units.find((u) => u.id === kind.unit);
    if (unit === undefined) return { kind: 'unit-missing', what: kind.kind, unitId: kind.unit };
    return kind.kind === 'report' ? { kind: 'unit', what: 'report', unit, period: kind.period } : { kind: 'unit', what: 'plan', unit };
  }
  if (kind.kind === 'registry' || kind.kind === 'cycle' || kind.kind === 'dispatch' || kind.kind === 'guidance') return { kind: 'agency', what: kind.kind };
  return { kind: 'agency', what: 'other-content' };
}

export const isAgency = (author: string, registry: Registry) => (registry.agency_editors ?? []).some((a) => same(a, author));

/** The units whose editors list `author`. */
export const unitsOf = (author: string, registry: Registry) => registry.units.filter((u) => (u.editors ?? []).some((a) => same(a, author)));

/** The refusal of one author for one file, or undefined when they may change it. */
function refuse(file: string, author: string, registry: Registry, note: string): Refusal | undefined {
  if (isAgency(author, registry)) return undefined;
  const owner = ownerOf(file, registry);
  const own = unitsOf(author, registry);
  if (owner.kind === 'unit' && own.some((u) => u.id === owner.unit.id)) return undefined;
  return unitRefusal(file, author, owner, own, note);
}

/** Every path a change touches: a rename or copy is judged by both of its paths. */
export function pathsOf(change: Change): Array<{ file: string; note: string }> {
  if ((change.status === 'renamed' || change.status === 'copied') && change.from !== undefined) {
    const paths = [
      { file: change.from, note: changeNote(change.status, change.path, 'to') },
      { file: change.path, note: changeNote(change.status, change.from, 'from') },
    ];
    // A copy leaves its source unchanged, so only a rename touches the old path.
    return change.status === 'renamed' ? paths : paths.slice(1);
  }
  return [{ file: change.path, note: change.status === 'deleted' ? changeNote('deleted') : '' }];
}

/** The only mode a content file may have: a regular, non-executable file. */
const REGULAR_MODE = '100644';

/**
 * Why a change puts something other than a regular file under content/ (whoever makes it):
 * a symlink, a gitlink (submodule), another file mode, or a type change.
 */
export function notRegularChange(change: Change): NotRegular | undefined {
  if (change.status === 'deleted' || !change.path.startsWith('content/')) return undefined;
  const after = change.modes?.after;
  if (after === '120000') return { kind: 'symlink' };
  if (after === '160000') return { kind: 'gitlink' };
  if (after !== undefined && after !== REGULAR_MODE) return { kind: 'mode', mode: after };
  if (change.typeChanged) return { kind: 'type-change' };
  return undefined;
}

/** The changes that put a link, a submodule or a file of another mode under content/. */
export function fileKindRefusals(changes: readonly Change[]): Refusal[] {
  return changes.flatMap((change) => {
    const wrong = notRegularChange(change);
    return wrong === undefined ? [] : [fileKindRefusal(change.path, wrong, REGULAR_MODE)];
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
  if (who.length === 0) return { ok: false, judged, refusals: [noAuthorRefusal()] };
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

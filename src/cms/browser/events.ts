// Decap's save and publish hooks: on save, a plan's empty activity ids are made from their
// titles (src/cms/activity-ids.ts); publishing is refused while the entry breaks a rule,
// with the validator's own messages (the editorial board can publish without opening the
// form, so the check runs here too).
import { activityIds } from '../activity-ids.ts';
import { checkEntry } from '../form-rules.ts';
import { plain, type Immutable } from './decap.ts';
import { siteData } from './site-data.ts';
import { PLAN_COLLECTION_PREFIX } from '../collections.ts';

export function fillIdsOnSave({ entry }: { entry: Immutable }): unknown {
  const data = entry.get('data') as Immutable;
  const activities = plain(data.get('activities'));
  if (!String(entry.get('collection') ?? '').startsWith(PLAN_COLLECTION_PREFIX)) return undefined;
  if (!Array.isArray(activities)) return undefined;
  let next = data;
  activityIds(activities).forEach((id, i) => {
    const own = (activities[i] as Record<string, unknown> | undefined)?.['id'];
    if (id !== undefined && id !== own) next = next.setIn(['activities', i, 'id'], id);
  });
  return next === data ? undefined : next;
}

/** The sentence shown when publishing is refused, or undefined when the entry may be published. */
export function publishRefusal(file: string, data: unknown): string | undefined {
  const site = siteData();
  if (site === undefined) return undefined;
  const problems = checkEntry(file, data, site);
  if (problems.length === 0) return undefined;
  const list = problems.map((p) => `${p.field}: ${p.message}`).join(' · ');
  return `bài còn ${problems.length} điểm chưa đúng, hãy mở bài và sửa trước khi công bố. ${list}`;
}

export function checkBeforePublish({ entry }: { entry: Immutable }): undefined {
  const file = String(entry.get('path') ?? '');
  const refusal = publishRefusal(file, plain(entry.get('data')));
  if (refusal !== undefined) throw new Error(refusal);
  return undefined;
}

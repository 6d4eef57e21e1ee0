// The activity id (the key a progress report uses) is made from the activity's title when
// the officer leaves it empty: "Hội nghị truyền thông tại 26 xã" → hoi-nghi-truyen-thong-tai-26-xa.
// Once saved it is data like any other and never changes by itself. Used by the CMS on save
// (preSave) and by the form's check, so that both see the same ids.
import { slugify } from '../pipeline/suggest.ts';

/** Ids are slugs of at most this many characters (schemas/common.ts allows 80). */
const MAX_ID = 60;

/** A slug of the title, cut at a word boundary. */
export function idFromTitle(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_ID) return slug;
  const cut = slug.slice(0, MAX_ID + 1);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : slug.slice(0, MAX_ID)).replace(/-+$/, '');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The ids to write for each activity of a plan: its own id when it has one, else one made
 * from its title, unique in the plan ("-2", "-3"… when two titles read alike); undefined
 * when there is neither (the form says the title is missing).
 */
export function activityIds(activities: unknown): (string | undefined)[] {
  const items = Array.isArray(activities) ? activities : [];
  const own = items.map((a) => (isRecord(a) && typeof a['id'] === 'string' && a['id'].trim() !== '' ? a['id'] : undefined));
  const taken = new Set(own.filter((id): id is string => id !== undefined));
  return items.map((a, i) => {
    if (own[i] !== undefined) return own[i];
    const title = isRecord(a) && typeof a['title'] === 'string' ? a['title'] : '';
    const base = idFromTitle(title);
    if (base === '') return undefined;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** The plan data with every activity's id filled in where it can be (a new object). */
export function withActivityIds(plan: unknown): unknown {
  if (!isRecord(plan) || !Array.isArray(plan['activities'])) return plan;
  const ids = activityIds(plan['activities']);
  return {
    ...plan,
    activities: plan['activities'].map((a, i) => (isRecord(a) && ids[i] !== undefined ? { ...a, id: ids[i] } : a)),
  };
}

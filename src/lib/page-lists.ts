// How long a list of units an aggregate page shows (issue 12). The province's 59 units are
// always listed in full; when a territory has hundreds or thousands of units (communes, several
// provinces), a page lists the first LIST_LIMIT and links the export that has every row, so
// that no page grows with the number of units. Pure: the pages decide what to link.

/** The most units a list on an aggregate page shows before it sends the reader to the export. */
export const LIST_LIMIT = 100;

export interface Capped<T> {
  /** The rows to show: all of them, or the first LIST_LIMIT. */
  shown: T[];
  /** How many rows are left out (0 when the list is shown in full). */
  more: number;
}

/** The first `limit` items of a list, and how many are left out. */
export function capped<T>(items: readonly T[], limit: number = LIST_LIMIT): Capped<T> {
  return items.length <= limit ? { shown: [...items], more: 0 } : { shown: items.slice(0, limit), more: items.length - limit };
}

/** A long list cut into pages of `limit` items (page 1 first); one page when it fits. */
export function paginate<T>(items: readonly T[], limit: number = LIST_LIMIT): T[][] {
  if (items.length <= limit) return [[...items]];
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += limit) pages.push(items.slice(i, i + limit));
  return pages;
}

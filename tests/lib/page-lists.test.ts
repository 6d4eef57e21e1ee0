// How long a list an aggregate page shows (src/lib/page-lists.ts, issue 12).
import { describe, expect, it } from 'vitest';
import { capped, LIST_LIMIT, paginate } from '../../src/lib/page-lists.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('capped', () => {
  it('shows the province’s 59 units in full', () => {
    expect(LIST_LIMIT).toBeGreaterThanOrEqual(59);
    expect(capped(range(59))).toEqual({ shown: range(59), more: 0 });
    expect(capped(range(LIST_LIMIT))).toEqual({ shown: range(LIST_LIMIT), more: 0 });
  });

  it('cuts a longer list at the limit and says how many are left out', () => {
    expect(capped(range(LIST_LIMIT + 1))).toEqual({ shown: range(LIST_LIMIT), more: 1 });
    expect(capped(range(10), 3)).toEqual({ shown: [1, 2, 3], more: 7 });
    expect(capped([], 3)).toEqual({ shown: [], more: 0 });
  });
});

describe('paginate', () => {
  it('keeps a short list on one page', () => {
    expect(paginate(range(3), 3)).toEqual([[1, 2, 3]]);
    expect(paginate([], 3)).toEqual([[]]);
  });

  it('cuts a long list into pages of the limit, the last one shorter, every item once', () => {
    expect(paginate(range(7), 3)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    const pages = paginate(range(10_000));
    expect(pages.length).toBe(Math.ceil(10_000 / LIST_LIMIT));
    expect(pages.flat()).toEqual(range(10_000));
  });
});

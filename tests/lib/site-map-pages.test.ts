// The HTML site map at any size (src/lib/site-map-pages.ts, issue 12): a long section shows its
// first LIST_LIMIT links and is listed in full on pages of LIST_LIMIT; short ones are untouched.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../schemas/unit.ts';
import { LIST_LIMIT } from '../../src/lib/page-lists.ts';
import { pagedSiteMap, siteMapPagePath } from '../../src/lib/site-map-pages.ts';
import { siteMap, sitePages } from '../../src/lib/site-pages.ts';
import { cycle, units } from '../site/fixture.ts';

/** A registry of n units (the fixture's four, then synthetic districts). */
const registry = (n: number): Unit[] => [
  ...units,
  ...Array.from({ length: n - units.length }, (_, i): Unit => ({ id: `huyen-${i}`, name: `Huyện số ${i}`, group: 'huyen', kind: 'huyen' })),
];

describe('pagedSiteMap', () => {
  it('keeps every section of a province-sized site on one page, as it was', () => {
    const sections = siteMap({ cycles: [cycle], units: registry(59), guidance: [] });
    const paged = pagedSiteMap(sections);
    expect(paged.map((s) => s.pages.length)).toEqual(sections.map(() => 1));
    expect(paged.map((s) => s.pages[0])).toEqual(sections.map((s) => s.links));
    expect(paged.map(({ pages: _, ...s }) => s)).toEqual(sections);
  });

  it('cuts the unit sections of 10,000 units into pages of LIST_LIMIT, every page of sitemap.xml on exactly one of them', () => {
    const input = { cycles: [cycle], units: registry(10_000), guidance: [] };
    const paged = pagedSiteMap(siteMap(input));
    const long = paged.filter((s) => s.pages.length > 1);
    expect(long.map((s) => [s.id, s.pages.length])).toEqual([
      ['ke-hoach-2021-2023', 10_000 / LIST_LIMIT],
      ['don-vi', 10_000 / LIST_LIMIT],
    ]);
    for (const s of long) for (const page of s.pages) expect(page.length).toBe(LIST_LIMIT);
    // Every page of sitemap.xml: on the site map itself (a short section, or a long one's first
    // page) or on one of a long section's pages, which the site map links.
    const reachable = paged.flatMap((s) => s.pages.flat().map((l) => l.path));
    expect(reachable).toEqual(sitePages(input));
    expect(new Set(reachable).size).toBe(reachable.length);
  });

  it('ends a section that does not fill its last page with a shorter page', () => {
    const paged = pagedSiteMap(siteMap({ cycles: [cycle], units: registry(250), guidance: [] }));
    expect(paged.find((s) => s.id === 'don-vi')?.pages.map((p) => p.length)).toEqual([LIST_LIMIT, LIST_LIMIT, 50]);
  });
});

describe('siteMapPagePath', () => {
  it('puts page n of a section under the site map', () => {
    expect(siteMapPagePath('don-vi', 1)).toBe('/so-do-trang/don-vi/1/');
    expect(siteMapPagePath('ke-hoach-2021-2023', 100)).toBe('/so-do-trang/ke-hoach-2021-2023/100/');
  });
});

// The HTML site map when the territory is large (issue 12): a section of more than LIST_LIMIT
// links (the unit pages of a cycle, the /don-vi/ pages) shows its first LIST_LIMIT on
// /so-do-trang/ and is listed in full, LIST_LIMIT links a page, at
// /so-do-trang/<section>/<n>/, each page linking every other. With the province's 59 units no
// section is cut and no such page is built. sitemap.xml still lists every page (siteMap()).
import { LIST_LIMIT, paginate } from './page-lists.ts';
import { SITE_MAP_PATH, type SiteMapSection } from './site-pages.ts';

export interface PagedSection extends SiteMapSection {
  /** The section's links, LIST_LIMIT a page; one page when they fit on /so-do-trang/. */
  pages: SiteMapSection['links'][];
}

/** The site map's sections, each cut into pages of `limit` links. */
export function pagedSiteMap(sections: readonly SiteMapSection[], limit: number = LIST_LIMIT): PagedSection[] {
  return sections.map((s) => ({ ...s, pages: paginate(s.links, limit) }));
}

/** /so-do-trang/<section>/<n>/: page n (1-based) of a site map section longer than one page. */
export function siteMapPagePath(sectionId: string, page: number): string {
  return `${SITE_MAP_PATH}${sectionId}/${page}/`;
}

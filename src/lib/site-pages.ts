// The public pages the sitemap lists (paths from the site root), derived from content.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Unit } from '../../schemas/unit.ts';

export function sitePages(input: { cycles: readonly Cycle[]; units: readonly Unit[]; guidance: readonly { id: string }[]; currentCycle?: Cycle | undefined }): string[] {
  const fixed = ['/', '/cong-van/', '/huong-dan/', '/ke-hoach/', '/tong-hop/', '/thang-hanh-dong/', '/tien-do/', '/du-lieu/'];
  const guides = input.guidance.map((g) => `/huong-dan/${g.id}/`);
  const unitPages = input.cycles.flatMap((c) => input.units.map((u) => `/ke-hoach/${c.id}/${u.id}/`));
  // The progress pages (issue 5) have one page per period of the current cycle.
  const periodPages = (input.currentCycle?.periods ?? []).map((p) => `/tien-do/${p.id}/`);
  return [...fixed, ...guides, ...periodPages, ...unitPages];
}

export function sitemapXml(urls: readonly string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${esc(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

// The public pages the sitemap lists (paths from the site root), derived from content.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Unit } from '../../schemas/unit.ts';
import { CYCLES_PATH, cyclePaths, periodOwners, unitsOfCycle } from './cycles.ts';

export function sitePages(input: { cycles: readonly Cycle[]; units: readonly Unit[]; guidance: readonly { id: string }[]; currentCycle?: Cycle | undefined }): string[] {
  const fixed = ['/', '/cong-van/', '/huong-dan/', '/ke-hoach/', '/tong-hop/', '/thang-hanh-dong/', '/tien-do/', '/du-lieu/', CYCLES_PATH];
  const guides = input.guidance.map((g) => `/huong-dan/${g.id}/`);
  const current = input.currentCycle;
  const all = current ? [...input.cycles.filter((c) => c.id !== current.id), current] : input.cycles;
  const unitPages = all.flatMap((c) => unitsOfCycle(c, input.units).map((u) => `/ke-hoach/${c.id}/${u.id}/`));
  // /tien-do/<period>/ for the cycle that first had the period; every cycle's pages under /chu-ky/<cycle>/.
  const periodPages = [...periodOwners(all).keys()].map((id) => `/tien-do/${id}/`);
  const cyclePages = all.flatMap((c) => {
    const p = cyclePaths(c.id);
    return [p.home, p.dispatch, p.plans, p.summary, p.actionMonth, p.progress, ...c.periods.map((period) => p.period(period.id))];
  });
  const registryPages = input.units.map((u) => `/don-vi/${u.id}/`);
  return [...fixed, ...guides, ...periodPages, ...unitPages, ...cyclePages, ...registryPages];
}

export function sitemapXml(urls: readonly string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${esc(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

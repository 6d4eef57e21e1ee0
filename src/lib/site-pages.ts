// The public pages, derived from content: the HTML site map (/so-do-trang/) and sitemap.xml.
import type { Cycle } from '../../schemas/cycle.ts';
import type { Unit } from '../../schemas/unit.ts';
import { CYCLES_PATH, cyclePaths, periodOwners, unitsOfCycle } from './cycles.ts';
import { xmlText } from './xml-text.ts';

/** The HTML site map's own path. */
export const SITE_MAP_PATH = '/so-do-trang/';
/** The search page (Pagefind; the one public page with a script). */
export const SEARCH_PATH = '/tim-kiem/';

export interface SiteMapSection {
  id: string;
  title: string;
  links: { path: string; label: string }[];
}

interface SiteInput {
  cycles: readonly Cycle[];
  units: readonly Unit[];
  guidance: readonly { id: string; data?: { title: string } }[];
  currentCycle?: Cycle | undefined;
}

/** Every public page, in sections with Vietnamese labels: the HTML site map, and (flattened) sitemap.xml. */
export function siteMap(input: SiteInput): SiteMapSection[] {
  const current = input.currentCycle;
  const all = current ? [...input.cycles.filter((c) => c.id !== current.id), current] : [...input.cycles];
  const periodLabels = new Map(all.flatMap((c) => c.periods.map((p) => [p.id, p.label] as const)));
  const main: SiteMapSection = {
    id: 'trang-chinh',
    title: 'Trang chính',
    links: [
      { path: '/', label: 'Trang chủ' },
      { path: '/cong-van/', label: 'Công văn' },
      { path: '/huong-dan/', label: 'Hướng dẫn cho đơn vị' },
      { path: '/ke-hoach/', label: 'Kế hoạch của các đơn vị' },
      { path: '/tong-hop/', label: 'Tổng hợp kế hoạch' },
      { path: '/thang-hanh-dong/', label: 'Tháng hành động vì bình đẳng giới' },
      { path: '/tien-do/', label: 'Tiến độ báo cáo' },
      { path: '/du-lieu/', label: 'Dữ liệu mở' },
      { path: CYCLES_PATH, label: 'Các chu kỳ kế hoạch' },
      { path: SITE_MAP_PATH, label: 'Sơ đồ trang' },
      { path: SEARCH_PATH, label: 'Tìm kiếm' },
    ],
  };
  const guides: SiteMapSection = { id: 'huong-dan', title: 'Hướng dẫn', links: input.guidance.map((g) => ({ path: `/huong-dan/${g.id}/`, label: g.data?.title ?? g.id })) };
  // /tien-do/<period>/ for the cycle that first had the period; every cycle's pages under /chu-ky/<cycle>/.
  const periods: SiteMapSection = {
    id: 'ky-bao-cao',
    title: 'Tiến độ từng kỳ báo cáo',
    links: [...periodOwners(all).keys()].map((id) => ({ path: `/tien-do/${id}/`, label: periodLabels.get(id) ?? id })),
  };
  const perCycle = [...all].reverse().flatMap((c): SiteMapSection[] => {
    const p = cyclePaths(c.id);
    return [
      {
        id: `chu-ky-${c.id}`,
        title: `Chu kỳ ${c.id}`,
        links: [
          { path: p.home, label: `Chu kỳ ${c.id}: ${c.title}` },
          { path: p.dispatch, label: 'Công văn' },
          { path: p.plans, label: 'Kế hoạch của các đơn vị' },
          { path: `/ke-hoach/${c.id}/`, label: `Danh mục kế hoạch chu kỳ ${c.id}` },
          { path: p.summary, label: 'Tổng hợp kế hoạch' },
          { path: p.actionMonth, label: 'Tháng hành động' },
          { path: p.progress, label: 'Tiến độ báo cáo' },
          ...c.periods.map((period) => ({ path: p.period(period.id), label: `Tiến độ: ${period.label}` })),
        ],
      },
      {
        id: `ke-hoach-${c.id}`,
        title: `Kế hoạch từng đơn vị, chu kỳ ${c.id}`,
        links: unitsOfCycle(c, input.units).map((u) => ({ path: `/ke-hoach/${c.id}/${u.id}/`, label: u.name })),
      },
    ];
  });
  const registry: SiteMapSection = { id: 'don-vi', title: 'Đơn vị qua các chu kỳ', links: input.units.map((u) => ({ path: `/don-vi/${u.id}/`, label: u.name })) };
  return [main, guides, periods, ...perCycle, registry].filter((s) => s.links.length > 0);
}

/** The public pages the sitemap lists (paths from the site root), derived from content. */
export function sitePages(input: SiteInput): string[] {
  return siteMap(input).flatMap((s) => s.links.map((l) => l.path));
}

export function sitemapXml(urls: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${xmlText(u)}</loc></url>`).join('\n')}\n</urlset>\n`;
}

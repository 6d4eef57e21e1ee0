// Opening a new cycle (docs/new-cycle.md), tried for real: the real content with the registry
// changes of 2025 and 2021-2023 plans and reports (root A), and the same plus an invented
// cycle 2026-2030 under Sở Nội vụ with commune-level units (root B). Both cycles' pages,
// exports and progress build; every URL of A still exists in B; the 2021-2023 pages of B are
// those of A byte for byte once the cycle switcher (<aside class="cycle-nav">) is left out.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { AUDIT, hasChromium, launchBrowser, sidewaysScroll } from '../support/browser.ts';
import { crawl, readBuiltPage } from '../support/built-site.ts';
import { buildSite } from '../support/build.ts';
import { makeContentRoot } from '../support/content-root.ts';
import { TMP_ROOT } from '../support/paths.ts';
import { keepScreenshot } from '../support/screenshots.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { addTwoCycles } from '../support/two-cycles.ts';
import { SEARCH_PATH } from '../../src/lib/site-pages.ts';

const ROOT = path.join(TMP_ROOT, 'two-cycles-e2e');
const DIST_A = path.join(ROOT, 'one-cycle-dist');
const DIST_B = path.join(ROOT, 'two-cycles-dist');
const AS_OF = '2026-09-01';
const OLD_PERIODS = ['2021-6-thang', '2021-nam', '2022-6-thang', '2022-nam', '2023-6-thang', '2023-nam'];

const roots: string[] = [];
const read = (dist: string, sitePath: string) => readBuiltPage(dist, sitePath);
/** A page without its navigation between cycles, the one part a new cycle changes. */
const withoutCycleNav = (html: string) => html.replace(/<aside class="cycle-nav"[\s\S]*?<\/aside>/g, '');
/** What depends on the page's own URL: its canonical link, the header's mark of the current section. */
const withoutOwnUrl = (html: string) => html.replace(/<link rel="canonical"[^>]*>/, '').replace(/ aria-current="page"/g, '');

/** Every file of a built site, as paths from its root. */
function files(dist: string, dir = ''): string[] {
  return readdirSync(path.join(dist, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? files(dist, rel) : [rel];
  });
}

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  const a = makeContentRoot('one-cycle-');
  const b = makeContentRoot('two-cycles-');
  roots.push(a, b);
  addTwoCycles(a, { newCycle: false });
  addTwoCycles(b);
  const env = { PROGRESS_AS_OF: AS_OF };
  // One after the other: two parallel builds on a loaded 2-core machine gain little.
  for (const [contentRoot, outDir] of [[a, DIST_A], [b, DIST_B]] as const) {
    const result = await buildSite({ contentRoot, outDir, env });
    if (result.code !== 0) throw new Error(result.output);
  }
}, 900_000);

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('adding a cycle', () => {
  it('breaks no URL: every file of the one-cycle site is still built', () => {
    // Bundled scripts and the search index's chunks are named by their content hash: no URL of anyone's.
    const before = files(DIST_A).filter((f) => !f.startsWith('_astro/') && !/^pagefind\/(fragment|index)\/|\.pf_meta$/.test(f));
    const after = new Set(files(DIST_B));
    expect(before.filter((f) => !after.has(f))).toEqual([]);
    expect(before.length).toBeGreaterThan(150);
  });

  it('leaves every 2021-2023 page and export byte for byte as it was, except the cycle navigation', () => {
    const old = files(DIST_A).filter((f) => f.startsWith('chu-ky/2021-2023/') || f.startsWith('ke-hoach/2021-2023/') || f.startsWith('don-vi/') || f.includes('2021-2023.') || /^thang-hanh-dong\/202[123]\.ics$/.test(f));
    expect(old.length).toBeGreaterThan(70);
    const changed = old.filter((f) => withoutCycleNav(readFileSync(path.join(DIST_B, f), 'utf8')) !== readFileSync(path.join(DIST_A, f), 'utf8'));
    // A unit page lists its plans in every cycle: those of units that are in 2026-2030 gain a line.
    expect(changed.filter((f) => !f.startsWith('don-vi/'))).toEqual([]);
    // The old period pages at /tien-do/<period>/ are the 2021-2023 cycle's own pages.
    for (const id of OLD_PERIODS) {
      expect(withoutOwnUrl(withoutCycleNav(read(DIST_B, `/tien-do/${id}/`)))).toBe(withoutOwnUrl(read(DIST_A, `/chu-ky/2021-2023/tien-do/${id}/`)));
    }
  });

  it('marks the old cycle as the archive and offers the switch between cycles', () => {
    const page = read(DIST_B, '/chu-ky/2021-2023/tong-hop/');
    expect(page).toContain('<strong>Lưu trữ:</strong> trang này thuộc chu kỳ 2021-2023');
    expect(page).toMatch(/<a href="\/tong-hop\/">2026-2030 \(hiện hành\)<\/a>/);
    expect(read(DIST_B, '/tien-do/2021-nam/')).toContain('<strong>Lưu trữ:</strong>');
    expect(read(DIST_B, '/tong-hop/')).not.toContain('Lưu trữ:');
    expect(read(DIST_B, '/tong-hop/')).toMatch(/<a href="\/chu-ky\/2021-2023\/tong-hop\/">2021-2023 \(lưu trữ\)<\/a>/);
    const list = read(DIST_B, '/chu-ky/');
    expect(list.indexOf('Chu kỳ 2026-2030')).toBeLessThan(list.indexOf('Chu kỳ 2021-2023'));
  });
});

describe('the current cycle at the contract paths', () => {
  it('the home page speaks of the new cycle, its agency, its dispatch and its units, from the data', () => {
    const home = withoutCycleNav(read(DIST_B, '/'));
    expect(home).toContain('công văn của Sở Nội vụ</a> (tháng 1/2026)');
    expect(home).toContain('của 34 đơn vị tỉnh Thanh Hóa: các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường');
    expect(home).not.toMatch(/Lao động - Thương binh|8\/2020|59 đơn vị|2021-2023/);
    expect(read(DIST_B, '/huong-dan/')).toContain('Khó khăn, vướng mắc xin phản ánh về Sở Nội vụ');
    expect(read(DIST_B, '/huong-dan/')).toContain('Ba nhiệm vụ trọng tâm');
    expect(read(DIST_B, '/cong-van/')).toContain('Nguyên văn công văn của Sở Nội vụ');
    expect(read(DIST_B, '/')).toContain('Cơ quan thường trực: Sở Nội vụ tỉnh Thanh Hóa');
    expect(read(DIST_B, '/chu-ky/2021-2023/tong-hop/')).toContain('Cơ quan thường trực: Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa');
  });

  it('/ke-hoach/ lists the units of 2026-2030: communes and wards, no district, no merged department', () => {
    const list = read(DIST_B, '/ke-hoach/');
    expect(list).toContain('UBND xã, phường');
    expect(list).toContain('href="/ke-hoach/2026-2030/xa-quang-ngoc/"');
    expect(list).not.toContain('huyen-quang-xuong');
    expect(list).not.toContain('so-lao-dong-tbxh');
    expect(read(DIST_B, '/chu-ky/2021-2023/ke-hoach/')).toContain('href="/ke-hoach/2021-2023/huyen-quang-xuong/"');
  });

  it('progress: the new periods at /tien-do/<period>/, with their from/to and due dates', () => {
    const progress = read(DIST_B, '/tien-do/');
    expect(progress).toContain('href="/tien-do/2026-6-thang/"');
    const period = read(DIST_B, '/tien-do/2026-6-thang/');
    expect(period).toContain('15/12/2025');
    expect(period).toContain('20/06/2026');
    expect(period).toContain('Sở Nội vụ');
    const frame = read(DIST_B, '/chu-ky/2026-2030/');
    expect(frame).toContain('Sở Nội vụ (SNV)');
    expect(frame).toContain('UBND xã, phường: 3');
  });

  it('exports both cycles on /du-lieu/, each with the units of its own time', () => {
    const data = read(DIST_B, '/du-lieu/');
    for (const f of ['ke-hoach-2026-2030.csv', 'bao-cao-2026-2030.json', 'ke-hoach-2021-2023.csv', 'bao-cao-2021-2023.csv']) expect(data).toContain(`href="/du-lieu/${f}"`);
    const csv = read(DIST_B, '/du-lieu/ke-hoach-2026-2030.csv');
    expect(csv).toContain('xa-quang-ngoc,Xã Quảng Ngọc,xa,hoi-nghi-thon,truyen-thong,');
    expect(csv).not.toContain('huyen-quang-xuong');
    expect(read(DIST_B, '/du-lieu/bao-cao-2026-2030.csv')).toContain('so-noi-vu,Sở Nội vụ,tinh,2026-6-thang,huong-dan-xa');
    expect(read(DIST_B, '/du-lieu/ke-hoach-2021-2023.csv')).toContain('huyen-quang-xuong,Huyện Quảng Xương,huyen,truyen-thong-xa');
    const json = JSON.parse(read(DIST_B, '/du-lieu/ke-hoach-2026-2030.json')) as { units: { id: string }[] };
    expect(json.units.map((u) => u.id)).toContain('phuong-hac-thanh');
    expect(json.units.map((u) => u.id)).not.toContain('tp-thanh-hoa');
  });

  it('a unit page links its predecessors and successors', () => {
    const district = read(DIST_B, '/don-vi/huyen-quang-xuong/');
    expect(district).toContain('từ trước chu kỳ đầu tiên, đến hết ngày 30/06/2025');
    expect(district).toContain('<a href="/don-vi/xa-quang-ngoc/">Xã Quảng Ngọc</a>, <a href="/don-vi/xa-tien-trang/">Xã Tiên Trang</a>');
    expect(district).toContain('href="/ke-hoach/2021-2023/huyen-quang-xuong/"');
    const home = read(DIST_B, '/don-vi/so-noi-vu/');
    expect(home).toContain('Kế tục từ');
    expect(home).toContain('<a href="/don-vi/so-lao-dong-tbxh/">Sở Lao động - Thương binh và Xã hội</a>');
    expect(home).toMatch(/href="\/ke-hoach\/2026-2030\/so-noi-vu\/">Kế hoạch 2026-2030<\/a>: đã nộp/);
    expect(read(DIST_B, '/ke-hoach/2021-2023/huyen-quang-xuong/')).toContain('Đơn vị kế tục: <a href="/don-vi/xa-quang-ngoc/">');
  });

  it('every link of the two-cycle site resolves, and no page has a script (but the search page)', () => {
    const c = crawl(DIST_B, '/', ['/admin/']);
    expect(c.broken).toEqual([]);
    for (const p of ['/chu-ky/', '/chu-ky/2021-2023/', '/chu-ky/2026-2030/tien-do/2026-nam/', '/chu-ky/2021-2023/tien-do/2023-nam/', '/don-vi/xa-tien-trang/']) expect(c.pages).toContain(p);
    for (const p of c.pages.filter((p) => p !== SEARCH_PATH)) expect(read(DIST_B, p), p).not.toMatch(/<script/i);
    expect(read(DIST_B, SEARCH_PATH)).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
  });
});

describe.skipIf(!hasChromium)('in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  const pages = ['/chu-ky/', '/chu-ky/2026-2030/', '/tong-hop/', '/chu-ky/2021-2023/tong-hop/', '/tien-do/2021-nam/', '/ke-hoach/', '/don-vi/huyen-quang-xuong/', '/ke-hoach/2026-2030/xa-quang-ngoc/'];

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(DIST_B, '/');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('axe-core finds no WCAG 2.1 A/AA violation; no sideways scrolling at 390 and 1280 px (screenshots on request)', async () => {
    const failures: string[] = [];
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ ...AUDIT, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const p of pages) {
        const response = await page.goto(new URL(p.slice(1), server.url).href);
        expect(response?.status(), p).toBe(200);
        await keepScreenshot(page, `cycles-${p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}-${width}.png`);
        const overflow = await sidewaysScroll(page);
        expect(overflow, `${p} at ${width}px`).toBeLessThanOrEqual(0);
        if (width === 1280) failures.push(...(await axeViolations(page, p)));
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

// The page-weight rule of issue 12 (src/lib/page-weight.ts), on a hand-made build folder: what
// npm run bench:build prints and the demo build's check measure.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipSize, PAGE_LIMIT_LARGE, PAGE_LIMIT_PROVINCE, pagesOver, pageWeight, pageWeights, stylesheetsOf } from '../../src/lib/page-weight.ts';

const CSS = 'table{border-collapse:collapse}td.num{text-align:right}'.repeat(20);
const page = (body: string, sheets: string[]) =>
  `<!DOCTYPE html><html lang="vi"><head><link rel="icon" href="/favicon.svg"><link rel="canonical" href="http://x/">${sheets.map((s) => `<link rel="stylesheet" href="${s}">`).join('')}</head><body>${body}</body></html>`;

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A build folder: two pages linking a shared stylesheet, one also its own. */
function build(base = '/'): { dir: string; big: string; small: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-weight-'));
  folders.push(dir);
  mkdirSync(path.join(dir, '_astro'));
  mkdirSync(path.join(dir, 'tien-do'));
  writeFileSync(path.join(dir, '_astro', 'site.css'), CSS);
  writeFileSync(path.join(dir, '_astro', 'progress.css'), '.state{border:1px solid}');
  const big = page('<p>Tiến độ thực hiện</p>'.repeat(50), [`${base}_astro/site.css`, `${base}_astro/progress.css`]);
  const small = page('<p>Trang chủ</p>', [`${base}_astro/site.css`]);
  writeFileSync(path.join(dir, 'tien-do', 'index.html'), big);
  writeFileSync(path.join(dir, 'index.html'), small);
  return { dir, big, small };
}

describe('page weight', () => {
  it('the limits of issue 12: 14 kB at the province size, 60 kB at 10,000 units', () => {
    expect(PAGE_LIMIT_PROVINCE).toBe(14 * 1024);
    expect(PAGE_LIMIT_LARGE).toBe(60 * 1024);
  });

  it('counts gzip at level 6', () => {
    const text = 'Bình đẳng giới Thanh Hóa '.repeat(100);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 6 }).length);
    expect(gzipSize(text)).toBeLessThan(Buffer.byteLength(text));
  });

  it('reads the stylesheets a page links, in order, and nothing else', () => {
    expect(stylesheetsOf(page('', ['/_astro/a.css', '/_astro/b.css']))).toEqual(['/_astro/a.css', '/_astro/b.css']);
    expect(stylesheetsOf('<link rel="icon" href="/f.svg"><a href="/x.css">x</a>')).toEqual([]);
  });

  it('weighs a page as the gzip of its HTML plus the gzip of each stylesheet it links', () => {
    const w = pageWeight('/p/index.html', '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"><p>x</p>', (h) => (h === '/a.css' ? 100 : 7));
    const html = gzipSize('<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"><p>x</p>');
    expect(w).toEqual({ page: '/p/index.html', html, total: html + 107 });
  });

  it('weighs every page of a build folder, heaviest first, with the site base path', () => {
    for (const base of ['/', '/some/prefix/']) {
      const { dir, big, small } = build(base);
      const weights = pageWeights(dir, base);
      const css = gzipSize(CSS);
      expect(weights).toEqual([
        { page: '/tien-do/index.html', html: gzipSize(big), total: gzipSize(big) + css + gzipSize('.state{border:1px solid}') },
        { page: '/index.html', html: gzipSize(small), total: gzipSize(small) + css },
      ]);
    }
  });

  it('refuses to weigh a page whose stylesheet is not in the build, rather than leave it out', () => {
    const { dir } = build();
    writeFileSync(path.join(dir, 'lost.html'), page('', ['/_astro/gone.css']));
    expect(() => pageWeights(dir)).toThrow(/ENOENT.*gone\.css/);
    // A build at the root weighed as if under a prefix: its stylesheets are not where the pages say.
    expect(() => pageWeights(build().dir, '/some/prefix/')).toThrow('Stylesheet /_astro/site.css is not under the base path /some/prefix/');
  });

  it('names the pages over a limit, heaviest first; a page at the limit passes', () => {
    const weights = [
      { page: '/a/index.html', html: 10, total: PAGE_LIMIT_PROVINCE },
      { page: '/b/index.html', html: 10, total: PAGE_LIMIT_PROVINCE + 1 },
      { page: '/c/index.html', html: 10, total: PAGE_LIMIT_PROVINCE + 500 },
    ];
    expect(pagesOver(weights, PAGE_LIMIT_PROVINCE).map((w) => w.page)).toEqual(['/c/index.html', '/b/index.html']);
    expect(pagesOver(weights, PAGE_LIMIT_LARGE)).toEqual([]);
  });
});

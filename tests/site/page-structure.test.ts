import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageStructure, pagesByStructure } from '../support/page-structure.ts';
import { TMP_ROOT } from '../support/paths.ts';

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;
const unitA = page('<main class="wrap"><h1 id="a">Huyện Quảng Xương</h1><a href="/x/">Kế hoạch</a><table><tr><th scope="row">1</th></tr></table></main>');
const unitB = page('<main class="wrap"><h1 id="b">Ban Dân tộc tỉnh</h1><a href="/y/">Kế hoạch của đơn vị</a><table><tr><th scope="row">2</th></tr><tr><th scope="row">3</th></tr></table></main>');

describe('page structure (which pages the axe audit treats as one)', () => {
  it('is the same for two pages that differ only in text, ids, link targets and row count', () => {
    expect(pageStructure(unitA)).toBe(pageStructure(unitB));
  });

  it('differs with a class, an attribute, an element or an inline colour', () => {
    const base = pageStructure(unitA);
    expect(pageStructure(unitA.replace('class="wrap"', 'class="wrap wide"'))).not.toBe(base);
    expect(pageStructure(unitA.replace('<table>', '<table aria-label="Bảng">'))).not.toBe(base);
    expect(pageStructure(unitA.replace('</main>', '<p>Ghi chú</p></main>'))).not.toBe(base);
    const bar = (fill: string) => page(`<svg viewBox="0 0 400 40"><rect fill="${fill}" width="10" height="10"/></svg>`);
    expect(pageStructure(bar('#1d3a5f'))).not.toBe(pageStructure(bar('#c8d6e5')));
  });

  it('ignores the head: only the body is the structure', () => {
    expect(pageStructure(unitA.replace('<title>t</title>', '<title>t</title><meta name="x" content="y">'))).toBe(pageStructure(unitA));
  });

  mkdirSync(TMP_ROOT, { recursive: true });
  const dist = mkdtempSync(path.join(TMP_ROOT, 'page-structure-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('groups built pages, each group led by its largest page', () => {
    const write = (dir: string, html: string) => {
      mkdirSync(path.join(dist, dir), { recursive: true });
      writeFileSync(path.join(dist, dir, 'index.html'), html);
    };
    write('', page('<main class="home"><h1>Trang chủ</h1></main>'));
    write('don-vi/a', unitA);
    write('don-vi/b', unitB);
    expect(pagesByStructure(dist, '/', ['/', '/don-vi/a/', '/don-vi/b/'])).toEqual([['/'], ['/don-vi/b/', '/don-vi/a/']]);
    expect(() => pagesByStructure(dist, '/', ['/missing/'])).toThrow('no built file for /missing/');
  });
});

// How heavy a built page is, and how heavy it may be (issue 12): gzip (level 6) of the HTML
// plus the gzip of each stylesheet it links, measured on the build output. The one rule used
// by `npm run bench:build` (scripts/bench-build.ts) and by the tests of the demo build.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';

/** Every public page of the province's site (59 units, the demo) weighs at most this. */
export const PAGE_LIMIT_PROVINCE = 14 * 1024;
/** With 10,000 units no page weighs more than this: lists past LIST_LIMIT are cut or paginated. */
export const PAGE_LIMIT_LARGE = 60 * 1024;

export interface PageWeight {
  /** The page's path in the output, e.g. `/tien-do/index.html`. */
  page: string;
  /** gzip of the HTML. */
  html: number;
  /** gzip of the HTML plus the gzip of each stylesheet it links. */
  total: number;
}

/** Bytes after gzip at level 6 (what the bench and the targets measure). */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: constants.Z_DEFAULT_COMPRESSION }).length;
}

/** The `href` of every `<link rel="stylesheet">` of a page, in order. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? '');
}

/** The weight of one page, given the gzip size of a stylesheet by its href. */
export function pageWeight(page: string, html: Uint8Array | string, cssSize: (href: string) => number): PageWeight {
  const text = typeof html === 'string' ? html : Buffer.from(html).toString('utf8');
  const gz = gzipSize(html);
  return { page, html: gz, total: gz + stylesheetsOf(text).reduce((sum, href) => sum + cssSize(href), 0) };
}

/** The pages heavier than `limit` bytes, heaviest first. */
export function pagesOver(weights: readonly PageWeight[], limit: number): PageWeight[] {
  return weights.filter((w) => w.total > limit).sort((a, b) => b.total - a.total);
}

/**
 * Every `.html` page of a build output folder with its weight, heaviest first. `base` is the
 * site's base path (BASE_PATH), which stylesheet hrefs start with. A linked stylesheet missing
 * from the output throws: a weight that leaves it out would pass for lighter than it is.
 */
export function pageWeights(outDir: string, base = '/'): PageWeight[] {
  const css = new Map<string, number>();
  const cssSize = (href: string): number => {
    if (!href.startsWith(base)) throw new Error(`Stylesheet ${href} is not under the base path ${base}`);
    const file = path.join(outDir, href.slice(base.length));
    let size = css.get(file);
    if (size === undefined) {
      size = gzipSize(readFileSync(file));
      css.set(file, size);
    }
    return size;
  };
  const out: PageWeight[] = [];
  for (const e of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.html')) continue;
    const file = path.join(e.parentPath, e.name);
    out.push(pageWeight(`/${path.relative(outDir, file).split(path.sep).join('/')}`, readFileSync(file), cssSize));
  }
  return out.sort((a, b) => b.total - a.total);
}

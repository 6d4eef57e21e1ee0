// Walking a built site on disk: every page reachable from /, every href/src it holds, and
// whether each internal one resolves to a built file. No server needed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Crawl {
  /** Site paths of the HTML pages reached, e.g. /some/prefix/ke-hoach/ */
  pages: string[];
  /** `page → target` for every internal reference that resolves to no file. */
  broken: string[];
  /** Internal references outside the base path. */
  outsideBase: string[];
  /** Every internal target seen (pages, files). */
  targets: Set<string>;
}

/** The built file a site path maps to, or undefined. */
export function fileFor(dist: string, base: string, sitePath: string): string | undefined {
  if (!sitePath.startsWith(base)) return undefined;
  const rel = decodeURIComponent(sitePath.slice(base.length));
  const file = path.join(dist, rel);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;

/** Crawl from the base; pages under `skip` prefixes (e.g. the CMS) are checked to exist, not read. */
export function crawl(dist: string, base: string, skip: string[] = []): Crawl {
  const origin = 'http://site.invalid';
  const queue = [base];
  const seen = new Set<string>([base]);
  const pages: string[] = [];
  const broken: string[] = [];
  const outsideBase: string[] = [];
  const targets = new Set<string>();
  while (queue.length > 0) {
    const page = queue.shift() as string;
    const file = fileFor(dist, base, page);
    if (!file) {
      broken.push(`(start) → ${page}`);
      continue;
    }
    if (!file.endsWith('.html')) continue;
    pages.push(page);
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(ATTR)) {
      const raw = (m[1] ?? '').replace(/&amp;/g, '&');
      if (raw === '' || raw.startsWith('#') || /^(mailto|tel|data):/.test(raw)) continue;
      const url = new URL(raw, origin + page);
      if (url.origin !== origin) continue; // external (none expected) or canonical absolute URL
      const target = url.pathname;
      if (!target.startsWith(base)) {
        outsideBase.push(`${page} → ${raw}`);
        continue;
      }
      targets.add(target);
      if (!fileFor(dist, base, target)) {
        broken.push(`${page} → ${raw}`);
        continue;
      }
      if (!seen.has(target) && !skip.some((s) => target.startsWith(base + s.replace(/^\//, '')))) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return { pages: pages.sort(), broken, outsideBase, targets };
}

/** The text of a built page, by its site path (e.g. /tien-do/); throws when it was not built. */
export function readBuiltPage(dist: string, sitePath: string, base = '/'): string {
  const file = fileFor(dist, base, base + sitePath.replace(/^\//, ''));
  if (!file) throw new Error(`not built: ${sitePath}`);
  return readFileSync(file, 'utf8');
}

/** Pagefind's record of each indexed page in a built site: gzip, "pagefind_dcd", then JSON (its URL from the site's root, the text it indexed). */
export function pagefindFragments(dist: string): { url: string; content: string }[] {
  const dir = path.join(dist, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(path.join(dir, f))).toString('utf8').slice('pagefind_dcd'.length)) as { url: string; content: string });
}

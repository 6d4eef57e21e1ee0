// Pages of a built site grouped by their structure: the set of element kinds each page's body
// uses, where a kind is the tag, its classes, the names of its attributes and any colour or
// style given inline (chart bars). Two pages of one kind differ only in their text and link
// targets — 59 unit pages of one template, say. The accessibility audit runs axe once per
// kind, on the largest page of it (the most rows, the most to check), instead of on every
// page: axe's WCAG rules judge structure, names, roles, ARIA and colours, which the kind
// carries. What depends on the text itself (no sideways scrolling, links that resolve, CSP)
// is still checked on every page by the other tests.
import { readFileSync, statSync } from 'node:fs';
import { fileFor } from './built-site.ts';

const TAG = /<([a-z][a-z0-9-]*)((?:\s[^>]*)?)>/g;
const CLASS = /\sclass="([^"]*)"/;
const ATTR_NAME = /\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?=\s*=|\s|\/?$)/g;
const INLINE_LOOK = /\s(fill|stroke|style|color)="([^"]*)"/g;
/** Attributes whose value is the text's own business (targets, ids), not the structure's. */
const NOT_STRUCTURE = new Set(['href', 'id', 'src', 'datetime', 'title', 'value', 'for', 'headers', 'aria-labelledby', 'aria-describedby']);

/** One element kind: `tag.class1.class2[attr,…]{fill=…}`. */
function elementKind(tag: string, attrs: string): string {
  const classes = (CLASS.exec(attrs)?.[1] ?? '').split(/\s+/).filter((c) => c !== '').sort().join('.');
  const withoutValues = attrs.replace(/="[^"]*"/g, '=""');
  const names = [...withoutValues.matchAll(ATTR_NAME)].map((m) => m[1] as string).filter((n) => !NOT_STRUCTURE.has(n) && n !== 'class').sort();
  const looks = [...attrs.matchAll(INLINE_LOOK)].map((m) => `${m[1]}=${m[2]}`).sort();
  return `${tag}.${classes}[${names.join(',')}]{${looks.join(';')}}`;
}

/** The structure of one page's HTML: the sorted set of element kinds in its body. */
export function pageStructure(html: string): string {
  const start = html.indexOf('<body');
  const body = start < 0 ? html : html.slice(start);
  const kinds = new Set<string>();
  for (const m of body.matchAll(TAG)) kinds.add(elementKind(m[1] as string, m[2] ?? ''));
  return [...kinds].sort().join('\n');
}

/**
 * The pages (site paths) grouped by structure, each group led by its largest page; groups in
 * the order of their leaders' paths.
 */
export function pagesByStructure(dist: string, base: string, pages: string[]): string[][] {
  const groups = new Map<string, { path: string; size: number }[]>();
  for (const page of pages) {
    const file = fileFor(dist, base, page);
    if (file === undefined) throw new Error(`no built file for ${page}`);
    const key = pageStructure(readFileSync(file, 'utf8'));
    const group = groups.get(key) ?? [];
    group.push({ path: page, size: statSync(file).size });
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => group.sort((a, b) => b.size - a.size || a.path.localeCompare(b.path)).map((p) => p.path))
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

// Vietnamese search folding (issue 14). Pagefind strips combining marks from words and queries
// but keeps đ (a letter of its own, not d + a mark), so "dang" would never find "đẳng". The
// index gets a folded copy of each page's words (src/integrations/search-index.ts, added to
// what Pagefind reads, never to the page served), and the search page folds the query.

/** "Bình đẳng giới, Thanh Hóa" → "Binh dang gioi, Thanh Hoa": marks removed, đ → d, Đ → D. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** The page's words whose folded form differs (lower case, each once, in order of first use). */
export function foldedWords(text: string): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const word of text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) {
    // Each word folded once; plain ASCII words (numbers, most of a page's repeats) fold to themselves.
    if (seen.has(word)) continue;
    seen.add(word);
    if (!NON_ASCII.test(word)) continue;
    const folded = foldVietnamese(word);
    if (folded !== word) out.add(folded);
  }
  return [...out];
}

const NON_ASCII = /[^\p{ASCII}]/u;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The text of an HTML fragment, roughly (enough to list its words): no tags, scripts, styles or SVG. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? (name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : m))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Opens the folded copy in the indexed text, so the search page can cut it off what it shows. */
export const FOLDED_SENTINEL = '⁂';

/** The indexed text of a page without its folded copy. */
export const withoutFoldedCopy = (content: string): string => {
  const at = content.lastIndexOf(FOLDED_SENTINEL);
  return (at < 0 ? content : content.slice(0, at)).trim();
};

/** Where the page's data-pagefind-body element (<main>) opens, where its content starts and where it closes. */
function searchBody(html: string): { open: number; inner: number; close: number } | undefined {
  const open = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</main>');
  if (!open || close < open.index) return undefined;
  return { open: open.index, inner: open.index + open[0].length, close };
}

/** The paragraph of folded words added at the end of the body, or '' when no word changes. */
function foldedCopy(bodyHtml: string): string {
  const words = foldedWords(htmlText(bodyHtml));
  return words.length === 0 ? '' : `<p>${FOLDED_SENTINEL} ${words.join(' ')}</p>`;
}

/**
 * What the build hands Pagefind for a page (src/integrations/search-index.ts): what Pagefind
 * reads of a page that has a data-pagefind-body: the <html> tag (its lang), the <title> and the
 * body element itself, with a copy of its folded words added at the end of the body (never to
 * the page served). The index written is byte for byte the one written from the whole page
 * with that copy (checked on the demo and on 1,000 units); the page's other parts, often more
 * than half its bytes, are neither sent to Pagefind nor parsed by it. A data-pagefind-meta
 * or -filter outside <main> would be lost: the site has none. Pages without a body are as is.
 */
export function searchInput(html: string): string {
  const body = searchBody(html);
  if (!body) return html;
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const title = /<title>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  return `${root}<head>${title}</head><body>${html.slice(body.open, body.close)}${foldedCopy(html.slice(body.inner, body.close))}</main></body></html>`;
}

/**
 * A piece of the page's text around the first place the query's words occur, matched folded
 * (so "thanh hoa" finds "Thanh Hóa"), shown as written. Returns the text before, the match and
 * the text after, for the page to put the match in <mark>.
 */
export function excerptAround(content: string, query: string, radius = 90): { before: string; match: string; after: string } | null {
  const terms = foldVietnamese(query).toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return null;
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const ch of content) {
    for (const f of foldVietnamese(ch).toLowerCase()) {
      folded += f;
      from.push(i);
    }
    i += ch.length;
  }
  // The whole query as words first ("thanh hoa" → "Thanh Hóa", not "Thành"), then any of its
  // words whole, then a word that starts with one (Pagefind matches prefixes too).
  const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const find = (t: string, whole: boolean) => folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(t)}${whole ? '(?![\\p{L}\\p{N}])' : ''}`, 'u'));
  let best = -1;
  let term = '';
  for (const [candidates, whole] of [[[terms.join(' ')], true], [terms, true], [terms, false]] as const) {
    for (const t of candidates) {
      const at = find(t, whole);
      if (at >= 0 && (best < 0 || at < best)) [best, term] = [at, t];
    }
    if (best >= 0) break;
  }
  if (best < 0) return null;
  const start = from[best] as number;
  const end = (from[best + term.length - 1] as number) + 1;
  const cutStart = Math.max(0, content.lastIndexOf(' ', Math.max(0, start - radius)) + 1);
  const roughEnd = content.indexOf(' ', Math.min(content.length, end + radius));
  const cutEnd = roughEnd < 0 ? content.length : roughEnd;
  return {
    before: (cutStart > 0 ? '… ' : '') + content.slice(cutStart, start),
    match: content.slice(start, end),
    after: content.slice(end, cutEnd) + (cutEnd < content.length ? ' …' : ''),
  };
}

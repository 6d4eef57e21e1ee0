// The search index (issue 14): after `astro build`, Pagefind's Node API indexes every built
// page that marks its <main data-pagefind-body> (BaseLayout does, except the search page and
// the 404), with a folded copy of its words added to what Pagefind reads (never to the page
// served), and only what Pagefind reads of it (searchInput, src/lib/search-fold.ts), and writes
// the bundle to <outDir>/pagefind/, served by the site itself. Only /tim-kiem/ loads it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchInput } from '../lib/search-fold.ts';

/** The bundle's folder, under the site's base. */
export const SEARCH_BUNDLE = 'pagefind';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}

/** Indexes the built site in `out` and writes the bundle to out/pagefind/; returns the number of pages indexed. */
export async function writeSearchIndex(out: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  let pages = 0;
  try {
    // One page in Pagefind at a time (its service indexes concurrent pages in any order, and
    // the bundle's bytes would change from build to build); the next page is read and
    // folded while Pagefind indexes the current one.
    let indexing: Promise<void> | undefined;
    for (const file of await htmlFiles(out)) {
      const rel = path.relative(out, file).split(path.sep).join('/');
      if (rel.startsWith(`${SEARCH_BUNDLE}/`)) continue;
      const html = await readFile(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      // From the site's root: Pagefind puts the base in front (derived from where the bundle is).
      const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
      const content = searchInput(html);
      await indexing;
      indexing = index.addHTMLFile({ url, content }).then((added) => {
        if (added.errors.length > 0) throw new Error(`Pagefind, ${rel}: ${added.errors.join('; ')}`);
        pages++;
      });
      indexing.catch(() => undefined); // a failure is thrown where it is awaited, not reported as unhandled meanwhile
    }
    await indexing;
    const written = await index.writeFiles({ outputPath: path.join(out, SEARCH_BUNDLE) });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return pages;
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang → ${SEARCH_BUNDLE}/`);
      },
    },
  };
}

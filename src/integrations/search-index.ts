// The search index (issue 14): after `astro build`, Pagefind's Node API indexes every built
// page that marks its <main data-pagefind-body> (BaseLayout does, except the search page and
// the 404), with a folded copy of its words added to what Pagefind reads (never to the page
// served: src/lib/search-fold.ts), and writes the bundle to <outDir>/pagefind/, served by the
// site itself. Only /tim-kiem/ loads it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { withFoldedCopy } from '../lib/search-fold.ts';

/** The bundle's folder, under the site's base. */
export const SEARCH_BUNDLE = 'pagefind';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name)).sort();
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        let pages = 0;
        try {
          for (const file of await htmlFiles(out)) {
            const rel = path.relative(out, file).split(path.sep).join('/');
            if (rel.startsWith(`${SEARCH_BUNDLE}/`)) continue;
            const html = await readFile(file, 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            // From the site's root: Pagefind puts the base in front (derived from where the bundle is).
            const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
            const added = await index.addHTMLFile({ url, content: withFoldedCopy(html) });
            if (added.errors.length > 0) throw new Error(`Pagefind, ${rel}: ${added.errors.join('; ')}`);
            pages++;
          }
          const written = await index.writeFiles({ outputPath: path.join(out, SEARCH_BUNDLE) });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang → ${SEARCH_BUNDLE}/`);
      },
    },
  };
}

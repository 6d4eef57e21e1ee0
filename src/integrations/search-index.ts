// The search index (issue 14): every page Astro renders that marks its <main
// data-pagefind-body> (BaseLayout does, except the search page and the 404) goes to Pagefind
// as soon as it is rendered, with a folded copy of its words added to what Pagefind reads
// (never to the page served), and only what Pagefind reads of it (searchInput,
// src/lib/search-fold.ts). The pages reach Pagefind through Astro's prerenderer (the
// `astro:build:start` hook's setPrerenderer, wrapping Astro's own), so Pagefind indexes on the
// second core while the build renders the next pages (issue 12). After the build, the bundle
// is written to <outDir>/pagefind/, served by the site itself. Only /tim-kiem/ loads it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { SearchIndexer } from './search-indexer.ts';

/** The bundle's folder, under the site's base. */
export const SEARCH_BUNDLE = 'pagefind';

/** A page's URL from the site's root (what Pagefind is given): the request's path without the base. */
export function pathFromRoot(requestUrl: string, base: string): string {
  const pathname = new URL(requestUrl).pathname;
  const prefix = base.replace(/\/+$/, '');
  return prefix !== '' && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** Astro's prerenderer, unchanged, except that each HTML page it renders is also handed to `onPage`. */
export function indexingPrerenderer(inner: AstroPrerenderer, onPage: (request: Request, html: string) => Promise<void>): AstroPrerenderer {
  const collectStaticImages = inner.collectStaticImages;
  return {
    name: `${inner.name}+search-index`,
    setup: async () => inner.setup?.(),
    getStaticPaths: () => inner.getStaticPaths(),
    render: async (request, options) => {
      const result = await inner.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.status !== 200 || !(response.headers.get('content-type') ?? '').startsWith('text/html') || response.body === null) return result;
      // The body is read once here and handed back as the same bytes, for Astro to write.
      const body = await response.arrayBuffer();
      await onPage(request, new TextDecoder().decode(body));
      const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    ...(collectStaticImages ? { collectStaticImages: () => collectStaticImages.call(inner) } : {}),
    teardown: async () => inner.teardown?.(),
  };
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let indexer: SearchIndexer | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const current = new SearchIndexer();
        indexer = current;
        setPrerenderer((astroPrerenderer) => indexingPrerenderer(astroPrerenderer, (request, html) => current.add(pathFromRoot(request.url, base), html)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const current = indexer;
        indexer = undefined;
        if (current === undefined) throw new Error('Chỉ mục tìm kiếm: không trang nào được đưa vào (astro:build:start không chạy).');
        const pages = await current.write(path.join(fileURLToPath(dir), SEARCH_BUNDLE));
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang → ${SEARCH_BUNDLE}/`);
      },
    },
  };
}

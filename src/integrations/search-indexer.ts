// Pagefind's index of one build, fed a page at a time while Astro is still rendering the
// others (src/integrations/search-index.ts): Pagefind's process works on the second core
// while the build renders on the first, instead of both waiting for each other at the end.
// Pages reach Pagefind one at a time, in the order they are added (Pagefind numbers pages in
// the order they finish: several in flight would make the bundle differ from build to build).
import * as pagefind from 'pagefind';
import { searchInput } from '../lib/search-fold.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * At most this many pages wait for Pagefind: past it, adding a page waits until Pagefind has
 * caught up, so that a slow Pagefind holds back the render instead of piling up their text.
 */
export const MAX_WAITING_PAGES = 64;

export class SearchIndexer {
  #index: Promise<PagefindIndex> | undefined;
  /**
   * One promise per page still waiting for (or inside) Pagefind, oldest first: each page is
   * handed over when the one before it is done, and leaves the list then. A page that failed
   * stays, so every page after it fails too.
   */
  #waiting: Promise<void>[] = [];
  #failure: unknown;
  #pages = 0;

  /** Pages handed over and not yet indexed by Pagefind. */
  get waiting(): number {
    return this.#waiting.length;
  }

  #open(): Promise<PagefindIndex> {
    this.#index ??= pagefind.createIndex({ forceLanguage: 'vi' }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      return index;
    });
    return this.#index;
  }

  /**
   * Queue one built page (its URL from the site's root, without the base: Pagefind puts the
   * base in front, from where the bundle is). Pages without <main data-pagefind-body> are
   * skipped. Resolves once the page is queued and the queue is short enough; rejects with
   * Pagefind's error if an earlier page failed.
   */
  async add(url: string, html: string): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure;
    if (!html.includes('data-pagefind-body')) return;
    const content = searchInput(html);
    const index = this.#open();
    const page = (this.#waiting.at(-1) ?? Promise.resolve()).then(async () => {
      const added = await (await index).addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
      this.#pages++;
    });
    this.#waiting.push(page);
    page.then(
      () => this.#waiting.shift(),
      (error: unknown) => {
        this.#failure ??= error;
      },
    );
    const backlog = this.#waiting.length - MAX_WAITING_PAGES;
    if (backlog > 0) await this.#waiting[backlog - 1];
  }

  /** Waits for every queued page, writes the bundle to `outputPath` and stops Pagefind. Returns the number of pages indexed. */
  async write(outputPath: string): Promise<number> {
    try {
      await this.#waiting.at(-1);
      const written = await (await this.#open()).writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      return this.#pages;
    } finally {
      await pagefind.close();
    }
  }
}

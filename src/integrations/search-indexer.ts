// Pagefind's index of one build, fed a page at a time while Astro is still rendering the
// others (src/integrations/search-index.ts): Pagefind's process works on the second core
// while the build renders on the first, instead of both waiting for each other at the end.
// Pagefind is driven from a worker thread (pagefind-thread.ts), which also reads each page into
// what Pagefind is given (searchInput), off the build's thread. Pages reach Pagefind one at a
// time, in the order they are added (Pagefind numbers pages in the order they finish: several
// in flight would make the bundle differ from build to build).
//
// One index, not several merged in the browser: Pagefind matches a word of the query against
// each index's own words (the word itself where the index has it, else the words that start
// with it, else the longest word it starts with), so parts merged in the browser find other
// pages than one index of the same pages (docs/benchmarks.md, part G).
import { PagefindThread } from './pagefind-thread.ts';

/**
 * At most this many pages wait for Pagefind: past it, adding a page waits until Pagefind has
 * caught up, so that a slow Pagefind holds back the render instead of piling up their text.
 */
export const MAX_WAITING_PAGES = 64;

export class SearchIndexer {
  #pagefind: PagefindThread | undefined;
  /** One promise per page handed over and not yet indexed, each settled without throwing (a failure is kept in #failure). */
  readonly #waiting = new Set<Promise<void>>();
  #failure: unknown;
  #pages = 0;
  /** Set by write: no page is taken after it. */
  #written = false;

  /** Pages handed over and not yet indexed by Pagefind. */
  get waiting(): number {
    return this.#waiting.size;
  }

  /**
   * Queue one built page (its URL from the site's root, without the base: Pagefind puts the
   * base in front, from where the bundle is). Pages without <main data-pagefind-body> are
   * skipped. Resolves once the page is queued and the queue is short enough; rejects with
   * Pagefind's error if an earlier page failed.
   */
  async add(url: string, html: string): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#written) throw new Error('Chỉ mục tìm kiếm: chỉ mục đã được ghi, không nhận thêm trang.');
    if (!html.includes('data-pagefind-body')) return;
    this.#pagefind ??= new PagefindThread();
    const page = this.#pagefind.add(url, html).then(
      () => {
        this.#pages++;
      },
      (error: unknown) => {
        this.#failure ??= error;
      },
    );
    this.#waiting.add(page);
    void page.then(() => this.#waiting.delete(page));
    while (this.#waiting.size > MAX_WAITING_PAGES) await Promise.race(this.#waiting);
    if (this.#failure !== undefined) throw this.#failure;
  }

  /**
   * Waits for every queued page, writes the bundle to `outputPath` and stops Pagefind (an
   * empty bundle without any page: the search page still loads one). Returns the number of
   * pages indexed.
   */
  async write(outputPath: string): Promise<number> {
    this.#written = true;
    const pagefind = this.#pagefind ?? new PagefindThread();
    this.#pagefind = undefined;
    await Promise.all(this.#waiting);
    if (this.#failure !== undefined) {
      await pagefind.stop();
      throw this.#failure;
    }
    await pagefind.write(outputPath);
    return this.#pages;
  }
}

// Pagefind's index of one build, fed a page at a time while Astro is still rendering the
// others (src/integrations/search-index.ts), and cut into parts of PAGES_PER_PART pages (issue
// 12). Each part is a worker thread with its own Pagefind process (search-part.ts): it indexes
// its pages while the build renders, and is written and stopped as soon as it is full, while
// the next pages go to a new part. So no Pagefind process holds more than a part, and only the
// last parts are written after the last page. The first part takes the first pages alone (a
// small site, such as the province's, has one part); after it, LANES parts are filled side by
// side, the pages handed to them in turn, because one Pagefind process indexing alone keeps the
// render waiting. The first part is the bundle at the output path (pagefind/); the others are
// bundles in folders inside it (phan-2/, phan-3/…), listed in PARTS_FILE, which the search page
// merges into the first (Pagefind's mergeIndex). Which page goes to which part depends only on
// the order pages are added, and each part takes its pages in that order, so the same pages in
// the same order give the same files.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SearchPart } from './search-part.ts';

/** Pages in one part of the index: 59 units' site is one part, 10,000 units' (20,331 pages) eleven. */
export const PAGES_PER_PART = 2000;

/**
 * At most this many pages wait for Pagefind: past it, adding a page waits until Pagefind has
 * caught up, so that a slow Pagefind holds back the render instead of piling up their text.
 */
export const MAX_WAITING_PAGES = 64;

/** Parts filled at once after the first: two Pagefind processes index side by side (on 10,000 units, 179 s instead of 192 s; docs/benchmarks.md). */
export const LANES = 2;

/** The list of the parts after the first (their folders, from the bundle's), in the bundle's folder. */
export const PARTS_FILE = 'phan.json';

/** The folder of part `n` (from 0) inside the bundle's: the first part is the bundle itself. */
export function partFolder(n: number): string {
  return n === 0 ? '' : `phan-${n + 1}/`;
}

export interface Written {
  /** Pages indexed. */
  pages: number;
  /** Parts written (at least one: the bundle the search page loads). */
  parts: number;
}

export class SearchIndexer {
  readonly #outputPath: string;
  readonly #pagesPerPart: number;
  /** The parts being filled (one per lane), and the folders they will be written to. */
  readonly #lanes: ({ part: SearchPart; folder: string } | undefined)[] = Array.from({ length: LANES }, () => undefined);
  /** Pages handed over so far (with a body to search). */
  #handed = 0;
  #parts = 0;
  /** The writes of the parts that are full, each settled without throwing (a failure is kept in #failure). */
  readonly #writes: Promise<void>[] = [];
  /** One promise per page handed over and not yet indexed, each settled without throwing. */
  readonly #waiting = new Set<Promise<void>>();
  #failure: unknown;
  #pages = 0;

  /** `outputPath`: the bundle's folder (<outDir>/pagefind). */
  constructor(outputPath: string, pagesPerPart = PAGES_PER_PART) {
    if (!Number.isInteger(pagesPerPart) || pagesPerPart < 1) throw new Error(`Chỉ mục tìm kiếm: số trang mỗi phần phải là số nguyên dương (${pagesPerPart}).`);
    this.#outputPath = outputPath;
    this.#pagesPerPart = pagesPerPart;
  }

  /** Pages handed over and not yet indexed by Pagefind. */
  get waiting(): number {
    return this.#waiting.size;
  }

  #fail(error: unknown): void {
    this.#failure ??= error;
  }

  #startPart(lane: number): { part: SearchPart; folder: string } {
    const started = { part: new SearchPart(), folder: path.join(this.#outputPath, partFolder(this.#parts)) };
    this.#lanes[lane] = started;
    this.#parts++;
    return started;
  }

  /** Writes a lane's part (in the background: the lane's next pages go to a new part meanwhile). */
  #writePart(lane: number): void {
    const full = this.#lanes[lane];
    if (full === undefined) return;
    this.#lanes[lane] = undefined;
    this.#writes.push(full.part.write(full.folder).catch((error: unknown) => this.#fail(error)));
  }

  /**
   * Hand over one built page (its URL from the site's root, without the base: Pagefind puts
   * the base in front, from where the bundle is). Pages without <main data-pagefind-body> are
   * skipped. Resolves once the page is handed over and few enough pages wait; rejects with
   * Pagefind's error if an earlier page failed.
   */
  async add(url: string, html: string): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure;
    if (!html.includes('data-pagefind-body')) return;
    // The first part takes the first pages alone (a small site has one part); after it, the
    // pages go to the lanes in turn.
    const lane = this.#handed < this.#pagesPerPart ? 0 : this.#handed % LANES;
    this.#handed++;
    const current = this.#lanes[lane] ?? this.#startPart(lane);
    const page = current.part.add(url, html).then(
      () => {
        this.#pages++;
      },
      (error: unknown) => this.#fail(error),
    );
    this.#waiting.add(page);
    void page.then(() => this.#waiting.delete(page));
    if (current.part.pages === this.#pagesPerPart) this.#writePart(lane);
    while (this.#waiting.size > MAX_WAITING_PAGES) await Promise.race(this.#waiting);
    if (this.#failure !== undefined) throw this.#failure;
  }

  /**
   * Writes the last part, waits for every part's bundle and the list of parts, and stops
   * Pagefind. Without any page, writes an empty bundle (the search page still loads one).
   */
  async finish(): Promise<Written> {
    if (this.#parts === 0) this.#startPart(0);
    for (let lane = 0; lane < LANES; lane++) this.#writePart(lane);
    await Promise.all([...this.#waiting, ...this.#writes]);
    if (this.#failure !== undefined) throw this.#failure;
    const others = Array.from({ length: this.#parts - 1 }, (_, i) => partFolder(i + 1));
    await writeFile(path.join(this.#outputPath, PARTS_FILE), `${JSON.stringify(others)}\n`);
    return { pages: this.#pages, parts: this.#parts };
  }
}

// One part of the search index, seen from the build's thread: a worker thread
// (search-part-worker.ts) with a Pagefind process of its own. Pages are handed over in order
// and each resolves once Pagefind has indexed it; `write` writes the part's bundle, then stops
// the worker and its Pagefind process.
import { Worker } from 'node:worker_threads';

/** What the build's thread asks of a part's worker. */
export type PartRequest = { kind: 'page'; url: string; html: string } | { kind: 'write'; outputPath: string };
/** The worker's answer to each request, in the same order. */
export type PartReply = { kind: 'added' } | { kind: 'written' } | { kind: 'failed'; message: string };

export class SearchPart {
  readonly #worker = new Worker(new URL('./search-part-worker.ts', import.meta.url));
  /** One entry per request not yet answered, oldest first. */
  readonly #answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  #stopped: Error | undefined;
  #pages = 0;

  constructor() {
    this.#worker.on('message', (reply: PartReply) => {
      const answer = this.#answers.shift();
      if (reply.kind === 'failed') answer?.reject(new Error(reply.message));
      else answer?.resolve();
    });
    this.#worker.on('error', (error) => this.#stop(error));
    this.#worker.on('exit', (code) => this.#stop(new Error(`Chỉ mục tìm kiếm: luồng lập chỉ mục dừng (mã ${code}) khi còn việc.`)));
  }

  /** Pages handed to this part. */
  get pages(): number {
    return this.#pages;
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const answer of this.#answers.splice(0)) answer.reject(this.#stopped);
  }

  #ask(request: PartRequest): Promise<void> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    return new Promise((resolve, reject) => {
      this.#answers.push({ resolve, reject });
      this.#worker.postMessage(request);
    });
  }

  /** Resolves once Pagefind has indexed the page (its URL from the site's root). */
  add(url: string, html: string): Promise<void> {
    this.#pages++;
    return this.#ask({ kind: 'page', url, html });
  }

  /** Writes the part's bundle to `outputPath` once every page handed over is indexed, then stops the worker. */
  async write(outputPath: string): Promise<void> {
    try {
      await this.#ask({ kind: 'write', outputPath });
    } finally {
      this.#stopped ??= new Error('Chỉ mục tìm kiếm: phần này đã được ghi.');
      await this.#worker.terminate();
    }
  }
}

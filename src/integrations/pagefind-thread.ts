// Pagefind, seen from the build's thread: a worker thread (pagefind-thread-worker.ts) that
// drives a Pagefind process of its own. Pages are handed over in order and each resolves once
// Pagefind has indexed it; `write` writes the bundle, then stops the worker and its Pagefind
// process; `stop` stops them without writing.
import { Worker } from 'node:worker_threads';

/** What the build's thread asks of the worker. */
export type PagefindRequest = { kind: 'page'; url: string; html: string } | { kind: 'write'; outputPath: string };
/** The worker's answer to each request, in the same order. */
export type PagefindReply = { kind: 'added' } | { kind: 'written' } | { kind: 'failed'; message: string };

export class PagefindThread {
  readonly #worker = new Worker(new URL('./pagefind-thread-worker.ts', import.meta.url));
  /** One entry per request not yet answered, oldest first. */
  readonly #answers: { resolve: () => void; reject: (error: Error) => void }[] = [];
  #stopped: Error | undefined;

  constructor() {
    this.#worker.on('message', (reply: PagefindReply) => {
      const answer = this.#answers.shift();
      if (reply.kind === 'failed') answer?.reject(new Error(reply.message));
      else answer?.resolve();
    });
    this.#worker.on('error', (error) => this.#stop(error));
    this.#worker.on('exit', (code) => this.#stop(new Error(`Chỉ mục tìm kiếm: luồng lập chỉ mục dừng (mã ${code}) khi còn việc.`)));
  }

  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const answer of this.#answers.splice(0)) answer.reject(this.#stopped);
  }

  #ask(request: PagefindRequest): Promise<void> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    return new Promise((resolve, reject) => {
      this.#answers.push({ resolve, reject });
      this.#worker.postMessage(request);
    });
  }

  /** Resolves once Pagefind has indexed the page (its URL from the site's root). */
  add(url: string, html: string): Promise<void> {
    return this.#ask({ kind: 'page', url, html });
  }

  /** Writes the bundle to `outputPath` once every page handed over is indexed, then stops the worker. */
  async write(outputPath: string): Promise<void> {
    try {
      await this.#ask({ kind: 'write', outputPath });
    } finally {
      this.#stopped ??= new Error('Chỉ mục tìm kiếm: chỉ mục đã được ghi.');
      await this.#worker.terminate();
    }
  }

  /** Stops the worker without writing (after a failure); what still waits fails. */
  async stop(): Promise<void> {
    this.#stop(new Error('Chỉ mục tìm kiếm: dừng mà không ghi.'));
    await this.#worker.terminate();
  }
}

// The search index's worker thread (pagefind-thread.ts, search-indexer.ts): it reads each page
// into what Pagefind is given (searchInput) and drives Pagefind's process through Pagefind's
// Node API, off the build's thread. Messages are handled one at a time, in the order they
// come: Pagefind numbers pages in the order they finish.
import childProcess from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { searchInput } from '../lib/search-fold.ts';
import type { PagefindReply, PagefindRequest } from './pagefind-thread.ts';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

// Pagefind's Node API never answers once its process has died (it panics, for instance, on a
// folder it cannot write): whatever waited on it would wait forever, and the build with it. So
// the process it starts from this thread is watched, and its death fails what waits. Once the
// index is written, the thread waits for the process to end, so that it is reaped (not left a
// zombie until the build ends). The wrapped `spawn` is this thread's alone: each worker thread
// has its own copy of Node's modules.
let pagefindProcess: childProcess.ChildProcess | undefined;
let stopping = false;
let died: (error: Error) => void = () => undefined;
const death = new Promise<never>((_, reject) => {
  died = reject;
});
death.catch(() => undefined);
const spawn = childProcess.spawn;
childProcess.spawn = function watchedSpawn(this: unknown, ...args: Parameters<typeof spawn>) {
  const child = spawn.apply(this, args);
  pagefindProcess = child;
  child.once('exit', (code, signal) => {
    if (!stopping) died(new Error(`Pagefind: tiến trình dừng giữa chừng (${code === null ? `tín hiệu ${signal}` : `mã ${code}`}).`));
  });
  return child;
} as typeof spawn;
const unlessDead = <T>(work: Promise<T>): Promise<T> => Promise.race([work, death]);

let index: Promise<PagefindIndex> | undefined;
const open = (): Promise<PagefindIndex> =>
  (index ??= unlessDead(pagefind.createIndex({ forceLanguage: 'vi' })).then(({ index: created, errors }) => {
    if (!created) throw new Error(`Pagefind: ${errors.join('; ')}`);
    return created;
  }));

async function handle(request: PagefindRequest): Promise<PagefindReply> {
  if (request.kind === 'page') {
    const added = await unlessDead((await open()).addHTMLFile({ url: request.url, content: searchInput(request.html) }));
    if (added.errors.length > 0) throw new Error(`Pagefind, ${request.url}: ${added.errors.join('; ')}`);
    return { kind: 'added' };
  }
  try {
    await mkdir(request.outputPath, { recursive: true });
    const written = await unlessDead((await open()).writeFiles({ outputPath: request.outputPath }));
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { kind: 'written' };
  } finally {
    stopping = true;
    const ended = pagefindProcess === undefined || pagefindProcess.exitCode !== null || pagefindProcess.signalCode !== null ? undefined : once(pagefindProcess, 'exit');
    await pagefind.close();
    await ended;
  }
}

let queue = Promise.resolve();
parentPort?.on('message', (request: PagefindRequest) => {
  queue = queue.then(async () => {
    let reply: PagefindReply;
    try {
      reply = await handle(request);
    } catch (error) {
      reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
});

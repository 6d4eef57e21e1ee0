// Every file of content/ through processFile (process-file.ts), results in the order given.
// A large content/ (a territory of thousands of units) is split between worker threads, one
// per core: parsing YAML is most of the time a build spends on content, and it is the same
// work in any thread. Each worker takes every n-th file; the results come back as plain data
// (structured clone) and are put back in the files' order, so the outcome is the same as in
// one thread (tests/pipeline/process-files.test.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { processFile, type FileOutcome } from './process-file.ts';

/** From this many files on, the files are read and checked in worker threads. */
export const PARALLEL_FROM = 2000;
/** At most this many worker threads. */
export const MAX_WORKERS = 4;
/** Files read at once in one thread (the reads wait on the disk, the checks do not). */
const READS_AT_ONCE = 32;

export type Outcomes = (FileOutcome | undefined)[];

/** One thread under PARALLEL_FROM files or on one core; else one worker per core, at most MAX_WORKERS. */
export function workersFor(files: number, cores = availableParallelism()): number {
  return files < PARALLEL_FROM ? 1 : Math.max(1, Math.min(cores, MAX_WORKERS));
}

/** What a worker is given (process-files-worker.ts). */
export interface WorkerTask {
  root: string;
  files: string[];
}

/** Run up to `limit` tasks at once; results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** processFile over `files` in this thread. */
export function processFilesHere(root: string, files: readonly string[]): Promise<Outcomes> {
  return mapLimited(files, READS_AT_ONCE, (file) => processFile(root, file));
}

function inWorker(task: WorkerTask): Promise<Outcomes> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./process-files-worker.ts', import.meta.url), { workerData: task });
    let outcomes: Outcomes | undefined;
    worker.once('message', (message: Outcomes) => {
      outcomes = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (outcomes !== undefined) resolve(outcomes);
      else reject(new Error(`Luồng kiểm tra nội dung dừng (mã ${code}) trước khi trả kết quả.`));
    });
  });
}

/** processFile over every file, in `workers` threads (by default workersFor(files.length)); results in the files' order. */
export async function processFiles(root: string, files: readonly string[], workers = workersFor(files.length)): Promise<Outcomes> {
  const threads = Math.min(workers, files.length);
  if (threads <= 1) return processFilesHere(root, files);
  const shares = Array.from({ length: threads }, (_, w) => files.filter((_, i) => i % threads === w));
  const results = await Promise.all(shares.map((share) => inWorker({ root, files: share })));
  return files.map((_, i) => results[i % threads]?.[Math.floor(i / threads)]);
}

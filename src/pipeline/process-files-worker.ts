// A worker thread of processFiles (process-files.ts): checks its share of the files and sends
// the outcomes back, in the order given.
import { parentPort, workerData } from 'node:worker_threads';
import { processFilesHere, type WorkerTask } from './process-files.ts';

const { root, files } = workerData as WorkerTask;
parentPort?.postMessage(await processFilesHere(root, files));

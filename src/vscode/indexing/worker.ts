/** Entry of an indexing worker thread (bundled as dist/indexWorker.js): one job in, one outcome out. */
import { parentPort } from 'node:worker_threads';
import type { IndexJob } from './job';
import { runJob } from './runJob';

const port = parentPort!;
port.on('message', (job: IndexJob) => port.postMessage(runJob(job)));
port.postMessage({ ready: true });

/** Entry of an indexing worker thread (bundled as dist/indexWorker.js): one job in, one outcome out. */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { IndexJob } from './job';
import { runJob } from './runJob';

const port = parentPort!;
port.on('message', (msg: IndexJob | { nice: number }) => {
  if ('nice' in msg) nice(msg.nice);
  else port.postMessage(runJob(msg));
});
port.postMessage({ ready: true });

/**
 * Lowers this thread's priority (see WorkerPool's bulkNice). Only on Linux, where a niceness is a
 * thread's own: elsewhere it would be the whole extension host's. Refused (a sandbox): as it was.
 */
function nice(niceness: number): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, niceness);
  } catch {
    // the worker runs at the host's priority
  }
}

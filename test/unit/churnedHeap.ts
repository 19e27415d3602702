/** A thread's old generation under churn, shared by the heap-growth tests. */
import { Worker } from 'node:worker_threads';

/**
 * A thread that keeps ~75 MB live and churns objects that outlive the young generation (a window
 * of 200,000 kept, then dropped), as a pass's results do: the largest its old generation grew to, MB.
 * Under V8’s default growth the same churn reached 217 MB in a fresh Node process; bounded, 91.
 */
export function churnedOldSpaceMb(): Promise<number> {
  const code = `
    const v8 = require('node:v8');
    const { parentPort } = require('node:worker_threads');
    const old = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space').space_size / 1048576;
    const live = [];
    for (let i = 0; i < 600000; i++) live.push({ a: i, b: 'x' + i });
    let window = [];
    let most = 0;
    for (let i = 0; i < 3000000; i++) {
      window.push({ a: i, b: [i, i + 1] });
      if (window.length > 200000) window = [];
      if (i % 50000 === 0) most = Math.max(most, old());
    }
    parentPort.postMessage(most + live.length * 0);`;
  return new Promise((resolve, reject) => {
    const w = new Worker(code, { eval: true });
    w.once('message', (mb: number) => {
      resolve(mb);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

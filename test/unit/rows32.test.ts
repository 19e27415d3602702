import { strict as assert } from 'node:assert';
import { Worker } from 'node:worker_threads';
import { boundHeapGrowth, relaxedWhile } from '../../src/vscode/indexing/heapGrowth';

/**
 * A thread that keeps ~75 MB live and churns objects that outlive the young generation (as
 * ./heapGrowth.test.ts does): the largest its old generation grew to, MB. The growth flag is the
 * process's, so the thread runs under whatever bound holds while it runs.
 */
function churnedOldSpaceMb(): Promise<number> {
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

describe('a warm start’s load runs with the heap’s growth relaxed, then bounded again (rows32)', () => {
  it('lets the old generation grow further while a load runs, and bounds it once no load runs', async function () {
    this.timeout(120_000);
    boundHeapGrowth();
    const during = await relaxedWhile(() => churnedOldSpaceMb());
    const after = await churnedOldSpaceMb();
    assert.ok(after < 150, `after the load: old generation grew to ${after.toFixed(0)} MB`);
    assert.ok(during > after, `during the load ${during.toFixed(0)} MB, after it ${after.toFixed(0)} MB`);
  });

  it('keeps the growth relaxed until the last of overlapping loads ends, and passes on what each gives or throws', async function () {
    this.timeout(120_000);
    boundHeapGrowth();
    let release!: () => void;
    const long = relaxedWhile(() => new Promise<string>((resolve) => (release = () => resolve('snapshot parsed'))));
    await assert.rejects(relaxedWhile(() => Promise.reject(new Error('cache dropped'))), /cache dropped/);
    // the long load still runs: the growth stays relaxed
    const during = await churnedOldSpaceMb();
    release();
    assert.equal(await long, 'snapshot parsed');
    const after = await churnedOldSpaceMb();
    assert.ok(after < 150 && during > after, `during ${during.toFixed(0)} MB, after ${after.toFixed(0)} MB`);
  });
});

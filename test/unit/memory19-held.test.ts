import { strict as assert } from 'node:assert';
import { WorkerPool } from '../../src/vscode/indexing/pool';
import { TermIndex } from '../../src/corpus/searchIndex';

const TOY_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => parentPort.postMessage({ ok: true, value: job.n * 2 }));
parentPort.postMessage({ ready: true });
`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('memory: workers held back while the host has not taken in their outcomes', () => {
  it('posts no job while held, but an urgent one, and the rest once resumed', async () => {
    let held = false;
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 1, depth: 4, timeoutMs: () => 5000, held: () => held });
    try {
      assert.deepEqual(await pool.run({ n: 1 }), { ok: true, value: 2 }, 'a ready worker');
      held = true;
      const done: number[] = [];
      const bulk = [2, 3, 4].map((n) => pool.run({ n }).then((o) => void done.push(o.ok ? o.value : -1)));
      await sleep(200);
      assert.deepEqual(done, [], 'nothing posted while held');
      assert.equal(pool.pending, 3);
      assert.deepEqual(await pool.run({ n: 5 }, true), { ok: true, value: 10 }, 'an edit goes ahead of the hold');
      assert.deepEqual(done, []);
      held = false;
      pool.resume();
      await Promise.all(bulk);
      assert.deepEqual(done, [4, 6, 8], 'the held jobs run once resumed, in order');
    } finally {
      await pool.dispose();
    }
  });
});

describe('memory: search postings grown in fewer steps', () => {
  it('a term in thousands of articles keeps every posting in serial order', () => {
    const index = new TermIndex();
    for (let serial = 1; serial <= 5000; serial++) index.add(serial, serial % 3 ? ['common', `rare${serial}`] : ['common'], [1 + (serial % 7), 1], 10);
    const m = index.match('common', false, 0);
    assert.equal(m.serials.length, 5000);
    assert.ok(m.serials.every((s, i) => s === i + 1), 'serials rising, none lost or repeated across growths');
    assert.ok(index.holds('common', 4999) && index.holds('rare4999', 4999) && !index.holds('rare4999', 4998));
    // weights kept: an article where the term counts 7 times scores above one where it counts once (same length)
    const score = (s: number): number => m.scores[s - 1];
    assert.ok(score(6) > score(7), 'weight 7 (serial 6) above weight 1 (serial 7)');
  });
});

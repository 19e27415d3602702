import { strict as assert } from 'node:assert';
import { churnedOldSpaceMb } from './churnedHeap';
import { boundHeapGrowth, LOAD_RELAXED_MB, relaxedWhile } from '../../src/vscode/indexing/heapGrowth';
import { IdPool } from '../../src/corpus/ids';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { restoreFrom, settledCorpus, snapshotTextLines } from './snapshotRestore';

describe('a warm start’s load runs with the heap’s growth relaxed, then bounded again (rows32)', () => {
  it('lets the old generation grow further while a load runs, and bounds it once no load runs', async function () {
    this.timeout(120_000);
    boundHeapGrowth();
    // a threshold no heap here reaches (mocha's own may be past LOAD_RELAXED_MB): relaxed throughout
    const during = await relaxedWhile(() => churnedOldSpaceMb(), Infinity);
    const after = await churnedOldSpaceMb();
    assert.ok(after < 150, `after the load: old generation grew to ${after.toFixed(0)} MB`);
    assert.ok(during > after, `during the load ${during.toFixed(0)} MB, after it ${after.toFixed(0)} MB`);
  });

  it('keeps the growth relaxed until the last of overlapping loads ends, and passes on what each gives or throws', async function () {
    this.timeout(120_000);
    boundHeapGrowth();
    let release!: () => void;
    const long = relaxedWhile(() => new Promise<string>((resolve) => (release = () => resolve('snapshot parsed'))), Infinity);
    await assert.rejects(relaxedWhile(() => Promise.reject(new Error('cache dropped'))), /cache dropped/);
    // the long load still runs: the growth stays relaxed
    const during = await churnedOldSpaceMb();
    release();
    assert.equal(await long, 'snapshot parsed');
    const after = await churnedOldSpaceMb();
    assert.ok(after < 150 && during > after, `during ${during.toFixed(0)} MB, after ${after.toFixed(0)} MB`);
  });

  it('bounds the growth again while a load runs once the heap is past its threshold (near miss of the first case)', async function () {
    this.timeout(120_000);
    boundHeapGrowth();
    assert.ok(LOAD_RELAXED_MB >= 50 && LOAD_RELAXED_MB <= 200);
    // a heap past the threshold from the start (a threshold of 1 MB)
    const during = await relaxedWhile(() => churnedOldSpaceMb(), 1);
    assert.ok(during < 150, `a load past its threshold: old generation grew to ${during.toFixed(0)} MB`);
  });
});

describe('a restore adopts the snapshot’s tables of groups by key and id (rows32)', () => {
  it('answers every actor by id at once, and a later article’s actor joins its restored group, id and all', () => {
    const from = settledCorpus({
      'a.txt': 'Senator Halvard Quist said the canal bill would pass. The Northern Grain Board (NGB) warned of a poor harvest.',
      'b.txt': 'Quist told reporters on Monday that the canal would open by autumn.',
    });
    const to = restoreFrom(snapshotTextLines(from), from);
    assert.ok(!(to instanceof Error), String(to));
    const ids = from.actors().map((a) => a.id);
    assert.ok(ids.length >= 2);
    for (const id of ids) assert.equal(to.actor(id)?.name, from.actor(id)?.name, id);
    const quist = from.actors().find((a) => a.name === 'Halvard Quist')!;
    const text = 'Halvard Quist said the ferry would run.';
    from.upsert('c.txt', analyzeToRecord(text, {}, 'c.txt'));
    to.upsert('c.txt', analyzeToRecord(text, {}, 'c.txt'));
    assert.equal(to.actor(quist.id)?.mentionCount, from.actor(quist.id)?.mentionCount);
    assert.deepEqual(to.actors().map((a) => a.id).sort(), from.actors().map((a) => a.id).sort());
  });

  it('IdPool: adopts a table only when no id is out (near miss: one claimed first refuses it)', () => {
    const pool = new IdPool<{ key: string }>((o) => o.key);
    const owner = { key: 'person:halvard quist' };
    const id = new IdPool<{ key: string }>((o) => o.key).take('Halvard Quist', owner);
    pool.adopt(new Map([[id, owner]]));
    assert.equal(pool.ownerOf(id), owner);
    assert.equal(pool.size, 1);
    // the same key is given its id again; another key never takes it
    assert.equal(pool.take('Halvard Quist', owner), id);
    assert.notEqual(pool.take('Halvard Quist', { key: 'person:halvard quist jr' }), id);
    const claimed = new IdPool<{ key: string }>((o) => o.key);
    claimed.claim(id, owner);
    assert.throws(() => claimed.adopt(new Map()), /ids out/);
  });
});

import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { WorkerPool, poolSize } from '../../src/workers/pool';
import { IndexCache, SHARDS, shardOf, tailCrc, type CachedArticle } from '../../src/vscode/indexing/cache';
import { articleRecordCodec, isArticleRecord, lazyArticleCodec, quoteCount, readArticleRecord, storedArticleRecord } from '../../src/vscode/indexing/validate';
import { warmUpJob, type Extracted, type IndexJob } from '../../src/vscode/indexing/job';
import { lineStarts, runJob } from '../../src/vscode/indexing/runJob';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';

const ROOT = path.resolve(__dirname, '../../..');

// a worker that sleeps, spins, allocates or answers as each job says
const TOY_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => {
  if (job.spin) for (;;) {}
  if (job.ms) for (const end = Date.now() + job.ms; Date.now() < end; ) {}
  if (job.eat) { const hoard = []; for (;;) hoard.push(new Array(1e5).fill(job.eat)); }
  parentPort.postMessage({ ok: true, value: job.n * 2 });
});
parentPort.postMessage({ ready: true });
`;

describe('indexing: worker pool', () => {
  it('stops a job past its time limit, replaces the worker, and runs the rest', async () => {
    const pool = new WorkerPool<{ n: number; spin?: boolean }, number>({ script: TOY_WORKER, eval: true, size: 1, timeoutMs: () => 300 });
    try {
      const started = Date.now();
      const results = await Promise.all([pool.run({ n: 1 }), pool.run({ n: 2, spin: true }), pool.run({ n: 3 })]);
      assert.deepEqual(results[0], { ok: true, value: 2 });
      assert.equal(results[1].ok, false);
      assert.match((results[1] as { reason: string }).reason, /^stopped after 300 ms/);
      assert.deepEqual(results[2], { ok: true, value: 6 });
      assert.ok(Date.now() - started < 5000);
      assert.equal(pool.workers, 1);
    } finally {
      await pool.dispose();
    }
  });

  it('a worker out of memory ends its job with a reason; the next job runs in a fresh worker', async () => {
    const pool = new WorkerPool<{ n: number; eat?: number }, number>({ script: TOY_WORKER, eval: true, size: 1, timeoutMs: () => 30_000, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    try {
      const [eaten, next] = await Promise.all([pool.run({ n: 1, eat: 7 }), pool.run({ n: 5 })]);
      assert.deepEqual(eaten, { ok: false, reason: 'ran out of memory (limit 32 MB)' });
      assert.deepEqual(next, { ok: true, value: 10 });
    } finally {
      await pool.dispose();
    }
  });

  it('urgent jobs go first; a broken script fails its jobs instead of respawning forever', async () => {
    const order: number[] = [];
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 1, timeoutMs: () => 5000 });
    await Promise.all([1, 2, 3].map((n) => pool.run({ n }).then(() => order.push(n))).concat(pool.run({ n: 9 }, true).then(() => order.push(9))));
    assert.equal(order[0], 9);
    await pool.dispose();
    const broken = new WorkerPool<{ n: number }, number>({ script: 'throw new Error("no such module")', eval: true, size: 1, timeoutMs: () => 5000 });
    const r = await broken.run({ n: 1 });
    assert.equal(r.ok, false);
    await broken.dispose();
  });

  it('a thread the system refuses fails the waiting jobs with the reason, not the caller', async () => {
    // a script path Worker refuses at once, as it refuses a thread when the system has none to give (EAGAIN)
    const refused = new WorkerPool<{ n: number }, number>({ script: 'no-such-worker.js', size: 2, timeoutMs: () => 5000 });
    const outcomes = await Promise.all([refused.run({ n: 1 }), refused.run({ n: 2 })]);
    for (const o of outcomes) assert.ok(!o.ok && /^could not start a worker thread \(/.test(o.reason), JSON.stringify(o));
    await refused.dispose();
  });

  it('warm() starts a worker with its job only when none is alive, and never after dispose', async () => {
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 2, timeoutMs: () => 5000 });
    try {
      pool.warm({ n: 0 });
      assert.equal(pool.workers, 1);
      assert.equal(pool.pending, 1);
      // a live worker (starting or idle) is enough: no second warm-up job
      pool.warm({ n: 0 });
      assert.equal(pool.pending, 1);
      assert.deepEqual(await pool.run({ n: 4 }), { ok: true, value: 8 });
      // the warm-up's later runs follow one another on the live worker
      const deadline = Date.now() + 5000;
      while (pool.pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const workers = pool.workers;
      pool.warm({ n: 0 });
      assert.equal(pool.pending, 0);
      assert.equal(pool.workers, workers);
    } finally {
      await pool.dispose();
    }
    pool.warm({ n: 0 });
    assert.equal(pool.workers, 0);
    assert.equal(pool.pending, 0);
  });

  it('warm() runs its job several times on the fresh worker, one after another, so the next job meets optimised code', async () => {
    const counting = `
const { parentPort } = require('node:worker_threads');
let runs = 0;
parentPort.on('message', (job) => parentPort.postMessage({ ok: true, value: job.n === 0 ? ++runs : runs }));
parentPort.postMessage({ ready: true });
`;
    const pool = new WorkerPool<{ n: number }, number>({ script: counting, eval: true, size: 1, timeoutMs: () => 5000 });
    try {
      pool.warm({ n: 0 });
      assert.ok(pool.pending <= 1, "one warm-up job at a time: an edit's job never waits behind several");
      const deadline = Date.now() + 5000;
      while (pool.pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(await pool.run({ n: 1 }), { ok: true, value: 4 });
    } finally {
      await pool.dispose();
    }
  });

  it('workers worn by a bulk of jobs end as soon as the queue drains; fewer jobs keep the long idle time', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 1, timeoutMs: () => 5000, idleMs: 60_000, bulkJobs: 5 });
    try {
      await Promise.all([1, 2, 3].map((n) => pool.run({ n })));
      await sleep(300);
      assert.equal(pool.workers, 1, 'three jobs are no bulk: the worker waits for the next edit');
      const outcomes = await Promise.all([4, 5, 6].map((n) => pool.run({ n })));
      assert.deepEqual(outcomes.map((o) => o.ok && o.value), [8, 10, 12]);
      // the turn after the last outcome, not a second later (the host's writers start then)
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setTimeout(r, 5));
      assert.equal(pool.workers, 0, 'six jobs make a bulk: the worker is ended as the queue drained, its heap given back');
      assert.deepEqual(await pool.run({ n: 7 }), { ok: true, value: 14 });
      assert.equal(pool.workers, 1);
    } finally {
      await pool.dispose();
    }
  });

  it('a bulk\'s last jobs (bulkTail) go to one worker: the other ends once it has done what it was handed, and none starts again until a new backlog', async () => {
    const pool = new WorkerPool<{ n: number; ms?: number }, number>({ script: TOY_WORKER, eval: true, size: 2, depth: 2, timeoutMs: () => 5000, idleMs: 60_000, bulkJobs: 5, bulkTail: 1 / 6 });
    try {
      /** Live workers as each job's outcome came, in the order they came. */
      const seen: number[] = [];
      const bulk = (from: number) => Array.from({ length: 60 }, (_, i) => pool.run({ n: from + i, ms: 3 }).then((o) => (seen.push(pool.workers), o)));
      const outcomes = await Promise.all(bulk(0));
      assert.deepEqual(outcomes.map((o) => o.ok && o.value), Array.from({ length: 60 }, (_, n) => n * 2), 'every job done once, none lost by the worker that ended');
      const one = seen.indexOf(1, seen.indexOf(2));
      assert.ok(seen.indexOf(2) >= 0 && one >= 40, `two workers until the tail: ${seen.join('')}`);
      assert.ok(seen.slice(one).every((n) => n === 1), `one worker through the tail, no second started: ${seen.join('')}`);
      seen.length = 0;
      await Promise.all(bulk(100));
      assert.ok(seen.includes(2), `a new backlog has a second worker again: ${seen.join('')}`);
    } finally {
      await pool.dispose();
    }
  });

  it('isolateSetup is called before each worker starts and after it runs, paired even for a worker ended while it starts; not for an edit\'s worker', async () => {
    let before = 0;
    let after = 0;
    const isolateSetup = { before: () => void before++, after: () => void (after++, assert.ok(after <= before)) };
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 2, depth: 1, timeoutMs: () => 5000, isolateSetup });
    await Promise.all(Array.from({ length: 8 }, (_, n) => pool.run({ n })));
    await pool.dispose();
    assert.deepEqual([before, after], [2, 2], 'a backlog started two workers, each set up and set back');
    const starting = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 2, depth: 1, timeoutMs: () => 5000, isolateSetup });
    void starting.run({ n: 1 });
    void starting.run({ n: 2 });
    await starting.dispose();
    assert.equal(before, 4);
    for (const edit of [(p: WorkerPool<{ n: number }, number>) => p.warm({ n: 1 }), (p: WorkerPool<{ n: number }, number>) => p.run({ n: 2 }, true)]) {
      const edits = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 2, depth: 1, timeoutMs: () => 5000, isolateSetup });
      await edit(edits);
      await edits.dispose();
    }
    assert.equal(before, 4, 'an edit\'s worker (warm(), an urgent job) is started as V8 would');
    assert.equal(after, before, 'the flag a start set is set back when the pool ends first');
  });

  it('a worn worker is kept while keepAlive says true (unsaved edits), asked again about once a second, and ends once it says false', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    let unsaved = true;
    let asked = 0;
    const keepAlive = (): boolean => (asked++, unsaved);
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 1, timeoutMs: () => 5000, idleMs: 60_000, bulkJobs: 3, keepAlive });
    try {
      await Promise.all([1, 2, 3, 4].map((n) => pool.run({ n })));
      await sleep(1500);
      assert.equal(pool.workers, 1, 'an unsaved edit keeps the worker past the bulk');
      assert.ok(asked >= 1 && asked <= 3, `keepAlive asked ${asked} times in 1.5 s: not in every turn`);
      unsaved = false;
      await sleep(1300);
      assert.equal(pool.workers, 0, 'saved: the worn worker ends at the next ask');
    } finally {
      await pool.dispose();
    }
  });

  it('the warm-up job of an article being edited reads that article, unless it is too large for a quick warm-up', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cn-warm-'));
    try {
      const file = path.join(dir, 'ferry.txt');
      writeFileSync(file, '“The ferry will run all winter,” said Ingrid Solheim, the harbour master.\n');
      const out = runJob(warmUpJob(1 << 20, file));
      assert.ok(out.ok && out.value.record.actors.some((a) => a.name === 'Ingrid Solheim'));
      writeFileSync(file, 'Gulls circled the pier. '.repeat(20_000));
      const big = runJob(warmUpJob(1 << 20, file));
      assert.equal(big.ok, false, 'a 480 KB article is no quick warm-up');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file read by the worker gives a record without quote texts; a text handed over keeps them', () => {
    const file = path.resolve('seeds/000_6d5c066a89ae0d63.txt');
    const text = readFileSync(file, 'utf8');
    const fromFile = runJob({ key: 'a.txt', file, maxBytes: 1 << 20, options: {} });
    const fromText = runJob({ key: 'a.txt', text, maxBytes: 1 << 20, options: {} });
    assert.ok(fromFile.ok && fromText.ok);
    const [a, b] = [(fromFile as { value: Extracted }).value.record, (fromText as { value: Extracted }).value.record];
    assert.ok(a.quotes.length > 0 && a.quotes.every((q) => q.text === ''));
    assert.ok(b.quotes.every((q) => q.text === text.slice(q.spans[0], q.spans[1]) && q.text !== ''));
  });

  it('the warm-up job is an article the extractor finds a speaker and a quotation in', () => {
    const out = runJob(warmUpJob(1 << 20));
    assert.ok(out.ok);
    const { record } = out.value;
    assert.ok(record.actors.some((a) => a.name === 'Marguerite Osei'));
    assert.ok(record.quotes.length >= 1);
  });

  it('the real worker bundle analyses an article, and one too slow for the limit is stopped while its neighbours are indexed', async function () {
    this.timeout(30_000);
    const script = path.join(ROOT, 'dist/indexWorker.js');
    const big = '“The dam will hold,” Governor Petra Lindqvist said on Monday in Oslo. '.repeat(40_000);
    const pool = new WorkerPool<IndexJob, Extracted>({ script, size: 1, timeoutMs: (job) => ((job.text?.length ?? 0) > 100_000 ? 100 : 20_000) });
    try {
      const job = (key: string, text: string): IndexJob => ({ key, text, maxBytes: 5 << 20, options: {} });
      const [before, slow, after] = await Promise.all([
        pool.run(job('a.txt', '“We will rebuild,” Mayor Ana Ruiz said.')),
        pool.run(job('big.txt', big)),
        pool.run(job('c.txt', 'Senator Ola Berg told reporters the bridge would reopen.')),
      ]);
      assert.ok(before.ok && before.value.record.actors.some((a) => a.name === 'Ana Ruiz'));
      assert.equal(slow.ok, false);
      assert.match((slow as { reason: string }).reason, /^stopped after 100 ms/);
      assert.ok(after.ok && after.value.record.actors.some((a) => a.name === 'Ola Berg'));
    } finally {
      await pool.dispose();
    }
  });

  it('pool size: one worker per core the host leaves free, and a second (niced) on two cores where workers can be niced', () => {
    assert.deepEqual([1, 2, 4, 8].map((cores) => poolSize(cores, true)), [1, 2, 3, 7]);
    assert.deepEqual([1, 2, 4, 8].map((cores) => poolSize(cores, false)), [1, 1, 3, 7]);
  });

  it('a second worker starts only for a backlog the first is full with, not for an edit or two', async () => {
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 2, depth: 4, timeoutMs: () => 5000 });
    try {
      await Promise.all([pool.run({ n: 1 }), pool.run({ n: 2 }, true)]);
      assert.equal(pool.workers, 1);
      const bulk = Array.from({ length: 40 }, (_, n) => pool.run({ n }));
      assert.equal(pool.workers, 2, 'forty jobs waiting: a second worker');
      assert.deepEqual((await Promise.all(bulk)).map((o) => o.ok && o.value), Array.from({ length: 40 }, (_, n) => n * 2));
    } finally {
      await pool.dispose();
    }
  });

  (process.platform === 'linux' ? it : it.skip)('the real worker bundle runs a bulk at bulkNice, on its own thread only; and an edit\'s jobs never make it nice', async function () {
    this.timeout(30_000);
    const script = path.join(ROOT, 'dist/indexWorker.js');
    // the niceness of each thread of this process (worker threads are its tasks)
    const niceOf = (tid: string | number): number => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
    const niceness = (): number[] => readdirSync('/proc/self/task').map(niceOf);
    // the host thread by its id (the process id): after thread ids wrap, a worker's can sort first
    const hostNice = (): number => niceOf(process.pid);
    const mainNice = hostNice();
    const pool = new WorkerPool<IndexJob, Extracted>({ script, size: 1, depth: 4, bulkNice: 19, timeoutMs: () => 20_000 });
    const job = warmUpJob(1 << 20);
    try {
      assert.ok((await Promise.all([pool.run(job, true), pool.run(job)])).every((o) => o.ok));
      assert.ok(!niceness().includes(19), 'two jobs are no bulk');
      let niced = 0;
      const bulk = Array.from({ length: 30 }, (_, i) => pool.run(job).then((o) => (i === 10 && (niced = niceness().filter((n) => n === 19).length), o)));
      assert.ok((await Promise.all(bulk)).every((o) => o.ok));
      assert.equal(niced, 1, 'one thread niced: the worker');
      assert.equal(hostNice(), mainNice, 'the host thread keeps its priority');
    } finally {
      await pool.dispose();
    }
  });
});

describe('indexing: one job', () => {
  it('reads a file as the editor shows it: mixed line ends normalised, offsets into that text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cn-job-'));
    try {
      const file = path.join(dir, 'mixed.txt');
      // two LF lines and one CRLF: the editor shows LF everywhere
      writeFileSync(file, 'Headline here\r\nBarack Obama met aides.\n“We act now,” Vladimir Putin said.\n');
      const r = runJob({ key: 'mixed.txt', file, maxBytes: 1 << 20, options: {} });
      assert.ok(r.ok);
      const shown = 'Headline here\nBarack Obama met aides.\n“We act now,” Vladimir Putin said.\n';
      const putin = r.value.record.actors.findIndex((a) => a.name === 'Vladimir Putin');
      const m = r.value.record.mentions;
      let found = false;
      for (let i = 0; i < m.length; i += 4) if (m[i] === putin) found = shown.slice(m[i + 1], m[i + 2]).includes('Putin') || found;
      assert.ok(found, 'a mention of Putin sits on his name in the shown text');
      assert.deepEqual([...r.value.lineStarts], [0, 14, 38, shown.length]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('line starts count LF, CRLF and lone CR as one line end each', () => {
    assert.deepEqual([...lineStarts('a\nb\r\nc\rd')], [0, 2, 5, 7]);
  });
});

describe('indexing: the cache', () => {
  let dir: string;
  const record = (key: string, text: string): ArticleRecord => analyzeToRecord(text, {}, key);
  const entry = (key: string, text: string): CachedArticle<ArticleRecord> => ({ key, size: Buffer.byteLength(text), mtimeMs: 1_700_000_000_123.5, lineStarts: lineStarts(text), record: record(key, text) });
  const articles = [
    entry('file:///news/a.txt', '“We will rebuild,” Mayor Ana Ruiz said on Tuesday.\nThe council met in Lyon.'),
    entry('file:///news/b.txt', 'Senator Ola Berg told reporters the bridge would reopen, according to the ministry.'),
    entry('file:///news/c.txt', 'NATO Secretary-General Jens Stoltenberg said the alliance would meet in Vilnius.'),
  ];
  const shards = (): number[] => [...new Set(articles.map((a) => shardOf(a.key)))];

  beforeEach(() => (dir = path.join(mkdtempSync(path.join(tmpdir(), 'cn-cache-')), 'cache')));
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('round trip: every entry comes back equal, and validates', async () => {
    await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).write(articles, shards());
    const { entries, dropped } = await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).load();
    assert.equal(dropped, undefined);
    assert.equal(entries.size, 3);
    for (const a of articles) assert.deepEqual(entries.get(a.key), a);
    assert.equal(readdirSync(dir).length, 2 + 2 * shards().length, 'a manifest, a string table, and each shard’s heads and tails');
  });

  it('round trip of a full shard: many tails in one tails file, one of them long, each read back as its own', async () => {
    // keys of one shard, so that their tails share its tails file
    const keys: string[] = [];
    for (let i = 0; keys.length < 40; i++) if (shardOf(`file:///desk/${i}.txt`) === 5) keys.push(`file:///desk/${i}.txt`);
    const line = (n: number): string => `“The ferry to Sorrento number ${n} will sail again,” harbour master Ilse Vogt said on Friday.`;
    // one tail longer than the buffer tails are gathered in (512 KB), which is written out before it and it straight after
    const many = keys.map((key, i) => entry(key, Array.from({ length: i === 7 ? 6000 : 20 + i }, (_, n) => line(n)).join('\n')));
    assert.ok(JSON.stringify(many[7].record.quotes).length > 1 << 19, 'one tail is long');
    await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).write(many, [5]);
    const { entries, dropped } = await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).load();
    assert.equal(dropped, undefined);
    assert.equal(entries.size, many.length);
    for (const a of many) assert.deepEqual(entries.get(a.key), a);
  });

  it('a later write of one shard keeps the others, and deletes the files it replaced', async () => {
    const cache = new IndexCache(dir, RECORD_VERSION, articleRecordCodec);
    await cache.write(articles, shards());
    const changed = entry(articles[0].key, 'Mayor Ana Ruiz-Lopez said the park would open.');
    await cache.write([changed, ...articles.slice(1)], [shardOf(changed.key)]);
    const { entries } = await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).load();
    assert.equal(entries.size, 3);
    assert.deepEqual(entries.get(changed.key), changed);
    for (const a of articles.slice(1)) assert.deepEqual(entries.get(a.key), a, 'the shards not written index the grown table as before');
    // the shards and one string table
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.gz')).length, shards().length + 1);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.bin')).length, shards().length, 'each shard’s tails file, the old ones gone');
  });

  it('the string table holds each string once, grows with single shards and starts afresh when every shard is written', async () => {
    const table = (): string[] => JSON.parse(gunzipSync(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith('strings-'))!))).toString());
    const all = Array.from({ length: SHARDS }, (_, i) => i);
    const cache = new IndexCache(dir, RECORD_VERSION, articleRecordCodec);
    await cache.write(articles, all);
    const first = table();
    assert.equal(new Set(first).size, first.length);
    assert.ok(first.includes('person') && first.includes('Lyon'), 'kind words once for every actor, and the names');
    const changed = entry(articles[0].key, 'Mayor Ana Ruiz-Lopez said the park would open.');
    await cache.write([changed, ...articles.slice(1)], [shardOf(changed.key)]);
    assert.deepEqual(table().slice(0, first.length), first, 'the old indexes kept');
    assert.ok(table().includes('Ana Ruiz-Lopez'));
    await cache.write([changed, ...articles.slice(1)], all);
    assert.ok(!table().includes('Lyon'), 'the strings of the first text dropped');
    const { entries } = await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).load();
    assert.deepEqual(entries.get(changed.key), changed);
  });

  it('a cache of another record version is dropped, not used', async () => {
    await new IndexCache(dir, 'older+r0', articleRecordCodec).write(articles, shards());
    const { entries, dropped } = await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).load();
    assert.equal(entries.size, 0);
    assert.match(dropped!, /version older\+r0/);
    assert.deepEqual(readdirSync(path.dirname(dir)), [], 'its files are deleted');
  });

  it('corrupt caches are dropped: bytes flipped, a truncated shard, a valid JSON entry of the wrong shape, a tail past its file, a tails file cut short, a manifest naming another folder', async () => {
    const damage: Array<(shard: string) => void> = [
      (shard) => {
        const b = readFileSync(shard);
        b[b.length >> 1] ^= 0xff;
        writeFileSync(shard, b);
      },
      (shard) => writeFileSync(shard, readFileSync(shard).subarray(0, 20)),
      (shard) => {
        const lines = require('node:zlib').gunzipSync(readFileSync(shard)).toString().split('\n');
        const bad = JSON.parse(lines[0]);
        bad[4][4] += '{'; // no actor's number, in the part read at once (the record's head's actors, one string of numbers)
        lines[0] = JSON.stringify(bad);
        writeFileSync(shard, gzipSync(lines.join('\n')));
      },
      (shard) => {
        const lines = require('node:zlib').gunzipSync(readFileSync(shard)).toString().split('\n');
        const bad = JSON.parse(lines[0]);
        bad[6] += 1; // a tail said to run past the end of its shard's tails file
        lines[0] = JSON.stringify(bad);
        writeFileSync(shard, gzipSync(lines.join('\n')));
      },
      () => {
        const tails = path.join(dir, readdirSync(dir).find((f) => f.endsWith('.bin'))!);
        writeFileSync(tails, readFileSync(tails).subarray(0, 10)); // a tails file cut short
      },
      () => {
        const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
        m.shards[0].file = '../../etc/passwd';
        writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
      },
      () => writeFileSync(path.join(dir, 'manifest.json'), '{"format":1,'),
    ];
    for (const [i, hurt] of damage.entries()) {
      await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).write(articles, shards());
      hurt(path.join(dir, readdirSync(dir).find((f) => f.endsWith('.gz'))!));
      const { entries, dropped } = await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).load();
      assert.equal(entries.size, 0, `damage ${i}: nothing trusted`);
      assert.ok(dropped, `damage ${i}: said why`);
    }
  });

  for (const [kind, hurt] of [
    // an actor index out of range, in a tail whose CRC matches (appended to the tails file, the entry pointed at it)
    ['fails its checks', (bytes: Buffer) => {
      const bad = JSON.parse(bytes.toString());
      bad.mentions.push(999, 0, 1, 0);
      return Buffer.from(JSON.stringify(bad));
    }],
    // a byte changed inside a string, which the checks alone would let through
    ['fails its CRC', (bytes: Buffer) => {
      const b = Buffer.from(bytes);
      b[b.indexOf('"surfaces":["') + 13] ^= 0x01;
      return b;
    }],
  ] as const) {
  it(`a record’s tail is read when first asked; one that ${kind} then reads as empty and is reported, never used`, async () => {
    await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).write(articles, shards());
    const shardFile = readdirSync(dir).find((f) => f.endsWith('.gz') && f.startsWith('shard-'))!;
    const shard = path.join(dir, shardFile);
    const tailsFile = shard.replace(/shard-(.*)\.jsonl\.gz$/, 'tails-$1.bin');
    const lines = require('node:zlib').gunzipSync(readFileSync(shard)).toString().split('\n');
    const entry = JSON.parse(lines[0]);
    const tails = readFileSync(tailsFile);
    const bad = hurt(tails.subarray(entry[5], entry[5] + entry[6]));
    if (kind === 'fails its checks') {
      [entry[5], entry[6], entry[7]] = [tails.length, bad.length, tailCrc(bad)];
      writeFileSync(tailsFile, Buffer.concat([tails, bad]));
      const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      m.shards.find((s: { file: string }) => s.file === shardFile).tails += bad.length;
      writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
    } else {
      bad.copy(tails, entry[5]);
      writeFileSync(tailsFile, tails);
    }
    lines[0] = JSON.stringify(entry);
    writeFileSync(shard, gzipSync(lines.join('\n')));
    const damaged: string[] = [];
    const { entries, dropped } = await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec((key) => damaged.push(key))).load();
    assert.equal(dropped, undefined);
    // the key's index in the cache's string table
    const table = JSON.parse(require('node:zlib').gunzipSync(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith('strings-'))!))).toString());
    const key = table[entry[0]] as string;
    const r = entries.get(key)!.record;
    const want = articles.find((a) => a.key === key)!.record;
    assert.deepEqual(r.actors, want.actors, 'the head is read');
    assert.equal(quoteCount(r), want.quotes.length, 'its quotes counted before the tail is read');
    assert.deepEqual(damaged, [], 'the tail not read yet');
    assert.equal(r.mentions.length, 0);
    assert.deepEqual([r.quotes, r.surfaces, r.sentences.length], [[], [], 0]);
    assert.deepEqual(damaged, [key]);
    // the others read whole, and write back as they were read
    for (const a of articles) if (a.key !== key) assert.deepEqual(entries.get(a.key), a);
  });
  }

  it('no cache yet is an empty one, not an error', async () => {
    const { entries, dropped } = await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).load();
    assert.equal(entries.size, 0);
    assert.equal(dropped, undefined);
  });

  it('the validator refuses records of the wrong shape and accepts real ones', () => {
    const r = record('x.txt', '“We act now,” Vladimir Putin said in Moscow on Friday.');
    assert.ok(isArticleRecord(r));
    // as the cache stores it (typed arrays as JSON arrays), and read back to the same record
    const stored = JSON.parse(JSON.stringify(storedArticleRecord(r)));
    assert.ok(Array.isArray(stored.mentions) && isArticleRecord(stored));
    const back = readArticleRecord(stored);
    assert.ok(back && back.mentions instanceof Int32Array && back.sentences instanceof Int32Array);
    assert.deepEqual(back, r);
    assert.equal(readArticleRecord({ ...stored, mentions: [...stored.mentions, 0.5, 0, 1, 0] }), null);
    for (const bad of [null, [], { ...r, version: 'other' }, { ...r, actors: [{ name: 1 }] }, { ...r, sentences: [1] }, { ...r, quotes: [{ ...r.quotes[0], speaker: 99 }] }]) assert.equal(isArticleRecord(bad), false);
  });
});

describe('indexing: the search snapshot', () => {
  it('saves and loads the search index; entries of changed articles are left out; a damaged file is deleted, never used', async () => {
    const { SearchStore, searchStamp } = await import('../../src/vscode/indexing/searchStore');
    const { CorpusSearch, searchableArticle } = await import('../../src/corpus/search');
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'cn-search-')), 'cache');
    try {
      const texts = new Map([
        ['file:///n/a.txt', 'The ferry to Skarvik was cancelled, harbour master Toril Aune said.'],
        ['file:///n/b.txt', 'Ferry tickets will be refunded within a week.'],
      ]);
      const search = new CorpusSearch((k) => texts.get(k));
      for (const [k, t] of texts) search.set(searchableArticle(analyzeToRecord(t, {}, k), t));
      const store = new SearchStore(dir);
      assert.equal(await store.save(search, (k) => searchStamp(texts.get(k)!.length, 5, RECORD_VERSION)), true);
      const loaded = new CorpusSearch((k) => texts.get(k));
      // b.txt changed since (another size): its entry is not trusted
      const now = (k: string): string => searchStamp(texts.get(k)!.length + (k.endsWith('b.txt') ? 1 : 0), 5, RECORD_VERSION);
      assert.equal(await store.load(loaded, (k, stamp) => stamp === now(k)), true);
      assert.deepEqual(loaded.search('ferry').map((h) => h.path), ['file:///n/a.txt']);
      // the same hit but for its score (fewer articles: another BM25 weight)
      const noScore = (hits: Array<{ score: number }>) => hits.map((h) => ({ ...h, score: 0 }));
      assert.deepEqual(noScore(loaded.search('ferry')), noScore(search.search('ferry').filter((h) => h.path.endsWith('a.txt'))));
      // a flipped byte: gzip's CRC fails, the file goes, the index stays empty
      const file = path.join(dir, readdirSync(dir)[0]);
      const bytes = readFileSync(file);
      bytes[bytes.length >> 1] ^= 0xa5;
      writeFileSync(file, bytes);
      const other = new CorpusSearch();
      await assert.rejects(store.load(other, () => true));
      assert.equal(other.size, 0);
      assert.deepEqual(readdirSync(dir), []);
      assert.equal(await store.load(other, () => true), false, 'no snapshot: nothing to load');
    } finally {
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });
});

describe('indexing: the search snapshot read in chunks', () => {
  it('hands each line back whole, whether it ends inside a chunk, at its end or chunks later, and the last without a line break', async () => {
    const { SearchStore } = await import('../../src/vscode/indexing/searchStore');
    const dir = mkdtempSync(path.join(tmpdir(), 'cn-search-lines-'));
    try {
      // gzip's chunks are 256 KB: lines shorter and much longer than one, one of exactly a chunk, non-ASCII ones
      const chunk = 1 << 18;
      const lines = ['a', 'x'.repeat(chunk - 2), 'ø'.repeat(70_000), 'y'.repeat(3 * chunk + 17), '', 'short', 'z'.repeat(chunk), '“end”'];
      writeFileSync(path.join(dir, 'search.jsonl.gz'), gzipSync(lines.join('\n')));
      const got: string[] = [];
      const fake = { restore: () => ({ line: (l: string) => got.push(l), finish: () => undefined, abandon: () => undefined }) };
      assert.equal(await new SearchStore(dir).load(fake as never, () => true), true);
      assert.deepEqual(got.map((l) => l.length), lines.map((l) => l.length));
      assert.deepEqual(got, lines);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('indexing: gzip files read whole', () => {
  it('gives back the text of one chunk or of many, and refuses a trailer that lies', async () => {
    const { gunzip } = await import('../../src/vscode/indexing/cacheFiles');
    for (const text of ['', 'short', 'é'.repeat(10_000), 'q'.repeat(5 << 20) + 'é'.repeat(1000)]) {
      assert.equal((await gunzip(gzipSync(text))).toString('utf8'), text);
      // in chunks of 64 KB, copied into one buffer
      assert.equal((await gunzip(gzipSync(text), 1 << 16)).toString('utf8'), text);
    }
    const zipped = gzipSync('x'.repeat(100_000));
    for (const size of [99_999, 100_001, 50_000]) {
      const lying = Buffer.from(zipped);
      lying.writeUInt32LE(size, lying.length - 4);
      await assert.rejects(gunzip(lying), /trailer|longer|shorter|check/);
    }
  });
});

describe('indexing: host slices', () => {
  it('runs queued work in turns of about the budget, letting timers fire between them', async () => {
    const { HostSlices } = await import('../../src/vscode/indexing/hostSlices');
    const slices = new HostSlices(10);
    const busy = (ms: number): void => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    let ticks = 0;
    const probe = setInterval(() => ticks++, 1);
    const order: number[] = [];
    await Promise.all(Array.from({ length: 40 }, (_, i) => slices.run(() => (busy(3), order.push(i)))));
    clearInterval(probe);
    assert.deepEqual(order, Array.from({ length: 40 }, (_, i) => i));
    // 120 ms of work in turns of ~10 ms: the timer fires between turns (run in one go, it could not)
    assert.ok(ticks >= 8, `${ticks} timer ticks during the work`);
    await assert.rejects(slices.run(() => {
      throw new Error('bad piece');
    }), /bad piece/);
  });
});

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Corpus } from '../../src/corpus/corpus';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';
import { IndexCache, SHARDS, shardOf, type CachedArticle } from '../../src/vscode/indexing/cache';
import { lineStarts } from '../../src/vscode/indexing/runJob';
import { lazyArticleCodec, quoteCount } from '../../src/vscode/indexing/validate';

/** Adversarial checks of the index cache (tails files read on demand): damaged, crafted and shared caches never give a wrong answer, block the host or take its memory. */

const entry = (key: string, t: string, mtimeMs = 1_700_000_000_000): CachedArticle<ArticleRecord> => ({ key, size: Buffer.byteLength(t), mtimeMs, lineStarts: lineStarts(t), record: analyzeToRecord(t, {}, key) });
/** `n` keys of shard `shard`. */
function keysOf(shard: number, n: number, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.length < n; i++) if (shardOf(`file:///${prefix}/${i}.txt`) === shard) keys.push(`file:///${prefix}/${i}.txt`);
  return keys;
}
const all = Array.from({ length: SHARDS }, (_, i) => i);

// The worker side of the FIFO test: loads the cache, waits while the main thread swaps the tails
// file for a FIFO, then reads a record's quotes (a view asking for its tail).
if (!isMainThread && workerData?.fifoReader) {
  void (async () => {
    const { dir, key } = workerData as { dir: string; key: string };
    const cache = new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined));
    const { entries } = await cache.load();
    parentPort!.postMessage('loaded');
    parentPort!.once('message', () => {
      const quotes = entries.get(key)!.record.quotes.length;
      parentPort!.postMessage(`read ${quotes}`);
    });
  })();
} else {
  describe('cache: damaged, crafted and shared caches (format 7)', () => {
    let root: string;
    let dir: string;
    beforeEach(() => {
      root = mkdtempSync(path.join(tmpdir(), 'cn-cache-damaged-'));
      dir = path.join(root, 'cache');
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('a tails file replaced by a FIFO after the load: the first view to ask for a tail does not block the thread', async function () {
      this.timeout(15_000);
      const [key] = keysOf(4, 1, 'fifo');
      await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write([entry(key, '“The dam is safe,” engineer Hallie Prenn said on Monday.')], all);
      const tails = path.join(dir, readdirSync(dir).find((f) => /^tails-4-g\d+-[0-9a-f]+\.bin$/.test(f))!);
      const worker = new Worker(__filename, { workerData: { fifoReader: true, dir, key } });
      const messages: string[] = [];
      const next = (): Promise<string> => new Promise((resolve) => worker.once('message', (m: string) => (messages.push(m), resolve(m))));
      assert.equal(await next(), 'loaded');
      // the tails file becomes a FIFO that nobody writes to (another process, a user's mistake)
      rmSync(tails);
      execFileSync('mkfifo', [tails]);
      const answer = next();
      worker.postMessage('go');
      const outcome = await Promise.race([answer, new Promise<string>((r) => setTimeout(() => r('blocked'), 3000))]);
      // unblock the worker's open() and read() (a writer opens the FIFO and closes it: EOF) before asserting
      if (outcome === 'blocked') closeSync(openSync(tails, constants.O_WRONLY | constants.O_NONBLOCK));
      await Promise.race([answer, new Promise((r) => setTimeout(r, 2000))]);
      await worker.terminate();
      assert.notEqual(outcome, 'blocked', 'the tail read blocked in open() on the FIFO: the extension host would hang');
    });

    it('a tail whose file is a FIFO passes load when the manifest and head say 0 bytes (crafted cache): reading it must not block', async function () {
      this.timeout(15_000);
      const [key] = keysOf(6, 1, 'fifo0');
      await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write([entry(key, '“The dam is safe,” engineer Hallie Prenn said on Monday.')], all);
      // the manifest says the shard's tails file is empty, the entry's tail 0 bytes at 0 (CRC-32 of nothing: 0)
      const manifestPath = path.join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const shard = manifest.shards.find((s: { file: string }) => s.file.startsWith('shard-6-'));
      shard.tails = 0;
      writeFileSync(manifestPath, JSON.stringify(manifest));
      const { gunzipSync, gzipSync } = await import('node:zlib');
      const heads = path.join(dir, shard.file);
      const line = JSON.parse(gunzipSync(readFileSync(heads)).toString());
      line[5] = 0;
      line[6] = 0;
      line[7] = 0;
      writeFileSync(heads, gzipSync(JSON.stringify(line)));
      const tails = path.join(dir, shard.file.replace(/^shard-/, 'tails-').replace(/\.jsonl\.gz$/, '.bin'));
      rmSync(tails);
      execFileSync('mkfifo', [tails]);
      const worker = new Worker(__filename, { workerData: { fifoReader: true, dir, key } });
      const next = (): Promise<string> => new Promise((resolve) => worker.once('message', resolve));
      const loaded = await Promise.race([next(), new Promise<string>((r) => setTimeout(() => r('load blocked'), 5000))]);
      let outcome = loaded;
      if (loaded === 'loaded') {
        const answer = next();
        worker.postMessage('go');
        outcome = await Promise.race([answer, new Promise<string>((r) => setTimeout(() => r('blocked'), 3000))]);
      }
      if (outcome.includes('blocked')) closeSync(openSync(tails, constants.O_WRONLY | constants.O_NONBLOCK));
      await new Promise((r) => setTimeout(r, 500));
      await worker.terminate();
      assert.ok(!outcome.includes('blocked'), `${outcome}: a crafted cache hangs the thread that reads it`);
    });

    /** A cache of two articles of shard 5 written, loaded again (tails unread); the load's entries and the shard's tails file. */
    async function loaded(): Promise<{ entries: Map<string, CachedArticle<ArticleRecord>>; damaged: string[]; tails: string; cache: IndexCache<ArticleRecord>; truth: CachedArticle<ArticleRecord>[] }> {
      const keys = keysOf(5, 2, 'held');
      const [other] = keysOf(9, 1, 'held');
      const truth = [entry(keys[0], '“The dam is safe,” engineer Hallie Prenn said on Monday.'), entry(keys[1], 'Warden Osric Faull said the park would close. “We have no choice,” Faull said.'), entry(other, 'Pilot Mireille Danko said the runway was icy. “Nobody lands tonight,” Danko said.')];
      await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(truth, all);
      const damaged: string[] = [];
      const cache = new IndexCache(dir, RECORD_VERSION, lazyArticleCodec((k) => damaged.push(k)));
      const { entries } = await cache.load();
      const tails = path.join(dir, readdirSync(dir).find((f) => /^tails-5-g\d+-[0-9a-f]+\.bin$/.test(f))!);
      return { entries, damaged, tails, cache, truth };
    }
    const damages: Array<[string, (tails: string) => void]> = [
      ['replaced by a directory', (t) => (rmSync(t), mkdirSync(t))],
      ['truncated to half', (t) => writeFileSync(t, readFileSync(t).subarray(0, readFileSync(t).length >> 1))],
      ['deleted', (t) => rmSync(t)],
      ['its bytes reversed (same size, other content)', (t) => writeFileSync(t, Buffer.from(readFileSync(t)).reverse())],
      ['replaced by shard 9’s tails file', (t) => writeFileSync(t, readFileSync(path.join(path.dirname(t), readdirSync(path.dirname(t)).find((f) => /^tails-9-g\d+-[0-9a-f]+\.bin$/.test(f))!)))],
    ];
    for (const [what, damage] of damages) {
      it(`a tails file ${what} after the load: each record reads its own tail whole, or as empty and reported (never another's)`, async () => {
        const { entries, damaged, tails, truth } = await loaded();
        damage(tails);
        for (const t of truth) {
          const r = entries.get(t.key)!.record;
          const shown = [r.quotes, r.surfaces, [...r.mentions]];
          // each tail is either its own, whole, or read as empty and reported (its article extracted again)
          if (damaged.includes(t.key)) assert.deepEqual(shown, [[], [], []], `${t.key}: reported yet not empty`);
          else assert.deepEqual(shown, [t.record.quotes, t.record.surfaces, [...t.record.mentions]], `${t.key}: another's tail shown`);
        }
        assert.ok(damaged.length > 0, 'some tail of shard 5 reported');
        assert.ok(damaged.every((k) => shardOf(k) === 5), 'only shard 5’s records reported');
      });
    }

    it('a crafted head whose tail is 512 MB of a sparse tails file (the manifest agreeing): reading it does not take the host’s memory', async function () {
      this.timeout(30_000);
      const LEN = 512 << 20;
      const [key] = keysOf(2, 1, 'sparse');
      await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write([entry(key, '“The dam is safe,” engineer Hallie Prenn said on Monday.')], all);
      const manifestPath = path.join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const shard = manifest.shards.find((s: { file: string }) => s.file.startsWith('shard-2-'));
      shard.tails = LEN;
      writeFileSync(manifestPath, JSON.stringify(manifest));
      const { gunzipSync, gzipSync } = await import('node:zlib');
      const heads = path.join(dir, shard.file);
      const line = JSON.parse(gunzipSync(readFileSync(heads)).toString());
      line[5] = 0;
      line[6] = LEN;
      writeFileSync(heads, gzipSync(JSON.stringify(line)));
      // a sparse file: no disk used, 512 MB long
      truncateSync(path.join(dir, shard.file.replace(/^shard-/, 'tails-').replace(/\.jsonl\.gz$/, '.bin')), LEN);
      const damaged: string[] = [];
      const { entries } = await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec((k) => damaged.push(k))).load();
      const before = process.resourceUsage().maxRSS;
      const started = performance.now();
      const quotes = entries.get(key)?.record.quotes.length ?? 0;
      const ms = performance.now() - started;
      const grewMB = (process.resourceUsage().maxRSS - before) / 1024;
      assert.equal(quotes, 0);
      assert.ok(grewMB < 128, `a 58-character article's tail read as ${LEN >> 20} MB on the host's thread: peak memory +${grewMB.toFixed(0)} MB, ${ms.toFixed(0)} ms`);
    });

    for (const which of ['manifest.json', 'heads', 'strings'] as const) {
      it(`the cache's ${which} file replaced by a FIFO: the load ends (drops the cache) instead of waiting for a writer forever`, async function () {
        this.timeout(15_000);
        const [key] = keysOf(4, 1, 'fifoload');
        await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write([entry(key, '“The dam is safe,” engineer Hallie Prenn said on Monday.')], all);
        const file = path.join(dir, which === 'manifest.json' ? which : readdirSync(dir).find((f) => (which === 'heads' ? /^shard-4-g\d+-[0-9a-f]+\.jsonl\.gz$/ : /^strings-g\d+-[0-9a-f]+\.jsonl\.gz$/).test(f))!);
        rmSync(file);
        execFileSync('mkfifo', [file]);
        const load = new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).load();
        const outcome = await Promise.race([load.then((l) => (l.dropped ? 'dropped' : `loaded ${l.entries.size}`)), new Promise<string>((r) => setTimeout(() => r('waiting'), 3000))]);
        // a writer opens the FIFO and closes it (EOF), so the pending read ends and mocha can exit
        if (outcome === 'waiting') closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
        await load.catch(() => undefined);
        assert.notEqual(outcome, 'waiting', 'the load waits on the FIFO (one of libuv’s 4 threads held, the index never starts)');
      });
    }

    it('a cached record filed into the corpus (the first pass without a settled snapshot) does not read its tail: a damaged one would be reported before the index knows the article, and not extracted again', async () => {
      const { entries, damaged, tails, truth } = await loaded();
      // the tails file damaged in a way the load does not see (same size: a bad sector, another tool)
      writeFileSync(tails, Buffer.from(readFileSync(tails)).reverse());
      const corpus = new Corpus();
      // as CorpusIndex.merge(…, fromCache) files a cached record: its quote count from the head
      const record = entries.get(truth[0].key)!.record;
      corpus.upsert(truth[0].key, record, quoteCount(record));
      assert.deepEqual(damaged, [], 'the tail was read (and found damaged) while filing: CorpusIndex.damaged() then finds no entry and extracts nothing');
    });

    it('a tail found damaged and then written back by the cache is still reported at the next load (never cached as an article without quotes)', async () => {
      const { entries, damaged, tails, truth, cache } = await loaded();
      writeFileSync(tails, Buffer.from(readFileSync(tails)).reverse());
      const [first] = truth;
      assert.equal(entries.get(first.key)!.record.quotes.length, 0);
      assert.deepEqual(damaged, [first.key]);
      // the article not extracted again yet (see the test above), the cache writes its shard
      await cache.write([...entries.values()], [5]);
      const again: string[] = [];
      const reload = await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec((k) => again.push(k))).load();
      const r = reload.entries.get(first.key)?.record;
      if (!r) return;
      const quotes = r.quotes;
      assert.ok(again.includes(first.key) || JSON.stringify(quotes) === JSON.stringify(first.record.quotes), `reloaded as ${quotes.length} quotes, not reported, while its actors say ${r.actors.reduce((n, a) => n + a.quotes, 0)}`);
    });

    it('two windows on one folder (two IndexCache writers, each at the generation it loaded): a reload never shows one window’s record with the other’s strings', async () => {
      // one shard's two articles; each window edits one of them, adding a new person (new strings)
      const [x, y] = keysOf(7, 2, 'twowin');
      const base = [entry(x, 'The weather was calm on the coast.'), entry(y, 'The harbour was quiet all week.')];
      await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(base, all);
      const a = new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined));
      const b = new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined));
      const fromA = (await a.load()).entries;
      const fromB = (await b.load()).entries;
      const editedX = entry(x, 'Harbourmaster Quilla Voss said the ferry would sail.', 1_700_000_100_000);
      const editedY = entry(y, 'Lockkeeper Bram Tolley said the gates would open.', 1_700_000_200_000);
      // window A writes its edit of x; its files kept aside
      await a.write([editedX, fromA.get(y)!], [7]);
      const aside = path.join(root, 'aside');
      mkdirSync(aside);
      const written = readdirSync(dir);
      cpSync(dir, aside, { recursive: true });
      // window B, which loaded the same generation, writes its edit of y: files of names of its own
      await b.write([fromB.get(x)!, editedY], [7]);
      const overwritten = readdirSync(dir).filter((f) => f !== 'manifest.json' && written.includes(f) && !readFileSync(path.join(dir, f)).equals(readFileSync(path.join(aside, f))));
      assert.deepEqual(overwritten, [], 'window B wrote over window A’s files');
      // the interleaving where A's shard, tails and manifest land after B's but B's string table after A's
      for (const f of readdirSync(aside)) if (!f.startsWith('strings-')) renameSync(path.join(aside, f), path.join(dir, f));
      const reload = await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).load();
      if (reload.dropped) return; // dropped and rebuilt: no wrong answer
      const got = reload.entries.get(x);
      if (!got) return;
      const names = (r: ArticleRecord): string[] => r.actors.map((t) => t.name).sort();
      assert.deepEqual(names(got.record), names(editedX.record), 'x’s actors read through the other window’s string table');
    });
  });
}

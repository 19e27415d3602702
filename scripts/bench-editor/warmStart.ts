/**
 * A warm start replayed in plain Node, without VS Code (session 35, warm35): the record cache and
 * the settled snapshot of the 10k archive loaded and restored as a reload's first pass does
 * (./../../src/vscode/indexing/fullPass.ts: the heap bound, the snapshot read and parsed while the
 * cache loads, the restore in HostSlices' turns, the settle), without the files' walk and stats.
 * Prints one JSON line: wall ms until the cache was loaded, until restored, until settled (the
 * index complete but for the file check), until the aggregates were made; process and main-thread
 * CPU; the collections (count, ms, the longest); the longest drift of a 10 ms timer; the heap used
 * after a full collection.
 *
 *   node esbuild.config.mjs warmStart
 *   node dist/warmStart.js --make [--dir D] [--archive A] [--n N]    # once: analyse, file, write the cache and snapshot into D
 *   flock /tmp/bench-editor.lock node dist/warmStart.js [--dir D] [--serial] [--indexed] [--heapprof F] [--heapsnap F] [--saves N]
 *     # a warm start over D (--cpu-prof, --trace-gc as node flags; --serial: the cache, the snapshot's parse and the restore one after another, each one's CPU)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Session } from 'node:inspector';
import { Corpus } from '../../src/corpus/corpus';
import { RECORD_VERSION, withoutQuoteTexts, type ArticleRecord } from '../../src/corpus/record';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { readArticleSync } from '../../src/corpus/files';
import { snapshotLines } from '../../src/corpus/snapshot';
import { IndexCache, SHARDS, type CachedArticle } from '../../src/vscode/indexing/cache';
import { lazyArticleCodec, quoteCount } from '../../src/vscode/indexing/validate';
import { HostSlices, SETTLE_EVERY, Settler } from '../../src/vscode/indexing/hostSlices';
import { SettledStore } from '../../src/vscode/indexing/settledStore';
import { writeGzipLines } from '../../src/vscode/indexing/writers';
import { boundHeapGrowth } from '../../src/vscode/indexing/heapGrowth';
import { lineStarts } from '../../src/vscode/indexing/runJob';
import { archiveFiles, flag, option, threadCpuMs } from './replayTools';

const dir = option('--dir', path.join(tmpdir(), 'warm35-cache'));
const log = { info: (m: string) => flag('--verbose') && console.error(m), warn: (m: string) => console.error(`warn: ${m}`) };
const keyOf = (file: string): string => `file://${file}`;

/** Analyses the archive's articles in this thread, files them, and writes the cache and the settled snapshot. */
async function make(): Promise<void> {
  const files = archiveFiles();
  const corpus = new Corpus();
  const entries: Array<CachedArticle<ArticleRecord>> = [];
  const stamps = new Map<string, { size: number; mtimeMs: number }>();
  for (const file of files) {
    const read = readArticleSync(file, 4 << 20);
    if (!read.ok) continue;
    const key = keyOf(file);
    const record = analyzeToRecord(read.text, {}, key);
    withoutQuoteTexts(record);
    corpus.upsert(key, record, quoteCount(record));
    entries.push({ key, size: read.size, mtimeMs: read.mtimeMs, lineStarts: lineStarts(read.text), record });
    stamps.set(key, { size: read.size, mtimeMs: read.mtimeMs });
  }
  const host = new HostSlices(8);
  await new Settler(host, corpus, SETTLE_EVERY, { changed: () => undefined, eventsChanged: () => undefined }).settle();
  mkdirSync(dir, { recursive: true });
  await new IndexCache<ArticleRecord>(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(entries, Array.from({ length: SHARDS }, (_, i) => i));
  await writeGzipLines(path.join(dir, 'settled.jsonl.gz'), snapshotLines(corpus, RECORD_VERSION, (k) => stamps.get(k)), 'between');
  console.log(JSON.stringify({ made: dir, articles: entries.length, actors: corpus.stats().actors, events: corpus.events().length }));
}

/** CPU µs of this process (all its threads). */
const cpuNow = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** CPU ms of this process's main thread (its task id is the process id). */
const mainThreadMs = (): number => threadCpuMs(process.pid);

/** A reload's first pass over the cache in `dir`, up to the index being complete and the aggregates made after it. */
async function replay(): Promise<void> {
  const gcs: number[] = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => gcs.push(e.duration))).observe({ entryTypes: ['gc'] });
  let drift = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    drift = Math.max(drift, now - last - 10);
    last = now;
  }, 10);
  // --heapprof FILE: every allocation sampled (one per 64 KB), the garbage's too, until the index is complete
  const heapprof = option('--heapprof', '');
  const session = heapprof ? new Session() : null;
  session?.connect();
  session?.post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const t0 = performance.now();
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadMs();
  const corpus = new Corpus();
  const host = new HostSlices(8);
  // a save's actors answered (the views told) while --saves runs: the process's CPU then, µs
  let actorsCpu = 0;
  const settler = new Settler(host, corpus, SETTLE_EVERY, { changed: () => (actorsCpu = cpuNow()), eventsChanged: () => undefined });
  boundHeapGrowth();
  const cache = new IndexCache<ArticleRecord>(dir, RECORD_VERSION, lazyArticleCodec(() => undefined));
  const store = new SettledStore(dir, corpus, RECORD_VERSION, () => undefined, () => settler.settle(), log as never);
  // --serial: the cache loaded first, then the snapshot read and parsed, each phase's CPU apart (not as a reload runs them)
  const serial = flag('--serial');
  const phases: Record<string, number> = {};
  let mark = mainThreadMs();
  const phase = (name: string): void => {
    const now = mainThreadMs();
    phases[name] = now - mark;
    mark = now;
  };
  const snapshot = serial ? undefined : store.load();
  const loaded = await cache.load();
  phase('cacheMs');
  const loadedMs = performance.now() - t0;
  if (loaded.dropped) throw new Error(`cache dropped: ${loaded.dropped}`);
  const lines = await (snapshot ?? store.load());
  if (!lines) throw new Error('no snapshot');
  if (serial) await lines.parsing?.parsed;
  phase('parseMs');
  const restored = await store.restore(lines, (key) => loaded.entries.get(key), (work) => host.step(work));
  if (typeof restored === 'string') throw new Error(`not restored: ${restored}`);
  phase('restoreMs');
  const restoredMs = performance.now() - t0;
  await settler.settle();
  const settledMs = performance.now() - t0;
  const cpuIndexed = process.cpuUsage(cpu0);
  const mainIndexed = mainThreadMs() - main0;
  // the event loop's idle time until indexed: waits for libuv (reads, gunzip), not a core (a descheduled thread counts as busy)
  const idleMs = Math.round(performance.eventLoopUtilization(elu0).idle);
  session?.post('HeapProfiler.stopSampling', (err, r) => err || writeFileSync(heapprof, JSON.stringify(r.profile)));
  // --indexed: ends here (under callgrind, the instructions until the index is complete)
  if (flag('--indexed')) {
    console.log(JSON.stringify({ indexedMs: Math.round(performance.now() - t0), cpuIndexedMs: Math.round((cpuIndexed.user + cpuIndexed.system) / 1000), mainIndexedMs: mainIndexed, idleMs, gcs: gcs.length }));
    process.exit(0);
  }
  await host.step((deadline) => corpus.prepareStep(deadline));
  const preparedMs = performance.now() - t0;
  // --saves N: then N saves of the archive's first article (the one bench:editor edits), a quote
  // added and taken away in turn, each filed and settled as the extension does after a worker's
  // analysis (the analysis itself left out); the main thread's CPU and wall ms of all of them
  const saves = Number(option('--saves', '0'));
  let savesOut: Record<string, number> | undefined;
  if (saves > 0) {
    const file = archiveFiles()[0];
    const key = keyOf(file);
    const text = readArticleSync(file, 4 << 20);
    if (!text.ok || !loaded.entries.has(key)) throw new Error(`no cached ${key}`);
    const added = `${text.text}\n\n“We will rebuild the harbour bridge before the winter storms,” said Ottilie Vandermeer, the mayor of Port Wexley.\n`;
    const records = [added, text.text].map((t) => withoutQuoteTexts(analyzeToRecord(t, {}, key)));
    const walls: number[] = [];
    const main1 = mainThreadMs();
    let actorsUs = 0;
    let allUs = 0;
    for (let i = 0; i < saves; i++) {
      const record = records[i % 2];
      const w = performance.now();
      const c = cpuNow();
      corpus.upsert(key, record, quoteCount(record));
      settler.notify();
      await settler.settle();
      walls.push(performance.now() - w);
      actorsUs += actorsCpu - c;
      allUs += cpuNow() - c;
    }
    walls.sort((a, b) => a - b);
    savesOut = { saves, saveMainMs: Math.round((mainThreadMs() - main1) / saves), saveCpuMs: Math.round(allUs / saves / 100) / 10, saveActorsCpuMs: Math.round(actorsUs / saves / 100) / 10, saveWallMedianMs: Math.round(walls[walls.length >> 1] * 10) / 10, saveWallMaxMs: Math.round(walls[walls.length - 1]) };
  }
  clearInterval(timer);
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  // --heapsnap FILE: what the heap holds once the index is complete (see ./heapsnap.mjs)
  if (option('--heapsnap', '')) (await import('node:v8')).writeHeapSnapshot(option('--heapsnap', ''));
  const r = (x: number): number => Math.round(x);
  console.log(
    JSON.stringify({
      articles: loaded.entries.size,
      loadedMs: r(loadedMs),
      restoredMs: r(restoredMs),
      indexedMs: r(settledMs),
      preparedMs: r(preparedMs),
      cpuIndexedMs: r((cpuIndexed.user + cpuIndexed.system) / 1000),
      mainIndexedMs: mainIndexed,
      idleMs,
      ...(serial ? phases : {}),
      ...savesOut,
      gcs: gcs.length,
      gcMs: r(gcs.reduce((a, b) => a + b, 0)),
      gcMaxMs: r(Math.max(0, ...gcs)),
      driftMs: r(drift),
      liveMB: r(process.memoryUsage().heapUsed / 1048576),
      actors: corpus.stats().actors,
      events: corpus.events().length,
    }),
  );
}

void (flag('--make') ? make() : replay()).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

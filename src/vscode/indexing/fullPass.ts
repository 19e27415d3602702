/**
 * A full index pass of the workspace (CorpusIndex's first index and every re-index): the files
 * found and stat'ed in batches, the settled corpus restored whole when its snapshot still holds, then
 * each file checked against the cache, filed from it when unchanged or handed to a worker, in the
 * host's turns; finally articles no longer found go, the corpus settles and the caches are told.
 */
import * as vscode from 'vscode';
import type { Corpus } from '../../corpus/corpus';
import { VANISHED } from '../../corpus/files';
import { forgetSharedStrings, type ArticleRecord } from '../../corpus/record';
import type { SnapshotLines } from '../../corpus/snapshot';
import type { Settings } from '../config';
import type { PassStats } from './pass';
import { yieldToHost, type CachedArticle } from './cache';
import type { CacheWriter } from './cacheWriter';
import { dirtyDocuments, findArticles, statOf, statOfLocal, type FileStat } from './workspaceFiles';
import type { SearchKeeper } from './searchKeeper';
import type { HostSlices, Settler } from './hostSlices';
import type { ArticleEntry } from './articles';
import type { Extracted } from './job';
import type { SettledStore } from './settledStore';
import { statOnThread } from './statThread';
import { boundHeapGrowth } from './heapGrowth';

/**
 * Longest the host works between two yields to its event loop, ms: a step that runs past it, a
 * young collection (10-40 ms at 10k articles) and VS Code's own work in the same turn come on top.
 */
export const SLICE_MS = 8;
/**
 * Files stat'ed at once: the calls and their answers cost the host 100-200 ms of a warm start's
 * profile at 10k files, and 128 handed over at a time showed as 26-38 ms of `stat` inside single stalls.
 */
const STAT_BATCH = 32;
/** Batches in flight: as many stats under way as one batch of 128 had (one at a time, the warm start waited for them). */
const STAT_AHEAD = 4;
/**
 * Least time between two progress reports, ms: each one is a message to the window and a status
 * bar update. A warm start checks 10,164 cached files in about 0.1 s; reported every 50 files, its
 * 203 reports took ~50 ms of the host's thread (of a ~0.8 s profile window around the check).
 */
const PROGRESS_MS = 100;

/*
 * SEARCH_AFTER_PASS. A cold pass with a cache folder has no worker make search terms: the host
 * fills search after the pass, from each text read again (./searchBacklog.ts), once the workers
 * have ended. Made as results came, a 10k pass's postings, terms and vocabularies were some 60-80
 * MB of the host's heap while both workers (~50 MB each) were still alive: the host's peak of
 * memory came there, at the pass's end.
 */

/** How CorpusIndex has a worker analyse one article (see CorpusIndex.extract). */
export interface ExtractOptions {
  pass?: number;
  stats?: PassStats;
  /** An unsaved buffer's text, analysed instead of the file. */
  text?: string;
  /** Before the bulk of a pass (an edit in progress). */
  urgent?: boolean;
  /** Search entries once the pass is done (the snapshot's, or from the text read again then). */
  searchLater?: boolean;
}

/** A record to file with its article's line starts and file stamp (a worker's result, or the cache's). */
export type MergeValue = Omit<Extracted, 'searchTerms'> & Partial<Pick<Extracted, 'searchTerms'>>;

/** The parts of a CorpusIndex its stages (a full pass, ./fileChanges.ts) work on. */
export interface IndexParts {
  readonly log: vscode.LogOutputChannel;
  readonly corpus: Corpus;
  readonly cache: CacheWriter | null;
  readonly settledStore: SettledStore | null;
  readonly searchSide: SearchKeeper;
  readonly host: HostSlices;
  readonly settler: Settler;
  /** Per article (by key) what the index keeps besides its record. */
  readonly entries: Map<string, ArticleEntry>;
  /** Which indexing pass last set each article. */
  readonly touched: Map<string, number>;
  readonly skippedFiles: Map<string, string>;
  settings(): Settings;
  /** Whether a URI is an article of the workspace under the settings' globs. */
  isArticle(uri: vscode.Uri): boolean;
  /** False (and the reason logged) for what is no article: gone, not a regular file, too large. */
  admit(uri: vscode.Uri, st: FileStat | string): st is FileStat;
  extract(uri: vscode.Uri, options?: ExtractOptions): Promise<void>;
  merge(uri: vscode.Uri, value: MergeValue, fromBuffer: boolean, pass: number, fromCache?: boolean): void;
  drop(key: string): void;
  /** The lookups are made again when next asked; with `notify` the views and caches hear of the change. */
  invalidate(notify: boolean): void;
  setProgress(progress: { done: number; total: number } | null): void;
  /** The stats of the pass just done, before the corpus settles. */
  passDone(stats: PassStats): void;
}

/** Key of a document in the corpus: its URI as a string. */
export const keyOf = (uri: vscode.Uri): string => uri.toString();

/** A file stat'ed ahead of the folders' walk (see earlyStats): its URI, and its stat (under way, or done). */
type EarlyStat = { uri: vscode.Uri; stat: FileStat | string | Promise<FileStat | string> };

/** A stat on the host's thread that took longer than this, ms, is slow (see SLOW_STATS). */
const SYNC_STAT_MS = 2;
/**
 * Slow stats in one batch that have the rest go to libuv (a slow or remote file system). Not the
 * first one: on a busy machine a stat the thread was preempted in is slow too, and 10,164 stats
 * of a cold pass then went to libuv: 0.55 s of the host's thread (bench:editor profile) against 0.23 s made here.
 */
const SLOW_STATS = 4;
/** A stat slower than this, ms, has the rest go to libuv at once. */
const STALL_STAT_MS = 50;

/**
 * The stats of `items`' files (or why one has none) in batches of STAT_BATCH, in the order given,
 * from now on, whether or not anyone waits yet; a file's URI made in its batch (10,000 made at once
 * held the host up for 25-60 ms). `early`: stats begun before, taken as they are. Local files are
 * stat'ed on the host's thread, batch after batch between yields, while no batch has SLOW_STATS
 * stats slower than SYNC_STAT_MS: 10,000 handed to libuv took 0.6 s of a warm start's host thread on a busy 2-core
 * machine (each one queued for, and waking, a thread of the pool), against 0.05-0.15 s for the
 * system calls made here. Files of other file systems, and the rest after a slow stat, go to
 * libuv (see asyncBatches).
 */
function statBatches<T>(items: readonly T[], uriOf: (item: T) => vscode.Uri, early?: Map<string, EarlyStat>, begun?: Map<string, EarlyStat>): Array<Promise<Array<FileStat | string>>> {
  const count = Math.ceil(items.length / STAT_BATCH);
  const resolvers: Array<(stats: Array<FileStat | string> | Promise<Array<FileStat | string>>) => void> = [];
  const batches = Array.from({ length: count }, () => new Promise<Array<FileStat | string>>((resolve) => resolvers.push(resolve)));
  void (async () => {
    let sliceStart = performance.now();
    let local = true;
    for (let b = 0; b < count; b++) {
      const slice = items.slice(b * STAT_BATCH, (b + 1) * STAT_BATCH);
      const stats: Array<FileStat | string | Promise<FileStat | string>> = [];
      let slow = 0;
      for (const item of slice) {
        const uri = uriOf(item);
        const known = early?.get(keyOf(uri));
        if (known) {
          stats.push(known.stat);
          continue;
        }
        if (!local) {
          const st = statOf(uri);
          begun?.set(keyOf(uri), { uri, stat: st });
          stats.push(st);
          continue;
        }
        const t = performance.now();
        const stat = statOfLocal(uri);
        const ms = performance.now() - t;
        if (stat === undefined || ms > STALL_STAT_MS || (ms > SYNC_STAT_MS && ++slow >= SLOW_STATS)) local = false;
        const st = stat ?? statOf(uri);
        begun?.set(keyOf(uri), { uri, stat: st });
        stats.push(st);
      }
      resolvers[b](Promise.all(stats));
      if (!local) {
        // the batches after it through libuv
        asyncBatches(items.slice((b + 1) * STAT_BATCH), uriOf, early, begun).forEach((batch, k) => resolvers[b + 1 + k](batch));
        return;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToHost();
        sliceStart = performance.now();
      }
    }
  })();
  return batches;
}

/** statBatches through libuv: each batch stat'ed once the one STAT_AHEAD before it is done. */
function asyncBatches<T>(items: readonly T[], uriOf: (item: T) => vscode.Uri, early?: Map<string, EarlyStat>, begun?: Map<string, EarlyStat>): Array<Promise<Array<FileStat | string>>> {
  const batches: Array<Promise<Array<FileStat | string>>> = [];
  const statNow = (item: T): FileStat | string | Promise<FileStat | string> => {
    const uri = uriOf(item);
    const known = early?.get(keyOf(uri));
    if (known) return known.stat;
    const stat = statOf(uri);
    begun?.set(keyOf(uri), { uri, stat });
    return stat;
  };
  for (let i = 0; i < items.length; i += STAT_BATCH) {
    const slice = items.slice(i, i + STAT_BATCH);
    batches.push((batches.at(-STAT_AHEAD) ?? Promise.resolve()).then(() => Promise.all(slice.map(statNow))));
  }
  return batches;
}

/**
 * A warm start's stats of the files the cache knows, begun as soon as the cache is loaded, before
 * the folders' walk is done: the pass's check of 10,000 files would otherwise wait for their stats.
 * By key, each with its URI (parsed once, for the restore's entries too), all of them there once
 * `done` resolves. Local files are stat'ed on a thread of their own (see ./statThread.ts), the
 * URIs parsed meanwhile in the host's turns (10,000 at once held it up for 25-60 ms); other file
 * systems', or all when that thread fails, as statBatches does. A file changed after its stat is
 * the file watcher's, as after any.
 */
function earlyStats(keys: readonly string[]): { stats: Map<string, EarlyStat>; done: Promise<unknown> } {
  const stats = new Map<string, EarlyStat>();
  const done = (async () => {
    const uris: vscode.Uri[] = [];
    const paths: string[] = [];
    let sliceStart = performance.now();
    for (const key of keys) {
      // by the cache's own key, not keyOf(uri) again: a key is keyOf of the URI it parses to, and
      // 10,000 URIs turned back into strings took 60 ms of a warm start's host thread (bench:editor
      // profile at load 13); a key that did not come back the same would only miss its early stat
      const uri = vscode.Uri.parse(key);
      uris.push(uri);
      if (uri.scheme === 'file') paths.push(uri.fsPath);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToHost();
        sliceStart = performance.now();
      }
    }
    if (paths.length === uris.length) {
      try {
        const answers = await statOnThread(paths);
        uris.forEach((uri, i) => stats.set(keys[i], { uri, stat: answers[i] }));
        return;
      } catch {
        // stat'ed here instead
      }
    }
    await Promise.all(statBatches(uris, (uri) => uri, undefined, stats));
  })();
  return { stats, done };
}

/**
 * Files read in a pass that are gone by its end leave the index: a file made and removed within
 * moments (a script's temporary file) may have been read between the two, and the file watcher
 * reports nothing for it, having seen neither. A cold pass's every file, a warm pass's changed few.
 */
async function dropVanished(ix: IndexParts, read: readonly vscode.Uri[]): Promise<void> {
  // a cold pass's every file on a thread of its own (see ./statThread.ts) when all are local: on
  // the host's thread they came as the pass's last settle ran
  if (read.length > STAT_BATCH && read.every((uri) => uri.scheme === 'file')) {
    try {
      const stats = await statOnThread(read.map((uri) => uri.fsPath));
      stats.forEach((st, i) => st === VANISHED && ix.admit(read[i], st));
      return;
    } catch {
      // stat'ed here instead
    }
  }
  const batches = statBatches(read, (uri) => uri);
  for (let b = 0; b < batches.length; b++) {
    const stats = await batches[b];
    for (let j = 0; j < stats.length; j++) if (stats[j] === VANISHED) ix.admit(read[b * STAT_BATCH + j], stats[j]);
  }
}

/** Article files from which a pass's progress is also a notification (below, the status bar's item and spinner say it). */
export const NOTIFY_FROM = 200;

/**
 * Runs full pass number `pass` over the workspace: `first` (at start-up) takes what the cache and
 * the settled snapshot hold, `force` reads and analyses every article whatever the cache says.
 * Resolves once the corpus has settled and the caches are told.
 */
export async function runFullPass(ix: IndexParts, { first, force, pass }: { first: boolean; force: boolean; pass: number }): Promise<void> {
  const started = Date.now();
  // the host's heap kept near what it holds live from here on, a warm start's too (see ./heapGrowth.ts)
  boundHeapGrowth();
  const stats: PassStats = { fromCache: 0, extracted: 0, searchFromCache: 0, stopped: 0, cache: ix.cache ? 'empty' : 'off', ms: 0 };
  const settings = ix.settings();
  let cached = new Map<string, CachedArticle<ArticleRecord>>();
  // the folders are walked (in libuv) while the cache is read here
  const walked = findArticles(settings);
  let listed = 0;
  walked.then(() => (listed = Date.now() - started), () => undefined);
  // and the settled corpus's snapshot is read and unzipped (in libuv)
  const snapshot = first && !force && ix.cache ? ix.settledStore?.load() : undefined;
  if (first && ix.cache) cached = await ix.cache.load(stats);
  // then the files the cache knows are stat'ed (in libuv), and the others as soon as the walk is done
  const early = first && !force && cached.size ? earlyStats([...cached.keys()]) : undefined;
  const statted = Promise.all([walked, early?.done]).then(([{ files }]) => statBatches(files, (uri) => uri, early?.stats));
  // the snapshot's articles restored whole, while the walk (or a virtual workspace's file search)
  // may still run; the loop below then only checks them (and files what changed since, or is new,
  // as it would after any restore: the corpus is incremental)
  // (without the cache the snapshot is of no use: its early parse's result is let go, not held through the pass)
  if (stats.cache !== 'loaded') void snapshot?.then((l) => l && (l.parsing = undefined));
  const lines = stats.cache === 'loaded' ? await snapshot : null;
  const restored = lines ? await restoreSettled(ix, lines, cached, pass, stats, early?.stats) : null;
  const { files, problems } = await walked;
  for (const p of problems) ix.log.warn(`Skipped ${p.path}: ${p.reason}`);
  // when the file list came, against the pass's start: on a warm start it may be what the pass waits for
  ix.log.info(`Indexing ${files.length} article file(s) in ${vscode.workspace.workspaceFolders?.length ?? 0} folder(s)${cached.size ? `; ${cached.size} in the cache` : ''}; the file list came in ${listed} ms, now ${Date.now() - started} ms`);
  ix.skippedFiles.clear();
  ix.setProgress({ done: 0, total: files.length });
  // (a warm start restored from the snapshot only checks the files, and a small folder is read in
  // seconds: their progress is the status bar's own item ("Corpus: indexing 3 / 8"), not a
  // notification that pops up for a second or two and goes, and was seen still up, "8 / 8", beside
  // the status bar's counts, nor VS Code's window progress beside that item saying it again; a
  // notification, closed as the callback below ends, only for a folder long to read)
  const notify = !restored && files.length >= NOTIFY_FROM;
  const withProgress = (task: (progress: vscode.Progress<{ message?: string; increment?: number }>) => Promise<void>): Thenable<void> =>
    notify ? vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Corpus Navigator: indexing articles', cancellable: false }, task) : task({ report: () => undefined });
  await withProgress(async (progress) => {
    let done = 0;
    let reported = 0;
    let reportedAt = performance.now();
    const report = (): void => {
      if (++done !== files.length && (done % 50 || performance.now() - reportedAt < PROGRESS_MS)) return;
      progress.report({ message: `${done} / ${files.length}`, increment: ((done - reported) / Math.max(1, files.length)) * 100 });
      ix.setProgress({ done, total: files.length });
      reported = done;
      reportedAt = performance.now();
    };
    const jobs: Promise<void>[] = [];
    /** Files read by a worker in this pass. */
    const read: vscode.Uri[] = [];
    const batches = await statted;
    let sliceStart = performance.now();
    for (let i = 0; i < files.length; i += STAT_BATCH) {
      const slice = files.slice(i, i + STAT_BATCH);
      const stats_ = await batches[i / STAT_BATCH];
      // the editors' unsaved buffers since the last wait, not asked of VS Code per file (each time a list of every document)
      let dirty = dirtyDocuments();
      for (const [j, uri] of slice.entries()) {
        const st = stats_[j];
        const key = keyOf(uri);
        if (!ix.admit(uri, st)) {
          report();
          continue;
        }
        const hit = force ? undefined : cached.get(key);
        const unchanged = hit !== undefined && hit.size === st.size && hit.mtimeMs === st.mtimeMs;
        const buffer = dirty.get(key);
        if (restored?.delete(key) && !buffer && unchanged) {
          stats.fromCache++;
          report();
        } else if (buffer) {
          jobs.push(ix.extract(uri, { pass, stats, text: buffer.getText() }).then(report));
        } else if (unchanged) {
          // unless an edit or the watcher filed the article during this pass: the file changed after
          // its stat above, and the cache's older record would replace the newer one for good
          if (ix.touched.get(key) !== pass) {
            ix.merge(uri, { record: hit.record, lineStarts: hit.lineStarts, size: hit.size, mtimeMs: hit.mtimeMs }, false, pass, true);
            stats.fromCache++;
          }
          report();
        } else {
          // with a cache folder, search entries wait for the pass's end: its snapshot's (a warm start),
          // or made from the text read again, the workers gone (a cold pass: see SEARCH_AFTER_PASS);
          // without, they are made as results come: search is ready with the trees
          jobs.push(ix.extract(uri, { pass, stats, searchLater: stats.cache !== 'off' }).then(report));
          read.push(uri);
        }
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToHost();
          // records from the cache come faster than the registry settles: it catches up first
          await ix.settler.caughtUp();
          sliceStart = performance.now();
          dirty = dirtyDocuments();
        }
      }
    }
    await Promise.all(jobs);
    await dropVanished(ix, read);
    // restored articles whose files are gone
    for (const key of restored ?? []) if (ix.entries.has(key)) ix.drop(key);
  });
  // articles no longer found go, unless the watcher saw them meanwhile
  if (!first) for (const key of [...ix.entries.keys()]) if ((ix.touched.get(key) ?? 0) < pass) ix.drop(key);
  stats.ms = Date.now() - started;
  ix.passDone(stats);
  // the views told once the corpus has settled; the caches' writers scheduled only then (below):
  // scheduled here, the record cache's write began 2 s on, while a cold pass's last settle of
  // 10k articles still ran, and took half the host's turns until the index was complete
  ix.invalidate(false);
  ix.settler.notify();
  // the counts once the corpus has settled (in slices), not by merging everything at once here
  await ix.settler.settle();
  // the records filed one by one share their strings, lists and actors by now: the tables that
  // shared them go (~6 MB at 10k articles; a restore lets them go in its prepareStep)
  if (!stats.restored) forgetSharedStrings();
  // the counts in a turn of their own, not the settle's last: after a restore the first list of
  // final actors is made for them (20,000 at 10k articles, ~9 ms)
  await yieldToHost();
  // only now: the end of progress has the status bar ask for the counts, and before the corpus
  // settled that merged every pending article at once (1.4 s at 10,000 articles)
  ix.setProgress(null);
  // after a restore, the organisations' aggregates, which the first change would otherwise make
  // all at once: once the index is complete, its turns no longer hold it up
  if (stats.restored) void ix.host.step((deadline) => ix.corpus.prepareStep(deadline));
  const counts = ix.corpus.stats();
  ix.log.info(
    `Indexed ${ix.corpus.size} article(s) (${stats.fromCache} from the cache, ${stats.restored ? 'settled corpus restored, ' : ''}${stats.extracted} extracted${stats.stopped ? `, ${stats.stopped} stopped` : ''}): ${counts.actors} actors, ${counts.quotes} quotes, ${ix.corpus.events().length} events; ${ix.skippedFiles.size} skipped; ${stats.ms} ms`,
  );
  if (first && stats.cache !== 'loaded') ix.cache?.all();
  // cached articles whose files are gone leave their shards
  for (const key of cached.keys()) if (!ix.entries.has(key)) ix.cache?.changed(key);
  ix.cache?.schedule(0);
  ix.settledStore?.schedule(0);
  ix.searchSide.afterPass(first && stats.cache === 'loaded', (n) => (stats.searchFromCache += n));
}

/**
 * The first pass's shortcut: the settled corpus's snapshot restored in the host's turns when
 * each of its articles has a cached record stamped as the snapshot's, instead of filing each
 * record. Returns the keys restored (their entries set as from the cache), or null (nothing
 * changed; why in `stats.settledProblem`).
 */
async function restoreSettled(ix: IndexParts, lines: SnapshotLines, cached: Map<string, CachedArticle<ArticleRecord>>, pass: number, stats: PassStats, early?: Map<string, EarlyStat>): Promise<Set<string> | null> {
  // in the host's usual turns (longer ones, with a young collection and VS Code's own start-up work on them, made the warm start's longest stalls)
  const restored = await ix.settledStore!.restore(lines, (key) => cached.get(key), (work) => ix.host.step(work));
  if (typeof restored === 'string') {
    stats.settledProblem = restored;
    return null;
  }
  // in the host's turns: 10,000 URIs parsed at once held it up for 25-60 ms
  let sliceStart = performance.now();
  for (const key of restored) {
    const hit = cached.get(key)!;
    ix.entries.set(key, { uri: early?.get(key)?.uri ?? vscode.Uri.parse(key), lineStarts: hit.lineStarts, size: hit.size, mtimeMs: hit.mtimeMs, fromBuffer: false });
    ix.touched.set(key, pass);
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToHost();
      sliceStart = performance.now();
    }
  }
  ix.invalidate(false);
  stats.restored = true;
  return new Set(restored);
}

/** What an indexing pass is given and what it counts, and the worker pool it analyses articles with. */
import { availableParallelism } from 'node:os';
import { WorkerPool, poolSize } from '../../workers/pool';
import { indexingLimits } from './workspaceFiles';
import { BULK_TAIL, ownCompiles, setV8Flag } from './workerCompiles';
import type { Extracted, IndexJob } from './job';

export interface IndexOptions {
  /** The worker script (dist/indexWorker.js). */
  workerScript: string;
  /** Folder of the persistent cache; none: no cache. */
  cacheDir?: string;
}

/** Counts of one indexing pass, for the log and the tests. */
export interface PassStats {
  /** Articles taken from the cache unchanged. */
  fromCache: number;
  /** Articles read and analysed by a worker. */
  extracted: number;
  /** Articles from the cache whose search entries came from the search snapshot (not read again); counted just after the pass. */
  searchFromCache: number;
  /** Whether the corpus was restored whole from the settled snapshot (./settledStore.ts), not filed article by article. */
  restored?: boolean;
  /** Why a first pass with a cache did not restore it (also in the log). */
  settledProblem?: string;
  /** Articles whose worker was stopped (time or memory limit). */
  stopped: number;
  /** 'loaded', 'empty' (none yet), 'dropped' (corrupt or old: rebuilt) or 'off' (no storage). */
  cache: 'loaded' | 'empty' | 'dropped' | 'off';
  /** Why a cache was dropped (also in the log). */
  cacheProblem?: string;
  ms: number;
}

/**
 * The niceness of workers in a pass (see WorkerPool's bulkNice): the extension host's thread then
 * has a core as soon as it wants one (a stall was often mostly waiting for one), and the workers
 * take what is left of both cores.
 */
const BULK_NICE = 19;

let compileFlagsSet = false;

/**
 * V8's inlining budget for the workers' extraction, set once before the first worker starts (the
 * command line sets a smaller one, src/cli/launch.ts). The flag is the process's (a worker thread
 * cannot have its own), read by V8's optimising compiler at each compile, so the extension host's
 * own code compiles under it too. Each worker compiles the whole extractor anew, and a cold pass
 * of 10k articles is largely the workers' warm-up: its helper threads' CPU was mostly the
 * optimising compiler's (perf, two workers over 3,000 articles of the 10k archive: 70% of their
 * samples). Half V8's default (920): smaller optimised graphs, compiled sooner and cheaper (two
 * workers over 2,000-3,000 archive articles in plain Node: process CPU 18.2-18.7 s against
 * 20.3-24.2 s, a machine at load 11-15). `--no-regexp-tier-up`, which the command line also
 * sets, is not set here: flipped at run time in the extension host, the host died in the
 * extension-host suite's re-index (its regular expressions compiled before under the default).
 */
function setCompileFlags(): void {
  if (compileFlagsSet) return;
  compileFlagsSet = true;
  setV8Flag('--max-inlined-bytecode-size-cumulative=460');
}

/**
 * Workers that read and analyse articles, with the time and memory limits the settings give;
 * while `keepAlive` says true (unsaved edits: a save will want a warm worker) an idle one is kept.
 */
export function indexPool(workerScript: string, keepAlive?: () => boolean): WorkerPool<IndexJob, Extracted> {
  setCompileFlags();
  const { timeoutMs, memoryMB } = indexingLimits();
  return new WorkerPool<IndexJob, Extracted>({
    script: workerScript,
    size: poolSize(availableParallelism()),
    bulkNice: BULK_NICE,
    // a typical article takes a worker 1-3 ms, the host hears of it only between its turns (up to
    // 10 ms, and a collection's pause): with two jobs posted the worker waited for the host most of
    // the time; sixteen cover ~30 ms. An edit's urgent job waits behind them during a pass only.
    depth: 16,
    timeoutMs: () => timeoutMs,
    // a small young generation (V8's default lets it grow to 48 MB): the worker's garbage is short-lived.
    // At 16 MB its scavenges cost no more CPU over the dev corpus than at 48 while its RSS stayed ~15 MB
    // lower; at 8, two workers over 4,000 articles of the 10k archive in plain Node took 36.8 s of
    // process CPU against 39.0 s at 16 (noise), each worker's heap 46-47 MB against 58, the process's
    // peak 212 MB against 248: the workers are alive at the host's peak, the end of a cold pass.
    // At 4 (session 30, plain Node, articles of the 10k archive, a machine at load 13) each worker's
    // heap is 35 MB against 39: one worker over 1,000 articles, the process's RSS 113 MB against 117
    // and 12.6 s of CPU against 13.0; two over 2,000, 156 MB against 168 and 24.4 s against 23.8
    resourceLimits: { maxOldGenerationSizeMb: memoryMB, maxYoungGenerationSizeMb: 4 },
    // an idle worker holds 50-80 MB of the host process: it ends 10 s after its last job or the
    // last edit (warm() keeps it while the user edits, keepAlive while edits are unsaved), and the
    // next edit warms a new one
    idleMs: 10_000,
    keepAlive,
    // far more than an editing session's saves, far fewer than a pass's articles
    bulkJobs: 200,
    bulkTail: BULK_TAIL,
    isolateSetup: ownCompiles,
  });
}

/**
 * How far V8 lets the extension host's heap grow between two major collections. Its default
 * scales the limit a major collection sets by up to 4× what it left live when the heap may reach
 * 2 GB or more (an extension host: no --max-old-space-size), by less when the collector keeps up
 * with the allocations. In a cold pass of 10,164 articles the host's old generation so grew from
 * 117 MB after its last major collection (46.9 s in) to ~280 MB at the pass's end, about 150 MB of
 * it garbage: with the indexing workers alive then, the host's peak of memory. The flag is the
 * process's: the workers' heaps (threads of it) grow by the same factor, theirs 1.4 by default
 * (see indexPool's memory limit). Bounded from the start of the first index pass (./fullPass.ts),
 * a warm start that restores the whole index from the cache included: the limit that matters there
 * is the one the restore's last major collection sets, and under V8's default (4x what it left
 * live, ~83 MB) the reloaded host's heap grew to ~320 MB after its index with no major collection
 * (peak 429-472 MB: the search snapshot's load, an edit's worker, the Events tree's walk). Bounded
 * at 30 per cent (session 30, bench:editor at load 13-15): peak 402 MB, three major collections before the index
 * was complete instead of one (pauses 54-72 ms against 222), the host thread's CPU until indexed
 * 2.16 s against 2.42 s. (Session 27 kept the default there: its cache load took 3.8-4.6 s bounded
 * against 1.6-2.4, wall times on a machine at load 3-10.) The load itself runs with the growth
 * relaxed (relaxedWhile, session 32): what it makes stays live, so a tight bound there only makes
 * more major collections, each marking a heap that grew; the bound holds again from its end.
 * No vscode import.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/**
 * Growth allowed past what a major collection leaves live, per cent. At 30 the host's heap in a
 * plain-Node pass over the 10k archive (2 workers, results filed as the extension does) peaked at
 * 181 MB against 227 (3 major collections became 12, 203 ms of pauses in all against 51; process
 * CPU 75.6 s against 79.4 s, within the machine's noise). In the extension host (bench:editor, a
 * machine at load 5-7): the cold host's peak 536 -> 448 MB, its major collections 3 -> 9 (pauses
 * 118 -> 282 ms in all, the longest 61 -> 47 ms); its CPU until indexed 15.7 s on the host's
 * thread and 77.8 s in the whole process in the run at the baseline's load (16.0 and 78.4 s),
 * 18.0-20.4 and 86.4-100.5 s in two runs at load 7. 20 was tried (session 30, bench:editor at load
 * 13-15, against 30 in the run before) and not kept: the cold host's peak 430 -> 409 MB and the
 * reloaded host's 402 -> 387 MB, but the reloaded host's longest major pause 72 -> 152 ms (a stall
 * the user feels), the cold pass's major collections 9 -> 17 (pauses 599 -> 1,369 ms in all) and
 * the host thread's CPU until indexed 24.3 -> 25.9 s.
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Growth allowed while a warm start loads its index (the record cache, the settled snapshot's parse
 * and restore: see relaxedWhile) and the heap is still small (LOAD_RELAXED_MB), per cent. Nearly
 * all that the load allocates stays live (~150 MB of ~400 at 10,164 articles), so each major
 * collection then marks a heap that only grew, and frees little: at 30 per cent a load made 9 of
 * them, relaxed 4-5 (plain Node, the load over the 10k archive's cache: process CPU median 4.49 s
 * against 4.99 s, 4 runs each, interleaved, the same live heap after).
 */
export const LOAD_GROWING_PERCENT = 100;

/**
 * Used heap, MB, up to which a load runs relaxed; above it the bound holds again, so that the limit
 * a major collection late in the load sets is the bound's: relaxed to the end, one at 149 MB let
 * the reloaded host's heap reach ~300 MB before the next (its peak 421 MB against 386-401).
 */
export const LOAD_RELAXED_MB = 100;
/** How often a load looks at the heap's size, ms. */
const WATCH_MS = 50;

let bounded = false;
/** Loads under way (see relaxedWhile). */
let loads = 0;
/** The growth set last, per cent. */
let growth = 0;
let watch: NodeJS.Timeout | undefined;
/** The running loads' LOAD_RELAXED_MB (see relaxedWhile), bytes. */
let relaxedBytes = 0;

function setGrowth(percent: number): void {
  if (percent === growth) return;
  growth = percent;
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // V8's default growth
  }
}

/** The growth a load runs at now: relaxed while the heap is small. */
const loadGrowth = (): number => (getHeapStatistics().used_heap_size < relaxedBytes ? LOAD_GROWING_PERCENT : HEAP_GROWING_PERCENT);

/** Sets the bound once per process (the flag is V8's, read at each major collection); a refusal leaves V8's default. */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  if (!loads) setGrowth(HEAP_GROWING_PERCENT);
}

/**
 * Runs `work` (a warm start's load) with the heap's growth at LOAD_GROWING_PERCENT while the used
 * heap is under `relaxedMb` (MB; the first of overlapping loads sets it), then bounded again once
 * no load runs; resolves or rejects as `work` does. Loads may overlap (the snapshot's parse runs
 * while the record cache loads). Before boundHeapGrowth (a cache loaded outside an index pass) it
 * only runs `work`.
 */
export async function relaxedWhile<T>(work: () => Promise<T>, relaxedMb = LOAD_RELAXED_MB): Promise<T> {
  if (!bounded) return work();
  if (loads++ === 0) {
    relaxedBytes = relaxedMb * 1048576;
    setGrowth(loadGrowth());
    watch = setInterval(() => setGrowth(loadGrowth()), WATCH_MS);
    watch.unref();
  }
  try {
    return await work();
  } finally {
    if (--loads === 0) {
      clearInterval(watch);
      setGrowth(HEAP_GROWING_PERCENT);
    }
  }
}

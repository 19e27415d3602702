/**
 * How the indexing workers share the extension host's process (see ./pass.ts, indexPool): where
 * their optimising compiler runs, and how many work through a pass's last articles. No vscode
 * import (the plain-Node replay scripts/bench-editor/coldPass.ts uses them too).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * The share of a pass's articles that one worker analyses alone at its end (see WorkerPool's
 * bulkTail). The extension host's memory grows with the corpus through a cold pass (at 10k
 * articles about 8-9 MB per 1,000 near its end) and two workers hold ~110 MB of it: with both to
 * the end, the host's peak came in the pass's last seconds (bench:editor at load 5-10: 400-417 MB).
 * With the last 30% to one worker the cold host peaked at 375-401 MB (four runs) as the second
 * ended (RSS 377 -> 322 MB), or after its index was complete (376 MB); with the last 2,000 of
 * 10,164, 395-396 MB. Two workers' RSS moves by 10-20 MB between runs, in spikes of a second (the
 * run at 401 MB had 364-369 MB at 4,341 articles, 379-383 MB at 5,932): so the last 40%.
 * A warm worker analyses ~1,000 archive articles in 1.2 s (3.8 MB/s, session 32): the tail's 3,000
 * alone cost a few seconds of wall time at most, where two workers would share them.
 */
export const BULK_TAIL = 0.4;

/** Workers whose isolates are being made (see ownCompiles). */
let isolatesStarting = 0;

/**
 * Has each indexing worker's optimising compiler run on the worker's own thread (at its niceness,
 * see BULK_NICE) instead of on V8's helper threads. Those threads are the process's: at the
 * default priority, shared by the extension host's isolate and every worker's, and in a cold pass
 * mostly busy with the workers' compiles (each worker compiles the extractor anew), so the host's
 * thread waited for a core, and its collections for helpers, behind them (session 33). An isolate
 * made while `--concurrent-recompilation` is off has no compiler queue for its life, and compiles
 * where it runs; the flag is on again as soon as the worker's isolate exists, so the host's (made
 * long before) and any made later compile as V8 would. Only workers started for a pass or a batch
 * of changes (WorkerPool's isolateSetup): an edit's waits for each compile where it runs, while
 * its first results are what the user waits for. Plain Node, two workers over the 10k
 * archive: the helper threads' CPU 11.4-12.0 s -> 4.2-4.4 s, the workers' 31 -> 37-39 s, the
 * process's the same (46.6-49.8 s against 47.6-48.3 s at load 6).
 */
export const ownCompiles = {
  before(): void {
    if (isolatesStarting++ === 0) setV8Flag('--no-concurrent-recompilation');
  },
  after(): void {
    if (--isolatesStarting === 0) setV8Flag('--concurrent-recompilation');
  },
};

/** Sets one of V8's flags for the process; one V8 refuses leaves its default. */
export function setV8Flag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    // V8's default
  }
}


import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import type { Corpus } from '../../src/corpus/corpus';
import { RECORD_VERSION } from '../../src/corpus/record';
import { readSnapshot, restoreStep, snapshotLines } from '../../src/corpus/snapshot';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';

/**
 * Reads and restores snapshot `lines` into a new corpus, with the records of `from`: the error
 * readSnapshot threw, or the corpus. With `events`, its events are stepped too, as the host does.
 */
export function restoreFrom(lines: string[], from: Corpus, events = false): Corpus | Error {
  let r;
  try {
    const gen = readSnapshot(lines, RECORD_VERSION, (k) => from.record(k));
    for (let s = gen.next(); ; s = gen.next()) if (s.done) { r = s.value; break; }
  } catch (e) {
    return e as Error;
  }
  const to = new AnalysingCorpus();
  const step = restoreStep(to, r, (k) => from.record(k)!);
  while (!step(Infinity));
  if (events) while (!to.eventsStep(performance.now() + 1));
  return to;
}

/** A corpus of `texts` (path → text), analysed, its actors and events settled. */
export function settledCorpus(texts: Record<string, string>): Corpus {
  const c = new AnalysingCorpus();
  for (const [p, t] of Object.entries(texts)) c.upsert(p, analyzeToRecord(t, {}, p));
  while (!c.actorsStep(Infinity) || !c.eventsStep(Infinity));
  return c;
}

/** Corpus `c`'s settled snapshot as lines (every file of size 1, modified at 2 ms). */
export const snapshotTextLines = (c: Corpus): string[] => [...snapshotLines(c, RECORD_VERSION, () => ({ size: 1, mtimeMs: 2 }))].filter((l): l is string => l !== null);

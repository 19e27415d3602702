/**
 * The index cache's string table as shards are written: each distinct string of the heads once,
 * and each distinct list of strings once (as the indexes of its strings). No vscode import.
 */
import { yieldToHost } from './writers';

/** Time one slice of look-ups may take before yielding, ms. */
const SLICE_MS = 8;

/** Adds to the cache's string table while shards are written. */
export interface TableWriter {
  /** The index of `s` in the table. */
  string(s: string): number;
  /** The index of a non-empty list of strings in the table. */
  list(l: readonly string[]): number;
}

/** Appends to `entries` (a string table as IndexCache keeps it): each string, and each list as the indexes of its strings, once. */
export function tableWriter(entries: Array<string | number[]>): TableWriter {
  const strings = new Map<string, number>();
  const lists = new Map<string, number>();
  entries.forEach((e, i) => (typeof e === 'string' ? strings.set(e, i) : lists.set(e.join(','), i)));
  return writerOver(entries, strings, lists);
}

/** tableWriter, its look-ups of the entries there already made in slices of the event loop (80,000 entries at 10,000 articles: 13 ms at once). */
export async function slicedTableWriter(entries: Array<string | number[]>): Promise<TableWriter> {
  const strings = new Map<string, number>();
  const lists = new Map<string, number>();
  let sliceStart = performance.now();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (typeof e === 'string') strings.set(e, i);
    else lists.set(e.join(','), i);
    if (i % 1024 === 1023 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToHost();
      sliceStart = performance.now();
    }
  }
  return writerOver(entries, strings, lists);
}

/** A TableWriter that appends to `entries`, whose strings and lists (as their indexes joined by ',') `strings` and `lists` index. */
function writerOver(entries: Array<string | number[]>, strings: Map<string, number>, lists: Map<string, number>): TableWriter {
  const string = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = entries.push(s) - 1));
    return i;
  };
  return {
    string,
    list(l) {
      const indexes = l.map(string);
      const key = indexes.join(',');
      let i = lists.get(key);
      if (i === undefined) lists.set(key, (i = entries.push(indexes) - 1));
      return i;
    },
  };
}

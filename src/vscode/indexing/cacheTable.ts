/**
 * The index cache's string table as shards are written: each distinct string of the heads once,
 * each distinct list of strings once (as the indexes of its strings), and each distinct actor as
 * heads store them once (its numbers: see ./validate.ts actorsFlat). No vscode import.
 */
import { numbersText } from './cacheNumbers';
import { yieldToHost } from './writers';

/** Time one slice of look-ups may take before yielding, ms. */
const SLICE_MS = 8;

/**
 * An entry of the table: a string, a list of strings (the indexes of strings before it), or an
 * actor: its numbers (the strings and lists among them indexes of entries before it) in one string
 * (numbersText), as the table keeps it between writes too (~60 bytes each, not ~150 as a list).
 */
export type TableEntry = string | number[] | { actor: string };

/** Adds to the cache's string table while shards are written. */
export interface TableWriter {
  /** The index of `s` in the table. */
  string(s: string): number;
  /** The index of a non-empty list of strings in the table. */
  list(l: readonly string[]): number;
  /** The index of an actor entry of these numbers (its strings and lists given by their indexes in the table). */
  actor(numbers: number[]): number;
}

/** Where each entry of a table is, by kind: strings by themselves, lists by their numbers joined by ',', actors by their numbers' string. */
interface TableIndex {
  strings: Map<string, number>;
  lists: Map<string, number>;
  actors: Map<string, number>;
}

const emptyIndex = (): TableIndex => ({ strings: new Map(), lists: new Map(), actors: new Map() });

function indexEntry(index: TableIndex, e: TableEntry, i: number): void {
  if (typeof e === 'string') index.strings.set(e, i);
  else if (Array.isArray(e)) index.lists.set(e.join(','), i);
  else index.actors.set(e.actor, i);
}

/** Appends to `entries` (a string table as IndexCache keeps it): each string, each list as the indexes of its strings, and each actor, once. */
export function tableWriter(entries: TableEntry[]): TableWriter {
  const index = emptyIndex();
  entries.forEach((e, i) => indexEntry(index, e, i));
  return writerOver(entries, index);
}

/** tableWriter, its look-ups of the entries there already made in slices of the event loop (130,000 entries at 10,000 articles: ~20 ms at once). */
export async function slicedTableWriter(entries: TableEntry[]): Promise<TableWriter> {
  const index = emptyIndex();
  let sliceStart = performance.now();
  for (let i = 0; i < entries.length; i++) {
    indexEntry(index, entries[i], i);
    if (i % 1024 === 1023 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToHost();
      sliceStart = performance.now();
    }
  }
  return writerOver(entries, index);
}

/** A TableWriter that appends to `entries`, whose entries `index` finds. */
function writerOver(entries: TableEntry[], { strings, lists, actors }: TableIndex): TableWriter {
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
    actor(numbers) {
      const key = numbersText(numbers);
      let i = actors.get(key);
      if (i === undefined) actors.set(key, (i = entries.push({ actor: key }) - 1));
      return i;
    },
  };
}

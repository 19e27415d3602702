/**
 * What the timeline and network views read of the corpus: its records and their corpus-wide ids,
 * walked directly, so opening a view never builds the whole corpus's JSON (at 10,000 articles
 * that JSON is hundreds of thousands of objects; the views need a few numbers per quote).
 */
import type { Actor, CorpusEvent } from '../extractor/types';
import { lowerBound } from '../extractor/sorted';
import { dateInFileName } from './files';
import { MENTION_STRIDE, type ArticleRecord, type RecordQuote } from './record';

/** The part of `Corpus` (./corpus.ts) the views use. */
export interface ViewSource {
  paths(): string[];
  record(path: string): ArticleRecord | undefined;
  /** Corpus id of a record actor of the article (see Corpus.idsIn). */
  idsIn(path: string): ((index: number, surface?: string) => string | null) | undefined;
  actor(id: string): Actor | undefined;
  /** Every actor, with corpus-wide counts. */
  actors(): Actor[];
  /** Articles an actor is mentioned in or speaks in. */
  articlesOf(id: string): string[];
  events(): CorpusEvent[];
  /** A quote's text or a piece's: `stored` (the record's), or read from the article when the records carry none (see Corpus.passage). */
  passage(path: string, start: number, end: number, stored: string): string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) is a date the views place. */
export const isDate = (date: string | null | undefined): date is string => !!date && DATE.test(date);

/** An article's date: its published date, else a YYYY-MM-DD in its file name; null when neither is a date. */
export function articleDate(path: string, record: ArticleRecord): string | null {
  const date = record.published ?? dateInFileName(path);
  return isDate(date) ? date : null;
}

/** A quote's content as flat start, end pairs: its pieces, or its own span. */
export const contentOf = (q: RecordQuote): readonly number[] => q.pieces ?? q.spans.slice(0, 2);

/** The speaker's corpus id of a record quote, or null. */
export const speakerOf = (q: RecordQuote, idOf: (index: number, surface?: string) => string | null): string | null => (q.speaker >= 0 ? idOf(q.speaker, q.speakerText ?? undefined) : null);

/**
 * The ids of the actors mentioned inside a record quote's content, each once, in text order, the
 * speaker left out: the same answer as ./about.ts gives on the built JSON, read from the record's
 * flat mentions (sorted by start) with a binary search per piece.
 */
export function aboutIn(record: ArticleRecord, q: RecordQuote, idOf: (index: number, surface?: string) => string | null, speaker: string | null): string[] {
  const m = record.mentions;
  const count = m.length / MENTION_STRIDE;
  const ids: string[] = [];
  const content = contentOf(q);
  for (let p = 0; p + 1 < content.length; p += 2) {
    const [start, end] = [content[p], content[p + 1]];
    for (let k = lowerBound((i) => m[i * MENTION_STRIDE + 1], start, 0, count); k < count && m[k * MENTION_STRIDE + 1] < end; k++) {
      const at = k * MENTION_STRIDE;
      if (m[at + 2] > end) continue;
      const id = idOf(m[at], record.surfaces[m[at + 3]]);
      if (id && id !== speaker && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

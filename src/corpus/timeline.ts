/**
 * What the timeline view shows: events at their resolved dates and quotes at their article's
 * date (its published date, else a YYYY-MM-DD in its file name). Undated items are counted and listed apart, never placed at a guessed date.
 */
import type { CorpusResult } from '../extractor/types';
import { aboutOf } from './about';
import { dateInFileName } from './files';

export interface TimelineItem {
  /** 'e:' + event id, or 'q:' + article path + ':' + quote start. */
  id: string;
  type: 'event' | 'quote';
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** Event kind, or the quote's kind (direct, indirect, mixed). */
  kind: string;
  /** A short label: the event's label, or "Speaker: opening words". */
  label: string;
  actors: string[];
  path: string;
  start: number;
  end: number;
}

export interface TimelineFilter {
  /** Only items with this actor among participants, speaker or about. */
  actor?: string;
  /** Only these kinds (event kinds and quote kinds mixed); all when absent or empty. */
  kinds?: readonly string[];
  /** At most this many dated items (the newest kept); the rest are counted in `omitted`. */
  limit?: number;
}

export interface TimelineData {
  items: TimelineItem[];
  undated: TimelineItem[];
  omitted: number;
  /** Every kind present before filtering, for the filter's checkboxes. */
  kinds: string[];
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LABEL_WORDS = 12;

/** Builds the timeline's items from a built corpus; linear in quotes and events. */
export function buildTimeline(result: CorpusResult, filter: TimelineFilter = {}): TimelineData {
  const names = new Map(result.actors.map((a) => [a.id, a.name]));
  const kinds = new Set<string>();
  const wanted = (kind: string, actors: () => readonly (string | null)[]): boolean => {
    kinds.add(kind);
    if (filter.kinds?.length && !filter.kinds.includes(kind)) return false;
    return !filter.actor || actors().includes(filter.actor);
  };
  const dated: TimelineItem[] = [];
  const undated: TimelineItem[] = [];
  for (const e of result.events) {
    if (!wanted(e.kind, () => e.participants)) continue;
    const source = e.sources[0];
    const item: TimelineItem = { id: `e:${e.id}`, type: 'event', date: e.date ?? '', kind: e.kind, label: e.label, actors: e.participants, path: source?.path ?? '', start: source?.start ?? 0, end: source?.end ?? 0 };
    (e.date && DATE.test(e.date) ? dated : undated).push(item);
  }
  // quotes are many (100,000s at 10k articles): keep a light reference, label only those shown
  const datedQuotes: Array<{ date: string; d: (typeof result.documents)[number]; q: (typeof result.documents)[number]['quotes'][number] }> = [];
  const undatedQuotes: typeof datedQuotes = [];
  for (const d of result.documents) {
    // an archive that names files by the day they ran dates its articles that way when the text does not
    const date = d.published ?? dateInFileName(d.path) ?? '';
    const isDated = !!date && DATE.test(date);
    for (const q of d.quotes) {
      if (!wanted(q.kind, () => [q.speaker, ...(q.about ?? aboutOf(q.pieces ?? [q], d.mentions, q.speaker))])) continue;
      (isDated ? datedQuotes : undatedQuotes).push({ date, d, q });
    }
  }
  const quoteItem = ({ date, d, q }: (typeof datedQuotes)[number]): TimelineItem => {
    const about = q.about ?? aboutOf(q.pieces ?? [q], d.mentions, q.speaker);
    const text = q.pieces ? q.pieces.map((p) => p.text).join(' … ') : q.text;
    const words = text.slice(0, LABEL_WORDS * 20).split(/\s+/);
    const opening = words.slice(0, LABEL_WORDS).join(' ') + (words.length > LABEL_WORDS || text.length > LABEL_WORDS * 20 ? ' …' : '');
    const who = q.speaker ? (names.get(q.speaker) ?? q.speaker) : 'Unknown source';
    return { id: `q:${d.path}:${q.start}`, type: 'quote', date, kind: q.kind, label: `${who}: ${opening}`, actors: q.speaker ? [q.speaker, ...about] : about, path: d.path, start: q.start, end: q.end };
  };
  const limit = filter.limit ?? Infinity;
  const newestFirst = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  datedQuotes.sort(newestFirst);
  // the newest `limit` of events and quotes together
  dated.sort(newestFirst);
  const merged: TimelineItem[] = [];
  for (let e = 0, q = 0; merged.length < limit && (e < dated.length || q < datedQuotes.length); ) {
    if (q >= datedQuotes.length || (e < dated.length && dated[e].date >= datedQuotes[q].date)) merged.push(dated[e++]);
    else merged.push(quoteItem(datedQuotes[q++]));
  }
  const undatedItems = [...undated, ...undatedQuotes.slice(0, Math.max(0, limit - undated.length)).map(quoteItem)].slice(0, limit);
  const total = dated.length + datedQuotes.length;
  const allUndated = undated.length + undatedQuotes.length;
  return { items: merged, undated: undatedItems, omitted: total - merged.length + Math.max(0, allUndated - limit), kinds: [...kinds].sort() };
}

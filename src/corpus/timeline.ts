/**
 * What the timeline view shows: events at their resolved dates and quotes at their article's
 * date (its published date, else a YYYY-MM-DD in its file name). Undated items are counted and
 * listed apart, never placed at a guessed date. Read from the corpus's records (./viewSource.ts):
 * a quote costs a few comparisons until it is among the items shown, which alone get a label.
 */
import type { CorpusEvent } from '../extractor/types';
import { aboutIn, articleDate, isDate, speakerOf, type ViewSource } from './viewSource';
import { eventTitle } from './eventTitle';
import { shownText } from './shownText';

export interface TimelineItem {
  /** 'e:' + event id, or 'q:' + article path + ':' + quote start. */
  id: string;
  type: 'event' | 'quote';
  /** YYYY-MM-DD, YYYY-MM or YYYY; '' when undated. */
  date: string;
  /** Event kind, or the quote's kind (direct, indirect, mixed). */
  kind: string;
  /** A short label: the event's label, or "Speaker: opening words". */
  label: string;
  /** Participants, or the speaker and whom the quote is about. */
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
  /** At most this many dated items (the newest kept), and as many undated; the rest are counted in `omitted`. */
  limit?: number;
}

export interface TimelineData {
  items: TimelineItem[];
  undated: TimelineItem[];
  omitted: number;
  /** Every kind present before filtering, for the filter's checkboxes: event kinds and quote kinds apart, each sorted. */
  kinds: { events: string[]; quotes: string[] };
}

const LABEL_WORDS = 12;

/** The quotes of one article the filter keeps, by index into its record. */
interface ArticleQuotes {
  path: string;
  date: string;
  indexes: number[];
}

/** Compares two dates, the newer first. */
const newestFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/** Builds the timeline's items from the corpus; linear in articles, quotes and events (the actor filter reads only that actor's articles). */
export function buildTimeline(corpus: ViewSource, filter: TimelineFilter = {}): TimelineData {
  const eventKinds = new Set<string>();
  const quoteKinds = new Set<string>();
  const kindWanted = (kind: string, seen: Set<string>): boolean => {
    seen.add(kind);
    return !filter.kinds?.length || filter.kinds.includes(kind);
  };
  const events = { dated: [] as CorpusEvent[], undated: [] as CorpusEvent[] };
  for (const e of corpus.events()) {
    if (!kindWanted(e.kind, eventKinds) || (filter.actor && !e.participants.includes(filter.actor))) continue;
    (isDate(e.date) ? events.dated : events.undated).push(e);
  }
  events.dated.sort((a, b) => newestFirst(a.date!, b.date!));

  // every article gives the kind checkboxes their quote kinds; only the actor's articles can hold its items
  const wantedPaths = filter.actor ? new Set(corpus.articlesOf(filter.actor)) : null;
  const dated: ArticleQuotes[] = [];
  const undated: ArticleQuotes[] = [];
  let datedQuotes = 0;
  let undatedQuotes = 0;
  for (const path of corpus.paths()) {
    const record = corpus.record(path);
    if (!record?.quotes.length) continue;
    const idOf = wantedPaths?.has(path) ? corpus.idsIn(path) : undefined;
    const indexes: number[] = [];
    record.quotes.forEach((q, i) => {
      if (!kindWanted(q.kind, quoteKinds) || (wantedPaths && !idOf)) return;
      if (idOf && filter.actor) {
        const speaker = speakerOf(q, idOf);
        if (speaker !== filter.actor && !aboutIn(record, q, idOf, speaker).includes(filter.actor)) return;
      }
      indexes.push(i);
    });
    if (!indexes.length) continue;
    const date = articleDate(path, record);
    if (date) {
      dated.push({ path, date, indexes });
      datedQuotes += indexes.length;
    } else {
      undated.push({ path, date: '', indexes });
      undatedQuotes += indexes.length;
    }
  }
  // newest first; articles of one date in path order, so the same corpus always shows the same items
  dated.sort((a, b) => newestFirst(a.date, b.date) || (a.path < b.path ? -1 : 1));
  undated.sort((a, b) => (a.path < b.path ? -1 : 1));

  const limit = filter.limit ?? Infinity;
  const items: TimelineItem[] = [];
  // the newest `limit` of events and quotes together
  let e = 0;
  for (let a = 0, q = 0; items.length < limit && (e < events.dated.length || a < dated.length); ) {
    if (a >= dated.length || (e < events.dated.length && events.dated[e].date! >= dated[a].date)) items.push(eventItem(corpus, events.dated[e++]));
    else {
      items.push(quoteItem(corpus, dated[a].path, dated[a].indexes[q], dated[a].date));
      if (++q === dated[a].indexes.length) [a, q] = [a + 1, 0];
    }
  }
  const undatedItems = events.undated.slice(0, limit).map((e) => eventItem(corpus, e));
  for (const article of undated) {
    for (const i of article.indexes) {
      if (undatedItems.length >= limit) break;
      undatedItems.push(quoteItem(corpus, article.path, i, ''));
    }
  }
  const total = events.dated.length + datedQuotes + events.undated.length + undatedQuotes;
  return { items, undated: undatedItems, omitted: total - items.length - undatedItems.length, kinds: { events: [...eventKinds].sort(), quotes: [...quoteKinds].sort() } };
}

function eventItem(corpus: ViewSource, e: CorpusEvent): TimelineItem {
  const source = e.sources[0];
  return { id: `e:${e.id}`, type: 'event', date: e.date ?? '', kind: e.kind, label: eventTitle(e, (id) => corpus.actor(id)), actors: e.participants, path: source?.path ?? '', start: source?.start ?? 0, end: source?.end ?? 0 };
}

/** One quote as the timeline labels it: "Speaker: its first twelve words …". */
function quoteItem(corpus: ViewSource, path: string, index: number, date: string): TimelineItem {
  const record = corpus.record(path)!;
  const idOf = corpus.idsIn(path)!;
  const q = record.quotes[index];
  const speaker = speakerOf(q, idOf);
  const about = aboutIn(record, q, idOf, speaker);
  const p = q.pieces;
  const text = p && q.pieceTexts ? q.pieceTexts.map((t, i) => corpus.passage(path, p[2 * i], p[2 * i + 1], t)).join(' … ') : corpus.passage(path, q.spans[0], q.spans[1], q.text);
  const words = shownText(text.slice(0, LABEL_WORDS * 20)).split(/\s+/);
  const opening = words.slice(0, LABEL_WORDS).join(' ') + (words.length > LABEL_WORDS || text.length > LABEL_WORDS * 20 ? ' …' : '');
  const who = speaker ? (corpus.actor(speaker)?.name ?? speaker) : 'Unknown source';
  const [start, end] = q.spans;
  return { id: `q:${path}:${start}`, type: 'quote', date, kind: q.kind, label: `${who}: ${opening}`, actors: speaker ? [speaker, ...about] : about, path, start, end };
}

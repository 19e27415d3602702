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
  const wanted = (kind: string, actors: readonly (string | null)[]): boolean => {
    kinds.add(kind);
    if (filter.kinds?.length && !filter.kinds.includes(kind)) return false;
    return !filter.actor || actors.includes(filter.actor);
  };
  const dated: TimelineItem[] = [];
  const undated: TimelineItem[] = [];
  for (const e of result.events) {
    if (!wanted(e.kind, e.participants)) continue;
    const source = e.sources[0];
    const item: TimelineItem = { id: `e:${e.id}`, type: 'event', date: e.date ?? '', kind: e.kind, label: e.label, actors: e.participants, path: source?.path ?? '', start: source?.start ?? 0, end: source?.end ?? 0 };
    (e.date && DATE.test(e.date) ? dated : undated).push(item);
  }
  for (const d of result.documents) {
    // an archive that names files by the day they ran dates its articles that way when the text does not
    const date = d.published ?? dateInFileName(d.path) ?? '';
    for (const q of d.quotes) {
      const about = q.about ?? aboutOf(q.pieces ?? [q], d.mentions, q.speaker);
      if (!wanted(q.kind, [q.speaker, ...about])) continue;
      const words = (q.pieces ? q.pieces.map((p) => p.text).join(' … ') : q.text).split(/\s+/);
      const opening = words.slice(0, LABEL_WORDS).join(' ') + (words.length > LABEL_WORDS ? ' …' : '');
      const who = q.speaker ? (names.get(q.speaker) ?? q.speaker) : 'Unknown source';
      const item: TimelineItem = { id: `q:${d.path}:${q.start}`, type: 'quote', date, kind: q.kind, label: `${who}: ${opening}`, actors: q.speaker ? [q.speaker, ...about] : about, path: d.path, start: q.start, end: q.end };
      (item.date && DATE.test(item.date) ? dated : undated).push(item);
    }
  }
  dated.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const limit = filter.limit ?? Infinity;
  const items = dated.length > limit ? dated.slice(0, limit) : dated;
  return { items, undated: undated.slice(0, limit), omitted: dated.length - items.length + Math.max(0, undated.length - limit), kinds: [...kinds].sort() };
}

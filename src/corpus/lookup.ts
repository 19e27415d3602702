/**
 * Questions the editor asks of a built corpus, answered from indexes made once per build: which
 * actor is mentioned at this offset, what quote this offset is in, every mention and quote of an
 * actor, the events in date order.
 */
import { pushTo } from '../extractor/actors';
import type { Actor, CorpusEvent, CorpusResult, DocumentResult, Mention, Quote } from '../extractor/types';

export interface Located<T> {
  path: string;
  item: T;
}

export class CorpusLookup {
  readonly actors = new Map<string, Actor>();
  readonly documents = new Map<string, DocumentResult>();
  readonly events = new Map<string, CorpusEvent>();
  private readonly mentionsOf = new Map<string, Array<Located<Mention>>>();
  private readonly quotesOf = new Map<string, Array<Located<Quote>>>();

  constructor(readonly result: CorpusResult) {
    for (const a of result.actors) this.actors.set(a.id, a);
    for (const e of result.events) this.events.set(e.id, e);
    for (const d of result.documents) {
      this.documents.set(d.path, d);
      for (const m of d.mentions) pushTo(this.mentionsOf, m.actor, { path: d.path, item: m });
      for (const q of d.quotes) if (q.speaker) pushTo(this.quotesOf, q.speaker, { path: d.path, item: q });
    }
  }

  mentions(actorId: string): Array<Located<Mention>> {
    return this.mentionsOf.get(actorId) ?? [];
  }

  quotes(actorId: string): Array<Located<Quote>> {
    return this.quotesOf.get(actorId) ?? [];
  }

  /** Articles an actor appears in, as mention or speaker. */
  articles(actorId: string): string[] {
    return [...new Set([...this.mentions(actorId), ...this.quotes(actorId)].map((x) => x.path))];
  }

  /** The innermost mention covering `offset`; a person wins over the organisation inside "the NATO chief". */
  mentionAt(path: string, offset: number): Mention | undefined {
    const doc = this.documents.get(path);
    if (!doc) return undefined;
    let best: Mention | undefined;
    for (const m of doc.mentions) {
      if (m.start > offset) break;
      if (offset >= m.end) continue;
      if (!best || this.outranks(m, best)) best = m;
    }
    // the speaker's own span in a quote's attribution ("he", "the official") also names the speaker
    if (!best) {
      const q = doc.quotes.find((x) => x.speaker && x.speakerMention && offset >= x.speakerMention.start && offset < x.speakerMention.end);
      if (q?.speakerMention && q.speaker) best = { actor: q.speaker, start: q.speakerMention.start, end: q.speakerMention.end, text: q.speakerMention.text };
    }
    return best;
  }

  private outranks(candidate: Mention, current: Mention): boolean {
    const person = (m: Mention): boolean => this.actors.get(m.actor)?.kind === 'person';
    if (person(candidate) !== person(current)) return person(candidate);
    return candidate.end - candidate.start < current.end - current.start;
  }

  /** The first quote overlapping [start, end): the speaker of a search hit's sentence. */
  quoteIn(path: string, start: number, end: number): Quote | undefined {
    return this.documents.get(path)?.quotes.find((q) => q.start < end && q.end > start);
  }

  /** The quote whose text covers `offset`. */
  quoteAt(path: string, offset: number): Quote | undefined {
    return this.documents.get(path)?.quotes.find((q) => offset >= q.start && offset < q.end);
  }

  /** Events by date, the undated last. */
  eventsByDate(): CorpusEvent[] {
    return [...this.result.events].sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : a.label.localeCompare(b.label)));
  }

  /** Quotes to show first for an actor: those in the given paragraph range, then the longest. */
  rankedQuotes(actorId: string, near?: { path: string; start: number; end: number }): Array<Located<Quote>> {
    const inNear = (x: Located<Quote>): boolean => !!near && x.path === near.path && x.item.start >= near.start && x.item.end <= near.end;
    return [...this.quotes(actorId)].sort((a, b) => Number(inNear(b)) - Number(inNear(a)) || b.item.text.length - a.item.text.length);
  }
}

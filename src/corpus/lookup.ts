/**
 * Questions the editor asks of the corpus, answered by article and by actor from the live corpus
 * (nothing is rebuilt for a question): which actor is mentioned at this offset, what quote this
 * offset is in, every mention and quote of an actor, the events in date order. Cheap to make: it
 * holds no index of its own, so one lookup serves across changes.
 */
import type { Actor, CorpusEvent, CorpusResult, DocumentResult, Mention, Quote } from '../extractor/types';
import type { Corpus, Located } from './corpus';
import { articleDate, type ViewSource } from './viewSource';

export type { Located } from './corpus';

/** The part of a Map the views use. */
export interface ReadonlyLookup<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
}

export class CorpusLookup {
  readonly actors: ReadonlyLookup<Actor>;
  readonly documents: ReadonlyLookup<DocumentResult>;
  readonly events: ReadonlyLookup<CorpusEvent>;

  constructor(private readonly corpus: Corpus) {
    this.actors = { get: (id) => corpus.actor(id), has: (id) => !!corpus.actor(id) };
    this.documents = { get: (path) => corpus.document(path), has: (path) => corpus.has(path) };
    this.events = { get: (id) => corpus.event(id), has: (id) => !!corpus.event(id) };
  }

  /** The spec's JSON for the whole corpus, built on first use after a change (every article: the editor asks by article instead). */
  get result(): CorpusResult {
    return this.corpus.build().result;
  }

  /** The corpus's records and ids, for the views that walk many articles (timeline, network): nothing is built. */
  get records(): ViewSource {
    return this.corpus;
  }

  /** The actors whose mentions or quotes changed since the last call (`all`: too many to name, or the corrections changed). */
  takeTouched(): { all: boolean; ids: Set<string> } {
    return this.corpus.takeTouched();
  }

  /** Every actor, most mentioned first. */
  actorList(): Actor[] {
    return this.corpus.actors();
  }

  mentions(actorId: string): Array<Located<Mention>> {
    return this.corpus.mentionsOf(actorId);
  }

  quotes(actorId: string): Array<Located<Quote>> {
    return this.corpus.quotesOf(actorId);
  }

  /** Quotes about an actor, whoever spoke. */
  quotesAbout(actorId: string): Array<Located<Quote>> {
    return this.corpus.quotesAbout(actorId);
  }

  /** Articles an actor appears in, as mention or speaker. */
  articles(actorId: string): string[] {
    return this.corpus.articlesOf(actorId);
  }

  /** The one article an actor appears in, or undefined when none or several (see Corpus.soleArticle). */
  soleArticle(actorId: string): string | undefined {
    return this.corpus.soleArticle(actorId);
  }

  /** The innermost mention covering `offset`; a person wins over the organisation inside "the NATO chief". */
  mentionAt(path: string, offset: number): Mention | undefined {
    const doc = this.corpus.document(path);
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
    const person = (m: Mention): boolean => this.corpus.actor(m.actor)?.kind === 'person';
    if (person(candidate) !== person(current)) return person(candidate);
    return candidate.end - candidate.start < current.end - current.start;
  }

  /** The quote overlapping [start, end) that holds the most of offsets `at` (a search's matches; else the first overlapping): the quote of a search hit's sentence. */
  quoteIn(path: string, start: number, end: number, at?: readonly number[]): Quote | undefined {
    return this.corpus.quoteIn(path, start, end, at);
  }

  /** Where the quote overlapping [start, end) that holds the most of offsets `at` (else the first overlapping) starts, and its speaker (null: unknown), without making the quote (see Corpus.quoteSpeakerIn). */
  quoteSpeakerIn(path: string, start: number, end: number, at?: readonly number[]): { start: number; speaker: string | null } | undefined {
    return this.corpus.quoteSpeakerIn(path, start, end, at);
  }

  /** An article's title (null: none), without making its quotes and mentions. */
  title(path: string): string | null | undefined {
    return this.corpus.record(path)?.title;
  }

  /** An article's date, YYYY-MM-DD (or YYYY-MM, YYYY): its published date, else one in its file name; null when neither. */
  date(path: string): string | null {
    const record = this.corpus.record(path);
    return record ? articleDate(path, record) : null;
  }

  /** Items of articles, the newest article first and the undated last, each article's in text order: a copy. */
  newestFirst<T extends { start: number }>(list: ReadonlyArray<Located<T>>): Array<Located<T>> {
    const dates = new Map<string, string>();
    const dateOf = (path: string): string => {
      let date = dates.get(path);
      if (date === undefined) dates.set(path, (date = this.date(path) ?? ''));
      return date;
    };
    return [...list].sort((a, b) => dateOf(b.path).localeCompare(dateOf(a.path)) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.item.start - b.item.start);
  }

  /**
   * The quote whose text covers `offset`: within one of its pieces when it has them (the cue and
   * the speaker between a quote's two halves, "…,” said Jeff Weaver. “…", are no part of it).
   */
  quoteAt(path: string, offset: number): Quote | undefined {
    const within = (s: { start: number; end: number }): boolean => offset >= s.start && offset < s.end;
    return this.corpus.document(path)?.quotes.find((q) => within(q) && (!q.pieces?.length || q.pieces.some(within)));
  }

  /**
   * The roles of the speaker of article `path`'s quote starting at `start`, the corpus's order
   * (most used first), kept to those sharing a word with a role the article itself gives, where
   * any does; undefined when
   * no such quote has a speaker. One name may be two people the corpus joins (two articles' "Mette
   * Sørensen", a nurse and a consultant): a citation names the role the quote's own article gives.
   */
  speakerRolesIn(path: string, start: number): readonly string[] | undefined {
    const record = this.corpus.record(path);
    const quote = record?.quotes.find((q) => q.spans[0] === start);
    const doc = this.corpus.document(path);
    const id = doc?.quotes.find((q) => q.start === start)?.speaker;
    const actor = id ? this.actors.get(id) : undefined;
    if (!quote || quote.speaker < 0 || !actor) return undefined;
    // (a corpus role naming the same office in other words is the article's too: "NATO
    // Secretary-General" for "Secretary General of the North Atlantic Treaty Organisation")
    const ownWords = new Set(record!.actors[quote.speaker].roles.flatMap(roleWords));
    const kept = actor.roles.filter((r) => roleWords(r).some((w) => ownWords.has(w)));
    return kept.length ? kept : actor.roles;
  }

  /** Events by date, each date's by label, the undated last by label. */
  eventsByDate(): CorpusEvent[] {
    return this.corpus.eventsByDate();
  }

  /** Quotes to show first for an actor: those in the given paragraph range, then the longest (by offsets: a text is its span, read only when shown). */
  rankedQuotes(actorId: string, near?: { path: string; start: number; end: number }): Array<Located<Quote>> {
    const inNear = (x: Located<Quote>): boolean => !!near && x.path === near.path && x.item.start >= near.start && x.item.end <= near.end;
    return [...this.quotes(actorId)].sort((a, b) => Number(inNear(b)) - Number(inNear(a)) || b.item.end - b.item.start - (a.item.end - a.item.start));
  }
}

/** A role's words of four letters or more, lower-cased ("Home-care nurse" → care, home, nurse): what two spellings of one office share. */
function roleWords(role: string): string[] {
  return role.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
}

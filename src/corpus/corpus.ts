/**
 * All articles together: holds each file's record (./record.ts) and keeps the corpus view current
 * by each article's share: adding, changing or removing one article files or withdraws its actors
 * in the registry (./registry.ts) and leaves every other article as it was. What the views ask
 * (an article's quotes and mentions with corpus-wide ids, an actor's mentions, the events) is
 * answered on demand from the records, and cached until the next change.
 */
import type { AnalyzeOptions } from '../extractor/analyze';
import type { LocalEvent } from '../extractor/events';
import type { Actor, CorpusEvent, CorpusResult, DocumentResult, Mention, Quote } from '../extractor/types';
import { Registry, type Contribution } from './registry';
import { mergeEvents } from './events';
import { IdPool } from './ids';
import { aboutOf } from './about';
import { analyzeToRecord, MENTION_STRIDE, type ArticleRecord, type RecordActor } from './record';

export const TOOL = { name: 'corpus-navigator', version: '0.1.0' };

/** How many quotes a built corpus holds: the status bar, the log and the command line report it. */
export const countQuotes = (result: CorpusResult): number => result.documents.reduce((n, d) => n + d.quotes.length, 0);

/** An item of one article. */
export interface Located<T> {
  path: string;
  item: T;
}

export interface CorpusView {
  /** The spec's JSON for the whole corpus. */
  result: CorpusResult;
}

interface Article {
  record: ArticleRecord;
  /** The registry's entry for each of the record's actors, by index. */
  contributions: Contribution[];
}

const collator = new Intl.Collator();
/** Path order as a from-scratch build sorts articles (localeCompare), code units breaking ties. */
const comparePaths = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Ranks of paths in path order, renumbered only when paths come or go (not when an article changes). */
class PathOrder {
  private order: string[] = [];
  private readonly ranks = new Map<string, number>();
  private readonly added = new Set<string>();
  private readonly removed = new Set<string>();

  add(path: string): void {
    if (!this.removed.delete(path)) this.added.add(path);
  }

  remove(path: string): void {
    if (!this.added.delete(path)) this.removed.add(path);
  }

  rank(path: string): number {
    this.update();
    return this.ranks.get(path) ?? -1;
  }

  sorted(): string[] {
    this.update();
    return this.order;
  }

  private update(): void {
    if (!this.added.size && !this.removed.size) return;
    let order = this.removed.size ? this.order.filter((p) => !this.removed.has(p)) : [...this.order];
    if (this.added.size > 64) {
      order = [...order, ...this.added].sort(comparePaths);
    } else {
      for (const p of this.added) {
        let lo = 0;
        let hi = order.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (comparePaths(order[mid], p) < 0) lo = mid + 1;
          else hi = mid;
        }
        order.splice(lo, 0, p);
      }
    }
    this.added.clear();
    this.removed.clear();
    this.order = order;
    this.ranks.clear();
    order.forEach((p, i) => this.ranks.set(p, i));
  }
}

export class Corpus {
  private readonly articles = new Map<string, Article>();
  private readonly order = new PathOrder();
  private readonly registry = new Registry((path) => this.order.rank(path));
  private quoteTotal = 0;
  /** Answers cached since the last change. */
  private cache: { view?: CorpusView; events?: CorpusEvent[]; eventsById?: Map<string, CorpusEvent>; mentions: Map<string, Array<Located<Mention>>>; quotes: Map<string, Array<Located<Quote>>>; about: Map<string, Array<Located<Quote>>> } = {
    mentions: new Map(),
    quotes: new Map(),
    about: new Map(),
  };

  constructor(private readonly options: AnalyzeOptions = {}) {}

  /** Adds or replaces one article's record (made here or in a worker by analyzeToRecord): only its share of the corpus changes. */
  upsert(path: string, record: ArticleRecord): void {
    const old = this.articles.get(path);
    if (old) {
      this.registry.remove(old.contributions);
      this.quoteTotal -= old.record.quotes.length;
    } else {
      this.order.add(path);
    }
    // a record moved to another path gets actors of its own: the registry tells articles' actors apart by identity
    const rec = record.path === path ? record : { ...record, path, actors: record.actors.map((a) => ({ ...a })) };
    this.articles.set(path, { record: rec, contributions: this.registry.add(path, rec.actors) });
    this.quoteTotal += rec.quotes.length;
    this.changed();
  }

  /** Drops one article; false when it was not there. */
  remove(path: string): boolean {
    const old = this.articles.get(path);
    if (!old) return false;
    this.registry.remove(old.contributions);
    this.quoteTotal -= old.record.quotes.length;
    this.articles.delete(path);
    this.order.remove(path);
    this.changed();
    return true;
  }

  /** Analyses (or re-analyses) one article: upsert of its record. Throws what the extractor throws. */
  set(path: string, text: string): ArticleRecord {
    const record = analyzeToRecord(text, this.options, path);
    this.upsert(path, record);
    return record;
  }

  /** Same as remove. */
  delete(path: string): boolean {
    return this.remove(path);
  }

  /** Moves an article's record to a new path (its analysis is kept; a date in the new file name is not read). */
  rename(from: string, to: string): void {
    const article = this.articles.get(from);
    if (!article || from === to) return;
    this.remove(from);
    this.upsert(to, article.record);
  }

  private changed(): void {
    this.cache = { mentions: new Map(), quotes: new Map(), about: new Map() };
  }

  has(path: string): boolean {
    return this.articles.has(path);
  }

  get size(): number {
    return this.articles.size;
  }

  /** Paths in no particular order. */
  paths(): string[] {
    return [...this.articles.keys()];
  }

  record(path: string): ArticleRecord | undefined {
    return this.articles.get(path)?.record;
  }

  /** Counts for the status bar and the log, without building anything. */
  stats(): { articles: number; actors: number; quotes: number } {
    return { articles: this.articles.size, actors: this.registry.actors().length, quotes: this.quoteTotal };
  }

  /** Every actor across the corpus, most mentioned first (then by name). */
  actors(): Actor[] {
    return this.registry.actors().map((g) => this.registry.final(g));
  }

  actor(id: string): Actor | undefined {
    return this.registry.actor(id);
  }

  /** One article's quotes and mentions with corpus-wide actor ids, as the spec's JSON gives them. */
  document(path: string): DocumentResult | undefined {
    const article = this.articles.get(path);
    if (!article) return undefined;
    const d = article.record;
    const idOf = (i: number): string | null => this.registry.idOf(article.contributions[i]);
    const mentions: Mention[] = [];
    for (let i = 0; i < d.mentions.length; i += MENTION_STRIDE) {
      const actor = idOf(d.mentions[i]);
      if (actor) mentions.push({ actor, start: d.mentions[i + 1], end: d.mentions[i + 2], text: d.surfaces[d.mentions[i + 3]] });
    }
    const quotes = d.quotes.map((q): Quote => {
      const [start, end, smStart, smEnd, cueStart, cueEnd] = q.spans;
      return {
        start,
        end,
        text: q.text,
        kind: q.kind,
        speaker: idOf(q.speaker),
        speakerMention: q.speakerText !== null ? { start: smStart, end: smEnd, text: q.speakerText } : null,
        cue: q.cueText !== null ? { start: cueStart, end: cueEnd, text: q.cueText } : null,
        ...(q.continuation ? { continuation: true } : {}),
        ...(q.pieces ? { pieces: (q.pieceTexts ?? []).map((text, i) => ({ start: q.pieces![2 * i], end: q.pieces![2 * i + 1], text })) } : {}),
      };
    });
    for (const q of quotes) q.about = aboutOf(q.pieces ?? [q], mentions, q.speaker);
    return { path: d.path, title: d.title, published: d.published, quotes, mentions };
  }

  /** Every mention of an actor, in path order then text order. */
  mentionsOf(id: string): Array<Located<Mention>> {
    let out = this.cache.mentions.get(id);
    if (!out) {
      out = [];
      for (const [path, indexes] of this.byArticle(id)) {
        const d = this.articles.get(path)!.record;
        for (let i = 0; i < d.mentions.length; i += MENTION_STRIDE) {
          if (indexes.has(d.mentions[i])) out.push({ path, item: { actor: id, start: d.mentions[i + 1], end: d.mentions[i + 2], text: d.surfaces[d.mentions[i + 3]] } });
        }
      }
      this.cache.mentions.set(id, out);
    }
    return out;
  }

  /** Every quote an actor is the speaker of, in path order then text order. */
  quotesOf(id: string): Array<Located<Quote>> {
    let out = this.cache.quotes.get(id);
    if (!out) {
      out = [];
      for (const [path, indexes] of this.byArticle(id)) {
        const d = this.articles.get(path)!.record;
        if (!d.quotes.some((q) => indexes.has(q.speaker))) continue;
        const doc = this.document(path)!;
        d.quotes.forEach((q, i) => {
          if (indexes.has(q.speaker)) out!.push({ path, item: doc.quotes[i] });
        });
      }
      this.cache.quotes.set(id, out);
    }
    return out;
  }

  /** Every quote about an actor (the actor is mentioned inside its content), whoever spoke, in path order then text order. */
  quotesAbout(id: string): Array<Located<Quote>> {
    let out = this.cache.about.get(id);
    if (!out) {
      out = [];
      for (const [path] of this.byArticle(id)) {
        for (const q of this.document(path)!.quotes) if (q.about?.includes(id)) out.push({ path, item: q });
      }
      this.cache.about.set(id, out);
    }
    return out;
  }

  /** An actor's articles in path order, each with the indexes of its record's actors that are this actor. */
  private byArticle(id: string): Array<[string, Set<number>]> {
    const g = this.registry.group(id);
    if (!g) return [];
    const by = new Map<string, Set<number>>();
    for (const c of this.registry.contributions(g)) {
      let set = by.get(c.path);
      if (!set) by.set(c.path, (set = new Set()));
      set.add(c.index);
    }
    return [...by].sort((a, b) => this.order.rank(a[0]) - this.order.rank(b[0]));
  }

  /** Events merged across articles, by date (the undated last). */
  events(): CorpusEvent[] {
    if (this.cache.events) return this.cache.events;
    const docs = this.order.sorted().map((path) => {
      const { record: d, contributions } = this.articles.get(path)!;
      const events = d.events.map(
        (e): LocalEvent => ({
          kind: e.kind,
          label: e.label,
          date: e.date,
          dateText: e.dateText,
          place: d.actors[e.place] ?? null,
          placeName: e.placeName,
          participants: e.participants.map((i) => d.actors[i]),
          start: e.spans[0],
          end: e.spans[1],
          more: pairs(e.spans.slice(2)),
        }),
      );
      const byActor = new Map<RecordActor, Contribution>(contributions.map((c) => [c.actor, c]));
      return { path, events, byActor };
    });
    const owner = new Map<RecordActor, Contribution>();
    for (const d of docs) for (const [a, c] of d.byActor) owner.set(a, c);
    const events = mergeEvents(docs, (a) => this.registry.idOf(owner.get(a as RecordActor)));
    // an id from the event's first passage: unique, the same while that passage is, and no date-like suffix
    const ids = new IdPool();
    for (const e of events) e.id = ids.take(`${e.label} ${e.date ?? 'undated'}`, `${e.kind}\u0000${e.sources[0].path}\u0000${e.sources[0].start}`, 'event');
    this.cache.events = events;
    this.cache.eventsById = new Map(events.map((e) => [e.id, e]));
    return events;
  }

  event(id: string): CorpusEvent | undefined {
    this.events();
    return this.cache.eventsById!.get(id);
  }

  /** The spec's JSON for the whole corpus (every article): for the command line and tests; the editor asks by article. */
  build(): CorpusView {
    if (this.cache.view) return this.cache.view;
    const documents = this.order.sorted().map((p) => this.document(p)!);
    this.cache.view = { result: { tool: TOOL, documents, actors: this.actors(), events: this.events() } };
    return this.cache.view;
  }
}

function pairs(flat: number[]): Array<{ start: number; end: number }> {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}

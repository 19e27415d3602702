/**
 * All articles together: holds each file's record (./record.ts) and keeps the corpus view current
 * by each article's share: adding, changing or removing one article files or withdraws its actors
 * in the registry (./registry.ts) and leaves every other article as it was. What the views ask
 * (an article's quotes and mentions with corpus-wide ids, an actor's mentions, the events) is
 * answered on demand from the records, and cached until the next change; the events are kept by
 * ./corpusEvents.ts.
 */
import type { Actor, CorpusEvent, CorpusResult, DocumentResult, Mention, Quote } from '../extractor/types';
import { Registry, type RestoredGroups } from './registry';
import { CorpusEvents, type EventArticle, type SettledEvents } from './corpusEvents';
import type { Contribution, Group } from './group';
import { Curator, isEmptyCuration, type Curation } from './curation';
import { normaliseName } from '../extractor/actors';
import { PathOrder } from './pathOrder';
import { compactRecord, forgetSharedStrings, MENTION_STRIDE, quoteTextsLeftOut, type ArticleRecord } from './record';
import { mentionsOf, quoteReadFromArticle, storedQuote } from './documentQuotes';
import type { Wants } from './snapshot';

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

/** An article's record, the registry's entry for each of its actors, and its events as merged (./corpusEvents). */
/** `quotes`: the number counted into quoteTotal when filed (a cached record's tail, read later, may read as empty when damaged). */
type Article = EventArticle & { quotes: number };

export class Corpus {
  private readonly articles = new Map<string, Article>();
  private readonly order = new PathOrder();
  private readonly registry = new Registry(this.order);
  private quoteTotal = 0;
  private changes = 0;
  /** The whole corpus's JSON, until the next change. */
  private view: CorpusView | null = null;
  /** Answers by actor, dropped for the actors a change touches. */
  private readonly mentionCache = new Map<string, Array<Located<Mention>>>();
  private readonly quoteCache = new Map<string, Array<Located<Quote>>>();
  private readonly articleCache = new Map<string, string[]>();
  private readonly aboutCache = new Map<string, Array<Located<Quote>>>();
  /** Whether actors() was made since the last change (actorsStep makes it in a turn of its own), and whether actorsStep yielded a turn for it. */
  private actorsListed = false;
  private listTurn = false;
  /** Actors touched by changes since a view last asked (see takeTouched). */
  private touched = { all: false, ids: new Set<string>() };

  private readonly eventIndex = new CorpusEvents({
    article: (path) => this.articles.get(path),
    rank: (path) => this.order.rank(path),
    actorsStep: (deadline) => this.actorsStep(deadline),
    participantIds: () => {
      const cur = this.curated();
      return (c, actor) => {
        const raw = this.registry.idOf(c);
        return cur ? cur.id(raw, actor.name) : raw;
      };
    },
  });

  /** The user's corrections (./curation), re-applied lazily after each change; null: none. */
  private curator: Curator | null = null;
  private curatorStale = false;

  /**
   * `textOf`, when given, reads an article's text as saved (undefined: it cannot be read): the
   * quote texts of a record made without them (the editor's records of files: see
   * withoutQuoteTexts in ./record.ts) come from it when asked. Other records carry their texts.
   */
  constructor(private readonly textOf?: (path: string) => string | undefined) {}

  /** A quote's text (or a piece's) from `start` to `end` in the article of `path`: read from the article with a reader, else `stored`, the record's. */
  passage(path: string, start: number, end: number, stored: string): string {
    // a record with its texts answers from them (see quoteTextsLeftOut)
    return this.textOf && stored === '' ? (this.textOf(path) ?? '').slice(start, end) : stored;
  }

  /** The user's corrections; null or empty: none. Every answer after this applies them. */
  setCuration(curation: Curation | null): void {
    this.curator = curation && !isEmptyCuration(curation) ? new Curator(curation) : null;
    this.curatorStale = true;
    this.actorsListed = false;
    this.changes++;
    this.dropAllAnswers();
  }

  private dropAllAnswers(): void {
    this.registry.takeChanges();
    this.mentionCache.clear();
    this.quoteCache.clear();
    this.articleCache.clear();
    this.aboutCache.clear();
    for (const article of this.articles.values()) this.eventIndex.stale(article.record);
    this.view = null;
    this.touched.all = true;
  }

  /** The actors whose mentions or quotes changed since the last call, for views that refresh by actor; `all` when every one may have. */
  takeTouched(): { all: boolean; ids: Set<string> } {
    this.curated();
    const out = this.touched;
    this.touched = { all: false, ids: new Set() };
    return out;
  }

  /** The curator, applied to the registry's current actors; null when there are no corrections. */
  private curated(): Curator | null {
    this.sync();
    if (this.curator && this.curatorStale) {
      this.curatorStale = false;
      this.curator.apply(this.registry.actors(), (id, alias) => {
        const key = normaliseName(alias);
        let mentions = 0;
        let quotes = 0;
        for (const [path, indexes] of this.byArticle([id])) {
          const d = this.articles.get(path)!.record;
          for (let i = 0; i < d.mentions.length; i += MENTION_STRIDE) if (indexes.has(d.mentions[i]) && normaliseName(d.surfaces[d.mentions[i + 3]]) === key) mentions++;
          for (const q of d.quotes) if (indexes.has(q.speaker) && q.speakerText !== null && normaliseName(q.speakerText) === key) quotes++;
        }
        return { mentions, quotes };
      });
    }
    return this.curator;
  }

  /**
   * Adds or replaces one article's record (made here or in a worker by analyzeToRecord): only its
   * share of the corpus changes. `quotes`: its number of quotes when known without reading them (a
   * cached record's quotes are read from disk when first asked for).
   */
  upsert(path: string, record: ArticleRecord, quotes = record.quotes.length): void {
    this.file(path, record, true, quotes);
  }

  /** Files a record; `share` replaces its strings by shared copies (worth it for records from elsewhere, not for one just made here). */
  protected file(path: string, record: ArticleRecord, share: boolean, quotes = record.quotes.length): void {
    const old = this.articles.get(path);
    if (old) {
      this.quoteTotal -= old.quotes;
      this.eventIndex.file(path, old.record, false);
    } else {
      this.order.add(path);
    }
    // a record moved to another path gets actors of its own: the registry tells articles' actors apart by identity
    const rec = record.path === path ? record : { ...record, path, actors: record.actors.map((a) => ({ ...a })) };
    if (share) compactRecord(rec);
    // filed again (a save): the actors it still has unchanged keep their place in the registry
    const contributions = old ? this.registry.replace(old.contributions, path, rec.actors) : this.registry.add(path, rec.actors);
    this.articles.set(path, { record: rec, contributions, quotes });
    this.quoteTotal += quotes;
    this.eventIndex.file(path, rec, true);
    this.view = null;
    this.curatorStale = true;
    this.actorsListed = false;
    this.changes++;
  }

  /** Drops one article; false when it was not there. */
  remove(path: string): boolean {
    const old = this.articles.get(path);
    if (!old) return false;
    this.registry.remove(old.contributions);
    this.quoteTotal -= old.quotes;
    this.eventIndex.file(path, old.record, false);
    this.articles.delete(path);
    this.order.remove(path);
    this.view = null;
    this.curatorStale = true;
    this.actorsListed = false;
    this.changes++;
    return true;
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

  /** Drops cached answers that the registry's latest changes touch. */
  private sync(): void {
    // corrected ids are not the registry's: with corrections, a change drops every answer
    if (this.curator && this.curatorStale) {
      this.dropAllAnswers();
      return;
    }
    const { ids, paths } = this.registry.takeChanges();
    for (const id of ids) {
      this.touched.ids.add(id);
      this.mentionCache.delete(id);
      this.quoteCache.delete(id);
      this.articleCache.delete(id);
      this.aboutCache.delete(id);
    }
    for (const p of paths) {
      const article = this.articles.get(p);
      if (article) this.eventIndex.stale(article.record);
    }
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

  /** Paths in path order, build()'s order of documents (a copy). */
  sortedPaths(): string[] {
    return [...this.order.sorted()];
  }

  record(path: string): ArticleRecord | undefined {
    return this.articles.get(path)?.record;
  }

  /** Counts for the status bar and the log, without building anything. */
  stats(): { articles: number; actors: number; quotes: number } {
    return { articles: this.articles.size, actors: (this.curated()?.actors() ?? this.registry.actors()).length, quotes: this.quoteTotal };
  }

  /** Every actor across the corpus, most mentioned first (then by name); the same array until a change. */
  actors(): Actor[] {
    return this.curated()?.actors() ?? this.registry.actors();
  }

  actor(id: string): Actor | undefined {
    const cur = this.curated();
    return cur ? cur.actor(id) : this.registry.actor(id);
  }

  /** One article's quotes and mentions with corpus-wide actor ids, as the spec's JSON gives them. */
  document(path: string): DocumentResult | undefined {
    const article = this.articles.get(path);
    if (!article) return undefined;
    const d = article.record;
    const idOf = this.idsOf(article);
    const mentions = mentionsOf(d, idOf);
    const read = this.textOf;
    if (read && quoteTextsLeftOut(d)) return { path: d.path, title: d.title, published: d.published, quotes: d.quotes.map((q) => quoteReadFromArticle(read, path, q, idOf, mentions)), mentions };
    return { path: d.path, title: d.title, published: d.published, quotes: d.quotes.map((q) => storedQuote(q, idOf, mentions)), mentions };
  }

  /**
   * The quote of an article overlapping [start, end) (UTF-16 offsets) that holds the most of offsets `at` (else the first), as document() gives it,
   * without making the article's other quotes: a search lists 60 hits per keystroke.
   */
  quoteIn(path: string, start: number, end: number, at?: readonly number[]): Quote | undefined {
    const article = this.articles.get(path);
    const d = article?.record;
    const overlapping = d?.quotes.filter((x) => x.spans[0] < end && x.spans[1] > start) ?? [];
    const q = mostHolding(overlapping, at) ?? overlapping[0];
    if (!article || !d || !q) return undefined;
    const idOf = this.idsOf(article);
    const mentions = mentionsOf(d, idOf);
    const read = this.textOf;
    return read && quoteTextsLeftOut(d) ? quoteReadFromArticle(read, path, q, idOf, mentions) : storedQuote(q, idOf, mentions);
  }

  /**
   * Where the quote of an article overlapping [start, end) that holds the most of offsets `at` (else the first) starts, and its speaker's id (null:
   * unknown), as quoteIn gives them, without making the quote: a search row needs only these, and
   * making the quote makes every mention of its article (60 rows per keystroke).
   */
  quoteSpeakerIn(path: string, start: number, end: number, at?: readonly number[]): { start: number; speaker: string | null } | undefined {
    const article = this.articles.get(path);
    const quotes = article?.record.quotes;
    // a sentence may hold two speakers' quotes ("Coulter tweeted that …, and Trump later called Haley
    // “very weak on immigration.”"): the one holding the most of offsets `at` (a search's matches) is the row's
    const overlapping = quotes?.filter((x) => x.spans[0] < end && x.spans[1] > start) ?? [];
    const q = mostHolding(overlapping, at) ?? overlapping[0];
    return article && q && { start: q.spans[0], speaker: this.idsOf(article)(q.speaker, q.speakerText ?? undefined) };
  }

  /**
   * The corpus id (or null) of an article's record actor `index`, seen as `surface` (corrections may split by name), until the
   * next change: for views that walk many records without building their JSON. Undefined for an unknown path.
   */
  idsIn(path: string): ((index: number, surface?: string) => string | null) | undefined {
    const article = this.articles.get(path);
    return article && this.idsOf(article);
  }

  /** idsIn for an article in hand. */
  private idsOf(article: Article): (index: number, surface?: string) => string | null {
    const cur = this.curated();
    if (cur) return (i, surface) => cur.id(this.registry.idOf(article.contributions[i]), surface);
    const ids: Array<string | null | undefined> = []; // without corrections an id depends on the index alone
    return (i) => (ids[i] ??= this.registry.idOf(article.contributions[i]));
  }

  /** Every mention of an actor, in path order then text order. */
  mentionsOf(id: string): Array<Located<Mention>> {
    const cur = this.curated();
    let out = this.mentionCache.get(id);
    if (!out) {
      out = [];
      for (const [path, indexes] of this.byArticle(this.rawIdsOf(id))) {
        const { record: d, contributions } = this.articles.get(path)!;
        for (let i = 0; i < d.mentions.length; i += MENTION_STRIDE) {
          if (!indexes.has(d.mentions[i])) continue;
          const text = d.surfaces[d.mentions[i + 3]];
          if (cur && cur.id(this.registry.idOf(contributions[d.mentions[i]]), text) !== id) continue;
          out.push({ path, item: { actor: id, start: d.mentions[i + 1], end: d.mentions[i + 2], text } });
        }
      }
      this.mentionCache.set(id, out);
    }
    return out;
  }

  /** Every quote an actor is the speaker of, in path order then text order. */
  quotesOf(id: string): Array<Located<Quote>> {
    this.curated();
    let out = this.quoteCache.get(id);
    if (!out) {
      out = [];
      for (const [path, indexes] of this.byArticle(this.rawIdsOf(id))) {
        const d = this.articles.get(path)!.record;
        if (!d.quotes.some((q) => indexes.has(q.speaker))) continue;
        const doc = this.document(path)!;
        d.quotes.forEach((q, i) => {
          if (indexes.has(q.speaker) && doc.quotes[i].speaker === id) out!.push({ path, item: doc.quotes[i] });
        });
      }
      this.quoteCache.set(id, out);
    }
    return out;
  }

  /** Every quote about an actor (mentioned inside its content), whoever spoke, in path order then text order. */
  quotesAbout(id: string): Array<Located<Quote>> {
    this.curated();
    let out = this.aboutCache.get(id);
    if (!out) {
      out = [];
      for (const [path] of this.byArticle(this.rawIdsOf(id))) {
        for (const q of this.document(path)!.quotes) if (q.about?.includes(id)) out.push({ path, item: q });
      }
      this.aboutCache.set(id, out);
    }
    return out;
  }

  /** The registry's actors whose contributions may belong to an actor: itself, or those the user's corrections fold into it. */
  private rawIdsOf(id: string): string[] {
    return this.curator ? this.curator.rawIdsOf(id) : [id];
  }

  /** Articles an actor is mentioned in or speaks in, in path order (from its counts: no mention is read). */
  articlesOf(id: string): string[] {
    const cur = this.curated();
    let out = this.articleCache.get(id);
    if (!out) {
      const paths = new Set<string>();
      if (cur) {
        // a split-off alias owns only some of its source's mentions: read them
        for (const m of this.mentionsOf(id)) paths.add(m.path);
        for (const q of this.quotesOf(id)) paths.add(q.path);
      } else {
        const g = this.registry.group(id);
        if (g) for (const c of this.registry.contributions(g)) if (c.actor.mentions + c.actor.quotes > 0) paths.add(c.path);
      }
      out = [...paths].sort((a, b) => this.order.rank(a) - this.order.rank(b));
      this.articleCache.set(id, out);
    }
    return out;
  }

  /**
   * The one article an actor is mentioned in or speaks in, or undefined when there are none or
   * several: as articlesOf(id) lists when it lists one, without listing every article (a tree row
   * asks for each actor of a page; an actor of thousands of articles made its list and sorted it).
   */
  soleArticle(id: string): string | undefined {
    const cur = this.curated();
    const listed = cur ? this.articlesOf(id) : this.articleCache.get(id);
    if (listed) return listed.length === 1 ? listed[0] : undefined;
    const g = this.registry.group(id);
    return g && this.registry.soleArticle(g, (c) => c.actor.mentions + c.actor.quotes > 0);
  }

  /** Registry actors' articles in path order, each with the indexes of its record's actors that are one of them. */
  private byArticle(rawIds: readonly string[]): Array<[string, Set<number>]> {
    const by = new Map<string, Set<number>>();
    for (const id of rawIds) {
      const g = this.registry.group(id);
      if (!g) continue;
      for (const c of this.registry.contributions(g)) {
        let set = by.get(c.path);
        if (!set) by.set(c.path, (set = new Set()));
        set.add(c.index);
      }
    }
    return [...by].sort((a, b) => this.order.rank(a[0]) - this.order.rank(b[0]));
  }

  /**
   * Brings the actors (the registry's merges and order, and the answers cached by actor) up to
   * date until `deadline` (performance.now() ms) passes; true once they are. The extension host
   * calls this and eventsStep in slices, so that no question after a change does the work at once.
   */
  actorsStep(deadline: number): boolean {
    // the path order first, in slices: the registry's ranks would otherwise sort it at once
    if (!this.order.step(deadline) || !this.registry.refresh(deadline)) return false;
    if (!this.actorsListed && deadline !== Infinity) {
      // the list of every actor (20,000 at 10k articles: 6-15 ms of CPU), which the views walk
      // next, made at the start of a turn of its own rather than after a refresh's last slice
      if (!this.listTurn) return (this.listTurn = true), false;
      this.listTurn = false;
      this.actors();
      this.actorsListed = true;
    }
    this.curated();
    return true;
  }

  /** The events brought up to date until `deadline` (see ./corpusEvents); true once they are. */
  eventsStep(deadline: number): boolean {
    return this.eventIndex.step(deadline);
  }

  /** Events merged across articles, by date (the undated last, in the order first met). */
  events(): CorpusEvent[] {
    return this.eventIndex.events();
  }

  /** Events by date, each date's by label, the undated last by label: the Events tree's order. */
  eventsByDate(): CorpusEvent[] {
    return this.eventIndex.eventsByDate();
  }

  event(id: string): CorpusEvent | undefined {
    return this.eventIndex.event(id);
  }

  /** Counts changes (articles filed or removed, corrections): a snapshot being saved is dropped when it moved. */
  get revision(): number {
    return this.changes;
  }

  /**
   * Snapshot hook (./snapshot.ts): the settled state, settled first (at once: callers wait for the
   * host's slices to settle it). Valid until `revision` changes.
   */
  settled(): { articles: Array<{ path: string; record: ArticleRecord; contributions: Contribution[] }>; groups: Group[]; sorted: Group[]; events: SettledEvents } {
    const { groups, sorted } = this.registry.settledGroups();
    const events = this.eventIndex.settled();
    const articles = [...this.articles].map(([path, a]) => ({ path, record: a.record, contributions: a.contributions }));
    return { articles, groups, sorted, events };
  }

  /**
   * Snapshot hook: files one article of a saved settled state, its actors straight into the groups
   * given (by actor index, read during the call only; a record from the cache, its strings already shared), their lookups as
   * saved (`wants`, see ./snapshot.ts), `quotes` its number
   * of quotes (a cache may not have read them yet). Only into a
   * corpus that holds nothing but such articles; restoreFinish() then adopts the groups and events.
   */
  restoreArticle(path: string, record: ArticleRecord, groupOf: Group[], wants: Wants, quotes = record.quotes.length): void {
    this.order.add(path);
    this.articles.set(path, { record, contributions: this.registry.restoreArticle(path, record.actors, groupOf, wants), quotes });
    this.quoteTotal += quotes;
    this.eventIndex.file(path, record, true);
    this.changes++;
  }

  /**
   * Snapshot hook: the restored articles' groups (in the registry's order and the list's) and
   * events, in steps (each until `deadline`, performance.now() ms); true once the corpus is settled.
   */
  restoreFinish(groups: RestoredGroups, sorted: Group[], events: SettledEvents): (deadline: number) => boolean {
    const registry = this.registry.restoreGroups(groups, sorted);
    let eventSteps: ((deadline: number) => boolean) | null = null;
    return (deadline) => {
      if (!registry(deadline)) return false;
      if (!(eventSteps ??= this.eventIndex.restore(events))(deadline)) return false;
      this.view = null;
      this.curatorStale = true;
      this.actorsListed = false;
      this.touched.all = true;
      this.changes++;
      return true;
    };
  }

  /**
   * Snapshot hook: after a restore, what the next change or the Events tree would otherwise make at
   * once (the events' label order too), until `deadline`; true once done. The restored corpus's
   * strings are shared by then: the table that shared them goes (see forgetSharedStrings).
   */
  prepareStep(deadline: number): boolean {
    if (!(this.order.step(deadline) && this.registry.prepareStep(deadline) && this.eventIndex.step(deadline))) return false;
    forgetSharedStrings();
    return true;
  }

  /** The spec's JSON for the whole corpus (every article): for the command line and tests; the editor asks by article. */
  build(): CorpusView {
    if (this.view) return this.view;
    const documents = this.order.sorted().map((p) => this.document(p)!);
    this.view = { result: { tool: TOOL, documents, actors: this.actors(), events: this.events() } };
    return this.view;
  }
}

/**
 * Of `quotes`, the one whose text (spans[0] to spans[1]; the rest are its speaker's and cue's) holds
 * the most of offsets `at`, the first of those tied; undefined when none holds one ("Christie refers to
 * the candidate as “Mr. Trump,” while Trump refers to the governor as “Chris.”": a search for
 * "governor as Chris" is Trump's, though Christie's words hold "as" too).
 */
function mostHolding<Q extends { spans: readonly number[] }>(quotes: readonly Q[], at: readonly number[] | undefined): Q | undefined {
  let best: Q | undefined;
  let most = 0;
  for (const q of quotes) {
    let n = 0;
    for (const x of at ?? []) if (q.spans[0] <= x && x < q.spans[1]) n++;
    if (n > most) [best, most] = [q, n];
  }
  return best;
}

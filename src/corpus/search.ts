/**
 * Full-text search over the corpus, in two steps so that a keystroke stays cheap at 10,000
 * articles: minisearch ranks articles (one entry each: body, speakers, title — postings are per
 * article, ~35 times fewer than per sentence), then the best articles are searched sentence by
 * sentence for the sentences that hold every word of the query (in the text, the speaker's name
 * or the title). Hits whose every word matched as typed come first, then those found by a prefix
 * or a typo. Updating an article replaces only its own entry. The index keeps no text: hits read
 * it through `textOf`. The whole index serialises to JSON and loads back (a cache across sessions).
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { ArticleRecord } from './record';

export interface SearchHit {
  /** `path#n`: the article and the sentence's index in it. */
  id: string;
  path: string;
  start: number;
  end: number;
  /** The sentence, as `textOf` reads it. */
  text: string;
  title: string;
  /** Speaker's name, as the article gives it, when the sentence is (part of) a quote; else ''. */
  speaker: string;
  /** The article's score (minisearch's BM25 with boosts). */
  score: number;
  /** Words of the sentence that matched. */
  terms: string[];
  /** Every word of the query matched as typed (not only as a prefix or with a typo). */
  exact: boolean;
}

export interface SearchableArticle {
  path: string;
  text: string;
  title: string | null;
  /** Flat start/end pairs. */
  sentences: ArrayLike<number>;
  quotes: Array<{ start: number; end: number; speakerName: string | null }>;
}

/** What search indexes of an article: its record's sentences, title and speakers, over its text. */
export function searchableArticle(record: ArticleRecord, text: string): SearchableArticle {
  return {
    path: record.path,
    text,
    title: record.title,
    sentences: record.sentences,
    quotes: record.quotes.map((q) => ({ start: q.spans[0], end: q.spans[1], speakerName: record.actors[q.speaker]?.name ?? null })),
  };
}

const FORMAT = 2;
/** Articles searched sentence by sentence per query, at most: bounds a keystroke whatever the query. */
const MAX_ARTICLES_SCANNED = 200;
/** Articles whose sentence index is kept between keystrokes (typing re-reads the same few). */
const SENTENCE_CACHE = 400;

/** What the index keeps of each article, besides minisearch's posting. */
interface ArticleEntry {
  serial: number;
  path: string;
  title: string;
  sentences: number[];
  /** Speaker of each sentence, '' for none. */
  speakers: string[];
}

type IndexedDoc = { id: number; text: string; title: string; speaker: string };

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string | null | undefined | false;

/** The words of a text as the index sees them. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const w = processTerm(t);
    if (w) out.push(w);
  }
  return out;
}

/** The word being typed (the last) is a prefix once it has 3 letters. */
const isPrefix = (term: string, i: number, terms: string[]): boolean => i === terms.length - 1 && term.length >= 3;
/** Typos allowed: none under 5 letters, one up to 6, two from 7 ("dictatr" finds "dictators"). */
const typos = (term: string): number => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : 0);

const SEARCH_OPTIONS: SearchOptions = {
  // a speaker's name and a title say more about a sentence than any one word in it
  boost: { speaker: 2, title: 1.5 },
  prefix: isPrefix,
  fuzzy: (term) => typos(term) || false,
  combineWith: 'AND',
};

const INDEX_OPTIONS: Options<IndexedDoc> = { fields: ['text', 'speaker', 'title'], storeFields: [], searchOptions: SEARCH_OPTIONS };

/** Edit distance of a and b when at most `max`, else max + 1 (a band of the usual table). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length] <= max;
}

/** One article's words -> the sentences holding them (a title word holds for every sentence). */
interface SentenceIndex {
  byWord: Map<string, number[]>;
  titleWords: Set<string>;
  count: number;
}

export class CorpusSearch {
  private index: MiniSearch<IndexedDoc>;
  private readonly byPath = new Map<string, ArticleEntry>();
  private readonly bySerial = new Map<number, ArticleEntry>();
  private nextSerial = 1;
  /** Texts given to set(), kept only when no reader was given. */
  private readonly texts = new Map<string, string>();
  /** Most recently used last. */
  private readonly sentenceIndexes = new Map<string, SentenceIndex>();

  /** `textOf` reads an article's current text for its hits; without it the index keeps each text it is given. */
  constructor(private readonly textOf?: (path: string) => string | undefined) {
    this.index = new MiniSearch(INDEX_OPTIONS);
  }

  /** Adds or replaces one article. */
  set(article: SearchableArticle): void {
    this.remove(article.path);
    const entry: ArticleEntry = { serial: this.nextSerial++, path: article.path, title: article.title ?? '', sentences: Array.from(article.sentences), speakers: [] };
    const body: string[] = [];
    const speakers = new Set<string>();
    for (let i = 0; i + 1 < entry.sentences.length; i += 2) {
      const start = entry.sentences[i];
      const end = entry.sentences[i + 1];
      const speaker = article.quotes.find((q) => q.start < end && q.end > start)?.speakerName ?? '';
      entry.speakers.push(speaker);
      if (speaker) speakers.add(speaker);
      body.push(article.text.slice(start, end));
    }
    this.index.add({ id: entry.serial, text: body.join('\n'), title: entry.title, speaker: [...speakers].join('\n') });
    this.byPath.set(entry.path, entry);
    this.bySerial.set(entry.serial, entry);
    if (!this.textOf) this.texts.set(entry.path, article.text);
  }

  remove(path: string): void {
    const entry = this.byPath.get(path);
    if (!entry) return;
    this.index.discard(entry.serial);
    this.byPath.delete(path);
    this.bySerial.delete(entry.serial);
    this.texts.delete(path);
    this.sentenceIndexes.delete(path);
  }

  /** Articles indexed. */
  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Sentences holding every word of the query, best first: those where every word matched as
   * typed, then by their article's score, then in text order. Fewer than 2 characters find nothing.
   * `within` keeps only sentences that pass it (one actor's quotes, say).
   */
  search(query: string, options: { limit?: number; within?: (path: string, start: number, end: number) => boolean } = {}): SearchHit[] {
    const q = query.trim();
    if (q.length < 2) return [];
    const wanted = words(q);
    if (!wanted.length) return [];
    const limit = options.limit ?? 50;
    const exact: SearchHit[] = [];
    const other: SearchHit[] = [];
    let scanned = 0;
    for (const r of this.index.search(q)) {
      if (exact.length >= limit || scanned >= MAX_ARTICLES_SCANNED || (exact.length + other.length >= limit && scanned >= limit)) break;
      const entry = this.bySerial.get(r.id as number);
      const text = entry && (this.textOf ? this.textOf(entry.path) : this.texts.get(entry.path));
      if (!entry || text === undefined) continue;
      scanned++;
      const sentences = this.sentenceIndex(entry, text);
      // the article's matched words, by the query word each can stand for
      const forms = wanted.map((w, i) => r.terms.filter((t) => t === w || (isPrefix(w, i, wanted) && t.startsWith(w)) || (typos(w) > 0 && withinEdits(t, w, typos(w)))));
      for (let s = 0; s < sentences.count; s++) {
        let all = true;
        let asTyped = true;
        const terms: string[] = [];
        for (let i = 0; i < wanted.length && all; i++) {
          const found = forms[i].filter((t) => sentences.titleWords.has(t) || sentences.byWord.get(t)?.includes(s));
          if (!found.length) all = false;
          else if (!found.includes(wanted[i])) asTyped = false;
          terms.push(...found);
        }
        if (!all) continue;
        const start = entry.sentences[2 * s];
        const end = entry.sentences[2 * s + 1];
        if (options.within && !options.within(entry.path, start, end)) continue;
        const hit: SearchHit = { id: `${entry.path}#${s}`, path: entry.path, start, end, text: text.slice(start, end), title: entry.title, speaker: entry.speakers[s], score: r.score, terms: [...new Set(terms)], exact: asTyped };
        (asTyped ? exact : other).push(hit);
      }
    }
    return [...exact, ...other].slice(0, limit);
  }

  private sentenceIndex(entry: ArticleEntry, text: string): SentenceIndex {
    let index = this.sentenceIndexes.get(entry.path);
    if (index) {
      this.sentenceIndexes.delete(entry.path);
    } else {
      const byWord = new Map<string, number[]>();
      const count = entry.speakers.length;
      for (let s = 0; s < count; s++) {
        for (const w of [...words(text.slice(entry.sentences[2 * s], entry.sentences[2 * s + 1])), ...words(entry.speakers[s])]) {
          const list = byWord.get(w);
          if (!list) byWord.set(w, [s]);
          else if (list[list.length - 1] !== s) list.push(s);
        }
      }
      index = { byWord, titleWords: new Set(words(entry.title)), count };
      if (this.sentenceIndexes.size >= SENTENCE_CACHE) this.sentenceIndexes.delete(this.sentenceIndexes.keys().next().value!);
    }
    this.sentenceIndexes.set(entry.path, index);
    return index;
  }

  /** The index as plain JSON data (minisearch's own form, and the article table). */
  toJSON(): unknown {
    return { format: FORMAT, index: this.index.toJSON(), articles: [...this.byPath.values()] };
  }

  /** Loads what toJSON gave (parsed or as text); throws on anything else, so a cache that does not fit is rebuilt. */
  static loadJSON(json: string | unknown, textOf?: (path: string) => string | undefined): CorpusSearch {
    const data = (typeof json === 'string' ? JSON.parse(json) : json) as { format?: number; index?: unknown; articles?: ArticleEntry[] };
    if (!data || data.format !== FORMAT || !Array.isArray(data.articles) || !data.index) throw new Error('not a search index of this version');
    const search = new CorpusSearch(textOf);
    search.index = MiniSearch.loadJS<IndexedDoc>(data.index as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
    for (const a of data.articles) {
      search.byPath.set(a.path, a);
      search.bySerial.set(a.serial, a);
      search.nextSerial = Math.max(search.nextSerial, a.serial + 1);
    }
    return search;
  }
}

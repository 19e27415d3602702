/**
 * Full-text search over the corpus, in two steps so that a keystroke stays cheap at 10,000
 * articles: minisearch ranks articles (one entry each: body, speakers, title — postings are per
 * article, ~35 times fewer than per sentence), then the best articles are searched sentence by
 * sentence for the sentences that hold every word of the query (in the text, the speaker's name
 * or the title). Hits whose every word matched as typed come first, then those found by a prefix
 * or a typo. Updating an article replaces only its own entry. The index keeps no text: hits read
 * it through `textOf`. The whole index saves as lines of JSON and loads back line by line (a cache
 * across sessions, see snapshot()).
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

const FORMAT = 3;
/** Articles searched sentence by sentence per query, at most: bounds a keystroke whatever the query. */
const MAX_ARTICLES_SCANNED = 200;
/** Once enough hits are found, exact ones are still looked for in this many best articles. */
const MIN_ARTICLES_SCANNED = 20;
/** Articles whose sentence index is kept between keystrokes (typing re-reads the same few). */
const SENTENCE_CACHE = 400;
/** Sentence indexes made afresh per query, at most: each reads its article's words, the bulk of a keystroke's cost after ranking. */
const MAX_NEW_SENTENCE_INDEXES = 20;
/** Words whose ranked articles are kept between keystrokes ("clinton" while "said" is typed after it). */
const WORD_CACHE = 16;

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

/** Articles one query word matched: minisearch's own scores, and the document terms that matched. */
type WordResults = Map<number, { score: number; match: Record<string, unknown> }>;
/**
 * minisearch's query step before it makes a result object for every matching document and sorts
 * them all (most of a search's cost for a word in most articles): declared private in minisearch
 * 7's types, so reached through this view of it.
 */
interface QueryStep {
  /** Keyed by minisearch's own short ids: _documentIds maps them to ours. */
  executeQuery(query: string, options: SearchOptions): WordResults;
  _documentIds: Map<number, number>;
}

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

/** The word being typed (the last) is a prefix once it has 4 letters (3 would expand to most of the vocabulary). */
const isPrefix = (term: string, i: number, terms: string[]): boolean => i === terms.length - 1 && term.length >= 4;
/**
 * Typos allowed: none under 5 letters, else one; two in the word being typed from 7 letters
 * ("dictatr" finds "dictators"). Two typos in every word would cost a keystroke several times over.
 */
const typos = (term: string, i: number, terms: string[]): number => (term.length >= 7 && i === terms.length - 1 ? 2 : term.length >= 5 ? 1 : 0);

const SEARCH_OPTIONS: SearchOptions = {
  // a speaker's name and a title say more about a sentence than any one word in it
  boost: { speaker: 2, title: 1.5 },
  prefix: isPrefix,
  fuzzy: (term, i, terms) => typos(term, i, terms) || false,
  combineWith: 'AND',
};

const INDEX_OPTIONS: Options<IndexedDoc> = { fields: ['text', 'speaker', 'title'], storeFields: [], searchOptions: SEARCH_OPTIONS };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * The parts of minisearch 7 (its serialisationVersion 2) a snapshot reads and writes: its own
 * toJSON and loadJS build the whole index as one object in one go, a stall of a second or more at
 * 10,000 articles, where a snapshot goes line by line. package.json pins minisearch's major version.
 */
interface MiniSearchInternals {
  _index: Iterable<[string, Map<number, Map<number, number>>]> & { set(term: string, data: Map<number, Map<number, number>>): void };
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _fieldIds: Record<string, number>;
  _documentCount: number;
  _nextId: number;
}

const internals = (index: MiniSearch<IndexedDoc>): MiniSearchInternals => index as unknown as MiniSearchInternals;

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
  private byPath = new Map<string, ArticleEntry>();
  private bySerial = new Map<number, ArticleEntry>();
  private nextSerial = 1;
  /** Texts given to set(), kept only when no reader was given. */
  private readonly texts = new Map<string, string>();
  /** Most recently used last. */
  private readonly sentenceIndexes = new Map<string, SentenceIndex>();
  /** Each word's articles, by the word and how it matches; most recently used last; emptied by any change. */
  private readonly wordResults = new Map<string, WordResults>();
  private changes = 0;
  /** While a restore runs: the articles set (or removed: null) meanwhile, replayed on the restored index. */
  private journal: Map<string, SearchableArticle | null> | null = null;

  /** `textOf` reads an article's current text for its hits; without it the index keeps each text it is given. */
  constructor(private readonly textOf?: (path: string) => string | undefined) {
    this.index = new MiniSearch(INDEX_OPTIONS);
  }

  /** Adds or replaces one article. */
  set(article: SearchableArticle): void {
    this.remove(article.path);
    this.journal?.set(article.path, article);
    this.changes++;
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
    this.wordResults.clear();
    this.byPath.set(entry.path, entry);
    this.bySerial.set(entry.serial, entry);
    if (!this.textOf) this.texts.set(entry.path, article.text);
  }

  remove(path: string): void {
    const entry = this.byPath.get(path);
    this.journal?.set(path, null);
    if (!entry) return;
    this.changes++;
    this.index.discard(entry.serial);
    this.wordResults.clear();
    this.byPath.delete(path);
    this.bySerial.delete(entry.serial);
    this.texts.delete(path);
    this.sentenceIndexes.delete(path);
  }

  /** Whether the article of `path` is indexed. */
  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Articles indexed. */
  get size(): number {
    return this.index.documentCount;
  }

  /**
   * Sentences holding every word of the query, best first: those where every word matched as
   * typed, then by their article's score, then in text order. Fewer than 2 characters find nothing;
   * a last word of 1 or 2 letters after others is left out until it is longer.
   * `within` keeps only sentences that pass it (one actor's quotes, say).
   */
  search(query: string, options: { limit?: number; within?: (path: string, start: number, end: number) => boolean } = {}): SearchHit[] {
    const wanted = words(query);
    // a word of one or two letters after others is still being typed ("tax re"): it would match half the corpus
    if (wanted.length > 1 && wanted[wanted.length - 1].length < 3) wanted.pop();
    if (!wanted.length || wanted.join(' ').length < 2) return [];
    const limit = options.limit ?? 50;
    const exact: SearchHit[] = [];
    const other: SearchHit[] = [];
    let scanned = 0;
    let fresh = 0;
    for (const r of this.ranked(wanted)) {
      if (exact.length >= limit || scanned >= MAX_ARTICLES_SCANNED || fresh >= MAX_NEW_SENTENCE_INDEXES || (exact.length + other.length >= limit && scanned >= MIN_ARTICLES_SCANNED)) break;
      const entry = this.bySerial.get(r.id);
      const text = entry && (this.textOf ? this.textOf(entry.path) : this.texts.get(entry.path));
      if (!entry || text === undefined) continue;
      scanned++;
      if (!this.sentenceIndexes.has(entry.path)) fresh++;
      const sentences = this.sentenceIndex(entry, text);
      // the article's matched words, by the query word each can stand for
      const forms = wanted.map((w, i) => {
        const edits = typos(w, i, wanted);
        return r.terms.filter((t) => t === w || (isPrefix(w, i, wanted) && t.startsWith(w)) || (edits > 0 && withinEdits(t, w, edits)));
      });
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

  /**
   * Articles holding every query word (as typed, by prefix or with a typo, as SEARCH_OPTIONS say),
   * best first: minisearch's scores of the words summed, as its AND does. Each word's articles come
   * from the word cache when the word was searched since the index last changed.
   */
  private ranked(wanted: string[]): Array<{ id: number; score: number; terms: string[] }> {
    const perWord = wanted.map((w, i) => this.wordResult(w, isPrefix(w, i, wanted), typos(w, i, wanted)));
    const [fewest, ...rest] = [...perWord].sort((a, b) => a.size - b.size);
    const out: Array<{ id: number; score: number; terms: string[] }> = [];
    for (const [id, first] of fewest) {
      let score = first.score;
      for (const other of rest) {
        const got = other.get(id);
        if (!got) {
          score = -1;
          break;
        }
        score += got.score;
      }
      if (score >= 0) out.push({ id, score: score * wanted.length, terms: [] });
    }
    out.sort((a, b) => b.score - a.score);
    // the document terms each matched, for the articles that will be read (most are not)
    const ids = (this.index as unknown as QueryStep)._documentIds;
    for (const r of out.slice(0, MAX_ARTICLES_SCANNED)) {
      r.terms = [...new Set(perWord.flatMap((m) => Object.keys(m.get(r.id)!.match)))];
      r.id = ids.get(r.id)!;
    }
    return out.slice(0, MAX_ARTICLES_SCANNED);
  }

  private wordResult(word: string, prefix: boolean, fuzzy: number): WordResults {
    const key = `${word}\u0000${prefix}\u0000${fuzzy}`;
    let got = this.wordResults.get(key);
    if (got) {
      this.wordResults.delete(key);
    } else {
      got = (this.index as unknown as QueryStep).executeQuery(word, { ...SEARCH_OPTIONS, prefix, fuzzy: fuzzy || false, combineWith: 'OR' });
      if (this.wordResults.size >= WORD_CACHE) this.wordResults.delete(this.wordResults.keys().next().value!);
    }
    this.wordResults.set(key, got);
    return got;
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

  /** Bumped by every set() and remove(): a snapshot taken across a change is abandoned. */
  get revision(): number {
    return this.changes;
  }

  /**
   * The index as lines of JSON, for a cache across sessions: a header, one line per article (its
   * table entry, minisearch's numbers for it and `stampOf(path)`, which restore() hands back), one
   * per term (its postings, articles removed since left out). Lazy, so the caller can yield between
   * lines; a line read after a change (see `revision`) throws, as the snapshot would not fit.
   */
  *snapshot(stampOf: (path: string) => unknown): Generator<string> {
    const at = this.changes;
    const ms = internals(this.index);
    const fresh = (): void => {
      if (this.changes !== at) throw new Error('the search index changed while it was saved');
    };
    yield JSON.stringify({ format: FORMAT, articles: this.byPath.size, nextSerial: this.nextSerial, nextId: ms._nextId, fieldIds: ms._fieldIds });
    for (const [shortId, serial] of ms._documentIds) {
      fresh();
      const a = this.bySerial.get(serial as number);
      if (!a) throw new Error('the search index lost an article');
      yield JSON.stringify([a.serial, a.path, a.title, a.sentences, a.speakers, shortId, ms._fieldLength.get(shortId) ?? [], stampOf(a.path) ?? null]);
    }
    for (const [term, fields] of ms._index) {
      fresh();
      const line: unknown[] = [term];
      for (const [fieldId, freqs] of fields) {
        const pairs: number[] = [];
        for (const [doc, freq] of freqs) if (ms._documentIds.has(doc)) pairs.push(doc, freq);
        if (pairs.length) line.push(fieldId, pairs);
      }
      if (line.length > 1) yield JSON.stringify(line);
    }
  }

  /**
   * Replaces this index by one rebuilt from snapshot() lines, fed one at a time to the returned
   * `line`; `finish` makes the swap, then sets again what was set or removed in this index
   * meanwhile. Articles for which `keep(path, stamp)` is false are left out. Nothing is trusted:
   * a line of another shape, a number out of range or a header of another format throws, and this
   * index stays as it is (call `abandon` then). One restore at a time.
   */
  restore(keep: (path: string, stamp: unknown) => boolean): { line(text: string): void; finish(): void; abandon(): void } {
    const journal = (this.journal = new Map());
    const search = new CorpusSearch(this.textOf);
    const ms = internals(search.index);
    const fields = Object.keys(ms._fieldIds).length;
    let header: { articles: number; nextId: number } | null = null;
    let articles = 0;
    const kept = new Set<number>();
    const seen = new Set<number>();
    const sums = new Array<number>(fields).fill(0);
    const bad = (what: string): never => {
      throw new Error(`search snapshot: ${what}`);
    };
    const article = (v: unknown): void => {
      if (!Array.isArray(v) || v.length !== 8) return bad('an article line of another shape');
      const [serial, path, title, sentences, speakers, shortId, lengths, stamp] = v as [number, string, string, number[], string[], number, number[], unknown];
      if (!isCount(serial) || search.bySerial.has(serial) || typeof path !== 'string' || search.byPath.has(path) || typeof title !== 'string') return bad('an article line of another shape');
      if (!Array.isArray(sentences) || sentences.length % 2 || !sentences.every((n, i) => isCount(n) && (i === 0 || n >= sentences[i - 1]))) return bad('sentence spans out of order');
      if (!Array.isArray(speakers) || speakers.length * 2 !== sentences.length || !speakers.every((x) => typeof x === 'string')) return bad('speakers do not fit the sentences');
      if (!isCount(shortId) || shortId >= header!.nextId || seen.has(shortId)) return bad('a document number out of range');
      if (!Array.isArray(lengths) || lengths.length !== fields || !lengths.every(isCount)) return bad('field lengths of another shape');
      seen.add(shortId);
      search.nextSerial = Math.max(search.nextSerial, serial + 1);
      if (!keep(path, stamp)) return;
      const entry: ArticleEntry = { serial, path, title, sentences, speakers };
      search.byPath.set(path, entry);
      search.bySerial.set(serial, entry);
      ms._documentIds.set(shortId, serial);
      ms._idToShortId.set(serial, shortId);
      ms._fieldLength.set(shortId, lengths);
      lengths.forEach((n, i) => (sums[i] += n));
      kept.add(shortId);
    };
    const term = (v: unknown): void => {
      if (!Array.isArray(v) || typeof v[0] !== 'string' || v.length % 2 !== 1) return bad('a term line of another shape');
      const data = new Map<number, Map<number, number>>();
      for (let i = 1; i < v.length; i += 2) {
        const fieldId = v[i];
        const pairs = v[i + 1];
        if (!isCount(fieldId) || fieldId >= fields || data.has(fieldId) || !Array.isArray(pairs) || pairs.length % 2) return bad('postings of another shape');
        const freqs = new Map<number, number>();
        for (let j = 0; j < pairs.length; j += 2) {
          if (!seen.has(pairs[j]) || !isCount(pairs[j + 1]) || pairs[j + 1] === 0) return bad('a posting out of range');
          if (kept.has(pairs[j])) freqs.set(pairs[j], pairs[j + 1]);
        }
        if (freqs.size) data.set(fieldId, freqs);
      }
      if (data.size) ms._index.set(v[0], data);
    };
    return {
      line(text: string): void {
        let v: unknown;
        try {
          v = JSON.parse(text);
        } catch {
          return bad('a line is not JSON');
        }
        if (!header) {
          const h = v as { format?: unknown; articles?: unknown; nextSerial?: unknown; nextId?: unknown; fieldIds?: unknown };
          if (h?.format !== FORMAT || !isCount(h.articles) || !isCount(h.nextSerial) || !isCount(h.nextId)) return bad('not a search index of this version');
          if (JSON.stringify(h.fieldIds) !== JSON.stringify(ms._fieldIds)) return bad('indexed fields differ');
          header = { articles: h.articles, nextId: h.nextId };
          search.nextSerial = h.nextSerial;
        } else if (articles < header.articles) {
          articles++;
          article(v);
        } else {
          term(v);
        }
      },
      finish: (): void => {
        if (!header || articles < header.articles) return bad('cut short');
        ms._nextId = header.nextId;
        ms._documentCount = kept.size;
        ms._avgFieldLength = sums.map((n) => n / Math.max(1, kept.size));
        this.index = search.index;
        this.byPath = search.byPath;
        this.bySerial = search.bySerial;
        this.nextSerial = search.nextSerial;
        this.texts.clear();
        this.sentenceIndexes.clear();
        this.wordResults.clear();
        this.changes++;
        this.journal = null;
        for (const [path, article] of journal) {
          if (article) this.set(article);
          else this.remove(path);
        }
      },
      abandon: (): void => {
        if (this.journal === journal) this.journal = null;
      },
    };
  }
}

/**
 * Full-text search over the corpus, in two steps so that a keystroke stays cheap at 10,000
 * articles: articles are ranked by BM25 over their terms (./searchIndex.ts: one posting per article
 * and term, body words, speakers' names and title boosted), then the best articles are searched
 * sentence by sentence for the sentences that hold every word of the query (in the text, the
 * speaker's name or the title). Hits whose every word matched as typed come first, then those found
 * by a prefix or a typo. Updating an article replaces only its own entry. The index keeps no text:
 * hits read it through `textOf`. The whole index saves as lines of JSON and loads back line by line
 * (a cache across sessions, see snapshot()).
 */
import { lowerBound } from '../extractor/sorted';
import { shareParsed, type ArticleRecord } from './record';
import { TermIndex, type WordMatch } from './searchIndex';
import { articleTerms, isPrefix, searchLower, TermFinder, termList, typos, words, type ArticleTerms, type NumberedTerms, type TermNumbering } from './searchTerms';
import { isInt } from './guards';

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
  /** The article's score: BM25 over its terms, speakers' names and title boosted (see searchIndex.ts). */
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

const FORMAT = 5;
/** Articles searched sentence by sentence per query, at most: bounds a keystroke whatever the query. */
const MAX_ARTICLES_SCANNED = 200;
/** Once enough hits are found, exact ones are still looked for in this many best articles. */
const MIN_ARTICLES_SCANNED = 20;
/** Characters and words of a query that are searched; the rest is left out. */
const MAX_QUERY_CHARS = 256;
const MAX_QUERY_WORDS = 12;
/** Words whose matched articles are kept between keystrokes ("clinton" while "said" is typed after it). */
const WORD_CACHE = 16;

/** What the index keeps of each article besides its postings. */
interface ArticleEntry {
  serial: number;
  path: string;
  title: string;
  /**
   * Flat start/end pairs: the record's own typed array when the article was set (shared, not
   * copied: ~6 MB at 10k articles), one of its own when restored from a snapshot.
   */
  sentences: ArrayLike<number>;
  /** The article's speakers, each once, '' (no speaker) first. */
  speakerNames: readonly string[];
  /** Each sentence's speaker, an index into speakerNames; null when no sentence has one (a list of strings per sentence, mostly '', was 6.5 MB at 10k articles). */
  speakerAt: Uint8Array | Uint16Array | null;
  /** Words (the BM25 length) and distinct terms. */
  length: number;
  terms: number;
}

/**
 * The speaker of each sentence (flat start/end pairs): the first of `quotes` (in their order) that
 * overlaps it, '' for none. Each quote finds its sentences by binary search: no scan of every
 * quote per sentence.
 */
function speakersOf(sentences: ArrayLike<number>, quotes: SearchableArticle['quotes']): string[] {
  const count = sentences.length >> 1;
  const speakers = new Array<string>(count).fill('');
  // the last quote first, so that an earlier one overlapping the same sentence wins
  for (let q = quotes.length - 1; q >= 0; q--) {
    const { start, end, speakerName } = quotes[q];
    // the first sentence ending after the quote's start
    for (let s = lowerBound((i) => (sentences[2 * i + 1] > start ? 1 : 0), 1, 0, count); s < count && sentences[2 * s] < end; s++) speakers[s] = speakerName ?? '';
  }
  return speakers;
}

/** The shared names of articles none of whose sentences has a speaker. */
const NO_SPEAKERS: readonly string[] = [''];

/** Each sentence's speaker (`speakers`, '' for none) as an entry keeps them: each name once (shared with the rest of the heap), an index per sentence. */
function compactSpeakers(speakers: readonly string[]): Pick<ArticleEntry, 'speakerNames' | 'speakerAt'> {
  if (speakers.every((x) => x === '')) return { speakerNames: NO_SPEAKERS, speakerAt: null };
  const index = new Map<string, number>([['', 0]]);
  for (const x of speakers) if (!index.has(x)) index.set(x, index.size);
  const speakerAt = index.size <= 256 ? new Uint8Array(speakers.length) : new Uint16Array(speakers.length);
  for (let s = 0; s < speakers.length; s++) speakerAt[s] = index.get(speakers[s])!;
  return { speakerNames: [...index.keys()].map(shareParsed), speakerAt };
}

/** The speaker of an entry's sentence `s`, '' for none. */
const speakerOf = (entry: ArticleEntry, s: number): string => (entry.speakerAt ? entry.speakerNames[entry.speakerAt[s]] : '');

/** What set() files of an article, made where its text is (a worker thread), so that the host only files it. */
export function searchTermsOf(article: SearchableArticle): ArticleTerms {
  const sentences = article.sentences;
  const speakers = speakersOf(sentences, article.quotes);
  return articleTerms(article.text, sentences, new Set(speakers.filter(Boolean)), article.title ?? '');
}

/** searchTermsOf numbered in a worker's vocabulary (see TermNumbering). */
export function numberedTermsOf(article: SearchableArticle, numbering: TermNumbering): NumberedTerms {
  const sentences = article.sentences;
  const speakers = speakersOf(sentences, article.quotes);
  return numbering.terms(article.text, sentences, new Set(speakers.filter(Boolean)), article.title ?? '');
}

export class CorpusSearch {
  private index = new TermIndex();
  private byPath = new Map<string, ArticleEntry>();
  private bySerial = new Map<number, ArticleEntry>();
  private nextSerial = 1;
  /** Texts given to set(), kept only when no reader was given. */
  private readonly texts = new Map<string, string>();
  /** Each word's articles, by the word and how it matches; most recently used last; emptied by any change. */
  private readonly wordMatches = new Map<string, WordMatch>();
  private changes = 0;
  /** Scores of a keystroke's articles, sorted to find the bar of the best (see ranked). */
  private scratch = new Float64Array(0);
  /** While a restore runs: the articles set (or removed: null) meanwhile, replayed on the restored index. */
  private journal: Map<string, SearchableArticle | null> | null = null;

  /** `textOf` reads an article's current text for its hits; without it the index keeps each text it is given. */
  constructor(private readonly textOf?: (path: string) => string | undefined) {}

  /**
   * Adds or replaces one article; `terms`, when given, are its articleTerms() as made elsewhere (a
   * worker thread: see searchTermsOf), else they are made here. Throws a RangeError after 16
   * million set() calls in one session (serials run out).
   */
  set(article: SearchableArticle, terms?: ArticleTerms): void {
    this.remove(article.path);
    this.journal?.set(article.path, article);
    this.changes++;
    // nothing changes a record's lists: the entry keeps the article's own
    const sentences = article.sentences;
    const speakers = speakersOf(sentences, article.quotes);
    const title = article.title ?? '';
    let made = terms && termList(terms);
    if (!terms || !made) {
      terms = articleTerms(article.text, sentences, new Set(speakers.filter(Boolean)), title);
      made = termList(terms)!;
    }
    const entry: ArticleEntry = { serial: this.nextSerial++, path: article.path, title, sentences, ...compactSpeakers(speakers), length: terms.length, terms: made.length };
    this.index.add(entry.serial, made, terms.weights, terms.length);
    this.bySerial.set(entry.serial, entry);
    this.wordMatches.clear();
    this.byPath.set(entry.path, entry);
    if (!this.textOf) this.texts.set(entry.path, article.text);
  }

  remove(path: string): void {
    const entry = this.byPath.get(path);
    this.journal?.set(path, null);
    if (!entry) return;
    this.changes++;
    this.byPath.delete(path);
    this.bySerial.delete(entry.serial);
    this.index.removed(entry.serial, entry.terms);
    this.wordMatches.clear();
    this.texts.delete(path);
  }

  /**
   * Moves the postings of articles set since the last query into the index's arrays until
   * `deadline` (performance.now() ms) passes; true once none wait. Optional: a query does the rest
   * at once (see TermIndex.fileStep).
   */
  fileStep(deadline: number): boolean {
    return this.index.fileStep(deadline);
  }

  /**
   * Makes the list of commonest terms that short prefixes stand for (see ./shortPrefix.ts) now, in
   * a turn of its own once the index is filled, not in the first keystroke that wants it.
   */
  prepareShortPrefixes(): void {
    this.index.prepareShortPrefixes();
  }

  /** Whether the article of `path` is indexed. */
  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Articles indexed. */
  get size(): number {
    return this.byPath.size;
  }

  /**
   * Sentences holding every word of the query, best first: those where every word matched as
   * typed, then the others; within each, those holding every word in their own text, then those
   * that need their speaker's name for one ("garcia": a sentence that names Garcia before a quote
   * of Garcia's that does not; a journalist searching a word wants it in the text, and searches a
   * speaker's quotes with Search Quotes by Speaker), then those that need their article's title for
   * one ("clinton said": Clinton's own "…, Clinton said" before "Klein said" in an article titled
   * about Clinton); then by
   * their article's score, then in text order. A sentence holding none of the words itself is
   * never listed, whatever its title holds. Only the first 12 words of the first 256 characters
   * are searched. A lone word finds from its first letter (a short one as a prefix of the
   * commonest terms, see ./shortPrefix.ts); a last word of 1 or 2 letters after others is left
   * out until it is longer.
   * `within` keeps only sentences that pass it (one actor's quotes, say).
   */
  search(query: string, options: { limit?: number; within?: (path: string, start: number, end: number) => boolean } = {}): SearchHit[] {
    // a pasted paragraph is no query: its first words search, so a keystroke stays bounded (a 280 KB query took 16-35 s)
    const wanted = words(query.slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_WORDS);
    // a word of one or two letters after others is still being typed ("tax re"): it would match half the corpus
    if (wanted.length > 1 && wanted[wanted.length - 1].length < 3) wanted.pop();
    if (!wanted.length) return [];
    const limit = options.limit ?? 50;
    const matches = wanted.map((w, i) => this.wordMatch(w, isPrefix(w, i, wanted), typos(w, i, wanted)));
    // as typed: in the sentence's own words, through its speaker's name, through the title; then the same found by a prefix or a typo
    const tiers: SearchHit[][] = [[], [], [], [], [], []];
    let found = 0;
    let scanned = 0;
    for (const r of this.ranked(matches)) {
      if (tiers[0].length >= limit || (found >= limit && scanned >= MIN_ARTICLES_SCANNED)) break;
      const entry = this.bySerial.get(r.serial);
      const text = entry && (this.textOf ? this.textOf(entry.path) : this.texts.get(entry.path));
      if (!entry || text === undefined) continue;
      scanned++;
      // the terms each query word stands for that this article holds, then where: in each sentence, the title, each speaker's name
      const finders = matches.map((m) => new TermFinder(m.expansions.map((e) => e.term).filter((t) => this.index.holds(t, entry.serial))));
      const lower = searchLower(text);
      const inSentences = finders.map((f) => f.bySentence(text, entry.sentences, lower));
      const inTitle = finders.map((f) => f.in(entry.title));
      const inSpeaker = new Map<string, Array<Set<string>>>();
      for (let s = 0, count = entry.sentences.length >> 1; s < count; s++) {
        const speaker = speakerOf(entry, s);
        let bySpeaker = inSpeaker.get(speaker);
        if (!bySpeaker) inSpeaker.set(speaker, (bySpeaker = finders.map((f) => f.in(speaker))));
        let all = true;
        let asTyped = true;
        let throughTitle = false;
        let throughSpeaker = false;
        let holdsOne = false;
        const terms = new Set<string>();
        for (let i = 0; i < wanted.length && all; i++) {
          const inText = inSentences[i].get(s);
          const own = [...(inText ?? []), ...bySpeaker[i]];
          const matched = own.length ? [...own, ...inTitle[i]] : [...inTitle[i]];
          if (!matched.length) all = false;
          else if (!matched.includes(wanted[i])) asTyped = false;
          if (!own.length) throughTitle = true;
          else holdsOne = true;
          if (!inText?.size && own.length) throughSpeaker = true;
          for (const t of matched) terms.add(t);
        }
        // (a sentence holding none of the words is found through the title alone: "harbour" in a
        // headline would list every sentence of the article, where the headline's own row says it)
        if (!all || !holdsOne) continue;
        const start = entry.sentences[2 * s];
        const end = entry.sentences[2 * s + 1];
        if (options.within && !options.within(entry.path, start, end)) continue;
        const hit: SearchHit = { id: `${entry.path}#${s}`, path: entry.path, start, end, text: text.slice(start, end), title: entry.title, speaker, score: r.score, terms: [...terms], exact: asTyped };
        tiers[(asTyped ? 0 : 3) + (throughTitle ? 2 : throughSpeaker ? 1 : 0)].push(hit);
        found++;
      }
    }
    return tiers.flat().slice(0, limit);
  }

  /** Articles every query word matched, best first (the words' scores summed), the first MAX_ARTICLES_SCANNED. */
  private ranked(matches: WordMatch[]): Array<{ serial: number; score: number }> {
    // the word with the fewest articles leads; the others' lists (rising serials too) are walked along with it
    const [fewest, ...rest] = [...matches].sort((a, b) => a.serials.length - b.serials.length);
    const at = rest.map(() => 0);
    const serials: number[] = [];
    const scores: number[] = [];
    for (let i = 0; i < fewest.serials.length; i++) {
      const serial = fewest.serials[i];
      let score = fewest.scores[i];
      for (let k = 0; k < rest.length && score >= 0; k++) {
        const other = rest[k];
        while (at[k] < other.serials.length && other.serials[at[k]] < serial) at[k]++;
        score = other.serials[at[k]] === serial ? score + other.scores[at[k]] : -1;
      }
      if (score >= 0) {
        serials.push(serial);
        scores.push(score);
      }
    }
    // the best MAX_ARTICLES_SCANNED: a numeric sort of the scores gives the bar, only those over it are sorted as objects
    let bar = -1;
    if (scores.length > MAX_ARTICLES_SCANNED) {
      // sorted in a buffer kept between keystrokes: a fresh one per keystroke is garbage outside the heap
      if (this.scratch.length < scores.length) this.scratch = new Float64Array(scores.length * 2);
      const sorted = this.scratch.subarray(0, scores.length);
      sorted.set(scores);
      bar = sorted.sort()[scores.length - MAX_ARTICLES_SCANNED];
    }
    const out: Array<{ serial: number; score: number }> = [];
    for (let i = 0; i < serials.length; i++) if (scores[i] >= bar) out.push({ serial: serials[i], score: scores[i] });
    return out.sort((a, b) => b.score - a.score).slice(0, MAX_ARTICLES_SCANNED);
  }

  private wordMatch(word: string, prefix: boolean, fuzzy: number): WordMatch {
    const key = `${word}\u0000${prefix}\u0000${fuzzy}`;
    let got = this.wordMatches.get(key);
    if (got) {
      this.wordMatches.delete(key);
    } else {
      got = this.index.match(word, prefix, fuzzy);
      if (this.wordMatches.size >= WORD_CACHE) this.wordMatches.delete(this.wordMatches.keys().next().value!);
    }
    this.wordMatches.set(key, got);
    return got;
  }

  /** Bumped by every set() and remove(): a snapshot taken across a change is abandoned. */
  get revision(): number {
    return this.changes;
  }

  /**
   * The index as lines of JSON, for a cache across sessions: a header, one line per article (its
   * table entry and `stampOf(path)`, which restore() hands back), then one per term (its postings,
   * each the article's place among those lines * 256 + the term's weight in it; articles removed
   * since left out). Lazy, so the caller can yield between lines; a line read after a change (see
   * `revision`) throws, as the snapshot would not fit.
   */
  *snapshot(stampOf: (path: string) => unknown): Generator<string> {
    const at = this.changes;
    const fresh = (): void => {
      if (this.changes !== at) throw new Error('the search index changed while it was saved');
    };
    const numbers = new Map<number, number>();
    yield JSON.stringify({ format: FORMAT, articles: this.byPath.size });
    for (const a of this.byPath.values()) {
      fresh();
      numbers.set(a.serial, numbers.size);
      const speakers = Array.from({ length: a.sentences.length >> 1 }, (_, s) => speakerOf(a, s));
      yield JSON.stringify([a.path, a.title, Array.from(a.sentences), speakers, a.length, a.terms, stampOf(a.path) ?? null]);
    }
    let terms = 0;
    for (const line of this.index.lines((serial) => numbers.get(serial))) {
      fresh();
      terms++;
      yield JSON.stringify(line);
    }
    // the last line says how many term lines there were: a file cut short is told from a whole one
    yield JSON.stringify({ terms });
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
    let header: { articles: number } | null = null;
    // each article line's serial in `search`, 0 when it is left out
    let serials = new Uint32Array(0);
    let articles = 0;
    let terms = 0;
    let ended = false;
    const bad = (what: string): never => {
      throw new Error(`search snapshot: ${what}`);
    };
    const article = (v: unknown): void => {
      if (!Array.isArray(v) || v.length !== 7) return bad('an article line of another shape');
      const [path, title, sentences, speakers, length, count, stamp] = v as [string, string, number[], string[], number, number, unknown];
      if (typeof path !== 'string' || search.byPath.has(path) || typeof title !== 'string' || !isInt(length, 0) || !isInt(count, 0)) return bad('an article line of another shape');
      if (!Array.isArray(sentences) || sentences.length % 2 || !sentences.every((n, i) => isInt(n, 0, 2 ** 32) && (i === 0 || n >= sentences[i - 1]))) return bad('sentence spans out of order');
      if (!Array.isArray(speakers) || speakers.length * 2 !== sentences.length || !speakers.every((x) => typeof x === 'string')) return bad('speakers do not fit the sentences');
      if (!keep(path, stamp)) return;
      const entry: ArticleEntry = { serial: search.nextSerial++, path, title, sentences: Uint32Array.from(sentences), ...compactSpeakers(speakers), length, terms: count };
      search.byPath.set(path, entry);
      search.bySerial.set(entry.serial, entry);
      search.index.restoredArticle(entry.serial, length);
      serials[articles - 1] = entry.serial;
    };
    const serialOf = (n: number): number | undefined | null => (n < serials.length ? serials[n] || undefined : null);
    return {
      line(text: string): void {
        let v: unknown;
        try {
          v = JSON.parse(text);
        } catch {
          return bad('a line is not JSON');
        }
        if (ended) return bad('a line after the last');
        if (!header) {
          const h = v as { format?: unknown; articles?: unknown };
          if (h?.format !== FORMAT || !isInt(h.articles, 0)) return bad('not a search index of this version');
          header = { articles: h.articles };
          serials = new Uint32Array(h.articles);
        } else if (articles < header.articles) {
          articles++;
          article(v);
        } else if (!Array.isArray(v)) {
          if ((v as { terms?: unknown })?.terms !== terms) return bad('cut short');
          ended = true;
        } else {
          terms++;
          search.index.restoreLine(v, serialOf);
        }
      },
      finish: (): void => {
        if (!ended) return bad('cut short');
        this.index = search.index;
        this.byPath = search.byPath;
        this.bySerial = search.bySerial;
        this.nextSerial = search.nextSerial;
        this.texts.clear();
        this.wordMatches.clear();
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

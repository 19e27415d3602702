/**
 * The term side of search: every term's postings (the articles holding it, with its weight in
 * each), found through minisearch's SearchableMap (a radix tree whose prefix and fuzzy look-ups
 * find the terms a query word stands for). A posting is one 32-bit number, serial * 256 + weight,
 * in a typed array per term: 4 bytes where minisearch's own index keeps a Map entry in a Map per
 * term and field (at 10,000 articles about three times the heap and four times the insertion time). A removed
 * article's postings stay until a vacuum (a few terms per change) filters them out; an article's
 * length, by serial, is 0 once it is removed. Postings added wait in a log until the next read
 * (or fileStep) moves them into their terms' arrays, each grown once (see PostingLog).
 */
import SearchableMap from 'minisearch/SearchableMap';
import { lowerBound } from '../extractor/sorted';
import { MAX_WEIGHT } from './searchTerms';
import { ownCopy } from '../extractor/memo';
import { CommonTerms, LONG_PREFIX, shortPrefixShare } from './shortPrefix';

/** Serials are below this (a posting keeps 24 bits of them). */
export const MAX_SERIAL = 2 ** 24;
/** Terms one query word stands for, at most: the exact one, then the nearest (a short prefix matches hundreds). */
const MAX_EXPANSIONS = 48;
/** minisearch's weights of a match by prefix and with typos, against 1 for the word as typed. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** BM25's parameters (as minisearch's defaults). */
const K1 = 1.2;
const B = 0.7;
/** Postings per snapshot line, at most (a line of 2,000 numbers parses in well under a millisecond). */
const LINE_CODES = 2000;
/** Postings filtered per change while a vacuum runs. */
const VACUUM_PER_CHANGE = 4096;

class Postings {
  codes = NO_CODES;
  n = 0;
  /** Its number in the log's table of terms while postings of it wait there (see PostingLog); -1 when none do. */
  logged = -1;
  push(code: number): void {
    this.reserve(this.n + 1);
    this.codes[this.n++] = code;
  }
  /**
   * Room for `total` codes: exactly that many when it grows from none (a log's flush brings a
   * term's postings of a whole pass at once), else by half at least: a term's spare room is a
   * third of it at most, where doubling would leave up to half.
   */
  reserve(total: number): void {
    if (total <= this.codes.length) return;
    const grown = new Uint32Array(this.n === 0 ? total : Math.max(total, 4, Math.ceil(this.codes.length * 1.5)));
    grown.set(this.codes.subarray(0, this.n));
    this.codes = grown;
  }
}

/** The codes of a term that has none yet. */
const NO_CODES = new Uint32Array(0);
/** Numbers per chunk of a PostingLog, at most (1 MB). */
const LOG_CHUNK = 1 << 18;

/**
 * Postings filed and not yet in their terms' arrays, in filing order: per article, its number of
 * terms, its serial, then per term its log number * 256 + its weight, in chunks that never move.
 * Filed one article at a time, each term's array grew by half again and again: at 10,164 articles
 * some 260,000 arrays of 26,000 terms were made and dropped, 32 MB of heap (their headers) and
 * ~28 MB of backing stores promoted and then garbage until a major collection (V8's sampled
 * allocations). From the log, each term's array is made once at its size (see flush).
 */
class PostingLog {
  chunks: Uint32Array[] = [];
  /** Numbers used in the last chunk. */
  at = 0;
  /** The terms with postings here, by their log number. */
  terms: Postings[] = [];
  /** Postings here. */
  postings = 0;

  push(v: number): void {
    let last = this.chunks[this.chunks.length - 1];
    if (!last || this.at === last.length) {
      // small at first: an edit's log holds one article
      this.chunks.push((last = new Uint32Array(Math.min(LOG_CHUNK, 1024 << this.chunks.length))));
      this.at = 0;
    }
    last[this.at++] = v;
  }

  /** Numbers used in chunk `c`. */
  used(c: number): number {
    return c === this.chunks.length - 1 ? this.at : this.chunks[c].length;
  }
}

/** Numbers of a log read between two looks at the clock. */
const FLUSH_BATCH = 1 << 14;

/**
 * A log's postings moved into their terms' arrays (in slices: see step): its terms' numbers are
 * let go at once (a new log numbers them afresh), then the log is read twice, to count each
 * term's postings (its array then grown once, to its size) and to copy them. Codes stay in serial
 * order: serials rise with each add, and a run ends before a later log's starts.
 */
class FlushRun {
  private readonly counts: Uint32Array;
  private phase: 'count' | 'reserve' | 'copy' = 'count';
  /** Where the read is: the chunk, the number in it, the terms of the article left, whether its serial comes next, its first code. */
  private c = 0;
  private i = 0;
  private terms = 0;
  private serialNext = false;
  private first = 0;
  /** Postings not copied yet. */
  left: number;

  constructor(private readonly log: PostingLog) {
    this.counts = new Uint32Array(log.terms.length);
    for (const p of log.terms) p.logged = -1;
    this.left = log.postings;
  }

  /** Works until `deadline` (performance.now() ms) passes; true once every posting is copied. */
  step(deadline: number): boolean {
    const { log } = this;
    if (this.phase === 'reserve') {
      for (; this.i < log.terms.length; this.i++) {
        const p = log.terms[this.i];
        p.reserve(p.n + this.counts[this.i]);
        // a clock per 16 arrays: at 10k articles 1,024 of them took up to 56 ms (each a backing store of its own)
        if ((this.i & 15) === 15 && performance.now() > deadline) return (this.i++, false);
      }
      [this.phase, this.i] = ['copy', 0];
    }
    const copy = this.phase === 'copy';
    for (; this.c < log.chunks.length; this.c++, this.i = 0) {
      const chunk = log.chunks[this.c];
      const end = log.used(this.c);
      while (this.i < end) {
        const stop = Math.min(end, this.i + FLUSH_BATCH);
        for (; this.i < stop; this.i++) {
          const v = chunk[this.i];
          if (this.serialNext) (this.first = v * 256), (this.serialNext = false);
          else if (this.terms === 0) (this.terms = v), (this.serialNext = true);
          else if (copy) {
            const p = log.terms[Math.floor(v / 256)];
            p.codes[p.n++] = this.first + (v % 256);
            this.terms--;
            this.left--;
          } else (this.counts[Math.floor(v / 256)]++, this.terms--);
        }
        if (performance.now() > deadline) return false;
      }
    }
    if (copy) return true;
    [this.phase, this.c, this.i] = ['reserve', 0, 0];
    return this.step(deadline);
  }
}

/** A term a query word stands for, and how much a match of it counts (1: as typed). */
export interface Expansion {
  term: string;
  weight: number;
}

/**
 * The articles a query word matched: their serials, rising, and each one's BM25 score summed over
 * the terms the word stands for (plain arrays: a keystroke's garbage stays small and in the heap);
 * and those terms.
 */
export interface WordMatch {
  serials: number[];
  scores: number[];
  expansions: Expansion[];
}

/** Terms of a short prefix that no common term begins, read from the tree at most (a bounded walk; the best by article count are kept, see ./shortPrefix.ts). */
const RARE_PREFIX_TERMS = 256;

/** The first `most` keys of a map's iteration, or fewer. */
function firstKeys(map: Iterable<[string, unknown]>, most: number): string[] {
  const keys: string[] = [];
  for (const [key] of map) {
    keys.push(key);
    if (keys.length === most) break;
  }
  return keys;
}

export class TermIndex {
  /** Every term's postings: a hash for the words of articles being filed, the radix tree for a query's prefixes and typos. */
  private readonly postingsOf = new Map<string, Postings>();
  private readonly terms = new SearchableMap<Postings>();
  private lengths = 0;
  private articles = 0;
  /** Postings of removed articles still held, as far as known. */
  private dead = 0;
  private postings = 0;
  private vacuum: Array<[string, Postings]> | null = null;
  /** Postings added since the last read of any (see flush), and those being moved into their arrays. */
  private log: PostingLog | null = null;
  private flushing: FlushRun | null = null;
  /** The term of the last line restoreLine filed, its postings and its last code as the line gave it. */
  private lastRestored: { term: string; p: Postings; code: number } | null = null;
  /** A query word's scores by serial while they are summed (see match); all 0 between calls. */
  private sums = new Float64Array(0);
  /** Each serial's article length in words + 1; 0: no such article (never filed, or removed). */
  private lengthBySerial = new Uint32Array(1024);
  /** The commonest terms, which a prefix shorter than LONG_PREFIX stands for (made at the first such query, again when stale). */
  private common: CommonTerms | null = null;
  /** Articles filed or removed so far: an edit is a removal and a filing, which leave the count as it was. */
  private changes = 0;

  /**
   * Files an article's distinct `terms` with their `weights` (1..MAX_WEIGHT) under `serial` (new,
   * 1..MAX_SERIAL - 1); `length` in words. One look-up per term.
   */
  add(serial: number, terms: readonly string[], weights: ArrayLike<number>, length: number): void {
    this.filed(serial, length);
    const log = (this.log ??= new PostingLog());
    log.push(terms.length);
    log.push(serial);
    for (let i = 0; i < terms.length; i++) {
      let p = this.postingsOf.get(terms[i]);
      if (!p) {
        p = new Postings();
        // the term as a string of its own: a slice of the article's term list would keep the whole list alive
        const term = ownCopy(terms[i]);
        this.postingsOf.set(term, p);
        this.terms.set(term, p);
      }
      if (p.logged < 0) p.logged = log.terms.push(p) - 1;
      log.push(p.logged * 256 + Math.max(1, Math.min(MAX_WEIGHT, weights[i])));
    }
    log.postings += terms.length;
    this.postings += terms.length;
    this.vacuumSome();
  }

  /**
   * Moves postings from the log into their terms' arrays until `deadline` (performance.now() ms)
   * passes (see FlushRun); true once none wait. A read of postings does the rest at once: after a
   * cold pass the index keeper calls this in the host's turns, ~3.5 million postings at 10,164
   * articles taking 100-300 ms of them.
   */
  fileStep(deadline: number): boolean {
    for (;;) {
      if (!this.flushing) {
        if (!this.log) return true;
        this.flushing = new FlushRun(this.log);
        this.log = null;
      }
      if (!this.flushing.step(deadline)) return false;
      this.flushing = null;
    }
  }

  /** Every posting in its term's array: each read of postings comes after it. */
  private flush(): void {
    this.fileStep(Infinity);
  }

  /** Whether the article of `serial` holds `term` (a binary search of the term's postings, which are in serial order). */
  holds(term: string, serial: number): boolean {
    this.flush();
    const p = this.postingsOf.get(term);
    if (!p) return false;
    const first = serial * 256;
    const lo = lowerBound((i) => p.codes[i], first, 0, p.n);
    return lo < p.n && p.codes[lo] < first + 256;
  }

  private filed(serial: number, length: number): void {
    if (!Number.isInteger(serial) || serial <= 0 || serial >= MAX_SERIAL || this.lengthBySerial[serial]) throw new RangeError(`search: article serial ${serial} out of range or taken`);
    if (serial >= this.lengthBySerial.length) {
      const grown = new Uint32Array(Math.min(MAX_SERIAL, Math.max(serial + 1, this.lengthBySerial.length * 2)));
      grown.set(this.lengthBySerial);
      this.lengthBySerial = grown;
    }
    this.lengthBySerial[serial] = length + 1;
    this.articles++;
    this.changes++;
    this.lengths += length;
  }

  /** The article of `serial`, with `terms` distinct terms, is gone. */
  removed(serial: number, terms: number): void {
    const length = this.lengthBySerial[serial];
    if (!length) return;
    this.lengthBySerial[serial] = 0;
    this.articles--;
    this.changes++;
    this.lengths -= length - 1;
    this.dead += terms;
    this.vacuumSome();
  }

  /**
   * Terms `word` stands for with two neighbouring letters swapped, the commonest typo ("repael" for
   * "repeal"), weighted as one typo: the edit distance of fuzzyGet counts a swap as two, which a
   * word under 7 letters is not allowed. One exact lookup per swap, and a prefix walk when `prefix`.
   */
  private transposed(word: string, prefix: boolean, found: Map<string, number>): void {
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] === word[i + 1]) continue;
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      const terms = prefix ? [...this.terms.atPrefix(swapped)].map(([term]) => term) : this.postingsOf.has(swapped) ? [swapped] : [];
      for (const term of terms) {
        const w = (FUZZY_WEIGHT * term.length) / (term.length + 1 + 0.3 * (term.length - word.length));
        if ((found.get(term) ?? 0) < w) found.set(term, w);
      }
    }
  }

  /** Makes the commonest terms' list (see commonTerms) when it is missing or stale. */
  prepareShortPrefixes(): void {
    this.flush();
    this.commonTerms();
  }

  /** The commonest terms now (see ./shortPrefix.ts): made again once an eighth of the articles changed (any change while it lists every term). */
  private commonTerms(): CommonTerms {
    if (!this.common || this.common.staleAt(this.changes)) this.common = CommonTerms.of(this.postingsOf, this.articles, this.changes);
    return this.common;
  }

  /**
   * The articles holding `word` (as typed, as a prefix when `prefix`, with up to `fuzzy` typos;
   * a prefix under LONG_PREFIX letters only over the commonest terms, a bounded share of them),
   * scored by BM25 with the weight of each term's match.
   */
  match(word: string, prefix: boolean, fuzzy: number): WordMatch {
    this.flush();
    const found = new Map<string, number>();
    if (this.postingsOf.has(word)) found.set(word, 1);
    const short = prefix && word.length < LONG_PREFIX;
    if (prefix) {
      // (a listed term may have left the index since the list was made)
      let terms = short ? this.commonTerms().startingWith(word).filter((t) => this.postingsOf.get(t)?.n) : [...this.terms.atPrefix(word)].map(([term]) => term);
      // ("dic" while "dictator" is typed: no common term begins so, and the rarer ones that do are
      // read from the tree, a bounded number of them, so the word finds something at each letter)
      if (short && !terms.length) terms = firstKeys(this.terms.atPrefix(word), RARE_PREFIX_TERMS);
      for (const term of terms) {
        if (!found.has(term)) found.set(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length)));
      }
    }
    if (fuzzy > 0) {
      for (const [term, [, distance]] of this.terms.fuzzyGet(word, fuzzy)) {
        const w = (FUZZY_WEIGHT * term.length) / (term.length + distance);
        if ((found.get(term) ?? 0) < w) found.set(term, w);
      }
      this.transposed(word, prefix, found);
    }
    // the best matches first; among equals the commoner term (a short prefix would bring in hundreds)
    const ordered = [...found].map(([term, weight]) => ({ term, weight, p: this.postingsOf.get(term)! })).sort((a, b) => b.weight - a.weight || b.p.n - a.p.n);
    const expansions = short ? shortPrefixShare(ordered) : ordered.slice(0, MAX_EXPANSIONS);
    // scores summed by serial in a buffer kept between keystrokes, then read out in serial order
    if (this.sums.length < this.lengthBySerial.length) this.sums = new Float64Array(this.lengthBySerial.length);
    const sums = this.sums;
    let lowest = sums.length;
    let highest = -1;
    const avg = this.lengths / Math.max(1, this.articles);
    for (const { weight, p } of expansions) {
      // removed articles' postings count until a vacuum: the term's share is capped at every article
      const df = Math.min(p.n, this.articles);
      const idf = Math.log(1 + (this.articles - df + 0.5) / (df + 0.5));
      for (let i = 0; i < p.n; i++) {
        const code = p.codes[i];
        const serial = Math.floor(code / 256);
        const length = this.lengthBySerial[serial] - 1;
        if (length < 0) continue;
        const tf = code % 256;
        sums[serial] += weight * idf * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / Math.max(1, avg))));
        if (serial < lowest) lowest = serial;
        if (serial > highest) highest = serial;
      }
    }
    const serials: number[] = [];
    const scores: number[] = [];
    for (let serial = lowest; serial <= highest; serial++) {
      if (sums[serial] > 0) {
        serials.push(serial);
        scores.push(sums[serial]);
        sums[serial] = 0;
      }
    }
    return { serials, scores, expansions: expansions.map(({ term, weight }) => ({ term, weight })) };
  }

  /**
   * A few removed articles' postings filtered out, once they are a quarter of all: spread over
   * changes so that no change pays for the whole index.
   */
  private vacuumSome(): void {
    if (!this.vacuum) {
      if (this.dead < 10_000 || this.dead * 4 < this.postings) return;
      this.vacuum = [...this.postingsOf];
      this.postings -= this.dead;
      this.dead = 0;
    }
    this.flush();
    let budget = VACUUM_PER_CHANGE;
    while (budget > 0 && this.vacuum.length) {
      const [term, p] = this.vacuum.pop()!;
      budget -= p.n;
      let kept = 0;
      for (let i = 0; i < p.n; i++) if (this.lengthBySerial[Math.floor(p.codes[i] / 256)]) p.codes[kept++] = p.codes[i];
      p.n = kept;
      if (!kept && this.postingsOf.get(term) === p) {
        this.postingsOf.delete(term);
        this.terms.delete(term);
      } else if (kept * 4 < p.codes.length) p.codes = p.codes.slice(0, Math.max(2, kept));
    }
    if (!this.vacuum.length) this.vacuum = null;
  }

  /** Distinct terms held (removed articles' ones included until a vacuum). */
  get size(): number {
    return this.postingsOf.size;
  }

  /**
   * Each term's postings of live articles, as [term, delta, delta, ...]: each code with the serial
   * replaced by `numberOf(serial)` (which must keep their order), less the code before it (a third
   * of the digits to write and parse), a common term's over several lines of LINE_CODES at most
   * (each line is one slice of a restore's work). Lazy: the caller yields between lines.
   */
  *lines(numberOf: (serial: number) => number | undefined): Generator<unknown[]> {
    this.flush();
    for (const [term, p] of this.postingsOf) {
      let line: unknown[] = [term];
      let previous = 0;
      for (let i = 0; i < p.n; i++) {
        const n = numberOf(Math.floor(p.codes[i] / 256));
        if (n === undefined) continue;
        const code = n * 256 + (p.codes[i] % 256);
        line.push(code - previous);
        previous = code;
        if (line.length > LINE_CODES) {
          yield line;
          line = [term];
        }
      }
      if (line.length > 1) yield line;
    }
  }

  /**
   * Files one snapshot line (see lines()): each code's number made a serial by `serialOf`
   * (undefined: an article left out; null: no such article, the line is refused). A line may
   * continue the previous line's term; codes rise within a term (so no posting comes twice).
   * Throws on a line of another shape; nothing is filed then.
   */
  restoreLine(line: unknown, serialOf: (n: number) => number | undefined | null): void {
    if (!Array.isArray(line) || typeof line[0] !== 'string' || line.length < 2) throw new Error('search snapshot: a term line of another shape');
    const term = line[0];
    this.flush();
    const continued = term === this.lastRestored?.term;
    if (!continued && this.postingsOf.has(term)) throw new Error('search snapshot: a term line of another shape');
    const p = continued ? this.lastRestored!.p : new Postings();
    p.reserve(p.n + line.length - 1);
    let code = continued ? this.lastRestored!.code : 0;
    const codes: number[] = [];
    for (let i = 1; i < line.length; i++) {
      const delta = line[i];
      if (!Number.isInteger(delta) || delta <= 0) throw new Error('search snapshot: a posting of another shape');
      code += delta;
      const weight = code % 256;
      const serial = serialOf(Math.floor(code / 256));
      if (serial === null || weight === 0) throw new Error('search snapshot: a posting out of range');
      if (serial !== undefined) codes.push(serial * 256 + weight);
    }
    for (const c of codes) p.push(c);
    this.postings += codes.length;
    this.lastRestored = { term, p, code };
    if (p.n && !this.postingsOf.has(term)) {
      this.postingsOf.set(term, p);
      this.terms.set(term, p);
    }
  }

  /** Counts an article whose postings restoreLine will file, before them. */
  restoredArticle(serial: number, length: number): void {
    this.filed(serial, length);
  }
}

/**
 * What a query word of fewer than LONG_PREFIX letters stands for while it is being typed: the
 * commonest terms it begins ("w": "was", "with", "would"…), out of a sorted list of the index's
 * COMMON_TERMS commonest terms. Expanding such a word over the whole radix tree would bring in
 * most of the vocabulary ("w" begins thousands of terms); this list bounds it, so "w", "wa",
 * "wal" find sentences before "walk" is typed. Pure data, no vscode import.
 */
import { lowerBound } from '../extractor/sorted';

/** Letters from which a word being typed is a prefix over every term (the radix tree's walk). */
export const LONG_PREFIX = 4;
/** Terms a short prefix is looked up among: the commonest, by the articles holding them. */
export const COMMON_TERMS = 2048;
/**
 * Terms one short prefix stands for, at most: each brings thousands of postings to score. At 16, in
 * a bench:editor run at 10k articles (load 6-10), typing "sup" took 20 ms of the host's CPU, the
 * first "t" 70 (the list made in it then, now after the index is filled: SearchKeeper).
 */
export const SHORT_PREFIX_TERMS = 8;
/**
 * Postings a short prefix's terms bring, at most, past its first term: "t" stands for "the", which
 * every article holds, not also for "to", "that" and "this" (at 8 terms the first "t" still took
 * 50 ms of the host's CPU at 10k articles, scoring ~80,000 postings unoptimised).
 */
export const SHORT_PREFIX_POSTINGS = 16_384;

/** The first of `expansions` (best first, each with its postings' count `n`) within SHORT_PREFIX_TERMS and SHORT_PREFIX_POSTINGS. */
export function shortPrefixShare<E extends { p: { n: number } }>(expansions: readonly E[]): E[] {
  const out: E[] = [];
  let postings = 0;
  for (const e of expansions) {
    if (out.length === SHORT_PREFIX_TERMS || (out.length && postings + e.p.n > SHORT_PREFIX_POSTINGS)) break;
    out.push(e);
    postings += e.p.n;
  }
  return out;
}

/** The index's commonest terms, sorted, and the article count they were chosen at. */
export class CommonTerms {
  private constructor(
    /** Sorted by code unit. */
    private readonly sorted: string[],
    readonly articles: number,
    /** The index's count of filed and removed articles when the list was made. */
    private readonly changes: number,
    /** Whether the list holds every term of the index (a small corpus). */
    private readonly whole: boolean,
  ) {}

  /**
   * The `count` terms held by the most articles, among `terms` (each with its article count, `n`;
   * a removed article's postings count until a vacuum, so over `articles` counts as one more); ties at the bar are taken in the order given, up to `count`. Two walks of
   * the terms and a histogram of their counts, no sort of them all: at the first short query
   * after a cold pass this runs in a keystroke (~26,000 terms at 10,164 articles).
   */
  static of(terms: ReadonlyMap<string, { n: number }>, articles: number, changes: number, count = COMMON_TERMS): CommonTerms {
    const histogram = new Uint32Array(articles + 2);
    // (forEach: no entry array made per term)
    terms.forEach((p) => histogram[Math.min(p.n, articles + 1)]++);
    // the bar: the count-th largest n (0 when there are no more terms than that)
    let bar = 0;
    if (terms.size > count) {
      let above = 0;
      for (bar = articles + 1; bar > 0 && above + histogram[bar] < count; bar--) above += histogram[bar];
    }
    const listed: string[] = [];
    const ties: string[] = [];
    terms.forEach((p, term) => {
      const n = Math.min(p.n, articles + 1);
      if (n > bar) listed.push(term);
      else if (n === bar) ties.push(term);
    });
    for (let i = 0; i < ties.length && listed.length < count; i++) listed.push(ties[i]);
    return new CommonTerms(listed.sort(), articles, changes, terms.size <= count);
  }

  /**
   * Whether an index, after `changes` filings and removals in all, wants the list made again: an
   * eighth of its articles (as many as the list was made at) filed or removed since (edits leave
   * the count as it was, so they are counted, not the articles), or any change while the list held
   * every term (a new word of a small corpus would be missing from it).
   */
  staleAt(changes: number): boolean {
    const since = changes - this.changes;
    return since > 0 && (this.whole || since * 8 >= Math.max(1, this.articles));
  }

  /** The listed terms that begin with `prefix`, in sorted order. */
  startingWith(prefix: string): string[] {
    const from = lowerBound((i) => this.sorted[i], prefix, 0, this.sorted.length);
    const out: string[] = [];
    for (let i = from; i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) out.push(this.sorted[i]);
    return out;
  }
}

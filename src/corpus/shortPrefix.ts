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
/** Terms one short prefix stands for, at most: each brings thousands of postings to score. */
export const SHORT_PREFIX_TERMS = 16;

/** The index's commonest terms, sorted, and the article count they were chosen at. */
export class CommonTerms {
  private constructor(
    /** Sorted by code unit. */
    private readonly sorted: string[],
    readonly articles: number,
  ) {}

  /**
   * The `count` terms held by the most articles, among `terms` (each with its article count, `n`);
   * ties at the bar are taken in the order given, up to `count`.
   */
  static of(terms: Iterable<[string, { n: number }]>, articles: number, count = COMMON_TERMS): CommonTerms {
    const all = [...terms];
    // the bar: the count-th largest n (a typed array sorts numbers without comparing objects)
    const ns = Float64Array.from(all, ([, p]) => p.n).sort();
    const bar = ns.length > count ? ns[ns.length - count] : 0;
    const above = all.filter(([, p]) => p.n > bar).map(([term]) => term);
    for (const [term, p] of all) if (p.n === bar && above.length < count) above.push(term);
    return new CommonTerms(above.sort(), articles);
  }

  /** Whether an index now of `articles` articles wants the list made again (changed by an eighth or more since). */
  staleAt(articles: number): boolean {
    return articles !== this.articles && Math.abs(articles - this.articles) * 8 >= this.articles;
  }

  /** The listed terms that begin with `prefix`, in sorted order. */
  startingWith(prefix: string): string[] {
    const from = lowerBound((i) => this.sorted[i], prefix, 0, this.sorted.length);
    const out: string[] = [];
    for (let i = from; i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) out.push(this.sorted[i]);
    return out;
  }
}

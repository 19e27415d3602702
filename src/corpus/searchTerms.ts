/**
 * What search sees of a text: its words (minisearch's tokenizer, lower-cased), and the rules for
 * the words of a query: which stand for a prefix, and how many typos each may hold. Pure functions,
 * shared by the index (./searchIndex.ts) and the sentence matching (./search.ts).
 */
import MiniSearch from 'minisearch';

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string | null | undefined | false;

/** Longest word indexed, in UTF-16 units: longer runs (hashes, base64, junk) are not words anyone types. */
export const MAX_WORD = 40;

/** The words of a text as the index sees them, in text order. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const w = processTerm(t);
    if (w && w.length <= MAX_WORD) out.push(w);
  }
  return out;
}

/** The word being typed (the last) is a prefix once it has 4 letters (3 would expand to most of the vocabulary). */
export const isPrefix = (term: string, i: number, terms: string[]): boolean => i === terms.length - 1 && term.length >= 4;

/**
 * Typos allowed: none under 5 letters, else one; two in the word being typed from 7 letters
 * ("dictatr" finds "dictators"). Two typos in every word would cost a keystroke several times over.
 */
export const typos = (term: string, i: number, terms: string[]): number => (term.length >= 7 && i === terms.length - 1 ? 2 : term.length >= 5 ? 1 : 0);

/** Whether the edit distance of a and b is at most `max` (a band of the usual table, stopped early). */
export function withinEdits(a: string, b: string, max: number): boolean {
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

/** Largest weight of a term in an article (a posting keeps it in 8 bits). */
export const MAX_WEIGHT = 255;
/** A speaker's name or a title word says more about an article than a word of its body. */
const SPEAKER_BOOST = 2;
const TITLE_BOOST = 2;

/** An article's distinct terms with their weights (occurrences, speaker and title words boosted), and its length in words. */
export interface ArticleTerms {
  terms: string[];
  weights: number[];
  length: number;
}

/**
 * The terms of an article: each word of its body (`sentences`, flat start/end pairs over `text`)
 * counted once per occurrence, of its speakers' names and its title SPEAKER_BOOST and TITLE_BOOST
 * times, capped at MAX_WEIGHT. Linear in the text's length.
 */
export function articleTerms(text: string, sentences: ArrayLike<number>, speakers: Iterable<string>, title: string): ArticleTerms {
  const counts = new Map<string, number>();
  let length = 0;
  const count = (ws: string[], by: number): void => {
    length += ws.length;
    for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + by);
  };
  for (let i = 0; i + 1 < sentences.length; i += 2) count(words(text.slice(sentences[i], sentences[i + 1])), 1);
  for (const s of speakers) count(words(s), SPEAKER_BOOST);
  count(words(title), TITLE_BOOST);
  const terms: string[] = [];
  const weights: number[] = [];
  for (const [t, n] of counts) {
    terms.push(t);
    weights.push(Math.min(MAX_WEIGHT, n));
  }
  return { terms, weights, length };
}

/** What minisearch's tokenizer splits words on (its SPACE_OR_PUNCTUATION). */
const SEPARATOR = '[\\n\\r\\p{Z}\\p{P}]';

/**
 * Finds given terms as whole words in a text, as words() would cut and lower-case them, with one
 * regular expression (no word list of the text is made: a keystroke reads many articles).
 */
export class TermFinder {
  private readonly terms: Set<string>;
  private readonly re: RegExp | null;

  constructor(terms: string[]) {
    this.terms = new Set(terms);
    const alternatives = [...this.terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
    this.re = alternatives.length ? new RegExp(`(?<!(?!${SEPARATOR}).)(?:${alternatives.join('|')})(?!(?!${SEPARATOR}).)`, 'giu') : null;
  }

  /** The terms found in `text`. */
  in(text: string): Set<string> {
    const found = new Set<string>();
    if (!this.re || !text) return found;
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      const t = m[0].toLowerCase();
      if (this.terms.has(t)) found.add(t);
    }
    return found;
  }

  /** The terms found in each sentence of `text` (flat start/end pairs, in text order), by the sentence's index; sentences without any left out. */
  bySentence(text: string, sentences: ArrayLike<number>): Map<number, Set<string>> {
    const out = new Map<number, Set<string>>();
    const count = sentences.length >> 1;
    if (!this.re || !count) return out;
    this.re.lastIndex = sentences[0];
    const last = sentences[2 * count - 1];
    let s = 0;
    for (let m = this.re.exec(text); m && m.index < last; m = this.re.exec(text)) {
      while (s < count && sentences[2 * s + 1] <= m.index) s++;
      if (s === count) break;
      const t = m[0].toLowerCase();
      if (sentences[2 * s] > m.index || m.index + m[0].length > sentences[2 * s + 1] || !this.terms.has(t)) continue;
      let set = out.get(s);
      if (!set) out.set(s, (set = new Set()));
      set.add(t);
    }
    return out;
  }
}

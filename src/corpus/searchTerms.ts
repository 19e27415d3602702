/**
 * What search sees of a text: its words (minisearch's tokenizer, lower-cased, accents folded), and the rules for
 * the words of a query: which stand for a prefix, and how many typos each may hold. Pure functions,
 * shared by the index (./searchIndex.ts) and the sentence matching (./search.ts).
 */
import { ownCopy } from '../extractor/memo';
import { lowerBound } from '../extractor/sorted';

/** Longest word indexed, in UTF-16 units: longer runs (hashes, base64, junk) are not words anyone types. */
export const MAX_WORD = 40;

/** The code units searchLower folds: Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (the table between them is unused). */
const FOLD_FROM = 0xc0;
const FOLD_TO = 0x1f00;

/** Letters with a stroke, which Unicode gives no decomposition ("Łódź", "Søren"). */
const STROKED: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };

/**
 * Each Latin letter with a diacritic (U+00C0–U+024F: "é", "ç", "ł", "ø"; and U+1E00–U+1EFF, the
 * letters of Vietnamese and Welsh: "ễ", "ọ", "ŵ") mapped to its base letter, one code unit for
 * one, so that folded text keeps every offset: "cote" finds "Côté", "nguyen" "Nguyễn".
 * Letters with no one-letter base ("æ", "ß") stay as they are. Indexed by code unit less FOLD_FROM.
 */
const BASE_LETTER: Uint16Array = (() => {
  const table = new Uint16Array(FOLD_TO - FOLD_FROM);
  for (let c = FOLD_FROM; c < FOLD_TO; c++) {
    if (c >= 0x250 && c < 0x1e00) continue;
    const parts = String.fromCharCode(c).normalize('NFD');
    const base = parts.length > 1 && /^[A-Za-z]\p{M}+$/u.test(parts) ? parts.charCodeAt(0) : (STROKED[String.fromCharCode(c)] ?? '').charCodeAt(0);
    table[c - FOLD_FROM] = base || c;
  }
  return table;
})();

/**
 * `text` lower-cased and its accented Latin letters folded to their base (see BASE_LETTER): what
 * every word search indexes, every query word and every text a term is looked for in pass
 * through. It keeps the text's length, so offsets in it are the text's: the Turkish capital "İ",
 * the one character whose lower case is longer (two code units, "i" and a combining dot), is read
 * as "I" ("imamoglu" finds "İmamoğlu"), and folding maps one code unit to one.
 */
export function searchLower(text: string): string {
  const lower = (text.includes('\u0130') ? text.replace(DOTTED_I, 'I') : text).toLowerCase();
  if (!ACCENTED.test(lower)) return lower;
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < FOLD_FROM || c >= FOLD_TO || (c >= 0x250 && c < 0x1e00)) continue;
    const base = BASE_LETTER[c - FOLD_FROM];
    if (base === c) continue;
    out += lower.slice(from, i) + String.fromCharCode(base);
    from = i + 1;
  }
  return from ? out + lower.slice(from) : lower;
}
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const DOTTED_I = /\u0130/g;

/**
 * The words of a text as the index sees them, in text order: the lower-cased text split as
 * minisearch's default tokenizer splits it (on runs of SEPARATOR), words over MAX_WORD left out.
 * A scan with a table per code unit rather than minisearch's Unicode pattern: every article's
 * text passes here when it is indexed (2.6 times faster over the development set, same words).
 */
export function words(text: string): string[] {
  const s = searchLower(text);
  const out: string[] = [];
  eachWord(s, 0, s.length, (w) => out.push(w));
  return out;
}

/**
 * Calls `f` with each word of `s[from, to)` (lower-cased already), as words() cuts that slice:
 * nothing past `to` is read, so a surrogate pair split at `to` is a lone surrogate, as in the slice.
 */
function eachWord(s: string, from: number, to: number, f: (word: string) => void): void {
  let start = from;
  for (let i = from; i < to; ) {
    const width = separatorAt(s, i, to);
    if (width) {
      if (i > start && i - start <= MAX_WORD) f(s.slice(start, i));
      start = i + width;
      i += width;
    } else i += i + 1 < to && s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  if (to > start && to - start <= MAX_WORD) f(s.slice(start, to));
}

/**
 * The word being typed (the last) is a prefix, from its first letter: under 4 letters the index
 * expands it over its commonest terms only (./shortPrefix.ts: over all, 3 letters would bring in
 * most of the vocabulary).
 */
export const isPrefix = (_term: string, i: number, terms: string[]): boolean => i === terms.length - 1;

/**
 * Typos allowed: none under 5 letters, else one; two in the word being typed from 7 letters
 * ("dictatr" finds "dictators"). Two typos in every word would cost a keystroke several times over.
 */
export const typos = (term: string, i: number, terms: string[]): number => (term.length >= 7 && i === terms.length - 1 ? 2 : term.length >= 5 ? 1 : 0);

/** Largest weight of a term in an article (a posting keeps it in 8 bits). */
export const MAX_WEIGHT = 255;
/** A speaker's name or a title word says more about an article than a word of its body. */
const SPEAKER_BOOST = 2;
const TITLE_BOOST = 2;

/**
 * An article's distinct terms as the index files them: `terms` joined by spaces (no term holds
 * one: the tokenizer splits on them), each one's weight (its occurrences, those in a speaker's name
 * or the title boosted, capped at MAX_WEIGHT), and the article's length in words. Compact, so
 * that a worker thread can make it and hand it to the host cheaply.
 */
export interface ArticleTerms {
  terms: string;
  weights: Uint8Array;
  length: number;
  /** The terms as a list instead of `terms` (those of a worker's vocabulary, see TermNames). */
  list?: readonly string[];
}

/**
 * The terms of an article: the words of its body (`sentences`, flat start/end pairs over `text`),
 * of its speakers' names (each name once) and of its title. Linear in the text's length.
 */
export function articleTerms(text: string, sentences: ArrayLike<number>, speakers: Iterable<string>, title: string): ArticleTerms {
  // each term's number, and its count by number: one look-up per word (a count in the map took two)
  const ids = new Map<string, number>();
  const counts: number[] = [];
  let length = 0;
  eachArticleWord(text, sentences, speakers, title, (w, boost) => {
    length++;
    const id = ids.get(w);
    if (id === undefined) ids.set(w, counts.push(boost) - 1);
    else counts[id] += boost;
  });
  const weights = new Uint8Array(counts.length);
  for (let i = 0; i < counts.length; i++) weights[i] = Math.min(MAX_WEIGHT, counts[i]);
  return { terms: [...ids.keys()].join(' '), weights, length };
}

/**
 * Calls `f` with each word of an article as articleTerms counts them, with its boost: its body's
 * (`sentences` of `text`), its speakers' names', its title's.
 */
function eachArticleWord(text: string, sentences: ArrayLike<number>, speakers: Iterable<string>, title: string, f: (word: string, boost: number) => void): void {
  const body = (w: string): void => f(w, 1);
  // the body lower-cased once, its sentences read in place (a worker makes the terms of every
  // article it reads: a slice and a lower-cased copy per sentence were a third of their time);
  // the same words as each sentence's own lower case where lower-casing keeps every length and
  // no 'Σ' (the one letter whose lower case depends on what follows it), else sentence by sentence
  const lower = searchLower(text);
  const inPlace = lower.length === text.length && !text.includes('Σ');
  for (let i = 0; i + 1 < sentences.length; i += 2) {
    const from = sentences[i];
    const to = sentences[i + 1];
    if (inPlace && from >= 0 && from <= to && to <= text.length) eachWord(lower, from, to, body);
    else {
      const s = searchLower(text.slice(from, to));
      eachWord(s, 0, s.length, body);
    }
  }
  const speaker = (w: string): void => f(w, SPEAKER_BOOST);
  for (const name of speakers) {
    const s = searchLower(name);
    eachWord(s, 0, s.length, speaker);
  }
  const t = searchLower(title);
  eachWord(t, 0, t.length, (w) => f(w, TITLE_BOOST));
}

/**
 * An article's terms as articleTerms makes them, each a number in the vocabulary of the worker
 * that made them (see TermNumbering) instead of a string: the host files the same term strings
 * again and again, not a fresh copy of each per article (half the time of filing them, ./searchIndex.ts).
 */
export interface NumberedTerms {
  /** The vocabulary's number (its worker thread's: one vocabulary per thread). */
  vocabulary: number;
  /** The number of the first term of `added`: the vocabulary's size before this article. */
  first: number;
  /** The terms this article added to the vocabulary, in order, joined by spaces. */
  added: string;
  /** The article's distinct terms by number, in articleTerms' order, with their weights. */
  ids: Uint32Array;
  weights: Uint8Array;
  length: number;
}

/**
 * A worker's vocabulary: every term it has met, numbered from 0 in the order met. Each article's
 * terms (see NumberedTerms) bring the terms new to it; the host's TermNames, told every article
 * in the same order, knows each number's term. Grows with the distinct words of the articles read.
 */
export class TermNumbering {
  private readonly ids = new Map<string, number>();
  /** Per term number, its count in the article being read; 0 for the others. */
  private readonly counts: number[] = [];

  constructor(readonly vocabulary: number) {}

  /** Terms numbered so far. */
  get size(): number {
    return this.counts.length;
  }

  /** The terms of an article, as articleTerms makes them (same arguments). */
  terms(text: string, sentences: ArrayLike<number>, speakers: Iterable<string>, title: string): NumberedTerms {
    const first = this.counts.length;
    const added: string[] = [];
    const seen: number[] = [];
    let length = 0;
    eachArticleWord(text, sentences, speakers, title, (w, boost) => {
      length++;
      let id = this.ids.get(w);
      if (id === undefined) {
        // a string of its own: a slice would keep the article's text alive
        const term = ownCopy(w);
        this.ids.set(term, (id = this.counts.push(0) - 1));
        added.push(term);
      }
      if (this.counts[id] === 0) seen.push(id);
      this.counts[id] += boost;
    });
    const ids = Uint32Array.from(seen);
    const weights = new Uint8Array(seen.length);
    for (let i = 0; i < seen.length; i++) {
      weights[i] = Math.min(MAX_WEIGHT, this.counts[seen[i]]);
      this.counts[seen[i]] = 0;
    }
    return { vocabulary: this.vocabulary, first, added: added.join(' '), ids, weights, length };
  }
}

/** Vocabularies the host keeps (the latest used): a pass's workers', an edit's. */
const VOCABULARIES = 4;

/** The host's side of the workers' vocabularies (see TermNumbering): each number's term. */
export class TermNames {
  private readonly names = new Map<number, string[]>();

  /**
   * The article's terms as articleTerms makes them (`list`: its terms, shared strings); the
   * vocabulary's new terms are taken first, so every result of a vocabulary must come here, in
   * the order its worker made them. Undefined when one did not (a vocabulary let go, a gap): the
   * article's terms are then unknown here.
   */
  take(t: NumberedTerms): ArticleTerms | undefined {
    let names = this.names.get(t.vocabulary);
    if (names) this.names.delete(t.vocabulary);
    else if (t.first === 0) names = [];
    else return undefined;
    // the most recent last
    this.names.set(t.vocabulary, names);
    if (this.names.size > VOCABULARIES) this.names.delete(this.names.keys().next().value!);
    if (t.first !== names.length) {
      this.names.delete(t.vocabulary);
      return undefined;
    }
    if (t.added) for (const w of t.added.split(' ')) names.push(ownCopy(w));
    const list: string[] = [];
    for (let i = 0; i < t.ids.length; i++) {
      const name = names[t.ids[i]];
      if (name === undefined) return undefined;
      list.push(name);
    }
    return t.weights.length === list.length ? { terms: '', weights: t.weights, length: t.length, list } : undefined;
  }
}

/** The terms of `t` as a list; null when they do not fit its weights (not made by articleTerms). */
export function termList(t: ArticleTerms): readonly string[] | null {
  const terms = t.list ?? (t.terms ? t.terms.split(' ') : []);
  return terms.length === t.weights.length && Number.isInteger(t.length) && t.length >= 0 ? terms : null;
}

/** What minisearch's tokenizer splits words on (its SPACE_OR_PUNCTUATION). */
const SEPARATOR = /[\n\r\p{Z}\p{P}]/u;
/** Per code unit below 0x10000: 1 when SEPARATOR matches it, 2 when not, 0 not asked yet. */
const SEPARATES = new Uint8Array(0x10000);
/** Code points beyond 0xFFFF (two code units) -> whether SEPARATOR matches them. */
const astralSeparates = new Map<number, boolean>();

/** The width (1 or 2 code units) of the separator at `i` of `s`, 0 when none starts there; nothing from `to` on is read. */
function separatorAt(s: string, i: number, to = s.length): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    const cp = s.codePointAt(i)!;
    let known = astralSeparates.get(cp);
    if (known === undefined) astralSeparates.set(cp, (known = SEPARATOR.test(String.fromCodePoint(cp))));
    return known ? 2 : 0;
  }
  return separatesUnit(c) ? 1 : 0;
}

/** Whether SEPARATOR matches the one code unit `c` (a lone surrogate never does). */
function separatesUnit(c: number): boolean {
  let v = SEPARATES[c];
  if (v === 0) SEPARATES[c] = v = SEPARATOR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * Finds given terms as whole words in a text, as words() would cut and lower-case them: a search
 * of the lower-cased text for each term (no word list of the text is made: a keystroke reads many
 * articles), its ends checked for separators.
 */
export class TermFinder {
  private readonly terms: string[];

  constructor(terms: string[]) {
    this.terms = [...new Set(terms)].filter(Boolean);
  }

  /** The terms found in `text`. */
  in(text: string): Set<string> {
    const found = new Set<string>();
    if (text) this.scan(text, searchLower(text), 0, text.length, (t) => found.add(t));
    return found;
  }

  /**
   * The terms found in each sentence of `text` (flat start/end pairs, in text order), by the
   * sentence's index; sentences without any left out. `lower`: searchLower(text), when the caller
   * already has it (several finders over one article).
   */
  bySentence(text: string, sentences: ArrayLike<number>, lower = searchLower(text)): Map<number, Set<string>> {
    const out = new Map<number, Set<string>>();
    const count = sentences.length >> 1;
    if (!count) return out;
    this.scan(text, lower, sentences[0], sentences[2 * count - 1], (term, at) => {
      // the sentence holding `at`: the first that ends after it
      const lo = lowerBound((i) => (sentences[2 * i + 1] > at ? 1 : 0), 1, 0, count);
      if (lo === count || sentences[2 * lo] > at || at + term.length > sentences[2 * lo + 1]) return;
      let set = out.get(lo);
      if (!set) out.set(lo, (set = new Set()));
      set.add(term);
    });
    return out;
  }

  /** Calls `found` for each whole-word occurrence of a term within [from, to) of `text` (`lower`: its lower case). */
  private scan(text: string, lower: string, from: number, to: number, found: (term: string, at: number) => void): void {
    // lower-casing changed some lengths ('İ'): a word-by-word reading keeps the offsets right
    if (lower.length !== text.length) return this.scanWords(text, from, to, found);
    // a separator may be two code units ('𐄀', '𑁇'): the one before a term ends at its low surrogate
    const endsSeparator = (i: number): boolean => i < from || separatesUnit(text.charCodeAt(i)) || (i > from && separatorAt(text, i - 1) === 2);
    const startsSeparator = (i: number): boolean => i >= to || separatorAt(text, i) > 0;
    for (const term of this.terms) {
      for (let at = lower.indexOf(term, from); at >= 0 && at + term.length <= to; at = lower.indexOf(term, at + 1)) {
        if (endsSeparator(at - 1) && startsSeparator(at + term.length)) found(term, at);
      }
    }
  }

  private scanWords(text: string, from: number, to: number, found: (term: string, at: number) => void): void {
    const wanted = new Set(this.terms);
    const word = /[^\n\r\p{Z}\p{P}]+/gu;
    word.lastIndex = from;
    for (let m = word.exec(text); m && m.index < to; m = word.exec(text)) {
      const t = searchLower(m[0]);
      if (wanted.has(t) && m.index + m[0].length <= to) found(t, m.index);
    }
  }
}

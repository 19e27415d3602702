/** Where a search's words are in a hit: the snippet a row shows around them, and the quote (of the sentence's quotes) that holds them. */
import type { CorpusLookup } from './lookup';
import type { SearchHit } from './search';
import { searchLower } from './searchTerms';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The first place in `lower` where `t` opens a word ("tax" in "a tax", not in "syntax"), else the first place at all, else -1. */
function wordAt(lower: string, t: string): number {
  const first = lower.indexOf(t);
  for (let at = first; at >= 0; at = lower.indexOf(t, at + 1)) if (at === 0 || !WORD_CHAR.test(lower.charAt(at - 1))) return at;
  return first;
}

/**
 * Where in `text` the first of the matched terms (or the query's words) occurs, or -1: the first
 * word a row's snippet shows its window around. A term is looked for where it opens a word first
 * (a term inside an earlier word, "tax" in "syntax", would put the window before the match).
 */
export function matchAt(text: string, terms: readonly string[], query: string): number {
  // (terms and text accents folded alike: "cote" matched "Côté")
  const lower = searchLower(text);
  let best = -1;
  let bestOpens = false;
  for (const t of [...terms, ...searchLower(query).split(/\s+/)]) {
    if (!t) continue;
    const at = wordAt(lower, t);
    if (at < 0) continue;
    const opens = at === 0 || !WORD_CHAR.test(lower.charAt(at - 1));
    if (best < 0 || (opens && !bestOpens) || (opens === bestOpens && at < best)) {
      best = at;
      bestOpens = opens;
    }
  }
  return best;
}

/** The longest word that tells no quote of a sentence from another when longer words are searched for. */
const SHORT_WORD = 3;

/** The article offsets where a sentence hit's words (its matched terms, the query's words) occur in its text, in no order; none when it was found through its speaker's name or title only. */
export function sentenceMatches(h: Pick<SearchHit, 'start' | 'text' | 'terms'>, value: string): number[] {
  const lower = searchLower(h.text);
  const out: number[] = [];
  const words = new Set([...h.terms, ...searchLower(value).split(/\s+/)].filter((w) => w));
  // (words of three letters or fewer, "as", "to", "the", tell no quote apart where a longer word is asked for)
  const long = [...words].some((w) => w.length > SHORT_WORD);
  for (const t of words) {
    if (long && t.length <= SHORT_WORD) continue;
    for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + t.length)) out.push(h.start + at);
  }
  return out;
}

/**
 * The quote a search's sentence row names (where it starts and its speaker's id): the one of the
 * sentence's quotes that holds the most matches ("The Herald reported that Lee wants …, and Mayor Costa
 * called the plan “reckless”": a match in “reckless” is Costa's), else the sentence's first.
 */
export function sentenceRowQuote(lookup: Pick<CorpusLookup, 'quoteSpeakerIn'>, h: Pick<SearchHit, 'path' | 'start' | 'end' | 'text' | 'terms'>, value: string): { start: number; speaker: string | null } | undefined {
  return lookup.quoteSpeakerIn(h.path, h.start, h.end, sentenceMatches(h, value));
}

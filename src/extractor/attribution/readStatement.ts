/**
 * Part of stage 5 of attribution (see ./quotations): a paragraph that ends with someone reading a
 * statement out ("His sister, Mary Lee, read a statement.", "The mother read a letter aloud in
 * court, her voice breaking.") hands the quotation that opens the next paragraph, and the paragraphs it runs on
 * over, to the reader, as "Ortiz said:" does.
 */
import { VERB_FILLERS } from '../cues';
import type { Sentence, Token } from '../text';
import type { Np } from './state';
import { npBackward } from './sourceBefore';
import { DETERMINERS, hasFiniteVerb, isLyAdverb } from './words';

/** Verbs of reading a text out. */
const READ_VERBS = new Set(['read', 'reads', 'delivered', 'delivers']);
/** Texts read out whose words a quotation then gives. */
const TEXTS_READ = new Set(['statement', 'letter', 'poem', 'eulogy', 'tribute', 'message']);

/**
 * The reader's phrase and the verb's index when sentence `s` ends "NP read (aloud) a statement",
 * then at most an adjunct with no verb of its own ("aloud in the courtroom, her voice breaking."),
 * else null.
 */
export function statementReader(t: Token[], s: Sentence): { np: Np; verb: number } | null {
  if (t[s.to - 1]?.text !== '.') return null;
  let e = s.to - 2;
  while (e > s.from && s.to - e < 24 && !(t[e].type === 'word' && TEXTS_READ.has(t[e].lower))) {
    if (t[e].type !== 'word' && t[e].text !== ',') return null;
    e--;
  }
  if (e <= s.from || !TEXTS_READ.has(t[e].lower) || hasFiniteVerb(t, e + 1, s.to - 1, true)) return null;
  // the text's determiner and up to two modifiers ("a short statement", "a victim impact statement")
  let d = e - 1;
  while (d > s.from && e - d <= 3 && !DETERMINERS.has(t[d].lower)) d--;
  if (!DETERMINERS.has(t[d]?.lower ?? '')) return null;
  let v = d - 1;
  if (t[v]?.lower === 'aloud') v--;
  if (v <= s.from || !READ_VERBS.has(t[v].lower) || t[v].cap) return null;
  let k = v - 1;
  while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]))) k--;
  // ("His sister, Mary Lee, read …": the name in apposition reads)
  if (t[k]?.text === ',') k--;
  const np = k >= s.from && t[k].type === 'word' ? npBackward(t, k, s.from) : null;
  return np ? { np, verb: v } : null;
}

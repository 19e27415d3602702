/**
 * Part of stage 5 of attribution (see ./quotations): a paragraph that ends with someone reading a
 * statement out ("His sister, Mary Lee, read a statement.", "The mother read a letter aloud in
 * court, her voice breaking.") hands the quotation that opens the next paragraph, and the paragraphs it runs on
 * over, to the reader, as "Ortiz said:" does, unless that quotation names its own speaker. Also
 * when "read" is a cue at all (`readOut`, asked by ./cueDetection): words read out, not a title read.
 */
import { CUE_FORMS, DOCUMENT_NOUNS, VERB_FILLERS } from '../cues';
import type { Sentence, Token } from '../text';
import type { ArticleState, Np } from './state';
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
  if (v >= 0 && t[v].lower === 'aloud') v--;
  if (v <= s.from || !READ_VERBS.has(t[v].lower) || t[v].cap) return null;
  let k = v - 1;
  while (k >= s.from && t[k].type === 'word' && (VERB_FILLERS.has(t[k].lower) || isLyAdverb(t[k]))) k--;
  // ("His sister, Mary Lee, read …": the name in apposition reads)
  if (t[k]?.text === ',') k--;
  const np = k >= s.from && t[k].type === 'word' ? npBackward(t, k, s.from) : null;
  return np ? { np, verb: v } : null;
}

/**
 * Whether the quotation opening the paragraph after `pi` names its own speaker where it closes
 * ("“…we are lost without her,” said her husband, Tom Dahl."): a cue within a few words after the
 * closing mark, in the paragraph (at most 12 on) where the quotation that runs on ends.
 */
export function quotationAttributedAhead(st: ArticleState, pi: number): boolean {
  for (let j = pi + 1; j < st.paragraphs.length && j - pi <= 12; j++) {
    const p = st.paragraphs[j];
    const q = p.quotes[0];
    if (!q || q.open !== 0) return false;
    if (q.close < 0) continue;
    for (let k = q.close + 1; k < p.tokens.length && k - q.close <= 6; k++) if (CUE_FORMS.has(p.tokens[k].lower)) return true;
    return false;
  }
  return false;
}

/**
 * "read" reporting words: a quotation closed with its comma just before a short subject and the
 * verb, which ends the clause ("“Please keep my library open,” she read."), or a quotation after
 * a written thing ("the letter read: “…”", "A sign read “…”"). Not a title read ("Students read
 * “The Outsiders”", "“Wonder,” which she read twice").
 */
export function readOut(t: Token[], s: Sentence, i: number): boolean {
  // ("the post read in full: …", "the letter read, in part, “…”", "the petition reads, in part: …": how much is quoted)
  const aside = t[i + 1]?.text === ',' && t[i + 2]?.lower === 'in';
  const extent = t[i + 1]?.lower === 'in' && (t[i + 2]?.lower === 'full' || t[i + 2]?.lower === 'part') ? i + 3 : aside && t[i + 4]?.text === ',' ? i + 5 : aside && t[i + 4]?.text === ':' ? i + 4 : i + 1;
  const next = t[extent];
  if (next && (next.type === 'open' || next.type === 'ambiguous' || next.text === ':')) return WRITTEN.has(t[i - 1]?.lower ?? '') || writtenBeforeAside(t, s, i - 1);
  // ("“Get out now,” read the emergency alert": inverted after a quotation's closing comma, the written thing after it)
  if (i - 2 >= s.from && (t[i - 1].type === 'close' || t[i - 1].type === 'ambiguous') && t[i - 2].text === ',') {
    for (let j = DETERMINERS.has(t[i + 1]?.lower ?? '') ? i + 2 : i + 1; j < s.to && j <= i + 4 && t[j].type === 'word' && !t[j].cap; j++) if (WRITTEN.has(t[j].lower) || DOCUMENT_NOUNS.has(t[j].lower)) return true;
  }
  let k = i - 1;
  while (k >= s.from && i - k <= 4 && t[k].type === 'word') k--;
  const ends = !next || next.text === '.' || next.text === ',' || next.lower === 'aloud' || next.lower === 'out';
  return ends && k > s.from && (t[k].type === 'close' || t[k].type === 'ambiguous') && (t[k - 1].text === ',' || t[k - 1].text === '?' || t[k - 1].text === '!');
}
/** Whether the comma at `comma` closes an aside after a written thing: "The post, by Dr. Amit Rao, read in full:". */
function writtenBeforeAside(t: Token[], s: Sentence, comma: number): boolean {
  if (t[comma]?.text !== ',') return false;
  for (let k = comma - 1; k > s.from && comma - k <= 8; k--) if (t[k].text === ',') return WRITTEN.has(t[k - 1].lower);
  return false;
}
/** Written things whose words "read": "the letter read", "a sign read". */
const WRITTEN = new Set(['letter', 'petition', 'sign', 'signs', 'note', 'statement', 'placard', 'placards', 'banner', 'banners', 'message', 'card', 'post', 'text', 'headline', 'inscription', 'caption', 'plaque', 'poster', 'posters', 'sticker', 'email', 'memo', 'notice', 'tweet', 'shirt', 't-shirt', 'label', 'billboard']);

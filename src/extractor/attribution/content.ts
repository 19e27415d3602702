/**
 * Stage 3 of attribution: the reported content. Its span after the cue ("said (that) …", "told
 * reporters Friday: “…”"), before it ("CONTENT, X said") or across it ("…, he said, …"); whether
 * it is a quotation (direct), holds one (mixed) or none (indirect); stand-alone quotations that
 * continue an attribution, and the pieces of a quotation interrupted by its cue.
 */
import { lowerBound } from '../sorted';
import { CUE_FORMS, type CueInfo } from '../cues';
import { DAYS_AND_MONTHS, ROLE_NOUNS } from '../gazetteer';
import type { LocalActor } from '../actors';
import { isNameWord } from '../names';
import { baseLower, firstQuoteFrom, type Paragraph, type Sentence, type Token } from '../text';
import type { Span } from '../types';
import type { Cue } from './cueDetection';
import type { SourcePhrase } from './source';
import type { ArticleState, Attribution, LocalQuote, Np } from './state';
import { ADJUNCT_START, CLAUSE_BREAK, DETERMINERS, infinitiveAt, NUMBER_WORDS, RELATIVE_PRONOUNS, STOP_BACKWARD, SUBJECT_PRONOUNS, TIME_WORDS, TITLE_LIKE } from './words';

const TELL_CLASS = new Set(['tell', 'assure', 'inform', 'remind', 'advise', 'reassure', 'thank']);
/** Dashes that open a line of dialogue in the European style. */
const DIALOGUE_DASHES = new Set(['—', '–', '―']);
/** Relative pronouns that open a clause around a cue: "The dam, which he said was built in 1962, holds …". */
const RELATIVE_OPENERS = new Set(['which', 'who', 'that', 'whom']);
/** Subordinators that open a clause ending at its comma: "While some parents say …, the principal says …". */
const SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'if', 'because', 'since', 'as', 'when', 'unless', 'after', 'before', 'until', 'once']);
/** Words that can stand before a subordinator at the start of a sentence: "Even as he said …,". */
const SUBORDINATOR_LEADS = new Set(['even', 'just', 'only', 'but', 'and']);
/** Words after which "that" is no complementiser: "so that", "such that", "all that". */
const NOT_COMPLEMENTISER_AFTER = new Set(['so', 'such', 'now', 'the', 'all', 'like']);
const QUANTITY_WORDS = new Set(['much', 'many', 'few', 'more', 'little', 'most', 'some', 'none', 'all']);

/**
 * The content of a verb cue whose source phrase is `src`, as token indices [from, to) of the
 * paragraph, or null. `regionStart` is where text not yet used by this sentence's attributions
 * begins; `contentEndLimit` where a joined cue's clause starts (or the sentence's end).
 */
export function findContent(p: Paragraph, s: Sentence, cue: Cue, info: CueInfo, src: SourcePhrase, regionStart: number, contentEndLimit: number): [number, number] | null {
  const t = p.tokens;
  const { subject, inverted } = src;
  const k = cue.subjectEnd;
  let content: [number, number] | null = null;
  if (inverted) {
    content = regionBefore(t, regionStart, k + 1, true);
  } else {
    // ", who say …, disagree", ", which he said was …, holds", "While some say …, others": a
    // relative or subordinate clause ends at its comma
    const opener = subject ? t[subject.from - 1] : undefined;
    const relative =
      !!subject &&
      ((subject.to - subject.from === 1 && RELATIVE_PRONOUNS.has(t[subject.from].lower) && opener?.text === ',') ||
        (!!opener && RELATIVE_OPENERS.has(opener.lower) && t[subject.from - 2]?.text === ',') ||
        (!!opener && SUBORDINATORS.has(opener.lower) && (subject.from - 1 === s.from || t[subject.from - 2]?.text === ',' || (subject.from - 2 === s.from && SUBORDINATOR_LEADS.has(t[s.from].lower)))));
    let limit = relative ? nextComma(t, p.inQuote, cue.end + 1, contentEndLimit) : contentEndLimit;
    // "…, who declared in the spin room, “…”": the quotation after the comma is still the content
    if (limit < contentEndLimit && (t[limit + 1]?.type === 'open' || t[limit + 1]?.type === 'ambiguous')) limit = contentEndLimit;
    content = contentAfter(t, s, cue.end, info, limit);
    const before = subject ? subject.from - 1 : -1;
    // "CONTENT, NP said": only where a comma or a closing mark stands before the subject
    const canLookBack = before >= regionStart && (t[before].text === ',' || t[before].type === 'close' || t[before].type === 'ambiguous' || t[before].text === '—');
    // “A,” she said, “b …”: the quotation before the cue is its content; the one after goes on with it
    if (content && canLookBack && (t[before].type === 'close' || t[before].type === 'ambiguous') && p.inQuote[before - 1] && (t[content[0]].type === 'open' || t[content[0]].type === 'ambiguous') && t[content[0] - 1]?.text === ',') {
      const quoted = regionBefore(t, regionStart, subject!.from, false);
      if (quoted) return quoted;
    }
    if (!content && canLookBack) {
      content = withoutTrailingRole(t, regionBefore(t, regionStart, subject!.from, false));
      // "Many of the closures, he said, have involved public courses": the clause goes on after its cue
      if (content && content[1] === subject!.from - 1) content = acrossCue(t, p.inQuote, content, cue.end, contentEndLimit);
    }
    // "For example, she wrote in an analysis, CONTENT."
    if (!content && subject) content = contentAfterParenthetical(t, s, cue.end, limit);
  }
  return content;
}

/**
 * "according to X, CONTENT" or "CONTENT, according to X": the content, given where the source
 * phrase ends (`npEnd`). `sentenceFrom` is where the sentence starts: in "Y said …, according to
 * X." Y's attribution has used the text before the cue, and X's account is that whole attribution.
 */
export function accordingContent(t: Token[], cue: Cue, npEnd: number, regionStart: number, contentEndLimit: number, sentenceFrom = regionStart): [number, number] | null {
  const before = regionBefore(t, regionStart, cue.index, true);
  if (before) return before;
  if (t[npEnd]?.text === ',') return [npEnd + 1, contentEndLimit];
  return cue.joined && regionStart > sentenceFrom ? regionBefore(t, sentenceFrom, cue.index, false) : null;
}

/**
 * Quotations in sentence `s` that no cue took: a stand-alone quote of four words or more carries
 * on the previous attribution (this sentence's, or one at most two sentences and one paragraph
 * back) as a continuation. Appends them to `made`.
 */
export function addContinuations(st: ArticleState, pi: number, p: Paragraph, s: Sentence, made: LocalQuote[], sentenceSpeaker: Attribution | null): void {
  const t = p.tokens;
  // most sentences hold no quotation: the test of what is covered is made at the first one
  // (undefined until then; null when nothing was made before it)
  let covered: Coverage | null | undefined;
  let sentenceWords = -1;
  for (let qi = firstQuoteFrom(p.quotes, s.from); qi < p.quotes.length && p.quotes[qi].open < s.to; qi++) {
    const qm = p.quotes[qi];
    if (covered === undefined) covered = made.length ? coverage(made) : null;
    if (covered !== null && covers(covered, qm.start, qm.end)) continue;
    const words = wordsIn(t, qm.open + 1, qm.close < 0 ? t.length : qm.close);
    // a paragraph that opens with a quotation after a lead-in or an unclosed quotation
    const handed = qm.open === 0 ? (st.leadIn?.para === pi - 1 ? st.leadIn : st.carry?.para === pi - 1 ? st.carry : null) : null;
    // “A,” she said, “b …”: the quotation right after this sentence's cue goes on with it, however short
    const resumed = sentenceSpeaker?.cue != null && t[qm.open - 1]?.text === ',' && t[qm.open - 2]?.end === sentenceSpeaker.cue.end;
    // “A,” she said. “B.”: a quotation that is the whole next sentence goes on with it too
    const next = qm.open === s.from && (qm.close < 0 || qm.close >= s.to - 2) && st.lastSpeaker?.para === pi && st.sentenceSerial - st.lastSpeaker.sentence === 1;
    if (words < (next ? 2 : 4) && !handed && !resumed) continue;
    if (sentenceWords < 0) sentenceWords = wordsIn(t, s.from, s.to);
    const prev = handed?.attribution ?? sentenceSpeaker ?? st.lastSpeaker;
    const recent = prev && (handed || prev === sentenceSpeaker || (st.sentenceSerial - prev.sentence <= 2 && pi - prev.para <= 1));
    const standalone = handed || sentenceSpeaker !== null || words / sentenceWords >= 0.75;
    if (!prev || !recent || !standalone || !prev.cue) continue;
    const quote: LocalQuote = {
      start: qm.start,
      end: trimEnd(st.text, qm.start, qm.end),
      text: '',
      kind: 'direct',
      speaker: prev.speaker,
      speakerMention: prev.mention,
      cue: prev.cue,
      // a lead-in's quotation is its content, not a continuation
      continuation: !handed || handed !== st.leadIn,
      pieces: undefined,
      cueClass: 'speech',
    };
    made.push(quote);
  }
}

/** How many words tokens [from, to) hold. */
function wordsIn(t: Token[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (t[j].type === 'word') n++;
  return n;
}

/** The spans of a sentence's quotes so far, sorted by start, with the running maximum of their ends. */
interface Coverage {
  starts: number[];
  maxEnd: number[];
}

/**
 * The quotes' spans for `covers`: sorted once with running maximum ends, then a binary search per
 * question, so a sentence of many quotations costs n log n, not n².
 */
function coverage(quotes: LocalQuote[]): Coverage {
  // (pushed in a loop, not made by map: an array from V8's optimised map has a map the sort call
  // had not met, which deoptimised addContinuations)
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < quotes.length; i++) spans.push([quotes[i].start, quotes[i].end]);
  spans.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const maxEnd: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    starts.push(spans[i][0]);
    maxEnd.push(Math.max(spans[i][1], i ? maxEnd[i - 1] : -1));
  }
  return { starts, maxEnd };
}

/** Whether [start, end) lies inside one of the quotes of `c`. */
function covers(c: Coverage, start: number, end: number): boolean {
  let lo = 0;
  let hi = c.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.starts[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && c.maxEnd[lo - 1] >= end;
}

/**
 * Content before a cue set off by commas, continued after it: "CONTENT, he said, CONTENT". Not
 * when what follows starts a clause of its own ("…, he said, and left", "…, he said, adding …").
 */
function acrossCue(t: Token[], inQuote: Uint8Array, before: [number, number], cueEnd: number, limit: number): [number, number] {
  const comma = skipTimeForward(t, cueEnd, limit);
  const next = t[comma + 1];
  if (t[comma]?.text !== ',' || inQuote[comma] || !next || next.type !== 'word' || limit - comma < 4) return before;
  if (CLAUSE_BREAK.has(next.lower) || CUE_FORMS.has(next.lower) || /ing$/.test(next.lower) || next.lower === 'according') return before;
  for (let j = comma + 1; j < limit; j++) if (t[j].type === 'open' || t[j].type === 'ambiguous') return before;
  return [before[0], limit];
}

/** The first comma outside quotations in [from, to), or `to`. */
function nextComma(t: Token[], inQuote: Uint8Array, from: number, to: number): number {
  for (let j = from; j < to; j++) if (t[j].text === ',' && !inQuote[j]) return j;
  return to;
}

/** The first token of sentence `s` at or after text offset `offset` (or `s.to`). */
export function tokenAfter(t: Token[], offset: number, s: Sentence): number {
  // tokens are in text order: a binary search, since every cue of a long sentence asks
  return lowerBound((i) => t[i].start, offset, s.from, s.to);
}

/**
 * Text before a subject, after the last clause used: "CONTENT, NP said". A short adverbial
 * ("On Friday, X said") is no content; a quotation is, however short.
 */
function regionBefore(t: Token[], from: number, to: number, allowShort: boolean): [number, number] | null {
  let b = to;
  while (b > from && (t[b - 1].text === ',' || t[b - 1].text === '—' || t[b - 1].text === ':')) b--;
  if (b - from < 2) return null;
  const quoted = t[from].type === 'open' || t[from].type === 'ambiguous' || t[b - 1].type === 'close' || t[b - 1].type === 'ambiguous';
  if (!quoted && !allowShort && wordsIn(t, from, b) < 4 && !shortClause(t, from, b)) return null;
  return [from, b];
}

/**
 * "She was wrong, he said.", "Prices will rise, Hallam said.": tokens [from, to) are a short
 * clause of their own, a subject (a pronoun, or a word that opens no adjunct) and a finite verb
 * after it, not an adverbial ("On Friday", "In Paris", "Asked about it").
 */
function shortClause(t: Token[], from: number, to: number): boolean {
  if (to - from < 2 || t[from].type !== 'word') return false;
  const first = baseLower(t[from]);
  if (SUBJECT_PRONOUNS.has(first)) return hasFiniteVerb(t, from + 1, to, true);
  if (ADJUNCT_START.has(first) || CLAUSE_BREAK.has(first) || CUE_FORMS.has(first) || /(?:ed|ing|ly)$/.test(first)) return false;
  for (let j = from + 1; j < to; j++) if (!t[j].cap && AUXILIARIES.has(t[j].lower)) return true;
  return false;
}
/** Auxiliaries that make a short clause finite: "Prices will rise", "Nobody was hurt". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'has', 'have', 'had', 'did', 'does']);

/** "‘…,’ the Home Secretary, Yvette Marlow, said": the role before the name is not content. */
function withoutTrailingRole(t: Token[], region: [number, number] | null): [number, number] | null {
  if (!region) return null;
  const [a, b] = region;
  for (let j = b - 1; j > a && b - j <= 8; j--) {
    const x = t[j];
    if (x.text !== ',' && x.type !== 'close' && x.type !== 'ambiguous') continue;
    if (!rolePhrase(t, j + 1, b)) return region;
    let end = j;
    while (end > a && t[end].text === ',') end--;
    return end + 1 - a >= 2 ? [a, end + 1] : region;
  }
  return region;
}

/** Whether tokens [a, b) are all words, one of them a role noun or a title. */
function rolePhrase(t: Token[], a: number, b: number): boolean {
  let role = false;
  for (let i = a; i < b; i++) {
    if (t[i].type !== 'word') return false;
    role ||= ROLE_NOUNS.has(t[i].lower) || TITLE_LIKE.test(t[i].text);
  }
  return role;
}

/** The reported clause after a cue ending at token `from`, up to `limit`: "said (that) …", "told reporters: “…”". */
function contentAfter(t: Token[], s: Sentence, from: number, info: CueInfo, limit: number): [number, number] | null {
  let k = from;
  const end = Math.min(limit, s.to);
  while (k < end && t[k].type === 'word' && t[k].lower.endsWith('ly') && !t[k].cap) k++;
  if (TELL_CLASS.has(info.lemma)) {
    const obj = objectForward(t, k, end);
    if (obj) k = obj.to;
  }
  k = skipTimeForward(t, k, end);
  // "said in a statement that …", "told reporters Friday: “…”"; a clause that starts at once
  // ("said the scandal is the latest issue that …") has its own "that"s
  const adjunct = !!t[k] && t[k].type === 'word' && ADJUNCT_START.has(t[k].lower);
  for (let j = k; j < Math.min(end, k + 16); j++) {
    if (j > k && !adjunct) break;
    const tok = t[j];
    const prev = t[j - 1];
    if (tok.lower === 'that' && tok.type === 'word' && !(prev && NOT_COMPLEMENTISER_AFTER.has(prev.lower))) return j + 1 < end ? [j + 1, end] : null;
    if (tok.text === ':') return j + 1 < end ? [j + 1, end] : null;
    if (tok.type === 'open' || tok.type === 'ambiguous') {
      if (j === k || prev.text === ',' || prev.text === ':') return [j, end];
      break;
    }
    if (tok.text === ',') {
      const next = t[j + 1];
      if (next && (next.type === 'open' || next.type === 'ambiguous')) return [j + 1, end];
      // "told The Washington Post, Fiorina would lead …": the clause after the cue's comma
      if (j === k && k > from && next?.type === 'word' && end - j > 4 && !CLAUSE_BREAK.has(next.lower) && !ADJUNCT_START.has(next.lower) && !/ing$/.test(next.lower) && !CUE_FORMS.has(next.lower)) return [j + 1, end];
      break;
    }
    // "joked in her answer to a reporter, “…”": a cue word after a determiner is a noun
    if (tok.type === 'word' && ((CUE_FORMS.has(tok.lower) && j > k && !DETERMINERS.has(prev.lower)) || CLAUSE_BREAK.has(tok.lower))) break;
    if (tok.text === '.' || tok.text === ';') break;
  }
  const first = t[k];
  if (!first || k >= end) return null;
  if (infinitiveAt(t, k, info)) return end - k >= 2 && !bareSpeechInfinitive(t, k, end) ? [k, end] : null;
  if (first.type !== 'word' && first.type !== 'open' && first.type !== 'ambiguous') return null;
  // "said much of the talk was …" opens a clause; "said much" alone does not; "told reporters
  // this was …" opens one, "said this week" does not; "said about 600 pupils …", "said more
  // than half the team …" open one with a quantity
  // the next word and its tests read for every clause: a read or look-up that only the rare
  // "too" and "this" reach would deoptimise this function the first time one of them runs
  const nextWord = t[k + 1]?.lower ?? '';
  const nextQuantity = QUANTITY_WORDS.has(nextWord);
  const nextTime = TIME_WORDS.has(nextWord);
  const quantity = (QUANTITY_WORDS.has(first.lower) && nextWord === 'of') || (first.lower === 'too' && nextQuantity) || quantityAt(t, k);
  const demonstrative = first.lower === 'this' && !nextTime;
  if (first.type === 'word' && !quantity && !demonstrative && (ADJUNCT_START.has(first.lower) || DAYS_AND_MONTHS.has(first.lower))) {
    // "said in an interview the deal was dead": the clause after a short adjunct
    const clause = clauseAfterAdjunct(t, k, end);
    return clause >= 0 ? [clause, end] : null;
  }
  if (end - k < 2) return null;
  // "added a third goal", "reported a profit", "confirmed the move": verbs with a sense other than
  // speech take a noun phrase as their object, not as what was said
  if (OBJECT_NOT_SPEECH.has(info.lemma) && !quantity && (DETERMINERS.has(first.lower) || /^\d/.test(first.text)) && !hasFiniteVerb(t, k + 1, end)) return null;
  return [k, end];
}

/**
 * A headline's verb of judgement with a noun phrase after it ("Coach defends keeper after derby
 * loss", "Council Slams Stadium Sale"): whom or what was judged, an act the headline reports, not
 * words. `lemma` is the cue's; tokens [from, to) follow the cue. A clause, a colon or a quotation
 * after it is speech. (In body text PARC-style annotation, PolNeAR's, counts "criticized the
 * decision" as an attribution, so only headlines are read this way.)
 */
export function judgedThing(t: Token[], lemma: string, from: number, to: number): boolean {
  if (!JUDGEMENT_VERBS.has(lemma)) return false;
  for (let j = from; j < to; j++) {
    const x = t[j];
    if (x.type === 'open' || x.type === 'close' || x.type === 'ambiguous' || x.text === ':') return false;
  }
  return !hasFiniteVerb(t, from, to);
}

/** Speech verbs of judgement, whose object is whom or what was judged. */
const JUDGEMENT_VERBS = new Set(
  'defend|praise|criticize|criticise|condemn|blast|slam|applaud|hail|welcome|denounce|decry|reject|dismiss|attack|fault|blame|credit|thank|chide|scold|mock|ridicule|deride|belittle|disparage|tout|lament'.split('|'),
);

/**
 * Cue verbs whose noun-phrase object is a thing done or counted, not a message: "added a goal",
 * "reported a profit", "posted a loss", "confirmed the move", "recalled 4,000 jars". (With a clause
 * they report speech: "added that …".)
 */
const OBJECT_NOT_SPEECH = new Set(['add', 'report', 'post', 'confirm', 'recall', 'forecast', 'project', 'estimate', 'signal', 'order', 'charge', 'credit', 'pitch', 'continue', 'object']);

/** Words that make a quantity of what follows: "about 600", "nearly half", "more than", "at least". */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under', 'just', 'only', 'barely', 'fewer', 'less', 'more', 'at', 'up', 'close']);
const FRACTIONS = new Set(['half', 'third', 'quarter', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'all', 'most', 'two-thirds']);

/** "about 600 pupils", "more than half the team", "at least three": a quantity opening a clause at token k. */
function quantityAt(t: Token[], k: number): boolean {
  const a = t[k];
  if (!a || !APPROXIMATORS.has(a.lower)) return false;
  let j = k + 1;
  if ((a.lower === 'more' || a.lower === 'less' || a.lower === 'fewer') && t[j]?.lower === 'than') j++;
  else if ((a.lower === 'at' && (t[j]?.lower === 'least' || t[j]?.lower === 'most')) || ((a.lower === 'up' || a.lower === 'close') && t[j]?.lower === 'to')) j++;
  else if (a.lower === 'more' || a.lower === 'less' || a.lower === 'fewer' || a.lower === 'at' || a.lower === 'up' || a.lower === 'close') return false;
  const n = t[j];
  if (!n || n.type !== 'word') return false;
  const number = /^\d/.test(n.text) || NUMBER_WORDS.has(n.lower) || FRACTIONS.has(n.lower) || ((n.lower === 'a' || n.lower === 'one') && FRACTIONS.has(t[j + 1]?.lower ?? ''));
  // the quantity is the subject of a clause: some words follow it
  return number && wordsIn(t, j + 1, Math.min(j + 6, t.length)) >= 2;
}

/**
 * "said in an interview the deal was dead", "told reporters in Ohio he would win": after a short
 * adjunct (no comma), where a clause starts (a subject pronoun, or a determiner after a noun)
 * and has a finite verb; -1 when none does.
 */
function clauseAfterAdjunct(t: Token[], k: number, end: number): number {
  if (!ADJUNCT_PREPOSITIONS.has(t[k].lower)) return -1;
  for (let j = k + 1; j < Math.min(end, k + 9); j++) {
    const x = t[j];
    const prev = t[j - 1];
    if (x.type !== 'word') return -1;
    if ((CUE_FORMS.has(x.lower) && !DETERMINERS.has(prev.lower)) || CLAUSE_BREAK.has(x.lower) || x.lower === 'or') return -1;
    // a determiner after the adjunct's noun ("in an interview the deal …"), not inside it ("of the")
    const nounBefore = prev.type === 'word' && !DETERMINERS.has(prev.lower) && !ADJUNCT_START.has(prev.lower) && !STOP_BACKWARD.has(prev.lower);
    const subject = SUBJECT_PRONOUNS.has(baseLower(x)) || (DETERMINERS.has(x.lower) && x.lower !== 'that' && nounBefore);
    if (subject) return hasFiniteVerb(t, j + 1, Math.min(end, j + 8), true) ? j : -1;
  }
  return -1;
}
/** Prepositions that open an adjunct between a cue and its clause ("said in an interview …"). */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'from', 'with', 'for', 'over', 'via', 'through', 'outside', 'inside', 'near']);

/** Finite verbs and auxiliaries that mark a clause: "the plan failed", "the company lost". */
const FINITE = new Set(
  ('is|are|was|were|am|be|has|have|had|will|would|can|could|shall|should|may|might|must|do|does|did|won|lost|made|took|gave|went|came|got|saw|knew|' +
    'thought|felt|kept|left|met|paid|ran|sent|spent|stood|began|became|brought|bought|built|caught|chose|fell|fought|found|grew|held|heard|led|meant|' +
    'rose|sold|stole|struck|taught|understood|isn’t|wasn’t|aren’t|weren’t|doesn’t|didn’t|hasn’t|haven’t|hadn’t|won’t|wouldn’t|can’t|couldn’t|shouldn’t|' +
    "isn't|wasn't|aren't|weren't|doesn't|didn't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't")
    .split('|'),
);

/**
 * Whether tokens [from, to) hold a finite verb: an auxiliary, a past form, or (unless `strict`) a
 * verb in -s after its noun.
 */
function hasFiniteVerb(t: Token[], from: number, to: number, strict = false): boolean {
  for (let j = from; j < to; j++) {
    const x = t[j];
    if (x.type !== 'word' || x.cap) continue;
    if (FINITE.has(x.lower) || CUE_FORMS.has(x.lower)) return true;
    if (/[’']s$/.test(x.text) && SUBJECT_PRONOUNS.has(baseLower(x))) return true;
    const prev = t[j - 1];
    if (x.lower.length > 3 && (strict ? /[^e]ed$/ : /[^e]ed$|[^s]s$/).test(x.lower) && prev?.type === 'word' && !DETERMINERS.has(prev.lower) && !ADJUNCT_START.has(prev.lower) && !/^\d/.test(prev.text) && prev.lower !== 'of') return true;
  }
  return false;
}

/** "declined to comment", "refused to say": a speech verb in the infinitive with nothing reported after it. */
function bareSpeechInfinitive(t: Token[], k: number, end: number): boolean {
  const verb = t[k + 1];
  if (!verb || !CUE_FORMS.has(verb.lower) || CUE_FORMS.get(verb.lower)?.cls !== 'speech') return false;
  for (let j = k + 2; j < end; j++) {
    const x = t[j];
    if (x.type === 'open' || x.type === 'ambiguous' || x.text === ':' || REPORTED_OPENERS.has(x.lower)) return false;
  }
  return true;
}
/** Words that open what is reported: "declined to say whether …", "refused to explain why …". */
const REPORTED_OPENERS = new Set(['that', 'whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which']);

/** Words that open a time phrase after a cue: "on Friday", "last week", "early Monday". */
const TIME_PHRASE_LEADS = new Set(['on', 'last', 'this', 'next', 'early', 'late']);

/** "said on Friday he …", "says tonight he …": time words between a cue and its clause. */
function skipTimeForward(t: Token[], k: number, end: number): number {
  let j = k;
  const timeWord = (w: Token | undefined): boolean => !!w && w.type === 'word' && (DAYS_AND_MONTHS.has(w.lower) || TIME_WORDS.has(w.lower) || /^\d{1,2}$/.test(w.lower));
  while (j < end) {
    if (timeWord(t[j])) j++;
    else if (TIME_PHRASE_LEADS.has(t[j].lower) && timeWord(t[j + 1])) j += 2;
    else break;
  }
  return j;
}

/** After a cue and its adjuncts, a comma, then the reported clause. */
/** After a cue and its adjuncts, a comma, then the reported clause: "For example, she wrote in an analysis, CONTENT." */
function contentAfterParenthetical(t: Token[], s: Sentence, from: number, limit: number): [number, number] | null {
  const end = Math.min(limit, s.to);
  for (let j = from; j < Math.min(end, from + 12); j++) {
    if (t[j].type !== 'word' && t[j].text !== ',') return null;
    if (t[j].text !== ',') continue;
    const first = t[j + 1];
    if (wordsIn(t, j + 1, end) >= 4 && first && first.type === 'word' && !ADJUNCT_START.has(first.lower) && !CLAUSE_BREAK.has(first.lower) && !/ing$/.test(first.lower)) return [j + 1, end];
    return null;
  }
  return null;
}

/** The person told in one word: "told reporters", "assured them". */
const ONE_WORD_AUDIENCES = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'viewers', 'listeners']);

/** The person told: "reporters", "an audience", "the U.S. Congress", "him". */
function objectForward(t: Token[], start: number, to: number): Np | null {
  const first = t[start];
  if (!first || first.type !== 'word') return null;
  if (ONE_WORD_AUDIENCES.has(first.lower)) return { from: start, to: start + 1 };
  let b = start;
  // a capitalised word belongs to the name ("The Huffington Post", "The Star-Ledger of Newark")
  const stops = (w: Token): boolean => !w.cap && (STOP_BACKWARD.has(w.lower) || ADJUNCT_START.has(w.lower) || CUE_FORMS.has(w.lower)) || DAYS_AND_MONTHS.has(w.lower);
  // "told the BBC the vote would …", "told the Post he’s …": a second determiner or a pronoun starts the reported clause
  const startsClause = (w: Token): boolean => b > start + (DETERMINERS.has(first.lower) ? 1 : 0) && (DETERMINERS.has(w.lower) || SUBJECT_PRONOUNS.has(baseLower(w)));
  while (b < to && b - start < 8 && t[b].type === 'word') {
    if (t[b].lower === 'of' && isNameWord(t[b + 1]) && b > start) {
      b++;
      continue;
    }
    if (stops(t[b]) || startsClause(t[b])) break;
    b++;
  }
  return b > start ? { from: start, to: b } : null;
}

/**
 * A quote over tokens [from, to) of sentence `s`, trimmed of edge punctuation: `direct` when it is
 * exactly one quotation (without its marks), `mixed` when it holds quotation marks, else
 * `indirect`; null when fewer than two tokens remain. Its `text` is filled in later.
 */
export function buildQuoteFrom(st: ArticleState, p: Paragraph, s: Sentence, from: number, to: number, speaker: LocalActor | null, mention: Span | null, cue: Span, cls: LocalQuote['cueClass']): LocalQuote | null {
  const t = p.tokens;
  const limit = Math.min(to, s.to);
  let b = limit;
  // (a do-while: its step runs for every quote, so V8 has seen it before the rare content that
  // opens with a comma or a dash takes it; an unseen step would deoptimise this function)
  let a = from - 1;
  do a++;
  while (a < b && (t[a].text === ',' || t[a].text === ':' || t[a].text === '—' || t[a].text === '–' || t[a].text === '-'));
  while (b > a && t[b - 1].type === 'punct' && /^[.,;:!?—-]$/.test(t[b - 1].text) && !p.inQuote[b - 1]) b--;
  if (b - a < 2) return null;
  // (worked out for every quote, though the tests below read them rarely: an operation V8 has
  // not seen run before it optimised this function would deoptimise it the first time it runs)
  const untrimmed = b === limit;
  const longer = b - a > 2;
  // exactly one quotation: a direct quote, without its marks
  const first = p.quotes[firstQuoteFrom(p.quotes, a)];
  const whole = first && first.open === a && (first.close === b - 1 || (first.close < 0 && untrimmed)) ? first : undefined;
  if (whole) {
    return { start: whole.start, end: trimEnd(st.text, whole.start, whole.end), text: '', kind: 'direct', speaker, speakerMention: mention, cue, continuation: false, pieces: undefined, cueClass: cls };
  }
  let hasMarks = false;
  for (let j = a; j < b && !hasMarks; j++) hasMarks = t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous';
  // "— We have nothing left, said X": dialogue opened by a dash at the line's start is quoted speech
  const dialogue = a === 1 && DIALOGUE_DASHES.has(t[0].text) && !hasMarks;
  a += t[a].lower === 'that' && longer && !dialogue ? 1 : 0;
  const start = t[a].start;
  const end = t[b - 1].end;
  return { start, end, text: '', kind: dialogue ? 'direct' : hasMarks ? 'mixed' : 'indirect', speaker, speakerMention: mention, cue, continuation: false, pieces: undefined, cueClass: cls };
}

/** Folds each continuation into the quote before it in the same paragraph, as one quote of several pieces. */
export function joinContinuations(st: ArticleState): void {
  const quotes = st.quotes;
  let kept = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const head = kept > 0 ? quotes[kept - 1] : undefined;
    if (q.continuation && head && head.cue === q.cue && paragraphAt(st.paragraphs, head.start) === paragraphAt(st.paragraphs, q.start)) {
      if (!head.pieces) head.pieces = [st.span(head.start, head.end)];
      head.pieces.push(st.span(q.start, q.end));
      head.end = q.end;
      head.text = st.text.slice(head.start, head.end);
      if (head.kind === 'indirect') head.kind = 'mixed';
      continue;
    }
    quotes[kept++] = q;
  }
  quotes.length = kept;
}

/** The index of the first paragraph whose span [start, end] holds `offset`, or -1. */
function paragraphAt(paragraphs: Paragraph[], offset: number): number {
  for (let i = 0; i < paragraphs.length; i++) if (offset >= paragraphs[i].start && offset <= paragraphs[i].end) return i;
  return -1;
}

/** Drops trailing white space from a span. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

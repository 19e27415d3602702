/**
 * Part of stage 3 of attribution (see ./content): the content as a quote. Whether it is a
 * quotation (direct), holds one (mixed) or none (indirect); stand-alone quotations that continue
 * an attribution, and the pieces of a quotation interrupted by its cue.
 */
import type { LocalActor } from '../actors';
import { lowerBound } from '../sorted';
import { firstQuoteFrom, type Paragraph, type Sentence, type Token } from '../text';
import type { Span } from '../types';
import type { ArticleState, Attribution, LocalQuote } from './state';
import { demonstrativeThat } from './clauseOpening';
import { isTitleInMarks, wordsIn } from './words';

/** Dashes that open a line of dialogue in the European style. */
const DIALOGUE_DASHES = new Set(['—', '–', '―']);

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
    // (“…,” one user posted. “Incredible.”: one word that is a whole sentence of its own, its stop inside the marks)
    // (not the answer to a question quoted just before: “Will taxes rise?” a reporter asked. “No.”)
    const exclaimed = next && words === 1 && qm.close > 0 && /^[.!?]$/.test(t[qm.close - 1].text) && !/\?\W*$/.test(st.quotes[st.quotes.length - 1]?.text ?? '');
    if (words < (next ? 2 : 4) && !handed && !resumed && !exclaimed) continue;
    // "told CNN's “State of the Union” that …": a title in marks goes on with no one's words
    if (qm.close > 0 && isTitleInMarks(t, qm.open, qm.close)) continue;
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
 * A quote over tokens [from, to) of sentence `s`, trimmed of edge punctuation: `direct` when it is
 * exactly one quotation (without its marks), `mixed` when it holds quotation marks, else
 * `indirect`; null when fewer than two tokens remain. Its `text` is filled in later.
 */
export function buildQuoteFrom(
  st: ArticleState,
  p: Paragraph,
  s: Sentence,
  from: number,
  to: number,
  speaker: LocalActor | null,
  mention: Span | null,
  cue: Span,
  cls: LocalQuote['cueClass'],
): LocalQuote | null {
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
    const wholeEnd = trimEnd(st.text, whole.start, whole.end);
    return { start: whole.start, end: wholeEnd, text: '', kind: 'direct', speaker, speakerMention: mention, cue, continuation: false, pieces: undefined, cueClass: cls };
  }
  let hasMarks = false;
  for (let j = a; j < b && !hasMarks; j++) hasMarks = t[j].type === 'open' || t[j].type === 'close' || t[j].type === 'ambiguous';
  // ("said she read “The Handmaid's Tale” in class": a title in marks is no one's words; the paraphrase stays indirect)
  if (hasMarks) hasMarks = !onlyTitlesQuoted(p, a, b);
  // "— We have nothing left, said X": dialogue opened by a dash at the line's start is quoted speech
  const dialogue = a === 1 && DIALOGUE_DASHES.has(t[0].text) && !hasMarks;
  // (a "that" with its verb at once is the clause's subject, not its complementiser: "said that was not good enough")
  // (nor a demonstrative: "said that kind of delay is normal"; nor one before its cue: "That, Ruiz says, is the point")
  a += t[a].lower === 'that' && longer && !dialogue && t[a].start > cue.start && !verbAfterThat(t, a) && !demonstrativeThat(t, a) ? 1 : 0;
  const start = t[a].start;
  const end = t[b - 1].end;
  return { start, end, text: '', kind: dialogue ? 'direct' : hasMarks ? 'mixed' : 'indirect', speaker, speakerMention: mention, cue, continuation: false, pieces: undefined, cueClass: cls };
}

/** Words before a work's title that make it one read, watched or named as a work ("read “The Outsiders”", "the novel “Wonder”"); not a nickname ("called him “Little Marco”"), which is words quoted. */
const WORK_BEFORE = new Set(['read', 'reads', 'reading', 'reread', 'watched', 'watching', 'book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'song', 'album', 'play', 'musical', 'poem', 'podcast', 'series', 'episode', 'opera', 'painting']);

/** Whether every quotation with a mark in tokens [a, b) of paragraph `p` is closed there and a work's title after a word that names it so ("read “The Bluest Eye”"). */
function onlyTitlesQuoted(p: Paragraph, a: number, b: number): boolean {
  let titles = 0;
  for (let qi = firstQuoteFrom(p.quotes, a); qi < p.quotes.length && p.quotes[qi].open < b; qi++) {
    const q = p.quotes[qi];
    if (q.open < a || q.close < 0 || q.close >= b || !WORK_BEFORE.has(p.tokens[q.open - 1]?.lower ?? '') || !isTitleInMarks(p.tokens, q.open, q.close)) return false;
    titles++;
  }
  // (and no other mark: the end of a quotation opened before the span is words quoted)
  // (in a headline's title case every quotation looks like a title: the words around them must be a sentence's, in lower case)
  let marks = 0;
  let lower = 0;
  for (let j = a; j < b; j++) {
    const x = p.tokens[j];
    if (x.type === 'open' || x.type === 'close' || x.type === 'ambiguous') marks++;
    else if (x.type === 'word' && !x.cap && !p.inQuote[j]) lower++;
  }
  return titles > 0 && marks === 2 * titles && lower >= 2;
}

/** Whether an auxiliary or a modal follows the "that" at `a` at once ("that was", "that would"). */
function verbAfterThat(t: Token[], a: number): boolean {
  const next = t[a + 1];
  return !!next && next.type === 'word' && THAT_VERBS.has(next.lower);
}
const THAT_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', "isn't", 'isn’t', "wasn't", 'wasn’t', "won't", 'won’t', "wouldn't", 'wouldn’t']);

/** "referring to", an aside after the main cue ("said, referring to …") whose content, the topic, is its own sentence's. */
const PARTICIPLE_ASIDE = /^referring\b/i;

/** Folds each continuation into the quote before it in the same paragraph, as one quote of several pieces. */
export function joinContinuations(st: ArticleState): void {
  const quotes = st.quotes;
  let kept = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const head = kept > 0 ? quotes[kept - 1] : undefined;
    // ("…," Sproul said, referring to the violence of 2020. "Nobody wins that way.": a quotation after
    // an indirect content's sentence is the speaker's own words, a quote of its own, not more of that content)
    if (q.continuation && head && head.cue === q.cue && head.kind === 'indirect' && PARTICIPLE_ASIDE.test(st.text.slice(head.cue.start, head.cue.end))) {
      quotes[kept++] = q;
      continue;
    }
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
  // the paragraphs are in text order: a binary search, since every continuation asks (a speech of
  // 100,000 quoted paragraphs made this quadratic)
  const i = lowerBound((k) => paragraphs[k].end, offset, 0, paragraphs.length);
  return i < paragraphs.length && offset >= paragraphs[i].start ? i : -1;
}

/** Drops trailing white space from a span. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

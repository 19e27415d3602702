/**
 * Events, the dates a sentence's own words do not give (asked by the walk in ./events): a
 * sentence with no event word whose cue carries its day ("X said Tuesday") as a dated statement;
 * the date a counted time ("two years later", "later in the day") counts from; a bare weekday
 * after one the text says is still ahead; and the sentence with names that hold a month and
 * direct quotations blanked out, so that their date words are not the event's.
 */
import type { Analysis } from './analyze';
import type { Paragraph } from './text';
import { datePhrase, datePhrases, lastStatedDate, withoutDateWordNames } from './dates';
import { FULL_MONTH } from './datePatterns';
import { countedPhrase, countsDay } from './countedDates';
import type { TriggerHit } from './eventWords';
import { lowerBound } from './sorted';
import { lastPara, RECENT_PARAGRAPHS, type Candidate } from './eventCandidates';

/** Between a cue and its date, a named listener: "told Defense Secretary Lloyd Austin last month". */
const CUE_OBJECT = /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|reporters|journalists|the|on|in)\s+){0,7}$/u;

/** What follows the month of a wire dateline: the day, the agency, a dash. */
const DATELINE_AFTER = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(?:\([A-Z][\w.&/ -]{1,30}\)\s*)?(?:-{1,2}|—|–)\s/;

/** A relative clause opened after a comma and not yet closed: ", who won the title", ", which opened". */
const RELATIVE_CLAUSE_OPEN = /,\s*(?:who|which|whose|whom)\b[^,;]*$/i;

/** How close a date phrase must stand to a cue for the attribution to be a dated statement, in characters. */
const CUE_DATE_REACH = 16;

/**
 * A sentence with no event word whose attribution carries its own day ("X said Tuesday", "X, on
 * Monday, accused …", "On Friday, X mentioned …", "told reporters Friday") is a dated statement;
 * so is one opening with a time counted from a dated event told before ("Two years later, X said …"),
 * when `counted` says there is one.
 */
export function datedAttribution(reported: string, sentenceStart: number, cues: Analysis['quotes'], counted: boolean): TriggerHit | null {
  let first = datePhrase(reported) ?? (counted ? countedPhrase(reported) : null);
  // the day of a dateline without its place ("Dec 29 (Reuters) - … on Tuesday said") is the article's: the next date words are the statement's
  if (first && first.index < 2 && DATELINE_AFTER.test(reported.slice(first.index + first.text.length))) first = datePhrases(reported, 2)[1] ?? null;
  if (!first) return null;
  for (const q of cues) {
    const from = q.cue!.start - sentenceStart;
    const phrase = outsideRelativeClause(reported, first, from);
    if (!phrase) continue;
    const opening = /^\s*(?:(?:on|last|this|earlier|late|early)\s+)?$/i.test(reported.slice(0, phrase.index)) && /^\s*,/.test(reported.slice(phrase.index + phrase.text.length));
    const possessive = /^['’]s\b/.test(reported.slice(phrase.index + phrase.text.length));
    // "… would derail in a general election next November, Sabato said": a date in the content
    // before its cue is the content's, not the saying's (after the cue, "endorsed Cruz Wednesday" is
    // the saying's, but not one that modifies a noun of the content: "said this year's theme was …")
    if ((phrase.index < from || possessive) && insideContent(q, sentenceStart + phrase.index)) continue;
    const to = q.cue!.end - sentenceStart;
    const between = phrase.index >= to ? reported.slice(to, phrase.index) : reported.slice(phrase.index + phrase.text.length, from);
    // "said Tuesday", "on Monday accused", "asked Defense Secretary Lloyd Austin last month"
    if (opening || between.length <= CUE_DATE_REACH || CUE_OBJECT.test(between)) return { kind: 'statement', offset: from, verb: true, definite: false, referenceOnly: false, qualifiers: [] };
  }
  return null;
}

/**
 * `phrase`, unless it stands in a relative clause that closes before the cue at `cue` ("Venter, who
 * won the title two years ago, said …": the clause's date, not the saying's); then the next date
 * words outside such a clause ("Trump, who has been feuding … this week, on Friday described"), or
 * null. A clause the cue is in keeps its date ("Bannon, who Beck on Wednesday called …").
 */
function outsideRelativeClause(reported: string, phrase: { index: number; text: string }, cue: number): { index: number; text: string } | null {
  const clauses = (p: { index: number; text: string }): boolean =>
    p.index < cue && RELATIVE_CLAUSE_OPEN.test(reported.slice(0, p.index)) && reported.slice(p.index + p.text.length, cue).includes(',');
  if (!clauses(phrase)) return phrase;
  return datePhrases(reported).find((p) => p.index > phrase.index && !clauses(p)) ?? null;
}

/** Whether offset `at` lies in the quote's content (in one of its pieces: the cue stands between them). */
function insideContent(q: Analysis['quotes'][number], at: number): boolean {
  for (const p of q.pieces ?? [q]) if (at >= p.start && at < p.end) return true;
  return false;
}

/**
 * Names whose words include a month ("April Mellody", "Ms. May Tan") blanked out of the sentence,
 * offsets kept, so the month is not read as a date: the names the analysis found, and a month
 * before a surname it did not know.
 */
export function withoutMonthNames(reported: string, sentenceStart: number, mentions: Analysis['mentions']): string {
  let out = reported;
  for (const m of mentions) {
    if (m.actor.kind === 'place' || m.actor.kind === 'country') continue;
    const a = m.start - sentenceStart;
    const b = m.end - sentenceStart;
    if (a >= 0 && b <= out.length && FULL_MONTH.test(out.slice(a, b))) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return withoutDateWordNames(out);
}

/**
 * In an article without a date of its own, a bare weekday is the one nearest to the latest date the
 * text states (`reference`). A weekday after it that the text says is still ahead ("the summit,
 * which starts Tuesday") shows the article was written before that day: a past event placed on or
 * after it belongs to an earlier week, which one the text does not say, so it keeps only its month.
 */
export function weekdaysBeforeAhead(events: Candidate[], reference: string): void {
  let ahead: string | null = null;
  for (const e of events) if (e.nearest === 'future' && e.date && e.date > reference && (!ahead || e.date < ahead)) ahead = e.date;
  if (!ahead) return;
  for (const e of events) if (e.nearest === 'past' && e.date && e.date.length === 10 && e.date >= ahead) e.date = e.date.slice(0, 7);
}

/** How far back a counted time ("two years later") looks for the time it counts from, in characters. */
const COUNTED_REACH = 600;

/**
 * The date "two years later" counts from: the last date stated since the start of the paragraph
 * before (within COUNTED_REACH), else the dated event told last, if it is recent. What "later in
 * the day" counts from: the last day the body states outside `quotations` (direct quotations in
 * text order), else the day of the event told last.
 */
export function countedFrom(
  text: string,
  paragraphs: Paragraph[],
  pi: number,
  sentenceStart: number,
  told: Candidate | null,
  ref: { date: string | null; approximate: boolean },
  quotations: Array<{ start: number; end: number }>,
): string | null {
  // the paragraph before counts when it is body text, not the date line or the headline
  const before = paragraphs[pi - 1];
  if (countsDay(text.slice(sentenceStart, paragraphs[pi].end))) {
    // "later in the day": the last day the body names in its paragraph and the two before (at
    // most DAY_REACH characters), else in the lead (the story's day is often told once, there);
    // each look is bounded, so an article of many such sentences costs linear time
    // (the day of an event told ahead counts only for what is ahead too: "Earlier in the day, Clinton
    // held a roundtable" after "the convention, which begins Monday" is the article's day, not Monday)
    // (the narration before any quotation: "pledged to “promote changes that will prevent …”" is past)
    const narration = text.slice(sentenceStart, paragraphs[pi].end).split(QUOTATION_MARK, 1)[0];
    const toldDay = told?.date?.length === 10 && (ref.approximate || !ref.date || told.date <= ref.date || AHEAD.test(narration)) ? told.date : null;
    const body = paragraphs.find((q) => q.kind === 'body');
    if (!body || body.start >= sentenceStart) return toldDay;
    const near = Math.max(body.start, paragraphs[Math.max(0, pi - 2)].start, sentenceStart - DAY_REACH);
    let day = statedDay(text, near, sentenceStart, ref, quotations);
    if (!day && near > body.start) day = statedDay(text, body.start, Math.min(body.end, body.start + DAY_REACH, near), ref, quotations);
    return day ?? toldDay;
  }
  const from = Math.max((before?.kind === 'body' ? before : paragraphs[pi]).start, sentenceStart - COUNTED_REACH);
  const stated = lastStatedDate(text.slice(from, sentenceStart), ref.date, ref.approximate);
  if (stated) return stated.date;
  return told?.date && pi - lastPara(told) <= RECENT_PARAGRAPHS ? told.date : null;
}

/** Words of a sentence about what is ahead: "will", "is to", "is due to". */
const AHEAD = /\b(?:will|shall|(?:is|are) (?:due |set |scheduled |expected )?to)\b/i;
const QUOTATION_MARK = /["“”]/;

/** How far back "later in the day" looks for the day it counts from, at most, in characters (then the lead is looked at). */
const DAY_REACH = 3000;

/** The last day text[from, to) states outside direct `quotations` (a day inside one, "neutral on Monday", is the speaker's), or null. */
function statedDay(text: string, from: number, to: number, ref: { date: string | null; approximate: boolean }, quotations: Array<{ start: number; end: number }>): string | null {
  if (from >= to) return null;
  return lastStatedDate(withoutQuotations(text.slice(from, to), from, quotations), ref.date, ref.approximate, true)?.date ?? null;
}

/**
 * `passage` (the text from offset `passageStart`) with the direct quotations among `quotes` (in
 * text order) blanked out, offsets kept. Only the quotations that reach into the passage are
 * visited (a binary search), and the result is made in one join: a passage costs its own length.
 */
export function withoutQuotations(passage: string, passageStart: number, quotes: Array<{ start: number; end: number }>): string {
  let i = lowerBound((k) => quotes[k].start, passageStart, 0, quotes.length);
  while (i > 0 && quotes[i - 1].end > passageStart) i--;
  const parts: string[] = [];
  let at = 0;
  for (; i < quotes.length && quotes[i].start - passageStart < passage.length; i++) {
    const a = Math.max(at, quotes[i].start - passageStart);
    const b = Math.min(passage.length, quotes[i].end - passageStart);
    if (a >= b) continue;
    parts.push(passage.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  if (!parts.length) return passage;
  parts.push(passage.slice(at));
  return parts.join('');
}

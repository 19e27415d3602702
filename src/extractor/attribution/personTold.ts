/**
 * Part of stage 3 of attribution (see ./clauseAfterCue): the person told after a cue ("told
 * reporters", "told the BBC the vote would …"), and a cue whose words after it are only that
 * person before a quotation ("told state broadcaster ERT. “…”").
 */
import { CUE_FORMS } from '../cues';
import { DAYS_AND_MONTHS } from '../gazetteer';
import { knownLength } from '../knownNames';
import { isNameWord } from '../names';
import { baseLower, type Token } from '../text';
import type { Np } from './state';
import { RELATIVE_VERBS } from './clauseOpening';
import { ADJUNCT_START, DETERMINERS, hasFiniteVerb, STOP_BACKWARD, SUBJECT_PRONOUNS } from './words';

/** How many words a person told may run to before the full stop: "told Greek state broadcaster ERT". */
const RECIPIENT_WORDS = 8;

/**
 * "told state broadcaster ERT. “…”", "warned reporters. “…”": the words from token `k` are the
 * person told and end the sentence, a quotation opening right after the full stop (the sentence
 * splitter keeps them together). Those words are no clause (no verb, pronoun or "that"): the cue
 * has no content after it, so the quotation before it is its content and the one after goes on
 * with it, as after "…,” she said. “…”". Tokens before `end` only.
 */
export function recipientBeforeQuotation(t: Token[], k: number, end: number): boolean {
  let j = k;
  while (j < end && t[j].type === 'word' && j - k < RECIPIENT_WORDS) {
    const x = t[j];
    if (!x.cap && (FINITE_OR_CLAUSE.has(x.lower) || SUBJECT_PRONOUNS.has(baseLower(x)) || (/[^e]ed$/.test(x.lower) && !(j > k && placedParticiple(t, j))))) return false;
    j++;
  }
  const next = t[j + 1];
  return j > k && j < end && t[j].text === '.' && !!next && (next.type === 'open' || next.type === 'ambiguous');
}
/** Words that make a clause of what follows a cue, not a person told. */
const FINITE_OR_CLAUSE = new Set(['that', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does']);

/** The person told in one word: "told reporters", "assured them". */
const ONE_WORD_AUDIENCES = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'viewers', 'listeners']);

/** The person told: "reporters", "an audience", "the U.S. Congress", "him". */
export function objectForward(t: Token[], start: number, to: number): Np | null {
  const first = t[start];
  if (!first || first.type !== 'word') return null;
  // ("told supporters gathered at a downtown hotel": where they were is part of whom)
  if (ONE_WORD_AUDIENCES.has(first.lower)) return { from: start, to: placedParticiple(t, start + 1) ? placeEnd(t, start + 2, to) : start + 1 };
  let b = start;
  // a known name over small words is whole ("told Meet the Press", "told As It Happens host …")
  if (first.cap) {
    const known = knownLength(t, start, to);
    if (known && known.n > 1) b += known.n;
  }
  // a capitalised word belongs to the name ("The Huffington Post", "The Star-Ledger of Newark")
  const stops = (w: Token): boolean => !w.cap && (STOP_BACKWARD.has(w.lower) || ADJUNCT_START.has(w.lower) || CUE_FORMS.has(w.lower)) || DAYS_AND_MONTHS.has(w.lower);
  // "told the BBC the vote would …", "told the Post he’s …": a second determiner or a pronoun starts the reported clause
  // ("told the board there are 90 beds": an existential "there" and its verb too)
  // ("told the court Dhillon had breached …": a name after a noun in lower case, its verb after it, opens the clause)
  const startsClause = (w: Token): boolean =>
    b > start + (DETERMINERS.has(first.lower) ? 1 : 0) && (DETERMINERS.has(w.lower) || SUBJECT_PRONOUNS.has(baseLower(w)) || (w.lower === 'there' && RELATIVE_VERBS.has(t[b + 1]?.lower ?? '')) || nameAfterNoun(t, b, to));
  // ("told an analysts' briefing that …": a plural's possessive mark stays inside the phrase)
  while (b < to && b - start < 8 && (t[b].type === 'word' || pluralPossessiveMark(t, b))) {
    if (t[b].lower === 'of' && isNameWord(t[b + 1]) && b > start) {
      b++;
      continue;
    }
    if (stops(t[b]) || startsClause(t[b])) break;
    b++;
  }
  return b > start ? { from: start, to: b } : null;
}

/** How many capitalised words a name opening the clause after the one told may take: "the court | Justice Ann Lee had". */
const CLAUSE_NAME_REACH = 4;

/**
 * Whether token `b` opens a name that is the subject of the clause after the one told: a capitalised
 * word after a lower-case noun (not "of"), the name's words then a finite verb ("told the court
 * Dhillon had breached …", not "told the local CBC station", "told the inquiry Tuesday").
 */
function nameAfterNoun(t: Token[], b: number, to: number): boolean {
  const prev = t[b - 1];
  if (!t[b].cap || prev.type !== 'word' || prev.cap || prev.lower === 'of' || DETERMINERS.has(prev.lower) || DAYS_AND_MONTHS.has(t[b].lower)) return false;
  let e = b + 1;
  while (e < to && e - b < CLAUSE_NAME_REACH && t[e].type === 'word' && t[e].cap) e++;
  return e < to && !t[e].cap && hasFiniteVerb(t, e, e + 1, true);
}

/** Whether token `b` is a lone apostrophe closing a plural's possessive before a noun in lower case ("analysts' briefing", "farmers’ union"). */
function pluralPossessiveMark(t: Token[], b: number): boolean {
  const x = t[b];
  const before = t[b - 1];
  const after = t[b + 1];
  return (x.text === "'" || x.text === '’') && before?.type === 'word' && before.end === x.start && /s$/.test(before.lower) && after?.type === 'word' && !after.cap;
}

/** Prepositions of place after a participle of the people told: "gathered at", "packed into". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'into', 'on', 'outside', 'inside', 'near', 'around', 'across']);

/** Whether token `j` is a participle in -ed (no cue) with a preposition of place after it: "gathered at", "assembled outside". */
function placedParticiple(t: Token[], j: number): boolean {
  const x = t[j];
  return !!x && x.type === 'word' && !x.cap && /[^e]ed$/.test(x.lower) && !CUE_FORMS.has(x.lower) && PLACE_PREPOSITIONS.has(t[j + 1]?.lower ?? '');
}

/** The end of a place phrase from token `j` (the preposition): words up to "that", a pronoun that opens a clause, a mark or RECIPIENT_WORDS words. */
function placeEnd(t: Token[], j: number, to: number): number {
  let b = j + 1;
  while (b < to && b - j < RECIPIENT_WORDS && t[b].type === 'word' && t[b].lower !== 'that' && !SUBJECT_PRONOUNS.has(baseLower(t[b]))) b++;
  return b;
}

/** Words that open an embedded question after the one asked: "asked Trump how high …", "asked the mayor whether …". */
const ASKED_QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which']);

/**
 * "asked Trump how high he would go", "asked the mayor why the budget was cut": the person asked
 * from token `k`, then the question; the token that opens the question, or -1. The question is
 * what was asked; the one asked is no part of it.
 */
export function askedPersonEnd(t: Token[], k: number, end: number): number {
  const obj = objectForward(t, k, end);
  return obj && obj.to < end && ASKED_QUESTION_OPENERS.has(t[obj.to].lower) ? obj.to : -1;
}

/**
 * What the words from token `k` (after "asked") put to the one asked: 'question' for an embedded
 * question ("asked the mayor whether …", see askedPersonEnd), 'about' for a topic ("asked her about
 * the budget", "asked Premier Ann Lee about …"), null otherwise. Either way that one answers next,
 * not the asker. One reading of the object serves both.
 */
export function askedWhat(t: Token[], k: number, end: number): 'question' | 'about' | null {
  const obj = objectForward(t, k, end);
  if (!obj || obj.to >= end) return null;
  const next = t[obj.to].lower;
  return ASKED_QUESTION_OPENERS.has(next) ? 'question' : next === 'about' ? 'about' : null;
}

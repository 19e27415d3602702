/**
 * Part of stage 3 of attribution (see ./content): where a content gives way to another's report
 * in the same sentence — a dash before "NAME VERB", a quotation a conjunction joins with its own
 * reporting clause after it, an absolute "with" phrase that speaks — and where a region before a
 * cue is a report of its own.
 */
import { CUE_FORMS } from '../cues';
import { baseLower, type Token } from '../text';
import { DAYS_AND_MONTHS } from '../gazetteer';
import type { Np } from './state';
import { absoluteWith } from './cueDetection';
import { AUXILIARIES, DETERMINERS, hasFiniteVerb, isModifierWord, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from './words';

/**
 * Content [a, b) after its cue, cut before the report of another that follows it in the sentence:
 * an absolute "with" phrase that speaks (", with police saying …"), or a dash ("said the plan
 * works — Linda Moss disagreed") or a quotation a conjunction joins ("“A,” Ann Lee said, and “b,”
 * Tom Hale added"), then a few words of subject and a speech verb ending the sentence; or a
 * conjunction after a quotation, then a subject and a speech verb that opens another ("said, “A,”
 * and Tom Hale said, “B.”"). Null when nothing is left before it (the quotation before the cue is
 * then its content); as it is otherwise.
 */
export function beforeOtherReport(t: Token[], inQuote: Uint8Array, [a, b]: [number, number]): [number, number] | null {
  for (let d = a; d < b - 2; d++) {
    if (d > a + 1 && t[d].lower === 'with' && t[d - 1].text === ',' && !inQuote[d] && speakingWith(t, d, b)) return [a, d - 1];
    if (d > a + 1 && t[d].text === ',' && !inQuote[d] && reportedAppositive(t, d + 1, b)) return [a, d];
    const dash = !inQuote[d] && (t[d].text === '—' || t[d].text === '–') && d > a + 1;
    const quotation = !inQuote[d] && inQuote[d + 1] === 1 && d > a && QUOTATION_JOINERS.has(t[d - 1].lower) && (d - 1 === a || t[d - 2].text === ',');
    // "said, “A,” and Tom Hale said, “B.”": a conjunction after a quotation, then a reporting clause that opens another
    const reportAfterQuotation = !inQuote[d] && QUOTATION_JOINERS.has(t[d].lower) && d > a && (closesQuotation(t, inQuote, d - 1) || (t[d - 1].text === ',' && closesQuotation(t, inQuote, d - 2)));
    if (!inQuote[d] && t[d].text === ';' && d > a + 1 && reportOpensAt(t, d + 1, b)) return [a, d];
    if (!dash && !quotation && !reportAfterQuotation) continue;
    let k = d + 1;
    if (quotation) {
      while (k < b && inQuote[k]) k++;
      k++;
    }
    if (reportAfterQuotation && SEQUENCE_ADVERBS.has(t[k]?.lower ?? '') && t[k + 1]?.type === 'word') k++;
    const subject = k;
    if (SUBJECT_PRONOUNS.has(t[k]?.lower ?? '')) k++;
    else if (reportAfterQuotation) k = reportingSubjectEnd(t, k, b);
    else while (k < b && k - subject < 4 && t[k].type === 'word' && t[k].cap) k++;
    // ("and Rita Moss said it was …": a clause reported by a name or a pronoun, not by "the procedure sometimes called …")
    const namedSubject = t[subject]?.cap || SUBJECT_PRONOUNS.has(t[subject]?.lower ?? '');
    if (k === subject || k >= b || t[k].type !== 'word' || t[k].cap || CUE_FORMS.get(t[k].lower)?.cls !== 'speech') continue;
    if (reportAfterQuotation ? !verbOpensQuotation(t, inQuote, k, b) && !(namedSubject && t[k + 1]?.type === 'word' && !t[k + 1].cap) : k + 1 < b && t[k + 1].type !== 'punct') continue;
    let e = d;
    while (e > a && (t[e - 1].text === ',' || t[e - 1].lower === 'and' || t[e - 1].lower === 'but')) e--;
    return e > a ? [a, e] : null;
  }
  return [a, b];
}

/** Particles after a verb that make it one of motion ("called into", "spoke up"), no report. */
const MOTION_PARTICLES = new Set(['into', 'off', 'up', 'out', 'back', 'away']);

/**
 * Whether a clause that reports another's words opens at `k` after a semicolon: up to five words of
 * subject and a speech verb with words after it ("said the rules were costly; ranchers' groups say
 * they are overdue"), not a verb that ends the sentence ("; or so the mayor said").
 */
function reportOpensAt(t: Token[], k: number, b: number): boolean {
  for (let j = k; j < b - 1 && j - k <= 5 && t[j].type === 'word'; j++) {
    // ("; the states required …": a noun after its determiner is no verb)
    // ("; she called into a radio show": a verb with a particle of motion after it is no report)
    if (j > k && !t[j].cap && CUE_FORMS.get(t[j].lower)?.cls === 'speech' && !DETERMINERS.has(t[j - 1].lower)) return t[j + 1].type === 'word' && !MOTION_PARTICLES.has(t[j + 1].lower);
    // (the subject's words: no verb of its own, "; helped marshal protesters …", "; the problem was that …")
    if (!(t[j].cap || t[j].possessive || DETERMINERS.has(t[j].lower) || SUBJECT_PRONOUNS.has(t[j].lower) || isModifierWord(t[j])) || AUXILIARIES.has(t[j].lower) || t[j].lower === 'that') return false;
  }
  return false;
}

/** Verbs of another's answer to what was said ("a view the minister rejected"), where a verb of saying alone ("a contract the province announced") may only describe the thing. */
const REACTIONS = new Set(['reject', 'deny', 'dispute', 'dismiss', 'call', 'describe', 'criticize', 'criticise', 'question', 'challenge', 'refute', 'rebut', 'condemn', 'denounce', 'slam', 'blast', 'welcome', 'praise', 'applaud', 'echo', 'contradict', 'decry', 'deride', 'mock', 'counter']);

/**
 * Whether an appositive from `k` sums up what went before and reports others' words on it: "a/an",
 * a few lower-case words to its noun, "that", a subject of people in the plural and a speech verb
 * ("…, a plan that election officials say would be illegal", "…, a move critics said was rushed"), or
 * a name, a pronoun or "the" and a noun ("…, a move Moscow vowed to answer", "…, a view the minister rejected").
 */
export function reportedAppositive(t: Token[], k: number, b: number): boolean {
  if (t[k]?.lower !== 'a' && t[k]?.lower !== 'an') return false;
  let j = k + 1;
  while (j < b && j - k <= 3 && t[j].type === 'word' && !t[j].cap && t[j].lower !== 'that' && t[j].lower !== 'the') j++;
  if (j === k + 1 || j >= b) return false;
  if (t[j].lower === 'that') j++;
  const subject = j;
  // (or a name or a pronoun, whatever follows its verb: "…, a move Moscow vowed to answer", "a step he called “reckless”")
  let n = j;
  while (n < b && n - subject < 3 && t[n].type === 'word' && t[n].cap) n++;
  if (n === subject && SUBJECT_PRONOUNS.has(t[n]?.lower ?? '')) n++;
  while (n > subject && n < b && n - subject < 5 && t[n].type === 'word' && /ly$/.test(t[n].lower)) n++;
  if (n > subject && n < b && t[n].type === 'word' && !t[n].cap && CUE_FORMS.has(t[n].lower)) return true;
  // (or "the" and its one or two nouns before a verb of saying: "…, a view the minister rejected", "a claim the company's lawyers denied")
  if (t[subject]?.lower === 'the') {
    let m = subject + 1;
    while (m < b && m - subject <= 2 && t[m].type === 'word' && !t[m].cap && !CUE_FORMS.has(t[m].lower)) m++;
    const verb = m > subject + 1 && m < b && t[m].type === 'word' && !t[m].cap ? CUE_FORMS.get(t[m].lower) : undefined;
    if (verb && verb.form === 'ed' && REACTIONS.has(verb.lemma)) return true;
  }
  while (j < b && j - subject < 3 && t[j].type === 'word' && !t[j].cap && !CUE_FORMS.has(t[j].lower)) j++;
  const people = t[j - 1];
  if (!(j > subject && j + 1 < b && people.lower.endsWith('s') && CUE_FORMS.get(t[j].lower)?.cls === 'speech' && t[j + 1].type === 'word' && !t[j + 1].cap)) return false;
  // ("said the stadium, a project that critics said was too costly, would open in May": a comma
  // then a finite verb closes an appositive inside the content, whose own verb goes on after it)
  // (the first comma only, that each appositive's own words are read once: time linear in the sentence)
  for (let c = j + 2; c < b - 1; c++) if (t[c].text === ',') return !(t[c + 1].type === 'word' && !t[c + 1].cap && hasFiniteVerb(t, c + 1, c + 2, true));
  return true;
}

/** Adverbs of sequence that may stand before a second reporting clause's subject: "and then Tom Hale said". */
const SEQUENCE_ADVERBS = new Set(['then', 'later', 'also']);

/**
 * End of a short subject from `k` (before `b`) that a speech verb follows: "Tom Hale", "the mayor",
 * "her husband", "Tom Hale, the mayor,", "her husband, Tom Hale,"; `k` when none is there.
 */
function reportingSubjectEnd(t: Token[], k: number, b: number): number {
  const from = k;
  const speechVerb = (x: Token) => !x.cap && CUE_FORMS.get(x.lower)?.cls === 'speech';
  const described = t[k]?.lower === 'the' || POSSESSIVE_DETERMINERS.has(t[k]?.lower ?? '');
  if (described) k++;
  while (k < b && k - from < 4 && t[k].type === 'word' && (t[k].cap || (described && !speechVerb(t[k])))) k++;
  if (k === from || t[k]?.text !== ',' || (!t[from].cap && !described)) return k;
  // an appositive set off by commas: "Tom Hale, the mayor, said", "her husband, Tom Hale, said"
  for (let j = k + 1; j < b && j - k <= 6; j++) {
    if (t[j].text === ',') return j + 1;
    if (t[j].type !== 'word') break;
  }
  return k;
}

/** How many words a told person may take between "told" and the quotation: "told reporters, “…”", "told the crowd: “…”". */
const TOLD_REACH = 3;

/** Whether the speech verb at `k` opens a quotation, after a comma or a colon, or after the person told ("told reporters, “…”"). */
function verbOpensQuotation(t: Token[], inQuote: Uint8Array, k: number, b: number): boolean {
  if (opensQuotationAfter(t, inQuote, k + 1)) return true;
  if (CUE_FORMS.get(t[k].lower)?.lemma !== 'tell') return false;
  for (let j = k + 1; j < b && j - k <= TOLD_REACH; j++) {
    if (t[j].type !== 'word') return (t[j].text === ',' || t[j].text === ':') && opensQuotationAfter(t, inQuote, j);
  }
  return false;
}

/** Whether token `j` is a closing quotation mark after quoted words. */
const closesQuotation = (t: Token[], inQuote: Uint8Array, j: number): boolean => j > 0 && !inQuote[j] && inQuote[j - 1] === 1 && (t[j].type === 'close' || t[j].type === 'ambiguous');

/** Whether a quotation opens at `j`, or after a comma or colon there. */
function opensQuotationAfter(t: Token[], inQuote: Uint8Array, j: number): boolean {
  const at = t[j]?.text === ',' || t[j]?.text === ':' ? j + 1 : j;
  return inQuote[at + 1] === 1 && (t[at]?.type === 'open' || t[at]?.type === 'ambiguous');
}

/** Conjunctions that join a quotation, with a reporting clause of its own after it, to the clause before it. */
const QUOTATION_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'yet']);

/**
 * Of `region` [a, b) ending on a quotation that a conjunction joins to the words before it, the
 * quotation alone: "Ann Lee left, and “we will do it fast,”" (then "Tom Hale added"), "And “…,”";
 * `region` as it is otherwise. The words before are another clause's.
 */
export function joinedQuotation(t: Token[], inQuote: Uint8Array, region: [number, number] | null): [number, number] | null {
  if (!region) return region;
  const [a, b] = region;
  if (b - 2 <= a || !inQuote[b - 2] || inQuote[b - 1]) return region;
  let open = b - 2;
  while (open > a && inQuote[open]) open--;
  return open > a && QUOTATION_JOINERS.has(t[open - 1].lower) && (open === a + 1 || t[open - 2].text === ',') ? [open, b] : region;
}

/** Whether "with" at `w` (before `to`) opens an absolute phrase that speaks, read as cueDetection's absoluteWith reads it ("with police saying", "with press secretary Nora Castellanos telling"). */
function speakingWith(t: Token[], w: number, to: number): boolean {
  for (let j = w + 2; j < to && j - w <= 7; j++) {
    if (t[j].type !== 'word') return false;
    const info = CUE_FORMS.get(t[j].lower);
    if (info?.form === 'ing' && info.cls === 'speech') return absoluteWith(t, w, j) === w + 1;
  }
  return false;
}

/**
 * `region` [a, b) as it is, or null when it opens on a reporting clause of its own outside quotation
 * marks: a short subject ("Ann Lee", "The mayor, Tom Hale,", "He") then "said", "says", "told" or
 * "tells".
 */
export function ownReport(t: Token[], inQuote: Uint8Array, region: [number, number] | null): [number, number] | null {
  if (!region || inQuote[region[0]] || inQuote[region[0] + 1] || t[region[0]].lower === 'what' || t[region[0]].lower === 'whatever') return region;
  for (let j = region[0] + 1; j < Math.min(region[0] + 10, region[1]); j++) {
    if ((t[j].type !== 'word' && t[j].text !== ',') || RELATIVE_PRONOUNS.has(t[j - 1].lower) || t[j - 1].lower === 'that') return region;
    if (opensOnCue(t[j])) return null;
  }
  return region;
}

/** Whether token `x` is a finite form of "say" or "tell" ("said", "says", "told", "tells"), which no reported clause opens on. */
export function opensOnCue(x: Token | undefined): boolean {
  return !!x && x.type === 'word' && !x.cap && (x.lower === 'said' || x.lower === 'says' || x.lower === 'told' || x.lower === 'tells');
}

/** Nouns of a claim that a "that" clause states, owned by who made it: "Rita Moss's claim that …". */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'contention', 'insistence', 'allegation', 'allegations', 'warning', 'warnings', 'promise', 'pledge', 'vow', 'prediction', 'suggestion', 'argument', 'statement', 'declaration', 'boast', 'complaint', 'comment', 'remark', 'charge']);
/** How many capitalised words an owner's name before the claim noun may take: "Senate Majority Leader Rita Moss's". */
const OWNER_REACH = 5;

/**
 * A content [a, b) that opens on a named owner's claim and its clause holding a quotation
 * ("rejected Rita Moss's claim that the deficit was “under control”"): the words are the owner's,
 * not the cue's subject's. The owner's phrase (its possessive last), the claim noun and where the
 * clause after "that" begins; null for any other content.
 */
export function ownedClaim(t: Token[], [a, b]: [number, number]): { owner: Np; noun: number; from: number } | null {
  let j = a;
  while (j < b && j - a < OWNER_REACH && t[j].type === 'word' && t[j].cap && !t[j].possessive) j++;
  const owner = t[j];
  if (!owner || j - a >= OWNER_REACH || owner.type !== 'word' || !owner.cap || !owner.possessive || !CLAIM_NOUNS.has(t[j + 1]?.lower ?? '') || t[j + 2]?.lower !== 'that') return null;
  // (a claim after a complementiser "that" is a clause's subject, no object taken up: "noted that
  // Rita Moss's claim that … was false"; a day's or a month's is no one's: "Tuesday's statement")
  if (t[a - 1]?.lower === 'that' || (j === a && DAYS_AND_MONTHS.has(baseLower(owner)))) return null;
  // (only words quoted are surely the owner's; "questioned Trump's claim that the wall was paid
  // for" is as well the questioner's view, reported whole)
  for (let k = j + 3; k < b; k++) if (t[k].type === 'open' || t[k].type === 'ambiguous') return predicateAfterClaim(t, k, b) ? null : { owner: { from: a, to: j + 1 }, noun: j + 1, from: j + 3 };
  return null;
}

/**
 * Whether, after the quotation opening at `open` in a claim's clause, the content up to `b` goes on
 * with a verb of its own: the claim is then a clause's subject ("noted Rita Moss's claim that the
 * deficit was “under control” was false", "hopes Moss's promise that it will “stay open” holds") or
 * another reports the sentence ("…, “competitive,” Tom Hale said"), and the words are the cue's subject's.
 */
function predicateAfterClaim(t: Token[], open: number, b: number): boolean {
  let k = open + 1;
  while (k < b) {
    // (past the quotation: its closing mark, or the next mark that may close it)
    while (k < b && t[k].type !== 'close' && t[k].type !== 'ambiguous') k++;
    const close = k++;
    for (; k < b && t[k].type !== 'open' && t[k].type !== 'ambiguous'; k++) {
      const w = t[k];
      if (w.type !== 'word' || w.cap) continue;
      if (CUE_FORMS.get(w.lower)?.cls === 'speech' || hasFiniteVerb(t, k, k + 1, true)) return true;
      // (a verb in -s or -ed right after the closing mark, which the test above reads only after a word)
      if (k === close + 1 && w.lower.length > 3 && /[^s']s$|[^e]ed$/.test(w.lower)) return true;
    }
    k++;
  }
  return false;
}

/**
 * Part of stage 3 of attribution (see ./clauseAfterCue): how the reported clause opens. An adverb
 * of the saying before it ("said quietly") or of its quantity ("said roughly 300 …"), a
 * demonstrative "that" (the content's own) against a complementiser, a quantity or a sum as its
 * subject.
 */
import { VERB_FILLERS } from '../cues';
import { DAYS_AND_MONTHS } from '../gazetteer';
import { baseLower, type Token } from '../text';
import { ADJUNCT_START, DETERMINERS, hasFiniteVerb, isLyAdverb, NUMBER_WORDS, STOP_BACKWARD, SUBJECT_PRONOUNS, TIME_WORDS, wordsIn } from './words';

/** Auxiliaries and modals: right after "that" they are a relative clause's verb. */
export const RELATIVE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does']);
/** Words of a quantity that may open a clause before "of": "much of the talk". */
export const QUANTITY_WORDS = new Set(['much', 'many', 'few', 'more', 'little', 'most', 'some', 'none', 'all']);

/**
 * Whether token `k` after a cue is an adverb of how it was said ("said quietly", "read aloud"),
 * not one of the content's quantity ("said roughly 300 people applied", "said nearly half").
 */
export function mannerAdverbAt(t: Token[], k: number): boolean {
  const x = t[k];
  // (a noun in -ly opens the content: "said supply was tight", "said family members …")
  if (!isLyAdverb(x) && !(x.type === 'word' && x.lower === 'aloud')) return false;
  const next = t[k + 1];
  // ("said only that …", "said only: “…”": the cue's; "said only a recount would settle it": the content's own word)
  if (x.lower === 'only') return !!next && (next.lower === 'that' || next.text === ':' || next.text === ',' || next.type === 'open' || next.type === 'ambiguous');
  return !(next && next.type === 'word' && (/^\d/.test(next.text) || NUMBER_WORDS.has(next.lower) || FRACTIONS.has(next.lower)));
}

/**
 * Whether the "that" at token `j` is a determiner, not a complementiser: before "kind of", "sort
 * of" ("that kind of delay is normal"), or before a singular common noun that a verb in -s of its
 * own follows at once ("that approach punishes people", "that requirement remains") or nothing of
 * a clause does ("repeated that pledge Monday"); not before an auxiliary ("said that staff were
 * tired"). A bare noun after a
 * complementiser is a mass noun as often ("said that crime has fallen"): the "that" is then kept
 * in the content, which loses nothing, where dropping a determiner loses what it points at.
 */
export function demonstrativeThat(t: Token[], j: number): boolean {
  const noun = t[j + 1];
  // (after an adjunct a writer puts "that" to mark where the clause starts: "said on Tuesday that turnout was high")
  if (afterAdjunct(t, j)) return false;
  // ("that rule still applies": an adverb before the verb)
  const v = VERB_FILLERS.has(t[j + 2]?.lower ?? '') && !RELATIVE_VERBS.has(t[j + 2].lower) ? j + 3 : j + 2;
  const after = t[v];
  if (!noun || noun.type !== 'word' || noun.cap || !after) return false;
  if (KINDS.has(noun.lower) && after.lower === 'of') return true;
  const w = noun.lower;
  // (an adjective's ending: "that municipal organizations should decide" has a plural subject after a complementiser)
  if (w.endsWith('s') || ADJECTIVE_ENDING.test(w) || DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(baseLower(noun)) || QUANTITY_WORDS.has(w) || RELATIVE_VERBS.has(w) || STOP_BACKWARD.has(w) || ADJUNCT_START.has(w) || /^\d/.test(noun.text) || w === 'there') return false;
  if (after.type !== 'word') return after.text === ',' || after.text === '.' || after.text === ';';
  if (after.cap) return DAYS_AND_MONTHS.has(after.lower);
  // ("that fuel prices could rise": a plural noun, its verb after it)
  // ("that job losses in manufacturing were …": a plural noun before its preposition)
  const beyond = t[v + 1]?.lower ?? '';
  // (not before an auxiliary: "said that staff were tired", "warned that police would act",
  // "that inflation had halved" are a complementiser's as often as "that claim is false" is not)
  return TIME_WORDS.has(after.lower) || (!RELATIVE_VERBS.has(after.lower) && after.lower.length > 3 && /[^s]s$/.test(after.lower) && !after.possessive && !RELATIVE_VERBS.has(beyond) && !STOP_BACKWARD.has(beyond) && !ADJUNCT_START.has(beyond));
}

/** Whether the word before token `j` is an adjunct's (a time word or an adverb), not the cue's or its object's. */
function afterAdjunct(t: Token[], j: number): boolean {
  const prev = t[j - 1];
  return !!prev && prev.type === 'word' && (DAYS_AND_MONTHS.has(prev.lower) || TIME_WORDS.has(prev.lower) || (prev.lower.endsWith('ly') && !prev.cap));
}
/** Endings of adjectives and adverbs. */
const ADJECTIVE_ENDING = /(?:ly|al|ic|ive|ous|ful|ary|able|ible|ant|[^m]ent|ed|ing|est)$/;
/** Nouns of a kind that "that" points at before "of": "that kind of delay". */
const KINDS = new Set(['kind', 'sort', 'type']);

/** Currency signs before a sum. */
export const CURRENCY = new Set(['$', '£', '€', '¥']);

/** Words that make a quantity of what follows: "about 600", "nearly half", "more than", "at least". */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under', 'just', 'only', 'barely', 'fewer', 'less', 'more', 'at', 'up', 'close']);
export const FRACTIONS = new Set(['half', 'third', 'quarter', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'all', 'most', 'two-thirds']);

/** A whole number and a fraction in words, one hyphenated word: "three-and-a-half", "two-and-a-quarter". */
const MIXED_NUMBER = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)-and-a-(?:half|quarter|third)$/;

/** "about 600 pupils", "more than half the team", "at least three": a quantity opening a clause at token k. */
export function quantityAt(t: Token[], k: number): boolean {
  const a = t[k];
  if (!a || !APPROXIMATORS.has(a.lower)) return false;
  let j = k + 1;
  if ((a.lower === 'more' || a.lower === 'less' || a.lower === 'fewer') && t[j]?.lower === 'than') j++;
  else if ((a.lower === 'at' && (t[j]?.lower === 'least' || t[j]?.lower === 'most')) || ((a.lower === 'up' || a.lower === 'close') && t[j]?.lower === 'to')) j++;
  else if (a.lower === 'more' || a.lower === 'less' || a.lower === 'fewer' || a.lower === 'at' || a.lower === 'up' || a.lower === 'close') return false;
  const n = t[j];
  if (!n || n.type !== 'word') return false;
  const number = /^\d/.test(n.text) || NUMBER_WORDS.has(n.lower) || FRACTIONS.has(n.lower) || MIXED_NUMBER.test(n.lower) || ((n.lower === 'a' || n.lower === 'one') && FRACTIONS.has(t[j + 1]?.lower ?? ''));
  // the quantity is the subject of a clause: some words follow it
  return number && wordsIn(t, j + 1, Math.min(j + 6, t.length)) >= 2;
}

/**
 * "said more homes had been completed than …", "said fewer trains ran late", "said more needed to
 * be done": a comparative quantity that is a clause's subject (a noun or the verb next, and a
 * finite verb within four words), not "said more about it" or "said more on Friday".
 */
export function comparativeSubject(t: Token[], k: number, end: number): boolean {
  const next = t[k + 1];
  if (!COMPARATIVES.has(t[k].lower) || !next || next.type !== 'word' || next.cap || STOP_BACKWARD.has(next.lower) || ADJUNCT_START.has(next.lower) || TIME_WORDS.has(next.lower)) return false;
  let to = Math.min(end, k + 5);
  // ("added more subscribers than analysts had expected": a comparison's own clause of expectation is no verb of the quantity's)
  for (let j = k + 2; j < to; j++) {
    if (t[j].lower !== 'than') continue;
    for (let e = j + 1; e < Math.min(end, j + 5); e++) if (EXPECTED.has(t[e].lower)) to = j;
    break;
  }
  return hasFiniteVerb(t, k + 1, to, true);
}
const COMPARATIVES = new Set(['more', 'fewer', 'less']);
/** Verbs of a comparison's clause of expectation: "than analysts had expected", "than forecast". */
const EXPECTED = new Set(['expected', 'forecast', 'anticipated', 'predicted', 'estimated', 'thought', 'feared', 'hoped', 'planned', 'projected']);

/**
 * A US state written as its two-letter postal code ("Lynchburg, VA", "3 NH towns"): a place where
 * the words around it say so, never by its letters alone, since most codes are other things' letters
 * too ("the VA" is the veterans' department, "IN", "OR", "OK" are words).
 */
import { REGION_ABBREVIATIONS, US_STATE_CODES } from './gazetteer';
import { CUE_FORMS } from './cues';
import { CONNECTORS } from './nameRuns';
import type { Token } from './text';

/**
 * Codes that are also common words, bodies' or things' letters ("OK", "MS", "the VA hotline", "CT
 * scans", "SC verdict", "GA vote", "NE winds"): a state only after a town and its comma.
 */
const AMBIGUOUS_CODES = new Set(['IN', 'OR', 'ME', 'OK', 'HI', 'DE', 'PA', 'MA', 'CO', 'LA', 'AL', 'MS', 'ID', 'OH', 'VA', 'CT', 'MD', 'SC', 'GA', 'NE', 'SD', 'MO', 'AR', 'UT']);

/** Words after a code that no noun is: what a subject or an object takes next ("NY is", "in NH to …"). */
const NO_NOUN_AFTER = new Set(['to', 'in', 'at', 'by', 'from', 'with', 'as', 'or', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'who', 'which', 'that', 'than', 'not', 'also']);

/** Nouns that end as adverbs do ("an AZ rally"). */
const LY_NOUNS = new Set(['rally', 'family', 'ally', 'assembly', 'supply', 'monopoly']);

/** Words after "DC" in electrics ("DC fast chargers", "DC current"), where it names no city. */
const CURRENT_WORDS = new Set(['current', 'currents', 'power', 'voltage', 'fast', 'charger', 'chargers', 'charging', 'motor', 'motors', 'circuit', 'circuits']);

/**
 * The state (its name, as `US_STATE_CODES` gives it) that the one-token run at `i` names, or null:
 * a code after a town and its comma ("Lynchburg, VA,", "Newark, NJ, 07102"); a code that is no
 * common word before a lower-case noun it modifies ("3 NH towns", "an FL congresswoman"); "DC" or
 * "D.C." alone, the capital, but in electrics ("DC chargers") and as a British constable's rank
 * after an article ("the DC said").
 */
export function postalStateAt(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  if (t.type !== 'word') return null;
  const code = t.base === 'D.C.' ? 'DC' : t.base;
  if (code.length !== 2) return null;
  const state = US_STATE_CODES.get(code);
  if (!state) return null;
  const next = tokens[i + 1];
  if (code === 'DC') {
    const article = i > 0 && (tokens[i - 1].lower === 'the' || tokens[i - 1].lower === 'a');
    if (next?.type === 'word' && CURRENT_WORDS.has(next.lower)) return null;
    return !article || nounAfter(next) ? state : null;
  }
  if (townBefore(tokens, i) && phraseEnds(next)) return state;
  return !AMBIGUOUS_CODES.has(code) && nounAfter(next) ? state : null;
}

/** Whether a town's name and a comma stand right before token `i` ("Lynchburg, VA"): a word in mixed case, after a word or a comma. */
function townBefore(tokens: Token[], i: number): boolean {
  if (i < 2 || tokens[i - 1].text !== ',') return false;
  const town = tokens[i - 2];
  if (town.type !== 'word' || town.possessive || !/^\p{Lu}\p{Ll}/u.test(town.text)) return false;
  const before = tokens[i - 3];
  return !!before && (before.type === 'word' || before.text === ',');
}

/** Whether the state's phrase ends before `t`: the paragraph's end, a mark that is no hyphen, or a ZIP code. */
function phraseEnds(t: Token | undefined): boolean {
  return !t || (t.type !== 'word' && t.text !== '-') || /^\d{5}$/.test(t.text);
}

/** Whether `t` is a lower-case noun a code may modify ("towns", "congresswoman"): no joining word, auxiliary, cue, adverb or past form. */
function nounAfter(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || t.cap || !/^\p{Ll}+$/u.test(t.text)) return false;
  const w = t.lower;
  return !CONNECTORS.has(w) && !NO_NOUN_AFTER.has(w) && !CUE_FORMS.has(w) && (!w.endsWith('ly') || LY_NOUNS.has(w)) && !w.endsWith('ed');
}

/** The words of the state a party label's letters name ("ohio", "wis", "n.h"), lower case: ["ohio"], ["wisconsin"], ["new", "hampshire"]. */
export function labelState(letters: string): string[] {
  const bare = letters.replace(/\.$/, '');
  const full = labelStates().get(bare) ?? US_STATE_CODES.get(bare.toUpperCase()) ?? bare;
  return full.toLowerCase().split(' ');
}

let byLabelLetters: Map<string, string> | undefined;
/** The region abbreviations by their letters without the last stop, in lower case ("wis" -> "Wisconsin"), the first listed winning; made on first use. */
function labelStates(): Map<string, string> {
  if (!byLabelLetters) {
    byLabelLetters = new Map();
    for (const [k, v] of REGION_ABBREVIATIONS) {
      const key = k.slice(0, -1).toLowerCase();
      if (!byLabelLetters.has(key)) byLabelLetters.set(key, v);
    }
  }
  return byLabelLetters;
}

/**
 * Bodies named in the singular that take a plural verb, as British and Irish papers write clubs and
 * companies ("Celtic have been fined", "Arsenal are top"): one word, read by the context reader
 * (./nameChecks). No person takes "have" after a lone name ("Smith has").
 */
import { genderOfFirstName } from './gender';
import { isGroupHead, peopleNoun } from './lexicon/people';
import { descriptionKinds } from './lexicon/organisations';
import type { Token } from './text';
import { COMMON_CAPITALISED, countryByDemonym, NON_NAME_WORDS, ORG_HEADS } from './gazetteer';
import { knownLength } from './knownNames';
import { isAcronym } from './nameWords';

/**
 * Whether the one-word name at `i` is a body by the plural verb after it ("Celtic have been
 * fined"), not an inverted clause ("Gone are the days", "Below are my rankings").
 */
export function collectiveBodyAt(tokens: Token[], i: number): boolean {
  const after = tokens[i + 1];
  return !!after && COLLECTIVE_VERBS.has(after.text) && !DETERMINERS_AFTER.has(tokens[i + 2]?.lower ?? '') && collectiveSubject(tokens, i);
}

/** Nouns for a body's people that take a plural verb ("Management have", "Security were"). */
const COLLECTIVE_NOUNS = new Set(['management', 'security', 'government', 'council', 'media', 'press', 'crew', 'family', 'public', 'opposition', 'jury', 'audience', 'congregation', 'leadership', 'youth', 'clergy', 'cabinet', 'senate', 'parliament', 'congress']);
/** Determiners after "are" that show an inverted clause ("Gone are the days"). */
const DETERMINERS_AFTER = new Set(['the', 'a', 'an', 'some', 'many', 'these', 'those', 'two', 'three', 'several', 'all', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'few', 'more', 'other']);
/** Plural verbs a body named in the singular takes in British usage ("Celtic have", "Arsenal are"). */
const COLLECTIVE_VERBS = new Set(['have', 'are', 'were']);

/**
 * Whether the one word at `i` may be such a body: in the singular, no given name, no known place or
 * country ("Germany have won" is the country's team), no possessive, and the subject of its clause
 * (no "and", comma or auxiliary before it: "Why have …").
 */
function collectiveSubject(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // (a contraction is a pronoun's: "You'd have thought"; a demonym is its people: "Japanese were")
  if (t.possessive || /s$|['’]/.test(t.lower) || isAcronym(t) || genderOfFirstName(t.base) !== null || countryByDemonym.has(t.lower) || knownLength(tokens, i, i + 1)) return false;
  // (a common noun opening the sentence: "Police have", "Staff were", "Management have")
  if (peopleNoun(t.lower) !== null || isGroupHead(t.lower) || ORG_HEADS.has(t.lower) || descriptionKinds(t.lower) || COMMON_CAPITALISED.has(t.lower) || NON_NAME_WORDS.has(t.lower) || COLLECTIVE_NOUNS.has(t.lower)) return false;
  const before = i > 0 ? tokens[i - 1] : undefined;
  return !before || (before.type !== 'word' && before.text !== ',') || before.lower === 'but' || before.lower === 'that';
}

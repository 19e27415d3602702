/**
 * The gender the text tells of a person, for agreement with "he" and "she": courtesy titles and
 * gendered role words ("Ms.", "spokeswoman", "Congressman"), pronouns, and first names.
 *
 * First names come from the English table of the npm package `gender-detection-from-name`
 * (MIT, Davide Violante; about 32,500 given names, each marked male or female, bundled, no network).
 * The table is loaded on the first look-up, so an analysis that never asks pays nothing.
 */
import { memoised } from './memo';

export type Gender = 'male' | 'female';

let firstNames: Map<string, Gender> | undefined;

/**
 * The gender a first name usually has in English-speaking countries ("Dara" -> female,
 * "Marcus" -> male), or null when the table does not know the name. Case and a trailing period
 * are ignored; an initial ("J.") or an empty string gives null. Memoised: names repeat across a corpus.
 */
export const genderOfFirstName = memoised(firstNameGender);

function firstNameGender(first: string): Gender | null {
  const key = withoutStop(first.toLowerCase());
  if (key.length < 2) return null;
  return (firstNames ?? loadFirstNames()).get(key) ?? null;
}

/** Loads the first-name table (about 30 ms of CPU at its first use) if not yet loaded: an editor host calls it in an idle turn, so that a save does not. */
export function loadFirstNames(): Map<string, Gender> {
  return (firstNames ??= require('gender-detection-from-name/names/en.js') as Map<string, Gender>);
}

/** The word without one final full stop ("Mr." -> "Mr"): a test of the last code unit, where a pattern would scan the word. */
const withoutStop = (w: string): string => (w.charCodeAt(w.length - 1) === 0x2e ? w.slice(0, -1) : w);

const MALE_TITLES = new Set(['mr', 'mister', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'baron', 'emperor', 'monsieur', 'herr', 'señor', 'senor', 'sr', 'signor', 'fr', 'father', 'brother', 'uncle', 'husband', 'son', 'grandfather', 'grandson', 'nephew', 'boyfriend', 'widower', 'man', 'boy', 'gentleman', 'actor', 'waiter', 'dad', 'grandpa']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'mlle', 'lady', 'dame', 'queen', 'princess', 'duchess', 'countess', 'baroness', 'empress', 'frau', 'señora', 'senora', 'sra', 'signora', 'sister', 'mother', 'aunt', 'wife', 'daughter', 'grandmother', 'granddaughter', 'niece', 'girlfriend', 'widow', 'woman', 'girl', 'actress', 'waitress', 'heiress', 'hostess', 'mom', 'mum', 'grandma', 'nun']);
/** Words ending in "man" that are not a man: "human", "German", "shaman". */
const NOT_MAN = new Set(['human', 'inhuman', 'superhuman', 'german', 'roman', 'shaman', 'ottoman', 'talisman', 'caiman', 'cayman', 'dolman', 'woman']);

/**
 * The gender a title or role word states: "Mr." and "Sir", "Ms." and "Dame", kinship words
 * ("widow", "son"), and compounds of -man / -woman ("spokeswoman", "Congressman",
 * "chairwoman"). Null for words that say nothing of gender ("Senator", "spokesperson", "human").
 */
export const genderOfTitle = memoised(titleGender);

function titleGender(word: string): Gender | null {
  const w = withoutStop(word.toLowerCase());
  if (MALE_TITLES.has(w)) return 'male';
  if (FEMALE_TITLES.has(w)) return 'female';
  if (w.endsWith('woman') || w.endsWith('women')) return 'female';
  if ((w.endsWith('man') || w.endsWith('men')) && w.length > 4 && !NOT_MAN.has(w) && !NOT_MAN.has(w.replace(/men$/, 'man'))) return 'male';
  return null;
}

/**
 * The gender stated by the words of a role ("Canadian Foreign Minister", "a spokeswoman for the
 * city"): the first gendered word, or null.
 */
export function genderOfRole(role: string): Gender | null {
  return roleGenders(role) || null;
}
/** Memoised (roles repeat: "Sen.", "President"); '' for none, as a memo holds no null. */
const roleGenders = memoised((role): Gender | '' => {
  for (const word of role.split(/[\s,-]+/)) {
    const g = genderOfTitle(word);
    if (g) return g;
  }
  return '';
});

/** "he", "him", "his", "himself" -> male; "she", "her", "hers", "herself" -> female; else null. */
export function genderOfPronoun(word: string): Gender | null {
  switch (word.toLowerCase()) {
    case 'he':
    case 'him':
    case 'his':
    case 'himself':
      return 'male';
    case 'she':
    case 'her':
    case 'hers':
    case 'herself':
      return 'female';
    default:
      return null;
  }
}

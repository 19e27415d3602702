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

/**
 * The first-name table as the build leaves it (esbuild.config.mjs): the names, sorted by code unit,
 * in one string separated by spaces, and one letter per name, 'f' or 'm'. Searched in place: a
 * Map of its 32,500 names cost every start 78 M instructions, and a table the collector copies.
 */
interface FirstNames {
  names: string;
  genders: string;
  /** Where each name starts in `names`, and one more entry: the end of the last name plus one. */
  starts: Int32Array;
}
let firstNames: FirstNames | undefined;

/**
 * The gender a first name usually has in English-speaking countries ("Dara" -> female,
 * "Marcus" -> male), or null when the table does not know the name. Case and a trailing period
 * are ignored; an initial ("J.") or an empty string gives null. Memoised: names repeat across a corpus.
 */
export const genderOfFirstName = memoised(firstNameGender);

function firstNameGender(first: string): Gender | null {
  const key = withoutMarks(withoutStop(first.toLowerCase()));
  if (key.length < 2 || NOT_KNOWN_WELL.has(key)) return null;
  const table = firstNames ?? loadFirstNames();
  const i = nameIndex(table, key);
  if (i < 0) return WORLD_GIVEN_NAMES.get(key) ?? compoundGender(key);
  return table.genders.charCodeAt(i) === 0x66 ? 'female' : 'male';
}

/**
 * A compound given name the table lacks ("Marie-Ève", "Jean-François", "Anne-Sophie"), of two
 * parts, both given names, has the gender of its first part, or of its second when the first is
 * borne by either sex ("Kerry-Ann"); French "Jean" is a man's (the English table has Jean a woman's: "Jean-Marie" too).
 */
function compoundGender(key: string): Gender | null {
  const hyphen = key.indexOf('-');
  // (both parts given names: "Nobel-winning", "Chicago-based" are no one's; two parts only, so that
  // each part's look-up is one step deep: "Anne-Anne-…" thousands long overflowed the stack)
  if (hyphen < 2 || key.indexOf('-', hyphen + 1) >= 0 || firstNameGender(key.slice(hyphen + 1)) === null) return null;
  const head = key.slice(0, hyphen);
  // a head borne by either sex leaves the gender to the second part ("Kerry-Ann", "Casey-Lynn": Kerry and Casey tell nothing)
  return head === 'jean' ? 'male' : UNISEX_FIRST_NAMES.has(head) ? firstNameGender(key.slice(hyphen + 1)) : firstNameGender(head);
}

/**
 * Given names of international news that the English table lacks (Arabic, Persian, Turkish,
 * Ukrainian and Russian, South Asian and Punjabi), as romanised in English-language news: a foreign minister's
 * "she says" or "he said" agrees with them as with English names.
 */
const WORLD_GIVEN_NAMES = new Map<string, Gender>([
  ...(
    'lakhdar badr basem bassem esmaeil hossein javad barham sayyid alireza mohammadreza abdelaziz abdelmadjid abdelfattah abdelkader ' +
    'abdulrahman abdulaziz nasr hicham mounir nabih riad samih recep mevlut ekrem tayyip volodymyr andrii oleksandr oleksiy mykhailo ' +
    'mykola dmytro yevgeny evgeny anatoly gennady vyacheslav valeriy yury petro ihor serhiy vladyslav nursultan shavkat narendra ' +
    'rajnath randhir subrahmanyam piyush shehbaz nawaz bilawal harjit harjeet jagmeet amarjeet sukhdeep tejinder maninder'
  )
    .split(' ')
    .map((n): [string, Gender] => [n, 'male']),
  ...'benazir mette chrystia iryna olha yuliia kateryna bardish'.split(' ').map((n): [string, Gender] => [n, 'female']),
  // short forms and Irish names of British and Irish news the table lacks ("Geoff and Shelly Sanderson")
  ...'geoff reg alf stu fergal diarmuid'.split(' ').map((n): [string, Gender] => [n, 'male']),
  ...'grainne brid'.split(' ').map((n): [string, Gender] => [n, 'female']),
  // a Quebec given name, mostly women's ("NDP health critic France Gélinas"), that only the package's French table lists
  ['france', 'female'],
  // Quebec given names the English table lacks (the package's French table marks several the wrong
  // way, Sylvain and Gilles women's): "producer Sylvain Corbeil" is a person, "Corbeil said" the same one
  ...'sylvain benoit ghislain rejean gilles yvon gaetan normand hugues fernand rosaire raynald yvan sylvio rodrigue aurelien'
    .split(' ')
    .map((n): [string, Gender] => [n, 'male']),
  ...'ginette guylaine huguette lise micheline ghislaine lucette pierrette rolande jacinthe maryse marjolaine raymonde gaetane lyne chantale'
    .split(' ')
    .map((n): [string, Gender] => [n, 'female']),
]);

/**
 * Men's names of Māori and Pacific peoples that the English table lists as women's (a few girls
 * in its birth records bore them): the table does not know them well, so it answers nothing, as it
 * does for "Wiremu" or "Tipene", and the text tells the gender ("he said", "Mr Tuhiwai").
 */
const NOT_KNOWN_WELL = new Set([
  'manaia', 'hemi', 'riki', 'noa', 'iona', 'elia',
  // and words the table lists as given names (a few births) that open bodies' and places' names
  // far more often than anyone's ("Royal Mail", "Temple Bar", "Business Unity South Africa",
  // "Prairie Aerostructures, a Wichita firm", "Summit Crest Management", "Harbour Air")
  'royal', 'temple', 'unity', 'prairie', 'summit', 'harbour', 'harbor', 'canyon', 'horizon',
]);

/** The index of `key` among the table's names (a binary search), or -1. */
function nameIndex({ names, starts }: FirstNames, key: string): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareName(key, names, starts[mid], starts[mid + 1] - 1);
    if (order === 0) return mid;
    if (order < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return -1;
}

/** `key` against names[from, to) by code unit, as the build sorted them (no slice of the names made). */
function compareName(key: string, names: string, from: number, to: number): number {
  const n = Math.min(key.length, to - from);
  for (let k = 0; k < n; k++) {
    const d = key.charCodeAt(k) - names.charCodeAt(from + k);
    if (d !== 0) return d;
  }
  return key.length - (to - from);
}

/** Loads the first-name table (a few ms of CPU at its first use) if not yet loaded: an editor host calls it in an idle turn, so that a save does not. */
export function loadFirstNames(): FirstNames {
  if (firstNames) return firstNames;
  const { names, genders } = require('gender-detection-from-name/names/en.js') as { names: string; genders: string };
  const starts = new Int32Array(genders.length + 1);
  let n = 0;
  for (let i = names.indexOf(' '); i >= 0; i = names.indexOf(' ', i + 1)) starts[++n] = i + 1;
  starts[genders.length] = names.length + 1;
  return (firstNames = { names, genders, starts });
}

/**
 * Given names borne by men and women alike in North America and Britain ("Taylor Brooks … he said"):
 * the table marks each one way, so they tell an anaphor nothing of gender.
 */
const UNISEX_FIRST_NAMES = new Set([
  'taylor', 'jordan', 'casey', 'morgan', 'alex', 'jamie', 'riley', 'avery', 'quinn', 'cameron', 'dana', 'jess', 'jesse', 'jessie',
  'kelly', 'robin', 'sam', 'pat', 'leslie', 'lee', 'drew', 'shannon', 'terry', 'tracy', 'kerry', 'kim', 'blake', 'devon',
  'reese', 'rowan', 'sage', 'skyler', 'kendall', 'hayden', 'jody', 'jaime', 'frankie', 'charlie', 'billie', 'lynn',
  'emerson', 'finley', 'parker', 'peyton', 'payton', 'harley', 'kai', 'ari', 'dale', 'stacy', 'kris', 'sidney', 'addison',
  'ashton', 'bailey', 'dakota', 'elliot', 'elliott', 'emery', 'jules', 'kennedy', 'logan', 'marley', 'micah', 'oakley',
  'phoenix', 'reagan', 'rory', 'shay', 'sky', 'spencer', 'sawyer', 'tatum', 'toby', 'val', 'wren', 'remy', 'river',
  // borne by well-known men though the table says woman (Lindsey Graham, Lindsay Hoyle, Courtney Walsh, Ashley Cole)
  'lindsey', 'lindsay', 'courtney', 'ashley', 'kelsey', 'aubrey', 'shelby', 'carey', 'darcy', 'blair',
  // a man's short name in German, Russian and French, and Yoruba's of either sex, a woman's in the
  // table (Tobi Lütke; Sasha, Alexander's; Dominique de Villepin, Dominique Anglade)
  'tobi', 'sasha', 'dominique',
  // Sikh given names, borne by men and women alike (the surname "Kaur" or "Singh" tells which):
  // the table, from few births, marks each one way ("Amrit Dhillon … she said")
  'amrit', 'kiran', 'gurpreet', 'harpreet', 'jaspreet', 'navdeep', 'jasdeep', 'navjot', 'manpreet', 'amandeep', 'ramandeep',
  // borne by many Canadian men though the table says woman (Mackenzie King; Mackenzie Weegar, Mackenzie Hughes in sport)
  'mackenzie', 'mckenzie', 'kenzie',
  // a man's name in Catalan or French, a woman's in English (Joan Laporta, Joan Didion; Jean
  // Castex, Jean Rhys): the table says man
  'joan', 'jean',
  // a man's name in Dutch, German, Polish, Czech and Scandinavian, a woman's short name in English
  // (Jan Egeland, Jan Brewer): the table says man
  'jan',
  // the Spanish short form of Guadalupe, borne by women and men alike (Lupe Fiasco; a farmer Lupe
  // with "her husband"): the table says man
  'lupe',
]);

/** Whether a given name is borne by both sexes ("Taylor", "Jordan"), so it tells no gender. */
export const isUnisexFirstName = (first: string): boolean => UNISEX_FIRST_NAMES.has(withoutStop(first.toLowerCase()));

/**
 * The gender a first name tells against a title or a gendered noun ("Ms Smith" after "Joan
 * Smith"): the table's, but none for a name borne by both sexes, which the title decides.
 */
export const agreeingGenderOfFirstName = (first: string): Gender | null => (isUnisexFirstName(first) ? null : genderOfFirstName(first));

/** The name without accents, as the English table spells it ("José" -> "jose", "François" -> "francois"); ASCII names are returned as they are, unscanned by a pattern. */
function withoutMarks(w: string): string {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return w.normalize('NFD').replace(/\p{M}/gu, '');
  return w;
}

/** The word without one final full stop ("Mr." -> "Mr"): a test of the last code unit, where a pattern would scan the word. */
const withoutStop = (w: string): string => (w.charCodeAt(w.length - 1) === 0x2e ? w.slice(0, -1) : w);

// (not "actor": written of women as of men, "Actor Catherine O'Hara"; "actress" still tells)
const MALE_TITLES = new Set(['mr', 'mister', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'baron', 'emperor', 'monsieur', 'herr', 'señor', 'senor', 'sr', 'signor', 'fr', 'father', 'brother', 'uncle', 'husband', 'son', 'grandfather', 'grandson', 'nephew', 'boyfriend', 'widower', 'man', 'boy', 'gentleman', 'waiter', 'dad', 'grandpa']);
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

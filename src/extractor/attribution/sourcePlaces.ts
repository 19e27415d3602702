/**
 * Source phrases of people placed or counted (asked by ./sourceBefore): a poll's share ("55
 * percent of voters", "six in 10"), people at or of a place ("nurses at the clinic in Leeds"),
 * a list of places after them ("residents of Laval, Longueuil and Brossard"), "between" pairs.
 */
import { isNameWord } from '../names';
import { CUE_FORMS } from '../cues';
import { DIRECTION_WORDS } from '../gazetteer';
import { peopleNoun } from '../lexicon/people';
import { descriptionKinds } from '../lexicon/organisations';
import type { Token } from '../text';
import { POST_ADJECTIVES } from './linkedSources';
import { IRREGULAR_PASTS } from './relativeClauses';
import { agentShaped, ARTICLES, DETERMINERS, hasFiniteVerb, isPartyGroup, isPeopleNoun, isPluralApostrophe, NUMBER_WORDS, ONE_OF, pluralBodies, STOP_BACKWARD } from './words';

/** Heads of a share of people, as polls report them: "majorities of Democrats", "half of voters". */
export const SHARE_WORDS = new Set(['majority', 'majorities', 'minority', 'plurality', 'percent', 'half', 'third', 'thirds', 'quarter', 'quarters', 'most', 'many', 'share', 'number']);

/** Whether tokens [a, end] hold a name, a share word, or a people noun before the last word: a phrase that can speak. */
export function namesSomeone(t: Token[], a: number, end: number): boolean {
  for (let i = a; i <= end; i++) {
    const x = t[i];
    if (isNameWord(x) || SHARE_WORDS.has(x.lower) || isPartyGroup(x) || (i !== end && isPeopleNoun(x))) return true;
  }
  return false;
}

/**
 * Poll subjects: where the phrase ending before token `a` continues back through "in", "of" or
 * "among" to a share ("six in 10", "55 percent of voters", "majorities of Democrats in five
 * states"), the index the subject starts at; -1 otherwise.
 */
export function shareBefore(t: Token[], a: number, from: number): number {
  const prep = t[a - 1]?.lower;
  if (a - 1 < from || (prep !== 'in' && prep !== 'of' && prep !== 'among')) return -1;
  const before = t[a - 2];
  if (a - 2 >= from && (SHARE_WORDS.has(before.lower) || /^\d+$/.test(before.text) || NUMBER_WORDS.has(before.lower))) return a - 2;
  // back over the place to the share: "majorities of Democrats | in five states"
  const start = Math.max(from, a - 6);
  const share = t.slice(start, a - 1).findLastIndex((x, i, all) => SHARE_WORDS.has(x.lower) && all[i + 1]?.lower === 'of');
  return share >= 0 ? start + share : -1;
}


/**
 * "A teller in Halifax", "One mortgage processor in Charlotte": a singular noun shaped as an
 * agent's, after "a", "an" or "one" (one lower-case modifier between at most), is a person placed
 * there, whatever list lacks the noun — the place after it is where that person is, never who speaks
 * (a document's noun is no one: "A letter in …"; placedPeople asks only with a name right after the
 * preposition, so "a narrator in the Clinton ad" reads as before).
 */
export function oneAgentPlaced(t: Token[], k: number, from: number): boolean {
  const x = t[k];
  // (a body's noun is no person: "A shelter in Halifax", "A newspaper in Halifax", "A manufacturer in Ontario")
  if (!agentShaped(x) || SHARE_WORDS.has(x.lower)) return false;
  if (k - 1 >= from && ONE_OF.has(t[k - 1].lower)) return true;
  return k - 2 >= from && t[k - 1].type === 'word' && !t[k - 1].cap && !STOP_BACKWARD.has(t[k - 1].lower) && ONE_OF.has(t[k - 2].lower);
}

/**
 * "A grocer in Moncton", "the small bakery in Moncton", "A manufacturer in Ontario": a body's noun
 * after an article (one lower-case modifier between at most) is the body placed there, which
 * speaks, not the place after it.
 */
function bodyPlaced(t: Token[], k: number, from: number): boolean {
  const x = t[k];
  if (x.type !== 'word' || x.cap || !descriptionKinds(x.lower)) return false;
  const article = (i: number): boolean => i >= from && ARTICLES.has(t[i].lower);
  return article(k - 1) || (k - 2 >= from && t[k - 1].type === 'word' && !t[k - 1].cap && !STOP_BACKWARD.has(t[k - 1].lower) && article(k - 2));
}

/** How many lower-case words and hyphens may stand between a clause's article and a thing's noun ("A family-owned ski hill north | of"). */
const THING_MODIFIERS = 6;

/**
 * "A family-owned ski hill near Collingwood says", "A golf course near Barrie said": a thing the
 * lists do not know as a body, after the article that opens the clause (lower-case modifiers
 * between), speaks from its place as the subject — the place after the preposition never does (no
 * actor is named; resolution leaves the phrase unresolved). `k` is the noun before the preposition.
 */
function thingPlacedAtStart(t: Token[], k: number, from: number): boolean {
  if (k - from > THING_MODIFIERS || !(ARTICLES.has(t[from].lower) || t[from].lower === 'one')) return false;
  for (let i = from + 1; i <= k; i++) {
    const x = t[i];
    if (x.text === '-' && i > from + 1 && i < k) continue;
    // (a verb's form ends the noun phrase, "A party offered aid to Ukraine", "The union met in Ottawa and
    // Hamilton said", but not after a hyphen, "family-owned", nor right after the article, where no verb
    // stands: "A housing co-op", "A licensed daycare", "A crossing")
    const hyphened = t[i - 1].text === '-';
    const verbForm = i > from + 1 && !x.lower.includes('-') && !hyphened && (/(?:ed|ing)$/.test(x.lower) || hasFiniteVerb(t, i, i + 1, true) || IRREGULAR_PASTS.has(x.lower));
    // (a word inside a hyphenated compound is no preposition of its own: "A walk-in clinic")
    if (x.type !== 'word' || x.cap || verbForm || (STOP_BACKWARD.has(x.lower) && !(hyphened && t[i + 1]?.type === 'word')) || CUE_FORMS.has(x.lower) || /ly$/.test(x.lower)) return false;
  }
  return k > from;
}

/** Prepositions that place a thing where it stands: "near Collingwood", "outside Barrie", "on Main Street" (not "aid to Ukraine", "a plan for Ottawa"). */
const THING_PLACES = new Set(['near', 'in', 'outside', 'at', 'around', 'along', 'inside', 'on']);

/** Prepositions of extent that follow "from" before a place: "from across Canada". */
const EXTENT_AFTER_FROM = new Set(['across', 'around', 'throughout']);

/**
 * How far back a post-modifier before token `a` reaches to the people it modifies: "delegates at |
 * the hall", "Oren Blake at | the university", "Ada Brook with | the water board", "a banker
 * briefed on | the talks"; the index of the people noun or name, or -1.
 */
export function placedPeople(t: Token[], a: number, from: number, depth = 0): number {
  const prep = t[a - 1]?.lower;
  // "physicians from across Canada", "mayors from around the province": "from" and a preposition
  // of extent are one preposition, the people before "from"
  if (EXTENT_AFTER_FROM.has(prep) && t[a - 2]?.lower === 'from' && a - 3 >= from) return placedPeople(t, a - 1, from, depth);
  if (a - 2 < from || !PLACE_PREPOSITIONS.has(prep)) return -1;
  // "Officials with …", "People living near …" opening the sentence: a people noun capitalised by its place
  // "Republicans in the Senate": a party's members and where they sit
  // ("Businesses along Eighth Street", "stores in the mall": bodies in the plural, a group as people are)
  const people = (i: number): boolean => isPeopleNoun(t[i]) || (i === from && t[i].cap && peopleNoun(t[i].lower) !== null) || isPartyGroup(t[i]) || pluralBodies(t[i]);
  // (a name opens the place, or the place's own place does: "A walk-in clinic at the mall | in Barrie")
  const named = t[a].cap || depth > 0;
  if (people(a - 2) || (isNameWord(t[a - 2]) && prep !== 'in' && prep !== 'on') || (named && (oneAgentPlaced(t, a - 2, from) || bodyPlaced(t, a - 2, from)))) return a - 2;
  if (named && (THING_PLACES.has(prep) || (prep === 'of' && DIRECTION_WORDS.has(t[a - 2].lower))) && thingPlacedAtStart(t, a - 2, from)) return from;
  // "A family of five from Montreal", "a group of 20 from Calgary": people counted by "of" and a number
  if (a - 4 >= from && t[a - 3].lower === 'of' && (NUMBER_WORDS.has(t[a - 2].lower) || /^\d+$/.test(t[a - 2].text)) && people(a - 4)) return a - 4;
  // a participle between them: "briefed on", "based in", "speaking at", "familiar with"
  const verb = t[a - 2];
  if (a - 3 >= from && verb.type === 'word' && !verb.cap && (/(?:ed|ing)$/.test(verb.lower) || POST_ADJECTIVES.has(verb.lower)) && people(a - 3)) return a - 3;
  // "patients in the waiting room at the Halifax Infirmary": a place within a place (a few words
  // back to the first place's determiner), two places deep at most, so that a text of chained
  // places costs each cue a few steps, not a walk to the sentence's start
  if (depth >= PLACES_DEEP) return -1;
  // "Protesters outside Google | in Dublin": a name with no determiner as the first place
  let n = a - 2;
  while (n > from && a - 2 - n < 3 && t[n - 1].type === 'word' && t[n - 1].cap && isNameWord(t[n - 1])) n--;
  if (n > from && isNameWord(t[n]) && PLACE_PREPOSITIONS.has(t[n - 1].lower) && !t[n - 1].cap) {
    const placed = placedPeople(t, n, from, depth + 1);
    if (placed >= 0) return placed;
  }
  let j = a - 2;
  // ("economists at the Ifo institute in Munich": a name may stand in the first place's phrase;
  // "residents at a seniors' centre in Transcona": so may a plural possessive, its apostrophe a token)
  while (j > from && a - 2 - j < 4 && ((t[j].type === 'word' && !DETERMINERS.has(t[j].lower) && !STOP_BACKWARD.has(t[j].lower)) || isPluralApostrophe(t, j))) j--;
  return j < a - 2 && DETERMINERS.has(t[j].lower) && t[j].lower !== 'that' ? placedPeople(t, j, from, depth + 1) : -1;
}

/** How many capitalised words one item of a list of places may take ("New York", "Thunder Bay"). */
const LIST_ITEM_WORDS = 3;
/** How many items a list of places may hold before its joined pair. */
const LIST_ITEMS = 8;

/**
 * "Hospitals in Toronto, Ottawa and Montreal", "Residents of Laval, Longueuil and Brossard": `a`
 * opens the joined pair of a list after its comma; the first listed name's index when names and
 * commas reach back to a preposition of place after people or bodies in the plural, -1 otherwise
 * ("In Ottawa, Ann Lee and Tom Hale said": an opening phrase, no list).
 */
export function placedListStart(t: Token[], a: number, from: number): number {
  let k = a - 1;
  for (let items = 0; items < LIST_ITEMS && k > from && t[k].text === ','; items++) {
    let first = k - 1;
    while (first > from && k - first < LIST_ITEM_WORDS && isNameWord(t[first - 1]) && t[first - 1].cap) first--;
    if (!isNameWord(t[first])) return -1;
    if (placedPeople(t, first, from) >= 0) return first;
    k = first - 1;
  }
  return -1;
}

/** Words opening a sentence whose object a list's first item is: "Unlike teachers, nurses and doctors said". */
export const LIST_OPENERS_CUT = new Set(['unlike', 'like', 'besides', 'among', 'including', 'except', 'than', 'with', 'about', 'to', 'for', 'from', 'after', 'before']);

/** Whether `w` is a noun of people in the plural, capitalised only as it may open a sentence: "nurses", "Teachers". */
export function peopleInPlural(w: Token | undefined): boolean {
  return !!w && w.type === 'word' && !w.possessive && peopleNoun(w.lower) === 'plural' && (!w.cap || !/[A-Z]/.test(w.text.slice(1)));
}

/** The "between" of "between the union and" (`j` the last word before "and"), within four words back over lower-case words and determiners; -1 when none. */
export function betweenBefore(t: Token[], j: number, from: number): number {
  for (let k = j; k >= from && j - k <= 4 && t[k].type === 'word'; k--) if (t[k].lower === 'between') return k > from ? k : -1;
  return -1;
}
/** How many places within places people may be put before they speak ("nurses in the ward at the hospital in Leeds"). */
const PLACES_DEEP = 2;

/** Prepositions that place people before they speak: "nurses at the clinic", "residents of Elm Row". */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'with', 'on', 'near', 'inside', 'outside', 'across', 'around', 'to', 'about', 'for', 'of', 'along']);

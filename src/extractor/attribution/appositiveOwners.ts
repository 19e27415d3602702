/**
 * Whose a name in apposition is when the phrase before its comma owns or speaks for someone: a
 * possessive name that opens the clause owns the body named after it ("Ferraro's bank, Dominion
 * Savings, said"), and kin or a lawyer "of" people speak for a dead person named after them ("The
 * family of one of the patients, NAME, who died in 2023, said"). Asked by ./appositive.
 */
import { KIN_NOUNS, peopleNoun } from '../lexicon/people';
import type { Token } from '../text';
import { DETERMINERS, isModifierWord, isPeopleNoun } from './words';

/**
 * Whether the possessive name ending at token `owner` opens its clause ("Ferraro's bank, …" first
 * in the sentence or after a comma), not a preposition's object ("the editor of the Vatican's
 * newspaper, L'Osservatore Romano,": the editor speaks).
 */
export function possessorOpens(t: Token[], owner: number, from: number): boolean {
  let i = owner;
  // (a common noun's owner may have modifiers of its own: "The inshore fleet's association, the Full Bay Scallop Association,")
  while (i > from && i > owner - 3 && t[i - 1].type === 'word' && (t[i - 1].cap || (!t[owner].cap && isModifierWord(t[i - 1]))) && !t[i - 1].possessive) i--;
  if (i > from && DETERMINERS.has(t[i - 1].lower)) i--;
  return i === from || t[i - 1].type !== 'word';
}

/** Verbs of a death: an aside after a name that holds one tells the person named speaks no more. */
const DIED = new Set(['died', 'killed', 'drowned', 'murdered', 'slain']);

/** Whether the asides between tokens `end` and `comma` tell a death ("…, who died in 2023,"). */
export function diedAside(t: Token[], end: number, comma: number): boolean {
  // (", whose son died in the fire,": another's death, the one named lives)
  for (let i = end; i < comma; i++) if (t[i].lower === 'whose') return false;
  for (let i = end; i < comma; i++) if (DIED.has(t[i].lower)) return true;
  return false;
}

/** Nouns of those who speak for someone named after "of": kin, a family, a lawyer. */
const SPEAKING_FOR = new Set([...KIN_NOUNS, 'family', 'families', 'parents', 'relatives', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'friends']);

/**
 * "Friends of the pilot, Tom Ode, said", "Relatives of one of the victims, Winnipeg resident Ana
 * Roy, said": where people in the plural and their "of" come before a comma after one person's
 * noun (or "one of" people), the name in apposition after it is that person's, and the people
 * speak: the index where their phrase opens (its determiner), or -1.
 */
export function pluralPeopleOf(t: Token[], comma: number, from: number): number {
  for (let o = comma - 2; o > from && comma - o <= 8; o--) {
    const w = t[o];
    if (w.type !== 'word' || (w.cap && o > from)) return -1;
    // ("of one of the victims": the count's "of" goes on back)
    if (w.lower !== 'of' || t[o - 1].lower === 'one') continue;
    const people = t[o - 1];
    if (people.type !== 'word' || (people.cap && o - 1 > from) || peopleNoun(people.lower) !== 'plural') return -1;
    // (the one they are of: a person's noun, or "one of" people: "the pilot", "one of the victims")
    const last = t[comma - 1];
    if (!isPeopleNoun(last) || (/[^s]s$/.test(last.lower) && !t.slice(o + 1, comma).some((x) => x.lower === 'one'))) return -1;
    const det = o - 2;
    return det >= from && DETERMINERS.has(t[det].lower) ? det : o - 1;
  }
  return -1;
}

/**
 * Where the phrase opens when the one before the comma at `comma` is kin or a lawyer "of" people
 * described in lower case ("The family of | one of the patients", "The lawyer for | a man who …"):
 * a name after the comma is theirs, and the kin speak; -1 when it is not so.
 */
export function kinOfPeopleBefore(t: Token[], comma: number, from: number): number {
  for (let o = comma - 2; o > from && comma - o <= 8; o--) {
    const w = t[o];
    if (w.type !== 'word' || (w.cap && o > from)) return -1;
    // ("of one of the patients": the first "of" is the count's)
    if ((w.lower !== 'of' && w.lower !== 'for') || !SPEAKING_FOR.has(t[o - 1].lower)) continue;
    // (people in the plural are no one name, but "one of" them is: "The lawyer for the families, Tom Reid, …" is the lawyer)
    if (!isPeopleNoun(t[comma - 1]) || (/[^s]s$/.test(t[comma - 1].lower) && !t.slice(o + 1, comma).some((x) => x.lower === 'one'))) return -1;
    const det = o - 2;
    return det >= from && DETERMINERS.has(t[det].lower) ? det : o - 1;
  }
  return -1;
}

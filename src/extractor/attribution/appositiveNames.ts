/**
 * Part of stage 4 of attribution (see ./appositive): whether the words before or between an
 * appositive's commas are a person's name ("Sam Cole", "Mr. Regalado"), and the asides on a
 * person's name that the subject reaches back over: an age, a home town, an employer, a role
 * ("Sam Cole, 54, Hamilton, said", "Sam Cole, a nurse, Toronto, said").
 */
import { genderOfFirstName } from '../gender';
import { isRegionAbbreviation, isRegionName, TITLES, US_STATES } from '../gazetteer';
import { isNameWord } from '../names';
import { orgKindsOfName } from '../lexicon/organisations';
import { NAME_PARTICLES } from '../nameWords';
import type { Token } from '../text';
import { knownPlace, townKnown } from './appositivePlaces';
import { npBackward } from './sourceBefore';
import type { Np } from './state';
import { ADJUNCT_START, AUXILIARIES, MODALS, RELATIVE_PRONOUNS, STOP_BACKWARD } from './words';

/** Whether a name that opens with this word reads as a person's: a title or a known given name ("Mr.", "Yahya"). */
export function personalName(first: Token): boolean {
  return TITLES.has(first.lower) || givenName(first.text);
}

/** Whether a word is a given name, compound ones too ("Jean-Philippe", "Marie-Ève": each part a given name). */
export function givenName(word: string): boolean {
  if (genderOfFirstName(word)) return true;
  const hyphen = word.indexOf('-');
  return hyphen > 0 && !!genderOfFirstName(word.slice(0, hyphen)) && !!genderOfFirstName(word.slice(hyphen + 1));
}

/**
 * Whether every token of [a, b) is a name word, a full stop, "of", an ampersand ("Procter &
 * Gamble") or, with `particles`, a surname's particle between name words ("Ana de la Vega"; not
 * "Santiago del Estero", "Compania de Navegacion").
 */
export function allNameWords(t: Token[], a: number, b: number, particles: boolean): boolean {
  for (let i = a; i < b; i++) {
    if (isNameWord(t[i]) || t[i].text === '.' || t[i].lower === 'of' || t[i].text === '&') continue;
    // ("The union's president, Jan Simpson, said": a given name that is also a month's, before a surname)
    if (i === a && i + 1 < b && t[i].cap && t[i].type === 'word' && givenName(t[i].text) && isNameWord(t[i + 1])) continue;
    if (particles && i > a && i + 1 < b && !t[i].cap && NAME_PARTICLES.has(t[i].lower)) continue;
    return false;
  }
  return true;
}

/**
 * The comma before a person's home town or body in segment [a, end), which the comma at `comma`
 * opens: a town, state, province or country the gazetteer knows ("Sam Cole, | Toronto,"), a
 * province or state after up to three capitalised words ("Ana Ruiz, | Dartmouth, N.S.,"), or a
 * few capitalised words that name no person ("Sam Cole, | Hamilton,", "Sam Cole, | Toronto
 * Hydro,"); -1 when the segment is no such aside or no person's name (a title or a known given name
 * first) ends right before it, before the person's age ("Sam Cole, 54, | Toronto,") or before a
 * role ("Sam Cole, a nurse, | Toronto,").
 */
export function homeTownComma(t: Token[], a: number, end: number, comma: number, from: number): number {
  let start = comma;
  // (capitalised words that are no place the gazetteer knows: a town it leaves out for being a
  // name too, "Hamilton", "Regina", or the person's employer; never a second person, "Sam Cole, Ann Lee,")
  let unknown = false;
  if (!knownPlace(t, a, end) && !townKnown(t, a, end)) {
    let k = comma - 1;
    while (k > from && comma - k <= 3 && t[k].type === 'word' && t[k].cap) k--;
    if (end - a === 1 && (isRegionAbbreviation(t[a].text) || US_STATES.has(t[a].lower) || isRegionName(t[a].text)) && k < comma - 1 && t[k].text === ',') start = k;
    // ("Sam Cole, Hamilton Chamber of Commerce, said": a body's name may open with a given name's word)
    else if (end - a <= 4 && t[a].type === 'word' && !(end - a > 1 && personalName(t[a]) && !bodysName(t, a, end))) unknown = true;
    else return -1;
  }
  // (after the person's age: "Sam Cole, 54, Toronto, said"; after a role: "Sam Cole, a nurse, Toronto, said")
  const age = start - 2 > from && /^\d{1,3}$/.test(t[start - 1].text) && t[start - 2].text === ',';
  const nameEnd = age ? start - 2 : t[start - 1].cap ? start : roleBefore(t, start, from);
  if (nameEnd < 0) return -1;
  const np = nameEnd - 1 > from ? npBackward(t, nameEnd - 1, from) : null;
  if (!np || !personalName(t[np.from]) || !allNameWords(t, np.from, nameEnd, true)) return -1;
  if (!unknown) return start;
  // (a whole name, not a given name alone: "Of Carson, Levine, who …, said"; and no preposition's
  // or verb's object: "In a letter to Sam Cole, Toronto Hydro, …")
  const opener = t[np.from - 1];
  return np.to - np.from < 2 || (np.from > from && opener.type === 'word' && opener.lower !== 'and' && (STOP_BACKWARD.has(opener.lower) || ADJUNCT_START.has(opener.lower) || /(?:ing|ed)$/.test(opener.lower))) ? -1 : start;
}

/** Whether tokens [a, end) are a body's name by their words ("Hamilton Chamber of Commerce", "Regina Food Bank"). */
function bodysName(t: Token[], a: number, end: number): boolean {
  let name = t[a].text;
  for (let i = a + 1; i < end; i++) name += ' ' + t[i].text;
  return orgKindsOfName(name).length > 0;
}

/**
 * The comma that opens a role between commas ending at the comma `comma` (", a nurse,", ", mother
 * of two,": lower-case words first, no auxiliary, no relative clause); -1 when none does.
 */
function roleBefore(t: Token[], comma: number, from: number): number {
  let k = comma - 1;
  while (k > from && comma - k <= 10 && t[k].type === 'word' && !AUXILIARIES.has(t[k].lower) && !MODALS.has(t[k].lower) && !RELATIVE_PRONOUNS.has(t[k].lower)) k--;
  return k < comma - 1 && t[k].text === ',' && !t[k + 1].cap ? k : -1;
}

/**
 * The phrase of two persons joined by "and", each with an aside, whose second is `np` ("Sam Cole,
 * 54, and | Ann Lee |, 60, said", "Sam Cole, Toronto, and | Ann Lee |, Ottawa, said"): from the
 * first person's whole name, which opens the clause or follows a comma, to `np`'s end; `np` when
 * no such person stands before it.
 */
export function jointWithAsides(t: Token[], np: Np, from: number): Np {
  if (np.from - 4 <= from || t[np.from - 1].lower !== 'and' || t[np.from - 2].text !== ',') return np;
  // (and the persons listed before them so: "Sam Cole, 54, Tim Wu, 33, and Ann Lee, 60, said")
  let start = -1;
  for (let comma = np.from - 2; ; ) {
    const open = asidesOpen(t, comma, from);
    const person = open > from + 1 ? npBackward(t, open - 1, from) : null;
    if (!person || person.to - person.from < 2 || !personalName(t[person.from]) || !allNameWords(t, person.from, open, true)) break;
    if (person.from > from && t[person.from - 1].text !== ',') break;
    start = person.from;
    if (start - 1 <= from) break;
    comma = start - 1;
  }
  return start >= 0 ? { from: start, to: np.to } : np;
}

/**
 * The comma that opens the asides on a person's name which end at the comma `comma`: one or two
 * segments between commas, each an age (", 54,", ", now 19,") or up to three capitalised words that
 * are no person's whole name (", Toronto,", ", 54, Regina,"); -1 when there are none.
 */
export function asidesOpen(t: Token[], comma: number, from: number): number {
  let k = comma;
  for (let n = 0; n < 2; n++) {
    let j = k - 1;
    while (j > from && k - j <= 3 && t[j].type === 'word' && (t[j].cap || /^\d{1,3}$/.test(t[j].text) || (AGE_LEADS.has(t[j].lower) && /^\d{1,3}$/.test(t[j + 1].text)))) j--;
    if (j === k - 1 || t[j].text !== ',' || !asideSegment(t, j + 1, k)) break;
    k = j;
  }
  return k < comma ? k : -1;
}

/** Words before an age in an aside: ", now 19,", ", then 12,". */
const AGE_LEADS = new Set(['now', 'then', 'aged']);

/** Whether tokens [a, b) are an age ("54", "now 19") or capitalised words that are no person's whole name ("Regina", "Toronto Hydro"; not "Ann Lee"). */
function asideSegment(t: Token[], a: number, b: number): boolean {
  if (b - a === 1 && /^\d{1,3}$/.test(t[a].text)) return true;
  // ("One former youth in care, now 19, said")
  if (b - a === 2 && AGE_LEADS.has(t[a].lower) && /^\d{1,3}$/.test(t[a + 1].text)) return true;
  for (let i = a; i < b; i++) if (!t[i].cap || /\d/.test(t[i].text)) return false;
  return !(b - a > 1 && personalName(t[a]));
}

/**
 * Part of stage 4 of attribution (see ./appositive): whether the words of an appositive name a
 * place ("… a delegate from Houston, Texas, said", "Sam Cole, Toronto, said"): a town, state,
 * province or country the gazetteer knows, a region's shape, and the prepositions that open a town.
 */
import { countryBySurface, DAYS_AND_MONTHS, isRegionAbbreviation, isRegionName, REGIONS, US_STATES } from '../gazetteer';
import { knownLength } from '../knownNames';
import { genderOfFirstName } from '../gender';
import type { Token } from '../text';

/** Whether a name segment [a, b) can be a region: one word, or two whose first is no given name ("Lower Silesia", not "Maria Lopez"). */
export function regionLike(t: Token[], a: number, b: number): boolean {
  return b - a === 1 ? !t[a].text.endsWith('.') : b - a === 2 && !t[a].text.endsWith('.') && !genderOfFirstName(t[a].text);
}

/**
 * Whether the capitalised words before the comma at `comma` (up to three, no month) follow
 * "from", "in" or "near" after a word of the same phrase, or a person's "of": a town ("a fitter from
 * Broken Arrow,", ", of Haugesund,"); not an opening adverbial ("In Gdansk, Mr. Nowak said", "In October, …").
 */
export function townAfterPreposition(t: Token[], comma: number, from: number): boolean {
  let i = comma - 1;
  while (i > from && comma - i <= 3 && t[i].type === 'word' && t[i].cap && !DAYS_AND_MONTHS.has(t[i].lower)) i--;
  if (i >= comma - 1 || i <= from) return false;
  if (TOWN_PREPOSITIONS.has(t[i].lower)) return t[i - 1].type === 'word';
  // "Jan Berg, 34, of Haugesund,", "Eva Nyberg of Lulea,": "of" after a comma or a name of two words (not "the chair of Arbo,")
  return t[i].lower === 'of' && (t[i - 1].text === ',' || (t[i - 1].cap && i - 2 >= from && t[i - 2].cap && t[i - 2].type === 'word'));
}
const TOWN_PREPOSITIONS = new Set(['from', 'in', 'near']);

/** Whether "from", "in" or "of" stands among tokens [a, b). */
export function placePrepositionIn(t: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (t[i].lower === 'from' || t[i].lower === 'in' || t[i].lower === 'of') return true;
  return false;
}

/** Whether tokens [a, b) are a town or capital the gazetteer knows ("Toronto", "Halifax"). */
export function townKnown(t: Token[], a: number, b: number): boolean {
  const known = knownLength(t, a, b);
  return !!known && known.n === b - a && (known.kind === 'place' || known.kind === 'capital');
}

/** Whether tokens [a, b) are a known state, country or region: "Texas", "South Korea". */
export function knownPlace(t: Token[], a: number, b: number): boolean {
  // (joined in a loop, not by map and join: an array from V8's optimised map had a map the join
  // call had not met, which deoptimised appositiveSubject)
  let key = t[a].lower;
  for (let i = a + 1; i < b; i++) key += ' ' + t[i].lower;
  return US_STATES.has(key) || countryBySurface.has(key) || REGIONS.has(key);
}

/**
 * Where the article opens a town-and-region modifier of a noun when `comma` is the comma after the
 * region ("MDA Space, the Brampton, Ont., company that …, said", "a Halifax, N.S., lawyer"): both
 * commas are inside one description, whose town and region are no appositive of their own; -1 otherwise.
 */
export function townRegionModifier(t: Token[], comma: number, from: number): number {
  const noun = t[comma + 1];
  if (!noun || noun.type !== 'word' || noun.cap) return -1;
  for (let n = 1; n <= 2; n++) {
    const r = comma - n;
    if (r - 2 <= from || t[r - 1].text !== ',') continue;
    // (the tokenizer splits a one-stop abbreviation: "Ont" and ".")
    const region = n === 1 ? isRegionAbbreviation(t[r].text) || isRegionName(t[r].text) || US_STATES.has(t[r].lower) : t[r + 1].text === '.' ? isRegionAbbreviation(t[r].text + '.') : knownPlace(t, r, comma);
    if (!region) continue;
    let k = r - 2;
    while (k > from && r - 1 - k <= 3 && t[k].type === 'word' && t[k].cap && !MODIFIED_ARTICLES.has(t[k].lower)) k--;
    if (k < r - 2 && MODIFIED_ARTICLES.has(t[k].lower)) return k;
  }
  return -1;
}
const MODIFIED_ARTICLES = new Set(['the', 'a', 'an']);

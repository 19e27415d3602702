/**
 * Bodies' names the run finder (./nameRuns) joins or parts over a list or "and": a list of single
 * words before a body named for its members ("Shop, Distributive and Allied Employees
 * Association"), and a body of a place that "and" parts from the next one.
 */
import { isCommonWord } from './commonWords';
import { genderOfFirstName } from './gender';
import type { Token } from './text';
import { knownLength } from './knownNames';
import { isAcronym, isNameWord } from './nameWords';

/** Plurals of members a body is named for: "Builders", "Teachers", "Nurses", "Veterans", "Taxpayers", "Midwives", "Seamen's" aside. */
export const MEMBERS = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ents|ans|ees|ses|ns|ts|ds|fs|ves|ics|ks|ps|gs|ms|ls)$/u;
/** Head words of bodies named for their members: "Home Builders’ Association", "Teachers’ Federation". */
export const MEMBER_BODIES = new Set(['association', 'federation', 'union', 'alliance', 'league', 'guild', 'society', 'fund', 'coalition', 'network', 'council', 'caucus', 'congress', 'institute', 'benevolent', 'party', 'club', 'movement', 'forum', 'organisation', 'organization', 'cooperative', 'co-operative']);

/** Whether run [start, end) ends in "of" and a place the lists know ("… Association of Western Australia"). */
export function bodyOfKnownPlace(tokens: Token[], start: number, end: number): boolean {
  for (let i = end - 2; i > start && i >= end - 4; i--) {
    if (tokens[i].lower !== 'of') continue;
    const known = knownLength(tokens, i + 1, end);
    return !!known && known.n === end - i - 1 && (known.kind === 'place' || known.kind === 'country' || known.kind === 'capital');
  }
  return false;
}

/**
 * "Shop, Distributive and Allied Employees Association": one word, a list of single words closed
 * by "and", then up to three words whose last heads a body named for its members and whose one
 * before is those members ("Employees", "Workers"): the index after the head, or -1. A lower-case
 * "union" after the members ends the name before it ("the Bakery, Confectionery, Tobacco Workers
 * and Grain Millers union"). No item is a
 * known name or opens with a given name ("Apple, Google and Microsoft Corp." are three); the
 * first item may be up to three words ending on members ("Kenya Medical Practitioners, …").
 */
export function listBeforeBody(tokens: Token[], start: number, end: number, to: number): number {
  const plain = (i: number): boolean => i < to && isNameWord(tokens[i]) && tokens[i].cap && !isAcronym(tokens[i]) && !knownLength(tokens, i, i + 1) && genderOfFirstName(tokens[i].base) === null;
  // (or up to three words whose last is members, a nation's or a field's words before them:
  // "Kenya Medical Practitioners, Pharmacists and Dentists Union")
  if (end - start === 1 ? !plain(start) : end - start > 3 || !MEMBERS.test(tokens[end - 1].text) || !plain(end - 1)) return -1;
  let j = end;
  while (tokens[j]?.text === ',' && plain(j + 1)) j += 2;
  // ("Bakery, Confectionery, Tobacco Workers and …": the last item before "and" may be a field and its members)
  if (j > end && MEMBERS.test(tokens[j]?.text ?? '') && plain(j) && tokens[j + 1]?.lower === 'and') j++;
  if (tokens[j]?.text === ',') j++;
  if (j === end || tokens[j]?.lower !== 'and') return -1;
  let k = j + 1;
  while (k < to && k - j <= 3 && plain(k) && !MEMBER_BODIES.has(tokens[k].lower)) k++;
  // ("… and Grain Millers union": the members' union in lower case after the name, which ends there)
  if (k < to && k - j >= 2 && tokens[k].lower === 'union' && !tokens[k].cap && MEMBERS.test(tokens[k - 1].text)) return k;
  if (!(k < to && k - j >= 2 && tokens[k].cap && MEMBER_BODIES.has(tokens[k].lower))) return -1;
  // ("Retail, Wholesale and Department Store Union": or trades, every word of them a common word, a
  // single word first)
  const trades = (): boolean => {
    if (end - start !== 1) return false;
    for (let i = start; i < k; i++) if (tokens[i].type === 'word' && tokens[i].lower !== 'and' && !isCommonWord(tokens[i].lower)) return false;
    return true;
  };
  return MEMBERS.test(tokens[k - 1].text) || trades() ? k + 1 : -1;
}

/**
 * "Immigration, Refugees and Citizenship Canada", "Innovation, Science and Economic Development
 * Canada": a department named, as a nation's departments are, by its fields listed (one word, a
 * list of single words closed by "and", then up to three words) and the nation's name last: the
 * index after the nation's name, or -1. No field is a known name or a given name ("Ontario, Quebec
 * and Health Canada" are three; "Apple, Google and Microsoft Canada" too), and the list holds
 * single words only, so a list of bodies ("the RCMP, the CBSA and Health Canada") stays a list.
 */
export function fieldsBeforeNation(tokens: Token[], start: number, end: number, to: number): number {
  const plain = (i: number): boolean => i < to && isNameWord(tokens[i]) && tokens[i].cap && !isAcronym(tokens[i]) && !knownLength(tokens, i, i + 1) && genderOfFirstName(tokens[i].base) === null;
  if (end - start !== 1 || !plain(start)) return -1;
  let j = end;
  while (tokens[j]?.text === ',' && plain(j + 1) && (tokens[j + 2]?.text === ',' || tokens[j + 2]?.lower === 'and')) j += 2;
  if (j === end) return -1;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.lower !== 'and') return -1;
  let k = j + 1;
  while (k < to && k - j <= 3 && plain(k)) k++;
  if (k === j + 1 || k >= to || !tokens[k].cap) return -1;
  const nation = knownLength(tokens, k, k + 1);
  return nation && nation.n === 1 && nation.kind === 'country' && !(k + 1 < to && isNameWord(tokens[k + 1])) ? k + 1 : -1;
}

/**
 * Offices over a portfolio or a field ("Health Minister", "Minister of Land, Infrastructure and
 * Transport Sato Hiroshi", "Parliamentary Budget Officer"): the words that name such fields, and
 * where a run of them ends and the holder's name begins. Read by the title reader (./names).
 */
import { genderOfFirstName } from './gender';
import type { Token } from './text';
import { ORG_HEADS } from './gazetteer';
import { knownLength } from './knownNames';
import { isNameWord } from './nameWords';
import { CONNECTORS } from './nameRuns';
import { FIELD_WORDS } from './officeFields';
import { nameLike } from './nameChecks';
import type { Entity } from './entities';

/**
 * Where a personal name of two or three words ends the run after an office's field of one or more
 * capitalised words from `k` ("Housing | Declan Fahy", "Foreign Affairs | Penny Wong"): a known
 * given name opens it, or a portfolio's word ends the field ("Rural Affairs | Cathal Byrne"); -1
 * when the run ends otherwise.
 */
export function nameAfterField(tokens: Token[], k: number, to: number): number {
  for (let j = to - 2; j >= to - 3; j--) {
    if (j <= k || !isNameWord(tokens[k]) || (genderOfFirstName(tokens[j].base) === null && !fieldWord(tokens[j - 1]) && !(j === to - 2 && pairedField(tokens, k, j - 1)))) continue;
    if (!tokens.slice(j, to).every(nameLike) || !isNameWord(tokens[to - 1])) continue;
    // a given name before a given name that opens a surname of two words is the holder's ("Health | Jennifer Carroll MacNeill")
    return j - 1 > k && j === to - 2 && !fieldWord(tokens[j - 1]) && genderOfFirstName(tokens[j - 1].base) !== null && nameLike(tokens[j - 1]) ? j - 1 : j;
  }
  return -1;
}

/**
 * Whether the word at `i` closes an office's field of two single words joined by "and", the
 * first one a field's ("Water and Sanitation", "Fisheries and Aquaculture"): the field's last
 * word, though no list knows it, so the holder's name is the words after it.
 */
function pairedField(tokens: Token[], k: number, i: number): boolean {
  return i - 2 === k && tokens[i - 1].lower === 'and' && fieldWord(tokens[k]) && tokens[i].cap && !ORG_HEADS.has(tokens[i].lower) && genderOfFirstName(tokens[i].base) === null;
}

/**
 * Whether entity `e`, named after a minister's or a secretary's "of", is the office's field: a
 * person no given name opens ("Emergency Preparedness"), or words that all name fields ("Tourism
 * Development"); a body by its head ("Agency of Canada") or a place stays.
 */
export function portfolioField(tokens: Token[], e: Entity): boolean {
  if (e.type === 'person' || e.type === 'single') return genderOfFirstName(tokens[e.from].base) === null;
  if (e.type !== 'organization') return false;
  for (let i = e.from; i < e.to; i++) if (!fieldWord(tokens[i]) && !CONNECTORS.has(tokens[i].lower)) return false;
  return true;
}

/** Where the country after an office's fields and their "of" or "in" opens ("Health | of | Ghana"), `k` when the words after `k` are not so. */
export function countryAfterFields(tokens: Token[], k: number, to: number): number {
  let i = k;
  while (i < to && (fieldWord(tokens[i]) || (i > k && (tokens[i].lower === 'and' || tokens[i].text === '&')))) i++;
  if (i === k || i + 1 >= to || (tokens[i].lower !== 'of' && tokens[i].lower !== 'in')) return k;
  const c = tokens[i + 1].lower === 'the' ? i + 2 : i + 1;
  const known = knownLength(tokens, c, to);
  return known && c + known.n === to && known.kind === 'country' ? c : k;
}

/** Whether a word is a portfolio's or an office's field ("Health", "Marine", "Technology"). */
export const fieldWord = (t: Token): boolean => PORTFOLIO_WORDS.has(t.lower) || FIELD_WORDS.has(t.lower);

/**
 * The end of an office's fields after its "of" at `k` ("Land, Infrastructure and Transport" in
 * "Minister of Land, Infrastructure and Transport Sato Hiroshi"): single words parted by commas,
 * "and" before the last (a field of more words after it: "Jobs and Economic Growth"), a name after
 * it in the run; -1 where the words are not so.
 */
export function portfolioListEnd(tokens: Token[], k: number, to: number): number {
  if (!isNameWord(tokens[k])) return -1;
  let j = k + 1;
  while (j + 1 < to && tokens[j].text === ',' && isNameWord(tokens[j + 1]) && !knownLength(tokens, j + 1, j + 2)) j += 2;
  if (j < to && tokens[j].text === ',') j++;
  if (!(j + 1 < to && tokens[j].lower === 'and' && isNameWord(tokens[j + 1]))) return -1;
  // (the last field may be of several words: "Jobs and Economic Growth Brenda Bailey")
  let e = j + 2;
  while (e < to && fieldWord(tokens[e]) && genderOfFirstName(tokens[e].base) === null) e++;
  // (no name after the fields: the office alone, "a spokesperson for the Minister of Families, Children and Social Development")
  return e < to || fieldWord(tokens[e - 1]) ? e : -1;
}

/**
 * Whether the capitalised word at `field` is a portfolio's field listed after a comma and before
 * "and": "Energy, | Mines | and Resources Minister", "Agriculture, | Food | and Rural Affairs
 * Minister" (the list's first field one the lists know), whatever its own word.
 */
export const listedField = (tokens: Token[], field: number): boolean => listedFieldLength(tokens, field) > 0;

/**
 * The words of the field listedField reads at `field`: 1, 2 for a field of two words the lists
 * know ("Energy, | Northern Development | and Mines Minister"), or 0 for none.
 */
export function listedFieldLength(tokens: Token[], field: number): number {
  const w = tokens[field];
  const first = tokens[field - 2];
  if (!(field >= 2 && w?.type === 'word' && w.cap && !w.possessive && tokens[field - 1].text === ',' && first.type === 'word' && first.cap && fieldWord(first))) return 0;
  const andAt = (k: number): boolean => tokens[k]?.lower === 'and' || tokens[k]?.text === '&';
  if (andAt(field + 1)) return 1;
  const second = tokens[field + 1];
  return second?.type === 'word' && second.cap && !second.possessive && fieldWord(w) && fieldWord(second) && andAt(field + 2) ? 2 : 0;
}

/** Offices named with their portfolio before them ("Health Minister", "Labor Secretary", "Public Safety Critic"). */
export const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'critic', 'commissioner', 'ministers']);
/** Words of a portfolio before such an office, the level of government included ("Federal Health Minister"). */
export const PORTFOLIO_WORDS = new Set(
  ('health|finance|foreign|defence|defense|interior|home|trade|treasury|justice|education|labour|labor|transport|transportation|' +
    'environment|energy|agriculture|housing|immigration|citizenship|public|safety|security|emergency|preparedness|affairs|economy|' +
    'economic|development|culture|heritage|science|industry|innovation|digital|climate|infrastructure|indigenous|northern|natural|' +
    'resources|fisheries|oceans|veterans|seniors|families|children|youth|women|equality|tourism|sport|mental|addictions|' +
    'municipal|revenue|communities|works|services|procurement|social|employment|workforce|skills|colleges|universities|' +
    'attorney|solicitor|federal|provincial|state|shadow|junior|associate|deputy|acting|interim|cabinet|commerce|intelligence|' +
    'homeland|and|&|' +
    // the fields of officers of a legislature or a province ("Parliamentary Budget Officer", "Police Complaint Commissioner")
    'parliamentary|budget|police|complaint|complaints|privacy|information|ethics|integrity|lobbying|medical|elections|human|rights|conflict|interest|correctional|taxpayers')
    .split('|'),
);

/** Offices of one officer over a field, whose words before them name the field, no body. */
export const FIELD_OFFICERS = new Set(['officer', 'commissioner', 'ombudsman', 'ombudsperson', 'ombud', 'investigator', 'advocate', 'registrar', 'coordinator']);

/** Whether every word of [a, b) is a portfolio's ("Provincial Health", "Police Complaint"). */
export function allPortfolio(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!PORTFOLIO_WORDS.has(tokens[i].lower)) return false;
  return true;
}

/**
 * Whether the side [from, joined) before "and" is an office's first field, no speaker: field words
 * only, and an office over a portfolio after the "and" within three capitalised words ("Seniors and
 * Long-Term Care Minister Ann Lee", "Children and Youth Minister …"; not "Seniors and Minister Ann
 * Lee", where the minister follows straight away).
 */
export function portfolioBeforeAnd(t: Token[], from: number, joined: number, to: number): boolean {
  for (let i = from; i < joined; i++) if (!t[i].cap || !fieldWord(t[i])) return false;
  for (let k = joined + 2; k < to && k <= joined + 4; k++) {
    if (!t[k - 1].cap) return false;
    if (t[k].cap && PORTFOLIO_TITLES.has(t[k].lower)) return true;
  }
  return false;
}

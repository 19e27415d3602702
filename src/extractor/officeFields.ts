/**
 * Offices named with their fields listed after "for" or "of" ("Minister for Agriculture, Food and
 * the Marine Martin Heydon"): where such a run goes on over the list to its holder's name, and the
 * words ministries' fields are named with; and a body named before its officer ("Cricket Australia
 * chief executive …"). Read by the run finder (./nameRuns), the title reader (./names) and the
 * context reader (./nameChecks).
 */
import { genderOfFirstName } from './gender';
import type { Token } from './text';
import { titleAt } from './runTitles';
import { isNameWord } from './nameWords';
import { countryByDemonym, ORG_HEADS, PARTY_WORDS, PLACE_HEADS } from './gazetteer';
import { knownLength, lowerText } from './knownNames';
import { OFFICE_MODIFIERS } from './runContext';

/** The most tokens an office's listed fields and its holder's name run over after the first field. */
const MAX_FIELD_LIST = 14;

/**
 * "Minister for Agriculture, Food and the Marine Martin Heydon", "Minister for Housing, Local
 * Government and Heritage James Browne", "Union Minister for Electronics and Information
 * Technology Ashwini Vaishnaw": where run [start, end) is an office with "for" or "of" and one
 * field's capitalised words, and a comma or "and" at `end` goes on with more fields, the index
 * after the holder's name that ends the list (a given name the lists know, or two name words
 * after a portfolio's word, then no more name words); where no name follows, the end of a list of
 * three fields or more, or one closed by "and the" (the office alone); -1 when the words are not so.
 */
export function officeFieldsEnd(tokens: Token[], start: number, end: number, to: number): number {
  let field = -1;
  // (a joining word first, the dearer title look-up only then: most runs before a comma have none)
  let joint = false;
  for (let i = start + 1; i < end - 1 && !joint; i++) joint = tokens[i].lower === 'for' || tokens[i].lower === 'of';
  if (!joint) return -1;
  for (let i = start; i < end - 2; i++) {
    const n = titleAt(tokens, i, end);
    if (n && (tokens[i + n].lower === 'for' || tokens[i + n].lower === 'of')) {
      field = i + n + 1;
      break;
    }
  }
  if (field < 0 || !allFieldWords(tokens, field, end)) return -1;
  let stop = end;
  let closed = false;
  let commas = 0;
  while (stop < to && stop - end < MAX_FIELD_LIST) {
    const t = tokens[stop];
    if (t.text === ',') commas++;
    else if (t.lower === 'and' || t.text === '&') closed = true;
    else if (!(t.lower === 'the' && closed) && !(t.cap && isNameWord(t))) break;
    stop++;
  }
  // the list must close with "and" and end on a capitalised word
  if (!closed || stop - 1 <= end || !tokens[stop - 1].cap || !isNameWord(tokens[stop - 1])) return -1;
  for (let g = stop - 3; g <= stop - 2; g++) {
    const before = tokens[g - 1];
    if (g - 1 <= end || !before.cap || !isNameWord(before) || !allFieldWords(tokens, g, stop)) continue;
    if (genderOfFirstName(tokens[g].base) !== null && !FIELD_WORDS.has(tokens[g].lower)) return stop;
  }
  const g = stop - 2;
  if (g - 1 > end && FIELD_WORDS.has(tokens[g - 1].lower) && !FIELD_WORDS.has(tokens[g].lower) && !FIELD_WORDS.has(tokens[stop - 1].lower)) return stop;
  // ("Minister of Water and Irrigation Ruth Wanjiku": one field's word, "and", one word no list
  // knows, then two name words, the holder's; ./names splits them the same way)
  if (end - field === 1 && FIELD_WORDS.has(tokens[field].lower) && tokens[end].lower === 'and' && stop - end === 4 && !ORG_HEADS.has(tokens[end + 1].lower) && genderOfFirstName(tokens[end + 1].base) === null && !FIELD_WORDS.has(tokens[g].lower) && !FIELD_WORDS.has(tokens[stop - 1].lower)) return stop;
  // no holder named: the office alone, when its list is plainly one
  return (commas > 0 || lastAndThe(tokens, end, stop)) && FIELD_WORDS.has(tokens[stop - 1].lower) ? stop : -1;
}

/**
 * Whether the run [from, to) is a field a minister is "responsible for", named after that phrase
 * or after such a field and "and" ("Minister responsible for Emergency Management and
 * Climate Readiness"): the office's words, no one's name; the caller keeps a body named there
 * ("the Pacific Economic Development Agency of Canada").
 */
export function fieldAfterResponsible(tokens: Token[], from: number): boolean {
  let k = from;
  for (let hops = 0; hops < 4; hops++) {
    let b = k - 1;
    if (b >= 0 && tokens[b].lower === 'the') b--;
    if (b < 2) return false;
    const w = tokens[b].lower;
    if (w === 'for') return tokens[b - 1].lower === 'responsible' && RESPONSIBLE_OFFICES.has(tokens[b - 2].lower);
    // (not after a comma: "…, Kelly Greene, said" is the holder in apposition)
    if (w !== 'and') return false;
    // the field before the joining word: its capitalised words
    k = b;
    while (k > 0 && tokens[k - 1].type === 'word' && tokens[k - 1].cap) k--;
    if (k === b) return false;
  }
  return false;
}
/** Offices named with the fields they are "responsible for". */
const RESPONSIBLE_OFFICES = new Set(['minister', 'ministers', 'secretary', 'commissioner', 'councillor', 'mec']);

/** Whether every token of [a, b) is a capitalised name word. */
function allFieldWords(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!tokens[i].cap || !isNameWord(tokens[i])) return false;
  return a < b;
}

/** Whether "and the" stands among [a, b). */
function lastAndThe(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i + 1 < b; i++) if (tokens[i].lower === 'and' && tokens[i + 1].lower === 'the') return true;
  return false;
}

/**
 * Words of a ministry's fields, as offices list them after "for" or "of" ("Agriculture, Food and
 * the Marine", "Electronics and Information Technology", "Local Government and English Devolution").
 */
export const FIELD_WORDS = new Set(
  ('agriculture|food|marine|fisheries|forestry|health|finance|housing|heritage|local|government|devolution|electronics|information|' +
    'technology|communications|culture|arts|sport|tourism|media|gaeltacht|children|equality|disability|integration|youth|' +
    'education|skills|training|enterprise|trade|employment|transport|environment|climate|energy|justice|defence|defense|' +
    'foreign|affairs|social|protection|rural|community|development|communities|planning|water|science|research|' +
    'innovation|digital|infrastructure|industry|commerce|labour|labor|welfare|women|family|families|seniors|veterans|' +
    'immigration|home|security|public|expenditure|reform|regional|treaty|negotiations|relations|industrial|mines|petroleum|' +
    'railways|aviation|shipping|ports|waterways|textiles|tribal|minority|empowerment|panchayati|raj|parliamentary|' +
    'consumer|competition|business|economy|economic|revenue|customs|citizenship|multiculturalism|indigenous|aged|care|' +
    'mental|wellbeing|sports|recreation|lands|land|resources|natural|oceans|wildlife|conservation|police|corrections|' +
    'emergency|services|tertiary|higher|further|early|childhood|learning|statistics|programme|implementation|' +
    'english|irish|scottish|welsh|northern|external|internal|international|cooperation|co-operation|telecommunications|' +
    'sanitation|aquaculture|settlements|solidarity|jobs|growth|competitiveness|trades|apprenticeship|' +
    // an emergency portfolio's and a forest's ("Emergency Management and Climate Readiness", "Forests and Parks")
    'management|preparedness|readiness|resilience|forests|parks|wildfire|wildfires|disaster|disasters')
    .split('|'),
);

/**
 * Whether [from, to) may be a body whose officer follows: no nation's word or place the lists know
 * ("Egyptian president …" is the country's), and one word only inside its sentence ("Campaign
 * chairman John Podesta" opens one with a common noun).
 */
function ownBody(tokens: Token[], from: number, to: number): boolean {
  // (nor a place by its head: "Auckland Airport chief executive" leaves the airport a place, as elsewhere)
  if (countryByDemonym.has(lowerText(tokens, from, to)) || PARTY_WORDS.has(tokens[to - 1].lower) || PLACE_HEADS.has(tokens[to - 1].lower)) return false;
  const known = knownLength(tokens, from, to);
  if (known && known.n === to - from && known.kind !== 'organization') return false;
  return to - from > 1 || (from > 0 && tokens[from - 1].type === 'word');
}

/** Offices only a body has, named before their holder ("chairman", "chief executive", "general secretary"). */
const BODY_OFFICERS = new Set(['chairman', 'chairwoman', 'chair', 'chairperson', 'president', 'ceo', 'executive', 'director', 'secretary', 'co-leader', 'leader', 'commissioner', 'convenor', 'convener']);

/**
 * Whether the office at `k` (BODY_OFFICERS, maybe after a modifier: "chief executive", "general
 * secretary") in lower case is followed by a capitalised name word, its holder's.
 */
function holderAfterOffice(tokens: Token[], k: number): boolean {
  if (OFFICE_MODIFIERS.has(tokens[k].lower) || tokens[k].lower === 'general' || tokens[k].lower === 'national') k++;
  if (k >= tokens.length || tokens[k].cap || !BODY_OFFICERS.has(tokens[k].lower)) return false;
  const next = tokens[k + 1];
  return !!next && next.type === 'word' && next.cap;
}

/**
 * Whether the run [from, to) is a body because an office only a body has, in lower case, follows
 * it with its holder's name ("Cricket Australia chief executive Todd Greenberg", "Ngāi Te Rangi
 * chairman Charlie Tawhiao"); the caller checks that no given name opens the run.
 */
export function officerAfterBody(tokens: Token[], from: number, to: number): boolean {
  return holderAfterOffice(tokens, to) && ownBody(tokens, from, to);
}

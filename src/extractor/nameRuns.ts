/**
 * Name spans: finds the runs of capitalised words in a sentence that may name someone or
 * something, joined over connectors where an organisation or a title needs them, and the titles
 * inside them. The joins over connectors are judged in ./runJoins, titles read in ./runTitles and
 * nicknames in marks in ./nicknames.
 */
import { genderOfFirstName } from './gender';
import { baseLower, type Token } from './text';
import { COMMON_CAPITALISED, GROUP_NOUNS, HEADLINE_BREAKS, ORG_HEADS, PLACE_HEADS, TITLES } from './gazetteer';
import { knownLength } from './knownNames';
import { orgKindsOfName } from './lexicon/organisations';
import { COMPANY_SUFFIXES, IBERIAN_COMPASS, NATIONAL_BODY_LANDS, professionBody } from './runShapes';
import { superSide } from './sportShapes';
import { commonWordSurname, SURNAME_WORDS, isAcronym, isCodeWord, isNameWord, isWord, monthAsName, monthOpensName, MONTH_NAMES, weekdayAsName, willAsName, NAME_PARTICLES, nameOverWord, peoplesBodyAt, retiredMarkEnd, SPEAKER_AFTER } from './nameWords';
import { officeFieldsEnd } from './officeFields';
import { fieldWord } from './portfolioTitles';
import { frenchBodyEnd } from './frenchBodies';
import { fieldsBeforeNation, listBeforeBody, MEMBER_BODIES, MEMBERS } from './bodyLists';
import { vietnameseNameAt } from './vietnameseNames';
import { chineseNameAt } from './chineseNames';
import { acronymNameStart } from './bracketAcronyms';
import { PATRONYM_PARTICLES } from './nameForms';
import { MAX_TITLE_WORDS, titleAt } from './runTitles';
import { nicknameEnd, QUOTE_MARKS, unknownGivenNickname } from './nicknames';
import { HEADS_BEFORE_OF, joinAcross, MEMBERS_OF_BODY, ROAD_WORDS, UNIT_WORDS, unitNumberLength } from './runJoins';

const ARTICLES = new Set(['a', 'an', 'the']);

export const CONNECTORS = new Set(['of', 'for', 'and', '&', 'et', 'the', 'de', 'dela', 'delos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'ag', 'da', 'del', 'di', 'y', 'on', ...PATRONYM_PARTICLES]);
/** Small words inside a known name that end a run elsewhere ("Save the Children", "Médecins Sans Frontières"). */
const JOINING_WORDS = new Set(['the', 'of', 'and', 'for', 'de', 'della', 'di', 'la', 'le', 'du', 'del', 'sans']);
/** French "at" before a place inside a body's name. */
const FRENCH_AT = new Set(['à', 'au', 'aux']);
/** Kin in the plural, which open a sentence before the given names they describe ("Sisters Anne and Marie Roy"). */
const KIN_PLURALS = new Set(['brothers', 'sisters', 'twins', 'cousins', 'siblings', 'spouses']);
/** Lower-case words French names of parties keep after a capital ("Québec solidaire", "La France insoumise"): a known name may run over them. */
const FRENCH_NAME_WORDS = new Set(['solidaire', 'insoumise', 'national', 'nationale']);
const joinsKnown = (t: Token): boolean => t.cap || JOINING_WORDS.has(t.lower) || FRENCH_NAME_WORDS.has(baseLower(t));

/** Finds the maximal capitalised runs of a sentence, joined over "of", "for", "and" where an organisation or title needs it. */
export function findRuns(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    // (the capital first: most words have none, and isNameWord would test them for a surname's
    // article; a month as a name is capitalised too, so a lower-case word is skipped at once:
    // -18.8 M instructions over 100 dev articles)
    if (!tokens[i].cap || (!isNameWord(tokens[i]) && !monthAsName(tokens, i, to, false) && !weekdayAsName(tokens, i, to, i > from && titleAt(tokens, i - 1, i) > 0)) || taggedWord(tokens, i)) {
      i++;
      continue;
    }
    if (opensNoName(tokens, i, from, to) && !vietnameseNameAt(tokens, i, to) && !chineseNameAt(tokens, i, to)) {
      i++;
      continue;
    }
    let start = particleStart(tokens, from, i, runs);
    // "Brothers Luc and André LeBlanc": kin in the plural opening a sentence describes the names after it
    if (KIN_PLURALS.has(tokens[start].lower) && start + 1 < to && tokens[start + 1].cap && genderOfFirstName(tokens[start + 1].base) !== null) start++;
    let end = knownNameEnd(tokens, start, runEnd(tokens, start, Math.max(i, start) + 1, to), to);
    // "Amalgamated Transit Union Local 508", "Machinists District 751", "Unifor Local 707A": a union local's number is its name's last word
    // ("USW Local 1-2017": the Steelworkers' woodworkers' locals are numbered by district, then local)
    const unitNumber = end - start >= 2 && UNIT_WORDS.has(tokens[end - 1].lower) ? unitNumberLength(tokens, end, to) : 0;
    if (unitNumber) end += unitNumber;
    // "Highway 401", "Route 66", "Interstate 95": a numbered road is its word and its number
    else if (end < to && ROAD_WORDS.has(tokens[end - 1].lower) && /^\d{1,4}[A-Z]?$/.test(tokens[end].text)) end++;
    // "the 101st Airborne Division", "the 5th Circuit", "17 Wing Winnipeg": a numbered unit's number is its name's first word
    if (start > from && numberedUnit(tokens, start - 1, end)) start--;
    // "All Progressives Congress (APC)", "Atmospheric, Geophysical and … Administration (PAGASA)": the
    // name an acronym in brackets abbreviates is one run, over a sentence's opener or a comma
    const named = end < to && tokens[end].text === '(' ? acronymNameStart(tokens, from, end) : -1;
    if (named >= 0 && named < start && !(runs.length && runs[runs.length - 1][0] < named && runs[runs.length - 1][1] > named)) {
      while (runs.length && runs[runs.length - 1][0] >= named) runs.pop();
      start = named;
    }
    runs.push([start, end]);
    i = end;
  }
  return runs;
}

// findRuns' steps are functions of their own: V8 recompiles a function whole each time a branch
// it has not seen runs (a month inside a run is rare), and the run scan is among the hottest and
// is compiled early (the scan with these two inside was compiled twice: -23 M instructions over
// 100 dev articles).

/**
 * A hashtag's or a handle's word ("#FranceisstillFrance", "#Montreal", "@TorontoPolice"): a label
 * a post carries, no name of anyone in the text (the account's owner is named otherwise, if at all).
 */
function taggedWord(tokens: Token[], i: number): boolean {
  const mark = tokens[i - 1];
  return !!mark && mark.end === tokens[i].start && (mark.text === '#' || mark.text === '@' || mark.text === '＃');
}

/** Whether the capitalised name word at `i` opens no name: a common word that opens sentences and headlines ("The", "However", "Last"). */
function opensNoName(tokens: Token[], i: number, from: number, to: number): boolean {
  // ("Super Eagles", "Super Falcons": a national side's nickname, "Super" and a plural, opens a name)
  if (superSide(tokens, i, to)) return false;
  // ("Doctors Nova Scotia said": a profession's body in its province, see professionBody)
  if (professionBody(tokens, i, to) > 0) return false;
  if (introducingImperative(tokens, i, from, to)) return true;
  // ("by Third Avenue Partners", "First Capital Group said": an ordinal opens a body's name of three
  // words or more; "a First Nation" is a common noun in Canada)
  // ("The Second Harvest Northern Lakes food bank": or whose words a body's noun in lower case follows)
  if (ORDINAL_OPENERS.has(tokens[i].lower) && i + 2 < to && tokens[i + 2].cap && (headedBodyAfter(tokens, i, to) || bodyNounAfterRun(tokens, i, to))) return false;
  // ("The First Nation of Na-Cho Nyäk Dun said": a nation's own name, not "a First Nation")
  if (tokens[i].lower === 'first' && i + 3 < to && tokens[i + 1].lower === 'nation' && tokens[i + 2].lower === 'of' && tokens[i + 3].cap) return false;
  return (COMMON_CAPITALISED.has(tokens[i].lower) || HEADLINE_BREAKS.has(tokens[i].lower) || headlineOpener(tokens, i, to)) && !allOpensBody(tokens, i, to)
    && !inCapitals(tokens[i].text) && !verbOpensBody(tokens, i, from, to) && !bodyJointAt(tokens, i, i + 1, to) && !weekdayAsName(tokens, i, to, false) && !willAsName(tokens, i, to)
    // ("May" is the one month among the sentence openers: "May Lindgren said" opens a name, and
    // so does "May" before a name word inside a sentence, "When May Lisbon-Carter opened …")
    && !((knownLength(tokens, i, to)?.n ?? 0) > 1) && !(tokens[i].lower === 'may' && (monthOpensName(tokens, i, to) || (i > from && isWord(tokens[i - 1]) && monthAsName(tokens, i, to, false)) || speechAfter(tokens, i + 1, to)))
    // (nor a common word that is a surname, "From said" after "Melissa From", whose word alone is read by surname)
    && !(SURNAME_WORDS.has(tokens[i].lower) && speechAfter(tokens, i + 1, to));
}

/**
 * Whether the word at `i` is a feature's imperative that opens its sentence and introduces the
 * person whose given name follows ("Consider Priya and Arjun Sharma.", "Meet Tom Reed, a welder"):
 * the verb is no part of the name.
 */
function introducingImperative(tokens: Token[], i: number, from: number, to: number): boolean {
  if (i !== from || i + 1 >= to || !INTRODUCING_VERBS.has(tokens[i].lower)) return false;
  const next = tokens[i + 1];
  return next.cap && next.type === 'word' && genderOfFirstName(next.base) !== null;
}
/** Words of a numbered unit of armed forces, police or courts ("101st Airborne Division", "3rd Battalion", "52 Division", "5th Circuit"). */
const NUMBERED_UNITS = new Set(['division', 'brigade', 'battalion', 'regiment', 'squadron', 'wing', 'fleet', 'army', 'corps', 'infantry', 'airborne', 'circuit', 'precinct']);

/** Units a plain number names, as Canada numbers air wings and squadrons and Toronto its police divisions ("17 Wing", "427 Squadron", "52 Division"). */
const PLAIN_NUMBERED_UNITS = new Set(['wing', 'squadron', 'division', 'precinct']);

/** Whether the number at `at` (an ordinal in figures, or a plain one right before its unit's word) is the first word of the unit named by the words up to `end`. */
function numberedUnit(tokens: Token[], at: number, end: number): boolean {
  const number = tokens[at].text;
  if (/^\d{1,3}$/.test(number)) return PLAIN_NUMBERED_UNITS.has(tokens[at + 1].lower);
  if (!/^\d{1,3}(?:st|nd|rd|th)$/.test(number)) return false;
  for (let k = at + 1; k < end; k++) if (NUMBERED_UNITS.has(tokens[k].lower)) return true;
  return false;
}

/** Ordinals that open sentences ("First, …") and bodies' names alike. */
const ORDINAL_OPENERS = new Set(['first', 'second', 'third']);
const INTRODUCING_VERBS = new Set(['consider', 'meet', 'take', 'imagine', 'picture']);

/** Whether a verb of speech in the past stands at `i` ("May said", "May wrote": the surname, no modal). */
const speechAfter = (tokens: Token[], i: number, to: number): boolean => i < to && tokens[i].text !== ',' && SPEAKER_AFTER.has(tokens[i].text);

/** Adjectives among the sentence openers that open a body's name before its head (see allOpensBody). */
const BODY_ADJECTIVES = new Set(['Big', 'Old', 'New', 'Great', 'Little']);

/**
 * Whether "All" at `i` (or, after "the", one of BODY_ADJECTIVES) opens a body's name: a place the
 * lists know after it (or "the" before it) and a body's head among the four words after that ("All India Gaming Federation", "All Nigeria
 * Peoples Party", "the All Progressives Congress").
 */
function allOpensBody(tokens: Token[], i: number, to: number): boolean {
  const the = i > 0 && tokens[i - 1].lower === 'the';
  // ("the Big Sur Chamber of Commerce", "Big Sky Carbon Co. said": an adjective that opens
  // sentences opens a body's name as "All" does, with or without "the", when the body's head follows)
  const adjective = BODY_ADJECTIVES.has(tokens[i].text);
  if ((tokens[i].text !== 'All' && !adjective) || i + 2 >= to) return false;
  const place = adjective ? null : knownLength(tokens, i + 1, to);
  // ("the All Progressives Congress": after "the", any words before the head, as "the" says no
  // sentence opens on "All" there)
  if (!the && !adjective && (!place || (place.kind !== 'country' && place.kind !== 'place'))) return false;
  for (let k = i + 1 + (place?.n ?? 1); k < to && k <= i + 5 && tokens[k].cap; k++) if (ORG_HEADS.has(tokens[k].lower)) return true;
  return false;
}

/** The end of the run [start, end) carried on over name words and the words that join more of one name to it. */
function runEnd(tokens: Token[], start: number, end: number, to: number): number {
  // whether a given name stands in [start, scanned): read once over the run as it grows, not again
  // for each lower-case name word (a line of "Kabbashi al-Din …" asked the whole run each time)
  let scanned = start;
  let given = false;
  const givenBefore = (e: number): boolean => {
    for (; !given && scanned < e; scanned++) given = genderOfFirstName(tokens[scanned].base) !== null;
    return given;
  };
  while (end < to && (!tokens[end - 1].possessive || institutionAfter(tokens, end))) {
    // (a month is a name only capitalised: lower-case words, most of those ending a run, skip the look-up)
    // ("Shams al-Din Kabbashi", "Saif al-Islam": a compound given name's second half, whatever the first)
    if ((isNameWord(tokens[end]) && !HEADLINE_BREAKS.has(tokens[end].lower) && (tokens[end].cap || COMPOUND_GIVEN_TAIL.test(tokens[end].text) || givenBefore(end)))
      || (tokens[end].cap && MONTH_NAMES.has(tokens[end].lower) && (monthAsName(tokens, end, to, titleAt(tokens, end - 1, end) > 0) || mayAsSurname(tokens, start, end, to)))
      || (end > start && commonWordSurname(tokens, end, to))
      || (tokens[end].cap && titleAt(tokens, end - 1, end) > 0 && weekdayAsName(tokens, end, to, true))) {
      end++;
      continue;
    }
    if (nameOverWord(tokens, start, end, to)) {
      end++;
      continue;
    }
    const joined = joinedEnd(tokens, start, end, to);
    if (joined < 0) break;
    end = joined;
  }
  return end;
}

/** A rank's class in figures ("Petty Officer 2nd Class", "Sgt. 1st Class"). */
export const RANK_CLASSES = new Set(['1st', '2nd', '3rd']);

/** Whether a title ends run [start, end) ("Chief Petty Officer", "Sgt."), looked for over the run's last four words. */
function rankInRun(tokens: Token[], start: number, end: number): boolean {
  for (let j = Math.max(start, end - 4); j < end; j++) if (titleAt(tokens, j, end) === end - j) return true;
  return false;
}

/**
 * Whether "May" at `end` is the surname of the given names before it ("Theresa May said", "Judge
 * Leigh Martin May ruled"): a known given name last in the run, then a word in lower case or a
 * mark, no number ("Leigh Martin May 5") and no capitalised word ("Biden May Veto Bill": the modal).
 */
function mayAsSurname(tokens: Token[], start: number, end: number, to: number): boolean {
  if (tokens[end].text !== 'May' || end === start || genderOfFirstName(tokens[end - 1].base) === null) return false;
  const next = end + 1 < to ? tokens[end + 1] : undefined;
  return !next || (!next.cap && !/^\d/.test(next.text));
}

/** "the Met Office", "the Met Police": after "the", a headline's verb before a body's head is the body's first word. */
function verbOpensBody(tokens: Token[], i: number, from: number, to: number): boolean {
  return i > from && i + 1 < to && tokens[i - 1].lower === 'the' && tokens[i + 1].cap && ORG_HEADS.has(tokens[i + 1].lower) && HEADLINE_BREAKS.has(tokens[i].lower);
}

/** The second half of an Arabic compound given name, hyphened on in lower case ("al-Din", "ud-Deen", "ul-Haq", "al-Islam"). */
const COMPOUND_GIVEN_TAIL = /^(?:al|ad|ud|ul|ed|el|uz|az|as|ash|an|ar|at)-(?:Din|Deen|Dine|Haq|Islam|Rahman|Aziz|Allah)$/;

/** Where a run opening at `i` starts: before the lower-case particles of a surname ("… de la Vega told reporters"). */
function particleStart(tokens: Token[], from: number, i: number, runs: Array<[number, number]>): number {
  let p = i;
  while (p - 1 >= from && isWord(tokens[p - 1]) && !tokens[p - 1].cap && NAME_PARTICLES.has(tokens[p - 1].lower)) p--;
  if (p < i && !(p - 1 >= from && isWord(tokens[p - 1]) && ARTICLES.has(tokens[p - 1].lower)) && !(runs.length && runs[runs.length - 1][1] === p)) return p;
  return i;
}

/** The end of a run [start, end) carried over the words at `end` that join it to more of one name (a nickname, a plural possessive, connectors, a list); -1 where none does. */
function joinedEnd(tokens: Token[], start: number, end: number, to: number): number {
  // a nickname in quotation marks inside a name: Margaret "Peggy" Holloway-Reyes, Mayor Rawiri "Rocket" Tane
  // (not a retired officer's mark: "Maj. (Ret.) Jane Doe" is a rank, then a name)
  if (tokens[end].type !== 'word' && (QUOTE_MARKS.has(tokens[end].text) || (tokens[end].text === '(' && retiredMarkEnd(tokens, end) < 0))) {
    const close = nicknameEnd(tokens, end, to);
    if (close > 0 && (genderOfFirstName(tokens[end - 1].base) !== null || unknownGivenNickname(tokens, start, end, close, to))) return close;
  }
  // a plural possessive before a body's head word is inside its name: "Home Builders’ Association", "Teachers’ Federation"
  // (one capitalised word may come between: "Actors’ Equity Association")
  const body = pluralPossessiveBody(tokens, end, to);
  if (body > 0) return body;
  // "FactCheck.org", "Politico.com": a web site's domain glued to its name
  if (webDomainAt(tokens, end, to)) return end + 2;
  // "Chief Petty Officer 1st Class Ann Lee", "Sgt. 1st Class Ty Ode": a rank's class in figures after the rank, before a name
  if (end + 2 < to && tokens[end + 1].text === 'Class' && tokens[end + 2].cap && RANK_CLASSES.has(tokens[end].text) && rankInRun(tokens, start, end)) return end + 2;
  // "Special Agent in Charge Lorraine Bishop": a title with "in" inside it
  if (tokens[end].lower === 'in') {
    const title = titleOver(tokens, start, end, to);
    if (title > 0) return title;
  }
  // "Campaign to Protect Rural England", "Committee to Protect Journalists": a body named for its cause
  if (causeAfterHead(tokens, end, to)) return end + 2;
  // "Mothers Against Drunk Driving", "Ohio Right to Life", "Tk'emlúps te Secwépemc": a small word inside a body's name
  if (bodyJointAt(tokens, start, end, to)) return end + 2;
  // "Conradh na Gaeilge", "Údarás na Gaeltachta", "Bord na Móna": the Irish article inside a body's name
  if (tokens[end].text === 'na' && end + 1 < to && tokens[end + 1].cap && isNameWord(tokens[end + 1]) && tokens[end - 1].cap) return end + 2;
  // "Minister for Agriculture, Food and the Marine Martin Heydon": an office's fields, listed, then its holder
  if (tokens[end].text === ',' || tokens[end].lower === 'and') {
    const fields = officeFieldsEnd(tokens, start, end, to);
    if (fields > 0) return fields;
  }
  // "Rio Grande do Sul", "Baja California Sur": a region's compass point after a Portuguese or Spanish "of"
  if (iberianCompassAt(tokens, end, to)) return end + 2;
  // "Université du Québec à Rimouski", "Centre … au Lac": a French body named by its head goes on over "à"/"au" to its place
  if (FRENCH_AT.has(tokens[end].text) && end + 1 < to && tokens[end + 1].cap && isNameWord(tokens[end + 1]) && ORG_HEADS.has(tokens[start].lower)) return end + 2;
  // "Fédération des comités de parents du Québec": a French body's name keeps its lower-case words
  const french = frenchBodyEnd(tokens, start, end, to);
  if (french > 0) return french;
  // connectors: join only where the words before them make an organisation or a title
  let k = end;
  // (an ampersand is a mark, no word: "Procter & Gamble")
  while (k < to && (isWord(tokens[k]) || tokens[k].text === '&') && CONNECTORS.has(tokens[k].lower) && !tokens[k].cap) k++;
  // (a code names no one: "Traffic on the M4" is no body)
  if (k > end && k < to && (isNameWord(tokens[k]) || fieldGerundAt(tokens, k, to)) && !isCodeWord(tokens[k]) && joinAcross(tokens, start, end, k, to)) return k + 1;
  return tokens[end].text === ',' ? Math.max(listInBodyName(tokens, start, end, to), listBeforeBody(tokens, start, end, to), fieldsBeforeNation(tokens, start, end, to)) : -1;
}

/**
 * Whether the capitalised gerund at `k`, after "of" or "for", opens the field a body's name gives
 * before a name word: "International Union of Operating Engineers", "Association for Computing
 * Machinery" (a gerund is no name word alone: see isNameWord).
 */
function fieldGerundAt(tokens: Token[], k: number, to: number): boolean {
  const t = tokens[k];
  return t.cap && t.type === 'word' && t.lower.endsWith('ing') && (tokens[k - 1].lower === 'of' || tokens[k - 1].lower === 'for') && k + 1 < to && tokens[k + 1].cap && isNameWord(tokens[k + 1]);
}

/** Portuguese and Spanish "of the" before a compass point ("do Sul", "del Norte"; "de Sul" is a surname's). */
const IBERIAN_OF = new Set(['do', 'del']);

const PORTUGUESE_POINTS = new Set(['Sul', 'Norte', 'Leste', 'Oeste', 'Nordeste']);

/** Whether "do Sul", "del Norte" … stands at token `i` (under `to`): a region's name goes on through it. */
function iberianCompassAt(tokens: Token[], i: number, to: number): boolean {
  return i + 1 < to && IBERIAN_OF.has(tokens[i].text) && IBERIAN_COMPASS.has(tokens[i + 1].text) && (tokens[i].text === 'do') === PORTUGUESE_POINTS.has(tokens[i + 1].text);
}

/** The end of a title that opens among the last words of run [start, end) and goes on over the lower-case word at `end`; 0 when none does. */
function titleOver(tokens: Token[], start: number, end: number, to: number): number {
  for (let k = Math.max(start, end - MAX_TITLE_WORDS + 2); k < end; k++) {
    const n = titleAt(tokens, k, to);
    if (k + n > end + 1) return k + n;
  }
  return 0;
}

/**
 * Whether "to" at `end` and the capitalised verb after it go on a body's name: after a campaigning
 * body's head, a verb of its cause ("Coalition to Stop Gun Violence"; not "Council to Review
 * Budget", a headline's plan).
 */
function causeAfterHead(tokens: Token[], end: number, to: number): boolean {
  return tokens[end].lower === 'to' && end + 2 < to && tokens[end + 1].cap && CAUSE_VERBS.has(tokens[end + 1].lower) && isNameWord(tokens[end + 2]) && CAUSE_HEADS.has(tokens[end - 1].lower);
}
/**
 * Whether the small word at `end` joins run [start, end) to the capitalised name word after it as
 * one body's name: a capitalised "Against" or "Without" inside a sentence, which only a name
 * capitalises ("Mothers Against Drunk Driving", "Engineers Without Borders"); "to" after "Right"
 * ("Ohio Right to Life", "Right to Play"); the Salish "te" ("Tk'emlúps te Secwépemc").
 */
export function bodyJointAt(tokens: Token[], start: number, end: number, to: number): boolean {
  if (end + 1 >= to || end <= start) return false;
  const w = tokens[end].text;
  // (not after a title: "Justice Against Sponsors of Terrorism Act" names a law, and no one after "Justice")
  const joint = w === 'Against' || w === 'Without' ? !tokens[end - 1].possessive && titleAt(tokens, end - 1, end) === 0 : (w === 'to' && tokens[end - 1].text === 'Right') || (w === 'te' && tokens[end - 1].cap);
  // ("Freedom From Religion Foundation": a capitalised "From" joins only where a body's head word follows within three words)
  return (joint || (w === 'From' && fromJoint(tokens, start, end, to))) && tokens[end + 1].cap && isNameWord(tokens[end + 1]);
}
/** Whether the "From" at `end` inside run [start, end) has a body's head word among the up to three capitalised words after it ("Freedom From Religion Foundation"), and no title, possessive or given name before it. */
function fromJoint(tokens: Token[], start: number, end: number, to: number): boolean {
  if (tokens[end - 1].possessive || titleAt(tokens, end - 1, end) > 0) return false;
  // (a given name and more is a person's name, no body's: "Ann Lee From Ottawa Hydro")
  if (end - start >= 2 && genderOfFirstName(tokens[start].base) !== null) return false;
  for (let k = end + 1; k < to && k - end <= 3 && tokens[k].type === 'word' && tokens[k].cap; k++) if (ORG_HEADS.has(baseLower(tokens[k]))) return true;
  return false;
}

const CAUSE_HEADS = new Set(['campaign', 'committee', 'coalition', 'alliance', 'society', 'movement', 'fund', 'league', 'network', 'project', 'association', 'foundation', 'partnership', 'trust', 'initiative']);
const CAUSE_VERBS = new Set(['protect', 'save', 'stop', 'end', 'prevent', 'defend', 'preserve', 'fight', 'abolish', 'combat', 'promote', 'free', 'reform', 'restore', 'ban', 'keep', 'eliminate', 'eradicate', 'halt', 'cure', 'conserve']);

/**
 * The end of a run [start, end) carried over words that end a run elsewhere, where a known name
 * spans them ("Save the Children", "Doctors Without Borders", "Friends of the Earth"): its other
 * words capitalised or small joining words (not "foreign policy" after "Foreign"), looked up only
 * where a joining word or a capitalised word that ended the run follows.
 */
function knownNameEnd(tokens: Token[], start: number, end: number, to: number): number {
  const after = end < to ? tokens[end] : undefined;
  const known = after && joinsKnown(after) && end - start < 5 && !tokens[end - 1].possessive ? knownLength(tokens, start, to) : null;
  const last = known ? tokens[start + known.n - 1] : undefined;
  if (!known || !last || start + known.n <= end || !(last.cap || FRENCH_NAME_WORDS.has(baseLower(last))) || !tokens.slice(end, start + known.n).every(joinsKnown)) return end;
  // "Newfoundland and Labrador Hydro", "Trinidad and Tobago Power": a body's head after the known
  // place is the body's name, not a word left alone after it
  let k = start + known.n;
  if (k < to && tokens[k].cap && ORG_HEADS.has(tokens[k].lower)) while (k < to && tokens[k].cap && tokens[k].type === 'word') k++;
  return k;
}

/** Institutions named with a possessive: "St. Brigid's Hospital", "King's College", "St Mary's Church". */
const INSTITUTION_HEADS = new Set(['hospital', 'university', 'bench', 'college', 'church', 'cathedral', 'school', 'academy', 'infirmary', 'clinic', 'chapel', 'abbey', 'priory']);

/** A possessive of members in -men ("Patrolmen's", "Firemen’s"). */
const MEN_POSSESSIVE = /men['’]s$/;

const SAINT_WORDS = new Set(['st.', 'st', 'saint', 'ste.', 'ste']);

/**
 * Whether tokens[i], after a possessive, is an institution's head word that makes one name with it;
 * after a saint's name one capitalised word may come between ("St. Cyprian's Episcopal Church").
 */
function institutionAfter(tokens: Token[], i: number): boolean {
  // ("UBC's School of Public Health", "MIT's Media Lab": a body's letters own the unit after them, no saint's or founder's name)
  if (!tokens[i].cap || (i > 0 && isAcronym(tokens[i - 1]))) return false;
  // ("Police Patrolmen's Association", "National Cattlemen's Beef Association": a body's head after its members' possessive in -men, or one word on)
  const next = tokens[i + 1];
  const memberHead = MEMBER_BODIES.has(tokens[i].lower) || (!!next?.cap && next.type === 'word' && MEMBER_BODIES.has(next.lower));
  if (INSTITUTION_HEADS.has(tokens[i].lower) || (memberHead && i > 0 && MEN_POSSESSIVE.test(tokens[i - 1].lower) && genderOfFirstName(tokens[i - 1].base) === null)) return true;
  // "the Prime Minister's Office", "the Governor's Office": the staff of an office, named for it
  if (tokens[i].lower === 'office' && i > 0 && tokens[i - 1].cap && TITLES.has(tokens[i - 1].base.toLowerCase())) return true;
  // ("the Cook County State's Attorney's Office": an American county's prosecutor, the "State's Attorney")
  if (i > 0 && tokens[i - 1].base.toLowerCase() === 'state' && tokens[i].base.toLowerCase() === 'attorney') return true;
  if (peoplesBodyAt(tokens, i)) return true;
  // "Harlow's Stores Inc.", "Murphy's Pub Ltd.": a founder's possessive opens a company's name that a legal form ends
  if (i >= 1 && tokens[i - 1].possessive && !tokens[i].possessive && (companySuffixAt(tokens, i + 1) || (next?.cap && !next.possessive && companySuffixAt(tokens, i + 2)))) return true;
  if (!(i >= 2 && SAINT_WORDS.has(tokens[i - 2].lower))) return false;
  if (next?.cap && INSTITUTION_HEADS.has(next.lower)) return true;
  // ("St. Joseph's Health Centre", "St. Mary's Food Bank", "St. Bernard's Survivors Circle": after a
  // saint's possessive, up to three capitalised words a body's head word ends are one name with it)
  for (let k = i; k < tokens.length && k - i < 3 && tokens[k].type === 'word' && tokens[k].cap && !tokens[k].possessive; k++) {
    if (ORG_HEADS.has(baseLower(tokens[k]))) return true;
  }
  return false;
}

/** Whether a company's legal form stands at `i` ("Inc.", "Ltd.", "Ltée"). */
const companySuffixAt = (tokens: Token[], i: number): boolean => i < tokens.length && tokens[i].cap && COMPANY_SUFFIXES.has(tokens[i].lower);

/**
 * Whether tokens[i] is the apostrophe of a plural possessive (written on the word before it, which
 * ends in s) and a body's head word follows it: the run goes on over both ("Builders’ Association").
 */
function pluralPossessiveBody(tokens: Token[], i: number, to: number): number {
  const mark = tokens[i];
  const head = tokens[i + 1];
  if (!(i + 1 < to && (mark.text === '’' || mark.text === "'") && mark.start === tokens[i - 1].end && MEMBERS.test(tokens[i - 1].text) && head.start === mark.end + 1 && head.cap)) return -1;
  if (MEMBER_BODIES.has(head.lower) || POSSESSIVE_BODY_HEADS.has(head.lower)) return i + 2;
  // ("Board of Veterans’ Appeals", "Office of Veterans’ Affairs": after a body's head and "of", the field the members' possessive owns ends the name;
  // a body's head after it is a second body's, the first its owner: "the Court of Appeals’ Board on Professional Responsibility")
  if (i >= 3 && tokens[i - 2].lower === 'of' && tokens[i - 3].cap && orgKindsOfName(tokens[i - 3].lower).length > 0 && isNameWord(head) && !orgKindsOfName(head.lower).length && !(i + 2 < to && tokens[i + 2].cap && tokens[i + 2].type === 'word')) return i + 2;
  const next = tokens[i + 2];
  // ("Ontario Teachers’ Pension Plan", "Firefighters’ Retirement System": a fund kept for its members)
  return i + 2 < to && next.type === 'word' && next.cap && isNameWord(head) && (MEMBER_BODIES.has(next.lower) || membersFund(head, next)) ? i + 3 : -1;
}
/** What a fund kept for members is for ("Pension", "Retirement") and its head word ("Plan", "System"). */
const MEMBERS_FUNDS = new Set(['pension', 'pensions', 'retirement', 'benefit', 'benefits', 'relief', 'welfare']);
const FUND_HEADS = new Set(['plan', 'fund', 'system', 'board', 'trust']);
/** Whether words `what` and `head` name a fund kept for members: "Pension Plan", "Retirement System", "Benefit Fund" (a body, though "Plan" alone ends no name). */
export const membersFund = (what: Token, head: Token): boolean => MEMBERS_FUNDS.has(what.lower) && FUND_HEADS.has(head.lower);
/** Head words of bodies named for their members that MEMBER_BODIES, shared with other tests, leaves out ("Artists’ Representation", "Writers’ Collective", "Lawyers’ Committee"). */
const POSSESSIVE_BODY_HEADS = new Set(['representation', 'collective', 'assembly', 'conference', 'circle', 'trust', 'committee', 'fellowship']);
/** Whether a full stop glued to the word before it and to a top-level domain after it stands at `i` (".org" in "FactCheck.org"). */
export function webDomainAt(tokens: Token[], i: number, to: number): boolean {
  const dot = tokens[i];
  return i + 1 < to && dot.text === '.' && dot.start === tokens[i - 1].end && tokens[i + 1].start === dot.end && WEB_DOMAINS.has(tokens[i + 1].text);
}
/** The last parts of a web address that the tokenizer splits off at its dot: generic ones and the country codes of North American news' sites ("FactCheck.org", "Rentals.ca"). */
export const WEB_DOMAINS = new Set(['org', 'com', 'net', 'gov', 'edu', 'io', 'ai', 'tv', 'info', 'app', 'news', 'ca', 'us']);


/** A word of two characters or more that upper case leaves as it is ("THE", "NATO"). */
function inCapitals(w: string): boolean {
  if (w.length < 2) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    // beyond ASCII, upper case itself decides
    if (c > 127) return w === w.toUpperCase();
  }
  return true;
}

/** Names in -ing that may open a personal name ("Sterling", "Irving", "Keating Holland"). */
const NAMES_IN_ING = new Set([
  'sterling', 'irving', 'channing', 'manning', 'browning', 'harding', 'fielding', 'redding',
  'golding', 'kipling', 'cushing', 'spalding', 'fleming', 'keating', 'pershing', 'deming',
  'bunning', 'lansing', 'whiting', 'ewing', 'hastings', 'jennings', 'billings', 'cummings',
  'downing', 'dowling',
]);

/** Short participles that open a sentence before a name ("Born Margaret Anne Lalonde", "Raised …", "Named …"). */
const LIFE_PARTICIPLES = new Set(['born', 'raised', 'named', 'wed', 'married', 'elected', 'dubbed']);

/**
 * A word before a name that a headline or a slogan puts there, not a given name: a gerund
 * ("Chasing Lorimer"), a past participle ("Embattled Lorimer"), a plural people noun ("Candidates
 * Pat Lorimer").
 */
function headlineOpener(tokens: Token[], i: number, to: number): boolean {
  const w = tokens[i].lower;
  // a past participle as an epithet ("Embattled Lorimer"); "Mohammed", "Godfred", "Winifred" are given names
  // (or a short one that opens a sentence of a life: "Born Margaret Anne Lalonde in Chapleau, she …")
  const participle = (w.length >= 7 && w.endsWith('ed') && !w.endsWith('med') && !w.endsWith('fred') && genderOfFirstName(tokens[i].base) === null) || LIFE_PARTICIPLES.has(w);
  // (a gerund's stem has two letters at least: "Mei-Ling", "Xiao-Ming" end in a given name's syllable, no gerund)
  const gerund = w.length >= 7 && w.endsWith('ing') && !NAMES_IN_ING.has(w) && w.length - w.lastIndexOf('-') > 5;
  if (!(gerund || participle || GROUP_NOUNS.has(w))) return false;
  // "Federated Farmers", "Amalgamated Workers": a participle before the members a body is named for opens its name
  // (or any members whose state the participle tells, where a body's head or its nation ends the name: "Wounded Warriors
  // Canada", "Disabled Veterans Association"; an epithet stays apart, "Embattled Veterans Affairs Canada")
  if (participle && i + 1 < to && (MEMBERS_OF_BODY.has(tokens[i + 1].lower) || (MEMBERS_STATES.has(w) && headedBodyAfter(tokens, i, to)))) return false;
  // "Nanjing University", "Kunming Airport": a place's name in -ing before the head of a body or a place
  if (!(i + 1 < to && isNameWord(tokens[i + 1]) && !ORG_HEADS.has(tokens[i + 1].lower) && !PLACE_HEADS.has(tokens[i + 1].lower))) return false;
  // a word after an article opens no headline: "the Housing Industry Association", "the Training Guarantee Fund"
  if (i > 0 && ARTICLES.has(tokens[i - 1].lower)) return false;
  // ("Veterans Affairs Canada said", "Veterans Transition Network": the members a body is named for open its name)
  // ("Veterans Affairs said", "Veterans Affairs Minister NAME": and the department of their affairs)
  return GROUP_NOUNS.has(w) ? !headedBodyAfter(tokens, i, to) && tokens[i + 1].text !== 'Affairs' : !gerundBody(tokens, i, to);
}

/** Participles that tell the state of the members a body is named for ("Wounded Warriors", "Disabled Veterans"), no epithet of the body. */
const MEMBERS_STATES = new Set(['wounded', 'disabled', 'injured', 'concerned', 'retired', 'bereaved', 'displaced', 'incarcerated', 'unemployed']);

/**
 * Whether the name words after the opener at `i` (five at most, no headline's verb among them) end
 * in a body's head ("… Group", "… Partners") or, three words on, in the land a national body is named for ("… Affairs
 * Canada"): the opener is then the body's first word.
 */
function headedBodyAfter(tokens: Token[], i: number, to: number): boolean {
  let j = i + 1;
  while (j < to && j - i <= 5 && tokens[j].cap && isNameWord(tokens[j]) && !HEADLINE_BREAKS.has(tokens[j].lower)) j++;
  return j > i + 1 && (ORG_HEADS.has(tokens[j - 1].lower) || orgKindsOfName(tokens[j - 1].lower).length > 0 || (j - i >= 3 && NATIONAL_BODY_LANDS.has(tokens[j - 1].text) && genderOfFirstName(tokens[i + 1].base) === null));
}

/** Whether the capitalised words after `i` (up to five) are followed by a body's noun in lower case, or a modifier and one ("food bank", "credit union"). */
function bodyNounAfterRun(tokens: Token[], i: number, to: number): boolean {
  let j = i + 1;
  while (j < to && j - i <= 5 && tokens[j].cap && isNameWord(tokens[j])) j++;
  const noun = (k: number): boolean => k < to && tokens[k].type === 'word' && !tokens[k].cap && orgKindsOfName(tokens[k].lower).length > 0;
  return j > i + 1 && (noun(j) || (j + 1 < to && tokens[j].type === 'word' && !tokens[j].cap && noun(j + 1)));
}

/**
 * Whether the -ing word at `i` opens a body's name: a body's head word ends its capitalised words
 * ("Housing Industry Association", up to five more words), or it names a sport before a known
 * place that then speaks or owns ("Swimming Queensland said", "Cycling Canada's coach"), or the
 * trade a national body is named for ("Trucking HR Canada").
 */
function gerundBody(tokens: Token[], i: number, to: number): boolean {
  if (!tokens[i].lower.endsWith('ing')) return false;
  if (headedBodyAfter(tokens, i, to)) return true;
  const place = knownLength(tokens, i + 1, to);
  if (!place || place.kind === 'organization' || place.kind === 'person') return false;
  const end = i + 1 + place.n;
  return tokens[end - 1].possessive || (end < to && SPEECH_AFTER_BODY.has(tokens[end].lower));
}

/** Verbs after a body that speaks ("Swimming Queensland said"). */
const SPEECH_AFTER_BODY = new Set(['said', 'says', 'told', 'added', 'announced', 'confirmed', 'stated', 'warned']);

/**
 * "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Office of Science, Technology and
 * Innovation": a body's head, "of" or "for" and one word (the run ends at `end`), then a list of
 * single words closed by "and": the index after the list's last word, or -1. Not when the word
 * after "of" is a place ("Bank of England, Barclays and HSBC" are three), nor over an acronym; a
 * name after the list goes on the run only after an office ("Minister of A, B and C Ana Ruiz").
 */
export function listInBodyName(tokens: Token[], start: number, end: number, to: number): number {
  // ("Ministry of the Environment, Conservation and Parks": the first field may take "the")
  // (the body's head near the run's start, after at most its place's three words: a run the list
  // joined already goes on no further over another "of the", so a long line of them reads in linear time)
  const the = end - start >= 4 && end - start <= 7 && tokens[end - 2].lower === 'the' ? 1 : 0;
  if (end - start < 3 || tokens[end]?.text !== ',' || !(tokens[end - 2 - the].lower === 'of' || tokens[end - 2 - the].lower === 'for')) return -1;
  const head = tokens[end - 3 - the].lower;
  if (!ORG_HEADS.has(head) && !HEADS_BEFORE_OF.has(head)) return -1;
  const item = (i: number): boolean => i < to && isNameWord(tokens[i]) && !isAcronym(tokens[i]) && !knownLength(tokens, i, i + 1);
  if (!item(end - 1)) return -1;
  let j = end;
  while (tokens[j]?.text === ',' && item(j + 1) && (tokens[j + 2]?.text === ',' || tokens[j + 2]?.lower === 'and')) j += 2;
  if (j === end) return -1;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.lower !== 'and' || !item(j + 1)) return -1;
  // (a name after an office's list is its holder's: "Minister of Land, Infrastructure and Transport Sato Hiroshi";
  // a body's last item may have two or three words, no given name: "Department for Housing, Communities
  // and Local Government", "Ministry of Energy, Mines and Low Carbon Innovation")
  // (an office's last field may have more field words, the holder's name, if any, after them:
  // "Minister of Families, Children and Social Development said")
  if (TITLES.has(head)) {
    let last = j + 2;
    while (last < to && fieldWord(tokens[last]) && genderOfFirstName(tokens[last].base) === null) last++;
    return last;
  }
  if (j + 2 < to && isNameWord(tokens[j + 2])) {
    let last = j + 2;
    while (last < to && last < j + 4 && isNameWord(tokens[last]) && genderOfFirstName(tokens[last].base) === null) last++;
    return last > j + 2 && !(last < to && isNameWord(tokens[last])) ? last : -1;
  }
  return j + 2;
}

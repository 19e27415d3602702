/**
 * Name spans: finds the runs of capitalised words in a sentence that may name someone or
 * something, joined over connectors where an organisation or a title needs them, and the titles
 * inside them.
 */
import { genderOfFirstName } from './gender';
import { baseLower, type Token } from './text';
import { COMMON_CAPITALISED, CONSTITUENCY_TITLES, countryByDemonym, DIRECTION_WORDS, GROUP_NOUNS, HEADLINE_BREAKS, ORG_HEADS, PLACE_HEADS, TITLES } from './gazetteer';
import { firstWords, knownLength, lowerText } from './knownNames';
import { COMPANY_SUFFIXES, IBERIAN_COMPASS } from './runShapes';
import { isAcronym, isCodeWord, isNameWord, isWord, monthAsName, monthOpensName, MONTH_NAMES, weekdayAsName, NAME_PARTICLES, nameOverWord, peoplesBodyAt, SPEAKER_AFTER } from './nameWords';
import { officeFieldsEnd } from './officeFields';
import { bodyOfKnownPlace, listBeforeBody, MEMBER_BODIES, MEMBERS } from './bodyLists';
import { vietnameseNameAt } from './vietnameseNames';
import { acronymNameStart } from './bracketAcronyms';
import { PATRONYM_PARTICLES } from './nameForms';

const ARTICLES = new Set(['a', 'an', 'the']);

export const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'dela', 'delos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'ag', 'da', 'del', 'di', 'y', 'on', ...PATRONYM_PARTICLES]);
const MAX_TITLE_WORDS = 4;
/** Small words inside a known name that end a run elsewhere ("Save the Children", "Médecins Sans Frontières"). */
const JOINING_WORDS = new Set(['the', 'of', 'and', 'for', 'de', 'della', 'di', 'la', 'le', 'du', 'del', 'sans']);
/** Kin in the plural, which open a sentence before the given names they describe ("Sisters Anne and Marie Roy"). */
const KIN_PLURALS = new Set(['brothers', 'sisters', 'twins', 'cousins', 'siblings', 'spouses']);
/** Lower-case words French names of parties keep after a capital ("Québec solidaire", "La France insoumise"): a known name may run over them. */
const FRENCH_NAME_WORDS = new Set(['solidaire', 'insoumise', 'national', 'nationale']);
const joinsKnown = (t: Token): boolean => t.cap || JOINING_WORDS.has(t.lower) || FRENCH_NAME_WORDS.has(baseLower(t));
/**
 * First word of every entry -> the most words an entry starting with it has: most tokens fail this
 * check and skip the longer look-ups, and the rest try no phrase longer than the lists hold.
 */
const TITLE_FIRST_WORDS = firstWords(TITLES);

/** Finds the maximal capitalised runs of a sentence, joined over "of", "for", "and" where an organisation or title needs it. */
export function findRuns(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    // (the capital first: most words have none, and isNameWord would test them for a surname's
    // article; a month as a name is capitalised too, so a lower-case word is skipped at once:
    // -18.8 M instructions over 100 dev articles)
    if (!tokens[i].cap || (!isNameWord(tokens[i]) && !monthAsName(tokens, i, to, false) && !weekdayAsName(tokens, i, to, i > from && titleAt(tokens, i - 1, i) > 0))) {
      i++;
      continue;
    }
    if (opensNoName(tokens, i, from, to) && !vietnameseNameAt(tokens, i, to)) {
      i++;
      continue;
    }
    let start = particleStart(tokens, from, i, runs);
    // "Brothers Luc and André LeBlanc": kin in the plural opening a sentence describes the names after it
    if (KIN_PLURALS.has(tokens[start].lower) && start + 1 < to && tokens[start + 1].cap && genderOfFirstName(tokens[start + 1].base) !== null) start++;
    let end = knownNameEnd(tokens, start, runEnd(tokens, start, Math.max(i, start) + 1, to), to);
    // "Amalgamated Transit Union Local 508", "Machinists District 751": a union local's number is its name's last word
    if (end - start >= 2 && end < to && UNIT_WORDS.has(tokens[end - 1].lower) && /^\d{1,5}$/.test(tokens[end].text)) end++;
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

/** A union's branch before its number ("Local 214", "District 751", "Lodge 12"). */
const UNIT_WORDS = new Set(['local', 'district', 'lodge']);

// findRuns' steps are functions of their own: V8 recompiles a function whole each time a branch
// it has not seen runs (a month inside a run is rare), and the run scan is among the hottest and
// is compiled early (the scan with these two inside was compiled twice: -23 M instructions over
// 100 dev articles).

/** Whether the capitalised name word at `i` opens no name: a common word that opens sentences and headlines ("The", "However", "Last"). */
function opensNoName(tokens: Token[], i: number, from: number, to: number): boolean {
  return (COMMON_CAPITALISED.has(tokens[i].lower) || HEADLINE_BREAKS.has(tokens[i].lower) || headlineOpener(tokens, i, to)) && !allOpensBody(tokens, i, to)
    && !inCapitals(tokens[i].text) && !verbOpensBody(tokens, i, from, to) && !bodyJointAt(tokens, i, i + 1, to) && !weekdayAsName(tokens, i, to, false)
    // ("May" is the one month among the sentence openers: "May Lindgren said" opens a name, and
    // so does "May" before a name word inside a sentence, "When May Lisbon-Carter opened …")
    && !((knownLength(tokens, i, to)?.n ?? 0) > 1) && !(tokens[i].lower === 'may' && (monthOpensName(tokens, i, to) || (i > from && isWord(tokens[i - 1]) && monthAsName(tokens, i, to, false)) || speechAfter(tokens, i + 1, to)));
}

/** Whether a verb of speech in the past stands at `i` ("May said", "May wrote": the surname, no modal). */
const speechAfter = (tokens: Token[], i: number, to: number): boolean => i < to && tokens[i].text !== ',' && SPEAKER_AFTER.has(tokens[i].text);

/**
 * Whether "All" at `i` opens a body's name: a place the lists know after it (or "the" before it)
 * and a body's head among the four words after that ("All India Gaming Federation", "All Nigeria
 * Peoples Party", "the All Progressives Congress").
 */
function allOpensBody(tokens: Token[], i: number, to: number): boolean {
  if (tokens[i].text !== 'All' || i + 2 >= to) return false;
  const place = knownLength(tokens, i + 1, to);
  // ("the All Progressives Congress": after "the", any words before the head, as "the" says no
  // sentence opens on "All" there)
  const the = i > 0 && tokens[i - 1].lower === 'the';
  if (!the && (!place || (place.kind !== 'country' && place.kind !== 'place'))) return false;
  for (let k = i + 1 + (place?.n ?? 1); k < to && k <= i + 5 && tokens[k].cap; k++) if (ORG_HEADS.has(tokens[k].lower)) return true;
  return false;
}

/** The end of the run [start, end) carried on over name words and the words that join more of one name to it. */
function runEnd(tokens: Token[], start: number, end: number, to: number): number {
  while (end < to && (!tokens[end - 1].possessive || institutionAfter(tokens, end))) {
    // (a month is a name only capitalised: lower-case words, most of those ending a run, skip the look-up)
    if ((isNameWord(tokens[end]) && !HEADLINE_BREAKS.has(tokens[end].lower) && (tokens[end].cap || givenNameIn(tokens, start, end)))
      || (tokens[end].cap && MONTH_NAMES.has(tokens[end].lower) && (monthAsName(tokens, end, to, titleAt(tokens, end - 1, end) > 0) || mayAsSurname(tokens, start, end, to)))
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

/** Whether a known given name stands in [from, to): a lower-case "al-Assad" carries on a person's name ("Bashar al-Assad"), not a body's ("Ansar al-Sharia", "Eid al-Adha"). */
function givenNameIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (genderOfFirstName(tokens[k].base) !== null) return true;
  return false;
}

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
  if (tokens[end].type !== 'word' && QUOTE_MARKS.has(tokens[end].text)) {
    const close = nicknameEnd(tokens, end, to);
    if (close > 0 && (genderOfFirstName(tokens[end - 1].base) !== null || unknownGivenNickname(tokens, start, end, close, to))) return close;
  }
  // a plural possessive before a body's head word is inside its name: "Home Builders’ Association", "Teachers’ Federation"
  if (pluralPossessiveBody(tokens, end, to)) return end + 2;
  // "FactCheck.org", "Politico.com": a web site's domain glued to its name
  if (webDomainAt(tokens, end, to)) return end + 2;
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
  // connectors: join only where the words before them make an organisation or a title
  let k = end;
  // (an ampersand is a mark, no word: "Procter & Gamble")
  while (k < to && (isWord(tokens[k]) || tokens[k].text === '&') && CONNECTORS.has(tokens[k].lower) && !tokens[k].cap) k++;
  // (a code names no one: "Traffic on the M4" is no body)
  if (k > end && k < to && isNameWord(tokens[k]) && !isCodeWord(tokens[k]) && joinAcross(tokens, start, end, k, to)) return k + 1;
  return tokens[end].text === ',' ? Math.max(listInBodyName(tokens, start, end, to), listBeforeBody(tokens, start, end, to)) : -1;
}

/** A nation's adjective the demonym list may lack ("Scottish", "Flemish", "Bavarian"). */
const NATION_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ish|ian|ese)$/u;

/** Portuguese and Spanish "of the" before a compass point ("do Sul", "del Norte"; "de Sul" is a surname's). */
const IBERIAN_OF = new Set(['do', 'del']);

const PORTUGUESE_POINTS = new Set(['Sul', 'Norte', 'Leste', 'Oeste', 'Nordeste']);

/** Whether "do Sul", "del Norte" … stands at token `i` (under `to`): a region's name goes on through it. */
export function iberianCompassAt(tokens: Token[], i: number, to: number): boolean {
  return i + 1 < to && IBERIAN_OF.has(tokens[i].text) && IBERIAN_COMPASS.has(tokens[i + 1].text) && (tokens[i].text === 'do') === PORTUGUESE_POINTS.has(tokens[i + 1].text);
}

/** Titles that are surnames too, and no office a courtesy title addresses its holder by ("Mr King"; "Mr Speaker" is an address). */
export const SURNAME_TITLES = new Set(['king', 'prince', 'bishop', 'dean', 'judge', 'reeve', 'sheriff', 'marshal', 'pope', 'cardinal', 'elder', 'constable', 'lord', 'knight', 'earl', 'duke', 'baron', 'abbot', 'deacon', 'pastor', 'chief']);

/**
 * Whether a given name ends right before token `i` of the run from `from`, or a given name and a
 * middle initial do ("Peter T."); not a known name that a given name can spell ("Texas", "Georgia",
 * "North Carolina" before "Commissioner of Insurance").
 */
export function givenNameBefore(tokens: Token[], from: number, i: number): boolean {
  const k = i - 2 >= from && /^[A-Z]\.?$/.test(tokens[i - 1].text) ? i - 2 : i - 1;
  if (k < from || genderOfFirstName(tokens[k].base) === null || titleAt(tokens, k, k + 1) > 0) return false;
  return !knownLength(tokens, k, i) && !(k - 1 >= from && (knownLength(tokens, k - 1, i)?.n ?? 0) >= 2);
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
  return joint && tokens[end + 1].cap && isNameWord(tokens[end + 1]);
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
  if (known && last && start + known.n > end && (last.cap || FRENCH_NAME_WORDS.has(baseLower(last))) && tokens.slice(end, start + known.n).every(joinsKnown)) return start + known.n;
  return end;
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
  if (!tokens[i].cap) return false;
  // ("Police Patrolmen's Association": a body's head after its members' possessive in -men)
  if (INSTITUTION_HEADS.has(tokens[i].lower) || (MEMBER_BODIES.has(tokens[i].lower) && i > 0 && MEN_POSSESSIVE.test(tokens[i - 1].lower))) return true;
  // "the Prime Minister's Office", "the Governor's Office": the staff of an office, named for it
  if (tokens[i].lower === 'office' && i > 0 && tokens[i - 1].cap && TITLES.has(tokens[i - 1].base.toLowerCase())) return true;
  const next = tokens[i + 1];
  if (peoplesBodyAt(tokens, i)) return true;
  // "Harlow's Stores Inc.", "Murphy's Pub Ltd.": a founder's possessive opens a company's name that a legal form ends
  if (i >= 1 && tokens[i - 1].possessive && !tokens[i].possessive && (companySuffixAt(tokens, i + 1) || (next?.cap && !next.possessive && companySuffixAt(tokens, i + 2)))) return true;
  return !!next && next.cap && INSTITUTION_HEADS.has(next.lower) && i >= 2 && SAINT_WORDS.has(tokens[i - 2].lower);
}

/** Whether a company's legal form stands at `i` ("Inc.", "Ltd.", "Ltée"). */
const companySuffixAt = (tokens: Token[], i: number): boolean => i < tokens.length && tokens[i].cap && COMPANY_SUFFIXES.has(tokens[i].lower);

/**
 * Whether tokens[i] is the apostrophe of a plural possessive (written on the word before it, which
 * ends in s) and a body's head word follows it: the run goes on over both ("Builders’ Association").
 */
function pluralPossessiveBody(tokens: Token[], i: number, to: number): boolean {
  const mark = tokens[i];
  const head = tokens[i + 1];
  return i + 1 < to && (mark.text === '’' || mark.text === "'") && mark.start === tokens[i - 1].end && MEMBERS.test(tokens[i - 1].text) && head.start === mark.end + 1 && head.cap && MEMBER_BODIES.has(head.lower);
}
/** Whether a full stop glued to the word before it and to a top-level domain after it stands at `i` (".org" in "FactCheck.org"). */
export function webDomainAt(tokens: Token[], i: number, to: number): boolean {
  const dot = tokens[i];
  return i + 1 < to && dot.text === '.' && dot.start === tokens[i - 1].end && tokens[i + 1].start === dot.end && WEB_DOMAINS.has(tokens[i + 1].text);
}
const WEB_DOMAINS = new Set(['org', 'com', 'net', 'gov', 'edu', 'io']);


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
  if (!((w.length >= 7 && w.endsWith('ing') && !NAMES_IN_ING.has(w)) || participle || GROUP_NOUNS.has(w))) return false;
  // "Federated Farmers", "Amalgamated Workers": a participle before the members a body is named for opens its name
  if (participle && i + 1 < to && MEMBERS_OF_BODY.has(tokens[i + 1].lower)) return false;
  // "Nanjing University", "Kunming Airport": a place's name in -ing before the head of a body or a place
  if (!(i + 1 < to && isNameWord(tokens[i + 1]) && !ORG_HEADS.has(tokens[i + 1].lower) && !PLACE_HEADS.has(tokens[i + 1].lower))) return false;
  // a word after an article opens no headline: "the Housing Industry Association", "the Training Guarantee Fund"
  if (i > 0 && ARTICLES.has(tokens[i - 1].lower)) return false;
  return !gerundBody(tokens, i, to);
}

/**
 * Whether the -ing word at `i` opens a body's name: a body's head word ends its capitalised words
 * ("Housing Industry Association", up to five more words), or it names a sport before a known
 * place that then speaks or owns ("Swimming Queensland said", "Cycling Canada's coach").
 */
function gerundBody(tokens: Token[], i: number, to: number): boolean {
  if (!tokens[i].lower.endsWith('ing')) return false;
  let j = i + 1;
  while (j < to && j - i <= 5 && tokens[j].cap && isNameWord(tokens[j])) j++;
  if (ORG_HEADS.has(tokens[j - 1].lower)) return true;
  const place = knownLength(tokens, i + 1, to);
  if (!place || place.kind === 'organization' || place.kind === 'person') return false;
  const end = i + 1 + place.n;
  return tokens[end - 1].possessive || (end < to && SPEECH_AFTER_BODY.has(tokens[end].lower));
}

/** Verbs after a body that speaks ("Swimming Queensland said"). */
const SPEECH_AFTER_BODY = new Set(['said', 'says', 'told', 'added', 'announced', 'confirmed', 'stated', 'warned']);

/** Heads of places named with "of" after them ("Bay of Plenty", "Isle of Wight", "Sea of Galilee"). */
const OF_PLACE_HEADS = new Set(['bay', 'gulf', 'isle', 'isles', 'sea', 'cape', 'strait', 'straits', 'lake', 'mount', 'bight', 'firth', 'vale', 'lakes']);

/** Words that head a title or a body named with "of" or "for" after them ("Secretary of State", "Bank of England"). */
const HEADS_BEFORE_OF = new Set([
  'secretary', 'minister', 'chief', 'head', 'director', 'president', 'university', 'bank',
  'republic', 'state', 'states', 'school', 'department', 'ministry', 'institute', 'office',
  'council', 'board', 'house', 'chamber', 'court', 'league', 'federation', 'church', 'museum',
  'college', 'center', 'centre', 'academy', 'faculty',
]);

function joinAcross(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  const connector = tokens[end].lower;
  const left = tokens[end - 1].lower;
  if (connector === 'of' || connector === 'for' || connector === 'on' || NAME_PARTICLES.has(connector)) {
    // ("United Nurses of Alberta", "Concerned Citizens of Elm Row": a body named by its members and where they are)
    // ("Centers for Disease Control": a head word in the plural)
    // ("Rep. Peter T. King of New York": a title that is a surname too, after a given name, is the surname, no office of the place)
    // ("Bay of Plenty", "Isle of Man", "Gulf of Mexico": a place's head opening the run, then "of")
    if (connector === 'of' && end - start === 1 && OF_PLACE_HEADS.has(left)) return true;
    if (connector === 'of' || connector === 'for') return ORG_HEADS.has(left) || (left.endsWith('s') && ORG_HEADS.has(left.slice(0, -1))) || (TITLES.has(left) && !(SURNAME_TITLES.has(left) && givenNameBefore(tokens, start, end - 1))) || HEADS_BEFORE_OF.has(left) || ORG_HEADS.has(tokens[start].lower) || (connector === 'of' && end - start >= 2 && GROUP_NOUNS.has(left)) || (connector === 'of' && (bodyOfPlace(tokens, start, end, next, to) || collegeOfPlace(tokens, start, end, next, to)));
    if (connector === 'on') return tokens[end + 1]?.lower === 'the' || ORG_HEADS.has(left);
    return true;
  }
  // "War On the Rocks": a lower-case article after a capitalised preposition
  if (connector === 'the') return /^(?:On|Of|In|For|At|Under|Over)$/.test(tokens[end - 1].text) || ['of', 'for', 'on'].includes(tokens[end - 1].lower);
  // "Procter & Gamble", "Marks & Spencer": an ampersand between names joins a firm's name, not
  // two people ("Giuliani & Sen. Jeff Sessions", "Jim & Sarah", "& Sarah Palin")
  if (connector === '&') {
    if (next !== end + 1 || titleAt(tokens, next, to) > 0) return false;
    if (genderOfFirstName(tokens[next].base) === null || tokens[next].lower === tokens[end - 1].lower) return true;
    // a given name after it: a body's name only if a head word ends it ("Hillary & Chelsea Clinton Foundation")
    let k = next;
    while (k < to && k - next < 6 && isNameWord(tokens[k])) if (ORG_HEADS.has(tokens[k++].lower)) return true;
    return genderOfFirstName(tokens[end - 1].base) === null && k === next + 1;
  }
  if (connector === 'and') {
    // "Center for Strategic and International Studies": an "and" inside an organisation name;
    // not "Bank of England and the Institute …" nor "Bank of England and France".
    if (next !== end + 1) return false;
    if (end - start === 1 && portfolioOffice(tokens, start, next, to)) return true;
    // "the MSP for Argyll and Bute", "MP for Dumfries and Galloway": a member's seat of one word
    // joined to a second one that no given name opens
    if (end - start >= 3 && tokens[end - 2].lower === 'for' && CONSTITUENCY_TITLES.has(tokens[end - 3].lower) && genderOfFirstName(tokens[next].base) === null && isNameWord(tokens[next])) return true;
    let k = next;
    // (over a possessive inside a body's name: "Royal Brisbane and Women's Hospital")
    // (and a plural's apostrophe, a token of its own: "Queensland Nurses and Midwives' Union")
    while (k < to && k - next < 8 && (isNameWord(tokens[k]) || (tokens[k].cap && tokens[k].possessive && k + 1 < to && isNameWord(tokens[k + 1])) || pluralApostropheIn(tokens, k, next, to))) k++;
    // (a branch's word before its number ends no name: "Rail and Maritime Workers Union Local 214")
    if (k - next >= 3 && k < to && UNIT_WORDS.has(tokens[k - 1].lower) && /^\d{1,5}$/.test(tokens[k].text)) k--;
    // (a head word, then the nation the body is of: "International Longshore and Warehouse Union Canada")
    const head = k - next >= 3 && knownLength(tokens, k - 1, k)?.kind === 'country' ? k - 1 : k;
    // "the Securities and Exchange Commission": after "the", one word that is no known name, acronym
    // or house of a legislature is no body of its own, whatever head words it and the two after it hold
    // (a nation's adjective may open it: "the Scottish Library and Information Council")
    const field = end - start === 2 && (countryByDemonym.has(tokens[start].lower) || NATION_ADJECTIVE.test(tokens[start].text)) ? start + 1 : start;
    if (start > 0 && tokens[start - 1].lower === 'the' && end - field === 1 && head - next === 2 && BODY_HEADS.has(tokens[head - 1].lower) && !CHAMBERS.has(tokens[field].lower) && !isAcronym(tokens[field]) && !knownLength(tokens, field, end)) return true;
    if (departmentOfNation(tokens, start, end, next, k)) return true;
    // an organisation's name is a dozen words at most: look back no further (a run of thousands stays linear)
    const left = tokens.slice(Math.max(start, end - 12), end);
    const insideOrg = left.some((t, i) => ORG_HEADS.has(t.lower) && ['for', 'of'].includes(left[i + 1]?.lower ?? ''));
    // "Nigeria Union of Petroleum and Natural Gas Workers": after a body's head and "of", trades
    // joined up to the members the body is of, whatever trade words they hold
    if (insideOrg && k - next >= 2 && MEMBERS_OF_BODY.has(tokens[k - 1].lower)) return true;
    if (knownLength(tokens, next, k)?.n === k - next) return false;
    // "Pastoralists and Graziers Association of Western Australia and WAFarmers": a body of a place, then "and", is two bodies
    if (bodyOfKnownPlace(tokens, start, end)) return false;
    if (companyAfterAnd(tokens, start, end, next, k)) return true;
    if (tokens.slice(next, head - 1).some((t) => ORG_HEADS.has(t.lower))) return false;
    return insideOrg || (ORG_HEADS.has(tokens[k - 1].lower) && left.some((t) => t.lower === 'for' || t.lower === 'of')) || bodyAfterAnd(tokens, start, end, next, head);
  }
  return false;
}

/**
 * "Calgary Sports and Entertainment Corp.", "Maple Leaf Sports and Entertainment Ltd.": a
 * company's legal form two or three words after "and", no given name opening them, and words
 * before it that no known name fills ("Apple and Microsoft Corp." are two) nor a company's whole name ends, is one company's name.
 */
function companyAfterAnd(tokens: Token[], start: number, end: number, next: number, k: number): boolean {
  // (words before it that end a company's name of their own are another company: "Podesta Group Inc. and Mercury LLC")
  if (k - next < 2 || k - next > 3 || end - start > 4 || !COMPANY_SUFFIXES.has(tokens[k - 1].lower) || COMPANY_SUFFIXES.has(tokens[end - 1].lower) || COMPANY_ENDS.has(tokens[end - 1].lower)) return false;
  return genderOfFirstName(tokens[next].base) === null && genderOfFirstName(tokens[start].base) === null && knownLength(tokens, start, end)?.n !== end - start;
}

/** Heads that end a company's whole name ("Podesta Group", "Ford Motor Company"), no trade word of a longer one ("Calgary Sports and …"). */
const COMPANY_ENDS = new Set(['group', 'company', 'corporation', 'holdings', 'partners']);

/**
 * "ACLU of Texas", "ACLU of Northern California", "Grain Growers of Canada": an acronym alone, or
 * a plural of members after a word, then "of" and a place the lists know (or a direction word
 * before one) is one body's name. ("Jane Smith of Texas" keeps the person: no acronym, no plural.)
 */
function bodyOfPlace(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  const acronym = end - start === 1 && isAcronym(tokens[start]) && tokens[start].text.length >= 3;
  if (!acronym && !(end - start === 2 && MEMBERS.test(tokens[end - 1].text) && genderOfFirstName(tokens[start].base) === null)) return false;
  const place = DIRECTION_WORDS.has(tokens[next].lower) ? next + 1 : next;
  const kind = place < to ? knownLength(tokens, place, to)?.kind : undefined;
  return kind === 'place' || kind === 'country' || kind === 'capital';
}

/** Heads of an office, not a body, before "of": "Secretary of State", "Head of Communications". */
const OFFICE_HEADS = new Set(['secretary', 'minister', 'chief', 'head', 'director', 'president', 'state', 'states', 'republic', 'house']);

/**
 * "Royal College of Surgeons of Edinburgh", "Institute of Chartered Accountants of Scotland": a
 * body already named with a head and "of" or "for" ([start, end)), then "of" and a known place at
 * `next`: the place is the body's, no actor of its own.
 */
function collegeOfPlace(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  let headed = false;
  // (a body's head, no office's: "The Minister of Health of Ghana" is a minister of Ghana's)
  for (let j = start; j + 1 < end && !headed; j++) headed = (HEADS_BEFORE_OF.has(tokens[j].lower) || ORG_HEADS.has(tokens[j].lower)) && !TITLES.has(tokens[j].lower) && !OFFICE_HEADS.has(tokens[j].lower) && (tokens[j + 1].lower === 'of' || tokens[j + 1].lower === 'for');
  if (!headed) return false;
  const kind = next < to ? knownLength(tokens, next, to)?.kind : undefined;
  return kind === 'place' || kind === 'country' || kind === 'capital';
}

/**
 * "Fisheries and Oceans Canada", "Environment and Climate Change Canada", "Employment and Social
 * Development Canada": a federal department named by two fields and its nation. The one word
 * before "and" ([start, end)) names a field (a portfolio, or a noun in -ies, -ment, -tion), no
 * given name or known name; two words or more after it ([next, k)) end in a country.
 */
function departmentOfNation(tokens: Token[], start: number, end: number, next: number, k: number): boolean {
  if (end - start !== 1 || k - next < 2 || knownLength(tokens, k - 1, k)?.kind !== 'country') return false;
  const field = tokens[start].lower;
  return (PORTFOLIO_FIELDS.has(field) || FIELD_NOUN.test(field)) && genderOfFirstName(tokens[start].base) === null && !knownLength(tokens, start, end);
}
/** Nouns of a field of government ("Fisheries", "Employment", "Immigration"). */
const FIELD_NOUN = /^[a-z]{4,}(?:ies|ment|tion|sion)$/;

/** Houses of a legislature: "the Senate and Finance Committee" are two bodies. */
const CHAMBERS = new Set(['senate', 'house', 'congress', 'parliament', 'assembly', 'legislature', 'council']);

/** Fields of a ministry that open an office of two before "and" ("Treasury and Finance Minister"). */
const PORTFOLIO_FIELDS = new Set(['treasury', 'finance', 'defence', 'defense', 'health', 'justice', 'foreign', 'trade', 'economy', 'interior', 'home', 'labour', 'labor', 'education', 'transport', 'energy', 'environment', 'agriculture', 'culture', 'tourism', 'sport', 'housing', 'welfare', 'veterans', 'industry', 'science', 'planning', 'infrastructure']);
/** The offices such fields name. */
const PORTFOLIO_OFFICES = new Set(['minister', 'secretary', 'ministers', 'secretaries']);

/** Whether the field at `field`, "and" and the words at `next` are one office: "Treasury and Finance Minister", "Health and Social Care Secretary". */
function portfolioOffice(tokens: Token[], field: number, next: number, to: number): boolean {
  if (!PORTFOLIO_FIELDS.has(tokens[field].lower)) return false;
  for (let k = next + 1; k < to && k <= next + 2; k++) if (PORTFOLIO_OFFICES.has(tokens[k].lower) && tokens[k].cap) return true;
  return false;
}

/** Head words of a public body or a corporation that end its name after "X and Y" ("Fish and Wildlife Service"). */
const BODY_HEADS = new Set([
  'corporation', 'corp', 'corp.', 'company', 'services', 'service', 'department', 'agency', 'commission', 'bureau',
  'authority', 'administration', 'board', 'council', 'committee', 'institute', 'ministry', 'office', 'association',
  'foundation', 'society', 'centre', 'center', 'secretariat', 'directorate', 'division', 'tribunal', 'trust', 'fund',
  // ("Immigration and Customs Enforcement", "Customs and Border Protection", "Longshore and Warehouse Union")
  'enforcement', 'protection', 'union', 'organisation', 'organization', 'guild', 'executive',
  // ("Royal Brisbane and Women's Hospital", "Nurses and Midwives Union", "Science and Technology Museum")
  'hospital', 'hospitals', 'clinic', 'college', 'museum', 'library', 'federation', 'alliance', 'coalition', 'league',
]);
/** Members a union or an association is named for, last in its name ("… Natural Gas Workers", "… Paper Producers"). */
const MEMBERS_OF_BODY = new Set(['workers', 'employees', 'professionals', 'producers', 'growers', 'farmers', 'teachers', 'nurses', 'midwives', 'miners', 'drivers', 'pilots', 'engineers', 'manufacturers', 'exporters', 'retailers']);

/**
 * "Canada Mortgage and Housing Corporation", "Food and Drug Administration": two words or more
 * after the "and" at `end` ([next, k)) that end in a body's head word make one name with the words
 * before it, unless those are a body of their own (a head word or a known name ends them: "Health
 * Department and Revenue Agency") or a person's two-word name ("Lena Ortiz and Social Services").
 */
function bodyAfterAnd(tokens: Token[], start: number, end: number, next: number, k: number): boolean {
  if (k - next < 2 || !BODY_HEADS.has(tokens[k - 1].lower) || end - start > 4) return false;
  // (one head word alone is no body of its own: "Rail and Maritime Workers Union")
  if ((ORG_HEADS.has(tokens[end - 1].lower) && end - start > 1) || knownLength(tokens, start, end)?.n === end - start) return false;
  // (a given name and a surname before "and" are a person's, unless the second word is a place: "Royal Brisbane and Women's Hospital")
  // (or the first a nation's word: "Irish Nurses and Midwives Organisation")
  const place = knownLength(tokens, start + 1, end)?.kind;
  return !(end - start === 2 && genderOfFirstName(tokens[start].base) !== null && !countryByDemonym.has(tokens[start].lower) && !knownLength(tokens, start, start + 1) && place !== 'place' && place !== 'capital');
}

/** Whether token `k` is a plural's apostrophe inside a name after "and" (after an -s name word, a name word after it): "Midwives' Union". */
function pluralApostropheIn(tokens: Token[], k: number, next: number, to: number): boolean {
  const x = tokens[k].text;
  return k > next && (x === "'" || x === '’') && tokens[k - 1].end === tokens[k].start && tokens[k - 1].lower.endsWith('s') && k + 1 < to && isNameWord(tokens[k + 1]);
}

/**
 * "Bureau of Alcohol, Tobacco, Firearms and Explosives", "Office of Science, Technology and
 * Innovation": a body's head, "of" or "for" and one word (the run ends at `end`), then a list of
 * single words closed by "and": the index after the list's last word, or -1. Not when the word
 * after "of" is a place ("Bank of England, Barclays and HSBC" are three), nor over an acronym; a
 * name after the list goes on the run only after an office ("Minister of A, B and C Ana Ruiz").
 */
export function listInBodyName(tokens: Token[], start: number, end: number, to: number): number {
  if (end - start < 3 || tokens[end]?.text !== ',' || !(tokens[end - 2].lower === 'of' || tokens[end - 2].lower === 'for')) return -1;
  const head = tokens[end - 3].lower;
  if (!ORG_HEADS.has(head) && !HEADS_BEFORE_OF.has(head)) return -1;
  const item = (i: number): boolean => i < to && isNameWord(tokens[i]) && !isAcronym(tokens[i]) && !knownLength(tokens, i, i + 1);
  if (!item(end - 1)) return -1;
  let j = end;
  while (tokens[j]?.text === ',' && item(j + 1) && (tokens[j + 2]?.text === ',' || tokens[j + 2]?.lower === 'and')) j += 2;
  if (j === end) return -1;
  if (tokens[j]?.text === ',') j++;
  if (tokens[j]?.lower !== 'and' || !item(j + 1)) return -1;
  // (a name after an office's list is its holder's: "Minister of Land, Infrastructure and Transport Sato Hiroshi";
  // a body's last item may have two words, no given name: "Department for Housing, Communities and Local Government")
  if (j + 2 < to && isNameWord(tokens[j + 2]) && !TITLES.has(head)) {
    const twoWords = genderOfFirstName(tokens[j + 2].base) === null && !(j + 3 < to && isNameWord(tokens[j + 3]));
    return twoWords ? j + 3 : -1;
  }
  return j + 2;
}

/** Longest title starting at token i, as a token count (0 when none). */
export function titleAt(tokens: Token[], i: number, to: number): number {
  // "Then-Sen. Clinton", "then-Secretary of State Kerry": the office held then is a title too
  const then = tokens[i].lower.startsWith('then-') ? 5 : rankPrefix(tokens[i].lower);
  // "CTO-designate Lena Fisk", "Prime Minister-elect …": the office about to be held is a title too
  const longest = TITLE_FIRST_WORDS.get(officeKey(then ? tokens[i].lower.slice(then) : tokens[i].lower));
  // (a particle in lower case is none, though its capitals are a title: "Ahmed ag Moussa", "AG Bondi")
  if (longest === undefined || NAME_PARTICLES.has(tokens[i].text)) return 0;
  // "General Confederation of Labour", "General Assembly", "General Electric": the rank as a body's adjective
  if (tokens[i].lower === 'general' && i + 1 < to && tokens[i + 1].cap && ORG_HEADS.has(tokens[i + 1].lower)) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, longest, to - i); n >= 1; n--) {
    if (TITLES.has(officeKey(then ? lowerText(tokens, i, i + n).slice(then) : lowerText(tokens, i, i + n)))) return n;
  }
  return 0;
}

/**
 * The length of a deputy's rank joined by a hyphen to a title ("Vice-Chief", "Deputy-Mayor",
 * "Co-Chair", "Acting-Director"), 0 when none: the title after it is the office.
 */
function rankPrefix(w: string): number {
  const hyphen = w.indexOf('-');
  return hyphen > 1 && hyphen < w.length - 2 && RANK_PREFIXES.has(w.slice(0, hyphen)) ? hyphen + 1 : 0;
}
const RANK_PREFIXES = new Set(['vice', 'deputy', 'co', 'acting', 'interim', 'assistant', 'associate']);

/** A title's words without the "-elect" or "-designate" that ends them. */
function officeKey(words: string): string {
  return words.endsWith('-elect') ? words.slice(0, -6) : words.endsWith('-designate') ? words.slice(0, -10) : words;
}


const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', "''"]);

/**
 * Whether a nickname in marks after a given name the lists lack (`Rawiri "Rocket" Tane`) is one:
 * the titles before that word alone in the run, no capitalised word before the run, and a surname
 * of one or two words after it, particles aside, then no name word (no headline's words:
 * "Republican ‘Unity’ Meeting Scheduled For Next Week", "Ready To Go ‘Girl’ Crazy").
 */
function unknownGivenNickname(tokens: Token[], start: number, end: number, close: number, to: number): boolean {
  if (COMMON_CAPITALISED.has(tokens[end - 1].lower) || titleAt(tokens, start, end - 1) !== end - 1 - start) return false;
  if (start > 0 && isWord(tokens[start - 1]) && tokens[start - 1].cap) return false;
  let k = close;
  while (k < to && isWord(tokens[k]) && !tokens[k].cap && NAME_PARTICLES.has(tokens[k].lower)) k++;
  const surname = k;
  while (k < to && isNameWord(tokens[k]) && tokens[k].cap) k++;
  return k - surname <= 2 && !(k < to && isNameWord(tokens[k]));
}

/** The most words a nickname in quotation marks holds ("El Contador Mayor"). */
const MAX_NICKNAME_WORDS = 3;

/**
 * Where the surname goes on after a nickname in quotation marks opening at token i inside a name
 * (`Margaret "Peggy" Holloway-Reyes`, `Ernesto "El Contador Mayor" Ruiz`, `Corazon "Cora" dela
 * Cruz`): one to three name words, the marks hugging them, then a name word or particles and one;
 * -1 when none.
 */
export function nicknameEnd(tokens: Token[], i: number, to: number): number {
  if (!QUOTE_MARKS.has(tokens[i].text) || i + 1 >= to || tokens[i].end !== tokens[i + 1].start || (i > 0 && tokens[i - 1].end === tokens[i].start)) return -1;
  let k = i + 1;
  while (k < to && k - i <= MAX_NICKNAME_WORDS && isNameWord(tokens[k])) k++;
  if (k === i + 1 || k >= to || !QUOTE_MARKS.has(tokens[k].text) || tokens[k].start !== tokens[k - 1].end) return -1;
  let n = k + 1;
  while (n < to && isWord(tokens[n]) && !tokens[n].cap && NAME_PARTICLES.has(tokens[n].lower)) n++;
  return n < to && isNameWord(tokens[n]) && !COMMON_CAPITALISED.has(tokens[n].lower) && !HEADLINE_BREAKS.has(tokens[n].lower) ? k + 1 : -1;
}

/**
 * Checks of what a run of name words names when it is no person's name, or whether it may be
 * one: page chrome glued into a word, an occupation before a name, a company's context, a wire
 * dateline's city, a clock's zone, a given name before a surname, and the shapes of words in
 * capitals.
 */
import { genderOfFirstName } from './gender';
import { isGroupHead, NATIONAL_NOUNS, peopleNoun, PLAYER_POSITIONS, LOOSE_POSITIONS } from './lexicon/people';
import { PROVINCIAL_FIELDS } from './lexicon/organisations';
import { baseLower, type Token } from './text';
import { CITIES, COMMON_CAPITALISED, countryByDemonym, DAYS_AND_MONTHS, GROUP_NOUNS, NON_NAME_WORDS, ORG_HEADS, PARTY_WORDS, PLACE_HEADS, REGIONS, US_STATES } from './gazetteer';
import { knownLength, lowerText } from './knownNames';
import { officerAfterBody } from './officeFields';
import { collectiveBodyAt } from './collectiveBodies';
import { isAcronym, isCodeWord, isNameWord, isWord, MONTH_NAMES, NAME_PARTICLES } from './nameWords';

/** Words before "Time" that make a run a clock's zone ("Eastern Standard Time", "Central European Time", "Pacific Time"), no actor. */
const ZONE_WORDS = new Set(['standard', 'daylight', 'summer', 'mean', 'european', 'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'alaska', 'hawaii', 'universal', 'coordinated']);

export function timeZone(tokens: Token[], from: number, to: number): boolean {
  if (to - from === 1) return ZONE_CODES.has(tokens[from].text) || (AFTER_TIME_ZONE_CODES.has(tokens[from].text) && afterClock(tokens, from));
  return to - from >= 2 && tokens[to - 1].lower === 'time' && ZONE_WORDS.has(tokens[to - 2].lower);
}

/** Zones' abbreviations that are no body's acronym ("7 p.m. EDT", "UTC"): no actor wherever they stand. */
const ZONE_CODES = new Set(['EST', 'EDT', 'PST', 'PDT', 'CDT', 'MDT', 'AKST', 'AKDT', 'GMT', 'UTC', 'CEST', 'EEST', 'AEST', 'AEDT', 'ACST', 'ACDT', 'AWST', 'NZST', 'NZDT', 'SAST']);
/** Zones' abbreviations that are other things' letters too ("NT", a territory; "CAT", a company): no actor only after a clock's time ("9am ET", "noon (PT)"). */
const AFTER_TIME_ZONE_CODES = new Set(['ET', 'PT', 'CT', 'MT', 'AT', 'NT', 'HST', 'CST', 'MST', 'BST', 'CET', 'EET', 'WET', 'IST', 'JST', 'KST', 'HKT', 'SGT', 'WIB', 'ICT', 'PKT', 'MSK', 'EAT', 'CAT', 'WAT', 'GST', 'AST', 'ADT', 'NST', 'NDT']);
/** A clock's time: "9", "9am", "10:30", "a.m.", "PM", "noon". */
const CLOCK = /^(?:\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.)?|a\.m\.|p\.m\.|am|pm|noon|midnight)$/i;

/** Whether the token before `i` (over an opening bracket) is a clock's time. */
function afterClock(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && tokens[k].text === '(') k--;
  return k >= 0 && CLOCK.test(tokens[k].text);
}

/**
 * A code of one capital and digits ("N2", a road; "R900", an amount in rand; "A10", a page): no
 * actor, unless the words around it make it a body ("data firm L2", "L2's work", "L2 said",
 * "L2, which …").
 */
export function codeWord(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !isCodeWord(tokens[from])) return false;
  const t = tokens[from];
  const next = tokens[to];
  if (t.possessive || companyContext(tokens, from, to) || contextKind(tokens, from, to) === 'organization') return false;
  if (from > 0 && !tokens[from - 1].cap && COMPANY_BEFORE.has(tokens[from - 1].lower.replace(/s$/, ''))) return false;
  if (next && ((next.type === 'word' && !next.cap && (SPEECH_AFTER.has(next.lower) || BODY_OFFICES.has(next.lower))) || (next.text === ',' && tokens[to + 1]?.lower === 'which'))) return false;
  return true;
}
/** Offices a body's name stands before ("L2 president Bruce Willsie", "Q9 spokeswoman …"). */
const BODY_OFFICES = new Set(['president', 'chief', 'ceo', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'official', 'officials']);
/** Speech verbs right after a name that make it a speaker. */
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'announced', 'confirmed', 'stated', 'wrote']);


/**
 * Whether tokens [from, to) hold a word of three capitals or more: before the last word of a run
 * it makes the run an organisation ("RJR Nabisco", "Priorities USA Action"); as the last word it
 * is an organisation of its own ("Congressional District GOP"), unless a given name opens the run
 * ("Emmanuel MACRON", a surname in capitals as some wires print names).
 */
export function innerAcronym(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = tokens[i].base;
    if (w.length >= 3 && onlyCapitals(w)) return true;
  }
  return false;
}

/** /^[A-Z]+$/ by a scan of code units (most words fail at their second letter, sooner than a pattern call returns). */
function onlyCapitals(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isCapital(w.charCodeAt(i))) return false;
  return w.length > 0;
}
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** A word that can stand in a personal name after a title: a capitalised name word (or a month that is a given name, "Ms. May Tan"), or a particle. */
export function nameLike(t: Token): boolean {
  return (isNameWord(t) && !ORG_HEADS.has(t.lower)) || NAME_PARTICLES.has(t.text) || (isWord(t) && t.cap && MONTH_NAMES.has(t.lower));
}

/** Two to four name words that end the run and name a person, not a place, an organisation or a thing: what a weak title needs after it ("State Farm" has none). */
export function cleanNameAfter(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  for (let i = from; i < to; i++) if (!nameLike(tokens[i]) || PLACE_HEADS.has(tokens[i].lower)) return false;
  const last = baseLower(tokens[to - 1]);
  if (NON_NAME_WORDS.has(last) || COMMON_CAPITALISED.has(last)) return false;
  return knownLength(tokens, from, to)?.n !== to - from;
}

/** Where a known organisation of two or more words fills [j, to) for some j >= from; -1 when none. */
export function knownOrganisationSuffix(tokens: Token[], from: number, to: number): number {
  for (let j = Math.max(from, to - 5); j < to - 1; j++) {
    const known = knownLength(tokens, j, to);
    if (known && known.kind === 'organization' && known.n === to - j) return j;
  }
  return -1;
}

/** Lower-case words that may follow a place's name ("in Tromsø on Tuesday"); any other word makes "in X" an adjective ("in Democratic primaries"). */
const AFTER_PLACE = new Set([
  'on', 'in', 'at', 'and', 'or', 'to', 'for', 'last', 'this', 'next', 'since', 'until', 'with',
  'from', 'by', 'after', 'before', 'where', 'when', 'while', 'that', 'which', 'who', 'is', 'was',
  'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'earlier', 'later',
  'today', 'yesterday', 'during', 'as', 'but', 'early', 'late', 'overnight', 'tonight', 'tomorrow',
]);

/** Words inside a place's name that are never inside a personal name ("… Tower Manila", "… National Doral"). */
const BUILDING_WORDS = new Set(['tower', 'towers', 'plaza', 'hotel', 'resort', 'casino', 'golf', 'links', 'national', 'estates', 'mansion', 'ranch']);

/** The token after a name leaves it a whole noun phrase: punctuation, the end, or a function word. */
export function endsPhrase(t: Token | undefined): boolean {
  return !t || t.type !== 'word' || AFTER_PLACE.has(t.lower);
}

/** Every word of [from, to) written in capitals, two letters or more. */
export function allCapitals(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!inCapitalLetters(tokens[i].text)) return false;
  return true;
}

/** /^[A-Z][A-Z'’-]+$/ by a scan of code units. */
function inCapitalLetters(w: string): boolean {
  if (w.length < 2 || !isCapital(w.charCodeAt(0))) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isCapital(c) && c !== 0x27 && c !== 0x2019 && c !== 0x2d) return false;
  }
  return true;
}

/** The words [from, to) joined by single spaces (the run's surface without the text at hand). */
export function surfaceText(tokens: Token[], from: number, to: number): string {
  let out = tokens[from].text;
  for (let i = from + 1; i < to; i++) out += ' ' + tokens[i].text;
  return out;
}

/** Whether a word of [from, to) is a building's ("Tower", "Plaza"). */
export function hasBuildingWord(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BUILDING_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/** Heads of words that have a capital inside after a small letter in a surname ("McDonald", "LeVell", "DuVernay", "VandeHei"). */
const INNER_CAPITAL_HEADS = new Set(['mc', 'mac', 'de', 'di', 'du', 'da', 'del', 'la', 'le', 'van', 'vande', 'von', 'fitz', 'st', 'o']);

/**
 * Words glued without a space ("MaransFlagShareLikeReplyPaige"): a capital after two small letters
 * whose head is no surname prefix, twice or more (one brand's inner capital, "PayPal", stays).
 */
export function gluedWord(w: string): boolean {
  if (w.length < 8) return false;
  let inner = 0;
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isCapital(c) || !isSmall(w.charCodeAt(i - 1)) || !isSmall(w.charCodeAt(i - 2))) continue;
    if (inner === 0 && INNER_CAPITAL_HEADS.has(w.slice(0, i).toLowerCase())) continue;
    inner++;
  }
  return inner >= 2;
}
const isSmall = (c: number): boolean => c >= 97 && c <= 122;

/** Endings of occupations and offices ("Harbourmaster", "Hydrologist", "Wirtschaftsminister", "Assemblyman", "Librarian"). */
const OCCUPATION_ENDING = /(?:master|ologist|ist|minister|man|woman|or|er|ian)$/;
/** Endings no name has: the full name after them need not open with a known given name. */
const STRONG_OCCUPATION_ENDING = /(?:master|ologist|minister)$/;

/**
 * An occupation or office the title lists lack, before a full name: one capitalised word with an
 * occupation's ending that is no given name ("Harbourmaster Tamsin Achebe"; "Hunter Biden" and
 * "Porter Goss" are names), then two or three name words of which the first is a given name. 1 or 0.
 */
export function occupationAt(tokens: Token[], i: number, to: number): number {
  const t = tokens[i];
  const w = t.lower;
  if (to - i < 3 || to - i > 4 || w.length < 6 || !t.cap || t.possessive || !OCCUPATION_ENDING.test(w) || !/^[a-z-]+$/.test(w)) return 0;
  // a demonym is no occupation ("Nigerian Chika Obi"; the gazetteer reads it)
  if (genderOfFirstName(w) !== null || countryByDemonym.has(w) || (!STRONG_OCCUPATION_ENDING.test(w) && genderOfFirstName(tokens[i + 1].base) === null)) return 0;
  for (let k = i + 1; k < to; k++) if (!isNameWord(tokens[k]) || ORG_HEADS.has(tokens[k].lower)) return 0;
  return 1;
}

/**
 * A noun for a person capitalised before a full name, as at a sentence's start ("Parent Jason
 * Morales said", "Co-author Jean-Pierre Tremblay"): the noun, then a given name and one or two
 * name words. 1 or 0. ("Hunter Biden": no given name follows.) A position that is another word
 * too counts here only ("Forward Mitch Marner", "Guard Kyle Lowry").
 */
export function peopleNounAt(tokens: Token[], i: number, to: number): number {
  const t = tokens[i];
  if (to - i < 3 || to - i > 4 || !t.cap || t.possessive || (peopleNoun(t.lower) !== 'singular' && !LOOSE_POSITIONS.has(t.lower))) return 0;
  // a noun that is a given name too ("Rider", "Hunter") only before a known given name and a surname:
  // "Rider Daniela Ortiz said" (a given name after a given name opens no one's name)
  if (genderOfFirstName(t.base) !== null && (to - i !== 3 || genderOfFirstName(tokens[i + 1].base) === null)) return 0;
  // (after "former", "fellow", … the noun is a descriptor, whatever given name the lists lack: "former Olympian Shahnaz Qureshi")
  if (genderOfFirstName(tokens[i + 1].base) === null && !(i > 0 && DESCRIPTOR_LEADS.has(tokens[i - 1].lower))) return 0;
  for (let k = i + 1; k < to; k++) if (!isNameWord(tokens[k]) || ORG_HEADS.has(tokens[k].lower)) return 0;
  return 1;
}

/** Lower-case words that make the capitalised noun after them a description ("former Olympian", "fellow Paralympian"). */
const DESCRIPTOR_LEADS = new Set(['former', 'fellow', 'retired', 'veteran', 'ex', 'one-time', 'onetime', 'late']);

/** National nouns that are given names or surnames too ("Finn", "Dane", "Scot"). */
const NAMES_TOO = new Set(['finn', 'dane', 'scot', 'pole', 'turk', 'kiwi', 'swede']);

/**
 * A noun for one person of a nation before a full name ("Briton Lando Norris", "Spaniard Carlos
 * Sainz"): the noun is the person's role, kept among the role words where a later "the Briton"
 * finds it, then two or three name words. 1 or 0. ("Pole Position", "Dane County": no name follows.)
 */
export function nationalNounAt(tokens: Token[], i: number, to: number): number {
  const t = tokens[i];
  // a demonym's plural before a known given name: "Americans Emma Bates and Sara Hall finished"
  if (to - i >= 3 && to - i <= 4 && t.cap && t.lower.endsWith('s') && countryByDemonym.has(t.lower.slice(0, -1)) && genderOfFirstName(tokens[i + 1].base) !== null) return 1;
  if (to - i < 3 || to - i > 4 || !t.cap || t.possessive || !NATIONAL_NOUNS.has(t.lower)) return 0;
  for (let k = i + 1; k < to; k++) if (!isNameWord(tokens[k]) || ORG_HEADS.has(tokens[k].lower) || PLACE_HEADS.has(tokens[k].lower)) return 0;
  // (a noun that is a given name too, "Finn Russell Hale", only before a known given name)
  return !NAMES_TOO.has(t.lower) || genderOfFirstName(tokens[i + 1].base) !== null ? 1 : 0;
}

/** Words before a name that make it a company's ("investment bank Goldman Sachs", "shares of Harlow Freight"). */
const COMPANY_BEFORE = new Set([
  'company', 'firm', 'bank', 'giant', 'retailer', 'insurer', 'lender', 'carrier', 'airline',
  'conglomerate', 'maker', 'manufacturer', 'automaker', 'carmaker', 'startup', 'subsidiary',
  'shipper', 'brokerage', 'outfit', 'start-up', 'chipmaker', 'drugmaker', 'steelmaker', 'refiner',
]);
/** Whether a lower-case company noun stands right before token `from` ("startup Lumenwise", "lender Vaultline"). */
export function companyNounBefore(tokens: Token[], from: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  return !!before && before.type === 'word' && !before.cap && COMPANY_BEFORE.has(before.lower);
}

/** Offices held "of" a body, never of a person: "founder of …", "chief executive of …". */
const HEADS_OF = new Set(['founder', 'co-founder', 'cofounder', 'ceo', 'chairman', 'chairwoman', 'owner', 'executive', 'partner']);
/** Words after a name that make it a company's ("Harlow Freight shares", "Harlow Freight Inc"). */
const COMPANY_AFTER = new Set(['shares', 'stock', 'stocks', 'inc', 'inc.', 'corp', 'corp.', 'plc', 'llc', 'ltd', 'ltd.', 'shareholders', 'stockholders']);

/**
 * Whether the words around a name make it a company: a lower-case company noun just before it
 * ("oil giant …", "the firm …"; not "company founder"), "shares of" / "stake in" before it, or
 * "shares", "Inc" or ", the company" after it.
 */
export function companyContext(tokens: Token[], from: number, to: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (before && before.type === 'word' && !before.cap && COMPANY_BEFORE.has(before.lower)) return true;
  if (before && (before.lower === 'of' || before.lower === 'in') && from > 1 && ['shares', 'stake', 'stock'].includes(tokens[from - 2].lower)) return true;
  // "a trader at Stonebridge Commodities", "analysts at Pruett Brothers", "founder of Vantage Insights": one works at a body, and heads one
  if (before && from > 1 && ((before.lower === 'at' && peopleNoun(tokens[from - 2].lower) !== null) || (before.lower === 'of' && !tokens[from - 2].cap && HEADS_OF.has(tokens[from - 2].lower)))) return true;
  const after = to < tokens.length ? tokens[to] : undefined;
  if (!after) return false;
  if (after.type === 'word' && COMPANY_AFTER.has(after.lower)) return true;
  if (after.text !== ',' || to + 2 >= tokens.length) return false;
  const det = tokens[to + 1].lower;
  if (det !== 'the' && det !== 'a' && det !== 'an') return false;
  for (let k = to + 2; k < Math.min(tokens.length, to + 6); k++) {
    const w = tokens[k].lower;
    if (w === 'company' || w === 'firm' || w === 'bank' || w === 'retailer' || w === 'insurer' || w === 'lender' || w === 'carrier') return true;
    if (tokens[k].type !== 'word') return false;
  }
  return false;
}

/** Whether [from, to) holds a plural noun for people ("Girls"). */
export function pluralPeopleInside(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PLURAL_PEOPLE.has(tokens[i].lower) || GROUP_NOUNS.has(tokens[i].lower)) return true;
  return false;
}

/** A known given name, then one plain name word that is no known name, head or common word ("Jordan Ellis"; not "Georgia Power", "Chad Basin"). */
export function givenNameBefore(tokens: Token[], from: number, to: number): boolean {
  const second = tokens[from + 1];
  const w = baseLower(second);
  if (!isNameWord(second) || isAcronym(second) || genderOfFirstName(tokens[from].base) === null) return false;
  if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || NON_NAME_WORDS.has(w) || PROVINCIAL_FIELDS.has(w) || COMMON_CAPITALISED.has(w) || GROUP_NOUNS.has(w) || countryByDemonym.has(w) || PARTY_WORDS.has(w)) return false;
  return knownLength(tokens, from + 1, to) === null;
}


/** Nouns for people in the plural inside a name: a body or a slogan ("Black Girls Rock", "Mothers Against …"), no person. */
const PLURAL_PEOPLE = new Set(['girls', 'boys', 'women', 'men', 'mothers', 'fathers', 'moms', 'dads', 'kids', 'children', 'sisters', 'brothers', 'lives']);

/** Royal titles that open place names too ("Prince George", "Prince Albert", "King City"). */
const ROYAL_TITLES = new Set(['prince', 'princess', 'king', 'queen', 'lord', 'lady']);
/** Words before a place: "in Prince George", "west of Prince Rupert". */
const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'at', 'from']);
const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/;

/**
 * Whether the run [from, to), a royal title and one name word, is a place: after "in", "near" or a
 * compass point's "of" ("west of Prince George"), or before ", B.C." and the like (a province's or
 * state's abbreviation). "the wife of Prince William" stays a person.
 */
export function placeWithRoyalTitle(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2 || !ROYAL_TITLES.has(tokens[from].lower)) return false;
  const before = tokens[from - 1];
  if (before && (PLACE_BEFORE.has(before.lower) || (before.lower === 'of' && COMPASS.test(tokens[from - 2]?.lower ?? '')))) return true;
  return tokens[to]?.text === ',' && /^(?:[A-Z]\.){2,3}$|^(?:Ont|Alta|Sask|Man|Que|Nfld|Wash|Ore|Calif|Mass|Mich|Minn|Wis|Fla|Tex)\.$/.test(tokens[to + 1]?.text ?? '');
}

/**
 * A wire dateline's city in capitals at the head of a paragraph ("GDYNIA (Reuters) -",
 * "KINGSTON, Jamaica —", "PORT ALBRIGHT —"): a place.
 */
export function datelineCity(tokens: Token[], from: number, to: number): boolean {
  if (from !== 0 || to - from > 3 || !allCapitals(tokens, from, to)) return false;
  const next = tokens[to];
  if (!next || next.type === 'word') return false;
  if (next.text === '(') return isNameWord(tokens[to + 1]) || dateAt(tokens, to + 1);
  if (/^[—–-]+$/.test(next.text)) return true;
  // "KINGSTON, Jamaica —", "WARSAW, 2 October 2024", "PORTREE, Scotland, March 4, 2025 —": a
  // capitalised word or two, then a dash or a date
  if (next.text !== ',') return false;
  let k = to + 1;
  // (a province's or state's abbreviation keeps its stop: "WATERHEN, Man. —", "ELY, Nev. —")
  while (k < tokens.length && k < to + 4 && isNameWord(tokens[k]) && !DAYS_AND_MONTHS.has(tokens[k].lower)) k += tokens[k + 1]?.text === '.' && tokens[k + 1].start === tokens[k].end ? 2 : 1;
  if (k > to + 1 && k < tokens.length && /^[—–-]+$/.test(tokens[k].text)) return true;
  if (tokens[k]?.text === ',') k++;
  return dateAt(tokens, k);
}

/** A month or weekday name at token `k`, or a day's number right before a month's ("2 October"). */
function dateAt(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w) return false;
  if (DAYS_AND_MONTHS.has(w.lower)) return true;
  return /^\d{1,2}$/.test(w.text) && !!tokens[k + 1] && DAYS_AND_MONTHS.has(tokens[k + 1].lower);
}

/** Lower-case nouns right before a name that make it a publication, a broadcaster or a body ("the journal …", "the charity …", "side …"). */
const BODY_BEFORE = new Set([
  'journal', 'newspaper', 'daily', 'weekly', 'tabloid', 'magazine', 'broadcaster', 'website', 'charity',
  'ngo', 'nonprofit', 'non-profit', 'think-tank', 'thinktank', 'watchdog', 'regulator', 'broadsheet',
]);
/** The same, for nouns that may also stand before a person's name ("on the other side Pate …", "channel Republican anger"): only before two words or more that no given name opens. */
const WEAK_BODY_BEFORE = new Set(['group', 'network', 'channel', 'station', 'outlet', 'union', 'club', 'side', 'team', 'federation', 'party', 'organisation', 'organization']);
/** Words that tell a "group" before a name is a body ("campaign group", "pressure group"). */
const GROUP_KINDS = new Set(['campaign', 'pressure', 'lobby', 'advocacy', 'rights', 'industry', 'trade', 'consumer', 'environmental', 'activist', 'protest', 'business', 'patient', 'patients', 'residents']);
/** Lower-case nouns right before a name that make it a ship's: no actor ("the tanker Nordic Aurora"). */
const SHIP_BEFORE = new Set(['ship', 'vessel', 'tanker', 'freighter', 'ferry', 'trawler', 'yacht', 'frigate', 'destroyer', 'submarine', 'cruiser', 'liner']);
/** Nouns before "of" that make the name after it a place ("the town of …", "the port of …", "mayor of …"). */
const PLACE_BEFORE_OF = new Set(['town', 'village', 'city', 'port', 'suburb', 'district', 'province', 'region', 'county', 'island', 'hamlet', 'municipality', 'mayor', 'outskirts']);
/** Parts of a place before "of" ("large parts of Chennai"; not "parts of Smith's plan", nor a given name's). */
const PARTS_BEFORE_OF = new Set(['suburbs', 'streets', 'swathes']);
/** Words before "parts of" that make it a place's parts ("large parts of Chennai"; not "key parts of Obamacare"). */
const PLACE_PARTS_LEADS = new Set(['in', 'across', 'large', 'many', 'several', 'most', 'some', 'other', 'all', 'vast', 'northern', 'southern', 'eastern', 'western', 'central']);
/** People of a place before "of", where no given name opens the name after it ("residents of Halls Gap"; "residents of Ana Ruiz's street" are hers). */
const DWELLERS_BEFORE_OF = new Set(['residents', 'inhabitants', 'villagers', 'townspeople', 'townsfolk', 'natives']);
/** Seats before "of" that make the name after it a place where no given name opens it ("the riding of Lakeshore North"; "the constituency of Jeremy Corbyn" is his). */
const SEAT_BEFORE_OF = new Set(['riding', 'constituency', 'electorate', 'ward']);
/** Those who hold or seek a seat, before "for" or "in" and its district ("MP for …", "candidate in …"). */
const SEAT_TITLES = new Set(['mp', 'mpp', 'mla', 'mha', 'mna', 'msp', 'td', 'mps', 'mpps', 'mlas', 'msps', 'tds']);
const SEAT_HOLDERS = new Set([...SEAT_TITLES, 'candidate', 'candidates', 'incumbent']);
/** Last words of electoral districts named after a city ("Hamilton Centre", "Oakville East"). */
const DISTRICT_ENDS = new Set(['centre', 'center', 'central', 'north', 'south', 'east', 'west', 'mountain', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Articles of other languages that open the names of papers and broadcasters ("El Universal", "Le Télégramme"). */
const ARTICLE_WORDS = new Set(['el', 'la', 'le', 'il', 'lo', 'los', 'las', 'les', 'der', 'die', 'das', 'de', 'het', 'o']);
/** Verbs before "in" that make the name after it a publication ("published in …", "writing in …"). */
const PUBLISHED_IN = new Set(['published', 'publishes', 'appeared', 'appears', 'writing', 'printed']);
/** Nouns of an appositive after a name that make it a place (", a town in …") or a body (", a charity that …"). */
const PLACE_APPOSITIVE = new Set(['town', 'village', 'city', 'suburb', 'port', 'district', 'province', 'region', 'hamlet', 'municipality', 'island']);
const BODY_APPOSITIVE = new Set(['charity', 'newspaper', 'broadcaster', 'magazine', 'journal', 'group', 'organisation', 'organization', 'union', 'club', 'startup', 'agency', 'nonprofit', 'ngo', 'think-tank', 'website', 'daily']);
/**
 * Companies by their trade (", the hardware start-up backed by …", ", a software company based in
 * …"): a body only where no given name opens the name ("Tom Hale, a one-man company," is a person).
 */
const TRADE_APPOSITIVE = new Set(['start-up', 'startup', 'grocer', 'miner', 'publisher', 'developer', 'operator', 'producer', 'company', 'firm', 'provider', 'supplier', 'maker', 'retailer', 'manufacturer', 'carmaker', 'automaker', 'airline', 'carrier', 'lender', 'insurer', 'bank', 'chain', 'conglomerate', 'utility', 'brand', 'label', 'party', 'band']);
/** A body's modifier of place or backing ("Ottawa-based", "state-owned"). */
const BODY_MODIFIER = /-(?:based|backed|owned|run|listed|operated|funded|controlled|headquartered)$/;
const SAID = new Set(['said', 'says']);
/** Nouns after a possessive name that only a body has ("Oxfam's director", "ClearLedger's board"; a candidate has a website, staff and headquarters). */
const BODY_ONLY_AFTER = new Set(['founder', 'founders', 'ceo', 'board', 'shareholders', 'director', 'directors', 'executive', 'members', 'membership', 'volunteers', 'employees']);
/** Words after an appositive's noun that leave it the head (", a town in …"; not ", a town councillor"). */
const AFTER_APPOSITIVE_HEAD = new Set(['in', 'of', 'near', 'on', 'outside', 'that', 'which', 'where', 'whose', 'who', 'with', 'based', 'founded', 'run', 'and', 'for', 'backed', 'owned', 'headquartered', 'listed', 'known']);
/** Lower-case words that may stand between a possessive body and its office ("WaterAid's country director"). */
export const OFFICE_MODIFIERS = new Set(['country', 'executive', 'regional', 'managing', 'former', 'new', 'interim', 'chief']);

/** The word before a run -> which of the tests above it calls for. */
const BEFORE_CUES = new Map<string, 'body' | 'weak' | 'ship' | 'of' | 'in' | 'near' | 'told' | 'for'>([
  ...[...BODY_BEFORE].map((w) => [w, 'body'] as const),
  ...[...WEAK_BODY_BEFORE].map((w) => [w, 'weak'] as const),
  ...[...SHIP_BEFORE].map((w) => [w, 'ship'] as const),
  ['of', 'of'],
  ['in', 'in'],
  ['near', 'near'],
  ['outside', 'near'],
  ['for', 'for'],
  ['told', 'told'],
]);

/**
 * What the words around a run say it names, where the run's own words cannot tell: 'organization'
 * for a publication, broadcaster, charity, club or company ("the journal …", "published in …",
 * "Oxfam's director", ", a charity"), 'place' for a town ("the town of …", "mayor of …", ", a
 * village in"), 'none' for a ship ("the tanker …"), null when the context says nothing.
 * `conjunct`: a name after "and" may take the place its first conjunct's context makes.
 */
export function contextKind(tokens: Token[], from: number, to: number, conjunct = true): 'organization' | 'place' | 'none' | null {
  const before = from > 0 ? tokens[from - 1] : undefined;
  // one look-up of the word before tells which test applies (most runs have none)
  // (the tests in steps, each a function of its own: V8 compiled the whole again at each branch first taken late)
  const cue = before && before.type === 'word' && !before.cap && !before.possessive ? BEFORE_CUES.get(before.lower) : undefined;
  if (cue !== undefined) {
    const byCue = cueKind(tokens, from, to, cue);
    if (byCue !== null) return byCue;
  }
  // "residents in south Fulton", "farms across northern Tasmania": a part of a place, after a place's preposition
  if (before && !before.cap && COMPASS_PARTS_LOWER.has(before.lower) && from > 1 && PLACE_LEADS.has(tokens[from - 2].lower) && !tokens[to - 1].possessive) return 'place';
  // "Residents of Park Ridge and Logan Central": the second of two names joined by "and" is a place where the first is by its context
  // (the first's own context read without this step: a long list stays linear)
  if (conjunct && before?.lower === 'and' && from >= 3 && tokens[from - 2].cap && !tokens[to - 1].possessive && (!givenFirst(tokens, from, to) || DISTRICT_ENDS.has(tokens[to - 1].lower)) && plainPlaceName(tokens, from, to)) {
    let k = from - 2;
    while (k > 0 && from - 1 - k < MAX_CONJUNCT_WORDS && tokens[k - 1].type === 'word' && tokens[k - 1].cap) k--;
    if (contextKind(tokens, k, from - 1, false) === 'place' || knownPlaceConjunct(tokens, k, from - 1, from)) return 'place';
  }
  if (cue !== undefined) {
    const byCue = laterCueKind(tokens, from, to, cue);
    if (byCue !== null) return byCue;
  }
  return kindAfter(tokens, from, to, before);
}

/**
 * Whether the first of two names joined by "and", [a, b), is a town or a region the lists know
 * (no country: "Canada and Carney"), after a place's preposition or an owner's determiner, and the
 * second, one word at `next`, opens with no given name: "in Scarborough and Etobicoke.", "its
 * Moncton and Dieppe stores" ("in Toronto and Jackson" keeps Jackson undecided).
 */
function knownPlaceConjunct(tokens: Token[], a: number, b: number, next: number): boolean {
  const known = knownLength(tokens, a, b);
  if (!known || known.n !== b - a || (known.kind !== 'place' && known.kind !== 'capital') || genderOfFirstName(tokens[next].base) !== null) return false;
  const lead = a > 0 ? tokens[a - 1] : undefined;
  if (!lead || lead.type !== 'word' || lead.cap) return false;
  // (after a preposition the second name must end the phrase: "in Ottawa and Poilievre said" joins two clauses)
  const after = tokens[next + 1];
  return OWNER_LEADS.has(lead.lower) || (PLACE_LEADS.has(lead.lower) && (!after || (after.type !== 'word' && after.text !== '-')));
}
const PLACE_LEADS = new Set(['in', 'near', 'across', 'around', 'throughout', 'outside', 'between']);
/** Compass words in lower case before a place's name, naming its part ("south Fulton", "northern Luzon"). */
const COMPASS_PARTS_LOWER = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'rural', 'downtown', 'suburban', 'coastal', 'inner', 'outer']);
const OWNER_LEADS = new Set(['its', 'their', 'our']);

/** Whether the run [from, to) is a town, a state or a province the lists know, then one word. */
function townThenWord(tokens: Token[], from: number, to: number): boolean {
  const known = to - from >= 2 ? knownLength(tokens, from, to - 1) : null;
  return !!known && known.n === to - 1 - from && (known.kind === 'place' || known.kind === 'capital');
}

/** Whether the run [from, to) is two words or more and a known given name opens it. */
const givenFirst = (tokens: Token[], from: number, to: number): boolean => to - from > 1 && genderOfFirstName(tokens[from].base) !== null;

/** What the word before the run, `cue` (BEFORE_CUES), says the run [from, to) names, the conjunct's step aside; null when it says nothing. */
function cueKind(tokens: Token[], from: number, to: number, cue: string): 'organization' | 'place' | 'none' | null {
  if (cue === 'body' || (cue === 'weak' && to - from > 1 && !givenFirst(tokens, from, to))) return 'organization';
  // "campaign group River Action", "lobby group Hope Not Hate": a kind of group before it names a body, though a given name opens it
  if (cue === 'weak' && to - from > 1 && from > 1 && tokens[from - 1].lower === 'group' && GROUP_KINDS.has(tokens[from - 2].lower)) return 'organization';
  if (cue === 'ship') return 'none';
  // ("north of Sioux Lookout": a compass point's "of" too)
  // (the word before "of" may open the sentence: "Residents of Park Ridge complained")
  // "Marcus Boateng, 29, of Hamilton": a person's home town after their age
  if (cue === 'of' && ageBefore(tokens, from - 1) && !tokens[to - 1].possessive && plainPlaceName(tokens, from, to)) return 'place';
  if (cue === 'of' && from > 1 && (!tokens[from - 2].cap || from === 2 || tokens[from - 3].type !== 'word') && (PLACE_BEFORE_OF.has(tokens[from - 2].lower) || COMPASS.test(tokens[from - 2].lower) || ((SEAT_BEFORE_OF.has(tokens[from - 2].lower) || DWELLERS_BEFORE_OF.has(tokens[from - 2].lower) || ((PARTS_BEFORE_OF.has(tokens[from - 2].lower) || (tokens[from - 2].lower === 'parts' && PLACE_PARTS_LEADS.has(tokens[from - 3]?.lower ?? ''))) && !tokens[to - 1].possessive && !countryByDemonym.has(tokens[to - 1].lower))) && genderOfFirstName(tokens[from].base) === null)
    // (a given name too opens a town whose people these are, if no possessive makes it someone's: "residents of Park Ridge")
    || (DWELLERS_BEFORE_OF.has(tokens[from - 2].lower) && to - from >= 2 && !tokens[to - 1].possessive && plainPlaceName(tokens, from, to)))) return 'place';
  // "the MP for Hamilton Centre", "the Liberal candidate in Oakville East": a seat in a legislature, an electoral district
  // (a given name may open it only before a district's compass point or "Centre": "Hamilton West"; "candidate for Hillary Clinton" is hers)
  // (and "the member for Clayfield", as Australian papers write the seat's holder; not "a staff member for Maryland Republicans")
  if (((cue === 'for' && (SEAT_TITLES.has(tokens[from - 2]?.lower ?? '') || (tokens[from - 2]?.lower === 'member' && tokens[from - 3]?.lower === 'the'))) || (cue === 'in' && SEAT_HOLDERS.has(tokens[from - 2]?.lower ?? '')))
    && !tokens[to - 1].possessive && plainPlaceName(tokens, from, to) && (!givenFirst(tokens, from, to) || DISTRICT_ENDS.has(tokens[to - 1].lower))) return 'place';
  return null;
}

/** Whether ", 29," (an age between commas), maybe then "both" or "all", stands right before token `at` (", 20, both of Welland"). */
function ageBefore(tokens: Token[], at: number): boolean {
  if (at >= 1 && (tokens[at - 1].lower === 'both' || tokens[at - 1].lower === 'all')) at--;
  return at >= 3 && tokens[at - 1].text === ',' && /^\d{1,3}$/.test(tokens[at - 2].text) && tokens[at - 3].text === ',';
}

/** What `cue` says after the conjunct's step: people in or near a place, a publication, a paper told; null when nothing. */
function laterCueKind(tokens: Token[], from: number, to: number, cue: string): 'organization' | 'place' | null {
  // "Guides in Franz Josef", "farmers near Mount Vernon": people in or near a name are in a place, whatever given names make it
  // (two words or more, none a party's, a nation's or an acronym: "Democrats in Democratic circles", "staff in RNC offices")
  if ((cue === 'in' || cue === 'near') && to - from >= 2 && from > 1 && !tokens[to - 1].possessive && isGroupHead(tokens[from - 2].lower) && plainPlaceName(tokens, from, to)) return 'place';
  // ("appeared in Ana Ruiz's film": a given name first leaves a person, except after "published")
  if (cue === 'in' && from > 1 && PUBLISHED_IN.has(tokens[from - 2].lower) && (tokens[from - 2].lower.startsWith('publish') || !givenFirst(tokens, from, to))) return 'organization';
  // "told El Universal", "told De Volkskrant": a paper named with its article
  if (cue === 'told' && to - from >= 2 && ARTICLE_WORDS.has(tokens[from].lower) && !givenFirst(tokens, from, to)) return 'organization';
  return null;
}

/** What the words after the run [from, to) say it names (a team before its player, a body's office, a town and its state, an appositive); null when nothing. */
function kindAfter(tokens: Token[], from: number, to: number, before: Token | undefined): 'organization' | 'place' | null {
  const given = (): boolean => givenFirst(tokens, from, to);
  const last = tokens[to - 1];
  // "Oilers goaltender Stuart Skinner", "Flames head coach Ryan Huska": a team's name in the plural before one of its players or staff
  const after = tokens[to];
  // (a city that is also a given name still leads: "Dallas Stars goalie …")
  // (or one word after a town the lists know: "Seattle Kraken forward", "Minnesota Wild coach")
  // (the role first: most runs have none after them, and the town's look-up is the dearest test)
  if (after?.type === 'word' && !after.cap && TEAM_ROLES.has(after.lower === 'head' || after.lower === 'assistant' ? (tokens[to + 1]?.lower ?? '') : after.lower) && (/[^s]s$/.test(last.lower) || townThenWord(tokens, from, to)) && (!given() || CITIES.has(tokens[from].lower))) return 'organization';
  // "Cricket Australia chief executive Todd Greenberg", "Ngāi Te Rangi chairman Charlie Tawhiao": an
  // office only a body has, in lower case, then its holder's name (no person has a chairman)
  if (after?.type === 'word' && !after.cap && !last.possessive && officerAfterBody(tokens, from, to) && !given()) return 'organization';
  // "Celtic have been fined", "Arsenal are top": a club or a company as British papers write them
  if (to - from === 1 && after?.type === 'word' && collectiveBodyAt(tokens, from)) return 'organization';
  if (last.possessive) {
    if (given()) return null;
    // "Unite's general secretary": the office of a union or a party
    if (tokens[to]?.lower === 'general' && tokens[to + 1]?.lower === 'secretary') return 'organization';
    return bodyOfficeAt(tokens, to) ? 'organization' : null;
  }
  if (tokens[to]?.text !== ',') return null;
  // "El Paso, Texas,", "Sioux Lookout, Ont.": a town, then its state or province
  // (a given name may open the town after a place's preposition: "moved to Del Rio, Texas,")
  if ((!given() || (before && (PLACE_BEFORE.has(before.lower) || before.lower === 'to'))) && stateAfter(tokens, to + 1)) return 'place';
  // an appositive: ", a town in …", ", a small charity …", ", the newspaper …"
  const det = tokens[to + 1]?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'the') return null;
  for (let k = to + 2; k < Math.min(tokens.length, to + 6); k++) {
    const t = tokens[k];
    // (a place's modifier may be capitalised: ", the Ottawa-based e-commerce firm"; a nation's too: ", the Indonesian airport operator")
    if (t.type !== 'word' || (t.cap && !BODY_MODIFIER.test(t.lower) && !countryByDemonym.has(t.lower))) return null;
    // (the head comes before a preposition: ", a co-founder of the group," is a person's role)
    if (APPOSITIVE_STOPS.has(t.lower)) return null;
    const trade = TRADE_APPOSITIVE.has(t.lower) && genderOfFirstName(tokens[from].base) === null;
    const head = PLACE_APPOSITIVE.has(t.lower) ? 'place' : BODY_APPOSITIVE.has(t.lower) || trade ? 'organization' : null;
    if (!head) continue;
    const next = tokens[k + 1];
    // ("Dexcom, the company said, …": a body's noun as the speaker between commas)
    return !next || next.type !== 'word' || AFTER_APPOSITIVE_HEAD.has(next.lower) || (head === 'organization' && SAID.has(next.lower)) ? head : null;
  }
  return null;
}

/** Prepositions that close an appositive's head ("a co-founder | of the group"). */
const APPOSITIVE_STOPS = new Set(['of', 'at', 'for', 'with', 'from', 'on', 'to', 'by']);

/** The most words of the first of two places joined by "and" that the second's context looks back over. */
const MAX_CONJUNCT_WORDS = 4;

/** Provinces and states as datelines abbreviate them, their stop a token of its own ("Ont.", "Calif."). */
const STATE_ABBREVIATIONS = new Set(['Ont', 'Alta', 'Sask', 'Man', 'Que', 'Nfld', 'Wash', 'Ore', 'Calif', 'Mass', 'Mich', 'Minn', 'Wis', 'Fla', 'Tex', 'Ariz', 'Colo', 'Conn', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Pa', 'Tenn', 'Va', 'Vt', 'Wyo', 'Ala', 'Ark', 'Del', 'Ida']);

/**
 * Whether a US state or a Canadian province opens at token `k` (spelt out or abbreviated with its
 * stop) and ends its phrase: a comma, a stop or the end after it ("El Paso, Texas, on Tuesday").
 */
function stateAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.cap) return false;
  let end = -1;
  if (STATE_ABBREVIATIONS.has(t.text) && tokens[k + 1]?.text === '.' && tokens[k + 1].start === t.end) end = k + 2;
  else {
    const known = knownLength(tokens, k, Math.min(tokens.length, k + 3));
    if (known && known.kind === 'place' && (US_STATES.has(lowerText(tokens, k, k + known.n)) || REGIONS.has(lowerText(tokens, k, k + known.n)))) end = k + known.n;
  }
  if (end < 0) return false;
  const after = tokens[end];
  return !after || after.text === ',' || after.text === '.' || after.type !== 'word';
}

/**
 * Whether the words around a name of no given name show a body ("Crime Stoppers, which …", "a
 * spokeswoman for the Sinn Nua", "the Northline Trains said", "Bay Harvest Growers said its …"):
 * "which" where a person takes "who"; "the" before a name that ends its phrase, as no one's name
 * takes it; a name in the plural ("Trains", "Stoppers") that says "its" or whose plural possessive
 * has an office only a body has ("Northline Trains’ chief executive"). A spokesperson or a
 * statement is no sign: "a spokesman for Reince Priebus", "Priebus said in a statement".
 */
export function bodyAround(tokens: Token[], from: number, to: number): boolean {
  const after = tokens[to];
  if (after?.text === ',' && tokens[to + 1]?.lower === 'which') return true;
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (before?.lower === 'the' && (!after || after.type !== 'word' || (!after.cap && SPEECH_AFTER.has(after.lower)) || (after.lower !== 'who' && endsPhrase(after)))) return true;
  if (!PLURAL_NAME_WORD.test(tokens[to - 1].text) || genderOfFirstName(tokens[to - 1].base) !== null) return false;
  // ("Northline Trains’ chief executive": a plural's possessive mark is a token of its own)
  if (after && (after.text === '’' || after.text === "'") && after.start === tokens[to - 1].end) return bodyOfficeAt(tokens, to + 1);
  // (the name as the subject: "a spokesman for NAME said its …" is the spokesman's)
  const subject = !before || before.type !== 'word' || before.lower === 'and' || before.lower === 'but';
  return subject && !!after && !after.cap && SPEECH_AFTER.has(after.lower) && tokens[to + 1]?.lower === 'its';
}
/** A word in the plural as a body's last word may be ("Trains", "Stoppers", "Growers"). */
const PLURAL_NAME_WORD = /^\p{Lu}\p{Ll}+[^s'’]s$/u;

/** Whether an office only a body has opens at token `k`, after a possessive ("chief executive", "board", "members"). */
function bodyOfficeAt(tokens: Token[], k: number): boolean {
  if (k < tokens.length && OFFICE_MODIFIERS.has(tokens[k].lower) && !tokens[k].cap) k++;
  return k < tokens.length && !tokens[k].cap && BODY_ONLY_AFTER.has(tokens[k].lower);
}

/** Whether [from, to) may be a place's name: no acronym, no party's or nation's word first. */
function plainPlaceName(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from].lower;
  return !PARTY_WORDS.has(first) && !countryByDemonym.has(first) && !innerAcronym(tokens, from, to);
}

/** A team's players and staff, named after the team: "Oilers goaltender …", "Flames head coach …". */
const TEAM_ROLES = new Set([...PLAYER_POSITIONS, 'guard', 'coach', 'captain', 'catcher', 'striker', 'defender', 'manager', 'forward', 'rookie', 'reliever', 'skipper', 'president', 'owner']);

/** Heads before an inner capital that are surname prefixes or particles ("VanderMeer"), over INNER_CAPITAL_HEADS. */
const BRAND_NAME_HEADS = new Set(['vander', 'vonder', 'mac', 'fitz', 'della', 'dela']);

/**
 * A brand's word: one capital inside after a head of three small letters or more that is no
 * surname prefix nor given name (`surnamePlace`: the word stands where a surname would, and the head may be a given name) ("PayLoop", "WaterAid", "ClearLedger"; not "McKenzie", "DeShawn",
 * "MaryAnn"). A company or a body, never a person's name.
 */
export function brandWord(w: string, surnamePlace = false): boolean {
  if (w.length < 6 || !isCapital(w.charCodeAt(0))) return false;
  for (let i = 3; i < w.length - 1; i++) {
    if (!isCapital(w.charCodeAt(i))) continue;
    for (let k = 1; k < i; k++) if (!isSmall(w.charCodeAt(k))) return false;
    const head = w.slice(0, i).toLowerCase();
    // (where a surname stands, after a name's first word, no given name is glued: "Spirit AeroSystems")
    return !INNER_CAPITAL_HEADS.has(head) && !BRAND_NAME_HEADS.has(head) && (surnamePlace || genderOfFirstName(head) === null) && isSmall(w.charCodeAt(i + 1));
  }
  return false;
}

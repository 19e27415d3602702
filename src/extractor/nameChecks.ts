/**
 * Checks of what a run of name words names when it is no person's name, or whether it may be
 * one: page chrome glued into a word, an occupation before a name, a company's context, a wire
 * dateline's city, a clock's zone, a given name before a surname, and the shapes of words in
 * capitals. What the words around a run say it names is read in ./runContext.
 */
import { genderOfFirstName } from './gender';
import { NATIONAL_NOUNS, peopleNoun, LOOSE_POSITIONS } from './lexicon/people';
import { PROVINCIAL_FIELDS } from './lexicon/organisations';
import { baseLower, type Token } from './text';
import { COMMON_CAPITALISED, countryByDemonym, DAYS_AND_MONTHS, GROUP_NOUNS, NON_NAME_WORDS, ORG_HEADS, PARTY_WORDS, PLACE_HEADS, ROLE_NOUNS } from './gazetteer';
import { knownLength } from './knownNames';
import { isAcronym, isNameWord, isWord, MONTH_NAMES, NAME_PARTICLES } from './nameWords';

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
/** Offices a body's name stands before ("L2 president Bruce Willsie", "Q9 spokeswoman …"). */
export const BODY_OFFICES = new Set(['president', 'chief', 'ceo', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'official', 'officials']);
/** Speech verbs right after a name that make it a speaker. */
export const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'announced', 'confirmed', 'stated', 'wrote']);


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

/** /^[A-Z][A-Z'’-]+$/ by a scan of code units, accented capitals counted ("CHRISTIAN DUBÉ", "ÉRIC"). */
function inCapitalLetters(w: string): boolean {
  if (w.length < 2 || !isLatinCapital(w.charCodeAt(0))) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isLatinCapital(c) && c !== 0x27 && c !== 0x2019 && c !== 0x2d) return false;
  }
  return true;
}
/** A capital of Latin-1: A-Z or À-Þ but ×. */
const isLatinCapital = (c: number): boolean => isCapital(c) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

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
 * whose head is no surname prefix, twice or more (one brand's inner capital, "PayPal", stays, and
 * so do the capitals a brand ends in, "WorkSafeBC").
 */
export function gluedWord(w: string): boolean {
  if (w.length < 8) return false;
  let inner = 0;
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isCapital(c) || !isSmall(w.charCodeAt(i - 1)) || !isSmall(w.charCodeAt(i - 2))) continue;
    if (inner === 0 && INNER_CAPITAL_HEADS.has(w.slice(0, i).toLowerCase())) continue;
    // (capitals to the end are a brand's letters, no word glued on: "WorkSafeBC", "WorkSafeNB")
    if (capitalsToEnd(w, i)) break;
    inner++;
  }
  return inner >= 2;
}
const isSmall = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Endings of occupations and offices ("Harbourmaster", "Hydrologist", "Wirtschaftsminister",
 * "Assemblyman", "Librarian"; trades of boats, farms, pools and shops: "Deckhand", "Lifeguard",
 * "Millwright", "Stonemason", "Blacksmith", "Barista", "Seamstress").
 */
const OCCUPATION_ENDING = /(?:master|ologist|ist|minister|man|woman|or|er|ian|hand|guard|wright|mason|smith|ista|stress)$/;
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
  // (or a role noun of the lists whose ending tells nothing: "Playwright Marcus Tan", "Chef Ana Ruiz")
  if (to - i < 3 || to - i > 4 || !t.cap || t.possessive || !((w.length >= 6 && OCCUPATION_ENDING.test(w)) || ROLE_NOUNS.has(w)) || !/^[a-z-]+$/.test(w)) return 0;
  // a demonym is no occupation ("Nigerian Chika Obi"; the gazetteer reads it)
  if (genderOfFirstName(w) !== null || countryByDemonym.has(w) || (!STRONG_OCCUPATION_ENDING.test(w) && genderOfFirstName(tokens[i + 1].base) === null)) return 0;
  // (a body's head with its possessive is one too: "Vancouver Art Gallery's" opens with a city, no occupation)
  for (let k = i + 1; k < to; k++) if (!isNameWord(tokens[k]) || ORG_HEADS.has(baseLower(tokens[k]))) return 0;
  return 1;
}

/** A surname's particle in lower case ("van", "der", "de", "la"). */
const particle = (x: Token): boolean => x.type === 'word' && !x.cap && NAME_PARTICLES.has(x.lower);

/**
 * A noun for a person capitalised before a full name, as at a sentence's start ("Parent Jason
 * Morales said", "Co-author Jean-Pierre Tremblay"): the noun, then a given name and one or two
 * name words. 1 or 0. ("Hunter Biden": no given name follows.) A position that is another word
 * too counts here only ("Forward Mitch Marner", "Guard Kyle Lowry").
 */
export function peopleNounAt(tokens: Token[], i: number, to: number): number {
  const t = tokens[i];
  // (a surname's lower-case particles are no words of the count: "Rancher Marten van der Berg said")
  let particles = 0;
  for (let k = i + 2; k < to - 1; k++) if (particle(tokens[k])) particles++;
  // ("Twelve-year-old Hannah Brouwer said": an age opening the sentence describes the person as a noun would)
  if (to - i - particles < 3 || to - i - particles > 4 || !t.cap || t.possessive || (peopleNoun(t.lower) !== 'singular' && !LOOSE_POSITIONS.has(t.lower) && !AGE_WORD.test(t.lower))) return 0;
  // a noun that is a given name too ("Rider", "Hunter") only before a known given name and a surname:
  // "Rider Daniela Ortiz said" (a given name after a given name opens no one's name)
  if (genderOfFirstName(t.base) !== null && (to - i !== 3 || genderOfFirstName(tokens[i + 1].base) === null)) return 0;
  // (after "former", "fellow", … the noun is a descriptor, whatever given name the lists lack: "former Olympian Shahnaz Qureshi")
  if (genderOfFirstName(tokens[i + 1].base) === null && !(i > 0 && DESCRIPTOR_LEADS.has(tokens[i - 1].lower)) && !opensSpeakerSentence(tokens, i, to)) return 0;
  for (let k = i + 1; k < to; k++) if (!(isNameWord(tokens[k]) || (k > i + 1 && k < to - 1 && particle(tokens[k]))) || ORG_HEADS.has(tokens[k].lower)) return 0;
  return 1;
}

/**
 * "Resident Norm Tremblay, 82, said": a people noun opening a sentence before two name words and
 * then a comma or a speech verb is the person's description, whatever given name the lists lack
 * (not a place of two words, "Volunteer Park Road,"; not a position that is another word too).
 */
function opensSpeakerSentence(tokens: Token[], i: number, to: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[to];
  return (
    to - i === 3 &&
    !LOOSE_POSITIONS.has(tokens[i].lower) &&
    (!before || SENTENCE_ENDS.has(before.text)) &&
    !!after &&
    (after.text === ',' || SPEAKER_VERBS.has(after.lower)) &&
    !PLACE_HEADS.has(tokens[to - 1].lower)
  );
}
const SENTENCE_ENDS = new Set(['.', '!', '?', '—', '–']);
const SPEAKER_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'recalled', 'admitted']);

/** An age as one hyphenated word: "Twelve-year-old", "82-year-old", "Six-month-old". */
const AGE_WORD = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week)-old$/;

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
export const COMPANY_BEFORE = new Set([
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
export const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'at', 'from']);
export const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/;

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
  // ("MEG (TSX: MEG) shares jumped": a company's stock listing, no agency's credit)
  if (next.text === '(') return (isNameWord(tokens[to + 1]) && tokens[to + 2]?.text !== ':') || dateAt(tokens, to + 1);
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

/** Heads before an inner capital that are surname prefixes or particles ("VanderMeer"), over INNER_CAPITAL_HEADS. */
const BRAND_NAME_HEADS = new Set(['vander', 'vonder', 'mac', 'fitz', 'della', 'dela']);

/** Whether `w` is in capitals from index `i` to its end, two letters at least ("IQ" of "HearthIQ"). */
function capitalsToEnd(w: string, i: number): boolean {
  if (w.length - i < 2) return false;
  for (let k = i; k < w.length; k++) if (!isCapital(w.charCodeAt(k))) return false;
  return true;
}

/**
 * A brand's word: one capital inside after a head of three small letters or more that is no
 * surname prefix nor given name (`surnamePlace`: the word stands where a surname would, and the head may be a given name) ("PayLoop", "WaterAid", "ClearLedger"; not "McKenzie", "DeShawn",
 * "MaryAnn"), or capitals after the head to the end ("HearthIQ"). A company or a body, never a person's name.
 */
export function brandWord(w: string, surnamePlace = false): boolean {
  if (w.length < 6 || !isCapital(w.charCodeAt(0))) return false;
  for (let i = 3; i < w.length - 1; i++) {
    if (!isCapital(w.charCodeAt(i))) continue;
    for (let k = 1; k < i; k++) if (!isSmall(w.charCodeAt(k))) return false;
    const head = w.slice(0, i).toLowerCase();
    // (where a surname stands, after a name's first word, no given name is glued: "Spirit AeroSystems")
    // (or capitals to the end, as a brand glues letters on: "HearthIQ", "VoltAI")
    return !INNER_CAPITAL_HEADS.has(head) && !BRAND_NAME_HEADS.has(head) && (surnamePlace || genderOfFirstName(head) === null) && (isSmall(w.charCodeAt(i + 1)) || capitalsToEnd(w, i));
  }
  return false;
}

/**
 * Common words that are common English surnames too and, after a given name, seldom name a
 * place, a body or a day ("Emma Church", "Harjit Law", "Sophie Day", "Jim Tower"); the given names
 * that do make one ("Victoria Day", "Columbus Day", "Grace Church", "Trinity Church") are left out.
 */
const SURNAME_WORDS = new Set(['church', 'law', 'day', 'tower']);
const NAMED_FOR = new Set(['victoria', 'columbus', 'grace', 'trinity', 'christ', 'patrick', 'valentine', 'mary', 'paul', 'peter', 'john', 'james', 'george']);

/** Whether tokens `i`, `i + 1` are a known given name and a SURNAME_WORDS word, no possessive ("Emma Church", not "St. Paul Church" nor "Victoria Day's"). */
export function commonWordSurname(tokens: Token[], i: number): boolean {
  const given = tokens[i];
  const last = tokens[i + 1];
  return last.cap && !last.possessive && SURNAME_WORDS.has(last.lower) && given.cap && !given.possessive && /^[A-Z][a-z]+$/.test(given.text) && !NAMED_FOR.has(given.lower) && genderOfFirstName(given.text) !== null && tokens[i - 1]?.text !== 'St.' && tokens[i - 1]?.lower !== 'saint';
}

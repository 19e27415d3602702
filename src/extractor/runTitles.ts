/**
 * Part of name spans (see ./nameRuns): titles inside a run of capitalised words — the longest
 * title at a token (with a deputy's rank joined by a hyphen, "Vice-Chief", and "-elect" aside),
 * titles that are surnames too ("Mr King"), and a given name right before a title.
 */
import { genderOfFirstName } from './gender';
import { type Token } from './text';
import { CITIES, ORG_HEADS, TITLES } from './gazetteer';
import { firstWords, knownLength, lowerText } from './knownNames';
import { NAME_PARTICLES } from './nameWords';

export const MAX_TITLE_WORDS = 4;
/**
 * First word of every entry -> the most words an entry starting with it has: most tokens fail this
 * check and skip the longer look-ups, and the rest try no phrase longer than the lists hold.
 */
const TITLE_FIRST_WORDS = firstWords(TITLES);

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

/** French courtesy titles as written before a name ("Mme", "Mlle"), by case: "Me" is apart (see titleAt). */
const FRENCH_COURTESY = new Set(['Mme', 'Mme.', 'Mlle', 'Mlle.']);
/** A Quebec lawyer's or notary's courtesy title, short and written out ("Me", "Maître"). */
const LAWYERS_COURTESY = new Set(['Me', 'Maître', 'Maitre']);

/** Longest title starting at token i, as a token count (0 when none). */
export function titleAt(tokens: Token[], i: number, to: number): number {
  // Quebec's courtesy titles before a name: "Mme Julie Roy", and a lawyer's or notary's "Me"
  // (maître, also written out) before a given name only, the English pronoun never is ("Me Too", "Me and Paul")
  if (i + 1 < to && tokens[i + 1].cap && (FRENCH_COURTESY.has(tokens[i].text) || (LAWYERS_COURTESY.has(tokens[i].text) && genderOfFirstName(tokens[i + 1].base) !== null))) return 1;
  // "Then-Sen. Clinton", "then-Secretary of State Kerry": the office held then is a title too
  const then = tokens[i].lower.startsWith('then-') ? 5 : rankPrefix(tokens[i].lower);
  // "CTO-designate Lena Fisk", "Prime Minister-elect …": the office about to be held is a title too
  const longest = TITLE_FIRST_WORDS.get(officeKey(then ? tokens[i].lower.slice(then) : tokens[i].lower));
  // "County Judge-Executive Darnell Hogg", "Secretary-Treasurer Ann Roy": two offices joined by a
  // hyphen, one word, before a name are an office too
  if (longest === undefined && i + 1 < to && tokens[i + 1].cap && joinedOffices(tokens[i])) return 1;
  // "Investigator-in-charge Tom Reyes", "Officer-in-Charge Ana Ruiz": an office's compound over
  // "in", "at" or "of", one word, before a name is that office too
  if (longest === undefined && i + 1 < to && tokens[i + 1].cap && compoundOffice(tokens[i])) return 1;
  // "Owners Jake Morrison and Ana Beltrán spent …", "Co-founders Ann Roe and …": a title in the
  // plural before a given name is the office of the people it names, no word of a name
  if (longest === undefined && i + 1 < to && pluralTitle(tokens[i]) && genderOfFirstName(tokens[i + 1].base) !== null) return 1;
  // (a particle in lower case is none, though its capitals are a title: "Ahmed ag Moussa", "AG Bondi")
  if (longest === undefined || NAME_PARTICLES.has(tokens[i].text)) return 0;
  // "General Confederation of Labour", "General Assembly", "General Electric": the rank as a body's adjective
  if (tokens[i].lower === 'general' && i + 1 < to && tokens[i + 1].cap && ORG_HEADS.has(tokens[i + 1].lower)) return 0;
  // ("The Commodore Hotel", "Commodore Perry Elementary School": a commodore is titled only before a given name, in no body's name)
  if (tokens[i].lower === 'commodore' && (i + 1 >= to || genderOfFirstName(tokens[i + 1].base) === null || ORG_HEADS.has(tokens[to - 1].lower))) return 0;
  // ("Prince George RCMP", "Prince Albert police": a city named with a title's word is no titled person)
  if (i + 1 < to && tokens[i + 1].cap && CITIES.has(lowerText(tokens, i, i + 2))) return 0;
  // ("Dean Brody said": a capitalised dean before one name word alone is a given name; the office
  // stands before a full name, "Dean Jane Smith", or before its faculty)
  if (tokens[i].text === 'Dean' && to - i === 2 && !tokens[i + 1].possessive) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, longest, to - i); n >= 1; n--) {
    if (TITLES.has(officeKey(then ? lowerText(tokens, i, i + n).slice(then) : lowerText(tokens, i, i + n)))) return n;
  }
  return 0;
}

/** Whether a capitalised word is a one-word title in the plural ("Owners", "Co-founders"; not "Judges", a surname as often). */
function pluralTitle(t: Token): boolean {
  if (!t.cap || t.possessive || !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?s$/u.test(t.text)) return false;
  const singular = t.lower.slice(0, -1);
  const rank = rankPrefix(singular);
  return PLURAL_TITLES.has(rank ? singular.slice(rank) : singular);
}

/** Offices of a business or an event that news puts in the plural before the names of their holders ("Owners NAME and NAME"). */
const PLURAL_TITLES = new Set(['owner', 'founder', 'organizer', 'organiser', 'partner', 'chair', 'director', 'producer', 'operator', 'manager', 'coordinator', 'curator', 'publisher', 'proprietor', 'developer']);

/** Whether a capitalised word is two titles' words joined by one hyphen, each capitalised ("Judge-Executive", "Clerk-Treasurer"). */
function joinedOffices(t: Token): boolean {
  const hyphen = t.text.indexOf('-');
  if (hyphen < 2 || !t.cap || hyphen !== t.text.lastIndexOf('-')) return false;
  const second = t.text.slice(hyphen + 1);
  return /^\p{Lu}\p{Ll}/u.test(second) && TITLES.has(t.lower.slice(0, hyphen)) && TITLES.has(second.toLowerCase());
}

/** Whether a capitalised word is a title's compound over "in", "at" or "of" ("Investigator-in-charge", "Attorney-at-Law"). */
function compoundOffice(t: Token): boolean {
  const compound = /^(\p{L}+)-(?:in|at|of)-\p{L}+$/u.exec(t.lower);
  return t.cap && compound !== null && TITLES.has(compound[1]);
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

/** A councillor's style that Australian, British and Canadian papers put before any office a councillor holds ("Cr Mayor …", "Cllr Deputy Mayor …"). */
const COUNCILLOR_STYLES = new Set(['cr', 'cr.', 'cllr', 'cllr.', 'coun', 'coun.', 'clr', 'clr.']);

/** Where the office in the title [from, to) starts: after a councillor's style when another office follows it ("Cr Mayor" is the mayor), else `from`. */
export function courtesyEnd(tokens: Token[], from: number, to: number): number {
  if (to - from < 2 || !COUNCILLOR_STYLES.has(tokens[from].lower)) return from;
  const next = tokens[from + 1].text === '.' && tokens[from + 1].start === tokens[from].end ? from + 2 : from + 1;
  return next < to && tokens[next].cap ? next : from;
}

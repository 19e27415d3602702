/**
 * Names: finds runs of capitalised words in a sentence and tells what each run names: a person
 * (with the title or role before the name), an organisation, a country, a capital, a place, or a
 * lone word still to be resolved against the article's full names.
 */
import { genderOfFirstName } from './gender';
import type { ActorKind } from './types';
import { baseLower, type Token } from './text';
import {
  COMMON_CAPITALISED,
  countryByDemonym,
  countryBySurface,
  NON_NAME_WORDS,
  ORG_HEADS,
  PARTY_WORDS,
  PLACE_HEADS,
  TITLES,
  WEAK_TITLES,
  CONSTITUENCY_TITLES,
  PLACE_PREFIXES,
  DIRECTION_WORDS,
  GROUP_NOUNS,
  HEADLINE_BREAKS,
} from './gazetteer';
import { isParticleSurname, mayOpenParticleSurname } from './nameForms';
import { amongStates, firstWords, knownLength, lowerText, STATE_NAMED_COUNTRIES, type Known } from './knownNames';
import { isAcronym, isLoneName, isNameWord, isWord, monthAsName, monthOpensName, MONTH_NAMES, NAME_PARTICLES, SPEAKER_AFTER } from './nameWords';

export { isAcronym, isLoneName, isNameWord };

const ARTICLES = new Set(['a', 'an', 'the']);

export type EntityType = ActorKind | 'capital' | 'single' | 'role';

export interface Entity {
  type: EntityType;
  /** Token range [from, to) in the paragraph. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Canonical surface: country name for countries and capitals, the name otherwise. */
  name: string;
  surface: string;
  /** For persons: the title phrase inside the run ("NATO Secretary-General"). */
  role?: string;
  /** Country a capital or a demonym-led title points to. */
  country?: string;
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'de', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'al', 'da', 'del', 'di', 'y', 'on']);
const MAX_TITLE_WORDS = 4;
/**
 * First word of every entry -> the most words an entry starting with it has: most tokens fail this
 * check and skip the longer look-ups, and the rest try no phrase longer than the lists hold.
 */
const TITLE_FIRST_WORDS = firstWords(TITLES);

export function surfaceOf(tokens: Token[], from: number, to: number, text: string): { surface: string; start: number; end: number } {
  const start = tokens[from].start;
  const last = tokens[to - 1];
  const end = last.possessive ? last.end - 2 : last.end;
  return { surface: text.slice(start, end), start, end };
}

/** The entity of tokens [a, b), every field set (one shape for the code reading them); `name` is the surface unless given. */
function entity(tokens: Token[], text: string, type: EntityType, a: number, b: number, name?: string, role?: string, country?: string): Entity {
  const { surface, start, end } = surfaceOf(tokens, a, b, text);
  return { type, from: a, to: b, start, end, surface, name: name || surface, role, country };
}

/** Finds the maximal capitalised runs of a sentence, joined over "of", "for", "and" where an organisation or title needs it. */
export function findRuns(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    if (!isNameWord(tokens[i]) && !monthAsName(tokens, i, to, false)) {
      i++;
      continue;
    }
    // Common words ("The", "However", "Last") open sentences and headlines but start no name.
    if ((COMMON_CAPITALISED.has(tokens[i].lower) || HEADLINE_BREAKS.has(tokens[i].lower) || headlineOpener(tokens, i, to)) && !inCapitals(tokens[i].text) && !((knownLength(tokens, i, to)?.n ?? 0) > 1) && !(tokens[i].lower === 'may' && monthOpensName(tokens, i, to))) {
      // ("May" is the one month among the sentence openers: "May Lindgren said" opens a name)
      i++;
      continue;
    }
    let start = i;
    // lower-case particles before a surname belong to it: "… de la Vega told reporters"
    let p = start;
    while (p - 1 >= from && isWord(tokens[p - 1]) && !tokens[p - 1].cap && NAME_PARTICLES.has(tokens[p - 1].lower)) p--;
    if (p < start && !(p - 1 >= from && isWord(tokens[p - 1]) && ARTICLES.has(tokens[p - 1].lower)) && !(runs.length && runs[runs.length - 1][1] === p)) start = p;
    let end = i + 1;
    while (end < to && !tokens[end - 1].possessive) {
      // (a month is a name only capitalised: lower-case words, most of those ending a run, skip the look-up)
      if ((isNameWord(tokens[end]) && !HEADLINE_BREAKS.has(tokens[end].lower)) || (tokens[end].cap && MONTH_NAMES.has(tokens[end].lower) && monthAsName(tokens, end, to, titleAt(tokens, end - 1, end) > 0))) {
        end++;
        continue;
      }
      // a nickname in quotation marks inside a name: Margaret "Peggy" Holloway-Reyes
      if (end + 3 < to && tokens[end].type !== 'word' && QUOTE_MARKS.has(tokens[end].text) && isNameWord(tokens[end + 1]) && QUOTE_MARKS.has(tokens[end + 2].text) && isNameWord(tokens[end + 3]) && genderOfFirstName(tokens[end - 1].base) !== null) {
        end += 4;
        continue;
      }
      // connectors: join only where the words before them make an organisation or a title
      let k = end;
      while (k < to && isWord(tokens[k]) && CONNECTORS.has(tokens[k].lower) && !tokens[k].cap) k++;
      if (k > end && k < to && isNameWord(tokens[k]) && joinAcross(tokens, start, end, k, to)) {
        end = k + 1;
        continue;
      }
      break;
    }
    runs.push([start, end]);
    i = end;
  }
  return runs;
}

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
const NAMES_IN_ING = new Set(['sterling', 'irving', 'channing', 'manning', 'browning', 'harding', 'fielding', 'redding', 'golding', 'kipling', 'cushing', 'spalding', 'fleming', 'keating', 'pershing', 'deming', 'bunning', 'lansing', 'whiting', 'ewing', 'hastings', 'jennings', 'billings', 'cummings', 'downing', 'dowling']);

/**
 * A word before a name that a headline or a slogan puts there, not a given name: a gerund
 * ("Chasing Lorimer"), a past participle ("Embattled Lorimer"), a plural people noun ("Candidates
 * Pat Lorimer").
 */
function headlineOpener(tokens: Token[], i: number, to: number): boolean {
  const w = tokens[i].lower;
  // a past participle as an epithet ("Embattled Lorimer"); "Mohammed" is a given name
  const participle = w.length >= 7 && w.endsWith('ed') && !w.endsWith('med');
  if (!((w.length >= 7 && w.endsWith('ing') && !NAMES_IN_ING.has(w)) || participle || GROUP_NOUNS.has(w))) return false;
  // "Nanjing University", "Kunming Airport": a place's name in -ing before the head of a body or a place
  return i + 1 < to && isNameWord(tokens[i + 1]) && !ORG_HEADS.has(tokens[i + 1].lower) && !PLACE_HEADS.has(tokens[i + 1].lower);
}

/** Words that head a title or a body named with "of" or "for" after them ("Secretary of State", "Bank of England"). */
const HEADS_BEFORE_OF = new Set(['secretary', 'minister', 'chief', 'head', 'director', 'president', 'university', 'bank', 'republic', 'state', 'states', 'school', 'department', 'ministry', 'institute', 'office', 'council', 'board', 'house', 'chamber', 'court', 'league', 'federation', 'church', 'museum', 'college', 'center', 'centre', 'academy']);

function joinAcross(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  const connector = tokens[end].lower;
  const left = tokens[end - 1].lower;
  if (connector === 'of' || connector === 'for' || connector === 'on' || NAME_PARTICLES.has(connector)) {
    if (connector === 'of' || connector === 'for') return ORG_HEADS.has(left) || TITLES.has(left) || HEADS_BEFORE_OF.has(left) || ORG_HEADS.has(tokens[start].lower);
    if (connector === 'on') return tokens[end + 1]?.lower === 'the' || ORG_HEADS.has(left);
    return true;
  }
  // "War On the Rocks": a lower-case article after a capitalised preposition
  if (connector === 'the') return /^(?:On|Of|In|For|At|Under|Over)$/.test(tokens[end - 1].text) || ['of', 'for', 'on'].includes(tokens[end - 1].lower);
  if (connector === 'and' || connector === '&') {
    // "Center for Strategic and International Studies": an "and" inside an organisation name;
    // not "Bank of England and the Institute …" nor "Bank of England and France".
    if (next !== end + 1) return false;
    let k = next;
    while (k < to && isNameWord(tokens[k])) k++;
    if (knownLength(tokens, next, k)?.n === k - next || tokens.slice(next, k - 1).some((t) => ORG_HEADS.has(t.lower))) return false;
    // an organisation's name is a dozen words at most: look back no further (a run of thousands stays linear)
    const left = tokens.slice(Math.max(start, end - 12), end);
    const insideOrg = left.some((t, i) => ORG_HEADS.has(t.lower) && ['for', 'of'].includes(left[i + 1]?.lower ?? ''));
    return insideOrg || (ORG_HEADS.has(tokens[k - 1].lower) && left.some((t) => t.lower === 'for' || t.lower === 'of'));
  }
  return false;
}

/** Longest title starting at token i, as a token count (0 when none). */
export function titleAt(tokens: Token[], i: number, to: number): number {
  const longest = TITLE_FIRST_WORDS.get(tokens[i].lower);
  if (longest === undefined) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, longest, to - i); n >= 1; n--) {
    if (TITLES.has(lowerText(tokens, i, i + n))) return n;
  }
  return 0;
}


/** What a run names, possibly several things: "NATO Secretary-General Jens Stoltenberg" is an organisation and a person. */
export function classifyRun(tokens: Token[], from: number, to: number, text: string): Entity[] {
  const n = to - from;
  if (timeZone(tokens, from, to)) return [];
  // one pass over the run for two rare shapes: a web page's buttons glued between two bylines
  // ("Daniel MaransFlagShareLikeReplyPaige Lavender") part the run, the glued word naming no one;
  // a nickname in quotation marks (Margaret "Peggy" Holloway-Reyes) is one person, named without it
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type !== 'word') {
      const nick = i > from && nicknameAt(tokens, i, to) ? i : -1;
      if (nick < 0) continue;
      const name = `${surfaceOf(tokens, from, nick, text).surface} ${surfaceOf(tokens, nick + 3, to, text).surface}`;
      return [entity(tokens, text, 'person', from, to, name)];
    }
    if (t.text.length < 8 || !gluedWord(t.text)) continue;
    const out = i > from ? classifyRun(tokens, from, i, text) : [];
    if (i + 1 < to) for (const e of classifyRun(tokens, i + 1, to, text)) out.push(e);
    return out;
  }
  const whole = knownLength(tokens, from, to);
  if (whole && whole.n === n) {
    if (whole.kind === 'country' && STATE_NAMED_COUNTRIES.has(lowerText(tokens, from, to)) && amongStates(tokens, from, to)) return [entity(tokens, text, 'place', from, to)];
    if (whole.kind === 'country' || whole.kind === 'capital') return [entity(tokens, text, whole.kind, from, to, whole.name, undefined, whole.name)];
    return [entity(tokens, text, whole.kind, from, to)];
  }
  // A title inside the run: what follows the last title is the person's name.
  let titleEnd = -1;
  let titleStart = -1;
  // a weak title before one word ("Donor Adelson", "State Farm"): the word is only a surname to
  // match with the article's full names, never a person of its own with that title as a role
  let weakLone = false;
  for (let i = from; i < to; i++) {
    const len = titleAt(tokens, i, to) || (i === from ? occupationAt(tokens, i, to) : 0);
    if (!len) continue;
    const weak = WEAK_TITLES.has(lowerText(tokens, i, i + len));
    const lone = weak && to - (i + len) === 1 && nameLike(tokens[i + len]) && !PLACE_HEADS.has(tokens[i + len].lower) && !knownLength(tokens, i + len, to);
    if (!weak || lone || cleanNameAfter(tokens, i + len, to)) {
      if (titleStart < 0) titleStart = i;
      titleEnd = i + len;
      weakLone = lone;
      i += len - 1;
    }
  }
  if (titleEnd > 0) {
    const out: Entity[] = [];
    let nameFrom = titleEnd;
    // "Prime Minister of Japan Kishida Fumio": a known country or organisation after "of".
    // (inside the run only: a line may end in "the office of Secretary of")
    if (nameFrom < to && tokens[nameFrom].lower === 'of') {
      let k = nameFrom + 1;
      if (k < to && tokens[k].lower === 'the') k++;
      const known = knownLength(tokens, k, to);
      if (known) {
        for (const e of classifyRun(tokens, k, k + known.n, text)) out.push(e);
        nameFrom = k + known.n;
      } else {
        nameFrom = to; // "Secretary General of the North Atlantic Treaty Organisation": a role, no name
        const orgFrom = k;
        if (orgFrom < to) for (const e of classifyRun(tokens, orgFrom, to, text)) out.push(e);
      }
    }
    const prefix = titleStart > from ? classifyPrefix(tokens, from, titleStart, text) : [];
    for (const e of prefix) out.push(e);
    // the role keeps the organisation or country named right before the title ("NATO
    // Secretary-General", "Japanese Prime Minister"), not a headline's words before that
    const adjoining = prefix.find((e) => e.to === titleStart && (e.type === 'organization' || e.type === 'country' || e.type === 'capital' || e.type === 'place'));
    // "Harbourview MP": a member's constituency; "Board Chair": the body a chair heads
    const constituency = titleStart > from && CONSTITUENCY_TITLES.has(lowerText(tokens, titleStart, titleEnd)) && prefix.length === 0;
    const body = titleStart > from && ORG_HEADS.has(baseLower(tokens[titleStart - 1]));
    const roleFrom = adjoining
      ? adjoining.from
      : constituency
        ? from
        : body || (titleStart > from && countryByDemonym.has(baseLower(tokens[titleStart - 1])))
          ? titleStart - 1
          : titleStart;
    const nameTokens = tokens.slice(nameFrom, to);
    const role = surfaceOf(tokens, roleFrom, Math.min(nameFrom, to), text).surface;
    if (nameTokens.length >= 1 && nameTokens.length <= 5 && nameTokens.every(nameLike) && isNameWord(nameTokens[nameTokens.length - 1])) {
      const person = entity(tokens, text, 'person', nameFrom, to, undefined, nameFrom > from && !weakLone ? role : undefined);
      // "Mr. Cruz", "Cllr de Souza": a surname alone, to be matched with the article's full names
      if (nameTokens.length === 1 || (mayOpenParticleSurname(nameTokens[0].text) && isParticleSurname(person.surface))) person.type = 'single';
      out.push(person);
      const demonym = titleStart > from ? countryByDemonym.get(lowerText(tokens, from, titleStart)) : undefined;
      if (demonym) person.country = demonym.name;
    } else if (nameFrom >= to) {
      out.push(entity(tokens, text, 'role', from, to, undefined, role));
    }
    return out;
  }
  return classifyUntitled(tokens, from, to, text, whole);
}

/**
 * Whether tokens [from, to) hold a word of three capitals or more: before the last word of a run
 * it makes the run an organisation ("RJR Nabisco", "Priorities USA Action"); as the last word it
 * is an organisation of its own ("Congressional District GOP"), unless a given name opens the run
 * ("Emmanuel MACRON", a surname in capitals as some wires print names).
 */
/** Words before "Time" that make a run a clock's zone ("Eastern Standard Time", "Central European Time", "Pacific Time"), no actor. */
const ZONE_WORDS = new Set(['standard', 'daylight', 'summer', 'mean', 'european', 'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'alaska', 'hawaii', 'universal', 'coordinated']);

function timeZone(tokens: Token[], from: number, to: number): boolean {
  return to - from >= 2 && tokens[to - 1].lower === 'time' && ZONE_WORDS.has(tokens[to - 2].lower);
}

function innerAcronym(tokens: Token[], from: number, to: number): boolean {
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
function nameLike(t: Token): boolean {
  return (isNameWord(t) && !ORG_HEADS.has(t.lower)) || NAME_PARTICLES.has(t.text) || (isWord(t) && t.cap && MONTH_NAMES.has(t.lower));
}

/** Two to four name words that end the run and name a person, not a place, an organisation or a thing: what a weak title needs after it ("State Farm" has none). */
function cleanNameAfter(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  for (let i = from; i < to; i++) if (!nameLike(tokens[i]) || PLACE_HEADS.has(tokens[i].lower)) return false;
  const last = baseLower(tokens[to - 1]);
  if (NON_NAME_WORDS.has(last) || COMMON_CAPITALISED.has(last)) return false;
  return knownLength(tokens, from, to)?.n !== to - from;
}

/** Where a known organisation of two or more words fills [j, to) for some j >= from; -1 when none. */
function knownOrganisationSuffix(tokens: Token[], from: number, to: number): number {
  for (let j = Math.max(from, to - 5); j < to - 1; j++) {
    const known = knownLength(tokens, j, to);
    if (known && known.kind === 'organization' && known.n === to - j) return j;
  }
  return -1;
}

/** The end of a compound modifier before a name ("Indiana-born", "Ohio-based"). */
const COMPOUND_MODIFIER = /-(?:born|based|raised|bred|area|led|backed|owned|run|linked|turned|supporting|style)$/;

/** Prepositions after which a lone unknown capitalised word is a place ("talks in Tromsø"). */
const PLACE_LEAD = new Set(['in', 'near', 'outside']);

/** Lower-case words that may follow a place's name ("in Tromsø on Tuesday"); any other word makes "in X" an adjective ("in Democratic primaries"). */
const AFTER_PLACE = new Set(['on', 'in', 'at', 'and', 'or', 'to', 'for', 'last', 'this', 'next', 'since', 'until', 'with', 'from', 'by', 'after', 'before', 'where', 'when', 'while', 'that', 'which', 'who', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'earlier', 'later', 'today', 'yesterday', 'during', 'as', 'but']);


/** The last words of the place heads of two words ("convention center"): only a run ending in one has its last two words looked up. */
const TWO_WORD_PLACE_HEAD_ENDS = new Set([...PLACE_HEADS].filter((h) => h.split(' ').length === 2).map((h) => h.slice(h.indexOf(' ') + 1)));

/** Words inside a place's name that are never inside a personal name ("… Tower Manila", "… National Doral"). */
const BUILDING_WORDS = new Set(['tower', 'towers', 'plaza', 'hotel', 'resort', 'casino', 'golf', 'links', 'national', 'estates', 'mansion', 'ranch']);

/** The token after a name leaves it a whole noun phrase: punctuation, the end, or a function word. */
function endsPhrase(t: Token | undefined): boolean {
  return !t || t.type !== 'word' || AFTER_PLACE.has(t.lower);
}

/** Every word of [from, to) written in capitals, two letters or more. */
function allCapitals(tokens: Token[], from: number, to: number): boolean {
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
function surfaceText(tokens: Token[], from: number, to: number): string {
  let out = tokens[from].text;
  for (let i = from + 1; i < to; i++) out += ' ' + tokens[i].text;
  return out;
}

/** `e` with the party label and country that words peeled off its run gave, where it has none of its own. */
function tagged(e: Entity, party: string | undefined, country: string | undefined): Entity {
  if (party && (e.type === 'person' || e.type === 'single')) e.role ??= party;
  if (country) e.country ??= country;
  return e;
}

/** Whether a word of [from, to) is a building's ("Tower", "Plaza"). */
function hasBuildingWord(tokens: Token[], from: number, to: number): boolean {
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

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', "''"]);

/** Whether a nickname in quotation marks opens at token i inside a name (`Margaret "Peggy" Holloway-Reyes`), a name word after it. */
function nicknameAt(tokens: Token[], i: number, to: number): boolean {
  return i + 3 < to && QUOTE_MARKS.has(tokens[i].text) && isNameWord(tokens[i + 1]) && QUOTE_MARKS.has(tokens[i + 2].text) && isNameWord(tokens[i + 3]);
}

/** Endings of occupations and offices ("Harbourmaster", "Hydrologist", "Wirtschaftsminister", "Assemblyman"). */
const OCCUPATION_ENDING = /(?:master|ologist|ist|minister|man|woman|or|er)$/;
/** Endings no name has: the full name after them need not open with a known given name. */
const STRONG_OCCUPATION_ENDING = /(?:master|ologist|minister)$/;

/**
 * An occupation or office the title lists lack, before a full name: one capitalised word with an
 * occupation's ending that is no given name ("Harbourmaster Tamsin Achebe"; "Hunter Biden" and
 * "Porter Goss" are names), then two or three name words of which the first is a given name. 1 or 0.
 */
function occupationAt(tokens: Token[], i: number, to: number): number {
  const t = tokens[i];
  const w = t.lower;
  if (to - i < 3 || to - i > 4 || w.length < 6 || !t.cap || t.possessive || !OCCUPATION_ENDING.test(w) || !/^[a-z-]+$/.test(w)) return 0;
  if (genderOfFirstName(w) !== null || (!STRONG_OCCUPATION_ENDING.test(w) && genderOfFirstName(tokens[i + 1].base) === null)) return 0;
  for (let k = i + 1; k < to; k++) if (!isNameWord(tokens[k]) || ORG_HEADS.has(tokens[k].lower)) return 0;
  return 1;
}

/** Words before a name that make it a company's ("investment bank Goldman Sachs", "shares of Harlow Freight"). */
const COMPANY_BEFORE = new Set(['company', 'firm', 'bank', 'giant', 'retailer', 'insurer', 'lender', 'carrier', 'airline', 'conglomerate', 'maker', 'manufacturer', 'automaker', 'carmaker', 'startup', 'subsidiary', 'shipper', 'brokerage']);
/** Words after a name that make it a company's ("Harlow Freight shares", "Harlow Freight Inc"). */
const COMPANY_AFTER = new Set(['shares', 'stock', 'stocks', 'inc', 'inc.', 'corp', 'corp.', 'plc', 'llc', 'ltd', 'ltd.', 'shareholders', 'stockholders']);

/**
 * Whether the words around a name make it a company: a lower-case company noun just before it
 * ("oil giant …", "the firm …"; not "company founder"), "shares of" / "stake in" before it, or
 * "shares", "Inc" or ", the company" after it.
 */
function companyContext(tokens: Token[], from: number, to: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (before && before.type === 'word' && !before.cap && COMPANY_BEFORE.has(before.lower)) return true;
  if (before && (before.lower === 'of' || before.lower === 'in') && from > 1 && ['shares', 'stake', 'stock'].includes(tokens[from - 2].lower)) return true;
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
function pluralPeopleInside(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PLURAL_PEOPLE.has(tokens[i].lower) || GROUP_NOUNS.has(tokens[i].lower)) return true;
  return false;
}

/** A known given name, then one plain name word that is no known name, head or common word ("Jordan Ellis"; not "Georgia Power", "Chad Basin"). */
function givenNameBefore(tokens: Token[], from: number, to: number): boolean {
  const second = tokens[from + 1];
  const w = baseLower(second);
  if (!isNameWord(second) || isAcronym(second) || genderOfFirstName(tokens[from].base) === null) return false;
  if (ORG_HEADS.has(w) || PLACE_HEADS.has(w) || NON_NAME_WORDS.has(w) || COMMON_CAPITALISED.has(w) || GROUP_NOUNS.has(w) || countryByDemonym.has(w) || PARTY_WORDS.has(w)) return false;
  return knownLength(tokens, from + 1, to) === null;
}

/** A Roman numeral after a name or an event ("World War II", "Luther Pate IV"). */
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;

/** Nouns for people in the plural inside a name: a body or a slogan ("Black Girls Rock", "Mothers Against …"), no person. */
const PLURAL_PEOPLE = new Set(['girls', 'boys', 'women', 'men', 'mothers', 'fathers', 'moms', 'dads', 'kids', 'children', 'sisters', 'brothers', 'lives']);

/**
 * A wire dateline's city in capitals at the head of a paragraph ("GDYNIA (Reuters) -",
 * "KINGSTON, Jamaica —", "PORT ALBRIGHT —"): a place.
 */
function datelineCity(tokens: Token[], from: number, to: number): boolean {
  if (from !== 0 || to - from > 3 || !allCapitals(tokens, from, to)) return false;
  const next = tokens[to];
  if (!next || next.type === 'word') return false;
  if (next.text === '(') return isNameWord(tokens[to + 1]);
  if (/^[—–-]+$/.test(next.text)) return true;
  // "KINGSTON, Jamaica —": a capitalised word or two, then a dash
  if (next.text !== ',') return false;
  let k = to + 1;
  while (k < tokens.length && k < to + 4 && isNameWord(tokens[k])) k++;
  return k > to + 1 && k < tokens.length && /^[—–-]+$/.test(tokens[k].text);
}

function classifyPrefix(tokens: Token[], from: number, to: number, text: string): Entity[] {
  const words = lowerText(tokens, from, to);
  if (countryByDemonym.has(words) && !countryBySurface.has(words)) return [];
  return classifyRun(tokens, from, to, text).filter((e) => e.type !== 'single' || isAcronym(tokens[e.from]));
}

function classifyUntitled(
  tokens: Token[],
  from: number,
  to: number,
  text: string,
  /** `knownLength(tokens, from, to)` where the caller has it. */
  known?: Readonly<Known> | null,
): Entity[] {
  const last = tokens[to - 1];
  const lastLower = baseLower(last);
  const twoLast = to - from >= 2 && TWO_WORD_PLACE_HEAD_ENDS.has(lastLower) ? `${tokens[to - 2].lower} ${lastLower}` : '';
  if (datelineCity(tokens, from, to)) return [entity(tokens, text, 'place', from, to)];
  // a section label or a byline in capitals ("FULL TEXT", "JOHN SMITH") names no one
  if (to - from >= 2 && allCapitals(tokens, from, to)) return [];
  // a head word alone ("the Board", "Union", "Park") is a lone word to resolve, not an organisation
  if (to - from === 1 && (ORG_HEADS.has(lastLower) || PLACE_HEADS.has(lastLower)) && !isAcronym(last)) return [entity(tokens, text, 'single', from, to)];
  if (PLACE_HEADS.has(twoLast) || PLACE_HEADS.has(lastLower)) return [entity(tokens, text, 'place', from, to)];
  // Where the run's words are looked at as a whole, the last index that has the property: the
  // leading words are peeled off one by one below, and a test "some word from here on" is then
  // "that index >= from", so a long run costs linear time, not quadratic.
  let orgOf = -1;
  let common = -1;
  let connector = -1;
  let lowerWord = -1;
  let lowerNonParticle = -1;
  for (let i = from; i < to; i++) {
    const w = baseLower(tokens[i]);
    if (i < to - 1 && ORG_HEADS.has(w) && (tokens[i + 1].lower === 'of' || tokens[i + 1].lower === 'for')) orgOf = i;
    // (a month that opens a name, "May Lindgren said", is a given name, not the verb "May")
    if (COMMON_CAPITALISED.has(w) && !CONNECTORS.has(w) && !(i === from && MONTH_NAMES.has(w))) common = i;
    // a capitalised particle is part of a name ("Jason Van Dyke"), not an organisation's connector
    if (CONNECTORS.has(w) && !(tokens[i].cap && NAME_PARTICLES.has(w))) connector = i;
    if (!tokens[i].cap) {
      lowerWord = i;
      if (!NAME_PARTICLES.has(tokens[i].text)) lowerNonParticle = i;
    }
  }
  const out: Entity[] = [];
  let party: string | undefined;
  let country: string | undefined;
  // Leading countries, places, party labels and demonyms are peeled off one at a time (a loop,
  // not recursion: "France France …" ten thousand times must not overflow the stack).
  for (;;) {
    const n = to - from;
    if (ORG_HEADS.has(lastLower) || orgOf >= from) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // an acronym, not a common word in capitals ("THIS", "BUT" in a shouted headline)
    if (n === 1 && isAcronym(last) && !COMMON_CAPITALISED.has(lastLower) && !HEADLINE_BREAKS.has(lastLower)) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // "Centerview Partners", "CORE Teachers": a body named by its members, not a person
    if (n > 1 && GROUP_NOUNS.has(lastLower)) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // Leading country or demonym: "U.S. Congress" is caught above; "Chinese Xi" keeps the name.
    const lead = known !== undefined ? known : knownLength(tokens, from, to);
    known = undefined;
    // "Jordan Ellis", "Chad Porter", "Georgia Lin": a country's or place's name that is also a
    // given name, before one plain name word, is a person's given name
    if (lead && lead.n === 1 && n === 2 && to < tokens.length && SPEAKER_AFTER.has(tokens[to].lower) && givenNameBefore(tokens, from, to)) {
      out.push(tagged(entity(tokens, text, 'person', from, to), party, country));
      return out;
    }
    if (lead && lead.n < n) {
      const isCountry = lead.kind === 'country' || lead.kind === 'capital';
      out.push(tagged(isCountry ? entity(tokens, text, lead.kind, from, from + lead.n, lead.name, undefined, lead.name) : entity(tokens, text, lead.kind, from, from + lead.n), party, country));
      from += lead.n;
      continue;
    }
    const first = baseLower(tokens[from]);
    // "Team Trump", "Team USA": a campaign or a side, not a person
    if (n > 1 && first === 'team') {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // "South Florida", "Northern California"; "San Bruno", "Fort Myers": places, not people
    if (n > 1 && DIRECTION_WORDS.has(first) && knownLength(tokens, from + 1, to)?.n === n - 1) {
      out.push(tagged(entity(tokens, text, 'place', from, to), party, country));
      return out;
    }
    if (n > 1 && n <= 3 && PLACE_PREFIXES.has(first) && !tokens[to - 1].possessive && common < from && connector < from) {
      out.push(tagged(entity(tokens, text, 'place', from, to), party, country));
      return out;
    }
    // "de la Vega", "Van den Berg": a surname with its particles, to be matched with a full name
    if (n > 1 && n <= 5 && NAME_PARTICLES.has(first) && isParticleSurname(surfaceText(tokens, from, to))) {
      out.push(tagged(entity(tokens, text, 'single', from, to), party, country));
      return out;
    }
    // "Republican Donald Trump", "Democrat Bernie Sanders": the party is a role, not part of the name
    if (PARTY_WORDS.has(first) && n > 1) {
      party = tokens[from].text;
      from++;
      continue;
    }
    // "Indiana-born Gonzalo Curiel", "Ohio-based …": a compound modifier, not part of the name
    if (n > 1 && first.includes('-') && COMPOUND_MODIFIER.test(first)) {
      from++;
      continue;
    }
    // "Botox-maker Allergan", "Drone-maker …": what follows a maker is a company
    if (n > 1 && first.endsWith('-maker')) {
      out.push(tagged(entity(tokens, text, 'organization', from + 1, to), party, country));
      return out;
    }
    const demonym = countryByDemonym.get(first);
    if (demonym && n > 1) {
      country = demonym.name;
      from++;
      continue;
    }
    if (demonym) return out;
    // "Obama White House": a known organisation of several words at the end is not part of a name
    const orgAt = n > 2 && n <= 6 ? knownOrganisationSuffix(tokens, from + 1, to) : -1;
    if (orgAt > 0) {
      for (const e of classifyUntitled(tokens, from, orgAt, text)) out.push(tagged(e, party, country));
      out.push(tagged(entity(tokens, text, 'organization', orgAt, to), party, country));
      return out;
    }
    // "in Kirkenes": one unknown word after "in" is a place unless the article names a person by it
    if (n === 1 && !last.possessive && from > 0 && PLACE_LEAD.has(tokens[from - 1].lower) && endsPhrase(to < tokens.length ? tokens[to] : undefined) && isLoneName(last)) out.push(tagged(entity(tokens, text, 'place', from, to), party, country));
    else if (n === 1) out.push(tagged(entity(tokens, text, 'single', from, to), party, country));
    else if (NON_NAME_WORDS.has(lastLower) || common >= from) return out;
    // "World War II": an event's name and its number; "African American", "Karabakh Armenians": a people
    else if (last.text.length <= 4 && ROMAN.test(last.text) && NON_NAME_WORDS.has(baseLower(tokens[to - 2]))) return out;
    else if ((n === 2 && DIRECTION_WORDS.has(first) && countryByDemonym.has(lowerText(tokens, from, to))) || (countryByDemonym.has(lastLower) || (lastLower.endsWith('s') && countryByDemonym.has(lastLower.slice(0, -1)))) && genderOfFirstName(tokens[from].base) === null) return out;
    else if (pluralPeopleInside(tokens, from, to - 1) || (companyContext(tokens, from, to) && genderOfFirstName(tokens[from].base) === null)) out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
    // "Lorimer Tower Caracas", "Lorimer National Sedona": a building or resort named after its owner, then its city
    else if (n > 2 && hasBuildingWord(tokens, from + 1, to - 1)) out.push(tagged(entity(tokens, text, 'place', from, to), party, country));
    else if (lowerWord >= from && lowerNonParticle < from) out.push(tagged(entity(tokens, text, 'person', from, to), party, country));
    else if (connector >= from || innerAcronym(tokens, from, to - 1)) out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
    // "… District GOP", "Visiting NATO": a closing acronym is an organisation of its own
    else if (innerAcronym(tokens, to - 1, to) && genderOfFirstName(tokens[from].base) === null) {
      for (const e of classifyUntitled(tokens, from, to - 1, text)) out.push(tagged(e, party, country));
      out.push(tagged(entity(tokens, text, 'organization', to - 1, to), party, country));
    }
    else out.push(tagged(entity(tokens, text, 'person', from, to), party, country));
    return out;
  }
}


/**
 * Names: finds runs of capitalised words in a sentence and tells what each run names: a person
 * (with the title or role before the name), an organisation, a country, a capital, a place, or a
 * lone word still to be resolved against the article's full names.
 */
import type { ActorKind } from './types';
import { baseLower, type Token } from './text';
import {
  CITIES,
  COMMON_CAPITALISED,
  countryByCapital,
  countryByDemonym,
  countryBySurface,
  DAYS_AND_MONTHS,
  KNOWN_ORGS,
  NON_NAME_WORDS,
  ORG_HEADS,
  PARTY_WORDS,
  PLACE_HEADS,
  REGIONS,
  TITLES,
  US_STATES,
  WEAK_TITLES,
  CONSTITUENCY_TITLES,
  PLACE_PREFIXES,
  DIRECTION_WORDS,
  GROUP_NOUNS,
} from './gazetteer';
import { isParticleSurname } from './nameForms';

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
/** Lower-case particles inside personal names: "Ursula von der Leyen", "Ahmed bin Salman". */
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'del', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al']);
const firstWords = (...sets: Iterable<string>[]): Set<string> => {
  const out = new Set<string>();
  for (const set of sets) for (const entry of set) out.add(entry.split(' ')[0]);
  return out;
};
/** First words of every multi-word entry: most tokens fail this check and skip the longer look-ups. */
const TITLE_FIRST_WORDS = firstWords(TITLES);
const KNOWN_FIRST_WORDS = firstWords(countryBySurface.keys(), KNOWN_ORGS, REGIONS, US_STATES, CITIES, countryByCapital.keys());

const isWord = (t: Token | undefined): t is Token => !!t && t.type === 'word';
const ARTICLES = new Set(['a', 'an', 'the']);

/** Adverbs in -ly that open sentences ("Luckily", "Separately", "Early"); names in -ly are not this shape ("Kelly", "Reilly", "Emily" is listed). */
const ADVERB_LY = /(?:ally|[^m]ily|ously|fully|ably|ibly|ively|ently|antly|edly|ingly|ately|lessly|[ct]ly|[^e]rly|[dkgwnps]ly|ghtly|arly)$/;
const NAMES_LIKE_ADVERBS = new Set(['emily', 'lily', 'cecily', 'kimberly', 'beverly', 'waverly', 'everly', 'connolly', 'manly', 'barkly', 'shapely', 'priestly']);

/** A capitalised word that can belong to a name (not a month, not a number, not an adverb in -ly). */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t) || !t.cap) return false;
  if (t.lower.length > 4 && t.lower.endsWith('ly') && ADVERB_LY.test(t.lower) && !NAMES_LIKE_ADVERBS.has(t.lower)) return false;
  return !DAYS_AND_MONTHS.has(t.lower) && !DAYS_AND_MONTHS.has(baseLower(t));
}

/**
 * A lone capitalised word that can be a person known by one name: not a party label
 * ("Republican"), a demonym ("Americans") or a plural people noun ("Landlords said").
 */
export function isLoneName(t: Token | undefined): boolean {
  if (!t || !isNameWord(t)) return false;
  const w = baseLower(t);
  return !PARTY_WORDS.has(w) && !GROUP_NOUNS.has(w) && !countryByDemonym.has(w) && !countryByDemonym.has(w.replace(/s$/, '')) && !NON_NAME_WORDS.has(w);
}

/** Months that are also given names ("Ms. May Tan", "April Mellody"). */
const MONTH_NAMES = new Set(['april', 'may', 'june']);
/** Words before a month that make it a date ("in May", "since June", "last April"). */
const DATE_LEAD = new Set(['in', 'on', 'since', 'by', 'until', 'till', 'through', 'during', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'before', 'after', 'from', 'to', 'and', 'or', 'each', 'every', 'that']);

/** A month word that is a given name here: after a title ("Ms. May Tan") or before a surname, not after a preposition or a number. */
function monthAsName(tokens: Token[], i: number, to: number, afterTitle: boolean): boolean {
  const t = tokens[i];
  if (!isWord(t) || !t.cap || !MONTH_NAMES.has(t.lower)) return false;
  const next = tokens[i + 1];
  if (!(i + 1 < to && isNameWord(next) && !next.possessive && !/^\d/.test(next.text))) return false;
  if (afterTitle) return true;
  const prev = tokens[i - 1];
  return !prev || prev.type !== 'word' || (!DATE_LEAD.has(prev.lower) && !/^\d/.test(prev.text));
}

export function surfaceOf(tokens: Token[], from: number, to: number, text: string): { surface: string; start: number; end: number } {
  const start = tokens[from].start;
  const last = tokens[to - 1];
  const end = last.possessive ? last.end - 2 : last.end;
  return { surface: text.slice(start, end), start, end };
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
    const acronym = tokens[i].text.length > 1 && tokens[i].text === tokens[i].text.toUpperCase();
    if (COMMON_CAPITALISED.has(tokens[i].lower) && !acronym && !((knownLength(tokens, i, to)?.n ?? 0) > 1)) {
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
      if (isNameWord(tokens[end]) || monthAsName(tokens, end, to, titleAt(tokens, end - 1, end) > 0)) {
        end++;
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

function joinAcross(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  const connector = tokens[end].lower;
  const left = tokens[end - 1].lower;
  if (connector === 'of' || connector === 'for' || connector === 'on' || NAME_PARTICLES.has(connector)) {
    if (connector === 'of' || connector === 'for') return ORG_HEADS.has(left) || TITLES.has(left) || /^(?:secretary|minister|chief|head|director|president|university|bank|republic|state|states|school|department|ministry|institute|office|council|board|house|chamber|court|league|federation|church|museum|college|center|centre|academy)$/.test(left) || ORG_HEADS.has(tokens[start].lower);
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
    const left = tokens.slice(start, end);
    const insideOrg = left.some((t, i) => ORG_HEADS.has(t.lower) && ['for', 'of'].includes(left[i + 1]?.lower ?? ''));
    return insideOrg || (ORG_HEADS.has(tokens[k - 1].lower) && left.some((t) => t.lower === 'for' || t.lower === 'of'));
  }
  return false;
}

/** The words [from, to) in lower case, the last without its possessive: how the gazetteers key names. */
function lowerText(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to - 1; i++) out += tokens[i].lower + ' ';
  return out + baseLower(tokens[to - 1]);
}

/** Longest title starting at token i, as a token count (0 when none). */
export function titleAt(tokens: Token[], i: number, to: number): number {
  if (!TITLE_FIRST_WORDS.has(tokens[i].lower)) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, to - i); n >= 1; n--) {
    if (TITLES.has(lowerText(tokens, i, i + n))) return n;
  }
  return 0;
}

function knownLength(tokens: Token[], i: number, to: number): { n: number; kind: EntityType; name: string } | null {
  const first = tokens[i];
  if (!KNOWN_FIRST_WORDS.has(first.lower) && !KNOWN_FIRST_WORDS.has(baseLower(first))) return null;
  for (let n = Math.min(5, to - i); n >= 1; n--) {
    const key = lowerText(tokens, i, i + n);
    const country = countryBySurface.get(key);
    if (country) return { n, kind: 'country', name: country.name };
    if (KNOWN_ORGS.has(key)) return { n, kind: 'organization', name: '' };
    if (REGIONS.has(key) || US_STATES.has(key) || CITIES.has(key)) return { n, kind: 'place', name: '' };
    const capital = countryByCapital.get(key);
    if (capital) return { n, kind: 'capital', name: capital.name };
  }
  return null;
}

export function isAcronym(t: Token): boolean {
  return /^[A-Z][A-Z0-9&]{1,7}$/.test(t.base) && /[A-Z].*[A-Z]|[A-Z][0-9]/.test(t.base);
}

/** What a run names, possibly several things: "NATO Secretary-General Jens Stoltenberg" is an organisation and a person. */
export function classifyRun(tokens: Token[], from: number, to: number, text: string): Entity[] {
  const make = (type: EntityType, a: number, b: number, extra: Partial<Entity> = {}): Entity => {
    const { surface, start, end } = surfaceOf(tokens, a, b, text);
    return { type, from: a, to: b, start, end, surface, name: extra.name || surface, ...extra };
  };
  const n = to - from;
  const whole = knownLength(tokens, from, to);
  if (whole && whole.n === n) {
    if (whole.kind === 'country' || whole.kind === 'capital') return [make(whole.kind, from, to, { name: whole.name, country: whole.name })];
    return [make(whole.kind, from, to)];
  }
  // A title inside the run: what follows the last title is the person's name.
  let titleEnd = -1;
  let titleStart = -1;
  for (let i = from; i < to; i++) {
    const len = titleAt(tokens, i, to);
    if (len && (!WEAK_TITLES.has(lowerText(tokens, i, i + len)) || cleanNameAfter(tokens, i + len, to))) {
      if (titleStart < 0) titleStart = i;
      titleEnd = i + len;
      i += len - 1;
    }
  }
  if (titleEnd > 0) {
    const out: Entity[] = [];
    let nameFrom = titleEnd;
    // "Prime Minister of Japan Kishida Fumio": a known country or organisation after "of".
    if (tokens[nameFrom]?.lower === 'of') {
      let k = nameFrom + 1;
      if (tokens[k]?.lower === 'the') k++;
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
      const person = make('person', nameFrom, to, { role: nameFrom > from ? role : undefined });
      // "Mr. Cruz", "Cllr de Souza": a surname alone, to be matched with the article's full names
      if (nameTokens.length === 1 || isParticleSurname(person.surface)) person.type = 'single';
      out.push(person);
      const demonym = titleStart > from ? countryByDemonym.get(lowerText(tokens, from, titleStart)) : undefined;
      if (demonym) person.country = demonym.name;
    } else if (nameFrom >= to) {
      out.push(make('role', from, to, { role }));
    }
    return out;
  }
  return classifyUntitled(tokens, from, to, make);
}

/** A word that can stand in a personal name after a title: a capitalised name word (or a month that is a given name, "Ms. May Tan"), or a particle. */
function nameLike(t: Token): boolean {
  return (isNameWord(t) && !ORG_HEADS.has(t.lower)) || NAME_PARTICLES.has(t.text) || (isWord(t) && t.cap && MONTH_NAMES.has(t.lower));
}

/** One to four name words that end the run and name a person, not a place, an organisation or a thing: what a weak title needs after it. */
function cleanNameAfter(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let i = from; i < to; i++) if (!nameLike(tokens[i]) || PLACE_HEADS.has(tokens[i].lower)) return false;
  const last = baseLower(tokens[to - 1]);
  if (NON_NAME_WORDS.has(last) || COMMON_CAPITALISED.has(last)) return false;
  return knownLength(tokens, from, to)?.n !== to - from;
}

/** Prepositions after which a lone unknown capitalised word is a place ("talks in Tromsø"). */
const PLACE_LEAD = new Set(['in', 'near', 'outside']);

/** Every word of [from, to) written in capitals, two letters or more. */
function allCapitals(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/^[A-Z][A-Z'’-]+$/.test(tokens[i].text)) return false;
  return true;
}

/** The words [from, to) joined by single spaces (the run's surface without the text at hand). */
function surfaceText(tokens: Token[], from: number, to: number): string {
  let out = tokens[from].text;
  for (let i = from + 1; i < to; i++) out += ' ' + tokens[i].text;
  return out;
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
  make: (type: EntityType, a: number, b: number, extra?: Partial<Entity>) => Entity,
): Entity[] {
  const last = tokens[to - 1];
  const lastLower = baseLower(last);
  const twoLast = to - from >= 2 ? `${tokens[to - 2].lower} ${lastLower}` : '';
  // a section label or a byline in capitals ("FULL TEXT", "JOHN SMITH") names no one
  if (to - from >= 2 && allCapitals(tokens, from, to)) return [];
  // a head word alone ("the Board", "Union", "Park") is a lone word to resolve, not an organisation
  if (to - from === 1 && (ORG_HEADS.has(lastLower) || PLACE_HEADS.has(lastLower)) && !isAcronym(last)) return [make('single', from, to)];
  if (PLACE_HEADS.has(twoLast) || PLACE_HEADS.has(lastLower)) return [make('place', from, to)];
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
    if (COMMON_CAPITALISED.has(w) && !CONNECTORS.has(w)) common = i;
    if (CONNECTORS.has(w)) connector = i;
    if (!tokens[i].cap) {
      lowerWord = i;
      if (!NAME_PARTICLES.has(tokens[i].text)) lowerNonParticle = i;
    }
  }
  const out: Entity[] = [];
  let party: string | undefined;
  let country: string | undefined;
  const push = (e: Entity): void => {
    if (party && (e.type === 'person' || e.type === 'single')) e.role ??= party;
    if (country) e.country ??= country;
    out.push(e);
  };
  // Leading countries, places, party labels and demonyms are peeled off one at a time (a loop,
  // not recursion: "France France …" ten thousand times must not overflow the stack).
  for (;;) {
    const n = to - from;
    if (ORG_HEADS.has(lastLower) || orgOf >= from) {
      push(make('organization', from, to));
      return out;
    }
    if (n === 1 && isAcronym(last)) {
      push(make('organization', from, to));
      return out;
    }
    // Leading country or demonym: "U.S. Congress" is caught above; "Chinese Xi" keeps the name.
    const lead = knownLength(tokens, from, to);
    if (lead && lead.n < n) {
      const isCountry = lead.kind === 'country' || lead.kind === 'capital';
      push(isCountry ? make(lead.kind, from, from + lead.n, { name: lead.name, country: lead.name }) : make(lead.kind, from, from + lead.n));
      from += lead.n;
      continue;
    }
    const first = baseLower(tokens[from]);
    // "South Florida", "Northern California"; "San Bruno", "Fort Myers": places, not people
    if (n > 1 && DIRECTION_WORDS.has(first) && knownLength(tokens, from + 1, to)?.n === n - 1) {
      push(make('place', from, to));
      return out;
    }
    if (n > 1 && PLACE_PREFIXES.has(first) && !tokens[to - 1].possessive) {
      push(make('place', from, to));
      return out;
    }
    // "de la Vega", "Van den Berg": a surname with its particles, to be matched with a full name
    if (n > 1 && n <= 5 && NAME_PARTICLES.has(first) && isParticleSurname(surfaceText(tokens, from, to))) {
      push(make('single', from, to));
      return out;
    }
    // "Republican Donald Trump", "Democrat Bernie Sanders": the party is a role, not part of the name
    if (PARTY_WORDS.has(first) && n > 1) {
      party = tokens[from].text;
      from++;
      continue;
    }
    const demonym = countryByDemonym.get(first);
    if (demonym && n > 1) {
      country = demonym.name;
      from++;
      continue;
    }
    if (demonym) return out;
    // "in Kirkenes": one unknown word after "in" is a place unless the article names a person by it
    if (n === 1 && !last.possessive && PLACE_LEAD.has(tokens[from - 1]?.lower ?? '') && !(tokens[to] && isNameWord(tokens[to]))) push(make('place', from, to));
    else if (n === 1) push(make('single', from, to));
    else if (NON_NAME_WORDS.has(lastLower) || common >= from) return out;
    else if (lowerWord >= from && lowerNonParticle < from) push(make('person', from, to));
    else if (connector >= from) push(make('organization', from, to));
    else push(make('person', from, to));
    return out;
  }
}

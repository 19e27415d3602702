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
} from './gazetteer';

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

/** A capitalised word that can belong to a name (not a month, not a number). */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t) || !t.cap) return false;
  return !DAYS_AND_MONTHS.has(t.lower) && !DAYS_AND_MONTHS.has(baseLower(t));
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
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    // Common words ("The", "However", "Last") open sentences and headlines but start no name.
    const acronym = tokens[i].text.length > 1 && tokens[i].text === tokens[i].text.toUpperCase();
    if (COMMON_CAPITALISED.has(tokens[i].lower) && !acronym && !((knownLength(tokens, i, to)?.n ?? 0) > 1)) {
      i++;
      continue;
    }
    const start = i;
    let end = start + 1;
    while (end < to && !tokens[end - 1].possessive) {
      if (isNameWord(tokens[end])) {
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
  if (connector === 'of' || connector === 'for' || connector === 'on' || connector === 'de' || connector === 'del' || connector === 'da' || connector === 'di' || connector === 'van' || connector === 'von' || connector === 'bin' || connector === 'al') {
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
  // "… the office of Secretary of" at the end of a line: nothing after "of"
  if (i >= to) return null;
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
    if (len) {
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
        out.push(...classifyRun(tokens, k, k + known.n, text));
        nameFrom = k + known.n;
      } else {
        nameFrom = to; // "Secretary General of the North Atlantic Treaty Organisation": a role, no name
        const orgFrom = k;
        if (orgFrom < to) out.push(...classifyRun(tokens, orgFrom, to, text));
      }
    }
    const prefix = titleStart > from ? classifyPrefix(tokens, from, titleStart, text) : [];
    out.push(...prefix);
    // the role keeps the organisation or country named right before the title ("NATO
    // Secretary-General", "Japanese Prime Minister"), not a headline's words before that
    const adjoining = prefix.find((e) => e.to === titleStart && (e.type === 'organization' || e.type === 'country' || e.type === 'capital' || e.type === 'place'));
    const roleFrom = adjoining ? adjoining.from : titleStart > from && countryByDemonym.has(baseLower(tokens[titleStart - 1])) ? titleStart - 1 : titleStart;
    const nameTokens = tokens.slice(nameFrom, to);
    const role = surfaceOf(tokens, roleFrom, Math.min(nameFrom, to), text).surface;
    const nameLike = (t: Token): boolean => (isNameWord(t) && !ORG_HEADS.has(t.lower)) || NAME_PARTICLES.has(t.text);
    if (nameTokens.length >= 1 && nameTokens.length <= 5 && nameTokens.every(nameLike) && isNameWord(nameTokens[nameTokens.length - 1])) {
      const person = make('person', nameFrom, to, { role: nameFrom > from ? role : undefined });
      if (nameTokens.length === 1) person.type = 'single';
      out.push(person);
      const demonym = titleStart > from ? countryByDemonym.get(lowerText(tokens, from, titleStart)) : undefined;
      if (demonym) person.country = demonym.name;
    } else if (nameFrom >= to) {
      out.push(make('role', from, to, { role }));
    }
    return out;
  }
  return classifyUntitled(tokens, from, to, text, make);
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
  make: (type: EntityType, a: number, b: number, extra?: Partial<Entity>) => Entity,
): Entity[] {
  const last = tokens[to - 1];
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(baseLower(tokens[i]));
  const lastLower = words[words.length - 1];
  const twoLast = to - from >= 2 ? `${tokens[to - 2].lower} ${lastLower}` : '';
  if (PLACE_HEADS.has(twoLast) || PLACE_HEADS.has(lastLower)) return [make('place', from, to)];
  if (ORG_HEADS.has(lastLower) || words.slice(0, -1).some((w, i) => ORG_HEADS.has(w) && ['of', 'for'].includes(words[i + 1]))) {
    return [make('organization', from, to)];
  }
  if (to - from === 1 && isAcronym(last)) return [make('organization', from, to)];
  // Leading country or demonym: "U.S. Congress" is caught above; "Chinese Xi" keeps the name.
  const lead = knownLength(tokens, from, to);
  if (lead && lead.n < to - from) {
    const rest = classifyUntitled(tokens, from + lead.n, to, text, make);
    const leadEntity = lead.kind === 'country' || lead.kind === 'capital' ? [make(lead.kind, from, from + lead.n, { name: lead.name, country: lead.name })] : [make(lead.kind, from, from + lead.n)];
    return [...leadEntity, ...rest];
  }
  // "Republican Donald Trump", "Democrat Bernie Sanders": the party is a role, not part of the name
  if (PARTY_WORDS.has(words[0]) && to - from > 1) {
    const party = tokens[from].text;
    return classifyUntitled(tokens, from + 1, to, text, make).map((e) => (e.type === 'person' || e.type === 'single' ? { ...e, role: e.role ?? party } : e));
  }
  const demonym = countryByDemonym.get(words[0]);
  if (demonym && to - from > 1) {
    return classifyUntitled(tokens, from + 1, to, text, make).map((e) => ({ ...e, country: e.country ?? demonym.name }));
  }
  if (demonym) return [];
  if (to - from === 1) return [make('single', from, to)];
  if (NON_NAME_WORDS.has(lastLower) || words.some((w) => COMMON_CAPITALISED.has(w) && !CONNECTORS.has(w))) return [];
  const inner = tokens.slice(from, to).filter((t) => !t.cap);
  if (inner.length && inner.every((t) => NAME_PARTICLES.has(t.text))) return [make('person', from, to)];
  if (words.some((w) => CONNECTORS.has(w))) return [make('organization', from, to)];
  return [make('person', from, to)];
}


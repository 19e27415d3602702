/**
 * Names: finds runs of capitalised words in a sentence and tells what each run names: a person
 * (with the title or role before the name), an organisation, a country, a capital, a place, or a
 * lone word still to be resolved against the article's full names.
 */
import { genderOfFirstName } from './gender';
import type { ActorKind } from './types';
import { baseLower, type Token } from './text';
import {
  CITIES,
  CLUB_HEADS,
  COMMON_CAPITALISED,
  countryByDemonym,
  countryBySurface,
  NON_NAME_WORDS,
  ORG_HEADS,
  PARTY_WORDS,
  PLACE_HEADS,
  WEAK_TITLES,
  CLASS_YEARS,
  CONSTITUENCY_TITLES,
  PLACE_PREFIXES,
  DIRECTION_WORDS,
  GROUP_NOUNS,
  HEADLINE_BREAKS,
  ROLE_NOUNS,
  REGIONS,
} from './gazetteer';
import { isParticleSurname, mayOpenParticleSurname } from './nameForms';
import { BODY_FIELDS, FOREIGN_ACADEMY_WORDS, NEWSPAPER_WORDS } from './lexicon/organisations';
import { peopleNoun } from './lexicon/people';
import { amongStates, knownLength, lowerText, STATE_NAMED_COUNTRIES, type Known } from './knownNames';
import { isAcronym, isLoneName, isNameWord, MONTH_NAMES, NAME_PARTICLES, SPEAKER_AFTER } from './nameWords';
import { CONNECTORS, nicknameEnd, titleAt } from './nameRuns';
import {
  allCapitals,
  bodyAround,
  brandWord,
  cleanNameAfter,
  codeWord,
  companyContext,
  contextKind,
  datelineCity,
  endsPhrase,
  givenNameBefore,
  gluedWord,
  hasBuildingWord,
  innerAcronym,
  knownOrganisationSuffix,
  nameLike,
  nationalNounAt,
  occupationAt,
  peopleNounAt,
  placeWithRoyalTitle,
  pluralPeopleInside,
  surfaceText,
  timeZone,
} from './nameChecks';

export { isAcronym, isLoneName, isNameWord };
export { findRuns, titleAt } from './nameRuns';
export { gluedWord } from './nameChecks';

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


/** What a run names, possibly several things: "NATO Secretary-General Jens Stoltenberg" is an organisation and a person. */
export function classifyRun(tokens: Token[], from: number, to: number, text: string): Entity[] {
  if (timeZone(tokens, from, to) || codeWord(tokens, from, to)) return [];
  // "Jonathan Adebayo KC", "Janet Cole MP": letters after a name are an honour or an office, not the name
  if (to - from >= 2 && POST_NOMINALS.has(tokens[to - 1].text) && !isAcronym(tokens[to - 2])) return classifyRun(tokens, from, to - 1, text);
  const n = to - from;
  // one pass over the run for two rare shapes: a web page's buttons glued between two bylines
  // ("Daniel MaransFlagShareLikeReplyPaige Lavender") part the run, the glued word naming no one;
  // a nickname in quotation marks (Margaret "Peggy" Holloway-Reyes) is one person, named without it
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.type !== 'word') {
      const close = i > from ? nicknameEnd(tokens, i, to) : -1;
      if (close < 0) continue;
      return nicknamed(tokens, from, i, close, to, text);
    }
    if (t.text.length < 8 || !gluedWord(t.text)) continue;
    const out = i > from ? classifyRun(tokens, from, i, text) : [];
    if (i + 1 < to) for (const e of classifyRun(tokens, i + 1, to, text)) out.push(e);
    return out;
  }
  // a dateline's city is where the article was filed, not a government that speaks ("BERLIN, 21 March")
  if (datelineCity(tokens, from, to) || placeWithRoyalTitle(tokens, from, to)) return [entity(tokens, text, 'place', from, to)];
  const whole = knownLength(tokens, from, to);
  if (whole && whole.n === n) {
    if (whole.kind === 'country' && STATE_NAMED_COUNTRIES.has(lowerText(tokens, from, to)) && amongStates(tokens, from, to)) return [entity(tokens, text, 'place', from, to)];
    if (whole.kind === 'country' || whole.kind === 'capital') return [entity(tokens, text, whole.kind, from, to, whole.name, undefined, whole.name)];
    return [entity(tokens, text, whole.kind, from, to)];
  }
  // a known company and its legal suffix ("General Motors Co", "General Mills Inc"): one body, whatever title its first word is
  if (whole && whole.kind === 'organization' && whole.n === n - 1 && COMPANY_SUFFIXES.has(tokens[to - 1].lower)) return [entity(tokens, text, 'organization', from, to)];
  // A title inside the run: what follows the last title is the person's name.
  let titleEnd = -1;
  let titleStart = -1;
  // a weak title before one word ("Donor Adelson", "State Farm"): the word is only a surname to
  // match with the article's full names, never a person of its own with that title as a role
  let weakLone = false;
  for (let i = from; i < to; i++) {
    const len = titleAt(tokens, i, to) || (i === from ? occupationAt(tokens, i, to) || peopleNounAt(tokens, i, to) || nationalNounAt(tokens, i, to) || donAt(tokens, i, to) : 0);
    if (!len) continue;
    // a title word ending the run after a given name is a surname ("Catherine King", "Mark Bishop")
    if (i + len === to && len === 1 && i > from && genderOfFirstName(tokens[i - 1].base) !== null && !titleAt(tokens, i - 1, i)) continue;
    if (len === 1 && CLASS_YEARS.has(tokens[i].lower) && (i + 1 >= to || genderOfFirstName(tokens[i + 1].base) === null)) continue;
    const weak = WEAK_TITLES.has(lowerText(tokens, i, i + len));
    const lone = weak && to - (i + len) === 1 && nameLike(tokens[i + len]) && !PLACE_HEADS.has(tokens[i + len].lower) && !knownLength(tokens, i + len, to);
    if (!weak || lone || cleanNameAfter(tokens, i + len, to)) {
      if (titleStart < 0) titleStart = i;
      titleEnd = i + len;
      weakLone = lone;
      i += len - 1;
    }
  }
  // "Department of Communities and Justice", "Office of Inspector General": a title after a joining
  // word that ends the run names no one; it is the body's last word
  if (titleEnd === to && titleStart > from && CONNECTORS.has(tokens[titleStart - 1].lower)) return classifyUntitled(tokens, from, to, text, whole);
  // "Queen Street", "King Road", "Bishop Square": a royal or church title before a street's word
  // names the street ("President Park", "Mayor Hall" stay people)
  if (titleEnd === to - 1 && titleStart === from && STREET_TITLES.has(tokens[from].lower) && STREET_WORDS.has(tokens[to - 1].lower)) return [entity(tokens, text, 'place', from, to)];
  if (titleEnd > 0) {
    const out: Entity[] = [];
    // "Health Minister", "Federal Public Safety Minister": the portfolio is part of the office, no body of its own
    // (the office a title of its own ends too: "Treasury and Finance Minister")
    if (PORTFOLIO_TITLES.has(tokens[titleStart].lower) || PORTFOLIO_TITLES.has(tokens[titleEnd - 1].lower)) {
      // (a portfolio word the run left out, "Housing" opening a sentence, is the office's too)
      if (titleStart === from && from > 0 && tokens[from - 1].cap && PORTFOLIO_WORDS.has(tokens[from - 1].lower)) from--;
      while (titleStart > from && PORTFOLIO_WORDS.has(tokens[titleStart - 1].lower)) titleStart--;
      // ("Fisheries and Oceans Minister": a joining word only inside the portfolio)
      while (CONNECTORS.has(tokens[titleStart].lower) || tokens[titleStart].text === '&') titleStart++;
    }
    let nameFrom = titleEnd;
    // "Prime Minister of Japan Kishida Fumio": a known country or organisation after "of".
    // (inside the run only: a line may end in "the office of Secretary of")
    if (nameFrom < to && tokens[nameFrom].lower === 'of') {
      let k = nameFrom + 1;
      if (k < to && tokens[k].lower === 'the') k++;
      const known = knownLength(tokens, k, to);
      const portfolios = known ? -1 : portfolioListEnd(tokens, k, to);
      if (known) {
        for (const e of classifyRun(tokens, k, k + known.n, text)) out.push(e);
        nameFrom = k + known.n;
      } else if (portfolios > 0) {
        nameFrom = portfolios; // "Minister of Land, Infrastructure and Transport Sato Hiroshi": the office's fields, then the name
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
 * The Spanish "Don" before a given name and a surname ("Don Ernesto Ruiz"), a title: 1 or 0.
 * ("Don Stewart", "Don Bacon": alone before one word, "Don" is the given name.)
 */
function donAt(tokens: Token[], i: number, to: number): number {
  return to - i >= 3 && tokens[i].text === 'Don' && genderOfFirstName(tokens[i + 1].base) !== null && nameLike(tokens[i + 2]) ? 1 : 0;
}

/**
 * The end of an office's fields after its "of" at `k` ("Land, Infrastructure and Transport" in
 * "Minister of Land, Infrastructure and Transport Sato Hiroshi"): single words parted by commas,
 * "and" before the last, a name after it in the run; -1 where the words are not so.
 */
function portfolioListEnd(tokens: Token[], k: number, to: number): number {
  if (!isNameWord(tokens[k])) return -1;
  let j = k + 1;
  while (j + 1 < to && tokens[j].text === ',' && isNameWord(tokens[j + 1]) && !knownLength(tokens, j + 1, j + 2)) j += 2;
  if (j < to && tokens[j].text === ',') j++;
  return j + 2 < to && tokens[j].lower === 'and' && isNameWord(tokens[j + 1]) && isNameWord(tokens[j + 2]) ? j + 2 : -1;
}

/**
 * The run [from, to) with a nickname in quotation marks at [nick, close): what the words before
 * it name ("Mayor Corazon": a title and a given name), the person's name going on after it with
 * the surname ("Corazon dela Cruz", the nickname left out of the name and kept in the surface).
 */
function nicknamed(tokens: Token[], from: number, nick: number, close: number, to: number, text: string): Entity[] {
  const surname = surfaceOf(tokens, close, to, text).surface;
  const out = classifyRun(tokens, from, nick, text);
  const given = out.length ? out[out.length - 1] : undefined;
  if (!given || given.to !== nick || (given.type !== 'person' && given.type !== 'single')) return [entity(tokens, text, 'person', from, to, `${surfaceOf(tokens, from, nick, text).surface} ${surname}`)];
  out[out.length - 1] = entity(tokens, text, 'person', given.from, to, `${given.name} ${surname}`, given.role, given.country);
  return out;
}

/**
 * Whether the run [from, to) ends as a team's name does: a word in the plural that is no party,
 * people noun or given name, after a word that is no given name; or after one, when "the" opens
 * the run, as it opens no one's name ("the Boston Celtics", "the Dallas Stars"; "Austin Rivers").
 */
function teamName(tokens: Token[], from: number, to: number): boolean {
  const w = tokens[to - 1];
  // (a people's noun ends a team's name after a city of two words, "Kansas City Chiefs", "New York
  // Giants"; after one it is the city's people, "Ontario Teachers")
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(w.text) || w.possessive || COMMON_CAPITALISED.has(w.lower) || PARTY_WORDS.has(w.lower) || (to - from < 3 && peopleNoun(w.lower) !== null) || genderOfFirstName(w.base) !== null) return false;
  return genderOfFirstName(tokens[to - 2].base) === null || theBefore(tokens, from);
}

/** Whether the article "the" stands right before token `from`. */
const theBefore = (tokens: Token[], from: number): boolean => from > 0 && tokens[from - 1].lower === 'the';

/**
 * Whether the run [from, to) is one or two words that name no one, then a country's one-word name
 * ("Costco Canada", "Climate Change Canada"), or one such word and a city's ("Bike Ottawa",
 * "Tourism Vancouver": a body of the city; "Jack London" opens with a given name).
 */
function bodyBeforeCountry(tokens: Token[], from: number, to: number): boolean {
  // (or a state by its acronym: "Shelter NSW")
  const last = tokens[to - 1];
  const city = to - from === 2 && !last.possessive && isPlaceKind(knownLength(tokens, to - 1, to)?.kind) && knownLength(tokens, from, to)?.n !== 2;
  if (!city && !(REGIONS.has(last.lower) && isAcronym(last)) && (!countryBySurface.has(baseLower(last)) || knownLength(tokens, to - 1, to)?.kind !== 'country')) return false;
  for (let i = from; i < to - 1; i++) {
    const w = tokens[i];
    if (isAcronym(w) || genderOfFirstName(w.base) !== null || DIRECTION_WORDS.has(w.lower) || PLACE_PREFIXES.has(w.lower) || countryByDemonym.has(w.lower) || knownLength(tokens, i, i + 1)) return false;
    // "Republican Iowa", "Grandpa Bern": a place with its voters' party, a person's nickname
    if (city && (PARTY_WORDS.has(w.lower) || peopleNoun(w.lower) !== null || KIN_WORDS.test(w.lower))) return false;
  }
  return true;
}

/** Family words, formal and familiar, before a nickname: "Grandpa Bern", "Uncle Joe". */
const KIN_WORDS = /^(?:grand)?(?:pa|ma|papa|mama|pop|pops|dad|daddy|mom|mum|mommy|father|mother)$|^(?:uncle|aunt|auntie|cousin|brother|sister|granny|nana)$/;

/** Offices named with their portfolio before them ("Health Minister", "Labor Secretary", "Public Safety Critic"). */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary', 'critic', 'commissioner', 'ministers']);
/** Words of a portfolio before such an office, the level of government included ("Federal Health Minister"). */
const PORTFOLIO_WORDS = new Set(
  ('health|finance|foreign|defence|defense|interior|home|trade|treasury|justice|education|labour|labor|transport|transportation|' +
    'environment|energy|agriculture|housing|immigration|citizenship|public|safety|security|emergency|preparedness|affairs|economy|' +
    'economic|development|culture|heritage|science|industry|innovation|digital|climate|infrastructure|indigenous|northern|natural|' +
    'resources|fisheries|oceans|veterans|seniors|families|children|youth|women|equality|tourism|sport|mental|addictions|' +
    'municipal|revenue|communities|works|services|procurement|social|employment|workforce|skills|colleges|universities|' +
    'attorney|solicitor|federal|provincial|state|shadow|junior|associate|deputy|acting|interim|cabinet|commerce|intelligence|' +
    'homeland|and|&')
    .split('|'),
);

/** The end of a compound modifier before a name ("Indiana-born", "Ohio-based"). */
const COMPOUND_MODIFIER = /-(?:born|based|raised|bred|area|led|backed|owned|run|linked|turned|supporting|style)$/;

/** Prepositions after which a lone unknown capitalised word is a place ("talks in Tromsø"). */
const PLACE_LEAD = new Set(['in', 'near', 'outside']);

/** Place heads that are also surnames ("Anita Hill", "Eva Green"): a place only after a word that is no given name. */
/** Initials before a surname ("W.C. Fields", "J. Hill"). */
const INITIALS = /^(?:[A-Z]\.)+$/;
// (venues too: "TD Garden", "BMO Field")
const SURNAME_PLACE_HEADS = new Set(['hill', 'hills', 'heath', 'green', 'wood', 'field', 'fields', 'cross', 'place', 'garden', 'gardens']);
/** Streets' and landforms' last words that are surnames too ("Nathan Lane", "Tom Ridge"). */
const STREET_SURNAMES = new Set(['drive', 'lane', 'ridge', 'hollow', 'gorge']);
/** Venues' last words that are surnames too ("Rogers Place", "Madison Square Garden"; "Sally Field" is a person). */
const VENUE_HEADS = new Set(['place', 'garden', 'gardens', 'field']);
/** Prepositions before a venue: "at Rogers Place", "outside Madison Square Garden". */
const VENUE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside', 'from', 'to', 'near']);
/** Prepositions before a street or a landform: a venue's, and "on", "along", "off" ("along Owl Creek Drive", "in Birch Hollow"). */
const STREET_PREPOSITIONS = new Set([...VENUE_PREPOSITIONS, 'on', 'along', 'off']);

/** A token of digits alone ("1127"). */
const isNumberWord = (t: Token | undefined): boolean => !!t && t.type === 'word' && /^\d+$/.test(t.text);

/** Head words that open a body's name in the languages news quotes ("Bank Pocztowy", "Banco Meridional", "Radio Devon", "Cadena SER"). */
const ORG_OPENERS = new Set(['bank', 'banco', 'banca', 'banque', 'banka', 'grupo', 'groupe', 'gruppo', 'radio', 'cadena', 'club', 'universidad', 'universidade', 'università', 'université', 'universität', 'instituto', 'institut', 'fundación', 'fondation', 'stiftung', 'partido', 'parti']);

/** Adjectives of regions and nations without a state of their own, peeled off a run like a demonym ("European Facebook users", "Scottish …"). */
const REGIONAL_ADJECTIVES = new Set(['european', 'african', 'asian', 'arab', 'scottish', 'welsh', 'english', 'catalan', 'basque', 'kurdish', 'flemish', 'bavarian', 'tamil', 'palestinian']);



/** The last words of the place heads of two words ("convention center"): only a run ending in one has its last two words looked up. */
const TWO_WORD_PLACE_HEAD_ENDS = new Set([...PLACE_HEADS].filter((h) => h.split(' ').length === 2).map((h) => h.slice(h.indexOf(' ') + 1)));

/** A Roman numeral after a name or an event ("World War II", "Luther Pate IV"). */
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;

function classifyPrefix(tokens: Token[], from: number, to: number, text: string): Entity[] {
  const words = lowerText(tokens, from, to);
  if (countryByDemonym.has(words) && !countryBySurface.has(words)) return [];
  const out = classifyRun(tokens, from, to, text).filter((e) => e.type !== 'single' || isAcronym(tokens[e.from]));
  // "Civil Protection Minister …": words before a title that no given name opens are the body of the office
  for (const e of out) if (e.type === 'person' && genderOfFirstName(tokens[e.from].base) === null) e.type = 'organization';
  return out;
}

/**
 * The entities of a run of capitalised words with no title in it: the run's shape first
 * (`kindOfShape`), then leading countries, places, party labels and demonyms peeled off one at a
 * time, and what is left to `remainderEntities`. (Three functions rather than one: V8 recompiles a
 * function whole each time a branch it has not yet seen runs, and this was the extractor's largest.)
 */
function classifyUntitled(
  tokens: Token[],
  from: number,
  to: number,
  text: string,
  /** `knownLength(tokens, from, to)` where the caller has it. */
  known?: Readonly<Known> | null,
): Entity[] {
  const shaped = kindOfShape(tokens, from, to, text);
  if (shaped !== undefined) return shaped;
  const last = tokens[to - 1];
  const lastLower = baseLower(last);
  const marks = runMarks(tokens, from, to);
  const { orgOf, common, connector } = marks;
  const out: Entity[] = [];
  let party: string | undefined;
  let country: string | undefined;
  // Leading countries, places, party labels and demonyms are peeled off one at a time (a loop,
  // not recursion: "France France …" ten thousand times must not overflow the stack).
  for (;;) {
    const n = to - from;
    // ("Amalgamated Transit Union Local 113", "Unifor Local 1127": a union's local is the union's body)
    if ((ORG_HEADS.has(lastLower) && !surnameOfTrade(tokens, from, to)) || orgOf >= from || (n > 1 && CLUB_HEADS.has(lastLower)) || (n > 1 && lastLower === 'local' && (ORG_HEADS.has(baseLower(tokens[to - 2])) || isNumberWord(tokens[to])))) {
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
    // (before a speech verb, or after a noun for a person: "top seed Sofia Lindgren of Sweden")
    if (lead && lead.n === 1 && n === 2 && ((to < tokens.length && SPEAKER_AFTER.has(tokens[to].lower)) || personNounBefore(tokens, from)) && givenNameBefore(tokens, from, to)) {
      out.push(tagged(entity(tokens, text, 'person', from, to), party, country));
      return out;
    }
    // what is left after a peeled modifier is a known name ("European Facebook users")
    if (lead && lead.n === n) {
      const isCountry = lead.kind === 'country' || lead.kind === 'capital';
      out.push(tagged(isCountry ? entity(tokens, text, lead.kind, from, to, lead.name, undefined, lead.name) : entity(tokens, text, lead.kind, from, to), party, country));
      return out;
    }
    if (lead && lead.n < n) {
      const isCountry = lead.kind === 'country' || lead.kind === 'capital';
      out.push(tagged(isCountry ? entity(tokens, text, lead.kind, from, from + lead.n, lead.name, undefined, lead.name) : entity(tokens, text, lead.kind, from, from + lead.n), party, country));
      from += lead.n;
      continue;
    }
    const first = baseLower(tokens[from]);
    // "Team Trump", "Team USA": a campaign or a side, not a person;
    // "Bank Pocztowy", "BBC Radio Devon", "Grupo Mexico": a body named with its head word first
    if (n > 1 && (first === 'team' || ORG_OPENERS.has(first))) {
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
    if (n > 1 && REGIONAL_ADJECTIVES.has(first)) {
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
    // "Obama White House": a known organisation of several words at the end is not part of a name
    const orgAt = n > 2 && n <= 6 ? knownOrganisationSuffix(tokens, from + 1, to) : -1;
    if (orgAt > 0) {
      for (const e of classifyUntitled(tokens, from, orgAt, text)) out.push(tagged(e, party, country));
      out.push(tagged(entity(tokens, text, 'organization', orgAt, to), party, country));
      return out;
    }
    for (const e of remainderEntities(tokens, from, to, text, marks)) out.push(tagged(e, party, country));
    return out;
  }
}

/**
 * Words after "Leicester City" that make it the club, not the city ("Galway City" is also what Irish
 * papers call the city): a club's staff, fans and results. A verb that a council uses too ("said",
 * "announced") leaves the city, unless the article named the club before (ActorTable.get).
 */
const CLUB_AFTER = new Set(['manager', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'fans', 'supporters', 'beat', 'won', 'lost', 'drew', 'signed']);
const clubAfter = (next: Token | undefined): boolean => !!next && !next.cap && CLUB_AFTER.has(next.lower);

/** Titles that streets are named with ("Queen Street", "Bishop Road"). */
const STREET_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'bishop', 'regent', 'lord', 'lady']);
/** A street's last word, and a settlement's ("Queen City"). */
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'drive', 'lane', 'square', 'boulevard', 'row', 'terrace', 'crescent', 'quay', 'place', 'parade', 'gardens', 'city', 'town']);

/** Nouns of events named after a place or a thing, never a person: "the Cedar Ridge fire", "the Harvest Lights festival". */
const PLACE_EVENT_NOUNS = new Set(['festival', 'fire', 'wildfire', 'blaze', 'bushfire', 'storm', 'flood', 'floods', 'marathon', 'regatta']);
/** Nouns of contests and shows that a performer's name may also modify ("the Taylor Swift concert"). */
const CONTEST_NOUNS = new Set(['tournament', 'championship', 'championships', 'title', 'concert']);

/**
 * Whether the run [from, to) only modifies the event's noun after it: with no given name first, or
 * after a determiner before a place's event ("the Cedar Ridge fire"; the nouns are verbs too: "saw
 * Daniel Perez fire three shots", "Ann Lee and Tom Kerr storm out"), and no given name first
 * before a contest's ("a Grand Slam title"; "the Taylor Brooks concert" keeps the singer).
 */
function namedEventAfter(tokens: Token[], from: number, to: number): boolean {
  const noun = tokens[to].lower;
  if (!PLACE_EVENT_NOUNS.has(noun) && !CONTEST_NOUNS.has(noun)) return false;
  if (genderOfFirstName(tokens[from].base) === null) return true;
  return PLACE_EVENT_NOUNS.has(noun) && from > 0 && EVENT_DETERMINERS.has(tokens[from - 1].lower);
}
const EVENT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'last', "year's"]);

/** The entities of a run that its shape or the words around it decide (a team, a newspaper, a venue …); undefined when they do not. */
function kindOfShape(tokens: Token[], from: number, to: number, text: string): Entity[] | undefined {
  const last = tokens[to - 1];
  const lastLower = baseLower(last);
  const twoLast = to - from >= 2 && TWO_WORD_PLACE_HEAD_ENDS.has(lastLower) ? `${tokens[to - 2].lower} ${lastLower}` : '';
  // a section label or a byline in capitals ("FULL TEXT", "JOHN SMITH") names no one
  if (to - from >= 2 && allCapitals(tokens, from, to)) return [];
  // "Typhoon Rosal", "Hurricane Idalia": a storm is no actor
  if (to - from >= 2 && STORM_WORDS.has(tokens[from].lower)) return [];
  // "Philippine Red Cross", "Kenya Red Cross": a nation's word before a known body of two words or more is its national branch
  if (to - from >= 3 && (countryByDemonym.has(tokens[from].lower) || (genderOfFirstName(tokens[from].base) === null && (NATION_SHAPE.test(tokens[from].lower) || isPlaceKind(knownLength(tokens, from, from + 1)?.kind))))) {
    const body = knownLength(tokens, from + 1, to);
    if (body && body.kind === 'organization' && body.n === to - from - 1) return [entity(tokens, text, 'organization', from, to)];
  }
  // "Veridian Health, Inc.", "Harlow Foods, LLC": a company's legal form after a comma makes
  // the name before it a company's, and names nothing of its own
  // "Co Kerry", "Co. Meath": an Irish county
  if (to - from === 2 && (tokens[from].text === 'Co' || tokens[from].text === 'Co.')) return [entity(tokens, text, 'place', from, to)];
  // (not "Killarney, Co Kerry": "Co" before a capital is an Irish county)
  if (to + 1 < tokens.length && tokens[to].text === ',' && COMPANY_SUFFIXES.has(tokens[to + 1].lower) && !(tokens[to + 1].lower.startsWith('co') && tokens[to + 2]?.cap)) return [entity(tokens, text, 'organization', from, to)];
  if (to - from === 1 && from > 0 && tokens[from - 1].text === ',' && COMPANY_SUFFIXES.has(lastLower)) return [];
  // "the Harvest Lights festival", "the Cedar Ridge fire", "a Grand Slam title": a name that only
  // modifies an event's or a contest's noun names no one (no given name first, no known name)
  if (to - from >= 2 && to < tokens.length && !tokens[to].cap && namedEventAfter(tokens, from, to) && !knownLength(tokens, from, to)) return [];
  // (before the words around it: "Boston Celtics said" is no person)
  // "Edmonton Oilers", "Toronto Maple Leafs", "New York Yankees": a city's team, its name in the plural
  // (not "Iowa Republicans", a party's voters, nor a surname in -s, "Public Advocate Trish James";
  // the shape of the last word first: most runs fail it, and the gazetteer's look-up costs more)
  // (a given name may open a city's name only where "the" or a second word of the city shows it: "Kansas City Chiefs")
  const cityLead = to - from >= 2 && teamName(tokens, from, to) && (genderOfFirstName(tokens[from].base) === null || theBefore(tokens, from) || to - from >= 3) ? knownLength(tokens, from, to) : null;
  if (cityLead && cityLead.n < to - from && (cityLead.kind === 'place' || cityLead.kind === 'capital')) {
    return [entity(tokens, text, 'organization', from, to)];
  }
  // "Toronto Star", "Cincinnati Enquirer", "San Diego Union-Tribune": a place's newspaper; a
  // nation's ("Philippine Star"); after "the", one whose place is a given name ("the Charlotte Observer")
  if (to - from >= 2 && NEWSPAPER_WORDS.has(lastLower) && (isPlaceKind(knownLength(tokens, from, to - 1)?.kind) || (from > 0 && tokens[from - 1].lower === 'the') || (to - from === 2 && countryByDemonym.has(tokens[from].lower)))) {
    return [entity(tokens, text, 'organization', from, to)];
  }
  // the words around the run may say what it names ("the journal …", "the town of …", "the tanker …")
  const context = contextKind(tokens, from, to);
  if (context === 'none') return [];
  if (context) return [entity(tokens, text, context, from, to)];
  // "Air Canada", "Air New Zealand", "Air Transat": an airline named "Air" and a place or a word
  if (to - from >= 2 && tokens[from].cap && tokens[from].lower === 'air') return [entity(tokens, text, 'organization', from, to)];
  // "Health Canada", "Police Scotland", "Sport England": a public body named by its field and its nation
  if (to - from === 2 && BODY_FIELDS.has(tokens[from].lower) && knownLength(tokens, from + 1, to)?.n === 1) return [entity(tokens, text, 'organization', from, to)];
  // "Costco Canada", "Bell Canada": a brand's arm in a country, not a person ("Mark Canada" has a given name)
  // ("Climate Change Canada", the run of "Environment and Climate Change Canada": up to two words before the country)
  if ((to - from === 2 || to - from === 3) && bodyBeforeCountry(tokens, from, to)) {
    return [entity(tokens, text, 'organization', from, to)];
  }
  // a head word alone ("the Board", "Union", "Park") is a lone word to resolve, not an organisation
  if (to - from === 1 && (ORG_HEADS.has(lastLower) || PLACE_HEADS.has(lastLower)) && !isAcronym(last)) return [entity(tokens, text, 'single', from, to)];
  // "Manchester City manager", "Leicester City beat …": a city the lists know, then "City", is its football club (not "Kansas City", "Mexico City")
  if (to - from === 2 && lastLower === 'city' && CITIES.has(tokens[from].lower) && clubAfter(tokens[to])) return [entity(tokens, text, 'organization', from, to)];
  if (PLACE_HEADS.has(twoLast) || PLACE_HEADS.has(lastLower)) {
    // "retired teacher Helen Park": a given name and a place head after a person's noun are a person
    const before = tokens[from - 1];
    const personNoun = !!before && before.type === 'word' && !before.cap && (ROLE_NOUNS.has(before.lower) || peopleNoun(before.lower) === 'singular');
    return [entity(tokens, text, to - from === 2 && personNoun && genderOfFirstName(tokens[from].base) !== null ? 'person' : 'place', from, to)];
  }
  // "Imperial College London", "University College Dublin": a head word, then the place the body is in
  if (to - from >= 3 && ORG_HEADS.has(baseLower(tokens[to - 2])) && isPlaceKind(knownLength(tokens, to - 1, to)?.kind)) return [entity(tokens, text, 'organization', from, to)];
  // "at Rogers Place", "Madison Square Garden": a venue after a place's preposition or ending three words, though a given name opens it
  if (to - from >= 2 && VENUE_HEADS.has(lastLower) && !last.possessive && (to - from >= 3 || (from > 0 && VENUE_PREPOSITIONS.has(tokens[from - 1].lower)))) {
    return [entity(tokens, text, 'place', from, to)];
  }
  // "Parliament Hill", "Broken Hill", "Bethnal Green": a place head that is also a surname, after no given name or demonym
  // "along Lefthand Canyon Drive", "in Pine Hollow": heads that are surnames too ("Nathan Lane", "Tom
  // Ridge", "Kevin Drive") make a place in three words or after a place's preposition, no given name first
  if (to - from >= 2 && STREET_SURNAMES.has(lastLower) && genderOfFirstName(tokens[from].base) === null && (to - from >= 3 || (from > 0 && STREET_PREPOSITIONS.has(tokens[from - 1].lower)))) {
    return [entity(tokens, text, 'place', from, to)];
  }
  if (to - from >= 2 && SURNAME_PLACE_HEADS.has(lastLower) && genderOfFirstName(tokens[from].base) === null && !countryByDemonym.has(baseLower(tokens[from])) && !isAcronym(tokens[from]) && !INITIALS.test(tokens[from].text)) {
    return [entity(tokens, text, 'place', from, to)];
  }
  return undefined;
}

/** A nation's adjective by its ending ("Philippine", "Kenyan", "Japanese", "Danish"). */
const NATION_SHAPE = /(?:ine|ian|an|ese|ish)$/;

/** Words that open a storm's name ("Typhoon Rosal", "Tropical Storm Alberto"). */
const STORM_WORDS = new Set(['typhoon', 'hurricane', 'cyclone', 'tropical', 'super']);

/** For a run's words as a whole, the last index of each property `classifyUntitled` tests (-1 where none has it). */
interface RunMarks {
  /** A body's head before "of" or "for", or a university's word in another language. */
  orgOf: number;
  /** A common word that is capitalised ("The", "New"). */
  common: number;
  /** An organisation's connector ("and", "of"), not a name's particle. */
  connector: number;
  /** A lower-case word. */
  lowerWord: number;
  /** A lower-case word that is no name's particle. */
  lowerNonParticle: number;
}

  // Where the run's words are looked at as a whole, the last index that has the property: the
  // leading words are peeled off one by one below, and a test "some word from here on" is then
  // "that index >= from", so a long run costs linear time, not quadratic.
function runMarks(tokens: Token[], from: number, to: number): RunMarks {
  let orgOf = -1;
  let common = -1;
  let connector = -1;
  let lowerWord = -1;
  let lowerNonParticle = -1;
  for (let i = from; i < to; i++) {
    const w = baseLower(tokens[i]);
    if (i < to - 1 && ORG_HEADS.has(w) && (tokens[i + 1].lower === 'of' || tokens[i + 1].lower === 'for')) orgOf = i;
    // a university's word in another language is in no person's name, wherever it stands ("Vrije Universiteit Brussel")
    else if (FOREIGN_ACADEMY_WORDS.has(w)) orgOf = i;
    // (a month that opens a name, "May Lindgren said", is a given name, not the verb "May")
    if (COMMON_CAPITALISED.has(w) && !CONNECTORS.has(w) && !(i === from && MONTH_NAMES.has(w))) common = i;
    // a capitalised particle is part of a name ("Jason Van Dyke"), not an organisation's connector
    if (CONNECTORS.has(w) && !(tokens[i].cap && NAME_PARTICLES.has(w))) connector = i;
    if (!tokens[i].cap) {
      lowerWord = i;
      if (!NAME_PARTICLES.has(tokens[i].text)) lowerNonParticle = i;
    }
  }
  return { orgOf, common, connector, lowerWord, lowerNonParticle };
}

/** The entities of what is left of an untitled run once its leading modifiers are peeled off: a person, a place, a body, or none. */
function remainderEntities(tokens: Token[], from: number, to: number, text: string, marks: RunMarks): Entity[] {
  const n = to - from;
  const last = tokens[to - 1];
  const lastLower = baseLower(last);
  const first = baseLower(tokens[from]);
  const { common, connector, lowerWord, lowerNonParticle } = marks;
  // "in Kirkenes": one unknown word after "in" is a place unless the article names a person by it
  if (n === 1 && !last.possessive && from > 0 && PLACE_LEAD.has(tokens[from - 1].lower)
    && endsPhrase(to < tokens.length ? tokens[to] : undefined) && isLoneName(last)) return [entity(tokens, text, 'place', from, to)];
  // ("Republican Presidential hopeful": an adjective left after the party is no one's name)
  else if (n === 1 && (!NON_NAME_WORDS.has(lastLower) || genderOfFirstName(last.base) !== null)) return [entity(tokens, text, brandWord(last.base) ? 'organization' : 'single', from, to)];
  else if (NON_NAME_WORDS.has(lastLower) || common >= from) return [];
  // "World War II": an event's name and its number; "African American", "Karabakh Armenians": a people
  else if (last.text.length <= 4 && ROMAN.test(last.text) && NON_NAME_WORDS.has(baseLower(tokens[to - 2]))) return [];
  else if ((n === 2 && DIRECTION_WORDS.has(first) && countryByDemonym.has(lowerText(tokens, from, to)))
    || (countryByDemonym.has(lastLower) || (lastLower.endsWith('s') && countryByDemonym.has(lastLower.slice(0, -1)))) && genderOfFirstName(tokens[from].base) === null) return [];
  // "South Africans", "New Zealanders": the people of a nation whose demonym has two words
  else if (n === 2 && lastLower.endsWith('s') && countryByDemonym.has(lowerText(tokens, from, to).slice(0, -1))) return [];
  else if (pluralPeopleInside(tokens, from, to - 1)
    || (companyContext(tokens, from, to) && genderOfFirstName(tokens[from].base) === null)) return [entity(tokens, text, 'organization', from, to)];
  // "Lorimer Tower Caracas", "Lorimer National Sedona": a building or resort named after its owner, then its city
  else if (n > 2 && hasBuildingWord(tokens, from + 1, to - 1)) return [entity(tokens, text, 'place', from, to)];
  else if (lowerWord >= from && lowerNonParticle < from) return [entity(tokens, text, 'person', from, to)];
  // "his home in Palo Alto", "near Mountain View": a town the lists lack, after a place's preposition, that no given name opens
  else if (n <= 3 && placeAfterPreposition(tokens, from, to)) return [entity(tokens, text, 'place', from, to)];
  else if (connector >= from || innerAcronym(tokens, from, to - 1)) return [entity(tokens, text, 'organization', from, to)];
  // "… District GOP", "Visiting NATO": a closing acronym is an organisation of its own
  else if (innerAcronym(tokens, to - 1, to) && genderOfFirstName(tokens[from].base) === null) {
    const out = classifyUntitled(tokens, from, to - 1, text);
    out.push(entity(tokens, text, 'organization', to - 1, to));
    return out;
  }
  // "Crime Stoppers, which …", "the Sinn Nua said": a name no given name opens, with a body's words around it
  else return [entity(tokens, text, n >= 2 && !last.possessive && genderOfFirstName(tokens[from].base) === null && bodyAround(tokens, from, to) ? 'organization' : 'person', from, to)];
}

/** Whether the token before `from` is a lower-case noun for one person ("seed", "coach", "lawyer"), as a name follows. */
function personNounBefore(tokens: Token[], from: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  return !!before && before.type === 'word' && !before.cap && (ROLE_NOUNS.has(before.lower) || peopleNoun(before.lower) === 'singular');
}

/** "in Palo Alto", "near Broken Hill", "from Mountain View to …": unknown words after a place's preposition, no given name first, ending the phrase. */
function placeAfterPreposition(tokens: Token[], from: number, to: number): boolean {
  if (from === 0 || tokens[to - 1].possessive || genderOfFirstName(tokens[from].base) !== null) return false;
  const lead = tokens[from - 1].lower;
  const next = to < tokens.length ? tokens[to] : undefined;
  if (lead === 'from') return next?.lower === 'to';
  return PLACE_LEAD.has(lead) && endsPhrase(next);
}

/** `e` with the party label and country that words peeled off its run gave, where it has none of its own. */
function tagged(e: Entity, party: string | undefined, country: string | undefined): Entity {
  if (party && (e.type === 'person' || e.type === 'single')) e.role ??= party;
  if (country) e.country ??= country;
  return e;
}

/** Whether a gazetteer's kind names somewhere: a country, a capital or a place. */
function isPlaceKind(kind: EntityType | undefined): boolean {
  return kind === 'country' || kind === 'capital' || kind === 'place';
}

/** Heads of bodies' names that are also common surnames ("Gerald Power", "Tyra Banks", "Kevin Nation"; not "Church": "Grace Church" is a parish). */
const TRADE_SURNAMES = new Set(['power', 'banks', 'chambers', 'nation']);
/** Nouns the first-name table lists as given names (a table of 32,500 names has rare ones) that open set phrases: "Girl Power", "Star Power", "Coal Power". */
const NOUNS_NOT_GIVEN = new Set(['duke', 'grace', 'trinity', 'hope', 'faith', 'liberty', 'victory', 'girl', 'star', 'coal', 'brain', 'sun', 'horse', 'fire', 'flower', 'people', 'sea', 'air', 'solar', 'wind', 'hydro', 'nuclear', 'will', 'man', 'woman', 'word', 'super', 'mind', 'mother', 'father', 'baby', 'king', 'queen', 'prince', 'angel', 'crystal', 'storm', 'river', 'stone', 'steel', 'gold', 'silver', 'diamond']);

/**
 * Whether a run of two words is a given name and a surname that is also a body's head word:
 * "Gerald Power" is a person where "Georgia Power" (a place's name first) and "Nova Scotia Power" are companies.
 */
function surnameOfTrade(tokens: Token[], from: number, to: number): boolean {
  return to - from === 2 && TRADE_SURNAMES.has(baseLower(tokens[to - 1])) && !NOUNS_NOT_GIVEN.has(tokens[from].lower) && genderOfFirstName(tokens[from].base) !== null && knownLength(tokens, from, from + 1) === null;
}

/**
 * Letters after a personal name for an honour, a rank at the bar or a seat ("KC", "QC", "OBE",
 * "MP"), in capitals as written; not "MD" (also Maryland) nor "PhD"-style degrees, which news
 * rarely writes after a name.
 */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'GBE', 'KBE', 'DBE', 'CBE', 'OBE', 'MBE', 'MP', 'MSP', 'MLA', 'MPP', 'MHA', 'TD']);

/** A company's legal form after its name ("Co", "Inc.", "Corp", "Ltd", "LLC", "PLC"). */
export const COMPANY_SUFFIXES = new Set(['co', 'co.', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc']);

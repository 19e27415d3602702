/**
 * Names, a run with no title in it (from `classifyRun` in ./names): the run's shape first
 * (./runShapes), then leading countries, places, party labels and demonyms peeled off one at a
 * time, and what is left read as a person, a place, a body or nothing (`remainderEntities`).
 */
import { isVietnameseName } from './vietnameseNames';
import { genderOfFirstName } from './gender';
import { isCommonWord } from './commonWords';
import { baseLower, type Token } from './text';
import { CLUB_HEADS, COMMON_CAPITALISED, countryByDemonym, NON_NAME_WORDS, ORG_HEADS, PARTY_WORDS, PLACE_PREFIXES, DIRECTION_WORDS, GROUP_NOUNS, HEADLINE_BREAKS, ROLE_NOUNS, isRegionName, regionPeople, CONSTITUENCY_TITLES, DEPARTMENTS_BY_FIELD } from './gazetteer';
import { isParticleSurname } from './nameForms';
import { FOREIGN_ACADEMY_WORDS, orgKindsOfName } from './lexicon/organisations';
import { peopleNoun } from './lexicon/people';
import { knownLength, lowerText, type Known } from './knownNames';
import { postalStateAt } from './stateCodes';
import { commonCapitals, commonWordSurname, isAcronym, isLoneName, MONTH_NAMES, namesNoOne, NAME_PARTICLES, SPEAKER_AFTER, weekdayAsName, willAsName } from './nameWords';
import { bodyJointAt, CONNECTORS, membersFund } from './nameRuns';
import { UNIT_NUMBER, unitNumberLength } from './runJoins';
import { titleAt } from './runTitles';
import { brandWord, companyContext, companyNounBefore, endsPhrase, givenNameBefore, hasBuildingWord, innerAcronym, knownOrganisationSuffix, pluralPeopleInside, surfaceText } from './nameChecks';
import { bodyAround } from './runContext';
import { entity, type Entity } from './entities';
import { kindOfShape } from './runShapes';
import { advocatesFor, conferenceOfMembers, servicesJoined, servicesPaired } from './runJoins';
import { FIELD_WORDS } from './officeFields';

/** The end of a compound modifier before a name ("Indiana-born", "Ohio-based"). */
const COMPOUND_MODIFIER = /-(?:born|based|raised|bred|area|led|backed|owned|run|linked|turned|supporting|style|listed|operated|funded|controlled|headquartered)$/;
/** Such modifiers that only a body takes ("State-owned Codelco", "Ohio-based Kroger"): the one word after one is a body. */
const BODY_MODIFIER = /-(?:based|backed|owned|run|listed|operated|funded|controlled|headquartered)$/;

/** Prepositions after which a lone unknown capitalised word is a place ("talks in Tromsø"). */
const PLACE_LEAD = new Set(['in', 'near', 'outside']);
/** Adjectives of nearness before a place's name ("nearby Dervock", "neighbouring Tipperary"). */
const NEIGHBOUR_WORDS = new Set(['nearby', 'neighbouring', 'neighboring']);

/** A union local's number: digits, with a letter at most after them ("1127", "707A"), or district and local ("1-2017"). */
const isNumberWord = (t: Token | undefined): boolean => !!t && t.type === 'word' && (/^\d+[A-Z]?$/.test(t.text) || UNIT_NUMBER.test(t.text));

/** Head words that open a body's name in the languages news quotes ("Bank Pocztowy", "Banco Meridional", "Radio Devon", "Cadena SER", "Festival du Voyageur"), a club's letters too ("CF Montréal", "FC Cincinnati"). */
const ORG_OPENERS = new Set(['fc', 'cf', 'afc', 'festival', 'bank', 'banco', 'banca', 'banque', 'banka', 'grupo', 'groupe', 'gruppo', 'radio', 'cadena', 'club', 'universidad', 'universidade', 'università', 'université', 'universität', 'instituto', 'institut', 'fundación', 'fondation', 'stiftung', 'partido', 'parti',
  // Quebec's mills and plants by their French trade ("Aluminerie Alouette", "Scierie Landrienne", "Fonderie Horne", "Papeterie Saint-Raymond")
  'aluminerie', 'scierie', 'fonderie', 'raffinerie', 'papeterie', 'cimenterie', 'aciérie', 'minière']);

/** Adjectives of regions and nations without a state of their own, peeled off a run like a demonym ("European Facebook users", "Scottish …"). */
const REGIONAL_ADJECTIVES = new Set(['european', 'african', 'asian', 'arab', 'scottish', 'welsh', 'english', 'catalan', 'basque', 'kurdish', 'flemish', 'bavarian', 'tamil', 'palestinian']);

/** Whether "a" or "an" stands before token `from`, over up to two lower-case words ("a northern", "a small fly-in"). */
function indefiniteBefore(tokens: Token[], from: number): boolean {
  for (let i = from - 1; i >= 0 && i >= from - 3; i--) {
    if (tokens[i].lower === 'a' || tokens[i].lower === 'an') return true;
    if (tokens[i].cap || tokens[i].type !== 'word') return false;
  }
  return false;
}

/** Parties named by a nation's adjective and this word, as their branch there ("Scottish Labour", "Welsh Conservatives"). */
const BRANCH_PARTIES = new Set(['labour', 'conservatives', 'greens', 'tories', 'liberals', 'nationals', 'socialists']);
/** Adjectives a party's name opens with before its members in the plural ("Progressive Conservatives", "New Democrats", "Christian Democrats"). */
const PARTY_ADJECTIVES = new Set(['progressive', 'new', 'liberal', 'social', 'christian', 'free', 'united']);
/** Party members in the plural that close such a name. */
const PARTY_MEMBERS_PLURAL = new Set(['conservatives', 'democrats', 'liberals', 'republicans', 'socialists']);

/** Labels of a story's sections and notes, in capitals before a colon ("NOTES:", "UPDATE:", "INJURIES:"). */
const SECTION_LABELS = new Set(['notes', 'note', 'update', 'updated', 'correction', 'corrections', 'clarification', 'injuries', 'lineups', 'transactions', 'scoring', 'briefly', 'background', 'related', 'watch', 'listen', 'editor', 'schedule', 'next', 'results', 'standings', 'quotable', 'summary', 'disclosure']);

/** A Roman numeral after a name or an event ("World War II", "Luther Pate IV"). */
const ROMAN = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/;

/**
 * The entities of a run of capitalised words with no title in it: the run's shape first
 * (`kindOfShape`), then leading countries, places, party labels and demonyms peeled off one at a
 * time, and what is left to `remainderEntities`. (Three functions rather than one: V8 recompiles a
 * function whole each time a branch it has not yet seen runs, and this was the extractor's largest.)
 */
/** French nouns of establishments that open their names ("Hôtel de Glace", "Auberge du Lac", "Château Frontenac"). */
const FRENCH_ESTABLISHMENTS = new Set(['Hôtel', 'Auberge', 'Château', 'Théâtre', 'Maison', 'Café', 'Musée', 'Salle']);
/** French nouns of the land and water that open places' names ("Rivière du Nord", "Lac des Sables", "Mont de la Fontaine", "Baie des Chaleurs"). */
const FRENCH_LANDFORMS = new Set(['Rivière', 'Lac', 'Mont', 'Île', 'Ile', 'Baie', 'Pointe', 'Anse', 'Cap', 'Côte', 'Ruisseau', 'Chute', 'Chutes', 'Vallée', 'Plateau', 'Pont']);
/** French "of" and its contractions after an establishment's noun. */
const FRENCH_OF = new Set(['de', 'du', 'des', "d'", 'd’']);

export function classifyUntitled(
  tokens: Token[],
  from: number,
  to: number,
  text: string,
  /** `knownLength(tokens, from, to)` where the caller has it. */
  known?: Readonly<Known> | null,
): Entity[] {
  // ("National Defence said", "Global Affairs said": a government department by its fields alone, as news shortens it)
  if (to - from >= 2 && DEPARTMENTS_BY_FIELD.has(lowerText(tokens, from, to))) return [entity(tokens, text, 'organization', from, to)];
  // ("the Hôtel de Glace", "The Auberge du Lac said": a French establishment's noun opens its name, no person's)
  if (to - from >= 3 && FRENCH_ESTABLISHMENTS.has(tokens[from].text) && FRENCH_OF.has(tokens[from + 1].text)) return [entity(tokens, text, 'organization', from, to)];
  // ("the nearby Rivière du Nord", "Lac des Sables": a landform's noun opens a place's name, no person's)
  if (to - from >= 3 && FRENCH_LANDFORMS.has(tokens[from].text) && FRENCH_OF.has(tokens[from + 1].text)) return [entity(tokens, text, 'place', from, to)];
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
    // ("Trump’s AZ rally", "Washington DC": a state's postal code left last, see postalStateAt)
    const state = n === 1 ? postalStateAt(tokens, from) : null;
    if (state) {
      out.push(entity(tokens, text, 'place', from, to, state));
      return out;
    }
    // "a northern Ontario First Nation", "an Alberta First Nation": a nation the article leaves
    // unnamed, described by its province, names that province alone
    if (n >= 3 && lastLower === 'nation' && baseLower(tokens[to - 2]) === 'first' && indefiniteBefore(tokens, from)) {
      const place = knownLength(tokens, from, to - 2);
      // (a province the lists leave out as a given name too: "an Alberta First Nation")
      if ((place?.n === n - 2 && place.kind === 'place') || (n === 3 && isRegionName(tokens[from].text))) {
        out.push(entity(tokens, text, 'place', from, to - 2));
        return out;
      }
    }
    // the whole run by its last word or its shape: a body, or nothing
    const whole = wholeRunKind(tokens, from, to, last, lastLower, orgOf);
    if (whole === 'none') return out;
    if (whole === 'organization') {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // Leading country or demonym: "U.S. Congress" is caught above; "Chinese Xi" keeps the name.
    const lead = known !== undefined ? known : knownLength(tokens, from, to);
    // "Swimming Queensland", "Cycling Canada": a sport's body named by its sport and its land
    if (n > 1 && !lead && sportOfPlace(tokens, from, to)) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    known = undefined;
    // "Jordan Ellis", "Chad Porter", "Georgia Lin": a country's or place's name that is also a
    // given name, before one plain name word, is a person's given name
    // (before a speech verb, after one in inverted order: "said Jordan Kowalski", or after a noun
    // for a person: "top seed Sofia Lindgren of Sweden")
    // ("coordinator Paris Desjardins": after a noun for a person or a cue, a surname a body is named by too)
    // ("Chad Norman Smith": with a middle given name before the plain name word; not after a place's
    // preposition, "director for Africa Patrick Youssef")
    const middleGiven = n === 3 && !PLACE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && givenNameBefore(tokens, from + 1, to);
    // (a middle given name is a person's wherever the run stands, "Ann Lee met Chad Norman Smith in
    // Regina", unless an article opens it, a paper's or a body's name: "The Washington Free Beacon")
    const anywhere = middleGiven && !ARTICLES_BEFORE.has(tokens[from - 1]?.lower ?? '');
    if (lead && lead.n === 1 && (anywhere || ((n === 2 || middleGiven) && ((to < tokens.length && SPEAKER_AFTER.has(tokens[to].lower)) || speechVerbBefore(tokens, from) || personNounBefore(tokens, from) || surnameShaped(tokens, from, to))))
      && (givenNameBefore(tokens, from, to) || ((speechVerbBefore(tokens, from) || personNounBefore(tokens, from)) && givenNameBeforeBody(tokens, from, to)) || givenNameBeforeTown(tokens, from, to))) {
      out.push(tagged(entity(tokens, text, 'person', from, to), party, country));
      return out;
    }
    // what is left after a peeled modifier is a known name ("European Facebook users")
    if (lead && lead.n === n) {
      const isCountry = lead.kind === 'country' || lead.kind === 'capital';
      out.push(tagged(isCountry ? entity(tokens, text, lead.kind, from, to, lead.name, undefined, lead.name) : entity(tokens, text, lead.kind, from, to), party, country));
      return out;
    }
    // "Florida Power & Light", "Texas Rail Road Commission": a place, then a trade's head word and more, is one body
    if (lead && lead.n < n - 1 && n - lead.n <= 3 && lead.kind !== 'organization' && ORG_HEADS.has(baseLower(tokens[from + lead.n]))) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // "U.S. Conference of Mayors", "Canadian Conference of Catholic Bishops": a nation's standing conference, one body
    if (lead && lead.kind !== 'organization' && n - lead.n >= 3 && conferenceOfMembers(tokens, from + lead.n + 1, from + lead.n + 2, to)) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // "the Santiago Bernabéu stadium": a place's name that is a given name too, then a word the lists
    // do not know, before a venue's noun, is a venue named after someone, not the place
    // (elsewhere the place: "Cleveland Browns", "Washington Monument")
    if (lead && lead.n === 1 && n === 2 && from > 0 && tokens[from - 1].lower === 'the' && NAMED_VENUES.has(tokens[to]?.text ?? '') && givenNameBefore(tokens, from, to)) {
      out.push(tagged(entity(tokens, text, 'place', from, to), party, country));
      return out;
    }
    // "House of Nazareth", "House of Friendship": a one-word body's name the run joined over "of" or
    // "for" opens a body's longer name (the lists know "House of Commons" whole), no "of Nazareth" apart
    if (lead && lead.n === 1 && lead.kind === 'organization' && n >= 3 && (tokens[from + 1].lower === 'of' || tokens[from + 1].lower === 'for')) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
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
    // ("in St. John's": a saint's town named with its possessive, after a place's preposition)
    if (n > 1 && n <= 3 && PLACE_PREFIXES.has(first) && (!tokens[to - 1].possessive || saintTownAfter(tokens, from, to)) && common < from && connector < from) {
      out.push(tagged(entity(tokens, text, 'place', from, to), party, country));
      return out;
    }
    // "Rue Sainte-Anne", "Boulevard Saint-Laurent", "on Rue Principale": a street named the French way,
    // its word first — a place, not a person called Rue
    if (n > 1 && n <= 4 && frenchStreet(tokens, from)) {
      out.push(tagged(entity(tokens, text, 'place', from, to), party, country));
      return out;
    }
    // "de la Vega", "Van den Berg": a surname with its particles, to be matched with a full name
    if (n > 1 && n <= 5 && NAME_PARTICLES.has(first) && isParticleSurname(surfaceText(tokens, from, to))) {
      out.push(tagged(entity(tokens, text, 'single', from, to), party, country));
      return out;
    }
    // "Progressive Conservative Ron Patterson", "Liberal Democrat Ann Lee": a party's member in the
    // singular, named by two words, before a given name is a role too, as one word is
    if (n > 3 && PARTY_ADJECTIVES.has(first) && PARTY_MEMBERS_PLURAL.has(`${baseLower(tokens[from + 1])}s`) && genderOfFirstName(tokens[from + 2].base) !== null) {
      party = surfaceText(tokens, from, from + 2);
      from += 2;
      continue;
    }
    // "Republican Donald Trump", "Democrat Bernie Sanders": the party is a role, not part of the name
    if (PARTY_WORDS.has(first) && n > 1) {
      // ("Listen, Liberal Or, Whatever Happened …": a book's title, a party word before a word that names no one)
      if (n === 2 && namesNoOne(tokens[from + 1])) return out;
      party = tokens[from].text;
      from++;
      continue;
    }
    // "Indiana-born Gonzalo Curiel", "Ohio-based …": a compound modifier, not part of the name
    if (n > 1 && first.includes('-') && COMPOUND_MODIFIER.test(first)) {
      // ("Ohio-based Kroger": one word left is the company's name)
      if (n === 2 && BODY_MODIFIER.test(first) && genderOfFirstName(tokens[from + 1].base) === null && !knownLength(tokens, from + 1, to)) {
        out.push(tagged(entity(tokens, text, 'organization', from + 1, to), party, country));
        return out;
      }
      from++;
      continue;
    }
    // "Botox-maker Allergan", "Drone-maker …": what follows a maker is a company
    if (n > 1 && first.endsWith('-maker')) {
      out.push(tagged(entity(tokens, text, 'organization', from + 1, to), party, country));
      return out;
    }
    // "Scottish Labour", "Welsh Conservatives", "Scottish Greens": a party's branch in a nation is a body
    if (n === 2 && (REGIONAL_ADJECTIVES.has(first) || countryByDemonym.has(first)) && BRANCH_PARTIES.has(lastLower)) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // "Progressive Conservatives", "New Democrats", "Liberal Democrats": a party named by its plural members is a body, no person
    // (its name in the singular is a modifier, as "Liberal" alone is, and names no one: "the
    // Progressive Conservative government" is the government, "a New Democrat MP" the member)
    if (n === 2 && PARTY_ADJECTIVES.has(first) && PARTY_MEMBERS_PLURAL.has(`${lastLower}s`)) return out;
    if (n === 2 && PARTY_ADJECTIVES.has(first) && PARTY_MEMBERS_PLURAL.has(lastLower)) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
      return out;
    }
    // "Canadian Artists' Representation", "Alberta Teachers' Association": a plural's possessive inside
    // the run is a body's word, no person's, and the demonym or region before it is part of its name
    if (n >= 3 && pluralPossessiveInside(tokens, from, to)) {
      out.push(tagged(entity(tokens, text, 'organization', from, to), party, country));
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

/** Trades whose "System" names a body, not a thing (a "Health System" runs hospitals; an "Emergency Alert System" is a thing). */
const SYSTEM_TRADES = new Set(['health', 'healthcare', 'care', 'hospital', 'school', 'university', 'retirement', 'reserve', 'transit', 'library']);

/**
 * What the whole run [from, to) is by its last word or its shape, before any word is peeled off:
 * 'organization' (a body's head last, a brand's word, an acronym, a body named by its members),
 * 'none' for a section's label, undefined when they do not tell; `lastLower` is the last token's
 * `baseLower`, `orgOf` the run's mark of a body's head before "of" (RunMarks).
 */
function wholeRunKind(tokens: Token[], from: number, to: number, last: Token, lastLower: string, orgOf: number): 'organization' | 'none' | undefined {
  const n = to - from;
  // ("Amalgamated Transit Union Local 113", "Unifor Local 1127": a union's local is the union's body)
  if ((ORG_HEADS.has(lastLower) && !surnameOfTrade(tokens, from, to)) || orgOf >= from || (n > 1 && CLUB_HEADS.has(lastLower)) || (n > 1 && lastLower === 'local' && (ORG_HEADS.has(baseLower(tokens[to - 2])) || isNumberWord(tokens[to]))) || (n > 2 && isNumberWord(last) && (baseLower(tokens[to - 2]) === 'local' || (n > 4 && baseLower(tokens[to - 4]) === 'local' && unitNumberLength(tokens, to - 3, to) === 3)))) return 'organization';
  // ("Nurture First", "Families First": a cause's name, see firstLast)
  // ("Ontario Teachers' Pension Plan", "Firefighters' Retirement System": a fund kept for members is a body)
  if (n > 1 && (last.text === 'First' || membersFund(tokens[to - 2], last))) return 'organization';
  // ("School District No. 23", "Engine Company No. 3": a unit by its number is a body, never a person)
  if (n > 2 && tokens[to - 2].lower === 'no.' && /^\d/.test(last.text)) return 'organization';
  // "Osler Health System", "Federal Reserve System": a system of a public service's trade is the body that runs it
  if (n > 1 && lastLower === 'system' && SYSTEM_TRADES.has(baseLower(tokens[to - 2]))) return 'organization';
  // "GlobalData Retail", "PayLoop Canada", "Spirit AeroSystems": a brand's word in a body's name
  if (n > 1 && n <= 3 && brandWordIn(tokens, from, to)) return 'organization';
  // "Halifax Regional Fire and Emergency": a public body named by the two services it gives
  if (n >= 3 && baseLower(tokens[to - 2]) === 'and' && servicesJoined(tokens, to - 2)) return 'organization';
  // "Kamloops Fire Rescue", "Miami-Dade Fire Rescue": a place's words before two services side by side name one public body
  if (n >= 3 && servicesPaired(tokens, to)) return 'organization';
  // "Hydro One", "Radio One": a body's head word and a number's word name a company
  if (n === 2 && lastLower === 'one' && last.cap && ORG_HEADS.has(baseLower(tokens[from])) && tokens[from].cap) return 'organization';
  // an acronym, not a common word in capitals ("THIS", "BUT" in a shouted headline)
  // a section's label in capitals before its colon names nothing ("NOTES:", "UPDATE:")
  if (n === 1 && SECTION_LABELS.has(lastLower) && tokens[to]?.text === ':' && isAcronym(last)) return 'none';
  if (n === 1 && isAcronym(last) && !COMMON_CAPITALISED.has(lastLower) && !HEADLINE_BREAKS.has(lastLower)) return 'organization';
  // "Centerview Partners", "CORE Teachers": a body named by its members, not a person
  if (n > 1 && GROUP_NOUNS.has(lastLower)) return 'organization';
  // "Construction Bélanger", "Transport Morneau": a Quebec firm names its trade first, then its founder
  if (n > 1 && n <= 3 && TRADE_FIRST.has(tokens[from].text)) return 'organization';
  return undefined;
}

/** Trades a Quebec firm's name opens with, before its founder's or its place's name ("Construction Bélanger", "Excavation Gagné"). */
const TRADE_FIRST = new Set(['Construction', 'Constructions', 'Transport', 'Transports', 'Excavation', 'Excavations', 'Toitures', 'Plomberie', 'Déneigement', 'Pavage', 'Rénovations', 'Entreprises', 'Boulangerie', 'Fromagerie', 'Quincaillerie', 'Pharmacie']);

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
    // (a plural head too: "Chambers of Commerce", "Councils of Governments")
    if (i < to - 1 && (ORG_HEADS.has(w) || (w.endsWith('s') && ORG_HEADS.has(w.slice(0, -1)))) && (tokens[i + 1].lower === 'of' || tokens[i + 1].lower === 'for')) orgOf = i;
    // ("Mothers Against Drunk Driving", "Ohio Right to Life": a small word only a body's name has inside)
    else if (i > from && bodyJointAt(tokens, from, i, to)) orgOf = i;
    // ("Canadian Parents for French", "Students for Fair Admissions": people for a cause)
    else if (i > from && i < to - 1 && advocatesFor(tokens, from, i, i + 1)) orgOf = i;
    // a university's word in another language is in no person's name, wherever it stands ("Vrije Universiteit Brussel")
    else if (FOREIGN_ACADEMY_WORDS.has(w)) orgOf = i;
    // (a month that opens a name, "May Lindgren said", is a given name, not the verb "May")
    // (nor "May" that ends one, which the run finder took only as a surname: "Theresa May")
    if (COMMON_CAPITALISED.has(w) && !CONNECTORS.has(w) && !(MONTH_NAMES.has(w) && (i === from || (w === 'may' && i === to - 1))) && !(i === from && to - from === 2 && weekdayAsName(tokens, i, to, i > 0 && titleAt(tokens, i - 1, i) > 0)) && !(i === from && willAsName(tokens, i, to)) && !(i === to - 1 && i > from && commonWordSurname(tokens, i, to + 1)) && !countSurnameAt(tokens, from, i, to) && !firstLast(tokens, from, i, to)) common = i;
    // a capitalised particle is part of a name ("Jason Van Dyke"), not an organisation's connector
    if (CONNECTORS.has(w) && !(tokens[i].cap && NAME_PARTICLES.has(w))) connector = i;
    if (!tokens[i].cap) {
      lowerWord = i;
      if (!NAME_PARTICLES.has(tokens[i].text)) lowerNonParticle = i;
    }
  }
  return { orgOf, common, connector, lowerWord, lowerNonParticle };
}

/** Whether token `i` is a "First" that ends run [from, to) after a word of it: a cause's or a body's name ("Nurture First", "Families First", "Housing First"), as no person's is. */
function firstLast(tokens: Token[], from: number, i: number, to: number): boolean {
  return i === to - 1 && i > from && tokens[i].text === 'First';
}

/** Articles before a run that make it a name of a thing, no person's ("the Washington Free Beacon"). */
const ARTICLES_BEFORE = new Set(['the', 'a', 'an']);
/** Prepositions a place's name follows ("for Africa", "in Chad"). */
const PLACE_PREPOSITIONS = new Set(['for', 'of', 'in', 'from', 'to', 'at', 'across', 'near']);

/** Numbers that open surnames of the Plains nations ("Two Bulls", "Three Stars", "Four Bears"). */
const COUNT_SURNAME_WORDS = new Set(['two', 'three', 'four']);
/** Whether token `i` of run [from, to) is a number opening such a surname, between a given name and the run's last word: "Cheryl Two Bulls". */
function countSurnameAt(tokens: Token[], from: number, i: number, to: number): boolean {
  // (not a name "the" opens, a festival's or a place's: "the Jordan Two Rivers festival")
  return i > from && i === to - 2 && COUNT_SURNAME_WORDS.has(tokens[i].lower) && genderOfFirstName(tokens[i - 1].base) !== null && tokens[from - 1]?.lower !== 'the';
}

/** Whether a plural's possessive apostrophe, glued to its word, stands between capitalised words of run [from, to) ("Artists' Representation"). */
function pluralPossessiveInside(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    const x = tokens[k];
    if ((x.text === "'" || x.text === '’') && tokens[k - 1].cap && tokens[k - 1].lower.endsWith('s') && tokens[k - 1].end === x.start && tokens[k + 1].cap) return true;
  }
  return false;
}

/** The entities of what is left of an untitled run once its leading modifiers are peeled off: a person, a place, a body, or none. */
function remainderEntities(tokens: Token[], from: number, to: number, text: string, marks: RunMarks): Entity[] {
  const n = to - from;
  const last = tokens[to - 1];
  const lastLower = baseLower(last);
  const first = baseLower(tokens[from]);
  const { common, connector, lowerWord, lowerNonParticle } = marks;
  // "Nova Scotians", "Albertans", "West Virginians": the people of a province or state are no one's
  // name, nor are members of a legislature ("Liberal MPPs", "MLAs")
  if (lastLower.endsWith('s') && !last.possessive && (regionPeople(lowerText(tokens, from, to)) || (n === 1 && CONSTITUENCY_TITLES.has(lastLower.slice(0, -1))))) return [];
  // "in Kirkenes": one unknown word after "in" is a place unless the article names a person by it
  if (n === 1 && !last.possessive && from > 0 && PLACE_LEAD.has(tokens[from - 1].lower)
    && endsPhrase(to < tokens.length ? tokens[to] : undefined) && isLoneName(last)) return [entity(tokens, text, 'place', from, to)];
  // "in Ballymoney and nearby Dervock": what is near or next door is a place, whatever follows it
  else if (n === 1 && !last.possessive && from > 0 && NEIGHBOUR_WORDS.has(tokens[from - 1].lower) && isLoneName(last)) return [entity(tokens, text, 'place', from, to)];
  // ("Republican Presidential hopeful": an adjective left after the party is no one's name)
  // ("state-owned Codelco", "London-listed Glencore": a word only a body takes before it)
  // ("startup Lumenwise", "lender Vaultline": a company's noun before a word no given name is)
  else if (n === 1 && (!NON_NAME_WORDS.has(lastLower) || genderOfFirstName(last.base) !== null)) return [entity(tokens, text, brandWord(last.base) || (from > 0 && BODY_MODIFIER.test(tokens[from - 1].lower)) || (genderOfFirstName(last.base) === null && (companyNounBefore(tokens, from) || companyWordAround(tokens, from, to))) ? 'organization' : 'single', from, to)];
  // "West Chester Area School District", "Metro Water District": a district a service names is a
  // public body (a "Congressional District" is a seat, no actor)
  else if (n >= 2 && lastLower === 'district' && SERVICE_DISTRICTS.has(baseLower(tokens[to - 2]))) return [entity(tokens, text, 'organization', from, to)];
  // ("Ohio State coach Ryan Day", "said Jim Tower": a given name and a word that ends no other
  // name, after a noun for one person or a speech verb, is a person named so)
  else if (n === 2 && NON_NAME_WORDS.has(lastLower) && /^[A-Z][a-z]+$/.test(last.base) && !lastLower.endsWith('s') && (personNounBefore(tokens, from) || speechVerbBefore(tokens, from)) && genderOfFirstName(tokens[from].base) !== null && !NOUNS_NOT_GIVEN.has(first)) return [entity(tokens, text, 'person', from, to)];
  // ("Vantage Games said", "Harbour Media said": a company's trade that also ends events' and things'
  // names, before a verb of saying, is a company's; an event or a thing says nothing)
  else if (n >= 2 && NON_NAME_WORDS.has(lastLower) && !last.possessive && to < tokens.length && tokens[to].type === 'word' && SPEAKER_AFTER.has(tokens[to].text) && orgKindsOfName(lastLower).includes('company')) return [entity(tokens, text, 'organization', from, to)];
  // ("Do Thi Hoa": a Vietnamese family name may be a common word that opens sentences)
  else if (NON_NAME_WORDS.has(lastLower) || (common >= from && !(n === 3 && isVietnameseName([tokens[from].text, tokens[from + 1].text, last.text])))) return [];
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
  else if (n >= 2 && !last.possessive && genderOfFirstName(tokens[from].base) === null && bodyAround(tokens, from, to)) return [entity(tokens, text, 'organization', from, to)];
  // "Hillary’s Likely VP Pick": a common noun in capitals is in no one's name, nor are a field of
  // government's words ("Minister of Jobs and Economic Growth", "Public Safety")
  // "The Maple Leafs said", "the Rolling Stones": a plural name after "the", no given name first, is a team's or a band's
  else if (n >= 2 && from > 0 && tokens[from - 1].lower === 'the' && !last.possessive && /[a-z][^s]s$/.test(last.text) && genderOfFirstName(tokens[from].base) === null) return [entity(tokens, text, 'organization', from, to)];
  else return commonCapitalsIn(tokens, from, to) || fieldWordsOnly(tokens, from, to) ? [] : [entity(tokens, text, 'person', from, to)];
}

/** Whether [from, to) are two words or more, each a field of government's ("Economic Growth"), no given name first. */
function fieldWordsOnly(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || genderOfFirstName(tokens[from].base) !== null) return false;
  for (let i = from; i < to; i++) if (!FIELD_WORDS.has(tokens[i].lower)) return false;
  return true;
}

/** Whether a word of [from, to) is a common noun in capitals ("TV", "VP"). */
function commonCapitalsIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (commonCapitals(tokens[i])) return true;
  return false;
}

/** Whether a word of [from, to) is a brand's ("AeroSystems", "PayLoop"). */
function brandWordIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (brandWord(tokens[i].base, i > from)) return true;
  return false;
}

/**
 * Whether the words around one word no given name is show a company's: "shares of Hexcel", "analysts
 * at Jefferies", "the chairman of Loblaw" (`companyContext`), "Hexcel, which makes …" (a trade's
 * verb after "which").
 */
function companyWordAround(tokens: Token[], from: number, to: number): boolean {
  // (at one word, only one's work: "analysts at Jefferies"; "police at Pride", "a student at Dart-mouth" are elsewhere)
  const at = from > 1 && tokens[from - 1].lower === 'at';
  if (at ? STAFF.has(tokens[from - 2].lower) : companyContext(tokens, from, to)) return true;
  if (tokens[to]?.text === ',' && tokens[to + 1]?.lower === 'which' && TRADE_VERBS.has(tokens[to + 2]?.lower ?? '')) return true;
  return bodyMovesItsFigures(tokens, from, to) || joinedToCompany(tokens, from, to) || playedFor(tokens, from, to);
}

/** "scored for the Oilers", "played against the Flames": a plural name a player scores or plays for is a team's. */
function playedFor(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !/[^s'’]s$/.test(tokens[from].text) || tokens[from - 1]?.lower !== 'the') return false;
  const prep = tokens[from - 2]?.lower;
  // ("scored twice for the Oilers": over a count of times)
  const verb = TIMES.has(tokens[from - 3]?.lower ?? '') ? from - 4 : from - 3;
  return (prep === 'for' || prep === 'against') && PLAY_VERBS.has(tokens[verb]?.lower ?? '');
}
const TIMES = new Set(['once', 'twice', 'again', 'three', 'four', 'five']);
const PLAY_VERBS = new Set(['scored', 'scores', 'played', 'plays', 'playing', 'score', 'play', 'starred', 'stars', 'pitched', 'pitches', 'dressed']);

/**
 * "General Motors and Stellantis", "Stellantis and Ford Motor Co.": one word joined by "and" or
 * "or" to a name that ends on a company's word (its trade or legal form) is a company too.
 */
function joinedToCompany(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.lower;
  if ((before === 'and' || before === 'or') && from >= 2 && tokens[from - 2].cap && companyWord(tokens[from - 2])) return true;
  const after = tokens[to]?.lower;
  if (after !== 'and' && after !== 'or') return false;
  let k = to + 1;
  while (k < tokens.length && k < to + 5 && tokens[k].cap && tokens[k].type === 'word' && !tokens[k].possessive) k++;
  return k > to + 1 && companyWord(tokens[k - 1]);
}
/** Whether a capitalised word is a company's trade or legal form ("Motors", "Inc.", "Energy"). */
const companyWord = (t: Token): boolean => COMPANY_TAIL_WORDS.has(baseLower(t));
const COMPANY_TAIL_WORDS = new Set(['motors', 'motor', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'airlines', 'airways', 'energy', 'technologies', 'pharmaceuticals', 'holdings', 'industries', 'foods', 'brands', 'stores', 'resources', 'petroleum', 'mining', 'telecom', 'communications', 'semiconductor', 'automotive', 'aerospace']);

/**
 * "Shell cut its capital spending", "Aldi raised its prices", "Stellantis also lowered its
 * forecast": a word opening its clause that moves "its" figures (a verb of raising or cutting, then
 * a company's figure or the word before one) is a body's; a person moves "his" or "her" prices, and
 * "Trudeau cut its funding" (the government's) names no company's figure.
 */
function bodyMovesItsFigures(tokens: Token[], from: number, to: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (before && before.type === 'word') return false;
  let k = to;
  if (tokens[k]?.type === 'word' && CLAUSE_ADVERBS.has(tokens[k].lower)) k++;
  if (!FIGURE_VERBS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'its') return false;
  const figure = tokens[k + 2]?.lower ?? '';
  return COMPANY_FIGURES.has(figure) || (tokens[k + 3]?.type === 'word' && COMPANY_FIGURES.has(tokens[k + 3].lower) && !tokens[k + 2].cap);
}
const CLAUSE_ADVERBS = new Set(['also', 'again', 'further', 'sharply', 'quietly', 'recently', 'later', 'then']);
const FIGURE_VERBS = new Set(['cut', 'cuts', 'raised', 'raises', 'lowered', 'lowers', 'lifted', 'lifts', 'trimmed', 'trims', 'slashed', 'slashes', 'boosted', 'boosts', 'hiked', 'hikes', 'reduced', 'reduces', 'increased', 'increases', 'doubled', 'halved', 'reported', 'reports', 'posted', 'posts', 'maintained', 'reaffirmed', 'suspended', 'suspends']);
/** What a company reports and moves ("its forecast", "its quarterly dividend", "its capital spending"). */
const COMPANY_FIGURES = new Set(['forecast', 'forecasts', 'outlook', 'guidance', 'dividend', 'dividends', 'payout', 'prices', 'fares', 'fees', 'output', 'production', 'spending', 'workforce', 'headcount', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'earnings', 'capex', 'stake', 'rates', 'capacity', 'inventory', 'margins']);
/** Venues named after a person, in lower case after the name: "the Santiago Bernabéu stadium". */
const NAMED_VENUES = new Set(['stadium', 'arena', 'ground', 'airport', 'hospital', 'bridge', 'dam', 'refinery', 'racecourse']);

/** Those who work at a company ("analysts at Jefferies", "an economist at Evercore"). */
const STAFF = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'traders', 'banker', 'bankers', 'executive', 'executives', 'employee', 'employees', 'engineer', 'engineers', 'researcher', 'researchers']);
/** Verbs of a trade after ", which" ("Hexcel, which makes carbon fibre"). */
const TRADE_VERBS = new Set(['makes', 'owns', 'operates', 'sells', 'runs', 'produces', 'builds', 'publishes', 'manufactures', 'supplies', 'employs', 'develops', 'designs', 'distributes']);

/** Whether [from, to) is a word in -ing no given name is ("Swimming", "Rowing"), then a place, state or country the lists know filling the rest. */
function sportOfPlace(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (first.lower.length < 6 || !first.lower.endsWith('ing') || genderOfFirstName(first.base) !== null) return false;
  const place = knownLength(tokens, from + 1, to);
  return !!place && place.n === to - from - 1 && (place.kind === 'place' || place.kind === 'country' || place.kind === 'capital');
}

/** "in St. John's", "near St. Mary's": a saint's name and its possessive, alone after a place's preposition. */
function saintTownAfter(tokens: Token[], from: number, to: number): boolean {
  return to - from === 2 && SAINT_WORDS.has(tokens[from].lower) && from > 0 && PLACE_LEAD.has(tokens[from - 1].lower);
}
const SAINT_WORDS = new Set(['st.', 'st', 'saint', 'ste.', 'ste', 'sainte']);

/** Words for a street that open its name in French ("Rue Saint-Denis", "Chemin Sainte-Foy"). */
const FRENCH_STREET_WORDS = new Set(['rue', 'avenue', 'boulevard', 'chemin', 'rang', 'côte', 'montée']);
/** Words before a street's name ("on Rue Principale", "along Boulevard Taschereau"). */
const STREET_LEAD = new Set(['on', 'along', 'off', 'onto']);
/**
 * Whether the run opening at `from` is a street named the French way: its street word first, then a
 * saint's hyphenated name ("Rue Sainte-Anne"), or any name after "on", "along", "off" or "onto".
 */
function frenchStreet(tokens: Token[], from: number): boolean {
  if (!FRENCH_STREET_WORDS.has(tokens[from].lower) || from + 1 >= tokens.length) return false;
  return /^(?:Saint|Sainte|St|Ste)-\p{Lu}/u.test(tokens[from + 1].text) || (from > 0 && STREET_LEAD.has(tokens[from - 1].lower));
}

/**
 * Whether the second word of the run [from, from + 2) reads as a surname in any context: no
 * determiner or preposition of place before the run ("the Jordan Valley", "in Georgia Tech"), no
 * plural ("Georgia Bulldogs"), no possessive, no capitalised word after it ("Israel Aerospace
 * Industries" is a longer name), and no common English word.
 */
function surnameShaped(tokens: Token[], from: number, to: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  const second = tokens[from + 1];
  const after = to < tokens.length ? tokens[to] : undefined;
  if (before && before.type === 'word' && (before.lower === 'the' || PLACE_LEAD.has(before.lower))) return false;
  if (second.possessive || /s$/.test(second.lower) || (after && after.cap)) return false;
  // (a lower-case noun after the run makes it a modifier: "Israel Netanyahu government said", "a
  // Georgia Hyundai plant"; a person's name goes on with a verb, "coached", "says", "is", "will")
  // ("Kingston Moore of the Maple Crest Tenants Association said": "of" and a body's name is a person's affiliation)
  if (after && after.type === 'word' && !/(?:ed|s)$/.test(after.lower) && !NAME_VERBS_AFTER.has(after.lower) && !affiliationAfter(tokens, to)) return false;
  // (and no common word: "Boston Marathon", "Washington Monthly", "Apple Music" name no one)
  return second.lower.length >= 3 && !isCommonWord(second.lower);
}

/** Whether "of", then "the" or not, then a capitalised word stands at `to` ("… of the Maple Crest Tenants Association"). */
function affiliationAfter(tokens: Token[], to: number): boolean {
  if (tokens[to]?.lower !== 'of') return false;
  const next = tokens[to + 1]?.lower === 'the' ? tokens[to + 2] : tokens[to + 1];
  return !!next && next.type === 'word' && next.cap;
}

/** Whether the run [from, to) is a given name and one word the lists know as a body's, a surname too ("Paris Desjardins"). */
function givenNameBeforeBody(tokens: Token[], from: number, to: number): boolean {
  return to - from === 2 && genderOfFirstName(tokens[from].base) !== null && knownLength(tokens, from + 1, to)?.kind === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(tokens[from + 1].base);
}

/**
 * "Jordan Whitehorse said", "Chad Calgary told": a country's name that is a given name, then a town
 * the gazetteer knows, is a person's name, a place being never written after its country so; a
 * speech verb or a role noun stands beside it (see the caller).
 */
function givenNameBeforeTown(tokens: Token[], from: number, to: number): boolean {
  const town = to - from === 2 && genderOfFirstName(tokens[from].base) !== null ? knownLength(tokens, from + 1, to) : null;
  return !!town && town.n === 1 && (town.kind === 'place' || town.kind === 'capital') && !tokens[from + 1].possessive;
}

/** Words after a person's name that are no nouns: auxiliaries, modals and irregular pasts ("Jordan Kowalski will", "… told"). */
const NAME_VERBS_AFTER = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'told', 'wrote', 'spoke', 'said', 'took', 'made', 'gave', 'got', 'went', 'came', 'led', 'won', 'ran', 'who', 'and', 'also', 'then']);

/** Whether the token before `from` is a speech verb whose speaker follows it ("…,” said Jordan Kowalski"). */
function speechVerbBefore(tokens: Token[], from: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  return !!before && before.type === 'word' && SPEAKER_AFTER.has(before.lower);
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
  // ("said Joanne Kakegamic of Sioux Lookout, who …": where a person named in full lives, set off by the phrase's end)
  if (lead === 'of') return fullNameBefore(tokens, from - 1) && (!next || next.text === ',' || next.text === '.');
  return PLACE_LEAD.has(lead) && endsPhrase(next);
}

/** Whether a person's name of two capitalised words, the first a given name, ends right before token `k` ("Joanne Kakegamic | of"). */
function fullNameBefore(tokens: Token[], k: number): boolean {
  const surname = tokens[k - 1];
  const given = tokens[k - 2];
  return k >= 2 && surname.type === 'word' && surname.cap && !surname.possessive && given.type === 'word' && genderOfFirstName(given.base) !== null;
}

/** `e` with the party label and country that words peeled off its run gave, where it has none of its own. */
function tagged(e: Entity, party: string | undefined, country: string | undefined): Entity {
  if (party && (e.type === 'person' || e.type === 'single')) e.role ??= party;
  if (country) e.country ??= country;
  return e;
}

/** Heads of bodies' names that are also common surnames ("Gerald Power", "Tyra Banks", "Kevin Nation", "Mary Charters", "Ashley Lines"; not "Church": "Grace Church" is a parish). */
const TRADE_SURNAMES = new Set(['power', 'banks', 'chambers', 'nation', 'charters', 'lines']);
/** Services a special-purpose district is named for ("School District", "Fire Protection District", "Water District", a merchants' "Business Improvement District"). */
const SERVICE_DISTRICTS = new Set(['school', 'schools', 'fire', 'protection', 'water', 'sewer', 'sanitation', 'utility', 'park', 'parks', 'transit', 'hospital', 'health', 'library', 'irrigation', 'conservation', 'port', 'college', 'drainage', 'improvement']);
/** Nouns the first-name table lists as given names (a table of 32,500 names has rare ones) that open set phrases: "Girl Power", "Star Power", "Coal Power". */
const NOUNS_NOT_GIVEN = new Set(['duke', 'grace', 'trinity', 'hope', 'faith', 'liberty', 'victory', 'girl', 'star', 'coal', 'brain', 'sun', 'horse', 'fire', 'flower', 'people', 'sea', 'air', 'solar', 'wind', 'hydro', 'nuclear', 'will', 'man', 'woman', 'word', 'super', 'mind', 'mother', 'father', 'baby', 'king', 'queen', 'prince', 'angel', 'crystal', 'storm', 'river', 'stone', 'steel', 'gold', 'silver', 'diamond']);

/**
 * Whether a run of two words is a given name and a surname that is also a body's head word:
 * "Gerald Power" is a person where "Georgia Power" (a place's name first) and "Nova Scotia Power" are companies.
 */
function surnameOfTrade(tokens: Token[], from: number, to: number): boolean {
  // (not after "the", which no person's name takes: "the Cherokee Nation", "the Oneida Nation")
  return to - from === 2 && tokens[from - 1]?.lower !== 'the' && TRADE_SURNAMES.has(baseLower(tokens[to - 1])) && !NOUNS_NOT_GIVEN.has(tokens[from].lower) && genderOfFirstName(tokens[from].base) !== null && knownLength(tokens, from, from + 1) === null;
}

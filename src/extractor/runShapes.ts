/**
 * Names, the first look at a run with no title in it (from `classifyUntitled` in ./untitledRuns):
 * what the run's shape or the words around it decide before any word is peeled off (a team, a
 * newspaper, a venue, a street, a storm, a national branch of a known body, a company by its legal
 * form), or undefined.
 */
import { genderOfFirstName } from './gender';
import { baseLower, type Token } from './text';
import { CITIES, countryByDemonym, countryBySurface, isRegionName, NON_NAME_WORDS, ORG_HEADS, PARTY_WORDS, PLACE_HEADS, PLACE_PREFIXES, DIRECTION_WORDS, REGION_ABBREVIATIONS, ROLE_NOUNS, REGIONS } from './gazetteer';
import { isCommonWord } from './commonWords';
import { BODY_FIELDS, NEWSPAPER_WORDS, PROVINCIAL_FIELDS } from './lexicon/organisations';
import { peopleNoun } from './lexicon/people';
import { knownLength } from './knownNames';
import { isAcronym } from './nameWords';
import { allCapitals, occupationAt, peopleNounAt } from './nameChecks';
import { titleAt } from './runTitles';
import { contextKind } from './runContext';
import { entity, type Entity, type EntityType } from './entities';
import { ROAD_WORDS } from './runJoins';
import { CUE_FORMS } from './cues';
import { clubAfter, clubSpeaks, clubWordAfter, CONTEST_HEADS, contestBeforeFinal, CUP_LEAGUES, DIVISION_COMPASS, FINALS, LEAGUE_WORDS, namedEventAfter, SPORT_WORDS, sportBody, superSide, teamName, theBefore } from './sportShapes';

/**
 * Whether the run [from, to) is one or two words that name no one, then a country's one-word name
 * ("Costco Canada", "Climate Change Canada"), or one such word and a city's ("Bike Ottawa",
 * "Tourism Vancouver": a body of the city; "Jack London" opens with a given name).
 */
function bodyBeforeCountry(tokens: Token[], from: number, to: number): boolean {
  // (or a state by its acronym: "Shelter NSW")
  const last = tokens[to - 1];
  // (a place's head word the lists know alone, "Island" as Iceland's own name, ends a place's name:
  // "Pender Island", no body's arm there)
  if (PLACE_HEADS.has(last.lower)) return false;
  const city = to - from === 2 && !last.possessive && isPlaceKind(knownLength(tokens, to - 1, to)?.kind) && knownLength(tokens, from, to)?.n !== 2;
  if (!city && !(REGIONS.has(last.lower) && isAcronym(last)) && (!countryBySurface.has(baseLower(last)) || knownLength(tokens, to - 1, to)?.kind !== 'country')) return false;
  if (!plainBodyWords(tokens, from, to - 1)) return false;
  // "Republican Iowa", "Grandpa Bern": a place with its voters' party, a person's nickname
  for (let i = from; city && i < to - 1; i++) if (PARTY_WORDS.has(tokens[i].lower) || peopleNoun(tokens[i].lower) !== null || KIN_WORDS.test(tokens[i].lower)) return false;
  return true;
}

/**
 * "Doctors Nova Scotia", "Engineers Canada": a profession in the plural, capitalised at `from`,
 * then a province, state or country the lists know, name a profession's body there; the token
 * after the place's name, -1 when the words are no such name or a capitalised word goes on after
 * the place (a Title Case headline's words, "Nurses Ontario Protest …").
 */
export function professionBody(tokens: Token[], from: number, to: number): number {
  if (!tokens[from].cap || peopleNoun(tokens[from].lower) !== 'plural') return -1;
  const where = knownLength(tokens, from + 1, to);
  if (!where || (where.kind !== 'country' && where.kind !== 'place')) return -1;
  const end = from + 1 + where.n;
  return end >= to || !tokens[end].cap ? end : -1;
}

/** Countries whose national bodies are named "Food Banks Canada": words of a trade, then the land (no person's surname). */
export const NATIONAL_BODY_LANDS = new Set(['Canada', 'Australia']);

/**
 * Whether the run [from, to) is a province's or state's agency: its code beside common English words
 * ("BC Parks", "Consumer Protection BC"), or its full name after two of them or more ("Legal Aid
 * Ontario"), none a given name, place head or party word ("Port Washington" is a town); so is a
 * national body named the same way ("Food Banks Canada", "Trucking HR Canada": a trade's letters
 * may stand among the words).
 */
export function provincialBody(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  const code = (w: Token): boolean => REGION_ABBREVIATIONS.has(w.text) && (isAcronym(w) || w.text.includes('.'));
  const first = code(tokens[from]);
  const national = to - from >= 3 && NATIONAL_BODY_LANDS.has(tokens[to - 1].text);
  const last = !first && (code(tokens[to - 1]) || national || (to - from >= 3 && isRegionName(tokens[to - 1].text) && tokens[to - 1].cap)) && !tokens[to - 1].possessive;
  if (!first && !last) return false;
  // a title, a given name, then a state's or province's name is a person whose surname the place's
  // name is ("Coach Paul Washington", "Trainer Ann Victoria"), no agency
  if (last && to - from >= 3 && genderOfFirstName(tokens[to - 2].base) !== null && from + (titleAt(tokens, from, to) || occupationAt(tokens, from, to) || peopleNounAt(tokens, from, to)) === to - 2) return false;
  for (let i = first ? from + 1 : from; i < (first ? to : to - 1); i++) {
    const w = tokens[i];
    if (national && i > from && isAcronym(w) && w.text.length <= 4 && !REGION_ABBREVIATIONS.has(w.text)) continue;
    // (a trade's gerund is common by its verb: "Trucking", "Roofing")
    const common = isCommonWord(w.lower) || (national && w.lower.length > 6 && w.lower.endsWith('ing') && isCommonWord(w.lower.slice(0, -3)));
    // (title case only: an all-capitals headline's words are no agency's)
    if (w.type !== 'word' || !w.cap || w.text === w.text.toUpperCase() || w.possessive || !common || PLACE_HEADS.has(w.lower) || DIRECTION_WORDS.has(w.lower) || PARTY_WORDS.has(w.lower) || knownLength(tokens, i, i + 1)) return false;
    if ((last && i === from && genderOfFirstName(w.base) !== null) || (first && peopleNoun(w.lower) !== null)) return false;
  }
  return true;
}

/**
 * Farm products that a province's or state's producers' body is named by: "Manitoba Pork",
 * "Alberta Barley", "Iowa Beef". A lexical class (what a farm grows, raises or lands), no body's
 * name.
 */
const COMMODITY_WORDS = new Set(['pork', 'beef', 'veal', 'bison', 'cattle', 'hogs', 'pigs', 'chicken', 'chickens', 'turkey', 'eggs', 'egg', 'milk', 'dairy', 'cheese',
  'barley', 'wheat', 'oats', 'oat', 'canola', 'corn', 'soybean', 'soybeans', 'soy', 'pulse', 'pulses', 'lentils', 'peas', 'flax', 'hemp', 'mustard', 'forage', 'grain', 'grains', 'cereals', 'seed', 'seeds',
  'potato', 'potatoes', 'apple', 'apples', 'berries', 'blueberries', 'cranberries', 'strawberries', 'cherries', 'grapes', 'vegetables', 'produce',
  'lobster', 'seafood', 'shellfish', 'oysters', 'mussels', 'aquaculture', 'peanuts', 'tobacco']);

/**
 * Whether the run [from, to) is a province's or state's producers' body named by its full name and
 * a farm product ("Manitoba Pork", "Alberta Barley", "Ontario Corn"): no person "Alberta Barley",
 * no surname "Pork"; two words only. (Products that are common surnames too, "Lamb", "Honey",
 * "Salmon", "Cotton", are left out: "Georgia Lamb" is a person.)
 */
export function commodityBody(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const place = tokens[from];
  const product = tokens[from + 1];
  // ("Virginia Corn, a teacher,", "Georgia Wheat, 54,": a region's name that is a given name too opens a person's name where a person's appositive follows)
  if (genderOfFirstName(place.base) !== null && tokens[to]?.text === ',' && (/^\d{1,3}$/.test(tokens[to + 1]?.text ?? '') || personAppositive(tokens, to + 1))) return false;
  return place.cap && !place.possessive && isRegionName(place.text) && product.type === 'word' && product.cap && !product.possessive && product.text !== product.text.toUpperCase() && COMMODITY_WORDS.has(product.lower);
}

/** Whether [from, to) are words a body's name may open with before its country: no acronym, given name, compass point, demonym or known name. */
function plainBodyWords(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = tokens[i];
    if (isAcronym(w) || genderOfFirstName(w.base) !== null || DIRECTION_WORDS.has(w.lower) || PLACE_PREFIXES.has(w.lower) || countryByDemonym.has(w.lower) || knownLength(tokens, i, i + 1)) return false;
  }
  return true;
}

/**
 * Whether [from, to) is exactly a body the lists know, beside a country's or nation's word in the
 * run opening at `runFrom` (the body's national branch); not a one-word body in a run an acronym
 * opens, a bloc's letters beside a country ("the EU Japan trade deal").
 */
function knownBodyOver(tokens: Token[], from: number, to: number, runFrom: number): boolean {
  const body = knownLength(tokens, from, to);
  return !!body && body.kind === 'organization' && body.n === to - from && !(body.n === 1 && isAcronym(tokens[runFrom]));
}

/** Whether a country of two words the lists know ends at `to` ("South Africa", "New Zealand"). */
function twoWordCountry(tokens: Token[], to: number): boolean {
  const known = knownLength(tokens, to - 2, to);
  return !!known && known.n === 2 && known.kind === 'country';
}

/** Colours that name a transit line before "Line" ("the Red Line", "the Pink Line"). */
const TRANSIT_COLOURS = new Set(['red', 'blue', 'green', 'orange', 'yellow', 'purple', 'pink', 'gold', 'silver', 'brown', 'grey', 'gray', 'black', 'white', 'violet', 'teal']);

/** Family words, formal and familiar, before a nickname: "Grandpa Bern", "Uncle Joe". */
export const KIN_WORDS = /^(?:grand)?(?:pa|ma|papa|mama|pop|pops|dad|daddy|mom|mum|mommy|father|mother)$|^(?:uncle|aunt|auntie|cousin|brother|sister|granny|nana)$/;

/** Initials before a surname ("W.C. Fields", "J. Hill"). */
const INITIALS = /^(?:[A-Z]\.)+$/;
// (venues too: "TD Garden", "BMO Field")
/** Place heads that are also surnames ("Anita Hill", "Eva Green"): a place only after a word that is no given name. */
const SURNAME_PLACE_HEADS = new Set(['hill', 'hills', 'heath', 'green', 'wood', 'field', 'fields', 'cross', 'place', 'garden', 'gardens']);
/** Streets' and landforms' last words that are surnames too ("Nathan Lane", "Tom Ridge"). */
const STREET_SURNAMES = new Set(['drive', 'lane', 'ridge', 'hollow', 'gorge']);
/** Venues' last words that are surnames too ("Rogers Place", "Madison Square Garden"; "Sally Field" is a person). */
const VENUE_HEADS = new Set(['place', 'garden', 'gardens', 'field']);
/** Prepositions before a venue: "at Rogers Place", "outside Madison Square Garden". */
const VENUE_PREPOSITIONS = new Set(['at', 'in', 'inside', 'outside', 'from', 'to', 'near']);
/** Prepositions before a street or a landform: a venue's, and "on", "along", "off" ("along Owl Creek Drive", "in Birch Hollow"). */
const STREET_PREPOSITIONS = new Set([...VENUE_PREPOSITIONS, 'on', 'along', 'off']);

/** Compass points after a town that name a constituency or a district of it ("Kisumu East", "Burnaby South"). */
const SEAT_POINTS = new Set(['North', 'South', 'East', 'West', 'Central']);
/** Words after a constituency's or a district's name ("the Kisumu East by-election", "Kisumu East constituency"). */
const SEAT_WORDS = new Set(['constituency', 'by-election', 'byelection', 'seat', 'riding', 'electorate', 'ward', 'district', 'sub-county', 'subcounty', 'division', 'residents', 'voters', 'mp', 'mps', 'legislator', 'lawmaker']);

/** Compass points in Portuguese and Spanish, ending a region's name after "do" or "del" ("Rio Grande do Sul", "Chaco del Norte"). */
export const IBERIAN_COMPASS = new Set(['Sul', 'Norte', 'Sur', 'Leste', 'Oeste', 'Este', 'Nordeste']);

/** The last words of the place heads of two words ("convention center"): only a run ending in one has its last two words looked up. */
const TWO_WORD_PLACE_HEAD_ENDS = new Set([...PLACE_HEADS].filter((h) => h.split(' ').length === 2).map((h) => h.slice(h.indexOf(' ') + 1)));

/** Fields that open a regional body's name before a region no list knows ("Environment Canterbury", "Health Taranaki"). */
const FIELD_BODY_FIRST = new Set(['environment', 'health', 'transport', 'tourism', 'sport', 'police', 'water', 'heritage', 'education', 'forestry', 'fisheries']);

/**
 * A Korean given name as romanised in North America, two syllables joined by a hyphen, the second in
 * lower case ("Ji-woo", "Seo-yeon", "Min-jun"): no list knows it, and no place is written so.
 */
const SYLLABLES_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;
/** Last words after a compass point that name people or things, no region ("North Korean", "Southern Democrats", "West Wing"). */
const NOT_REGION_END = /(?:[^s]s|an|ese|ish|ic|ism|wing|room|face|front|world|district|strategy)$/;

/** Compass points that open a region's name ("North Otago", "Western Cape"). */
const COMPASS_FIRST = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** Two acronyms or more joined by hyphens ("SAG-AFTRA", "AFL-CIO"). */
const JOINED_ACRONYMS = /^[A-Z]{2,6}(?:-[A-Z]{2,6})+$/;

/** Irish words that open bodies' names ("Bord Bia", "Údarás na Gaeltachta", "Foras na Gaeilge"). */
const IRISH_BODY_OPENERS = new Set(['bord', 'údarás', 'conradh', 'foras', 'comhairle', 'cumann', 'oireachtas']);
/** Māori words that open iwi's and hapū's names ("Ngāti Porou", "Ngāi Tahu", "Ngāpuhi" is one word). */
const IWI_OPENERS = new Set(['ngāti', 'ngāi', 'ngati', 'ngai', 'ngā', 'te rūnanga']);

/**
 * Whether the run [from, to) of two words or more is an Irish or a Māori body's name: the Irish
 * "na" inside it or an Irish body's word first; an iwi's word first; "Te" and two words or more
 * that open with no given name ("Te Whatu Ora", "Te Aka Whai Ora"; "Te Ururoa Flavell" is a person's
 * only where the lists know the given name).
 */
function irishOrMaoriBody(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from].lower;
  if (IRISH_BODY_OPENERS.has(first) || IWI_OPENERS.has(first)) return true;
  // "(An) Garda Síochána", the Irish police ("Garda John Byrne" is one of its officers)
  if (first === 'garda' && /^s[ií]och[aá]na$/.test(tokens[from + 1].lower)) return true;
  if (first === 'te' && tokens[from].cap && to - from >= 3 && genderOfFirstName(tokens[from + 1].base) === null) return true;
  for (let i = from + 1; i < to - 1; i++) if (tokens[i].text === 'na') return true;
  return false;
}

/** Words for a part of town after a compass point ("South End", "North Shore", "West Side"). */
const COMPASS_PARTS = new Set(['end', 'side', 'shore']);
/** Compass points, before a part of town ("South End") or after a street's name ("King Street East"). */
export const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** A count of wins or terms ("two-time", "three-times", "five-term"). */
const COUNTED_TIMES = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})-(?:time|times|term)$/;
/** The last words of provinces named as a region's south or north (Philippine "Camarines Sur", "Agusan del Norte", Brazilian "Rio Grande do Sul"). */
const PROVINCE_HALVES = new Set(['Sur', 'Norte', 'Sul']);
/** Whether a known given name stands among [from, to). */
function givenNameAmong(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (genderOfFirstName(tokens[k].base) !== null) return true;
  return false;
}

/** The entities of a run that its shape or the words around it decide (a team, a newspaper, a venue …); undefined when they do not. */
export function kindOfShape(tokens: Token[], from: number, to: number, text: string): Entity[] | undefined {
  const last = tokens[to - 1];
  const lastLower = baseLower(last);
  // "(NYSE: XYZ)", "(TSX: L)": a stock listing names the company before it, no actor of its own
  if (inListing(tokens, from, to)) return [];
  // (three steps, each a function of its own: V8 compiled the whole again at each of its late
  // branches first taken, six times over the development set)
  const own = ownShape(tokens, from, to, text, last, lastLower);
  if (own !== undefined) return own;
  // the words around the run may say what it names ("the journal …", "the town of …", "the tanker …")
  const context = contextKind(tokens, from, to);
  if (context === 'none') return [];
  if (context === 'place') {
    const held = placeHolderAt(tokens, from, to);
    if (held > 0) return [entity(tokens, text, 'place', from, held), entity(tokens, text, 'person', held, to)];
  }
  if (context) return [entity(tokens, text, context, from, to)];
  return placeShape(tokens, from, to, text, last, lastLower);
}

/**
 * "former mayor of Medellín Federico Gutiérrez", "the UN envoy for Yemen Hans Grundberg": a place
 * a role's preposition names, run together with the role holder's name after it. The token where
 * the holder's name opens (a known given name, two to four words before the run ends, none before
 * it in the place's words, no place's head word last), or -1 ("the town of Lake Charles" keeps its
 * one word after).
 */
function placeHolderAt(tokens: Token[], from: number, to: number): number {
  // (a place's own name holds no one: "Ho Chi Minh City", "Santa Maria Novella")
  const last = baseLower(tokens[to - 1]);
  if (PLACE_HEADS.has(last) || ORG_HEADS.has(last) || knownLength(tokens, from, to)?.n === to - from) return -1;
  for (let k = from + 1; k <= to - 2 && k - from <= 3; k++) {
    // (a place's first word that its next word goes on, given name or not: "Mount Pearl", "Grande Prairie", "Sault Ste. Marie")
    if (genderOfFirstName(tokens[k - 1].base) !== null || tokens[k - 1].possessive || PLACE_OPENERS.has(tokens[k - 1].lower)) return -1;
    if (genderOfFirstName(tokens[k].base) !== null && to - k <= 4) return k;
  }
  return -1;
}

/** First words of places whose next word belongs to them: "Mount Pearl", "Port Alberni", "Sault Ste. Marie". */
const PLACE_OPENERS = new Set(['mount', 'mt.', 'port', 'fort', 'ft.', 'lake', 'grande', 'grand', 'sault', 'ste.', 'st.', 'saint', 'san', 'santa', 'cape', 'point', 'prince', 'north', 'south', 'east', 'west', 'new', 'upper', 'lower', 'little', 'red', 'medicine', 'corner', 'deer', 'thunder', 'glace', 'baie', 'rivière', 'trois', 'les', 'la', 'le', 'el', 'los', 'las']);

/** Stock exchanges as a listing in brackets names them before the ticker. */
const EXCHANGES = new Set(['nyse', 'nasdaq', 'tsx', 'tsxv', 'tsx-v', 'tsx-v:', 'asx', 'lse', 'cse', 'neo', 'otc', 'otcqx', 'amex', 'hkex', 'sgx', 'jse', 'nse', 'bse']);

/** Whether [from, to) is the exchange or the ticker of a listing in brackets: "(NYSE: XYZ)", "(Nasdaq: SBUX)", "(TSX: L)". */
function inListing(tokens: Token[], from: number, to: number): boolean {
  const exchangeAt = (i: number): boolean => tokens[i - 1]?.text === '(' && EXCHANGES.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.text === ':';
  if (to - from === 1 && exchangeAt(from)) return true;
  return tokens[from - 1]?.text === ':' && exchangeAt(from - 2) && (tokens[to]?.text === ')' || tokens[to]?.text === ';' || tokens[to]?.text === ',');
}

/** What the run's own words decide (a storm, a team, a newspaper, a company by its legal form …), or undefined; `lastLower` is the last token's `baseLower`. */
function ownShape(tokens: Token[], from: number, to: number, text: string, last: Token, lastLower: string): Entity[] | undefined {
  // a section label or a byline in capitals ("FULL TEXT", "JOHN SMITH") names no one
  if (to - from >= 2 && allCapitals(tokens, from, to)) return [];
  // "American League East", "AFC West", "Eastern Conference North": a league's division is a standing, no actor
  if (to - from >= 2 && DIVISION_COMPASS.has(lastLower) && LEAGUE_WORDS.has(baseLower(tokens[to - 2]))) return [];
  // "Highway 401", "Route 66": a numbered road is a place (see findRuns)
  if (to - from === 2 && ROAD_WORDS.has(tokens[from].lower) && /^\d/.test(last.text)) return [entity(tokens, text, 'place', from, to)];
  // "Typhoon Rosal", "Hurricane Idalia": a storm is no actor
  if (to - from >= 2 && stormOpens(tokens, from, to)) {
    // ("Super Eagles", "Super Falcons": "Super" and a plural is a national side's nickname, no storm)
    return to - from === 2 && superSide(tokens, from, to) ? [entity(tokens, text, 'organization', from, to)] : [];
  }
  // "Two-time Olympic", "Three-time World", "Five-term Grand Slam": a count of wins or terms and the
  // contest are a description, no one's name (a given name after them is left to the rest)
  if (to - from >= 2 && to - from <= 4 && COUNTED_TIMES.test(tokens[from].lower) && !givenNameAmong(tokens, from + 1, to)) return [];
  // "Camarines Sur", "Ilocos Norte", "Rio Grande do Sul": a province named as the south or north half of a region
  if (to - from >= 2 && to - from <= 4 && PROVINCE_HALVES.has(last.text) && !tokens[to - 1].possessive) return [entity(tokens, text, 'place', from, to)];
  // "Philippine Red Cross", "Kenya Red Cross": a nation's word before a known body of two words or more is its national branch
  if (to - from >= 3 && (countryByDemonym.has(tokens[from].lower) || (genderOfFirstName(tokens[from].base) === null && (NATION_SHAPE.test(tokens[from].lower) || isPlaceKind(knownLength(tokens, from, from + 1)?.kind))))) {
    if (knownBodyOver(tokens, from + 1, to, from)) return [entity(tokens, text, 'organization', from, to)];
  }
  // "Greenpeace Brasil", "Oxfam Australia", "Save the Children UK": a known body, then a country, is its national branch, no country that speaks
  // (the country's word first: the cheap test most runs fail)
  if (to - from >= 2 && countryBySurface.has(baseLower(last)) && knownLength(tokens, to - 1, to)?.kind === 'country') {
    if (knownBodyOver(tokens, from, to - 1, from)) return [entity(tokens, text, 'organization', from, to)];
  }
  // "Veridian Health, Inc.", "Harlow Foods, LLC": a company's legal form after a comma makes
  // the name before it a company's, and names nothing of its own
  // "SAG-AFTRA", "AFL-CIO": acronyms joined by a hyphen are one body's
  // (not countries paired: "US-UK relations")
  if (to - from === 1 && JOINED_ACRONYMS.test(last.text) && !last.text.split('-').some((p) => countryBySurface.has(p.toLowerCase()))) return [entity(tokens, text, 'organization', from, to)];
  // "Conradh na Gaeilge", "Bord Iascaigh Mhara", "Te Whatu Ora", "Ngāi Tahu": Irish and Māori
  // bodies' and iwi's names by their words, no person's
  if (to - from >= 2 && irishOrMaoriBody(tokens, from, to)) return [entity(tokens, text, 'organization', from, to)];
  // "the Super Rugby Pacific final", "the Premier League semi-final on Sunday": a contest's name before its final, no actor
  if (to + 1 < tokens.length && FINALS.has(tokens[to].lower) && contestBeforeFinal(tokens, from, to)) return [];
  // "Cricket Australia", "Hockey Canada", "Cricket NSW", "WA Cricket": a sport and a nation or a
  // state the lists know is that sport's governing body there
  if (to - from >= 2 && (SPORT_WORDS.has(tokens[from].lower) || SPORT_WORDS.has(lastLower)) && sportBody(tokens, from, to)) return [entity(tokens, text, 'organization', from, to)];
  // "the Pink Line", "Green Line trains": a transit line by its colour is the service, a body, no person
  if (to - from === 2 && lastLower === 'line' && TRANSIT_COLOURS.has(tokens[from].lower)) return [entity(tokens, text, 'organization', from, to)];
  // "Co Kerry", "Co. Meath": an Irish county
  if (to - from === 2 && (tokens[from].text === 'Co' || tokens[from].text === 'Co.')) return [entity(tokens, text, 'place', from, to)];
  // "Sudbury's South End", "the West End", "the North Shore": a part of town by its compass point
  if (to - from === 2 && COMPASS_PARTS.has(lastLower) && COMPASS_POINTS.has(tokens[from].lower)) return [entity(tokens, text, 'place', from, to)];
  // (not "Killarney, Co Kerry": "Co" before a capital is an Irish county)
  if (to + 1 < tokens.length && tokens[to].text === ',' && COMPANY_SUFFIXES.has(tokens[to + 1].lower) && !(tokens[to + 1].lower.startsWith('co') && tokens[to + 2]?.cap)) return [entity(tokens, text, 'organization', from, to)];
  if (to - from === 1 && from > 0 && tokens[from - 1].text === ',' && COMPANY_SUFFIXES.has(lastLower)) return [];
  return ownShapeByContext(tokens, from, to, text, last, lastLower);
}

/**
 * ownShape's later rules, of the words around the run and of its head word (an event's noun, a
 * contest, a team, a regulator, a broadcaster, a newspaper): a function of its own, so that a rule
 * first met late deoptimises and recompiles these lines only, and each half is marked hot sooner
 * (V8 waits longer the larger a function is, and longer again after each deoptimisation).
 */
function ownShapeByContext(tokens: Token[], from: number, to: number, text: string, last: Token, lastLower: string): Entity[] | undefined {
  // "the Harvest Lights festival", "the Cedar Ridge fire", "a Grand Slam title": a name that only
  // modifies an event's or a contest's noun names no one (no given name first, no known name)
  if (to < tokens.length && !tokens[to].cap && (to - from >= 2 || tokens[to].lower === 'crude') && namedEventAfter(tokens, from, to) && !knownLength(tokens, from, to)) return [];
  // "the Carr Fire", "the 2018 Camp Fire": a fire named after a place is an event; "Cal Fire said": the agency
  if (to - from >= 2 && lastLower === 'fire' && last.cap) return from > 0 && (tokens[from - 1].lower === 'the' || /^\d{4}$/.test(tokens[from - 1].text)) ? [] : [entity(tokens, text, 'organization', from, to)];
  // "Scotties Tournament (of Hearts)", "Memorial Cup": a contest named in capitals is no actor
  if (to - from >= 2 && CONTEST_HEADS.has(lastLower) && !last.possessive) return [];
  // "Copa Libertadores", "Copa do Brasil", "Copa del Rey"; "Champions League", "Europa League": a
  // competition ("Copa Airlines" is a company by its head word)
  if (to - from >= 2 && !last.possessive && ((tokens[from].text === 'Copa' && !ORG_HEADS.has(lastLower)) || (to - from === 2 && lastLower === 'league' && CUP_LEAGUES.has(tokens[from].lower)))) return [];
  // (before the words around it: "Boston Celtics said" is no person)
  // "Edmonton Oilers", "Toronto Maple Leafs", "New York Yankees": a city's team, its name in the plural
  // (not "Iowa Republicans", a party's voters, nor a surname in -s, "Public Advocate Trish James";
  // the shape of the last word first: most runs fail it, and the gazetteer's look-up costs more)
  // (a given name may open a city's name only where "the" or a second word of the city shows it: "Kansas City Chiefs")
  // (or a match's or a club's word after it: "Orlando Pirates beat …", "Orlando Pirates coach …"; not "won", which people do)
  const cityLead = to - from >= 2 && teamName(tokens, from, to) && (genderOfFirstName(tokens[from].base) === null || theBefore(tokens, from) || to - from >= 3 || clubWordAfter(tokens[to])) ? knownLength(tokens, from, to) : null;
  if (cityLead && cityLead.n < to - from && (cityLead.kind === 'place' || cityLead.kind === 'capital')) {
    return [entity(tokens, text, 'organization', from, to)];
  }
  // "Ofcom", "Ofwat", "Ofgem", "Ofsted": Britain's regulators, named "Office of …" short
  if (to - from === 1 && UK_REGULATOR.test(last.text)) return [entity(tokens, text, 'organization', from, to)];
  // "Sky Sport", "Fox News", "Citizen TV", "Talk Radio": a broadcaster by its last word, whatever
  // word opens it (not a portfolio's fields: "Culture, Media and Sport")
  // (nor a place's ads or stations: "Iowa TV ads", "Orlando TV stations")
  if (to - from >= 2 && BROADCAST_ENDS.has(last.text) && !last.possessive && tokens[to - 2].type === 'word' && tokens[to - 2].lower !== 'and' && !isPlaceKind(knownLength(tokens, from, to - 1)?.kind)) return [entity(tokens, text, 'organization', from, to)];
  // "Toronto Star", "Cincinnati Enquirer", "San Diego Union-Tribune": a place's newspaper; a
  // nation's ("Philippine Star"); after "the", one whose place is a given name ("the Charlotte Observer")
  if (to - from >= 2 && NEWSPAPER_WORDS.has(lastLower) && (isPlaceKind(knownLength(tokens, from, to - 1)?.kind) || (from > 0 && tokens[from - 1].lower === 'the') || (to - from === 2 && countryByDemonym.has(tokens[from].lower)))) {
    return [entity(tokens, text, 'organization', from, to)];
  }
  return undefined;
}

/**
 * Whether an appositive opening at token `k` ("a nurse", "a support team lead in Vancouver", "the
 * team's captain") names a person: "a", "an" or "the", then within four lower-case words a noun
 * for one person ("Stanley Park, a 400-hectare green space," names none).
 */
function personAppositive(tokens: Token[], k: number): boolean {
  const det = tokens[k]?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'the') return false;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    const w = tokens[j];
    // (a nation's or a town's word among the modifiers: "a Navajo environmental scientist", "a Halifax lawyer")
    if (w.type !== 'word' || (w.cap && (j > k + 1 || w.possessive))) return false;
    if (w.cap) continue;
    // ("a support team lead", "the project lead": "lead" after the noun of what one leads)
    if (peopleNoun(w.lower) === 'singular' || ROLE_NOUNS.has(w.lower) || (w.lower === 'lead' && j > k + 1)) return true;
  }
  return false;
}

/**
 * Whether a speech verb follows at most three short asides set off by commas from token `k` on,
 * each of up to five capitalised words, numbers or "of": ", of Halifax, N.S., said", ", 34, said".
 */
function speaksAfterAsides(tokens: Token[], k: number): boolean {
  for (let asides = 0; asides < 3 && tokens[k]?.text === ','; asides++) {
    let j = k + 1;
    while (j < tokens.length && j - k <= 5 && tokens[j].type === 'word' && (tokens[j].cap || tokens[j].lower === 'of' || /^\d{1,3}$/.test(tokens[j].text))) j++;
    if (j === k + 1 || tokens[j]?.text !== ',') return false;
    const next = tokens[j + 1];
    if (next && next.type === 'word' && !next.cap && SPEECH_VERBS.has(next.lower)) return true;
    k = j;
  }
  return false;
}

/** What a run the words around it leave undecided names by its head words (a place, a venue, a public body …), or undefined. */
function placeShape(tokens: Token[], from: number, to: number, text: string, last: Token, lastLower: string): Entity[] | undefined {
  const twoLast = to - from >= 2 && TWO_WORD_PLACE_HEAD_ENDS.has(lastLower) ? `${tokens[to - 2].lower} ${lastLower}` : '';
  // "North Otago", "Western Cape", "South Auckland": a compass point and one word that no given name
  // or body's head is, a region (no person is named so)
  if (to - from === 2 && COMPASS_FIRST.has(tokens[from].lower) && tokens[from].cap && !(to < tokens.length && (tokens[to].lower === 'said' || tokens[to].lower === 'says')) && !ORG_HEADS.has(lastLower) && !last.possessive && genderOfFirstName(last.base) === null && !isAcronym(last) && !NOT_REGION_END.test(lastLower) && !countryByDemonym.has(lastLower)) return [entity(tokens, text, 'place', from, to)];
  // "Kisumu East", "Burnaby South", "Lagos Central": a town and a compass point after it, a constituency
  // or a district, where the gazetteer knows the town or the words around show a place ("in Kisumu
  // East", "the Kisumu East by-election"); a given name first is a person's ("Adam West", "Oliver North")
  if (to - from === 2 && SEAT_POINTS.has(last.text) && !last.possessive && tokens[from].cap && !tokens[from].possessive && !isAcronym(tokens[from]) && genderOfFirstName(tokens[from].base) === null && (isPlaceKind(knownLength(tokens, from, from + 1)?.kind) || SEAT_WORDS.has(tokens[to]?.lower ?? '') || tokens[from - 1]?.lower === 'in')) {
    return [entity(tokens, text, 'place', from, to)];
  }
  // "Rio Grande do Sul", "Mato Grosso do Sul", "Eldorado do Sul": a region named by its compass point
  if (to - from >= 3 && IBERIAN_COMPASS.has(last.text) && !last.possessive && (tokens[to - 2].text === 'do' || tokens[to - 2].text === 'del')) return [entity(tokens, text, 'place', from, to)];
  // "Air Canada", "Air New Zealand", "Air Transat": an airline named "Air" and a place or a word
  if (to - from >= 2 && tokens[from].cap && tokens[from].lower === 'air') return [entity(tokens, text, 'organization', from, to)];
  // "Health Canada", "Police Scotland", "Sport England": a public body named by its field and its nation
  // (a province or a state of two or three words too: "Elections New Brunswick", "Elections Prince Edward Island")
  if (to - from >= 2 && to - from <= 4 && BODY_FIELDS.has(tokens[from].lower) && fieldNation(knownLength(tokens, from + 1, to), to - from - 1)) return [entity(tokens, text, 'organization', from, to)];
  // "Canadian Heritage", "Irish Water", "Scottish Water": a nation's word, then a field, is a public
  // body named so ("Canadian Heritage said it had funded …"), no people of the nation
  if (to - from === 2 && countryByDemonym.has(tokens[from].lower) && BODY_FIELDS.has(lastLower) && !DEMONYM_FIELDS_NOT_BODIES.has(lastLower) && !last.possessive) return [entity(tokens, text, 'organization', from, to)];
  // ("Elections BC", "Elections PEI": a province by its letters after the field)
  if (to - from === 2 && BODY_FIELDS.has(tokens[from].lower) && PROVINCE_LETTERS.has(last.text)) return [entity(tokens, text, 'organization', from, to)];
  // ("Environment Canterbury", "Health Taranaki": a region the lists lack after the field, no given name nor head word)
  if (to - from === 2 && BODY_FIELDS.has(tokens[from].lower) && FIELD_BODY_FIRST.has(tokens[from].lower) && !PLACE_HEADS.has(lastLower) && !ORG_HEADS.has(lastLower) && genderOfFirstName(last.base) === null && !last.possessive && !knownLength(tokens, from, to)) return [entity(tokens, text, 'organization', from, to)];
  // "Alberta Education", "Ontario Health": a province's or state's ministry named by its place and its field
  // (a province that is a given name too, which the place lists leave out: "Alberta Health", "Victoria Tourism")
  if (to - from === 2 && PROVINCIAL_FIELDS.has(lastLower) && (genderOfFirstName(tokens[from].base) !== null || isPlaceKind(knownLength(tokens, from, from + 1)?.kind))) return [entity(tokens, text, 'organization', from, to)];
  // "Costco Canada", "Bell Canada": a brand's arm in a country, not a person ("Mark Canada" has a given name)
  // ("Climate Change Canada", the run of "Environment and Climate Change Canada": up to two words before the country)
  if ((to - from === 2 || to - from === 3) && bodyBeforeCountry(tokens, from, to)) {
    return [entity(tokens, text, 'organization', from, to)];
  }
  // ("Business Unity South Africa", "Engineers New Zealand": two words before a country of two)
  if (to - from >= 3 && to - from <= 4 && twoWordCountry(tokens, to) && plainBodyWords(tokens, from, to - 2)) {
    return [entity(tokens, text, 'organization', from, to)];
  }
  // a head word alone ("the Board", "Union", "Park") is a lone word to resolve, not an organisation
  if (to - from === 1 && (ORG_HEADS.has(lastLower) || PLACE_HEADS.has(lastLower)) && !isAcronym(last)) return [entity(tokens, text, 'single', from, to)];
  // "Manchester City manager", "Leicester City beat …": a city the lists know, then "City", is its football club (not "Kansas City", "Mexico City"); "Manchester City said … midfielder Rodri": the club
  if (to - from === 2 && lastLower === 'city' && CITIES.has(tokens[from].lower) && (clubAfter(tokens[to]) || clubSpeaks(tokens, to))) return [entity(tokens, text, 'organization', from, to)];
  if (PLACE_HEADS.has(twoLast) || PLACE_HEADS.has(lastLower)) {
    // "retired teacher Helen Park", "said Ellen Park, a former official": a given name and a place
    // head after a person's noun or a speech verb, or before one, are a person
    // (or after a comma that sets the name off from a person's noun: "the county's works director, Lina Park")
    // (or from a relative: "Her mother, Grace Park, said")
    const before = tokens[from - 1]?.text === ',' && from >= 2 && tokens[from - 2].type === 'word' && (ROLE_NOUNS.has(tokens[from - 2].lower) || peopleNoun(tokens[from - 2].lower) === 'singular') ? tokens[from - 2] : tokens[from - 1];
    const personNoun = !!before && before.type === 'word' && !before.cap && (ROLE_NOUNS.has(before.lower) || peopleNoun(before.lower) === 'singular' || SPEECH_VERBS.has(before.lower));
    // (opening its clause: "Residents of Alder Terrace said" is about the street)
    // (or after a home town or an age set off by commas: "Kim Park, of Halifax, N.S., said")
    const speaks = (to < tokens.length && !tokens[to].cap && SPEECH_VERBS.has(tokens[to].lower) || speaksAfterAsides(tokens, to)) && (!before || before.type !== 'word' || before.cap);
    // ("FFAW president Dwan Street said": a role noun right before and a speech verb right after
    // make a person of a given name no list knows)
    const roleSpeaks = to - from === 2 && before === tokens[from - 1] && personNoun && ROLE_NOUNS.has(before.lower) && to < tokens.length && SPEECH_VERBS.has(tokens[to].lower) && !PLACE_PREFIXES.has(tokens[from].lower) && !DIRECTION_WORDS.has(tokens[from].lower) && !isAcronym(tokens[from]) && !tokens[from].possessive;
    // (joined to a person's full name: "Emma Bates and Sara Hall finished second")
    const withPerson = !!before && before.lower === 'and' && from >= 3 && tokens[from - 2].cap && genderOfFirstName(tokens[from - 3].base) !== null;
    // (or set off by an appositive that names a person: "Jasmine Park, a support team lead in Vancouver,";
    // or by a clause on "who": "Ji-woo Park, who owns a lunch spot,")
    const described = tokens[to]?.text === ',' && (personAppositive(tokens, to + 1) || tokens[to + 1]?.lower === 'who');
    // (not a head no surname is: "Halton Region said" is the region's government, see ORG_HEADS)
    const surnameHead = !NON_NAME_WORDS.has(lastLower);
    // (the role and the verb tell a person even of a head no surname is as a rule: "Dwan Street")
    return [entity(tokens, text, roleSpeaks || (to - from === 2 && surnameHead && (personNoun || speaks || withPerson || described || personsFate(tokens, to)) && (genderOfFirstName(tokens[from].base) !== null || SYLLABLES_GIVEN_NAME.test(tokens[from].text))) ? 'person' : 'place', from, to)];
  }
  // "Bloor Street West": a street and its part of town
  // (and "85th Avenue North", "4th Street South": a numbered street's, whose number the run left out)
  if (COMPASS_WORDS.has(lastLower) && PLACE_HEADS.has(tokens[to - 2]?.lower ?? '') && (to - from >= 3 || (to - from === 2 && /^\d/.test(tokens[from - 1]?.text ?? '')))) return [entity(tokens, text, 'place', from, to)];
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

/** A British regulator's short name, "Of" and a field's syllable ("Ofcom", "Ofqual"; not "Often", "Office"). */
const UK_REGULATOR = /^Of(?![ft])[a-z]{3,5}$/;
/** Last words of broadcasters' and news services' names, as written ("Sky Sport", "Fox News", "Citizen TV"). */
const BROADCAST_ENDS = new Set(['News', 'Sport', 'Sports', 'TV', 'Radio', 'FM']);

/**
 * Whether the words at `k` after a name tell what befell a person or what one did in court, as
 * no park or street undergoes: "Nina Park was killed", "Ada Hall died", "Lee Park pleaded guilty".
 */
function personsFate(tokens: Token[], k: number): boolean {
  const verb = tokens[k];
  if (!verb || verb.type !== 'word' || verb.cap) return false;
  if (FATE_VERBS.has(verb.lower)) return true;
  return (verb.lower === 'was' || verb.lower === 'is' || verb.lower === 'has' || verb.lower === 'had') && FATES.has(tokens[k + (tokens[k + 1]?.lower === 'been' ? 2 : 1)]?.lower ?? '');
}
/** Verbs only a person is the subject of, after the name: "died", "pleaded guilty". */
const FATE_VERBS = new Set(['died', 'dies', 'pleaded', 'pleads', 'testified', 'testifies']);
/** Participles of what befalls a person, after "was" or "has been": "was killed", "has been charged". */
const FATES = new Set(['killed', 'born', 'arrested', 'charged', 'injured', 'shot', 'stabbed', 'murdered', 'hospitalized', 'hospitalised', 'sentenced', 'convicted', 'acquitted', 'identified', 'hired', 'fired', 'elected', 'appointed', 'married']);

/** Speech verbs around a name that make a given name and a place head a person ("said Ellen Park", "Ada Hall told"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'explained', 'noted']);
/** The part of town after a street's name ("Bloor Street West"). */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);

/** A nation's adjective by its ending ("Philippine", "Kenyan", "Japanese", "Danish"). */
const NATION_SHAPE = /(?:ine|ian|an|ese|ish)$/;

/** Words that open a storm's name ("Typhoon Rosal", "Tropical Storm Alberto", "Post-Tropical Storm Lee"). */
const STORM_WORDS = new Set(['typhoon', 'hurricane', 'cyclone', 'tropical', 'super', 'post-tropical', 'subtropical', 'extratropical']);

/**
 * Whether the run [from, to) opens on a storm's word: "Hurricane Lee", "Post-Tropical Storm Lee";
 * "Winter Storm Elliott"; "Storm Babet" (a named storm of Europe's services), though not before a
 * cue ("Storm Reid said": a person).
 */
export function stormOpens(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from].lower;
  if (STORM_WORDS.has(first)) return true;
  if (first === 'winter') return to - from >= 3 && tokens[from + 1].lower === 'storm';
  return first === 'storm' && to - from === 2 && !CUE_FORMS.has(tokens[to]?.lower ?? '');
}
/** Canada's provinces and territories by their letters, as their bodies' names write them ("Elections BC", "Health PEI"). */
const PROVINCE_LETTERS = new Set(['BC', 'PEI', 'NL', 'NS', 'NB', 'AB', 'SK', 'MB', 'ON', 'QC', 'NWT', 'NU', 'YT']);

/** Fields a nation's word goes before as a description, no body's name ("British Police", "American Sports", "Canadian Arts"). */
const DEMONYM_FIELDS_NOT_BODIES = new Set(['police', 'sport', 'sports', 'arts', 'creative', 'natural', 'age', 'historic', 'homes', 'visit', 'invest', 'veterans']);

/** Whether a gazetteer's kind names somewhere: a country, a capital or a place. */
function isPlaceKind(kind: EntityType | undefined): boolean {
  return kind === 'country' || kind === 'capital' || kind === 'place';
}

/** Whether a known name of `n` words is the nation of a body named by its field: any known name of one word ("Health Canada"), a place of more. */
function fieldNation(known: { n: number; kind: EntityType } | null, n: number): boolean {
  return !!known && known.n === n && (n === 1 || isPlaceKind(known.kind));
}

/** A company's legal form after its name ("Co", "Inc.", "Corp", "Ltd", "LLC", "PLC", French "Ltée"). */
export const COMPANY_SUFFIXES = new Set(['co', 'co.', 'inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'limited', 'ltée', 'ltee', 'incorporated', 'llp', 'ag', 'nv', 'gmbh', 'bv', 'spa', 'oyj']);

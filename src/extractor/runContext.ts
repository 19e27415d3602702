/**
 * Part of the name checks (see ./nameChecks): what the words around a run of name words say it
 * names where its own words cannot tell — a publication, a broadcaster, a charity, a club or a
 * company ("the journal …", "published in …", "Oxfam's director", ", a charity"), a town ("the
 * town of …", "mayor of …"), a ship (no actor), a body by "which" or "its" — and a code of a
 * capital and digits ("N2", "R900") that is no actor unless its context makes it a body.
 */
import { genderOfFirstName } from './gender';
import { isGroupHead, PLAYER_POSITIONS } from './lexicon/people';
import { type Token } from './text';
import { CITIES, countryByDemonym, GROUP_NOUNS, ORG_HEADS, PARTY_WORDS, REGIONS, US_STATES } from './gazetteer';
import { knownLength, lowerText } from './knownNames';
import { officerAfterBody } from './officeFields';
import { collectiveBodyAt } from './collectiveBodies';
import { isCodeWord } from './nameWords';
import { BODY_OFFICES, COMPANY_BEFORE, companyContext, COMPASS, endsPhrase, innerAcronym, PLACE_BEFORE, SPEECH_AFTER } from './nameChecks';

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

/** Lower-case nouns right before a name that make it a publication, a broadcaster or a body ("the journal …", "the charity …", "side …"). */
const BODY_BEFORE = new Set([
  'journal', 'newspaper', 'daily', 'weekly', 'tabloid', 'magazine', 'broadcaster', 'website', 'charity',
  'ngo', 'nonprofit', 'non-profit', 'think-tank', 'thinktank', 'watchdog', 'regulator', 'broadsheet',
]);
/** Those of BODY_BEFORE that are a person's trade too ("public broadcaster CBC", "veteran broadcaster Ken Adeyemi"). */
const PERSON_TRADES_TOO = new Set(['broadcaster']);
/** The same, for nouns that may also stand before a person's name ("on the other side Pate …", "channel Republican anger"): only before two words or more that no given name opens. */
const WEAK_BODY_BEFORE = new Set(['group', 'network', 'channel', 'station', 'outlet', 'union', 'club', 'side', 'team', 'federation', 'party', 'organisation', 'organization']);
/** Words that tell a "group" before a name is a body ("campaign group", "pressure group"). */
const GROUP_KINDS = new Set(['campaign', 'pressure', 'lobby', 'advocacy', 'rights', 'industry', 'trade', 'consumer', 'environmental', 'activist', 'protest', 'business', 'patient', 'patients', 'residents']);
/** Lower-case nouns right before a name that make it a ship's: no actor ("the tanker Nordic Aurora"). */
const SHIP_BEFORE = new Set(['ship', 'vessel', 'tanker', 'freighter', 'ferry', 'trawler', 'yacht', 'frigate', 'destroyer', 'submarine', 'cruiser', 'liner']);
/** Nouns before "of" that make the name after it a place ("the town of …", "the port of …", "mayor of …"). */
const PLACE_BEFORE_OF = new Set(['town', 'village', 'city', 'port', 'suburb', 'district', 'province', 'region', 'county', 'island', 'hamlet', 'municipality', 'mayor', 'outskirts']);
/** Offices of a body before "of" that make a name in the plural after it the body ("president of United Academics"). */
const BODY_OFFICES_BEFORE_OF = new Set(['president', 'chair', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'spokesperson', 'spokesman', 'spokeswoman', 'members']);
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
const SAID = new Set(['said', 'says']);
/** Nouns after a possessive name that only a body has ("Oxfam's director", "ClearLedger's board"; a candidate has a website, staff and headquarters). */
const BODY_ONLY_AFTER = new Set(['founder', 'founders', 'ceo', 'board', 'shareholders', 'director', 'directors', 'executive', 'members', 'membership', 'volunteers', 'employees']);
/** Words after an appositive's noun that leave it the head (", a town in …"; not ", a town councillor"). */
const AFTER_APPOSITIVE_HEAD = new Set(['in', 'of', 'near', 'on', 'outside', 'that', 'which', 'where', 'whose', 'who', 'with', 'based', 'founded', 'run', 'and', 'for', 'backed', 'owned', 'headquartered', 'listed', 'known']);
/** Lower-case words that may stand between a possessive body and its office ("WaterAid's country director"). */
export const OFFICE_MODIFIERS = new Set(['country', 'executive', 'regional', 'managing', 'former', 'new', 'interim', 'chief']);

/** The word before a run -> which of the tests above it calls for. */
const BEFORE_CUES = new Map<string, 'body' | 'weak' | 'ship' | 'of' | 'in' | 'near' | 'told' | 'for' | 'called'>([
  ...[...BODY_BEFORE].map((w) => [w, 'body'] as const),
  ...[...WEAK_BODY_BEFORE].map((w) => [w, 'weak'] as const),
  ...[...SHIP_BEFORE].map((w) => [w, 'ship'] as const),
  ['of', 'of'],
  ['in', 'in'],
  ['near', 'near'],
  ['outside', 'near'],
  ['for', 'for'],
  ['told', 'told'],
  ['called', 'called'],
  ['named', 'called'],
]);
/** Nouns of bodies before "called" or "named" that make the name after it the body's ("a group called Millbrook Forward"). */
export const BODIES_CALLED = new Set(['group', 'organization', 'organisation', 'coalition', 'association', 'committee', 'company', 'firm', 'charity', 'nonprofit', 'non-profit', 'campaign', 'movement', 'network', 'alliance', 'society', 'club', 'union', 'startup', 'start-up']);

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
  // "on rue Saint-Hubert", "avenue du Parc": a street as French writes it, its kind's word in lower case first
  if (before && before.type === 'word' && !before.cap && frenchStreetStart(tokens, from) >= 0) return 'place';
  // "neighbourhoods such as Montréal-Nord", "towns including Lamont": an instance of places named in the plural
  if (before && from > 2 && placesInstanced(tokens, from) && !tokens[to - 1].possessive && !givenFirst(tokens, from, to) && plainPlaceName(tokens, from, to)) return 'place';
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
  if (productAt(tokens, to)) return 'none';
  return kindAfter(tokens, from, to, before);
}

/**
 * Where the street's French word stands before the run at `from`, or -1 when none: "rue
 * Saint-Hubert", "boulevard René-Lévesque", "avenue du Parc", "chemin de la Côte-des-Neiges".
 */
export function frenchStreetStart(tokens: Token[], from: number): number {
  const before = tokens[from - 1].lower;
  if (FRENCH_STREETS.has(before)) return from - 1;
  const particle = before === 'la' && tokens[from - 2]?.lower === 'de' ? 2 : FRENCH_STREET_PARTICLES.has(before) ? 1 : 0;
  const street = particle ? tokens[from - 1 - particle] : undefined;
  return !!street && street.type === 'word' && !street.cap && (FRENCH_STREETS.has(street.lower) || street.lower === 'avenue') ? from - 1 - particle : -1;
}
/** French words for a street, in lower case before its name ("rue", "boulevard", "chemin"; "avenue" only with a particle, as English writes it too). */
const FRENCH_STREETS = new Set(['rue', 'boulevard', 'chemin', 'rang', 'côte', 'montée', 'allée', 'impasse', 'ruelle']);
/** Particles between a French street's word and its name ("avenue du Parc", "rue des Érables"). */
const FRENCH_STREET_PARTICLES = new Set(['du', 'des', 'de']);

/**
 * Whether the run [from, to) is a make and model, no one: before a product's noun ("Lincoln
 * Aviator models", "Honda Civic sedans"), or joined by "and" to one that is ("Ford Explorer and
 * Lincoln Aviator models"). (Not after a model year alone: "a 2014 Labor Department study".)
 */
function productAt(tokens: Token[], to: number): boolean {
  let k = to;
  // (bounds tested, not read past: V8 throws away code optimised before any such read)
  if (k < tokens.length && (tokens[k].lower === 'and' || tokens[k].lower === 'or') && tokens[k + 1]?.cap) {
    k++;
    while (k < to + 5 && tokens[k]?.type === 'word' && tokens[k].cap) k++;
  }
  const after = k < tokens.length ? tokens[k] : undefined;
  return after?.type === 'word' && !after.cap && PRODUCT_HEADS.has(after.lower);
}
const PRODUCT_HEADS = new Set(['model', 'models', 'vehicles', 'suvs', 'sedans', 'pickups', 'trucks', 'cars', 'minivans', 'smartphones', 'phones']);

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

/** Plural verbs after a team named in the singular ("The Seattle Kraken are", "the Minnesota Wild have"). */
const PLURAL_VERBS = new Set(['are', 'have', 'were']);
const CONJUNCTIONS = new Set(['and', 'or', 'nor']);

/** Whether the run [from, to) is two words or more and a known given name opens it. */
const givenFirst = (tokens: Token[], from: number, to: number): boolean => to - from > 1 && genderOfFirstName(tokens[from].base) !== null;

/** Whether "such as", "including" or "like" after a plural noun of places stands right before token `from`. */
function placesInstanced(tokens: Token[], from: number): boolean {
  const b = tokens[from - 1].lower;
  const at = b === 'as' && tokens[from - 2].lower === 'such' ? from - 3 : b === 'including' || b === 'like' ? from - 2 : -1;
  const noun = at >= 0 ? tokens[at] : undefined;
  if (!noun || !PLACE_PLURALS.has(noun.lower)) return false;
  // (capitalised only where it opens the sentence: "Towns including Lamont …")
  return !noun.cap || at === 0 || tokens[at - 1].type !== 'word';
}
const PLACE_PLURALS = new Set(['neighbourhoods', 'neighborhoods', 'towns', 'cities', 'communities', 'suburbs', 'villages', 'counties', 'townships', 'municipalities', 'boroughs', 'hamlets', 'districts', 'regions', 'areas', 'provinces', 'states', 'islands', 'reserves']);

/** What the word before the run, `cue` (BEFORE_CUES), says the run [from, to) names, the conjunct's step aside; null when it says nothing. */
function cueKind(tokens: Token[], from: number, to: number, cue: string): 'organization' | 'place' | 'none' | null {
  // ("veteran broadcaster Ken Adeyemi": a body's noun that is a person's trade too, before a given name)
  if (cue === 'body' && PERSON_TRADES_TOO.has(tokens[from - 1].lower) && givenFirst(tokens, from, to)) return null;
  if (cue === 'body' || (cue === 'weak' && to - from > 1 && !givenFirst(tokens, from, to))) return 'organization';
  // "campaign group River Action", "lobby group Hope Not Hate": a kind of group before it names a body, though a given name opens it
  if (cue === 'weak' && to - from > 1 && from > 1 && tokens[from - 1].lower === 'group' && GROUP_KINDS.has(tokens[from - 2].lower)) return 'organization';
  if (cue === 'ship') return 'none';
  // "a group called Millbrook Forward", "a company named Northwind": a body's noun before "called" names a body, though a given name opens it
  if (cue === 'called' && from > 1 && BODIES_CALLED.has(tokens[from - 2].lower)) return 'organization';
  // ("north of Sioux Lookout": a compass point's "of" too)
  // (the word before "of" may open the sentence: "Residents of Park Ridge complained")
  // "Marcus Boateng, 29, of Hamilton": a person's home town after their age
  if (cue === 'of' && ageBefore(tokens, from - 1) && !tokens[to - 1].possessive && plainPlaceName(tokens, from, to)) return 'place';
  if (cue === 'of' && from > 1 && (!tokens[from - 2].cap || from === 2 || tokens[from - 3].type !== 'word') && (PLACE_BEFORE_OF.has(tokens[from - 2].lower) || COMPASS.test(tokens[from - 2].lower) || ((SEAT_BEFORE_OF.has(tokens[from - 2].lower) || DWELLERS_BEFORE_OF.has(tokens[from - 2].lower) || ((PARTS_BEFORE_OF.has(tokens[from - 2].lower) || (tokens[from - 2].lower === 'parts' && PLACE_PARTS_LEADS.has(tokens[from - 3]?.lower ?? ''))) && !tokens[to - 1].possessive && !countryByDemonym.has(tokens[to - 1].lower))) && genderOfFirstName(tokens[from].base) === null)
    // (a given name too opens a town whose people these are, if no possessive makes it someone's: "residents of Park Ridge")
    || (DWELLERS_BEFORE_OF.has(tokens[from - 2].lower) && to - from >= 2 && !tokens[to - 1].possessive && plainPlaceName(tokens, from, to)))) return 'place';
  // "Élise Girard, president of United Academics": the body an office is of, named for its members in
  // the plural, two words or more no given name opens (other names are read by their own words)
  if (cue === 'of' && from > 1 && to - from >= 2 && !tokens[from - 2].cap && BODY_OFFICES_BEFORE_OF.has(tokens[from - 2].lower) && PLURAL_NAME_WORD.test(tokens[to - 1].text) && !givenFirst(tokens, from, to) && !knownLength(tokens, from, to)) return 'organization';
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
  // "The Seattle Kraken are testing …": a town and one word in the singular after "the", before a plural verb, is a team
  // (not the last of subjects joined by "and": "Point Pleasant Park and the Halifax Common were closed")
  if (after?.type === 'word' && PLURAL_VERBS.has(after.lower) && before?.lower === 'the' && !/s$/.test(last.lower) && !CONJUNCTIONS.has(tokens[from - 2]?.lower ?? '') && townThenWord(tokens, from, to)) return 'organization';
  if (last.possessive) {
    if (given()) return null;
    // "Unite's general secretary": the office of a union or a party
    if (tokens[to]?.lower === 'general' && tokens[to + 1]?.lower === 'secretary') return 'organization';
    return bodyOfficeAt(tokens, to) ? 'organization' : null;
  }
  if (tokens[to]?.text !== ',') return null;
  // "The building's management company, Trellis, says": a name in apposition after a body's noun is that body
  // (no given name opening it: "the company, Tom Hale," names its owner)
  if (before?.text === ',' && from >= 2 && !tokens[from - 2].cap && (BODY_APPOSITIVE.has(tokens[from - 2].lower) || TRADE_APPOSITIVE.has(tokens[from - 2].lower)) && !given()) return 'organization';
  // "El Paso, Texas,", "Sioux Lookout, Ont.": a town, then its state or province
  // (a given name may open the town after a place's preposition: "moved to Del Rio, Texas,")
  if ((!given() || (before && (PLACE_BEFORE.has(before.lower) || before.lower === 'to'))) && stateAfter(tokens, to + 1)) return 'place';
  // an appositive: ", a town in …", ", a small charity …", ", the newspaper …"
  const det = tokens[to + 1]?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'the') return null;
  for (let k = to + 2; k < Math.min(tokens.length, to + 6); k++) {
    const t = tokens[k];
    if (t.type !== 'word') return null;
    // (a capitalised word is a modifier, a place's or a nation's: ", a Wichita firm", ", the
    // Indonesian airport operator"; never the head: "Robert Mercer, a longtime Club for Growth donor")
    if (t.cap) continue;
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
  // ("investors in Northgate Capital Partners": a body's head word or its members close a body's name; a First Nation
  // is a place too, and so is a riding named by its centre: "candidate in Hamilton Centre")
  const last = tokens[to - 1].lower;
  if (to - from >= 2 && ((ORG_HEADS.has(last) && last !== 'nation' && !DISTRICT_ENDS.has(last)) || GROUP_NOUNS.has(last))) return false;
  return !PARTY_WORDS.has(first) && !countryByDemonym.has(first) && !innerAcronym(tokens, from, to);
}

/** A team's players and staff, named after the team: "Oilers goaltender …", "Flames head coach …". */
const TEAM_ROLES = new Set([...PLAYER_POSITIONS, 'guard', 'coach', 'captain', 'catcher', 'striker', 'defender', 'manager', 'forward', 'rookie', 'reliever', 'skipper', 'president', 'owner']);

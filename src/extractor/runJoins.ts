/**
 * Part of name spans (see ./nameRuns): whether a run of capitalised words joins the next one over
 * a connector ("of", "for", "and", "on", a particle) into one name — a body and its place
 * ("ACLU of Texas"), a college or a department of a nation, a portfolio office ("Minister for
 * Health"), a company's name over "and", a body after "and" — rather than two names.
 */
import { genderOfFirstName } from './gender';
import { baseLower, type Token } from './text';
import { CONSTITUENCY_TITLES, countryByDemonym, DAYS_AND_MONTHS, DIRECTION_WORDS, GROUP_NOUNS, isRegionName, ORG_HEADS, TITLES } from './gazetteer';
import { knownLength } from './knownNames';
import { COMPANY_SUFFIXES } from './runShapes';
import { isAcronym, isNameWord, NAME_PARTICLES } from './nameWords';
import { bodyOfKnownPlace, MEMBER_BODIES, MEMBERS } from './bodyLists';
import { charityBankKinds, PROVINCIAL_FIELDS } from './lexicon/organisations';
import { peopleNoun } from './lexicon/people';
import { givenNameBefore, SURNAME_TITLES, titleAt } from './runTitles';
import { fieldWord, listedField, listedFieldLength } from './portfolioTitles';

/** A union's branch before its number ("Local 214", "District 751", "Lodge 12"), and the abbreviation any numbered unit takes ("School District No. 23", "Engine Company No. 3"). */
export const UNIT_WORDS = new Set(['local', 'district', 'lodge', 'no.']);

/** A union local's number: "508", "707A", and the Steelworkers' woodworkers' locals by district and local, "1-2017". */
export const UNIT_NUMBER = /^(?:\d{1,2}-)?\d{1,5}[A-Z]?$/;

/**
 * The tokens a union local's or lodge's number takes at `at` after its word: 1 for "Local 508",
 * "Local 707A" or "Local 1-2017" read as one word, 3 for "Local 1-2017" read as "1", "-", "2017"
 * (unspaced); 0 for no number.
 */
export function unitNumberLength(tokens: Token[], at: number, to: number): number {
  if (at >= to || !UNIT_NUMBER.test(tokens[at].text)) return 0;
  const dash = tokens[at + 1];
  const local = tokens[at + 2];
  return at + 2 < to && dash.text === '-' && dash.start === tokens[at].end && local.start === dash.end && /^\d{1,2}$/.test(tokens[at].text) && /^\d{1,5}$/.test(local.text) ? 3 : 1;
}
/** Words a numbered road is named by before its number ("Highway 401", "Route 66", "Interstate 95"). */
export const ROAD_WORDS = new Set(['highway', 'hwy', 'hwy.', 'route', 'interstate', 'autoroute']);

/** A nation's adjective the demonym list may lack ("Scottish", "Flemish", "Bavarian"). */
const NATION_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ish|ian|ese)$/u;

/** Heads of places named with "of" after them ("Bay of Plenty", "Isle of Wight", "Sea of Galilee"). */
const OF_PLACE_HEADS = new Set(['bay', 'gulf', 'isle', 'isles', 'sea', 'cape', 'strait', 'straits', 'lake', 'mount', 'bight', 'firth', 'vale', 'lakes']);

/** Words that head a title or a body named with "of" or "for" after them ("Secretary of State", "Bank of England"). */
export const HEADS_BEFORE_OF = new Set([
  'secretary', 'minister', 'chief', 'head', 'director', 'president', 'university', 'bank',
  'republic', 'state', 'states', 'school', 'department', 'ministry', 'institute', 'office',
  'council', 'board', 'house', 'chamber', 'court', 'league', 'federation', 'church', 'museum',
  'college', 'center', 'centre', 'academy', 'faculty',
  // a port's authority ("Port of Seattle", "Port of Saint John"), a tribe's government ("Seminole Tribe of Florida")
  'port', 'tribe', 'tribes',
]);
/** Heads before "of" that are surnames too: "Laurence H. Tribe of Harvard" is a person. */
const SURNAME_HEADS = new Set(['tribe']);
/**
 * "Conference of Mayors", "Conference of Catholic Bishops": a conference named by its members in
 * the plural (capitalised words from `next`, after "of" at `of`, before `to`) is a standing body,
 * no meeting.
 */
export function conferenceOfMembers(tokens: Token[], of: number, next: number, to: number): boolean {
  if (tokens[of - 1].lower !== 'conference') return false;
  let e = next;
  // (no title among them, which would part the name: "Conference of State Legislatures")
  while (e < to && e - next < 3 && tokens[e].cap && tokens[e].type === 'word' && !TITLES.has(tokens[e].lower)) e++;
  return e > next && (e === to || !tokens[e].cap) && /[^s]s$/.test(tokens[e - 1].lower);
}
/**
 * A local government by its legal name, before "of" only ("City of Richmond", "Town of Cobourg", "Region of Peel"; not "Miami-Dade County for Zika"),
 * and the districts of British Columbia and Alberta ("District of Squamish", "Regional District of Kitimat-Stikine", "Municipal District of Ranchland").
 */
const LOCAL_GOVERNMENT_HEADS = new Set(['city', 'town', 'township', 'region', 'county', 'village', 'municipality', 'borough', 'district']);

/** Who a French firm's name joins to its founder after "et": sons, daughters, brothers, partners. */
const FIRM_PARTNERS = new Set(['fils', 'filles', 'frères', 'freres', 'associés', 'associes']);

export function joinAcross(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  const connector = tokens[end].lower;
  const left = tokens[end - 1].lower;
  if (connector === 'of' || connector === 'for' || connector === 'on' || NAME_PARTICLES.has(connector)) {
    // ("United Nurses of Alberta", "Concerned Citizens of Elm Row": a body named by its members and where they are)
    // ("Centers for Disease Control": a head word in the plural)
    // ("Rep. Peter T. King of New York": a title that is a surname too, after a given name, is the surname, no office of the place)
    // ("Bay of Plenty", "Isle of Man", "Gulf of Mexico": a place's head opening the run, then "of")
    if (connector === 'of' && end - start === 1 && OF_PLACE_HEADS.has(left)) return true;
    // ("Hall of Famer Wayne Gretzky", "Hockey Hall of Fame": a sports hall and its member)
    if (connector === 'of' && left === 'hall' && (tokens[next].lower === 'fame' || tokens[next].lower === 'famer')) return true;
    // ("Canadian Association of Chiefs of Police", "Research and Manufacturers of America": the
    // members a body is of, after its head or a field and "and", then what they are of)
    if (connector === 'of' && (MEMBERS_OF_BODY.has(left) || MEMBERS.test(tokens[end - 1].text)) && (memberBodyBefore(tokens, start, end) || (end - start >= 3 && tokens[end - 2].lower === 'and'))) return true;
    // ("Canadian Parents for French", "Students for Fair Admissions", "Physicians for Human Rights":
    // an advocacy group named by its members and what they stand for)
    if (connector === 'for' && advocatesFor(tokens, start, end, next)) return true;
    if (connector === 'of' && companyOfTown(tokens, start, end, next, to)) return false;
    if (connector === 'of' || connector === 'for') return (connector === 'of' && LOCAL_GOVERNMENT_HEADS.has(left)) || ORG_HEADS.has(left) || (left.endsWith('s') && ORG_HEADS.has(left.slice(0, -1))) || (TITLES.has(left) && !(SURNAME_TITLES.has(left) && givenNameBefore(tokens, start, end - 1))) || (HEADS_BEFORE_OF.has(left) && !(SURNAME_HEADS.has(left) && givenNameBefore(tokens, start, end - 1))) || ORG_HEADS.has(tokens[start].lower) || (connector === 'of' && end - start >= 2 && GROUP_NOUNS.has(left)) || (connector === 'of' && (bodyOfPlace(tokens, start, end, next, to) || collegeOfPlace(tokens, start, end, next, to) || conferenceOfMembers(tokens, end, next, to)));
    if (connector === 'on') return tokens[end + 1]?.lower === 'the' || ORG_HEADS.has(left);
    return true;
  }
  // "War On the Rocks": a lower-case article after a capitalised preposition
  if (connector === 'the') return /^(?:On|Of|In|For|At|Under|Over)$/.test(tokens[end - 1].text) || ['of', 'for', 'on'].includes(tokens[end - 1].lower);
  // "Procter & Gamble", "Marks & Spencer": an ampersand between names joins a firm's name, not
  // two people ("Giuliani & Sen. Jeff Sessions", "Jim & Sarah", "& Sarah Palin")
  if (connector === '&') {
    if (next !== end + 1 || titleAt(tokens, next, to) > 0) return false;
    if (genderOfFirstName(tokens[next].base) === null || tokens[next].lower === tokens[end - 1].lower) return true;
    // a given name after it: a body's name only if a head word ends it ("Hillary & Chelsea Clinton
    // Foundation"), or "Tourism", which ends a destination's marketing body named for its towns
    // ("Banff & Lake Louise Tourism", "Banff & Jasper Tourism": towns that are given names too)
    let k = next;
    while (k < to && k - next < 6 && isNameWord(tokens[k])) if (ORG_HEADS.has(tokens[k].lower) || tokens[k++].lower === 'tourism') return true;
    // (or one word on each side of one gender, as partners' surnames are: "Smith & Wesson",
    // "Ernst & Young"; a couple's given names differ, "Jim & Sarah")
    return k === next + 1 && (genderOfFirstName(tokens[end - 1].base) === null || (end - start === 1 && genderOfFirstName(tokens[end - 1].base) === genderOfFirstName(tokens[next].base)));
  }
  // "Déneigement Roy et Fils", "Gagnon et Frères": a French firm named for its founder and his sons or partners
  if (connector === 'et') return next === end + 1 && FIRM_PARTNERS.has(tokens[next].lower);
  if (connector === 'and') {
    // "Center for Strategic and International Studies": an "and" inside an organisation name;
    // not "Bank of England and the Institute …" nor "Bank of England and France".
    if (next !== end + 1) return false;
    if (end - start === 1 && portfolioOffice(tokens, start, next, to)) return true;
    // "City and County of Denver", "City and Borough of Juneau": a consolidated local government by its legal name
    if (end - start === 1 && tokens[start].lower === 'city' && CONSOLIDATED.has(tokens[next].lower) && tokens[next + 1]?.lower === 'of') return true;
    // ("Energy, Northern Development and Mines Minister": a listed field of two words)
    if (end - start === 2 && listedFieldLength(tokens, start) === 2 && portfolioOffice(tokens, start, next, to)) return true;
    // "Millbrook and District Chamber of Commerce", "Kelowna and Area Food Bank": a town and the
    // country round it, before the body's name that serves both
    // (not a person's name, nor an office after it: "Ann Lee and District Manager Tom Wu")
    if ((tokens[next].text === 'District' || tokens[next].text === 'Area') && end - start === 1 && genderOfFirstName(tokens[start].base) === null && next + 1 < to && tokens[next + 1].cap && isNameWord(tokens[next + 1]) && titleAt(tokens, next + 1, to) === 0) return true;
    // "Pacific Gas and Electric", "Florida Power and Light": a utility named by the two things it sells
    if (UTILITY_TRADES.has(tokens[end - 1].lower) && UTILITY_TRADES.has(tokens[next].lower) && end - start >= 2) return true;
    // "Halifax Regional Fire and Emergency", "Kingston Police and Fire", "Burnaby Parks and
    // Recreation": a public service named by the two it gives, after where or whose it is
    if (end - start >= 2 && servicesJoined(tokens, end)) return true;
    // "Pharmaceutical Research and Manufacturers of America": a field, then the members a body is of and where
    if (end - start <= 3 && MEMBERS_OF_BODY.has(tokens[next].lower) && next + 2 < to && tokens[next + 1].lower === 'of' && isNameWord(tokens[next + 2]) && !givenNameOpens(tokens, start, end) && !knownLength(tokens, start, end)) return true;
    // "the MSP for Argyll and Bute", "MP for Dumfries and Galloway": a member's seat of one word
    // joined to a second one that no given name opens
    if (end - start >= 3 && tokens[end - 2].lower === 'for' && CONSTITUENCY_TITLES.has(tokens[end - 3].lower) && genderOfFirstName(tokens[next].base) === null && isNameWord(tokens[next])) return true;
    let k = next;
    // (over a possessive inside a body's name: "Royal Brisbane and Women's Hospital")
    // (and a plural's apostrophe, a token of its own: "Queensland Nurses and Midwives' Union")
    while (k < to && k - next < 8 && (isNameWord(tokens[k]) || (tokens[k].cap && tokens[k].possessive && k + 1 < to && isNameWord(tokens[k + 1])) || pluralApostropheIn(tokens, k, next, to))) k++;
    // ("the United Food and Commercial Workers union": trades joined before their members, then the
    // members' union in lower case, which the name leaves out)
    if (k - next >= 2 && end - start <= 3 && tokens[k]?.lower === 'union' && !tokens[k].cap && MEMBERS.test(tokens[k - 1].text) && !givenNameOpens(tokens, start, end)) return true;
    // (a branch's word before its number ends no name: "Rail and Maritime Workers Union Local 214")
    if (k - next >= 3 && k < to && UNIT_WORDS.has(tokens[k - 1].lower) && /^\d{1,5}$/.test(tokens[k].text)) k--;
    // (a head word, then the nation the body is of: "International Longshore and Warehouse Union Canada")
    const head = k - next >= 3 && knownLength(tokens, k - 1, k)?.kind === 'country' ? k - 1 : k;
    // "the Securities and Exchange Commission": after "the", one word that is no known name, acronym
    // or house of a legislature is no body of its own, whatever head words it and the two after it hold
    // (a nation's adjective may open it: "the Scottish Library and Information Council")
    // (or the three after it, a trade's "Industry" among them: "the Computer and Communications Industry Association")
    const field = end - start === 2 && (countryByDemonym.has(tokens[start].lower) || NATION_ADJECTIVE.test(tokens[start].text)) ? start + 1 : start;
    if (start > 0 && tokens[start - 1].lower === 'the' && end - field === 1 && (head - next === 2 || (head - next === 3 && tokens[head - 2].lower === 'industry')) && BODY_HEADS.has(tokens[head - 1].lower) && !CHAMBERS.has(tokens[field].lower) && !isAcronym(tokens[field]) && !knownLength(tokens, field, end)) return true;
    if (departmentOfNation(tokens, start, end, next, k) || provincialDepartment(tokens, start, end, next, k)) return true;
    // an organisation's name is a dozen words at most: look back no further (a run of thousands stays linear)
    const left = tokens.slice(Math.max(start, end - 12), end);
    // ("Centers for Disease Control and Prevention": a head in the plural before its "for" too)
    const insideOrg = left.some((t, i) => (ORG_HEADS.has(t.lower) || (t.cap && t.lower.endsWith('s') && ORG_HEADS.has(t.lower.slice(0, -1)))) && ['for', 'of'].includes(left[i + 1]?.lower ?? ''));
    // "Nigeria Union of Petroleum and Natural Gas Workers": after a body's head and "of", trades
    // joined up to the members the body is of, whatever trade words they hold
    if (insideOrg && k - next >= 2 && MEMBERS_OF_BODY.has(tokens[k - 1].lower)) return true;
    // "Children's Aid Society of London and Middlesex", "Alzheimer Society of Ontario and Quebec": a body of
    // a city or region and one more place it serves, the run's last word (not a country: "Bank of England and France")
    if (k === next + 1 && (k === to || !tokens[k].cap) && servedPlaces(tokens, start, end, next)) return true;
    if (knownLength(tokens, next, k)?.n === k - next) return false;
    // "Pastoralists and Graziers Association of Western Australia and WAFarmers": a body of a place, then "and", is two bodies
    if (bodyOfKnownPlace(tokens, start, end)) return false;
    if (companyAfterAnd(tokens, start, end, next, k)) return true;
    // (a head that is also a field, among fields only, is no body of its own: "Department of Natural
    // Resources and Energy Development"; "Department of Health and Alberta Energy Regulator" are two)
    const fieldsOnly = tokens.slice(next, head).every(fieldWord);
    if (!fieldsOnly && tokens.slice(next, head - 1).some((t) => ORG_HEADS.has(t.lower) && !FIELD_HEADS.has(t.lower))) return false;
    // ("the Department of Health and Ann Lee said": a given name and one more word after "and" are a person, no part of the body's name)
    if (k - next === 2 && genderOfFirstName(tokens[next].base) !== null && !ORG_HEADS.has(tokens[next + 1].lower)) return false;
    return insideOrg || (ORG_HEADS.has(tokens[k - 1].lower) && left.some((t) => t.lower === 'for' || t.lower === 'of')) || bodyAfterAnd(tokens, start, end, next, head);
  }
  return false;
}

/**
 * Whether run [start, end) before the lower-case "for" at `end` ends in people who band together
 * for a cause (citizens, parents, a nation's people: "Canadian Parents", "Calvert Ridge Parents",
 * "Americans") and the capitalised word at `next` is no day or month: an advocacy group's name
 * ("Parents for French", "Americans for Prosperity", "Students for Fair Admissions"), not the
 * agents of someone ("Lawyers for Meta", "Officials for Ottawa Public Health") nor a date
 * ("thanked Teachers for Tuesday's walkout").
 */
export function advocatesFor(tokens: Token[], start: number, end: number, next: number): boolean {
  if (tokens[end].text !== 'for' || next !== end + 1 || end - start > 4 || !tokens[next].cap || DAYS_AND_MONTHS.has(baseLower(tokens[next]))) return false;
  const plural = tokens[end - 1];
  if (!plural.cap || plural.possessive) return false;
  return ADVOCATES.has(plural.lower) || (plural.lower.endsWith('s') && countryByDemonym.has(plural.lower.slice(0, -1)));
}
/** People who name a group for a cause after themselves ("Parents for …", "Citizens for …"), no one's agents (lawyers, officials, spokespeople). */
const ADVOCATES = new Set(['parents', 'mothers', 'moms', 'mums', 'fathers', 'dads', 'grandparents', 'families', 'students', 'citizens', 'residents', 'neighbours', 'neighbors', 'taxpayers', 'voters', 'women', 'veterans', 'teachers', 'educators', 'nurses', 'doctors', 'physicians', 'scientists', 'farmers', 'seniors', 'youth']);

/** What a city is consolidated with in a local government's legal name ("City and County of …"). */
const CONSOLIDATED = new Set(['county', 'borough']);

/** Whether the "and" at token `and` joins two services a public body gives: "Fire and Emergency", "Parks and Recreation". */
export function servicesJoined(tokens: Token[], and: number): boolean {
  return and > 0 && PUBLIC_SERVICES.has(tokens[and - 1].lower) && !!tokens[and + 1] && tokens[and + 1].cap && PUBLIC_SERVICES.has(tokens[and + 1].lower);
}
/**
 * Whether the run's last two words, ending at `to`, are two services a public body gives, side by
 * side in capitals: "Kamloops Fire Rescue", "Miami-Dade Fire Rescue", "Winnipeg Fire Paramedic
 * Service" without its head ("Fire Rescue" is one service's name, no place's words apart from it).
 */
export function servicesPaired(tokens: Token[], to: number): boolean {
  const a = tokens[to - 2];
  const b = tokens[to - 1];
  return !!a && !!b && a.cap && b.cap && !a.possessive && a.lower !== b.lower && PUBLIC_SERVICES.has(a.lower) && PUBLIC_SERVICES.has(baseLower(b));
}
/** Services a public body gives, two of which joined by "and" name it ("Fire and Emergency", "Parks and Recreation", "Fish and Wildlife"). */
const PUBLIC_SERVICES = new Set(['fire', 'rescue', 'emergency', 'police', 'paramedic', 'paramedics', 'ambulance', 'safety', 'parks', 'recreation', 'fish', 'wildlife']);

/** Things a utility sells, two of which joined by "and" name it ("Gas and Electric", "Light and Power"). */
const UTILITY_TRADES = new Set(['gas', 'electric', 'light', 'power', 'water']);

/** Whether a given name opens run [start, end) (a person's, as in "Ana Ruiz and Workers …"). */
function givenNameOpens(tokens: Token[], start: number, end: number): boolean {
  return end > start && genderOfFirstName(tokens[start].base) !== null;
}

/** Whether run [start, end) holds a body's head before "of" its members follow ("Association of", "Union of"). */
function memberBodyBefore(tokens: Token[], start: number, end: number): boolean {
  for (let i = Math.max(start, end - 6); i < end - 2; i++) if (MEMBER_BODIES.has(tokens[i].lower) && tokens[i + 1].lower === 'of') return true;
  return false;
}

/**
 * "Calgary Sports and Entertainment Corp.", "Maple Leaf Sports and Entertainment Ltd.": a
 * company's legal form two or three words after "and", no given name opening them, and words
 * before it that no known name fills ("Apple and Microsoft Corp." are two) nor a company's whole name ends, is one company's name.
 */
function companyAfterAnd(tokens: Token[], start: number, end: number, next: number, k: number): boolean {
  // (words before it that end a company's name of their own are another company: "Podesta Group Inc. and Mercury LLC")
  if (k - next < 2 || k - next > 3 || end - start > 4 || !COMPANY_SUFFIXES.has(tokens[k - 1].lower) || COMPANY_SUFFIXES.has(tokens[end - 1].lower) || COMPANY_ENDS.has(tokens[end - 1].lower)) return false;
  return genderOfFirstName(tokens[next].base) === null && genderOfFirstName(tokens[start].base) === null && knownLength(tokens, start, end)?.n !== end - start;
}

/** Heads that end a company's whole name ("Podesta Group", "Ford Motor Company"), no trade word of a longer one ("Calgary Sports and …"). */
const COMPANY_ENDS = new Set(['group', 'company', 'corporation', 'holdings', 'partners']);

/**
 * "ACLU of Texas", "ACLU of Northern California", "Grain Growers of Canada": an acronym alone, or
 * a plural of members after a word, then "of" and a place the lists know (or a direction word
 * before one) is one body's name. ("Jane Smith of Texas" keeps the person: no acronym, no plural.)
 */
function bodyOfPlace(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  const acronym = end - start === 1 && isAcronym(tokens[start]) && tokens[start].text.length >= 3;
  if (!acronym && !(end - start === 2 && MEMBERS.test(tokens[end - 1].text) && genderOfFirstName(tokens[start].base) === null)) return false;
  const place = DIRECTION_WORDS.has(tokens[next].lower) ? next + 1 : next;
  const kind = place < to ? knownLength(tokens, place, to)?.kind : undefined;
  return kind === 'place' || kind === 'country' || kind === 'capital';
}

/**
 * "Prairie Crown Meats of Lethbridge", "Platte Valley Packing Co. of Omaha": a company's name that
 * ends in its legal suffix or its trade in the plural (a head that names no people: not "Dairy
 * Farmers of Ontario"), then "of" and a known town: the town is where the company is based, no
 * part of its name ("Bank of Montreal", one trade's head, stays whole).
 */
function companyOfTown(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  const last = tokens[end - 1].lower;
  const tradePlural = end - start >= 2 && /[^s]s$/.test(last) && ORG_HEADS.has(last) && peopleNoun(last) === null;
  if (!tradePlural && !(end - start >= 2 && COMPANY_SUFFIXES.has(last))) return false;
  const town = knownLength(tokens, next, to);
  if (town) return (town.kind === 'place' || town.kind === 'capital') && !isRegionName(tokens[next].text);
  // ("Johnson Orchards of Summerland", "Atlantic Seafood Packers of Shediac": a town the lists lack,
  // one name word no head or further name follows, is where the firm is, as a known one is)
  const after = tokens[next + 1];
  return isNameWord(tokens[next]) && !ORG_HEADS.has(tokens[next].lower) && !isRegionName(tokens[next].text) && !(next + 1 < to && after?.type === 'word' && after.cap);
}

/** Heads of an office, not a body, before "of": "Secretary of State", "Head of Communications". */
const OFFICE_HEADS = new Set(['secretary', 'minister', 'chief', 'head', 'director', 'president', 'state', 'states', 'republic', 'house']);

/**
 * "Royal College of Surgeons of Edinburgh", "Institute of Chartered Accountants of Scotland": a
 * body already named with a head and "of" or "for" ([start, end)), then "of" and a known place at
 * `next`: the place is the body's, no actor of its own.
 */
function collegeOfPlace(tokens: Token[], start: number, end: number, next: number, to: number): boolean {
  let headed = false;
  // (a body's head, no office's: "The Minister of Health of Ghana" is a minister of Ghana's)
  for (let j = start; j + 1 < end && !headed; j++) headed = (HEADS_BEFORE_OF.has(tokens[j].lower) || ORG_HEADS.has(tokens[j].lower)) && !TITLES.has(tokens[j].lower) && !OFFICE_HEADS.has(tokens[j].lower) && (tokens[j + 1].lower === 'of' || tokens[j + 1].lower === 'for');
  if (!headed) return false;
  const kind = next < to ? knownLength(tokens, next, to)?.kind : undefined;
  return kind === 'place' || kind === 'country' || kind === 'capital';
}

/**
 * "Fisheries and Oceans Canada", "Environment and Climate Change Canada", "Employment and Social
 * Development Canada": a federal department named by two fields and its nation. The one word
 * before "and" ([start, end)) names a field (a portfolio, or a noun in -ies, -ment, -tion, no
 * given name) or an institution, and no known name; two words or more after it ([next, k)) end in
 * a country, a province or a state ("Colleges and Institutes Canada", "Parks and Recreation Ontario").
 */
function departmentOfNation(tokens: Token[], start: number, end: number, next: number, k: number): boolean {
  // (or a province's or state's: "Parks and Recreation Ontario", "Sport and Recreation Nova Scotia")
  // ("Crown-Indigenous Relations and Northern Affairs Canada": two words before "and", a compound
  // and a field's noun in the plural, neither a given name nor a known name)
  const twoFields = end - start === 2 && tokens[start].text.includes('-') && /^[a-z]{4,}(?:ments|tions|affairs)$/.test(tokens[start + 1].lower)
    && genderOfFirstName(tokens[start].base) === null && !knownLength(tokens, start, start + 1) && !knownLength(tokens, start + 1, end);
  if ((end - start !== 1 && !twoFields) || k - next < 2 || (knownLength(tokens, k - 1, k)?.kind !== 'country' && !isRegionName(tokens[k - 1].text) && !(k - next >= 3 && isRegionName(`${tokens[k - 2].text} ${tokens[k - 1].text}`)))) return false;
  if (twoFields) return true;
  const field = tokens[start].lower;
  // (or an institution's head: "Library and Archives Canada"; the list's words whatever given names they are too: "Parks")
  return (INSTITUTION_FIELDS.has(field) || ((PORTFOLIO_FIELDS.has(field) || FIELD_NOUN.test(field)) && genderOfFirstName(tokens[start].base) === null)) && !knownLength(tokens, start, end);
}
/**
 * "Alberta Environment and Protected Areas", "Alberta Seniors and Community Services": a province's
 * ministry named by its place and a field ([start, end), two words), then "and" and one to three
 * words ([next, k)) that hold no title ("Nova Scotia Health and Wellness Minister …" is an office's).
 */
function provincialDepartment(tokens: Token[], start: number, end: number, next: number, k: number): boolean {
  if (end - start !== 2 || k - next < 1 || k - next > 3 || !PROVINCIAL_FIELDS.has(tokens[end - 1].lower)) return false;
  const place = knownLength(tokens, start, start + 1)?.kind;
  if (!(place === 'place' || place === 'capital' || genderOfFirstName(tokens[start].base) !== null) || tokens[start].possessive) return false;
  for (let j = next; j < k; j++) if (TITLES.has(tokens[j].lower) || tokens[j].possessive) return false;
  return genderOfFirstName(tokens[next].base) === null;
}

/** Institutions a federal department or a national body is named for beside a field ("Library and Archives Canada", "Colleges and Institutes Canada"). */
const INSTITUTION_FIELDS = new Set(['library', 'libraries', 'archives', 'parks', 'museums', 'colleges', 'universities', 'institutes', 'schools', 'hospitals']);
/** Nouns of a field of government ("Fisheries", "Employment", "Immigration"). */
const FIELD_NOUN = /^[a-z]{4,}(?:ies|ment|tion|sion)$/;

/** Houses of a legislature: "the Senate and Finance Committee" are two bodies. */
const CHAMBERS = new Set(['senate', 'house', 'congress', 'parliament', 'assembly', 'legislature', 'council']);

/** Fields of a ministry that open an office of two before "and" ("Treasury and Finance Minister"). */
const PORTFOLIO_FIELDS = new Set(['treasury', 'finance', 'defence', 'defense', 'health', 'justice', 'foreign', 'trade', 'economy', 'interior', 'home', 'labour', 'labor', 'education', 'transport', 'energy', 'environment', 'agriculture', 'culture', 'tourism', 'sport', 'housing', 'welfare', 'veterans', 'industry', 'science', 'planning', 'infrastructure']);
/** The offices such fields name. */
const PORTFOLIO_OFFICES = new Set(['minister', 'secretary', 'ministers', 'secretaries']);

/**
 * Whether the field at `field`, "and" and the words at `next` are one office: "Treasury and Finance
 * Minister", "Health and Social Care Secretary"; after a list's comma any capitalised field ("Energy,
 * Mines and Resources Minister", "Agriculture, Food and Rural Affairs Minister").
 */
function portfolioOffice(tokens: Token[], field: number, next: number, to: number): boolean {
  if (!PORTFOLIO_FIELDS.has(tokens[field].lower) && !listedField(tokens, field)) return false;
  for (let k = next + 1; k < to && k <= next + 2; k++) if (PORTFOLIO_OFFICES.has(tokens[k].lower) && tokens[k].cap) return true;
  return false;
}

/** Heads of bodies that serve an area named after their "of" ("Children's Aid Society of …", "United Way of …"). */
const CATCHMENT_HEADS = new Set(['society', 'way', 'agency', 'services', 'network', 'coalition', 'association', 'alliance', 'foundation']);

/**
 * Whether run [start, end) is a service body of a city or region (not a university's nor a local
 * government's: "University of Toronto and McGill", "Region of Peel and Brampton" are two) and the
 * one word at `next` after its "and" one more place it serves: a place the lists know, or a word no
 * list knows, no given name nor letters ("Middlesex").
 */
function servedPlaces(tokens: Token[], start: number, end: number, next: number): boolean {
  const of = end - 2;
  // (a charity's bank too: "Food Bank of Waterloo and Wellington")
  const foodBank = tokens[of - 1]?.lower === 'bank' && of - 2 >= start && charityBankKinds(tokens[of - 2].lower) !== undefined;
  if (of <= start || tokens[of].lower !== 'of' || !(CATCHMENT_HEADS.has(tokens[of - 1].lower) || foodBank)) return false;
  const place = (k: string | undefined): boolean => k === 'place' || k === 'capital';
  // (a word no list knows on either side, no given name nor letters: "Waterloo", "Middlesex")
  const unknownPlace = (i: number): boolean => !isAcronym(tokens[i]) && genderOfFirstName(tokens[i].base) === null && !ORG_HEADS.has(tokens[i].lower);
  const before = knownLength(tokens, end - 1, end);
  if (before ? !place(before.kind) : !unknownPlace(end - 1)) return false;
  const after = knownLength(tokens, next, next + 1);
  return after ? place(after.kind) && after.n === 1 : unknownPlace(next);
}

/**
 * Heads of bodies' names that are fields of work too ("Acme Research", "Harvard Law Review", "Aviva
 * Insurance"): inside a public body's name joined by "and" they are its fields, no body of their own
 * ("Veterans Review and Appeal Board", "Workplace Safety and Insurance Appeals Tribunal").
 */
const FIELD_HEADS = new Set(['review', 'research', 'insurance']);

/** Head words of a public body or a corporation that end its name after "X and Y" ("Fish and Wildlife Service"). */
const BODY_HEADS = new Set([
  'corporation', 'corp', 'corp.', 'company', 'services', 'service', 'department', 'agency', 'commission', 'bureau',
  'authority', 'administration', 'board', 'council', 'committee', 'institute', 'ministry', 'office', 'association',
  'foundation', 'society', 'centre', 'center', 'secretariat', 'directorate', 'division', 'tribunal', 'trust', 'fund',
  // ("Immigration and Customs Enforcement", "Customs and Border Protection", "Longshore and Warehouse Union")
  'enforcement', 'protection', 'union', 'organisation', 'organization', 'guild', 'executive',
  // ("Royal Brisbane and Women's Hospital", "Nurses and Midwives Union", "Science and Technology Museum")
  'hospital', 'hospitals', 'clinic', 'college', 'museum', 'library', 'federation', 'alliance', 'coalition', 'league',
]);
/** Members a union or an association is named for, last in its name ("… Natural Gas Workers", "… Paper Producers"). */
export const MEMBERS_OF_BODY = new Set(['workers', 'employees', 'professionals', 'producers', 'growers', 'farmers', 'teachers', 'nurses', 'midwives', 'miners', 'drivers', 'pilots', 'engineers', 'manufacturers', 'exporters', 'retailers']);

/**
 * "Canada Mortgage and Housing Corporation", "Food and Drug Administration": two words or more
 * after the "and" at `end` ([next, k)) that end in a body's head word make one name with the words
 * before it, unless those are a body of their own (a head word or a known name ends them: "Health
 * Department and Revenue Agency") or a person's two-word name ("Lena Ortiz and Social Services").
 */
function bodyAfterAnd(tokens: Token[], start: number, end: number, next: number, k: number): boolean {
  if (k - next < 2 || !BODY_HEADS.has(tokens[k - 1].lower) || end - start > 4) return false;
  // (one head word alone is no body of its own: "Rail and Maritime Workers Union")
  // (a field's head is no body's before a second field no known name opens: "Veterans Review and Appeal Board", not "Manulife
  // Insurance and Canada Revenue Agency")
  if ((ORG_HEADS.has(tokens[end - 1].lower) && !(FIELD_HEADS.has(tokens[end - 1].lower) && !knownLength(tokens, next, next + 1)) && end - start > 1) || knownLength(tokens, start, end)?.n === end - start) return false;
  // (a given name and a surname before "and" are a person's, unless the second word is a place: "Royal Brisbane and Women's Hospital")
  // (or the first a nation's word: "Irish Nurses and Midwives Organisation")
  const place = knownLength(tokens, start + 1, end)?.kind;
  return !(end - start === 2 && genderOfFirstName(tokens[start].base) !== null && !countryByDemonym.has(tokens[start].lower) && !knownLength(tokens, start, start + 1) && place !== 'place' && place !== 'capital');
}

/** Whether token `k` is a plural's apostrophe inside a name after "and" (after an -s name word, a name word after it): "Midwives' Union". */
function pluralApostropheIn(tokens: Token[], k: number, next: number, to: number): boolean {
  const x = tokens[k].text;
  return k > next && (x === "'" || x === '’') && tokens[k - 1].end === tokens[k].start && tokens[k - 1].lower.endsWith('s') && k + 1 < to && isNameWord(tokens[k + 1]);
}

/**
 * Names: finds runs of capitalised words in a sentence and tells what each run names: a person
 * (with the title or role before the name), an organisation, a country, a capital, a place, or a
 * lone word still to be resolved against the article's full names. This file reads a run with a
 * title in it (`classifyRun`: the office, the body or country before it, the name after it); a run
 * with none goes to ./untitledRuns, whose first look is the run's shape (./runShapes).
 */
import { chineseNameAt } from './chineseNames';
import { genderOfFirstName } from './gender';
import { baseLower, type Token } from './text';
import { COMMON_CAPITALISED, countryByDemonym, countryBySurface, HEADLINE_BREAKS, ORG_HEADS, PARTY_WORDS, PLACE_HEADS, WEAK_TITLES, BENCH_WORDS, CLASS_YEARS, CONSTITUENCY_TITLES, DIRECTION_WORDS, PLACE_PREFIXES, ROLE_NOUNS, US_STATES } from './gazetteer';
import { isParticleSurname, mayOpenParticleSurname } from './nameForms';
import { networkBody } from './frenchBodies';
import { amongStates, knownLength, lowerText, STATE_NAMED_COUNTRIES, type Known } from './knownNames';
import { isAcronym, isLoneName, isNameWord, namesNoOne, weekdayAsName } from './nameWords';
import { acronymNameStart } from './bracketAcronyms';
import { CONNECTORS, webDomainAt } from './nameRuns';
import { nicknameEnd } from './nicknames';
import { courtesyEnd, givenNameBefore, SURNAME_TITLES, titleAt } from './runTitles';
import { fieldAfterResponsible } from './officeFields';
import { allPortfolio, countryAfterFields, FIELD_OFFICERS, fieldWord, listedFieldLength, nameAfterField, PORTFOLIO_TITLES, PORTFOLIO_WORDS, portfolioField, portfolioListEnd } from './portfolioTitles';
import { KIN_NOUNS, peerOrServing, peopleNoun, SURNAME_HEADS } from './lexicon/people';
import { orgKindsOfName } from './lexicon/organisations';
import { cleanNameAfter, commonWordSurname, datelineCity, gluedWord, nameLike, nationalNounAt, occupationAt, peopleNounAt, placeWithRoyalTitle, timeZone } from './nameChecks';
import { codeWord } from './runContext';
import { entity, retyped, surfaceOf, type Entity } from './entities';
import { classifyUntitled } from './untitledRuns';
import { postalStateAt } from './stateCodes';
import { commodityBody, COMPANY_SUFFIXES, COMPASS_POINTS, professionBody, provincialBody } from './runShapes';

export { isAcronym, isLoneName, isNameWord };
export { findRuns } from './nameRuns';
export { titleAt } from './runTitles';
export { gluedWord } from './nameChecks';

/** What a run names, possibly several things: "NATO Secretary-General Jens Stoltenberg" is an organisation and a person. */
export function classifyRun(tokens: Token[], from: number, to: number, text: string): Entity[] {
  // a run parted at a word (see classifyPart) goes on in this loop: a run of thousands of glued
  // words recursed once per word, past the stack
  const rest = { at: -1 };
  const out = classifyPart(tokens, from, to, text, rest);
  while (rest.at >= 0) {
    const at = rest.at;
    rest.at = -1;
    for (const e of classifyPart(tokens, at, to, text, rest)) out.push(e);
  }
  return out;
}

/** What the run [from, to) names, or of a run parted at a word, what the part before it names, `rest.at` then set to where the rest starts. */
function classifyPart(tokens: Token[], from: number, to: number, text: string, rest: { at: number }): Entity[] {
  if (timeZone(tokens, from, to) || codeWord(tokens, from, to) || currencyCode(tokens, from, to)) return [];
  // "Minister responsible for Emergency Management": the office's field, unless a body's head names a body there
  if (from > 2 && !tokens[from - 1].cap && fieldAfterResponsible(tokens, from) && !anyBodyHead(tokens, from, to)) return [];
  // "FactCheck.org", "Salon.com": a web site, a body whatever its name
  if (to - from >= 3 && webDomainAt(tokens, to - 2, to)) return [entity(tokens, text, 'organization', from, to)];
  // "17 Wing Winnipeg", "the 101st Airborne Division": a run opens with a number only where it names a numbered unit (see ./nameRuns)
  if (to - from >= 2 && /^\d/.test(tokens[from].text)) return [entity(tokens, text, 'organization', from, to)];
  // "the USS Carney", "HMS Dauntless", "the MV Star Iris": a ship, no actor (its crew or its navy act)
  if (to - from >= 2 && SHIP_PREFIXES.has(tokens[from].text)) return [];
  // "Emma Church", "Harjit Law", "Sophie Day": a given name and a common word that is a common
  // surname too is a person, where a place, a body or a day would take a name of its own
  // (after a given name of their own too: "Kevin Norman Day"; not "Louis Riel Day", a surname before the day)
  // (a title is no given name: "Pastor Ellen Church", "Judge Mark Day" keep their titles apart)
  if ((to - from === 2 && commonWordSurname(tokens, from)) || (to - from === 3 && genderOfFirstName(tokens[from].text) !== null && titleAt(tokens, from, to) === 0 && commonWordSurname(tokens, from + 1))) return [entity(tokens, text, 'person', from, to)];
  // "He Yadong", "He Lifeng": a Chinese family name that is an English pronoun, then a pinyin given name
  if (to - from === 2 && chineseNameAt(tokens, from, to)) return [entity(tokens, text, 'person', from, to)];
  // "a night in A&E", "waits in the ED": a hospital's department is where patients are, no actor
  if (to - from === 1 && HOSPITAL_UNITS.has(tokens[from].text)) return [];
  // "Lynchburg, VA,", "3 NH towns", "in DC": a state by its postal code, named as the state
  const state = to - from === 1 ? postalStateAt(tokens, from) : null;
  if (state) return [entity(tokens, text, 'place', from, to, state)];
  // "Islamic State-linked", "El Paso-based", "Nobel Prize-winning": a name made a modifier names
  // what its part before the hyphen does (classified with that part in the token's place, put back after)
  const last = tokens[to - 1];
  const hyphen = last.text.length > 4 && last.text.indexOf('-') > 0 ? modifierHyphen(last.text) : -1;
  if (hyphen > 0) {
    const head = last.text.slice(0, hyphen);
    // (every field written in Token's order, as the tokenizer makes them: a spread's copy has a map of
    // its own, and code optimised for one token shape is thrown away when it meets a second)
    tokens[to - 1] = { text: head, start: last.start, end: last.start + hyphen, type: last.type, lower: last.lower.slice(0, hyphen), cap: last.cap, possessive: false, base: head };
    try {
      return classifyRun(tokens, from, to, text);
    } finally {
      tokens[to - 1] = last;
    }
  }
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
    // "Canucks D Filip Hronek-Bauer", "F Jeff Skinner-Ross": a player's position in capitals before a name is no part of it
    if (t.text.length <= 3 && POSITION_CODES.has(t.text) && positionBeforeName(tokens, from, i, to)) {
      rest.at = i + 1;
      return i > from ? classifyRun(tokens, from, i, text) : [];
    }
    // (a name the lexicon knows is one word however many capitals it holds: "RealClearPolitics")
    if (t.text.length < 8 || !gluedWord(t.text) || knownLength(tokens, i, i + 1)) continue;
    if (i + 1 < to) rest.at = i + 1;
    return i > from ? classifyRun(tokens, from, i, text) : [];
  }
  // "Carmaker Volvex", "Steelmaker Bharat Ispat Ltd": a trade's noun in capitals (a sentence's or a
  // headline's first word) before a name tells the name is a body's, and is no part of it
  // ("Miner John Smith", "Retailer Ann Lee": a trade people ply too, then a given name, names a person of that trade)
  if (n >= 2 && tradeNoun(tokens[from].lower) && isNameWord(tokens[from + 1]) && !knownLength(tokens, from, to) && !(n >= 3 && personsTrade(tokens[from].lower) && genderOfFirstName(tokens[from + 1].base) !== null && !COMPANY_SUFFIXES.has(tokens[to - 1].lower))) return [entity(tokens, text, 'organization', from + 1, to)];
  // "BC Parks", "Consumer Protection BC": a province's agency, no person titled "Consumer"
  // ("Manitoba Pork", "Alberta Barley": a province's producers by their product, no person "Alberta Barley" nor the province)
  // ("CSS de Laval", "CISSS de la Montérégie-Centre": Quebec's health and school bodies by their letters and place, see ./frenchBodies)
  if (provincialBody(tokens, from, to) || commodityBody(tokens, from, to) || networkBody(tokens, from, to)) return [entity(tokens, text, 'organization', from, to)];
  // "Doctors Nova Scotia", "Engineers Canada": a profession's body in its province or country, no
  // place that speaks and no person titled "Engineers"
  if (n >= 2 && professionBody(tokens, from, to) === to) return [entity(tokens, text, 'organization', from, to)];
  // "Morrow Kaplan LLP", "Dana Morrow LLP": names closed by a company's legal form in capitals are one
  // company (a law firm named for its partners), no person with letters after the name
  if (n >= 2 && LEGAL_FORM_LETTERS.has(tokens[to - 1].text)) return [entity(tokens, text, 'organization', from, to)];
  // a dateline's city is where the article was filed, not a government that speaks ("BERLIN, 21 March")
  if (datelineCity(tokens, from, to) || placeWithRoyalTitle(tokens, from, to)) return [entity(tokens, text, 'place', from, to)];
  const whole = knownLength(tokens, from, to);
  // "ACORN Nova Scotia", "CUPE Prince Edward Island": a body's letters, then a province or state of
  // several words, name the body's branch there (as "CUPE Ontario" does), no person or title (a
  // newsroom's letters are its own: "an NBC New Hampshire poll")
  if (n >= 3 && !whole && bodyBranch(tokens, from, to)) return [entity(tokens, text, 'organization', from, to)];
  if (whole && whole.n === n) {
    // "whose brother Jordan died", "her daughter Georgia", "her colleague Victoria": a country's or a
    // place's name that is a given name, alone after a noun of kin or of a peer, is that person
    // ("met with Victoria, who said", "Jordan, who is 19, said": one whom "who" stands for, with no
    // place's preposition before it)
    if (n === 1 && (whole.kind === 'country' || whole.kind === 'capital' || whole.kind === 'place') && (kinBefore(tokens, from) || personWhoAfter(tokens, from, to) || ageAfter(tokens, to)) && genderOfFirstName(tokens[from].base) !== null) return [entity(tokens, text, 'person', from, to)];
    if (whole.kind === 'country' && STATE_NAMED_COUNTRIES.has(lowerText(tokens, from, to)) && amongStates(tokens, from, to)) return [entity(tokens, text, 'place', from, to)];
    if (whole.kind === 'country' || whole.kind === 'capital') return [entity(tokens, text, whole.kind, from, to, whole.name, undefined, whole.name)];
    return [entity(tokens, text, whole.kind, from, to)];
  }
  // "All Progressives Congress (APC)", "Alternative for Germany (AfD)": a name its acronym in brackets follows is a body's
  // (the bound tested, not read past: V8 throws away code optimised before any such read)
  if (n >= 2 && to < tokens.length && tokens[to].text === '(' && acronymNameStart(tokens, from, to) === from) return [entity(tokens, text, 'organization', from, to)];
  // a known company and its legal suffix ("General Motors Co", "General Mills Inc"): one body, whatever title its first word is
  if (whole && whole.kind === 'organization' && whole.n === n - 1 && COMPANY_SUFFIXES.has(tokens[to - 1].lower)) return [entity(tokens, text, 'organization', from, to)];
  // "Prime Minister's Office", "the President's Office": an office's staff, a body, no one titled
  if (n >= 2 && tokens[to - 1].lower === 'office' && tokens[to - 2].possessive && titleAt(tokens, from, to - 1) === n - 1) return [entity(tokens, text, 'organization', from, to)];
  // "Hamilton General", "Toronto General": a town's general hospital by its short name, no one
  // titled nor a surname (an office of two words is a title: "Attorney General", "Surgeon General")
  if (n === 2 && tokens[to - 1].text === 'General' && (to >= tokens.length || !tokens[to].cap) && titleAt(tokens, from, to) === 0 && !occupationAt(tokens, from, to)) return [entity(tokens, text, 'organization', from, to)];
  // A title inside the run: what follows the last title is the person's name.
  let titleEnd = -1;
  let titleStart = -1;
  // a weak title before one word ("Donor Adelson", "State Farm"): the word is only a surname to
  // match with the article's full names, never a person of its own with that title as a role
  let weakLone = false;
  for (let i = from; i < to; i++) {
    // a rank's class right after the rank is part of the rank ("Sgt. First Class Dale Roe", "Chief Petty
    // Officer 1st Class Ann Lee", "Petty Officer 2nd Class Ty Ode"), no name's word
    if (titleEnd === i && i + 2 < to && tokens[i + 1].lower === 'class' && RANK_CLASSES.has(tokens[i].lower)) {
      titleEnd = i + 2;
      i++;
      continue;
    }
    const len = titleAt(tokens, i, to) || (i === from ? occupationAt(tokens, i, to) || peopleNounAt(tokens, i, to) || nationalNounAt(tokens, i, to) || donAt(tokens, i, to) || clergyAddressAt(tokens, i, to) : 0);
    if (!len) continue;
    // a title word ending the run after a given name (and an initial) is a surname ("Catherine King", "Peter T. King"),
    // and so it is before a generational suffix ("Martin Luther King Jr.")
    if (len === 1 && i > from && (i + len === to || (i + len === to - 1 && NAME_SUFFIXES.has(tokens[to - 1].text))) && givenNameBefore(tokens, from, i)) continue;
    // so is one alone after a courtesy title that is a surname too ("Ms Reeve", "Mr King"; not an
    // office one is addressed by, "Mr President", "Mr. Administrator")
    if (i + len === to && len === 1 && i === from + 1 && COURTESY_TITLES.has(tokens[from].lower) && SURNAME_TITLES.has(tokens[i].lower)) continue;
    // a title that is a given name too, right after a title and before one last word, is the given name
    // ("Sgt. Dean Riva", "Mayor Dean Smith"; "Assistant Dean Smith" is an office)
    if (len === 1 && titleEnd === i && i + 2 === to && !OFFICE_QUALIFIERS.has(tokens[i - 1].lower) && genderOfFirstName(tokens[i].base) !== null) continue;
    // so is one opening a name of two words after a role in lower case ("Rovers manager Dean Ashby")
    if (len === 1 && i === from && i + 2 === to && roleBefore(tokens, from) && genderOfFirstName(tokens[i].base) !== null) continue;
    if (len === 1 && CLASS_YEARS.has(tokens[i].lower) && (i + 1 >= to || genderOfFirstName(tokens[i + 1].base) === null)) continue;
    // "Sri Lakshmi Finance Pvt. Ltd.": a rank's word before a company's legal form is the form's ("Private Limited")
    if (i + len < to && COMPANY_SUFFIXES.has(tokens[i + len].lower)) continue;
    // "the SP said", "the CP ordered": an officer's rank in capitals alone after a determiner is the officer, no body
    if (len === 1 && from === i && to === i + 1 && from > 0 && DETERMINER_BEFORE.has(tokens[from - 1].lower) && isAcronym(tokens[i]) && ROLE_NOUNS.has(tokens[i].lower)) return [entity(tokens, text, 'role', from, to, undefined, tokens[i].text)];
    const weak = WEAK_TITLES.has(lowerText(tokens, i, i + len));
    // ("Major Crimes", "Swami Vivekananda": a rank or an honorific that is also a name's or a unit's word is a title only before a full name)
    const lone = weak && !FULL_NAME_TITLES.has(tokens[i].lower) && to - (i + len) === 1 && nameLike(tokens[i + len]) && !PLACE_HEADS.has(tokens[i + len].lower) && !knownLength(tokens, i + len, to);
    // ("TD for Cavan-Monaghan", "MLA for Vancouver-Hastings Tamara Lind": a member's seat after "for", then maybe the name)
    if (!weak || lone || cleanNameAfter(tokens, i + len, to) || seatAfter(tokens, i, i + len, to) || (len === 1 && headSurnameAfter(tokens, i, to))) {
      if (titleStart < 0) titleStart = i;
      titleEnd = i + len;
      weakLone = lone;
      i += len - 1;
    }
  }
  return classifyTitled(tokens, from, to, text, whole, titleStart, titleEnd, weakLone);
}

/**
 * classifyPart's last steps, once the titles in the run [from, to) are found ([titleStart,
 * titleEnd), -1 when none): a function of its own, so that a branch here first taken late
 * deoptimises and recompiles these lines only, and each half is marked hot sooner (V8 waits
 * longer the larger a function is, and longer again after each deoptimisation).
 */
function classifyTitled(tokens: Token[], from: number, to: number, text: string, whole: Readonly<Known> | null, titleStart: number, titleEnd: number, weakLone: boolean): Entity[] {
  // "Youth Criminal Justice Act", "the Labour Code": a title before a law's last word, and no given
  // name between, names a law, no one ("Sen. Bill Nelson" keeps his)
  if (titleEnd > 0 && titleEnd < to && LAW_WORDS.has(baseLower(tokens[to - 1])) && genderOfFirstName(tokens[titleEnd].base) === null) return classifyUntitled(tokens, from, to, text, whole);
  // "Department of Communities and Justice", "Office of Inspector General": a title after a joining
  // word that ends the run names no one; it is the body's last word
  // (so does one after a field, in a body's name that opens with its head: "Office of the Traffic Commissioner")
  // (or after a place's or a province's words: "B.C. Office of the Police Complaint Commissioner")
  if (titleEnd === to && titleStart > from && (CONNECTORS.has(tokens[titleStart - 1].lower) || headThenConnector(tokens, from, titleStart))) return classifyUntitled(tokens, from, to, text, whole);
  // (and the place the office serves after it, in a body's name that opens with its head: "Office of
  // the Privacy Commissioner of Canada", "Office of the Chief Coroner for Ontario")
  if (titleStart > from && servedPlaceAfter(tokens, titleEnd, to) && headThenConnector(tokens, from, titleStart)) return classifyUntitled(tokens, from, to, text, whole);
  // "the Ottawa Senators": a known place, then a title in the plural in capitals and no one's name, is a team
  if (titleEnd === to && to - titleStart === 1 && titleStart > from && /[a-z]s$/.test(tokens[titleStart].text) && from > 0 && tokens[from - 1].lower === 'the' && !(tokens[to]?.type === 'word' && tokens[to].cap) && isPlaceKnown(knownLength(tokens, from, titleStart), titleStart - from)) return [entity(tokens, text, 'organization', from, to)];
  // "Queen Street", "King Road", "Bishop Square": a royal or church title before a street's word
  // names the street ("President Park", "Mayor Hall" stay people)
  // (its part of town after it: "King Street East")
  const streetEnd = to - from === 3 && COMPASS_POINTS.has(tokens[to - 1].lower) ? to - 1 : to;
  if (titleEnd === streetEnd - 1 && titleStart === from && STREET_TITLES.has(tokens[from].lower) && STREET_WORDS.has(tokens[streetEnd - 1].lower)) return [entity(tokens, text, 'place', from, to)];
  // "General Services Administration", "Chief Executives Board": a title's word that opens the run,
  // no given name after it and a body's head last, opens the body's name
  // (not an office of a body: "Secretary General of the North Atlantic Treaty Organisation")
  // (after a demonym or a place too: "the Jewish General Hospital", "Montreal General Hospital")
  if ((titleStart === from || (titleStart > from && nameWordsBefore(tokens, from, titleStart))) && titleEnd < to && ORG_HEADS.has(baseLower(tokens[to - 1])) && !tokens[to - 1].possessive && genderOfFirstName(tokens[titleEnd].base) === null && allCapitalised(tokens, titleEnd, to) && !knownLength(tokens, titleEnd, to)) return classifyUntitled(tokens, from, to, text, whole);
  // (each outcome is a function of its own: the whole was among the largest functions V8
  // optimises, compiled again whole at each branch first taken late, 0.5 s of compiling a time)
  return titleEnd > 0 ? titledRun(tokens, from, to, text, titleStart, titleEnd, weakLone) : untitledRun(tokens, from, to, text, whole);
}

/**
 * Whether run words [from, titleStart) are the last fields of a portfolio listed with commas before
 * its office: one field after the list's comma, "and", then capitalised words up to the office
 * ("Energy, | Mines and Resources Minister"; see listedField). Not a name joined to an office ("Ann
 * Smith and Finance Minister …" has no list of fields before it).
 */
function portfolioListTail(tokens: Token[], from: number, titleStart: number): boolean {
  const n = listedFieldLength(tokens, from);
  if (!n || from + n + 1 > titleStart) return false;
  for (let i = from + n + 1; i < titleStart; i++) if (tokens[i].type !== 'word' || !tokens[i].cap || tokens[i].possessive) return false;
  return true;
}

/**
 * What the run [from, to) names when titles fill [titleStart, titleEnd) of it: the person named
 * after them with the office as role, or the office alone, and what the words before name;
 * `weakLone`: a weak title before one word, a surname only.
 */
function titledRun(tokens: Token[], from: number, to: number, text: string, titleStart: number, titleEnd: number, weakLone: boolean): Entity[] {
  const out: Entity[] = [];
  // "Health Minister", "Federal Public Safety Minister": the portfolio is part of the office, no body of its own
  // (the office a title of its own ends too: "Treasury and Finance Minister")
  if (PORTFOLIO_TITLES.has(tokens[titleStart].lower) || PORTFOLIO_TITLES.has(tokens[titleEnd - 1].lower)) {
    // (a portfolio word the run left out, "Housing" opening a sentence, is the office's too)
    if (titleStart === from && from > 0 && tokens[from - 1].cap && PORTFOLIO_WORDS.has(tokens[from - 1].lower)) from--;
    // ("Industrial Relations Minister", "Treaty Negotiations Minister": the fields offices are listed with too)
    while (titleStart > from && fieldWord(tokens[titleStart - 1])) titleStart--;
    // ("Energy, Mines and Resources Minister", "Agriculture, Food and Rural Affairs Minister": the
    // list's last fields after its comma, whatever their words, are the portfolio's too)
    if (titleStart > from && portfolioListTail(tokens, from, titleStart)) titleStart = from;
    // ("Fisheries and Oceans Minister": a joining word only inside the portfolio)
    while (CONNECTORS.has(tokens[titleStart].lower) || tokens[titleStart].text === '&') titleStart++;
  }
  let nameFrom = titleEnd;
  // "Prime Minister of Japan Kishida Fumio": a known country or organisation after "of".
  // (inside the run only: a line may end in "the office of Secretary of")
  // "Minister for Housing Declan Fahy": the office's field after "for", then the name
  const afterField = nameFrom < to && tokens[nameFrom].lower === 'for' ? nameAfterField(tokens, nameFrom + 1, to) : -1;
  // a member's seat after "for" is a place, the constituency, and with no name after it the run is a role
  // (the name after the seat opens with a known given name: "MP for North West Norfolk" is all seat)
  if (seatAfter(tokens, titleStart, titleEnd, to)) {
    const seatEnd = seatNameStart(tokens, titleEnd + 2, to);
    if (tokens[seatEnd - 1].text.length > 2) out.push(entity(tokens, text, 'place', titleEnd + 1, seatEnd));
    nameFrom = seatEnd;
  } else if (afterField > 0) nameFrom = afterField;
  else if (nameFrom < to && tokens[nameFrom].lower === 'of') {
    let k = nameFrom + 1;
    if (k < to && tokens[k].lower === 'the') k++;
    const known = knownLength(tokens, k, to);
    const portfolios = known ? -1 : portfolioListEnd(tokens, k, to);
    const field = known || portfolios > 0 ? -1 : nameAfterField(tokens, k, to);
    if (known) {
      for (const e of classifyRun(tokens, k, k + known.n, text)) out.push(e);
      nameFrom = k + known.n;
    } else if (portfolios > 0) {
      nameFrom = portfolios; // "Minister of Land, Infrastructure and Transport Sato Hiroshi": the office's fields, then the name
    } else if (field > 0) {
      nameFrom = field; // "Minister of Health Ana Ruiz"
    } else {
      nameFrom = to; // "Secretary General of the North Atlantic Treaty Organisation": a role, no name
      const office = PORTFOLIO_TITLES.has(tokens[titleEnd - 1].lower);
      // ("Minister of Health of Ghana": the fields, then "of" and the country the office is held in, which alone is named)
      const orgFrom = office ? countryAfterFields(tokens, k, to) : k;
      // ("Minister of Emergency Preparedness", "Minister of Tourism Development": a portfolio's
      // field names no one and no body, where no given name opens it)
      if (orgFrom < to) for (const e of classifyRun(tokens, orgFrom, to, text)) if (!(office && portfolioField(tokens, e))) out.push(e);
    }
  }
  const prefix = titleStart > from ? classifyPrefix(tokens, from, titleStart, text, nameFrom < to) : [];
  const seat = titleStart > from && (CONSTITUENCY_TITLES.has(lowerText(tokens, titleStart, titleEnd)) || CONSTITUENCY_TITLES.has(tokens[titleStart].lower));
  // "Tamil Nadu Chief Minister …", "Donegal TD …": words before a seat's or a state's office that
  // name nothing else and open with no given name are the seat or the state, a place
  if (prefix.length === 0 && nameFrom < to && titleStart > from && titleStart - from <= 3 && (seat || JURISDICTION_TITLES.has(lowerText(tokens, titleStart, titleEnd))) && placeWords(tokens, from, titleStart)) prefix.push(entity(tokens, text, 'place', from, titleStart));
  // ("Cavan-Monaghan TD", "Dublin Bay South TD": a seat's shape, places joined by a hyphen or a
  // compass point last, names the constituency, a place, though no list knows it and no body opens it)
  const seatShaped = seat && seatShape(tokens, prefix.find((e) => e.to === titleStart)?.from ?? from, titleStart);
  if (seatShaped && !prefix.some((e) => e.to === titleStart)) prefix.splice(0, prefix.length, entity(tokens, text, 'place', from, titleStart));
  // ("Hamilton Mountain MP Lisa Hepfner": the name before a member's title is the seat, a place, though a given name opens it)
  for (const e of prefix) out.push(seat && e.to === titleStart && (e.type === 'person' || (seatShaped && e.type === 'organization')) ? retyped(e, 'place') : e);
  // the role keeps the organisation or country named right before the title ("NATO
  // Secretary-General", "Japanese Prime Minister"), not a headline's words before that
  const adjoining = prefix.find((e) => e.to === titleStart && (e.type === 'organization' || e.type === 'country' || e.type === 'capital' || e.type === 'place'));
  // "Harbourview MP": a member's constituency; "Board Chair": the body a chair heads
  const constituency = seat && prefix.length === 0;
  const body = titleStart > from && ORG_HEADS.has(baseLower(tokens[titleStart - 1]));
  const roleFrom = adjoining
    ? adjoining.from
    : constituency || (nameFrom >= to && prefix.length === 0) || (prefix.length === 0 && titleStart > from && FIELD_OFFICERS.has(tokens[titleStart].lower))
      ? from
      : body || (titleStart > from && countryByDemonym.has(baseLower(tokens[titleStart - 1])))
        ? titleStart - 1
        : titleStart;
  // "CNN President On Trump:": a headline's capitalised preposition after the office opens its topic, no name
  if (nameFrom < to - 1 && TOPIC_WORDS.has(tokens[nameFrom].text)) {
    out.push(entity(tokens, text, 'role', from, nameFrom, undefined, surfaceOf(tokens, roleFrom, nameFrom, text).surface));
    for (const e of classifyRun(tokens, nameFrom + 1, to, text)) out.push(e);
    return out;
  }
  const nameTokens = tokens.slice(nameFrom, to);
  // "Assistant Crown attorney Michael Osei": a rank and one unknown word before a lower-case
  // person noun qualify that noun, an office's words, no one's name
  if (nameFrom === to - 1 && titleStart === from && OFFICE_QUALIFIERS.has(tokens[titleStart].lower) && roleBefore(tokens, to + 1) && !knownLength(tokens, nameFrom, to)) return [entity(tokens, text, 'role', from, to, undefined, surfaceOf(tokens, from, to, text).surface)];
  const role = surfaceOf(tokens, courtesyEnd(tokens, roleFrom, Math.min(nameFrom, to)), Math.min(nameFrom, to), text).surface;
  // ("As Secretary I championed …", "Consumer Advocate TV": a word that names no one after the office leaves the office alone)
  if (nameFrom === to - 1 && namesNoOne(tokens[nameFrom])) return [...out, entity(tokens, text, 'role', from, nameFrom, undefined, role)];
  if (nameTokens.length >= 1 && nameTokens.length <= 5 && (nameTokens.every(nameLike) || surnameHeadName(nameTokens) || (nameTokens.length === 2 && weekdayAsName(tokens, nameFrom, to, true))) && (isNameWord(nameTokens[nameTokens.length - 1]) || (nameTokens.length > 1 && nameTokens[nameTokens.length - 1].text === 'May'))) {
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

/**
 * Whether the run [from, to) is a currency's country letters, no actor: glued to the "$" after them
 * ("US$2,610", "NZ$40", "HK$5") or to the sum itself before "cents" ("below US60 cents").
 */
function currencyCode(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const t = tokens[from];
  const next = tokens[to];
  if (t.text.length <= 3 && next && next.text === '$' && next.start === t.end) return /^[A-Z]+$/.test(t.text);
  return /^(?:US|NZ|AU|HK|SG|C|A|S)\d/.test(t.text) && !!next && (next.lower === 'cents' || next.lower === 'c');
}

/** Whether the run [from, to) is a body's letters no list knows (no newsroom's, no word in capitals) and then a place, a province or state, or a country the lists know whole. */
function bodyBranch(tokens: Token[], from: number, to: number): boolean {
  const letters = tokens[from];
  if (!isAcronym(letters) || COMMON_CAPITALISED.has(letters.lower) || HEADLINE_BREAKS.has(letters.lower) || knownLength(tokens, from, from + 1) || orgKindsOfName(letters.text).includes('media')) return false;
  const place = knownLength(tokens, from + 1, to);
  return !!place && place.n === to - from - 1 && (place.kind === 'place' || place.kind === 'country');
}

/** Words after "Father" that make a figure of speech, no priest ("Father Christmas", "Father Time"). */
const NOT_CLERGY_SURNAMES = new Set(['christmas', 'time', 'nature', 'frost', 'act']);

/**
 * 1 when "Father" or "Sister" opens a run of two before a surname ("Father MacIsaac said"), the
 * clergy's title of address; 0 otherwise (a given name after it is read by peopleNounAt: "Father
 * Liam MacIsaac").
 */
function clergyAddressAt(tokens: Token[], i: number, to: number): number {
  const next = tokens[i + 1];
  return to - i === 2 && (tokens[i].text === 'Father' || tokens[i].text === 'Sister') && !tokens[i].possessive && !next.possessive && genderOfFirstName(next.base) === null && !NOT_CLERGY_SURNAMES.has(next.lower) ? 1 : 0;
}

/** Words before a person as the object of meeting or speaking ("met with Victoria", "told Jordan"), never before a place. */
const PERSON_OBJECT_WORDS = new Set(['with', 'told', 'asked', 'thanked', 'interviewed', 'hugged', 'introduced']);

/**
 * Whether an age in apposition follows the run ending before token `to` (", 34," or ", 34."):
 * "said Jordan, 34, who lives …", "Georgia, 12, a student" are people; no country has an age.
 */
function ageAfter(tokens: Token[], to: number): boolean {
  const age = tokens[to + 1];
  const after = tokens[to + 2];
  return tokens[to]?.text === ',' && !!age && /^\d{1,2}$/.test(age.text) && (!after || after.text === ',' || after.text === '.');
}

/** Whether the one-word run [from, to) is followed by ", who" and opens its sentence or follows a word of meeting or speaking to someone. */
function personWhoAfter(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to]?.text !== ',' || tokens[to + 1]?.lower !== 'who') return false;
  const before = tokens[from - 1];
  return !before || /^[.!?]$/.test(before.text) || PERSON_OBJECT_WORDS.has(before.lower);
}

/** Whether a noun of kin or of a peer in lower case stands right before token `from` ("her brother Jordan", "his colleague Victoria"). */
function kinBefore(tokens: Token[], from: number): boolean {
  const before = from > 0 ? tokens[from - 1] : undefined;
  return !!before && before.type === 'word' && !before.cap && (KIN_NOUNS.has(before.lower) || peerOrServing(before.lower));
}

/**
 * Whether a title's name is a known given name and a surname that also heads bodies' names
 * ("President Gerard Power", "Minister Ruth Church"): a person, as no body is named by a given
 * name ("Nova Scotia Power" has none).
 */
function surnameHeadName(name: Token[]): boolean {
  return name.length === 2 && SURNAME_HEADS.has(name[1].lower) && !name[1].possessive && genderOfFirstName(name[0].base) !== null;
}

/** What the run [from, to) with no title names; `whole`: the known name it opens with, if any. */
function untitledRun(tokens: Token[], from: number, to: number, text: string, whole: Readonly<Known> | null): Entity[] {
  const n = to - from;
  // "Harrington Iowa campaign director", "the Sanders Iowa spots": a lone name before a state that
  // modifies a noun is the person's work in that state: the name and the place apart
  // (not a place's first word, "Lake Michigan to …", nor before a joining word: a noun after the state)
  if (n === 2 && US_STATES.has(tokens[from + 1].lower) && tokens[to]?.type === 'word' && !tokens[to].cap && !CONNECTORS.has(tokens[to].lower) && !STATE_FOLLOWERS.has(tokens[to].lower) && !whole && isLoneName(tokens[from]) && !isAcronym(tokens[from]) && !PLACE_HEADS.has(tokens[from].lower) && !PLACE_PREFIXES.has(tokens[from].lower) && !DIRECTION_WORDS.has(tokens[from].lower) && !knownLength(tokens, from, from + 1)) {
    return [entity(tokens, text, 'single', from, from + 1), entity(tokens, text, 'place', from + 1, to)];
  }
  // "Trans Mountain", "Trans Adriatic": a Latin prefix written as a word opens a pipeline's or a company's name, never a person's
  if (n >= 2 && BODY_PREFIXES.has(tokens[from].text) && !whole) return [entity(tokens, text, 'organization', from, to)];
  // "Navy SEAL Rob Keller", "Former Navy SEALs Tyrone Woods": a unit's members by their letters, then a
  // given name and a surname, are the person and the role
  if (n >= 3 && MEMBERS_BY_LETTERS.test(tokens[to - 3].base) && MIXED_CASE.test(tokens[to - 2].base) && genderOfFirstName(tokens[to - 2].base) !== null && isNameWord(tokens[to - 1]) && !whole) {
    return [entity(tokens, text, 'person', to - 2, to, undefined, surfaceOf(tokens, from, to - 2, text).surface)];
  }
  const untitled = classifyUntitled(tokens, from, to, text, whole);
  // "a Boca Raton lawyer", "an Ocala contractor": words no given name opens, between "a" and a noun
  // for one person, tell where the person works, a place, not who they are
  // (not a body's spokesperson: "a Royal Mail spokesperson" speaks for the body)
  if (untitled.length === 1 && untitled[0].type === 'person' && untitled[0].from === from && from > 0 && (tokens[from - 1].lower === 'a' || tokens[from - 1].lower === 'an') && roleBefore(tokens, to + 1) && !tokens[to].lower.startsWith('spokes') && genderOfFirstName(tokens[from].base) === null) untitled[0].type = 'place';
  return untitled;
}

/** Whether [a, b) is one or two words before a title that no given name opens, its own name's words ("Jewish", "Montreal"). */
function nameWordsBefore(tokens: Token[], a: number, b: number): boolean {
  return b - a <= 2 && genderOfFirstName(tokens[a].base) === null && !ORG_HEADS.has(tokens[b - 1].lower);
}

/** Whether every token of [a, b) is a capitalised word. */
function allCapitalised(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].type !== 'word' || !tokens[i].cap) return false;
  return true;
}

/** Members of a unit by its letters, one or many ("SEAL", "SEALs", "SEALS"). */
const MEMBERS_BY_LETTERS = /^[A-Z]{2,6}(?:s|S)?$/;
/** A word in mixed case, as a name is written in running text (not a line in capitals: "BY ROSA KEEL"). */
const MIXED_CASE = /^\p{Lu}\p{Ll}/u;

/** Prefixes of ships' names: navies' ("USS", "HMS", "HMCS", "INS") and merchant ships' ("MV", "RMS"). */
const SHIP_PREFIXES = new Set(['USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'HMY', 'INS', 'MV', 'RMS']);
/** Words after a place that make no noun it modifies ("Lake Michigan to …", "… Iowa is …"). */
const STATE_FOLLOWERS = new Set(['to', 'in', 'at', 'by', 'from', 'with', 'as', 'or', 'is', 'was', 'are', 'were', 'has', 'had', 'said', 'says', 'will', 'would', 'who', 'which', 'that']);
/** Prepositions a Title Case headline capitalises before a topic ("President On Trump", "Mayor After Vote"). */
const TOPIC_WORDS = new Set(['On', 'About', 'Over', 'After', 'Against', 'Amid', 'Before', 'Following', 'Regarding', 'To', 'For', 'With', 'From', 'At', 'In', 'Vs', 'Vs.']);
/** Generational suffixes written after a name. */
const NAME_SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr']);
/** Hospital departments by their letters, as British, Irish and Australian papers write them. */
const HOSPITAL_UNITS = new Set(['A&E', 'ED', 'ICU', 'NICU', 'PICU', 'HDU', 'CCU']);
/** Latin prefixes written as a word of their own that open bodies' and works' names only. */
const BODY_PREFIXES = new Set(['Trans', 'Inter', 'Intra']);

/** Players' positions as box scores and notes write them before a name (hockey, basketball, football, baseball). */
const LIST_MARKS = new Set([':', ',', ';']);
/** Whether a known name covers all `n` words before a title and is a place ("Ottawa", "Los Angeles"). */
const isPlaceKnown = (k: { n: number; kind: string } | null, n: number): boolean => !!k && k.n === n && (k.kind === 'place' || k.kind === 'capital');
/** Whether a lower-case noun for one person stands right before token `from` ("manager", "coach", "teacher"). */
function roleBefore(tokens: Token[], from: number): boolean {
  const w = tokens[from - 1];
  return !!w && w.type === 'word' && !w.cap && peopleNoun(w.lower) === 'singular';
}

/** Last words of a law's or a charter's name ("Youth Criminal Justice Act", "Labour Code"). */
const LAW_WORDS = new Set(['act', 'code', 'bill', 'amendment', 'charter', 'treaty', 'accord', 'statute', 'constitution']);

/** Titles that qualify the title after them ("Assistant Dean", "Deputy Chief"): that one is an office, not a given name. */
/** Weak titles that stand before a full name only ("Major Karen Osei", "Pandit Raj Sharma"; "Major Crimes", "Swami Vivekananda" are names). */
const FULL_NAME_TITLES = new Set(['major', 'pandit', 'swami', 'regent']);
/** Place heads that are common surnames too ("Grace Park", "Ann Hall", "Ruth Lake", "Michael Bay"). */
const PLACE_HEAD_SURNAMES = new Set(['park', 'hall', 'lake', 'bay', 'bridge', 'street', 'rock']);
/** Weak titles that name no person's trade ("State Farm", "Defense Secretary"). */
const NO_PERSON_TITLES = new Set(['state', 'defense', 'defence', 'treasury']);

/**
 * Whether the weak title at `i` is followed by a person's name of two words, a known given name and
 * a place head that is a common surname, and nothing more ("Trustee Yvonne Park", "Principal Ann
 * Hall"): the title tells a person, not a park or a hall named for one.
 */
function headSurnameAfter(tokens: Token[], i: number, to: number): boolean {
  if (to - i !== 3 || NO_PERSON_TITLES.has(tokens[i].lower) || !PLACE_HEAD_SURNAMES.has(tokens[i + 2].lower) || tokens[i + 2].possessive) return false;
  return nameLike(tokens[i + 1]) && !PLACE_HEADS.has(tokens[i + 1].lower) && genderOfFirstName(tokens[i + 1].base) !== null && !knownLength(tokens, i + 1, to);
}

const OFFICE_QUALIFIERS = new Set(['deputy', 'assistant', 'associate', 'acting', 'interim', 'vice', 'senior', 'executive', 'chief', 'former']);
const POSITION_CODES = new Set(['C', 'D', 'F', 'G', 'LW', 'RW', 'PG', 'SG', 'SF', 'PF', 'QB', 'RB', 'WR', 'TE', 'LB', 'CB', 'DH', 'SS', 'RHP', 'LHP', '1B', '2B', '3B']);

/**
 * Whether the position code at `i` stands before a player's name: a given name, or two name words
 * that end the run, after it, and no given name before it ("Harry S Truman" keeps his initial).
 */
function positionBeforeName(tokens: Token[], from: number, i: number, to: number): boolean {
  if (to - i < 3 || !isNameWord(tokens[i + 1]) || (i > from && genderOfFirstName(tokens[i - 1].base) !== null)) return false;
  // a lone letter is an initial as often ("F Scott Fitzgerald", "G Gordon Liddy"): a position only
  // after a team's name ("Jets D Marko Lind") or opening an item of a list ("Scratches: F Jeff Ross, D …")
  if (tokens[i].text.length === 1 && i === from && !LIST_MARKS.has(tokens[from - 1]?.text ?? '')) return false;
  // (and so is one before another: "D K Srinivas", "C N Manjegowda", as Indian papers write initials)
  if (tokens[i].text.length === 1 && /^[A-Z]\.?$/.test(tokens[i + 1].text)) return false;
  return genderOfFirstName(tokens[i + 1].base) !== null || (to - i === 3 && isNameWord(tokens[i + 2]));
}

/** Whether a body's head word stands among [from, to) ("Agency", "Commission"). */
function anyBodyHead(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ORG_HEADS.has(baseLower(tokens[i]))) return true;
  return false;
}

/**
 * The Spanish "Don" before a given name and a surname ("Don Ernesto Ruiz"), a title: 1 or 0.
 * ("Don Stewart", "Don Bacon": alone before one word, "Don" is the given name.)
 */
function donAt(tokens: Token[], i: number, to: number): number {
  return to - i >= 3 && tokens[i].text === 'Don' && genderOfFirstName(tokens[i + 1].base) !== null && nameLike(tokens[i + 2]) ? 1 : 0;
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

/** Offices of a state, a province or a town, named after it ("Tamil Nadu Chief Minister", "Queensland Premier"). */
const JURISDICTION_TITLES = new Set(['chief minister', 'deputy chief minister', 'premier', 'deputy premier', 'governor', 'lieutenant governor', 'lieutenant-governor', 'minister-president', 'first minister', 'mayor', 'lord mayor', 'deputy mayor']);

/** Whether [a, b) are capitalised name words, no acronym, no given name first, no body's head: a place's name. */
function placeWords(tokens: Token[], a: number, b: number): boolean {
  // (no party's word nor a name the lists know otherwise: "Labour TD …", "Fine Gael TD …"; nor a
  // side of the house, "Opposition MPP …")
  if (genderOfFirstName(tokens[a].base) !== null || PARTY_WORDS.has(tokens[a].lower) || BENCH_WORDS.has(tokens[a].lower) || countryByDemonym.has(lowerText(tokens, a, b))) return false;
  const known = knownLength(tokens, a, b);
  if (known && known.kind !== 'place' && known.kind !== 'capital') return false;
  for (let i = a; i < b; i++) if (!isNameWord(tokens[i]) || !tokens[i].cap || isAcronym(tokens[i]) || ORG_HEADS.has(tokens[i].lower) || tokens[i].possessive) return false;
  // (a plural is a party's members: "Greens MP", "Social Democrats TD")
  return known !== null || !/[^s]s$/.test(tokens[b - 1].lower);
}

/** A company's legal forms written in capitals, which never close a person's name. */
const LEGAL_FORM_LETTERS = new Set(['LLP', 'LLC', 'PLC']);

/** Whether run words [at, to) are "of" or "for" and capitalised words only, the place or field served ("of Canada", "for Ontario"). */
function servedPlaceAfter(tokens: Token[], at: number, to: number): boolean {
  if (at + 1 >= to || (tokens[at].lower !== 'of' && tokens[at].lower !== 'for')) return false;
  for (let i = at + 1; i < to; i++) if (tokens[i].type !== 'word' || !tokens[i].cap || tokens[i].possessive) return false;
  return true;
}

/** Whether a body's head among the first two words of [from, to) has a joining word after it, before `to` ("Office of the …"). */
function headThenConnector(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(from + 2, to); k++) if (ORG_HEADS.has(tokens[k].lower) && connectorIn(tokens, k + 1, to)) return true;
  return false;
}

/** What the words before a title name; `named`: a person's name follows the title. */
function classifyPrefix(tokens: Token[], from: number, to: number, text: string, named: boolean): Entity[] {
  const words = lowerText(tokens, from, to);
  if (countryByDemonym.has(words) && !countryBySurface.has(words)) return [];
  const out = classifyRun(tokens, from, to, text).filter((e) => e.type !== 'single' || isAcronym(tokens[e.from]));
  // "Civil Protection Minister …": words before a title that no given name opens are the body of
  // the office; with no name after it they are the office's own words ("the Parliamentary Budget Officer")
  // (or words with a place's or a body's head: "Adair County Emergency Management Coordinator")
  const bodyless = (e: Entity): boolean => e.type === 'person' && (genderOfFirstName(tokens[e.from].base) === null || headInside(tokens, e.from, e.to));
  // (and before an officer of a field, always: "Parliamentary Budget Officer Yves Giroux",
  // "Provincial Health Officer Bonnie Henry", "Privacy Commissioner Ann Cavoukian")
  if (FIELD_OFFICERS.has(tokens[to].lower)) return out.filter((e) => !bodyless(e) && !(e.type === 'organization' && allPortfolio(tokens, e.from, e.to)));
  if (!named) return out.filter((e) => !bodyless(e));
  for (const e of out) if (bodyless(e)) e.type = 'organization';
  return out;
}

/** Whether a word of [from, to) after the first is a place's or a body's head ("County", "Department"). */
function headInside(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (PLACE_HEADS.has(tokens[i].lower) || ORG_HEADS.has(tokens[i].lower)) return true;
  return false;
}

/** Trades of TRADE_NOUNS that a person plies too: before a given name, the person's role ("Miner John Smith"). */
const PERSONS_TRADES = new Set(['miner', 'retailer', 'manufacturer', 'refiner']);
/** Nouns of a trade that name bodies, never people, and open no body's own name. */
const TRADE_NOUNS = new Set(['carmaker', 'automaker', 'steelmaker', 'drugmaker', 'chipmaker', 'planemaker', 'toymaker', 'shipbuilder', 'housebuilder', 'homebuilder', 'retailer', 'manufacturer', 'airline', 'insurer', 'lender', 'miner', 'refiner', 'conglomerate',
  'grocer', 'processor', 'exporter', 'agribusiness']);
/** A trade's noun made of its product and "-maker" or "-packer" ("Meatpacker", "Seedmaker", "Winemaker"). */
const TRADE_COMPOUND = /^\p{Ll}{3,}(?:maker|packer)$/u;
const tradeNoun = (lower: string): boolean => TRADE_NOUNS.has(lower) || TRADE_COMPOUND.test(lower);
/** Whether a trade's noun is one people ply too, so that a given name after it names a person ("Winemaker Ann Roy", "Grocer Tom Reid"), unless a legal form ends the name ("Meatpacker Harlan Beef Co"). */
const personsTrade = (lower: string): boolean => PERSONS_TRADES.has(lower) || (tradeNoun(lower) && !TRADE_NOUNS.has(lower)) || lower === 'grocer' || lower === 'exporter' || lower === 'processor';

/** Whether words [from, to) before a member's title have a seat's shape: places joined by a hyphen ("Cavan-Monaghan"), or a compass point last ("Burnaby South"). */
function seatShape(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4 || !isNameWord(tokens[from]) || !isNameWord(tokens[to - 1])) return false;
  if (to - from > 1 && DIRECTION_WORDS.has(tokens[to - 1].lower)) return true;
  for (let i = from; i < to; i++) if (JOINED_PLACES.test(tokens[i].text)) return true;
  return false;
}
const JOINED_PLACES = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** Where a personal name of two or three words opening with a known given name ends the run after a seat's first word at `k - 1`; `to` when none does. */
function seatNameStart(tokens: Token[], k: number, to: number): number {
  for (let j = to - 2; j >= Math.max(k, to - 3); j--) {
    if (genderOfFirstName(tokens[j].base) !== null && !DIRECTION_WORDS.has(tokens[j].lower) && tokens.slice(j, to).every(nameLike) && isNameWord(tokens[to - 1])) return j;
  }
  return to;
}

/** Whether the title at [i, end) is a member's and "for" and a capitalised word follow it in the run: the member's seat. */
function seatAfter(tokens: Token[], i: number, end: number, to: number): boolean {
  return end + 1 < to && tokens[end].lower === 'for' && isNameWord(tokens[end + 1]) && CONSTITUENCY_TITLES.has(lowerText(tokens, i, end));
}

/** Whether a joining word ("of", "for") stands among tokens [from, to). */
function connectorIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CONNECTORS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * A capitalised word joined by a hyphen to a participle or a word that makes a modifier ("State-linked",
 * "Paso-based", "Graham-type", "War II-era"): where its hyphen is; -1 otherwise ("Min-koo", "Smith-Jones").
 */
function modifierHyphen(word: string): number {
  const m = MODIFIER_COMPOUND.exec(word);
  return m ? m[1].length : -1;
}
const MODIFIER_COMPOUND = /^([A-Z][\p{L}.'’]*)-(?:[a-z]{2,}(?:ed|ing)|style|type|era|like|esque|led|run|made|born|built|owned|backed|funded|allied|aligned|friendly|free|only|wide|class|grade|scale|level|centric|focused|sized|shaped|themed|as-[a-z]+)$/u;

/** Determiners before a lone title that make it a description of its holder ("the SP", "The CP"). */
const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'our', 'their']);

/** Courtesy titles before a surname, with and without their full stop (Quebec's "Mme", "Mlle" and a lawyer's "Me" too). */
/** The classes of a rank written after it ("Sgt. First Class", "Petty Officer 2nd Class"). */
const RANK_CLASSES = new Set(['first', 'second', 'third', '1st', '2nd', '3rd']);

export const COURTESY_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'mme', 'mme.', 'mlle', 'mlle.', 'me']);

/** Titles that streets are named with ("Queen Street", "Bishop Road"). */
const STREET_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'bishop', 'regent', 'lord', 'lady']);
/** A street's last word, and a settlement's ("Queen City"). */
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'drive', 'lane', 'square', 'boulevard', 'row', 'terrace', 'crescent', 'quay', 'place', 'parade', 'gardens', 'city', 'town']);

/**
 * Letters after a personal name for an honour, a rank at the bar or a seat ("KC", "QC", "OBE",
 * "MP"), in capitals as written; not "MD" (also Maryland) nor "PhD"-style degrees, which news
 * rarely writes after a name.
 */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'BL', 'GBE', 'KBE', 'DBE', 'CBE', 'OBE', 'MBE', 'MP', 'MSP', 'MLA', 'MPP', 'MHA', 'TD']);


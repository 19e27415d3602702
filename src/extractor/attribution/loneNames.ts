/**
 * Stage 1 of attribution, after every sentence's names are registered (./mentions): lone
 * capitalised words ("Obama", "Mr. Cruz", "Harrowgate") are resolved to the person or body the
 * article named in full, by surname, title, gender, generation, prominence and order of mention,
 * and "known as" aliases fold two persons into one. Runs before heading lines are mentioned.
 */
import { COMPANY_SUFFIXES } from '../runShapes';
import { normaliseName, type LocalActor, type LocalMention } from '../actors';
import { officeWords, personNameTokens, surnameToken } from '../nameForms';
import { baseLower, type Token } from '../text';
import { isCommonWord } from '../commonWords';
import { isPeopleNounWord } from './words';
import { agreeingGenderOfFirstName, genderOfFirstName, genderOfRole, type Gender } from '../gender';
import { KIN_NOUNS, mayBePresident, peerOrServing, peopleNoun } from '../lexicon/people';
import type { ArticleState } from './state';
import type { Entity } from '../entities';
import { aliasAfter } from './appositive';
import { givenNameAlone, peopleByGivenName } from './givenNameOnly';
import { byGeneration, generationBefore } from './generations';
import { keptFromRelative } from './namesakes';
import { descriptionKinds, orgKindsOfName } from '../lexicon/organisations';
import { titleCase } from '../lineKinds';
import { plainHeadline } from './quotations';
import { addRole, countWords, isRole, namedBeforeKin, noteGender } from './nameRoles';
import { CITIES, countryBySurface, isRegionAbbreviation, isRegionName, ORG_HEADS } from '../gazetteer';
import { courtesyBefore, courtesyOf, familySurnameAt, kinBefore, kinInApposition, kinOwnerSurname, markSpouseOwners, saidUnrelated } from './loneKin';

const NO_PERSONS: LocalActor[] = [];

/**
 * Of `persons`, the one whose full name was the last of theirs before token `at` of paragraph
 * `para`, in that paragraph, opening its sentence or before a speech verb, owning nothing; as a
 * one-element array, or undefined ("her husband, John Smith, was not home. Smith said" is no one's).
 */
function subjectNamedLast(st: ArticleState, persons: LocalActor[], para: number, at: number, seen: Seen): LocalActor[] | undefined {
  let last: LocalMention | undefined;
  for (const p of persons) {
    const m = lastBefore(seen.all().get(p), para, at);
    if (m && m.para === para && (!last || m.from > last.from)) last = m;
  }
  if (!last || owned(st, last)) return undefined;
  const t = st.paragraphs[para].tokens;
  const before = t[last.from - 1];
  const opens = !before || before.text === '.' || before.text === '“' || before.text === '"';
  return opens || SUBJECT_CUES.has(t[last.to]?.lower ?? '') ? [last.actor] : undefined;
}
const SUBJECT_CUES = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'wrote', 'asked', 'replied']);

/** Whether the name at tokens [from, to) speaks: a speech verb right after it, or right before it and no word after ("Morin said", "said Morin."; not "said Clinton supporters", "the Bush administration"). */
function speakerAt(t: Token[], from: number, to: number): boolean {
  return SUBJECT_CUES.has(t[to]?.lower ?? '') || (SUBJECT_CUES.has(t[from - 1]?.lower ?? '') && t[to]?.type !== 'word');
}

/** How many of the first `n` mentions name each person. */
function personCounts(mentions: LocalMention[], n: number): Map<LocalActor, number> {
  const counts = new Map<LocalActor, number>();
  for (let i = 0; i < n; i++) {
    const a = mentions[i].actor;
    if (a.kind === 'person') counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}

/**
 * Persons sharing one name word past which a lone use of the word names none of them: no news
 * article names so many alike, and weighing each lone word against all of them was quadratic.
 */
const MAX_NAMESAKES = 32;

/** Lone capitalised words: a known person's surname or given name, a defined acronym, or nothing yet. */
export function resolveSingles(st: ArticleState): void {
  // how often each person is named in full in the article (the mentions made before the lone
  // words): the prominent one owns the lone surname; counted only when two persons share one
  const fullNames = st.mentions.length;
  let counts: Map<LocalActor, number> | undefined;
  const named = (): Map<LocalActor, number> => (counts ??= personCounts(st.mentions, fullNames));
  let firsts: Map<LocalActor, LocalMention> | undefined;
  const first = (): Map<LocalActor, LocalMention> => (firsts ??= firstMentions(st.mentions, fullNames));
  let fullMentions: Map<LocalActor, LocalMention[]> | undefined;
  let noRelation: Set<LocalActor> | undefined;
  const seen: Seen = { named, first, all: () => (fullMentions ??= mentionsByPerson(st.mentions, fullNames)), courtesy: new Map(), held: new Map(), headlined: new Map(), unrelated: () => (noRelation ??= saidUnrelated(st, fullNames)) };
  markKinFirst(st, first);
  markSpouseOwners(st, fullNames);
  // lone words that named no one when met, asked again once every lone word is in
  let unnamed: number[] | undefined;
  const lone: LoneState = { seen, first, openings: undefined, persons: 0, ambiguous: false };
  for (let si = 0; si < st.singles.length; si++) {
    const { entity: e, para, fallback } = st.singles[si];
    // (the steps functions of their own: V8 compiled the whole loop again at each branch first taken late)
    let actor = loneActor(st, e, para, lone);
    const ambiguous = lone.ambiguous;
    if (!actor && fallback && !ambiguous) {
      fallback();
      continue;
    }
    actor = describedActor(st, e, para, actor, ambiguous);
    if (!actor) {
      if (lone.persons === 0 && e.type === 'single') (unnamed ??= []).push(si);
      continue;
    }
    if (actor.kind === 'person') {
      noteGender(actor, e.role);
      const title = courtesyOf(e.role);
      if (title && !lone.seen.courtesy.has(actor)) lone.seen.courtesy.set(actor, title);
      if (lone.persons > 1) holdSurname(lone.seen, e.surface, actor);
    }
    st.addMention(actor, para, e.from, e.to, e.start, e.end);
    if (e.role && actor.kind === 'person' && isRole(st.paragraphs[para].tokens.slice(e.from - countWords(e.role), e.from))) addRole(actor, e.role);
  }
  // "said Li, 34": a person by the given name alone; "Figma unveiled …" before "Figma's chief executive": the body a later possessive registered
  if (unnamed) {
    let services: Set<string> | undefined;
    for (const si of peopleByGivenName(st, unnamed)) {
      const { entity: e, para } = st.singles[si];
      const body = st.table.find('organization', e.name) ?? (serviceAfterThe(st.paragraphs[para].tokens, e.from) && !(services ??= namedServices(st)).has(e.name) ? st.table.get('organization', e.name) : undefined);
      if (body) st.addMention(body, para, e.from, e.to, e.start, e.end);
    }
  }
}

/** A nation's armed services, each named by its one capitalised word: "the Army said", "the Navy announced". */
const ARMED_SERVICES = new Set(['Army', 'Navy']);

/**
 * Whether the lone word at `i` is an armed service after "the" ("The Army said in a statement …",
 * "…, the Navy announced"): the service itself, a body of its own where the article names none
 * it stands for (not "Army veteran", "Navy's", "an Army": a modifier, a possessive, no service named).
 */
function serviceAfterThe(t: Token[], i: number): boolean {
  // (nor "the Army veteran said", "the Navy pilot told": the service modifies a people noun, the speaker)
  const next = t[i + 1];
  return ARMED_SERVICES.has(t[i].text) && i > 0 && t[i - 1].lower === 'the' && !t[i].possessive && !(next?.type === 'word' && (next.cap || peopleNoun(next.lower) !== null));
}

/** The armed services' words that end a body's name the article gives ("U.S. Army", "Pakistan Navy"): "the Army" is that body, none of its own. Read once per article. */
function namedServices(st: ArticleState): Set<string> {
  const named = new Set<string>();
  for (const a of st.table.actors) {
    if (a.kind !== 'organization') continue;
    const space = a.name.lastIndexOf(' ');
    if (space > 0 && ARMED_SERVICES.has(a.name.slice(space + 1))) named.add(a.name.slice(space + 1));
  }
  return named;
}

/** Nouns of an appositive that say a name is a state's: "Jordan, the kingdom,", "Chad, the country,". */
const STATE_APPOSITIVES = new Set(['country', 'kingdom', 'nation', 'state', 'republic', 'monarchy', 'emirate', 'government']);

/** Whether ", the kingdom," (a state's noun after "the" or "a") follows token `at`. */
function countryInApposition(t: Token[], at: number): boolean {
  return t[at]?.text === ',' && (t[at + 1]?.lower === 'the' || t[at + 1]?.lower === 'a') && STATE_APPOSITIVES.has(t[at + 2]?.lower ?? '');
}

/** What resolveSingles keeps across its lone words (`openings`: made once asked), and what the last loneActor found besides its answer. */
interface LoneState {
  seen: Seen;
  first: () => Map<LocalActor, LocalMention>;
  openings: Map<string, LocalActor | null> | undefined;
  /** The persons the last lone word may name. */
  persons: number;
  /** Whether several persons answer to it and none wins. */
  ambiguous: boolean;
}

/** Whether `next`, a lower-case word, is the second word of body name `name` (in the singular or the plural: "unions" of "Credit Union …"). */
function nameGoesOnInLowerCase(next: Token | undefined, name: string): boolean {
  if (!next || next.type !== 'word' || next.cap) return false;
  const second = name.split(' ')[1]?.toLowerCase();
  return !!second && (next.lower === second || next.lower === `${second}s`);
}

/**
 * Whether the lone word at token `from` opens its sentence, is a common word, and modifies the
 * plural people noun or bodies' noun in lower case after it ("Consumer groups said …", "Industry
 * analysts said …"): people or bodies of that kind, not a body whose name the word opens
 * ("Consumer Financial Protection Bureau").
 */
function commonWordBeforeGroup(t: Token[], from: number, to: number): boolean {
  const prev = t[from - 1];
  const next = t[to];
  const opening = !prev || prev.text === '.' || prev.text === '?' || prev.text === '!';
  return to === from + 1 && opening && isCommonWord(t[from].lower) && next?.type === 'word' && !next.cap && next.lower.endsWith('s') && (isPeopleNounWord(next.lower) || !!descriptionKinds(next.lower.slice(0, -1)));
}

/** The actor the lone word `e` of paragraph `para` names by the article's full names, if one does; notes in `lone` how many persons may and whether they tie. */
function loneActor(st: ArticleState, e: Entity, para: number, lone: LoneState): LocalActor | undefined {
  const key = normaliseName(e.surface);
  let actor: LocalActor | undefined = st.table.aliasIndex.get(key);
  // "Obama" once Barack and Michelle Obama are both named: an alias of either says nothing
  // (the persons are asked for only where a person or nothing answers to the word)
  // (a word the names layer took for a body's is no person's)
  let persons = (!actor || actor.kind === 'person') && e.type !== 'organization' ? st.table.personsWithToken(e.surface, MAX_NAMESAKES + 1) : NO_PERSONS;
  // "Voters in Hamilton" beside "Hamilton Marsh": where a place would stand, the word is no one's given name
  // (nor a known city's or capital's surname: "talks in Paris" beside "Sen. Marcus Paris")
  if (persons.length && LOCATIVE.has(st.paragraphs[para].tokens[e.from - 1]?.lower ?? '')) persons = e.type === 'capital' || CITIES.has(e.name.toLowerCase()) ? NO_PERSONS : bySurname(persons, e.surface);
  // a country's or a capital's name is a person's only where a given name says it is one ("Mark Holland", not "New Mexico")
  if (e.type === 'country' || e.type === 'capital') {
    // (not where an appositive says it is the country: "Jordan, the kingdom, said"; a person named by
    // the word alone, "whose brother Jordan died", does not take it: "Jordan said it would close its
    // border" is as often the country's in such an article)
    persons = countryInApposition(st.paragraphs[para].tokens, e.to) ? NO_PERSONS : persons.filter((p) => p.nameTokens.length > 1 && genderOfFirstName(p.nameTokens[0]) !== null);
    if (actor && !persons.includes(actor)) actor = undefined;
  }
  if (actor && actor.kind === 'person' && (persons.length > 1 || (e.role && !titleAgrees(actor, e.role)))) actor = undefined;
  // "Lumora said" after "Lumora, the hardware start-up …": the body the article named so, where no person has the word
  // ("fans of Harrowgate" after "Harrowgate United": the one body of a kind its name tells that the word opens)
  // ("B.C.'s top doctor" beside "the B.C. Teachers' Federation": a province's abbreviation opens bodies' names, and is none of them;
  // nor is its name, "Members in Alberta" beside "the Alberta Prosperity Project", though the place lists leave "Alberta" out as a given name)
  if (!actor && persons.length === 0 && (e.type === 'single' || e.type === 'organization')) {
    // (nor a known city's: "Columbus family says …" beside "Columbus City Council")
    const region = isRegionName(e.name) || CITIES.has(e.name.toLowerCase());
    // (nor a word a title or an office opens: "Mayor Dube" beside "Dube Paving" is a person)
    // (nor one that modifies the noun of a body an indefinite article brings in new: "A Prairie pharmacy
    // chain says …" beside "Prairie Threat Labs" is another body)
    // (nor a noun for people in the plural: "Veterans say" beside "Veterans Affairs Canada", "Farmers
    // say" beside "Farmers Edge Inc." are those people)
    // (but "Farmers said" beside "Farmers Insurance", "Travelers said" beside "The Travelers Companies
    // Inc.": a company's word right after the noun makes it the company's short name)
    const people = e.type === 'single' && peopleNoun(e.name.toLowerCase()) === 'plural';
    const openedBody = isRegionAbbreviation(e.name) || region || e.role || newBodyModifier(st.paragraphs[para].tokens, e.from, e.to) ? undefined : (lone.openings ??= bodiesByOpening(st)).get(e.name);
    const opened = people && openedBody && !companyAfterOpening(openedBody.name) ? undefined : openedBody;
    // ("Credit unions are consolidating" beside "Credit Union Deposit Guarantee Corporation": the word
    // and the common noun after it in lower case are the words the body's name opens with, no name)
    // ("Consumer groups said" beside "Consumer Financial Protection Bureau", see commonWordBeforeGroup)
    const t = st.paragraphs[para].tokens;
    actor = st.table.find('organization', e.name) ?? (opened && !nameGoesOnInLowerCase(t[e.to], opened.name) && !commonWordBeforeGroup(t, e.from, e.to) ? opened : undefined);
    // (and, no person's given name here, it is that place)
    if (!actor && e.type === 'single' && region) actor = st.table.get('place', e.name);
  }
  let ambiguous = false;
  const generation = persons.length > 1 ? generationBefore(st.paragraphs[para].tokens, e.from) : null;
  if (!actor && generation) actor = byGeneration(st, persons, generation, lone.first());
  if (!actor && persons.length) {
    actor = persons.length > MAX_NAMESAKES ? undefined : namedPerson(st, persons, e.surface, e.role, para, e.from, lone.seen) ?? namedSoFar(persons, e.surface, e.role, para, e.from, lone.first);
    ambiguous = !actor;
  }
  lone.persons = persons.length;
  lone.ambiguous = ambiguous;
  return actor;
}

/**
 * The actor of the lone word `e` that `loneActor` left as `actor`: a person of their own where a
 * title, a tie or a kin noun says the word is one ("Mr. Cruz", "his wife, Maureen,"), a relative in
 * apposition ("Mr Hughes, the boy's father,") apart from the person named so; undefined for none.
 */
function describedActor(st: ArticleState, e: Entity, para: number, found: LocalActor | undefined, ambiguous: boolean): LocalActor | undefined {
  let actor = found;
  const kin = !actor && !e.role && !ambiguous ? kinBefore(st.paragraphs[para].tokens, e.from, e.surface) : null;
  if (!actor && (e.role || ambiguous || kin)) {
    // "Mr. Cruz" with no full name in the article is still a person; so is a surname two named
    // people share, which the corpus may still resolve (by gender, office, or prominence), and a
    // given name in apposition to a kin noun ("his wife, Maureen,"), whom a later "she" means
    // ("Tolliver's wife, Carla": the given name after a named person's kin noun takes that person's surname)
    // (not "Her son, Mark,": whose son "her" means is a guess, and a wrong surname names someone else)
    // (in the story of a family the article names, "The youngest, Léa," is a Pelletier)
    const surname = kin && !peerOrServing(kin) ? kinOwnerSurname(st, para, e.from) ?? familySurnameAt(st, para, e.from) : null;
    actor = st.table.get('person', e.type === 'country' || e.type === 'capital' ? e.surface : surname ? `${e.name} ${surname}` : e.name);
    // (known by a given name only, the person is this article's: no other article's Maureen is she)
    if (kin) {
      addRole(actor, kin);
      if (!surname) actor.anonymous = true;
    }
  }
  // "Mr Hughes, the boy's father, said" after "Walter Hughes, 17, died": a relative of the person
  // named so, in apposition, is someone of their own (this article's), not that person
  const relative = actor?.kind === 'person' ? kinInApposition(st.paragraphs[para].tokens, e.to) : null;
  if (actor && relative && !actor.roles.some((r) => r.toLowerCase().split(' ').includes(relative))) {
    actor = st.table.get('person', `${e.name} (${relative})`);
    addRole(actor, relative);
    actor.anonymous = true;
  }
  return actor;
}

/**
 * "Mr. Bush, known as Jeb, …" (the words of aliasAfter: "nicknamed", "also known as"): the person before the alias
 * ("John Ellis Bush") is the person the article names "Jeb Bush" too; the first is folded into
 * the name the person is known by, which keeps the other as an alias, so the corpus finds one
 * person. At most KNOWN_AS_FOLDS per article (each fold walks
 * the article's mentions).
 */
export function foldKnownAs(st: ArticleState): void {
  let folds = 0;
  const n = st.mentions.length;
  for (let i = 0; i < n && folds < KNOWN_AS_FOLDS; i++) {
    const m = st.mentions[i];
    if (m.actor.kind !== 'person' || m.actor.nameTokens.length < 2) continue;
    const t = st.paragraphs[m.para].tokens;
    if (m.to >= t.length || t[m.to].text !== ',') continue;
    const k = aliasAfter(t, m.to + 1);
    if (k < 0) continue;
    const alias = t[k];
    if (!alias || alias.type !== 'word' || !alias.cap || t[k + 1]?.type === 'word') continue;
    const full = `${alias.base} ${m.actor.name.slice(m.actor.name.lastIndexOf(' ') + 1)}`;
    // (the name the person is known by is the one the corpus files them under)
    const other = st.table.find('person', full);
    if (other && other !== m.actor) {
      st.table.merge(m.actor, other, st.mentions);
      folds++;
    }
    // "John Ellis Bush, known as Jeb": a given name goes with the surname ("Jeb Bush"); "Luiz Eduardo
    // Baptista, known as Bap", "Mohamed Hamdan Dagalo, known as Hemedti": a nickname no list knows as
    // a given name is used alone ("Bap said"), so it is the alias, not "Bap Baptista"
    else st.table.addAlias(m.actor, genderOfFirstName(alias.base) !== null ? full : alias.base);
  }
}
const KNOWN_AS_FOLDS = 8;

/**
 * "Mr. Trump … seldom speaks of his brother Freddy" before the article names Freddy Trump in full:
 * a person met first as someone's kin by the given name alone is a relative, and takes the kin noun
 * as a role (by which a shared surname is left to the person the article is about). Only lone
 * given names after a kin noun are looked at.
 */
function markKinFirst(st: ArticleState, first: () => Map<LocalActor, LocalMention>): void {
  for (let si = 0; si < st.singles.length; si++) {
    const { entity: e, para } = st.singles[si];
    if (e.role) continue;
    const kin = kinBefore(st.paragraphs[para].tokens, e.from, e.surface);
    if (!kin) continue;
    const given = personNameTokens(e.surface)[0];
    const persons = st.table.personsWithToken(e.surface, MAX_NAMESAKES + 1).filter((p) => p.nameTokens[0] === given);
    if (persons.length !== 1) continue;
    const m = first().get(persons[0]);
    if (m && (m.para > para || (m.para === para && m.from > e.from))) addRole(persons[0], kin);
  }
}

/** Prepositions after which a lone capitalised word is where something happens: "in Hamilton", "near Regina". */
const LOCATIVE = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout', 'downtown']);

/** Those of `persons` whose surname is the word `token`. */
function bySurname(persons: LocalActor[], token: string): LocalActor[] {
  const t = personNameTokens(token).join(' ');
  return persons.filter((p) => surnameToken(p.nameTokens) === t);
}

/**
 * The person a lone name word (`token`, after the title or office `role` if any) stands for, of
 * the persons named with it: those whose surname it is, when any; then those whose gender agrees
 * with the title's ("Mr. Obama" is not Michelle Obama; the gender from a title before the name, or
 * the first name); then, of several, the one whose roles share the office ("President Obama");
 * then the one named in full PROMINENT times as often as the others together (`named`: full-name
 * mentions per person, made when asked; a profile of Ada Lind that names her sister Eva Lind
 * once). Undefined when none or still two remain: two people are never guessed between.
 */
function namedPerson(st: ArticleState, persons: LocalActor[], token: string, role: string | undefined, para: number, at: number, seen: Seen): LocalActor | undefined {
  const surnamed = bySurname(persons, token);
  let left = surnamed.length ? surnamed : persons;
  if (role) left = left.filter((p) => titleAgrees(p, role));
  // "Brenda MacDonald, who is not related to the MLA, … MacDonald will sit as an Independent": one
  // said to be no relation is named in full, and leaves the shared surname to the other
  if (left.length > 1) {
    const related = left.filter((p) => !seen.unrelated().has(p));
    if (related.length) left = related;
  }
  // "Mrs. Okafor … her daughter, Adaeze Okafor … Ms. Okafor said": in a house style of courtesy
  // titles, two women of one surname are told apart by them; one whose lone surname has borne
  // another title is not this one
  const title = left.length > 1 ? courtesyOf(role) : null;
  if (title) {
    // ("Mrs. Mary Okafor … Ms. Grace Okafor": the title each bore named in full, where no lone surname has yet)
    const bearer = left.filter((p) => (seen.courtesy.get(p) ?? courtesyBefore(st, seen.first().get(p)) ?? title) === title);
    if (bearer.length) left = bearer;
  }
  if (left.length > 1 && role) {
    const office = officeWords(role);
    const fit = left.filter((p) => p.roles.some((r) => officeWords(r).some((w) => office.includes(w))));
    if (fit.length === 1) left = fit;
  }
  // "Eleanor Price … Her son, Michael Price, said …. Price was born in Winnipeg": a relative named
  // by kinship shares the surname of the person the article is about, and leaves it to that person
  // (a kinship told with its owner too: "the victim's sister", "Abara's widow"; and after a
  // courtesy title both bear out: "Mr. Trump" beside his brother Freddy Trump)
  const gender = role ? genderOfRole(role) : null;
  if (left.length > 1 && (!role || (!officeWords(role).length && !!gender && left.every((p) => personGender(p) === gender)))) {
    const kin = (p: LocalActor): boolean => p.roles.length > 0 && p.roles.every((r) => KIN_NOUNS.has(r.toLowerCase().slice(r.lastIndexOf(' ') + 1)));
    const unrelated = left.filter((p) => !kin(p));
    const speaking = speakerAt(st.paragraphs[para].tokens, at, at + personNameTokens(token).length);
    if (unrelated.length === 1 && !relativeInFocus(st, left, unrelated[0], para, at, seen, speaking)) {
      left = unrelated;
      // (at a cue, a relative who was speaking may go on: ./namesakes asks there)
      if (speaking) keptFromRelative(st, para, at);
    }
  }
  const named = seen.named;
  if (left.length > 1) {
    const counts = named();
    const count = (p: LocalActor): number => counts.get(p) ?? 0;
    const top = left.reduce((best, p) => (count(p) > count(best) ? p : best));
    const others = left.reduce((n, p) => n + count(p), 0) - count(top);
    if (count(top) >= PROMINENT * others) left = [top];
  }
  // "Leah and Steve Morin … Steve Morin said …. Morin said …": a speaker's bare surname goes on with
  // the one of them named in full last, in the same paragraph, as a speaker or a sentence's subject
  // (a title asks more than order: "Freddy Trump left …. “…,” Mr. Trump said" is no guess)
  const speaks = left.length > 1 && !role && speakerAt(st.paragraphs[para].tokens, at, at + personNameTokens(token).length);
  // (before the paragraph just before: an obituary's subject over the spouse it named there, "after
  // marrying Otto Falk in 1957. [¶] “…,” Falk said"; see headlinedOverKin)
  if (speaks) left = subjectNamedLast(st, left, para, at, seen) ?? headlinedOverKin(st, left, surnamed, seen) ?? namedParagraphBefore(st, left, para, at, seen) ?? left;
  // "Sheriff William Kowalczyk … Kowalczyk told supporters …. his niece, Anna Kowalczyk, … called
  // Kowalczyk to congratulate him": the namesake the lone surname stood for so far keeps it where
  // it speaks not (a speaker is read by the rules above: "Patricia Smith, mother of Sean Smith, …
  // Smith said"), nor after a courtesy title or an office ("Mr. Khan" is not Ghazala Khan)
  if (left.length > 1 && !role && !speaks) {
    const held = seen.held.get(token);
    if (held && left.includes(held)) left = [held];
  }
  // "Brooke Doucette's road to the PWHL" over a profile that names her father Mike Doucette, her
  // mother and her sister too, who are "Mike" and "Karen" after: the one namesake the headline and
  // the body name in full is whom the article is about, where the body calls each other one by
  // the given name alone (not "Hold Melania Trump to …" over a lone "Trump" who is Donald Trump; a
  // lone given name is none of this: "the Bill and Hillary Clinton Foundation" under "Bill Cosby")
  if (left.length > 1 && !role) left = headlinedOverKin(st, left, surnamed, seen) ?? left;
  return left.length === 1 ? left[0] : undefined;
}

/**
 * Of namesakes `left` (all of them among `surnamed`, the persons of that surname), the one the
 * headline and the body name in full, as a one-element array, where each other is called by the
 * given name alone, is a relative ("her son, Dr. Paul Lind, a surgeon,"), or is named in full but
 * once, as an object inside a clause ("after marrying Erik Lind in 1958"): an obituary's kin are
 * named so. Not one a clause opens on ("Several weeks ago, Donald Trump stated"). Else undefined.
 */
function headlinedOverKin(st: ArticleState, left: LocalActor[], surnamed: LocalActor[], seen: Seen): LocalActor[] | undefined {
  if (!left.every((p) => surnamed.includes(p))) return undefined;
  const headlined = left.filter((p) => namedInHeadline(st, p, seen));
  if (headlined.length !== 1) return undefined;
  const counts = seen.named();
  const minor = (p: LocalActor): boolean => givenNameAlone(st, p) || isRelative(p) || ((counts.get(p) ?? 0) <= 1 && namedInsideClause(st, seen.first().get(p)));
  return left.every((p) => p === headlined[0] || minor(p)) ? headlined : undefined;
}

/**
 * Whether person `p` is brought in as someone's relative: a kin noun among their roles, a trade
 * beside it or not ("Her son, Dr. Paul Lind, a surgeon in Regina,"; "Lind's wife, Ruth Lind").
 */
function isRelative(p: LocalActor): boolean {
  return p.roles.some((r) => KIN_NOUNS.has(r.toLowerCase().slice(r.lastIndexOf(' ') + 1)));
}

/** Whether mention `m` follows a lowercase word of its clause, as a verb's or a preposition's object does ("after marrying Erik Lind", "a letter to Ruth Lind"). */
function namedInsideClause(st: ArticleState, m: LocalMention | undefined): boolean {
  const before = m ? st.paragraphs[m.para].tokens[m.from - 1] : undefined;
  // (not a coordinated subject: "Ada and Otto Falk", "Ada Falk and Otto Falk spoke")
  return !!before && before.type === 'word' && /^[a-z]/.test(before.text) && before.lower !== 'and' && before.lower !== 'or';
}

/** Whether the article's headline (its first line, set as a heading or read as one) names person `p` in full (given name and surname, in order), and its body does too. */
function namedInHeadline(st: ArticleState, p: LocalActor, seen: Seen): boolean {
  let answer = seen.headlined.get(p);
  if (answer === undefined) seen.headlined.set(p, (answer = headlineNames(st, p, seen)));
  return answer;
}

/** namedInHeadline, asked afresh. */
function headlineNames(st: ArticleState, p: LocalActor, seen: Seen): boolean {
  const words = p.nameTokens.map((w) => w.toLowerCase());
  const first = st.paragraphs.findIndex((x) => x.kind !== 'noise');
  // (a run the headline alone makes a name is no one the article is about: "Hillary Camp Declining")
  if (words.length < 2 || first < 0 || !seen.all().get(p)?.some((m) => m.para > first)) return false;
  const para = st.paragraphs[first];
  if (para.kind === 'heading' || titleCase(para.tokens) || plainHeadline(st, first)) {
    const t = para.tokens;
    for (let i = 0; i + words.length <= t.length; i++) {
      let k = 0;
      while (k < words.length && baseLower(t[i + k]) === words[k]) k++;
      if (k === words.length) return true;
    }
  }
  return false;
}

/**
 * "For lifeguard Daniel Okafor, … the news was a relief. [¶] “…,” Okafor said" after City manager
 * Amina Okafor's lone "Okafor": of `persons`, the one named in full last before token `at` of
 * paragraph `para`, where that is in the paragraph before and names no other of them (a speaker's
 * quote after the paragraph that brings them in); as a one-element array, or undefined.
 */
function namedParagraphBefore(st: ArticleState, persons: LocalActor[], para: number, at: number, seen: Seen): LocalActor[] | undefined {
  let last: LocalMention | undefined;
  for (const p of persons) {
    const m = lastBefore(seen.all().get(p), para, at);
    if (m && (!last || m.para > last.para || (m.para === last.para && m.from > last.from))) last = m;
  }
  if (!last || last.para !== para - 1) return undefined;
  // (the one namesake that paragraph names: "Patricia Smith, mother of Benghazi victim Sean Smith" names two)
  // (nor one whose lone surname it holds: "Murphy's floor speech … a teacher's aide, Anne Marie Murphy")
  // (the owner of the kinship the last one is brought in by is spoken of: "Ava's mother, Jessica Morin,")
  const t = st.paragraphs[last.para].tokens;
  const owner = kinSubject(t, last.from, last.to) && t[last.from - 3].possessive ? last.from - 3 : -1;
  const other = (m: LocalMention): boolean => m.para === last.para && m.actor !== last.actor && persons.includes(m.actor) && m.to - 1 !== owner;
  if (persons.some((p) => seen.all().get(p)?.some(other))) return undefined;
  for (let i = st.mentions.length - 1; i >= 0 && st.mentions[i].para >= last.para; i--) if (other(st.mentions[i])) return undefined;
  return [last.actor];
}

/** Notes that the lone `surname` several persons share stood for `actor` (null once it stood for another). */
function holdSurname(seen: Seen, surname: string, actor: LocalActor): void {
  const held = seen.held.get(surname);
  if (held === undefined) seen.held.set(surname, actor);
  else if (held !== actor) seen.held.set(surname, null);
}

/** What resolveSingles learnt of the full names, made when first asked: counts, first mentions, and each person's mentions in order. */
interface Seen {
  named: () => Map<LocalActor, number>;
  first: () => Map<LocalActor, LocalMention>;
  all: () => Map<LocalActor, LocalMention[]>;
  /** The courtesy title ("mrs", "ms") each person's lone surname has borne so far, the first one. */
  courtesy: Map<LocalActor, string>;
  /** namedInHeadline's answer for each person asked: a lone surname asks it of the same namesakes at each use. */
  headlined: Map<LocalActor, boolean>;
  /** The person each lone surname two or more persons share stood for so far (null once it stood for two). */
  held: Map<string, LocalActor | null>;
  /** Persons the article says are no relation of someone ("Brenda MacDonald, who is not related to the MLA"), made when first asked. */
  unrelated: () => Set<LocalActor>;
}

/**
 * Whether a relative of `others` keeps the lone surname at token `at` of paragraph `para` over
 * `unrelated`: one named before the kinship, the topic of that sentence (see namedBeforeKin), and
 * named in full last before the surname, as a clause's subject ("Liz Cheney, the
 * daughter of Dick Cheney, … Liz Cheney, 50, received …. “…,” Cheney said"), not as an owner or
 * after a preposition ("Eric Trump's comments came after …", "the case of Freddy Trump").
 */
function relativeInFocus(st: ArticleState, others: LocalActor[], unrelated: LocalActor, para: number, at: number, seen: Seen, speaking: boolean): boolean {
  let last: LocalMention | undefined;
  for (const p of others) {
    const list = seen.all().get(p);
    let m = lastBefore(list, para, at);
    // ("Ruth Okafor, wife of Mayor Daniel Okafor,": the owner of a kinship, named in it, is not whom the text is on)
    for (let k = 0; p === unrelated && m && owned(st, m); k++) m = k < OWNED_STEPS ? lastBefore(list, m.para, m.from) : undefined;
    if (m && (!last || m.para > last.para || (m.para === last.para && m.from > last.from))) last = m;
  }
  // (or, where the surname speaks, a relative brought in as the subject just before: "Ava's mother,
  // Jessica Morin, read her statement. [¶] “…,” Morin said")
  // as a paragraph of its own before the quote's, and the surname not used since ("… Michael Price,
  // said …. Price was born …, “…,” Price told" is hers; "Luc Thibodeau filed the suit. His wife,
  // Diane Thibodeau, died …. “…,” Thibodeau said" is his: the wife is brought in within his paragraph)
  const brought = (m: LocalMention): boolean =>
    speaking && m.para === para - 1 && m.from === 3 && kinSubject(st.paragraphs[m.para].tokens, m.from, m.to) && !surnameBetween(st, m, para, at, surnameToken(m.actor.nameTokens));
  return !!last && last.actor !== unrelated && (namedBeforeKin.has(last.actor) || brought(last)) && !owned(st, last);
}

/** Whether word `surname` (lower case) stands between mention `m` and token `at` of paragraph `para`. */
function surnameBetween(st: ArticleState, m: LocalMention, para: number, at: number, surname: string): boolean {
  for (let p = m.para; p <= para; p++) {
    const t = st.paragraphs[p].tokens;
    for (let i = p === m.para ? m.to : 0; i < (p === para ? at : t.length); i++) if (t[i].lower === surname) return true;
  }
  return false;
}

/** Whether the name at tokens [from, to) is a kinship's appositive that opens its sentence: "Ava's mother, Jessica Morin, read …", "Her son, Michael Price, said …". */
function kinSubject(t: Token[], from: number, to: number): boolean {
  if (t[from - 1]?.text !== ',' || t[to]?.text !== ',' || !KIN_NOUNS.has(t[from - 2]?.lower ?? '') || t[from - 2].cap) return false;
  const owner = t[from - 3];
  if (!owner || !(owner.possessive || KIN_DETERMINERS.has(owner.lower))) return false;
  const before = t[from - 4];
  return !before || before.text === '.' || before.text === '“' || before.text === '"';
}
const KIN_DETERMINERS = new Set(['his', 'her', 'their', 'the']);
/** How many owned mentions of a person the look for the last one it is the subject of steps back over. */
const OWNED_STEPS = 4;

/** Whether a mention owns something or stands a few words after a preposition ("Eric Trump's comments", "the case of Freddy Trump", "mother of Benghazi victim Sean Smith"). */
function owned(st: ArticleState, m: LocalMention): boolean {
  const t = st.paragraphs[m.para].tokens;
  if (t[m.to - 1].possessive) return true;
  // (past an office of up to three words: "sister of North Korean leader Kim Jong Un")
  for (let k = m.from - 1; k >= 0 && m.from - k <= 4 && t[k].type === 'word'; k--) if (OWNER_PREPOSITIONS.has(t[k].lower)) return true;
  return false;
}
const OWNER_PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'by', 'from', 'about', 'on', 'in', 'at', 'against', 'between', 'and']);

/** The last of `mentions` (in text order) before token `at` of paragraph `para`. */
function lastBefore(mentions: LocalMention[] | undefined, para: number, at: number): LocalMention | undefined {
  if (!mentions) return undefined;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (m.para < para || (m.para === para && m.from < at)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? mentions[lo - 1] : undefined;
}

/** Each person's mentions among `mentions[0, n)`, in text order. */
function mentionsByPerson(mentions: LocalMention[], n: number): Map<LocalActor, LocalMention[]> {
  const by = new Map<LocalActor, LocalMention[]>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i];
    if (m.actor.kind !== 'person') continue;
    const list = by.get(m.actor);
    if (list) list.push(m);
    else by.set(m.actor, [m]);
  }
  for (const list of by.values()) list.sort((a, b) => a.para - b.para || a.from - b.from);
  return by;
}

/**
 * "Mohammad Rahman said … Rahman added …" before the article names Azizur Rahman: of the persons
 * a lone surname (`token` at token `at` of paragraph `para`, after title `role` if any) may stand
 * for, the one person the article had named in full before it (`first`: each person's first
 * mention), as a reader meets them. Undefined when none or several were.
 */
function namedSoFar(persons: LocalActor[], token: string, role: string | undefined, para: number, at: number, first: () => Map<LocalActor, LocalMention>): LocalActor | undefined {
  const t = personNameTokens(token).join(' ');
  // ("Mr. Khan" is not Ghazala Khan, whose gender the lists do not know: a title must be borne out)
  const gender = role ? genderOfRole(role) : null;
  const bySurname = persons.filter((p) => surnameToken(p.nameTokens) === t && (!role || titleAgrees(p, role)) && (!gender || personGender(p) === gender));
  const before = bySurname.filter((p) => {
    const m = first().get(p);
    return !!m && (m.para < para || (m.para === para && m.to <= at));
  });
  return before.length === 1 ? before[0] : undefined;
}

/**
 * Whether an organisation's name says it is a body by its last words: a kind ("Redgum Minerals"), a
 * body's head the names layer knows ("Kestrel Electronics", "Halden Optics"), or a nation after a
 * company's word ("Bell Canada", "Amazon Canada": a company's national arm).
 */
function namedAsBody(name: string): boolean {
  if (orgKindsOfName(name).length) return true;
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return ORG_HEADS.has(last) || countryBySurface.has(last);
}

/** Whether the word [from, to) follows "a" or "an" and modifies the lower-case words of a body's description after it ("a Prairie pharmacy chain"). */
function newBodyModifier(t: Token[], from: number, to: number): boolean {
  const article = t[from - 1]?.lower;
  if (article !== 'a' && article !== 'an') return false;
  for (let k = to; k < t.length && k - to < 3 && t[k].type === 'word' && !t[k].cap; k++) if (descriptionKinds(t[k].lower)) return true;
  return false;
}

/**
 * The article's organisations by their name's first word, where the rest tells their kind or a
 * body's head ("Harrowgate" -> "Harrowgate United", "Redgum" -> "Redgum Minerals", "Bell" -> "Bell
 * Canada"); null where two open so.
 */
function bodiesByOpening(st: ArticleState): Map<string, LocalActor | null> {
  const openings = new Map<string, LocalActor | null>();
  for (const a of st.table.actors) {
    const space = a.name.indexOf(' ');
    if (a.kind !== 'organization' || a.anonymous || space < 0 || !namedAsBody(a.name)) continue;
    const word = a.name.slice(0, space);
    openings.set(word, openings.has(word) && openings.get(word) !== a ? null : a);
  }
  return openings;
}

/** Words of a company's name that, right after a plural people noun opening it, make that noun the company's short name ("Farmers Insurance", "The Travelers Companies Inc."). */
const COMPANY_AFTER_OPENING = new Set(['insurance', 'companies', 'cos', 'cos.', 'group', 'mutual', 'financial', 'bank', 'capital', 'holdings', ...COMPANY_SUFFIXES]);
/** Whether the second word of body name `name` is one of COMPANY_AFTER_OPENING. */
function companyAfterOpening(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && COMPANY_AFTER_OPENING.has(words[1].toLowerCase());
}

/** The first of `mentions[0, n)` of each person. */
function firstMentions(mentions: LocalMention[], n: number): Map<LocalActor, LocalMention> {
  const firsts = new Map<LocalActor, LocalMention>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i];
    if (m.actor.kind === 'person' && !firsts.has(m.actor)) firsts.set(m.actor, m);
  }
  return firsts;
}

/**
 * Whether a lone surname after title `role` may stand for person `p` of that surname: a gendered
 * title ("Mr.", "Mrs.") that agrees with the person's gender, when known, and an office
 * ("President", "Gov.") that one of the person's roles shares, when the article gives any ("Governor
 * Marsh" is not "Ellen Marsh, a judge"), and no other the lexicon knows holds ("President Obama" is
 * not Michelle Obama).
 */
function titleAgrees(p: LocalActor, role: string): boolean {
  const gender = genderOfRole(role);
  if (gender && (personGender(p) ?? gender) !== gender) return false;
  const office = officeWords(role);
  // "President Obama" beside Michelle Obama alone: the lexicon knows the president of that surname
  if (!office.includes('vice') && office.some((w) => sameOffice(w, 'president')) && p.nameTokens.length > 1 && !mayBePresident(p.nameTokens[0], surnameToken(p.nameTokens))) return false;
  if (!office.length || !p.roles.length) return true;
  return p.roles.some((r) => officeWords(r).some((w) => office.some((o) => sameOffice(w, o))));
}

/** Whether two office words name one office: equal, one the other's start ("gov", "governor"; "president", "presidential") or its abbreviation ("cllr", "councillor"). */
function sameOffice(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short)) return true;
  if (short.length > 4 || short[0] !== long[0]) return false;
  // an abbreviation's letters come in the full word's order
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

/** How many times as often as the others together a person is named in full to own a lone surname in one article. */
const PROMINENT = 3;

/**
 * The gender of a person as this article tells it: a title before the name, else the first name
 * (from the list of `gender-detection-from-name`); null when neither tells.
 */
function personGender(a: LocalActor): Gender | null {
  if (a.gender) return a.gender;
  for (const r of a.roles) {
    const g = genderOfRole(r);
    if (g) return g;
  }
  return a.nameTokens.length > 1 ? agreeingGenderOfFirstName(a.nameTokens[0]) : null;
}

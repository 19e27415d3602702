/**
 * Stage 1 of attribution: names found in the text become actors and mentions. Runs of
 * capitalised words are classified (./names), registered in the article's actor table with their
 * roles ("White House national security adviser X", "X, a spokesman for …"), lone words are
 * resolved once every full name is known, and headings mention only actors the body knows.
 */
import { addOnce, acronymOf, normaliseName, type LocalActor, type LocalMention } from '../actors';
import { officeWords, personNameTokens, surnameToken } from '../nameForms';
import { CUE_FORMS } from '../cues';
import { countryByDemonym, countryBySurface, GROUP_NOUNS, ORG_HEADS, PARTY_WORDS, ROLE_NOUNS, TITLES } from '../gazetteer';
import { classifyRun, findRuns, isAcronym, isNameWord } from '../names';
import type { Entity } from '../entities';
import { datelineCity, timeZone } from '../nameChecks';
import type { Paragraph, Sentence, Token } from '../text';
import { genderOfFirstName, genderOfRole, type Gender } from '../gender';
import { KIN_NOUNS, mayBePresident, peopleNoun } from '../lexicon/people';
import type { ArticleState, Np } from './state';
import { aliasAfter } from './appositive';
import { byGeneration, generationBefore } from './generations';
import { orgKindsOfName } from '../lexicon/organisations';
import { AUXILIARIES, DETERMINERS, isNounish, STOP_BACKWARD, TITLE_LIKE } from './words';

/** A word shaped as a surname may be ("Holland", "Jordan"), not "U.S." or "UK". */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;
const COURTESY_TITLES = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'mr', 'mrs', 'ms', 'mx.']);
/** Lower-case words of role phrases beyond the general modifiers: "presidential nominee", "top diplomat". */
const ROLE_ADJECTIVES = new Set([
  'presidential', 'vice', 'congressional', 'gubernatorial', 'senatorial', 'parliamentary', 'ministerial', 'diplomatic', 'economic', 'social', 'prime', 'attorney', 'majority', 'minority', 'ranking', 'supreme', 'district', 'county', 'city', 'founding', 'managing', 'editorial', 'digital', 'strategic', 'communications',
  // the fields of a company's chief officers, and the heads of an emergency or a board ("chief financial officer", "incident commander", "board president")
  'financial', 'operating', 'medical', 'technology', 'technical', 'information', 'marketing', 'commercial', 'scientific', 'incident', 'board',
]);

/** Registers the names of sentence `s` of paragraph `pi` as actors and mentions, with their roles. */
export function collectNames(st: ArticleState, pi: number, p: Paragraph, s: Sentence): void {
  const tokens = p.tokens;
  // index loops: this runs for every sentence, much of it before V8 optimises it, where for-of and
  // destructuring walk an iterator per run and per pair
  const runs = findRuns(tokens, s.from, s.to);
  let shared: Entity | null = null;
  for (let r = 0; r < runs.length; r++) {
    const from = runs[r][0];
    const to = runs[r][1];
    const entities = classifyRun(tokens, from, to, st.text);
    if (shared) registerSharedSurname(st, pi, shared, entities[0]);
    // "Dale and Karen Poirier": a given name alone before "and" and a full name shares its surname
    shared = to - from === 1 && tokens[to]?.lower === 'and' && runs[r + 1]?.[0] === to + 1 && entities.length === 1 && entities[0].type === 'single' && genderOfFirstName(tokens[from].base) !== null ? entities[0] : null;
    if (shared) continue;
    for (let k = 0; k < entities.length; k++) registerEntity(st, pi, p, s, entities[k]);
    // "the Asia-Pacific partners", "US officials": a named group
    const noun = tokens[to];
    if (noun?.type === 'word' && GROUP_NOUNS.has(noun.lower) && !tokens[to - 1].possessive) {
      const group = st.table.get('group', st.text.slice(tokens[from].start, noun.end));
      st.addMention(group, pi, from, to + 1, tokens[from].start, noun.end);
    }
  }
}

/**
 * The given name `given` ("Dale") before "and" and the person `next` ("Karen Poirier"): left for
 * `resolveSingles` as any lone word, and when no one of the article answers to it ("Hillary and
 * Tim Kaine" is Hillary Clinton), the person of that given name and `next`'s surname, if `next`
 * is a given name and a surname.
 */
function registerSharedSurname(st: ArticleState, pi: number, given: Entity, next: Entity | undefined): void {
  const tokens = st.paragraphs[pi].tokens;
  const space = next?.name.indexOf(' ') ?? -1;
  const fallback =
    next && next.type === 'person' && next.from === given.to + 1 && next.to - next.from === 2 && space > 0 && genderOfFirstName(tokens[next.from].base) !== null
      ? (): void => void st.addMention(st.table.get('person', `${given.name} ${next.name.slice(space + 1)}`), pi, given.from, given.to, given.start, given.end)
      : undefined;
  st.singles.push({ entity: given, para: pi, fallback });
}

/** One classified name: an actor and a mention now, or a lone word left for `resolveSingles`. */
function registerEntity(st: ArticleState, pi: number, p: Paragraph, s: Sentence, e: Entity): void {
  const tokens = p.tokens;
  switch (e.type) {
    case 'place':
    case 'capital':
      if (e.to - e.from === 1 && !e.country) {
        st.singles.push({ entity: e, para: pi, fallback: () => registerPlace(st, pi, p, e) });
        return;
      }
      registerPlace(st, pi, p, e);
      return;
    case 'country':
      // "Holland told reporters" after "Health Minister Mark Holland": a country's one-word name
      // that is an article's surname is that person, as a city's is ("Houston" after Tim Houston)
      if (e.to - e.from === 1 && SURNAME_SHAPE.test(tokens[e.from].base)) {
        st.singles.push({ entity: e, para: pi, fallback: () => registerNamed(st, pi, p, e) });
        return;
      }
      registerNamed(st, pi, p, e);
      return;
    case 'organization':
      registerNamed(st, pi, p, e);
      return;
    case 'person': {
      // "Rogers Place said" after "at Rogers Place": a name the article already gave a place is that place
      const place = e.to - e.from >= 2 && !e.role ? st.table.find('place', e.name) : undefined;
      if (place) {
        st.addMention(place, pi, e.from, e.to, e.start, e.end);
        return;
      }
      const actor = st.table.get('person', e.name);
      noteGender(actor, e.role);
      st.addMention(actor, pi, e.from, e.to, e.start, e.end);
      collectRoles(st, actor, pi, p, s, e);
      return;
    }
    case 'single':
      st.singles.push({ entity: e, para: pi, fallback: undefined });
      return;
    case 'role':
    case 'group':
      return;
  }
}

/** A country or an organisation, with an acronym given after it in brackets as its alias. */
function registerNamed(st: ArticleState, pi: number, p: Paragraph, e: Entity): void {
  const tokens = p.tokens;
  const defined = e.type === 'organization' ? st.table.aliasIndex.get(normaliseName(e.surface)) : undefined;
  const actor = defined ?? st.table.get(e.type as 'country' | 'organization', e.name);
  st.addMention(actor, pi, e.from, e.to, e.start, e.end);
  // "Center for Strategic and International Studies (CSIS)": the acronym is an alias.
  if (tokens[e.to]?.text === '(' && tokens[e.to + 2]?.text === ')' && /^[A-Z][A-Z0-9&]+$/.test(tokens[e.to + 1].base)) {
    st.table.addAlias(actor, tokens[e.to + 1].base);
  }
  extendPlace(st, pi, p, e);
}

/** A place, or a capital remembered as its country's seat. */
function registerPlace(st: ArticleState, pi: number, p: Paragraph, e: Entity): void {
  const actor = st.table.get('place', e.type === 'capital' ? e.surface : e.name);
  if (e.type === 'capital') actor.capitalOf = e.country;
  st.addMention(actor, pi, e.from, e.to, e.start, e.end);
  extendPlace(st, pi, p, e);
}

/** "Washington, D.C." is one place. */
function extendPlace(st: ArticleState, pi: number, p: Paragraph, e: Entity): void {
  const t = p.tokens;
  if ((e.type === 'capital' || e.type === 'place') && t[e.to]?.text === ',' && t[e.to + 1] && /^(?:D\.C\.|[A-Z][a-z]{2,4}\.)$/.test(t[e.to + 1].text)) {
    const place = st.table.get('place', st.text.slice(e.start, t[e.to + 1].end));
    st.table.addAlias(place, e.surface);
    st.addMention(place, pi, e.from, e.to + 2, e.start, t[e.to + 1].end);
  }
}

/** Roles read around a person's name: before it (title or lower-case role), across a comma, or in an appositive after it. */
function collectRoles(st: ArticleState, actor: LocalActor, pi: number, p: Paragraph, s: Sentence, e: Entity): void {
  const t = p.tokens;
  const roles: Np[] = [];
  if (e.role) roles.push({ from: e.from - countWords(e.role), to: e.from });
  // lower-case role before the name: "White House national security adviser Jake Sullivan" (before its title: "health officer Dr. Lena Marsh")
  let k = e.from - 1;
  if (e.role && t[k - countWords(e.role)]?.type === 'word' && !t[k - countWords(e.role)].cap) k -= countWords(e.role);
  // ("Oilers coach Kris Knoblauch", "plant operator Jun Takeda": an occupation is a role too)
  if (k >= s.from && t[k].type === 'word' && !t[k].cap && (ROLE_NOUNS.has(t[k].lower) || occupation(t[k].lower))) {
    // back over names and role words only: "Republican presidential nominee", not "… released part of Republican presidential nominee"
    let a = k;
    while (a - 1 >= s.from && k - a < 6 && roleModifier(st, pi, t, a - 1)) a--;
    // ("Chief executive Tan Wei Ling said": the sentence's first word, capitalised for its place only)
    if (a - 1 === s.from && t[a - 1].cap && !st.mentionAt[pi][a - 1] && roleWord(t[a - 1])) a--;
    roles.push({ from: a, to: k + 1 });
  }
  // role before the name across a comma: "his principal deputy national security adviser, Kim Tae-hyo"
  if (k >= s.from && t[k].text === ',' && k - 1 >= s.from && t[k - 1].type === 'word') {
    let a = k - 1;
    const last = t[a];
    // "her daughter, Grace Okafor-Bell": kin after a possessive, the role a later "her daughter said" finds
    if (KIN_NOUNS.has(last.lower) && k - 2 >= s.from && hasRoleWord(t, k - 2, k)) roles.push({ from: k - 2, to: k });
    else if (ROLE_NOUNS.has(last.lower) || TITLE_LIKE.test(last.text) || isNameWord(last)) {
      // (over "for" or "of" after a capitalised word: "The Minister for Housing, Ciarán Ó Dálaigh,")
      while (a - 1 >= s.from && t[a - 1].type === 'word' && (!STOP_BACKWARD.has(t[a - 1].lower) || officeJoin(t, a - 1, s.from))) a--;
      if (t[a].type === 'word' && DETERMINERS.has(t[a].lower)) a++;
      if (k - a <= 12 && hasRoleWord(t, a, k)) roles.push({ from: a, to: k });
    }
  }
  // appositive after the name: "Lin Jian, a spokesman for the Chinese foreign ministry,"
  k = e.to;
  // (", and the Minister for Health, NAME,": the role of the next person in a list, not this one's)
  if (t[k]?.text === ',' && t[k + 1]?.lower !== 'and' && t[k + 1]?.lower !== 'or') {
    let a = k + 1;
    if (t[a] && DETERMINERS.has(t[a].lower) && t[a].lower !== 'that') a++;
    // the role word is among its first five words: the rest is read only when one is there
    let b = a;
    while (b < a + 5 && appositiveWord(t, b, s)) b++;
    if (b > a && hasRoleWord(t, a, b)) {
      while (b - a < 20 && appositiveWord(t, b, s)) b++;
      roles.push({ from: a, to: b });
    }
  }
  for (const r of roles) {
    if (r.from < 0 || r.to <= r.from) continue;
    if (!isRole(t.slice(r.from, r.to))) continue;
    const role = st.text.slice(t[r.from].start, t[r.to - 1].end).replace(/^(?:the|a|an|his|her)\s+/i, '');
    if (!role || role.length > 120) continue;
    addRole(actor, role);
    addOrgHints(st, actor, pi, r);
  }
}

/** Whether token `i` is "for" or "of" inside a capitalised office's name ("Minister for Housing", "Secretary of State"). */
function officeJoin(t: Token[], i: number, from: number): boolean {
  return (t[i].lower === 'for' || t[i].lower === 'of') && i - 1 >= from && t[i - 1].type === 'word' && t[i - 1].cap && !!t[i + 1]?.cap;
}

/** Titles of address by degree or calling ("Dr. Amir Patel"): a role only while the person has no other. */
const HONORIFICS = new Set(['dr.', 'dr', 'rev.', 'rev', 'fr.']);

/** Adds a role to a person's: a title of address gives way to a role of office or occupation ("Dr." beside "county health officer"). */
function addRole(actor: LocalActor, role: string): void {
  const honorific = HONORIFICS.has(role.toLowerCase());
  if (honorific && actor.roles.some((r) => !HONORIFICS.has(r.toLowerCase()))) return;
  if (!honorific && actor.roles.length) {
    const kept = actor.roles.filter((r) => !HONORIFICS.has(r.toLowerCase()));
    if (kept.length < actor.roles.length) actor.roles = kept;
  }
  addOnce(actor.roles, role);
}

/**
 * Whether token `i` of paragraph `pi` can stand in a role before a name: a lower-case role word or
 * modifier, or a capitalised word only where it names an organisation or a country ("White
 * House", "GOP") or a party or nation.
 */
function roleModifier(st: ArticleState, pi: number, t: Token[], i: number): boolean {
  const x = t[i];
  // "Johnson & Johnson chief executive": the ampersand inside a body's name
  if (x.text === '&') return st.mentionAt[pi][i]?.actor.kind === 'organization';
  if (x.type !== 'word' || DETERMINERS.has(x.lower) || STOP_BACKWARD.has(x.lower) || CUE_FORMS.has(x.lower)) return false;
  if (!x.cap) return roleWord(x);
  const kind = st.mentionAt[pi][i]?.actor.kind;
  return kind === 'organization' || kind === 'country' || kind === 'place' || PARTY_WORDS.has(x.lower) || countryByDemonym.has(x.lower);
}

/** A noun or adjective that may stand in a role, read in lower case ("national security", "chief financial"). */
const roleWord = (x: Token): boolean => isNounish(x) || ROLE_ADJECTIVES.has(x.lower);

/** Whether token `b` of sentence `s` goes on an appositive: a word before its comma or full stop, no cue word, no "who" or "whose" (", whose lawyer said": a clause, not her role). */
function appositiveWord(t: Token[], b: number, s: Sentence): boolean {
  return b < s.to && t[b].text !== ',' && t[b].text !== '.' && t[b].type === 'word' && !CUE_FORMS.has(t[b].lower) && t[b].lower !== 'who' && t[b].lower !== 'whose';
}

/** Whether tokens [from, to) hold a role noun or a title ("spokesman", "Gov."), or are a kin noun after a possessive ("her daughter"). */
function hasRoleWord(t: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ROLE_NOUNS.has(t[i].lower) || TITLE_LIKE.test(t[i].text) || occupation(t[i].lower)) return true;
  return to - from === 2 && KIN_NOUNS.has(t[from + 1].lower) && (POSSESSIVE_DETERMINERS.has(t[from].lower) || t[from].possessive);
}

const POSSESSIVE_DETERMINERS = new Set(['her', 'his', 'their']);
/** A singular people noun of the person's own occupation or state ("goalie", "pediatrician"), not a relation to someone else. */
const occupation = (lower: string): boolean => peopleNoun(lower) === 'singular' && !RELATIONS.has(lower) && !KIN_NOUNS.has(lower);
/** People nouns of a relation to someone else ("Trump's friend NAME"): no role of the person's own before a name. */
const RELATIONS = new Set(['friend', 'colleague', 'neighbour', 'neighbor', 'classmate', 'roommate', 'acquaintance', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'partner']);

/** The organisations and countries named in a role: "the NATO chief" is found through them. */
function addOrgHints(st: ArticleState, actor: LocalActor, pi: number, r: Np): void {
  const add = (name: string): void => {
    addOnce(actor.orgHints, normaliseName(name));
    const acr = acronymOf(name);
    if (acr) addOnce(actor.orgHints, acr);
  };
  for (let i = r.from; i < r.to; i++) {
    const m = st.mentionAt[pi][i];
    if (!m || m.actor === actor || m.actor.kind === 'person') continue;
    add(m.actor.name);
    for (const alias of m.actor.aliases) add(alias);
  }
}

const NO_PERSONS: LocalActor[] = [];

/** How many of the first `n` mentions name each person. */
function personCounts(mentions: LocalMention[], n: number): Map<LocalActor, number> {
  const counts = new Map<LocalActor, number>();
  for (let i = 0; i < n; i++) {
    const a = mentions[i].actor;
    if (a.kind === 'person') counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}

/** Lone capitalised words: a known person's surname or given name, a defined acronym, or nothing yet. */
export function resolveSingles(st: ArticleState): void {
  // how often each person is named in full in the article (the mentions made before the lone
  // words): the prominent one owns the lone surname; counted only when two persons share one
  const fullNames = st.mentions.length;
  let counts: Map<LocalActor, number> | undefined;
  const named = (): Map<LocalActor, number> => (counts ??= personCounts(st.mentions, fullNames));
  let firsts: Map<LocalActor, LocalMention> | undefined;
  let openings: Map<string, LocalActor | null> | undefined;
  const first = (): Map<LocalActor, LocalMention> => (firsts ??= firstMentions(st.mentions, fullNames));
  for (let si = 0; si < st.singles.length; si++) {
    const { entity: e, para, fallback } = st.singles[si];
    const key = normaliseName(e.surface);
    let actor: LocalActor | undefined = st.table.aliasIndex.get(key);
    // "Obama" once Barack and Michelle Obama are both named: an alias of either says nothing
    // (the persons are asked for only where a person or nothing answers to the word)
    let persons = !actor || actor.kind === 'person' ? st.table.personsWithToken(e.surface) : NO_PERSONS;
    // a country's name is a person's only where a given name says it is one ("Mark Holland", not "New Mexico")
    if (e.type === 'country') {
      persons = persons.filter((p) => p.nameTokens.length > 1 && genderOfFirstName(p.nameTokens[0]) !== null);
      if (actor && !persons.includes(actor)) actor = undefined;
    }
    if (actor && actor.kind === 'person' && (persons.length > 1 || (e.role && !titleAgrees(actor, e.role)))) actor = undefined;
    // "Lumora said" after "Lumora, the hardware start-up …": the body the article named so, where no person has the word
    // ("fans of Harrowgate" after "Harrowgate United": the one body of a kind its name tells that the word opens)
    if (!actor && persons.length === 0 && e.type === 'single') actor = st.table.find('organization', e.name) ?? (openings ??= bodiesByOpening(st)).get(e.name) ?? undefined;
    let ambiguous = false;
    const generation = persons.length > 1 ? generationBefore(st.paragraphs[para].tokens, e.from) : null;
    if (!actor && generation) actor = byGeneration(st, persons, generation, first());
    if (!actor && persons.length) {
      actor = namedPerson(persons, e.surface, e.role, named) ?? namedSoFar(persons, e.surface, e.role, para, e.from, first);
      ambiguous = !actor;
    }
    if (!actor && fallback && !ambiguous) {
      fallback();
      continue;
    }
    const kin = !actor && !e.role && !ambiguous ? kinBefore(st.paragraphs[para].tokens, e.from, e.surface) : null;
    if (!actor && (e.role || ambiguous || kin)) {
      // "Mr. Cruz" with no full name in the article is still a person; so is a surname two named
      // people share, which the corpus may still resolve (by gender, office, or prominence), and a
      // given name in apposition to a kin noun ("his wife, Maureen,"), whom a later "she" means
      actor = st.table.get('person', e.type === 'country' ? e.surface : e.name);
      // (known by a given name only, the person is this article's: no other article's Maureen is she)
      if (kin) {
        addRole(actor, kin);
        actor.anonymous = true;
      }
    }
    if (!actor) continue;
    if (actor.kind === 'person') noteGender(actor, e.role);
    st.addMention(actor, para, e.from, e.to, e.start, e.end);
    if (e.role && actor.kind === 'person' && isRole(st.paragraphs[para].tokens.slice(e.from - countWords(e.role), e.from))) addRole(actor, e.role);
  }
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
    if (t[m.to]?.text !== ',') continue;
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
    } else st.table.addAlias(m.actor, full);
  }
}
const KNOWN_AS_FOLDS = 8;

/**
 * The kin noun before a lone given name in apposition to it ("his wife, Maureen", "her son Liam",
 * "the youngest, Sophie,"), or null: the word at `at` must be a given name the lists know.
 */
function kinBefore(t: Token[], at: number, surface: string): string | null {
  const k = t[at - 1]?.text === ',' ? at - 2 : at - 1;
  const noun = t[k];
  if (!noun || noun.type !== 'word' || genderOfFirstName(surface) === null) return null;
  if (!noun.cap && KIN_NOUNS.has(noun.lower)) return noun.lower;
  // "The youngest, Sophie, now studies …": a family's child by rank, after its determiner
  const before = t[k - 1];
  return t[at - 1]?.text === ',' && BY_RANK.has(noun.lower) && !!before && before.type === 'word' && FAMILY_DETERMINERS.has(before.lower) ? noun.lower : null;
}
/** Ranks by which a story names a family's child: "the youngest, Sophie,". */
const BY_RANK = new Set(['youngest', 'eldest', 'oldest']);
const FAMILY_DETERMINERS = new Set(['the', 'their', 'his', 'her']);

/**
 * The person a lone name word (`token`, after the title or office `role` if any) stands for, of
 * the persons named with it: those whose surname it is, when any; then those whose gender agrees
 * with the title's ("Mr. Obama" is not Michelle Obama; the gender from a title before the name, or
 * the first name); then, of several, the one whose roles share the office ("President Obama");
 * then the one named in full PROMINENT times as often as the others together (`named`: full-name
 * mentions per person, made when asked; a profile of Ada Lind that names her sister Eva Lind
 * once). Undefined when none or still two remain: two people are never guessed between.
 */
function namedPerson(persons: LocalActor[], token: string, role: string | undefined, named: () => Map<LocalActor, number>): LocalActor | undefined {
  const t = personNameTokens(token).join(' ');
  const bySurname = persons.filter((p) => surnameToken(p.nameTokens) === t);
  let left = bySurname.length ? bySurname : persons;
  if (role) left = left.filter((p) => titleAgrees(p, role));
  if (left.length > 1 && role) {
    const office = officeWords(role);
    const fit = left.filter((p) => p.roles.some((r) => officeWords(r).some((w) => office.includes(w))));
    if (fit.length === 1) left = fit;
  }
  // "Eleanor Price … Her son, Michael Price, said …. Price was born in Winnipeg": a relative named
  // by kinship shares the surname of the person the article is about, and leaves it to that person
  if (left.length > 1 && !role) {
    const unrelated = left.filter((p) => !p.roles.length || !p.roles.every((r) => KIN_NOUNS.has(r.toLowerCase())));
    if (unrelated.length === 1) left = unrelated;
  }
  if (left.length > 1) {
    const counts = named();
    const count = (p: LocalActor): number => counts.get(p) ?? 0;
    const top = left.reduce((best, p) => (count(p) > count(best) ? p : best));
    const others = left.reduce((n, p) => n + count(p), 0) - count(top);
    if (count(top) >= PROMINENT * others) left = [top];
  }
  return left.length === 1 ? left[0] : undefined;
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
 * The article's organisations by their name's first word, where the rest tells their kind
 * ("Harrowgate" -> "Harrowgate United", "Redgum" -> "Redgum Minerals"); null where two open so.
 */
function bodiesByOpening(st: ArticleState): Map<string, LocalActor | null> {
  const openings = new Map<string, LocalActor | null>();
  for (const a of st.table.actors) {
    const space = a.name.indexOf(' ');
    if (a.kind !== 'organization' || a.anonymous || space < 0 || !orgKindsOfName(a.name).length) continue;
    const word = a.name.slice(0, space);
    openings.set(word, openings.has(word) && openings.get(word) !== a ? null : a);
  }
  return openings;
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
  return a.nameTokens.length > 1 ? genderOfFirstName(a.nameTokens[0]) : null;
}

/** Keeps the gender a title or gendered role before a person's name states; the first one stated wins. */
function noteGender(actor: LocalActor, role: string | undefined): void {
  if (actor.gender || !role) return;
  const g = genderOfRole(role);
  if (g) actor.gender = g;
}

/** Mentions in heading lines of actors the body already knows (and acronyms, which name organisations). */
export function mentionHeadings(st: ArticleState): void {
  // most articles have no heading line: no table of the known names for them
  if (!st.paragraphs.some((p) => p.kind === 'heading')) return;
  const known = new Map<string, LocalActor>();
  for (const a of st.table.actors) {
    if (a.kind === 'person' && a.nameTokens.length > 1) known.set(a.name, a);
    if (a.kind !== 'person') known.set(a.name, a);
  }
  st.paragraphs.forEach((p, pi) => {
    if (p.kind !== 'heading') return;
    for (const [from, to] of findRuns(p.tokens, 0, p.tokens.length)) {
      for (let a = from; a < to; a++) {
        // no name is longer than 12 words: a long run must not make this all-pairs
        for (let b = Math.min(to, a + 12); b > a; b--) {
          const start = p.tokens[a].start;
          const last = p.tokens[b - 1];
          const end = last.possessive ? last.end - 2 : last.end;
          const surface = st.text.slice(start, end);
          // an acronym in a headline names an organisation even if the body never repeats it ("CCP’s Support")
          // "BERLIN, 21 March 2025" on a line of its own is a dateline's city, no acronym; "6:30 AM ET" a clock's zone
          const acronym = b - a === 1 && isAcronym(p.tokens[a]) && !shoutedName(p.tokens, from, to, a) && !datelineCity(p.tokens, a, b) && !timeZone(p.tokens, a, b) && !countryBySurface.has(p.tokens[a].base.toLowerCase()) && !TITLES.has(p.tokens[a].base.toLowerCase()) ? st.table.get('organization', p.tokens[a].base) : undefined;
          const actor = known.get(surface) ?? st.table.aliasIndex.get(normaliseName(surface)) ?? (b - a === 1 ? uniqueSurname(st, surface) : undefined) ?? acronym;
          if (actor) {
            st.addMention(actor, pi, a, b, start, end);
            a = b - 1;
            break;
          }
        }
      }
    }
  });
}

/**
 * Whether the capitals word at `a` of the run [from, to) is a name written in capitals, not an
 * acronym: a letter's signature or a byline ("— ROSALEEN DEVLIN, Dublin", "JAMES and EILEEN
 * FORDE"): next to another word in capitals, or a given name.
 */
function shoutedName(tokens: Token[], from: number, to: number, a: number): boolean {
  const word = tokens[a].base;
  if (genderOfFirstName(word[0] + word.slice(1).toLowerCase()) !== null) return true;
  return (a > from && isAcronym(tokens[a - 1])) || (a + 1 < to && isAcronym(tokens[a + 1]));
}

/** The one person with this name word, if exactly one. */
function uniqueSurname(st: ArticleState, token: string): LocalActor | undefined {
  const persons = st.table.personsWithToken(token);
  return persons.length === 1 ? persons[0] : undefined;
}

function countWords(phrase: string): number {
  return phrase.split(/\s+/).filter(Boolean).length;
}

/**
 * Whether words make a role worth showing: not a courtesy title alone ("Mr."), not ending in
 * somebody's name ("President Barack Obama", "President Obama" beside Donald Trump), no clause.
 */
export function isRole(words: Token[]): boolean {
  if (!words.length) return false;
  if (words.length === 1 && COURTESY_TITLES.has(words[0].lower)) return false;
  const nameWord = (x: Token | undefined): boolean =>
    !!x && x.cap && x.type === 'word' && !TITLES.has(x.lower) && !TITLE_LIKE.test(x.text) && !ROLE_NOUNS.has(x.lower) && !ORG_HEADS.has(x.lower) && !isAcronym(x);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  // (an office and its portfolio end in capitalised words that are no name: "Minister for Rural Affairs")
  const office = words.length > 2 && TITLES.has(words[0].lower) && (words[1].lower === 'for' || words[1].lower === 'of');
  if (!office && nameWord(last) && (nameWord(before) || (!!before && (TITLES.has(before.lower) || TITLE_LIKE.test(before.text))))) return false;
  // a role has no verb: "… Donald Trump recently has been meeting with …" is a clause
  return !words.some((x) => AUXILIARIES.has(x.lower));
}

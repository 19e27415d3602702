/**
 * Stage 1 of attribution: names found in the text become actors and mentions. Runs of
 * capitalised words are classified (./names) and registered in the article's actor table, with
 * the roles read around a person's name (./nameRoles: "White House national security adviser X",
 * "X, a spokesman for …"); lone words are resolved once every full name is known (./loneNames),
 * and headings mention only actors the body knows.
 */
import { normaliseName, type LocalActor } from '../actors';
import { CITIES, countryByDemonym, countryBySurface, GROUP_NOUNS, isRegionName, isRegionAbbreviation, NON_NAME_WORDS, PLACE_HEADS, REGION_ABBREVIATIONS, TITLES } from '../gazetteer';
import { CUE_FORMS } from '../cues';
import { classifyRun, findRuns, isAcronym } from '../names';
import { entity, retyped, type Entity } from '../entities';
import { datelineCity, timeZone } from '../nameChecks';
import { postalStateAt } from '../stateCodes';
import { knownLength } from '../knownNames';
import { bracketedAcronym } from '../bracketAcronyms';
import { statedAliases } from '../statedAliases';
import { orgKindsOfName } from '../lexicon/organisations';
import type { Paragraph, Sentence, Token } from '../text';
import { genderOfFirstName } from '../gender';
import { peopleNoun } from '../lexicon/people';
import type { ArticleState } from './state';
import { collectRoles, noteGender } from './nameRoles';
import { thingName } from './thingNames';

/** Titles in the plural, that two people after them share ("Drs. Priya and Anil Mehta"). */
const PLURAL_TITLES = new Set(['drs', 'sens', 'reps', 'govs', 'profs', 'mses', 'messrs']);

/** Whether [from, to) is one title in the plural, its full stop apart or not. */
function pluralTitleBefore(tokens: Token[], from: number, to: number): boolean {
  const end = tokens[to - 1]?.text === '.' ? to - 1 : to;
  return end === from + 1 && PLURAL_TITLES.has(tokens[from].lower.replace(/\.$/, ''));
}

/** A word shaped as a surname may be ("Holland", "Jordan"), not "U.S." or "UK". */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/**
 * Registers the names of sentence `s` of paragraph `pi` as actors and mentions, with their roles;
 * in a Title Case line (`titled`: the body's actors by name, `knownActors`) only the names the body
 * or the lexicon confirms.
 */
export function collectNames(st: ArticleState, pi: number, p: Paragraph, s: Sentence, titled?: Map<string, LocalActor>): void {
  const tokens = p.tokens;
  // index loops: this runs for every sentence, much of it before V8 optimises it, where for-of and
  // destructuring walk an iterator per run and per pair
  const runs = findRuns(tokens, s.from, s.to);
  let shared: Entity | null = null;
  for (let r = 0; r < runs.length; r++) {
    const from = runs[r][0];
    const to = runs[r][1];
    const entities = spokenSurname(st, tokens, from, to, personNamedAgain(st, tokens, from, to, classifyRun(tokens, from, to, st.text)));
    // "“…,” French said" after "District Chief Brad French", "Tower said" after "Mayor Jim Tower": a
    // demonym or a common word the names layer drops may be a surname, left for resolveSingles,
    // which finds it only where the article names a person by it
    if (entities.length === 0 && to - from === 1 && wordSurname(st, tokens, from)) st.singles.push({ entity: entity(tokens, st.text, 'single', from, to), para: pi, fallback: undefined });
    if (shared) registerSharedSurname(st, pi, shared, entities[0]);
    // "Dale and Karen Poirier": a given name alone before "and" and a full name shares its surname,
    // and so it does after a title in the plural ("Drs. Priya and Anil Mehta", "Sens. Ana and Bo Lind")
    shared = (to - from === 1 || pluralTitleBefore(tokens, from, to - 1)) && tokens[to]?.lower === 'and' && runs[r + 1]?.[0] === to + 1 && entities.length === 1 && entities[0].type === 'single' && entities[0].from === to - 1 && genderOfFirstName(tokens[to - 1].base) !== null ? entities[0] : null;
    if (shared) continue;
    let named = false;
    // ("the author of “Kessler Cash,” a new book", "his book Clinton Cash": a name filling a quotation
    // or after a work's noun is the work's title, and so is the same name again in the article)
    const work = to - from >= 2 && workTitle(st, tokens, from, to);
    // ("the Viola Desmond, one of the harbour ferries", "under the Tenant Support Program": a thing's name, see ./thingNames)
    const thing = entities.length > 0 && thingName(st, tokens, from, to, s.from, s.to, entities);
    for (let k = 0; k < entities.length; k++) {
      if (titled && !confirmedName(st, tokens, entities[k])) continue;
      if (work && entities[k].type === 'person') continue;
      if (thing) continue;
      registerEntity(st, pi, p, s, entities[k]);
      named = true;
    }
    // "Donald Trump Tweets A …": a run that names no one confirmed may still hold a name the body gives
    if (titled && !named) mentionKnown(st, pi, p, from, to, titled);
    // "the Asia-Pacific partners", "US officials": a named group
    const noun = tokens[to];
    // (not "people" after an imperative capitalised only as the sentence's or quotation's first:
    // "“Give people the respect …”", "Let people decide")
    if (noun?.type === 'word' && GROUP_NOUNS.has(noun.lower) && !tokens[to - 1].possessive && !(noun.lower === 'people' && to - from === 1 && PEOPLE_VERBS.has(tokens[from].lower) && opensClause(tokens, from, s.from))) {
      const group = st.table.get('group', st.text.slice(tokens[from].start, noun.end));
      st.addMention(group, pi, from, to + 1, tokens[from].start, noun.end);
    }
  }
}

/**
 * `entities` of the one-word run [from, to), as a person where the names layer read a place and
 * the article already named a person by that word alone ("Her daughter, Sofia, 14, … Sofia said":
 * the girl, not the capital of Bulgaria).
 */
function personNamedAgain(st: ArticleState, tokens: Token[], from: number, to: number, entities: Entity[]): Entity[] {
  if (to - from !== 1 || entities.length !== 1) return entities;
  const e = entities[0];
  if (e.type !== 'place' && e.type !== 'capital' && e.type !== 'country') return entities;
  const word = tokens[from].text;
  return st.table.find('person', word) ? [entity(tokens, st.text, 'person', from, to)] : entities;
}

/**
 * `entities` of the two-word run [from, to), as a person where the names layer read a place by its
 * head and the article gives that head alone as a speaker: "Gerald Hall has run the mill …" then
 * "said Hall" (a park, a hall or a lake says nothing). Not after a place's preposition ("at Anna
 * Park", "on Mark Lake"), nor for a head no surname is ("Jane Street", see NON_NAME_WORDS).
 */
function spokenSurname(st: ArticleState, tokens: Token[], from: number, to: number, entities: Entity[]): Entity[] {
  if (to - from !== 2 || entities.length !== 1) return entities;
  const e = entities[0];
  if (e.type !== 'place' || e.from !== from || e.to !== to) return entities;
  const head = tokens[to - 1];
  const lower = head.base.toLowerCase();
  if (!PLACE_HEADS.has(lower) || NON_NAME_WORDS.has(lower) || genderOfFirstName(tokens[from].base) === null) return entities;
  if (from > 0 && (PLACE_PREPOSITIONS.has(tokens[from - 1].lower) || STREET_ONLY_PREPOSITIONS.has(tokens[from - 1].lower))) return entities;
  // ("Victoria Park reopened …" then "said Park, a city worker": a given name that is a place's own
  // name too opens a place's; "Grant Park …" beside "Organizer Sun-hee Park": the lone head is no
  // more this run's than the other name's that ends in it)
  if (CITIES.has(tokens[from].lower) || isRegionName(tokens[from].text)) return entities;
  return loneSpeakers(st).get(head.base)?.has(tokens[from].base) ? [entity(tokens, st.text, 'person', from, to)] : entities;
}

/** Prepositions before a street or a landform besides a place's: "on Mark Lake", "along Anna Park". */
const STREET_ONLY_PREPOSITIONS = new Set(['on', 'along', 'off', 'past', 'by', 'over', 'under', 'beside']);

/**
 * The capitalised words the article gives alone right after a speech verb or right before one
 * ("said Hall", "Hall told"), each with the first words of the two-word names ending in it that
 * came last before such a use ("Hall": "Gerald"; not "Grant" of "Grant Park" when "Organizer Sun-hee
 * Park" came between), gathered once per article and only when asked.
 */
function loneSpeakers(st: ArticleState): Map<string, Set<string>> {
  let words = LONE_SPEAKERS.get(st);
  if (words) return words;
  words = new Map();
  const lastFirst = new Map<string, string>();
  for (const p of st.paragraphs) {
    const t = p.tokens;
    for (let i = 0; i < t.length; i++) {
      if (t[i].type !== 'word' || !SURNAME_SHAPE.test(t[i].base)) continue;
      const before = t[i - 1];
      const after = t[i + 1];
      if (before?.type === 'word' && before.cap) lastFirst.set(t[i].base, before.base);
      const alone = !(before?.type === 'word' && before.cap) && !(after?.type === 'word' && after.cap);
      // ("said Park, a city worker who …": a lone word that an indefinite appositive introduces is someone met there, named before by no one)
      const introduced = t[i + 1]?.text === ',' && (t[i + 2]?.lower === 'a' || t[i + 2]?.lower === 'an');
      const first = lastFirst.get(t[i].base);
      if (first !== undefined && alone && !introduced && ((before && !before.cap && LONE_SPEECH_VERBS.has(before.lower)) || (after && !after.cap && LONE_SPEECH_VERBS.has(after.lower)))) {
        let set = words.get(t[i].base);
        if (!set) words.set(t[i].base, (set = new Set()));
        set.add(first);
      }
    }
  }
  LONE_SPEAKERS.set(st, words);
  return words;
}
const LONE_SPEAKERS = new WeakMap<ArticleState, Map<string, Set<string>>>();
/** Speech verbs a lone surname stands beside as the speaker. */
const LONE_SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'recalled', 'explained', 'wrote']);

/** Verbs an imperative opens on before "people" ("Give people a say"; "Rohingya people" is a group). */
const PEOPLE_VERBS = new Set(['give', 'let', 'help', 'tell', 'ask', 'pay', 'allow', 'make', 'get', 'keep', 'show', 'teach', 'stop', 'leave', 'bring', 'send', 'treat', 'protect', 'trust', 'respect', 'feed', 'save', 'support', 'encourage', 'put', 'invite', 'urge', 'remind', 'warn', 'force', 'see']);

/** Whether token `i` opens sentence `from`'s words or a quotation (after its opening mark). */
function opensClause(tokens: Token[], i: number, from: number): boolean {
  return i === from || tokens[i - 1].text === '“' || (tokens[i - 1].text === '"' && (i - 1 === from || tokens[i - 2].type !== 'word'));
}

/**
 * Whether the lone word at `i` is a demonym, or a word that ends no name ("Tower", "Church") of a
 * person named before, standing where a surname does ("French said", "said Irish.", "German's
 * plan", "Tower said"): in a surname's shape, no determiner before it ("the French") and no
 * lower-case word after it but a cue ("French officials"). ("State said" or "Republican calls for"
 * with no person so named stay as the names layer left them.)
 */
function wordSurname(st: ArticleState, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const lower = t.base.toLowerCase();
  if (!SURNAME_SHAPE.test(t.base) || !(countryByDemonym.has(lower) || (NON_NAME_WORDS.has(lower) && st.table.personsWithToken(t.base, 1).length > 0))) return false;
  const before = tokens[i - 1];
  if (before?.type === 'word' && !before.cap && DETERMINER_BEFORE.has(before.lower)) return false;
  const next = tokens[i + 1];
  return t.possessive || !next || next.type !== 'word' || CUE_FORMS.has(next.lower);
}
const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'some', 'many', 'most', 'all', 'two', 'three', 'few', 'several', 'these', 'those']);

/** Nouns of works named by their title right after them ("the book Clinton Cash", "his film Sky High"). */
const WORK_NOUNS = new Set(['book', 'books', 'novel', 'memoir', 'film', 'movie', 'documentary', 'album', 'song', 'play', 'musical', 'series', 'show', 'sitcom', 'podcast', 'column', 'bestseller', 'best-seller']);
/** The titles of works each article has named (a later bare mention of the title is the work's too). */
const worksOf = new WeakMap<ArticleState, Set<string>>();

/** Whether the run [from, to) is a work's title: it fills a quotation, follows a work's noun, or was one before in the article. */
function workTitle(st: ArticleState, tokens: Token[], from: number, to: number): boolean {
  // (the run's text cut only where the article named a work before or names one here: most name none;
  // bounds tested, not read past)
  const works = worksOf.get(st);
  if (works && works.has(runText(st, tokens, from, to))) return true;
  const before = from > 0 ? tokens[from - 1] : undefined;
  if (!fillsQuotation(tokens, from, to) && !(before?.type === 'word' && !before.cap && WORK_NOUNS.has(before.lower) && workOwnerAt(from > 1 ? tokens[from - 2] : undefined)) && !productCalled(tokens, from)) return false;
  const surface = runText(st, tokens, from, to);
  if (works) works.add(surface);
  else worksOf.set(st, new Set([surface]));
  return true;
}

/** The text of the run [from, to), without a possessive's last two characters. */
function runText(st: ArticleState, tokens: Token[], from: number, to: number): string {
  return st.text.slice(tokens[from].start, tokens[to - 1].possessive ? tokens[to - 1].end - 2 : tokens[to - 1].end);
}

/**
 * Whether the run at `from` names a product or a feature by what it is called ("The feature, called
 * Figma Make, lets …", "a service named Halvorsen Plan"): the name is the thing's, no one's.
 */
function productCalled(tokens: Token[], from: number): boolean {
  const verb = from > 0 ? tokens[from - 1] : undefined;
  if (!verb || verb.type !== 'word' || !CALLED.has(verb.lower)) return false;
  const at = from > 1 && tokens[from - 2].text === ',' ? from - 3 : from - 2;
  const noun = at >= 0 ? tokens[at] : undefined;
  return !!noun && noun.type === 'word' && !noun.cap && THING_NOUNS.has(noun.lower);
}
const CALLED = new Set(['called', 'named', 'dubbed', 'branded', 'titled']);
/** Nouns of products, features and projects that a name after "called" names. */
const THING_NOUNS = new Set(['feature', 'features', 'tool', 'tools', 'app', 'application', 'service', 'product', 'products', 'model', 'program', 'programme', 'platform', 'device', 'system', 'software', 'project', 'plan', 'initiative', 'scheme', 'chatbot', 'assistant', 'robot', 'drug', 'vaccine', 'treatment', 'chip', 'phone', 'vehicle', 'car', 'truck', 'rocket', 'satellite', 'mission', 'operation', 'game', 'mode', 'option', 'version', 'update', 'brand', 'line', 'fund', 'index', 'card', 'account', 'subscription']);

/**
 * Whether the word before a work's noun makes it one, not a verb ("trying to show Bernie Sanders"):
 * a determiner or a possessive ("his book", "the film"), a name ("Schweizer's book", "HBO
 * documentary"), an adjective of works ("new", "latest") or a year ("the 2004 film").
 */
function workOwnerAt(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (t.possessive || t.cap || WORK_OWNERS.has(t.lower) || /^\d{4}$/.test(t.text));
}
const WORK_OWNERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'new', 'latest', 'first', 'last', 'forthcoming', 'upcoming', 'bestselling', 'best-selling', 'recent']);

const QUOTE_MARK_TEXTS = new Set(['"', '“', '”', "'", '‘', '’']);
/** Whether the run [from, to) is all a quotation holds: its marks right around it, a comma or a stop at most before the closing one. */
function fillsQuotation(tokens: Token[], from: number, to: number): boolean {
  // (bounds tested, not read past: V8 throws away code optimised before any such read)
  const open = from > 0 ? tokens[from - 1] : undefined;
  let close = to < tokens.length ? tokens[to] : undefined;
  if (close && (close.text === ',' || close.text === '.') && close.start === tokens[to - 1].end) close = to + 1 < tokens.length ? tokens[to + 1] : undefined;
  return !!open && !!close && open.type !== 'word' && QUOTE_MARK_TEXTS.has(open.text) && open.end === tokens[from].start && close.type !== 'word' && QUOTE_MARK_TEXTS.has(close.text) && close.start === tokens[close === tokens[to] ? to - 1 : to].end;
}

/** Whether a name of a Title Case line is one the body has given or the lexicon knows (a lone word is left to `resolveSingles`). */
function confirmedName(st: ArticleState, tokens: Token[], e: Entity): boolean {
  if (e.type === 'single' || e.type === 'role' || e.type === 'group') return true;
  // an acronym ("NATO's Plan"), not a word the line shouts ("BUSTED: …", "THIS Is Why") that the article writes in lower case
  if (knownLength(tokens, e.from, e.to)?.n === e.to - e.from) return true;
  if (e.to - e.from === 1 && isAcronym(tokens[e.from])) return !lowerWords(st).has(tokens[e.from].base.toLowerCase());
  if (st.table.aliasIndex.has(normaliseName(e.surface)) || st.table.aliasIndex.has(normaliseName(e.name)) || st.table.find(e.type === 'capital' ? 'place' : e.type, e.name) !== undefined) return true;
  if (e.type !== 'person' || e.to - e.from < 2) return false;
  // "Ann Coulter: And Then …": a given name and a surname that open the line before its colon label a speaker
  if (e.from === 0 && tokens[e.to]?.text === ':' && genderOfFirstName(tokens[e.from].base) !== null) return true;
  // "Cecile Richards: …" over a body that says "Richards": the headline gives the full name of the body's lone surname
  const last = tokens[e.to - 1].base;
  return st.singles.some((x) => x.entity.name === last);
}

/** The article's words in lower case, gathered once per article and only when asked (acronyms here, one-word bodies in ./openingBody). */
export function lowerWords(st: ArticleState): Set<string> {
  let words = LOWER_WORDS.get(st);
  if (words) return words;
  words = new Set();
  for (const p of st.paragraphs) for (const t of p.tokens) if (t.type === 'word' && !t.cap) words.add(t.lower);
  LOWER_WORDS.set(st, words);
  return words;
}
const LOWER_WORDS = new WeakMap<ArticleState, Set<string>>();

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
  // ("Clay's biographers, David and Jeanne Heidler, wrote": a pair named in apposition to people in
  // the plural is introduced there, both by the one surname, whoever else the article calls David)
  if (fallback && tokens[given.from - 1]?.text === ',' && peopleNoun(tokens[given.from - 2]?.lower ?? '') === 'plural') fallback();
  else st.singles.push({ entity: given, para: pi, fallback });
}

/** One classified name: an actor and a mention now, or a lone word left for `resolveSingles`. */
function registerEntity(st: ArticleState, pi: number, p: Paragraph, s: Sentence, e: Entity): void {
  const tokens = p.tokens;
  switch (e.type) {
    case 'place':
    case 'capital':
      // "London said" after "Rep. Jordan London": a capital's one word may be an article's surname, as a country's may
      if (e.to - e.from === 1 && (!e.country || SURNAME_SHAPE.test(tokens[e.from].base))) {
        st.singles.push({ entity: e, para: pi, fallback: () => registerPlace(st, pi, p, e) });
        return;
      }
      // ("St. Louis said" after "coach Martin St. Louis": a place's words of more than one that end
      // the name of a person named before are that person's surname, where no preposition puts it
      // as a place, "in St. Louis")
      if (e.to - e.from >= 2 && !PLACE_PREPOSITIONS.has(tokens[e.from - 1]?.lower ?? '')) {
        const person = surnamedPerson(st, tokens[e.to - 1].base, e.surface);
        if (person) {
          st.addMention(person, pi, e.from, e.to, e.start, e.end);
          return;
        }
      }
      // ("a Precision Aero engineer" after "Precision Aero Components Ltd.": the words the names
      // layer took for where someone works open the name of a company the article named, which they are)
      if (e.type === 'place' && e.to - e.from >= 2 && (tokens[e.from - 1]?.lower === 'a' || tokens[e.from - 1]?.lower === 'an')) {
        const company = st.table.companyOpeningWith(e.name);
        if (company) {
          st.addMention(company, pi, e.from, e.to, e.start, e.end);
          return;
        }
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
      // "LEVINE: As of this morning …": a transcript's speaker label in capitals is a surname, the
      // article's person's when one has it (left for resolveSingles as a lone word, else the acronym)
      if (capitalsLabel(tokens, e)) {
        const word = titleCased(tokens[0].base);
        st.singles.push({ entity: retyped(e, 'single', word, word), para: pi, fallback: () => registerNamed(st, pi, p, e) });
        return;
      }
      // "Meridian's chief executive" before or after "Meridian Health Technologies Inc.": a body's one
      // word is the body the article names in full by it, found once all names are in (resolveSingles)
      if (e.to - e.from === 1 && tokens[e.from].possessive && !isAcronym(tokens[e.from])) {
        st.singles.push({ entity: e, para: pi, fallback: () => registerNamed(st, pi, p, e) });
        return;
      }
      // "According to Saunders, the company has …" after "Neil Saunders": a lone word read as a
      // body's by what follows it, whose name tells no body, is the surname of the one person
      // named before by it (left for resolveSingles as a lone word)
      if (e.to - e.from === 1 && SURNAME_SHAPE.test(tokens[e.from].base) && !orgKindsOfName(e.name).length && onlySurnameBefore(st, tokens[e.from].base)) {
        st.singles.push({ entity: retyped(e, 'single'), para: pi, fallback: () => registerNamed(st, pi, p, e) });
        return;
      }
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
      // ("DUBÉ: …": a label in capitals beyond ASCII reads as a lone word, not as an acronym: the surname as the article spells it)
      st.singles.push({ entity: capitalsLabel(tokens, e) ? retyped(e, 'single', titleCased(tokens[0].base), titleCased(tokens[0].base)) : e, para: pi, fallback: undefined });
      return;
    case 'role':
    case 'group':
      return;
  }
}

/** Whether entity `e` is a transcript's speaker label in capitals, a paragraph's one word before a colon ("LEVINE: …"). */
const capitalsLabel = (tokens: Token[], e: Entity): boolean => e.from === 0 && e.to === 1 && tokens[1]?.text === ':' && /^\p{Lu}{3,}$/u.test(tokens[0].base);
/** "LEVINE" -> "Levine". */
const titleCased = (w: string): string => w[0] + w.slice(1).toLowerCase();

/** Words after which a place's name is where something is or happens, not a person's surname. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'near', 'of', 'outside', 'around', 'across', 'throughout', 'into', 'toward', 'towards', 'via', 'downtown']);

/**
 * The one person named so far whose name is a given name (maybe with an initial) and then
 * `surface` (its last word `last`): "Martin St. Louis" for "St. Louis"; null for none or several
 * (nor a run the names layer took for a person, "the Ted Cruz South Carolina victory party").
 */
function surnamedPerson(st: ArticleState, last: string, surface: string): LocalActor | null {
  const ending = ` ${normaliseName(surface)}`;
  const persons = st.table.personsWithToken(last, 3).filter((a) => {
    const name = normaliseName(a.name);
    return !a.anonymous && name.endsWith(ending) && /^\p{L}[\p{L}'-]*(?: \p{L})?$/u.test(name.slice(0, -ending.length)) && genderOfFirstName(name.slice(0, name.indexOf(' '))) !== null;
  });
  return persons.length === 1 ? persons[0] : null;
}

/** Whether exactly one person named so far has `word` as the last word of their name ("Saunders" after "Neil Saunders"), and no body has it as its name. */
function onlySurnameBefore(st: ArticleState, word: string): boolean {
  const persons = st.table.personsWithToken(word, 2);
  return persons.length === 1 && persons[0].nameTokens.length >= 2 && persons[0].nameTokens[persons[0].nameTokens.length - 1] === word.toLowerCase() && !st.table.find('organization', word);
}

/** A country or an organisation, with an acronym given after it in brackets as its alias. */
function registerNamed(st: ArticleState, pi: number, p: Paragraph, e: Entity): void {
  const tokens = p.tokens;
  const defined = e.type === 'organization' ? st.table.aliasIndex.get(normaliseName(e.surface)) : undefined;
  const actor = defined ?? st.table.get(e.type as 'country' | 'organization', e.name);
  st.addMention(actor, pi, e.from, e.to, e.start, e.end);
  // "Center for Strategic and International Studies (CSIS)": the acronym is an alias (also one
  // with small letters among its capitals, "Alternative for Germany (AfD)", "Partij van de Arbeid (PvdA)")
  if (tokens[e.to]?.text === '(' && tokens[e.to + 2]?.text === ')' && (/^[A-Z][A-Z0-9&]+$/.test(tokens[e.to + 1].base) || bracketedAcronym(tokens, e.to))) {
    st.table.addAlias(actor, tokens[e.to + 1].base);
  }
  // "the Islamic State group, also known as ISIS,": a name the text states is the body's, and the body an earlier mention of it made
  if (e.type === 'organization') {
    for (const alias of statedAliases(tokens, e.to, e.surface)) {
      const earlier = st.table.find('organization', alias);
      if (earlier && earlier !== actor) st.table.merge(earlier, actor, st.mentions);
      st.table.addAlias(actor, alias);
    }
  }
  extendPlace(st, pi, p, e);
}

/** A place, or a capital remembered as its country's seat. */
function registerPlace(st: ArticleState, pi: number, p: Paragraph, e: Entity): void {
  // ("shooting in B.C." beside "British Columbia": a province's or state's abbreviation with its full stops is that place by its full name)
  const full = isRegionAbbreviation(e.surface) ? REGION_ABBREVIATIONS.get(e.surface) : undefined;
  const actor = st.table.get('place', full ?? (e.type === 'capital' ? e.surface : e.name));
  if (full) st.table.addAlias(actor, e.surface);
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

/** Mentions in heading lines of actors the body already knows (and acronyms, which name organisations). */
export function mentionHeadings(st: ArticleState): void {
  // most articles have no heading line: no table of the known names for them
  if (!st.paragraphs.some((p) => p.kind === 'heading')) return;
  const known = knownActors(st);
  st.paragraphs.forEach((p, pi) => {
    if (p.kind !== 'heading') return;
    for (const [from, to] of findRuns(p.tokens, 0, p.tokens.length)) mentionKnown(st, pi, p, from, to, known);
  });
}

/** The article's actors by name: organisations, places and persons of more than one word. */
export function knownActors(st: ArticleState): Map<string, LocalActor> {
  const known = new Map<string, LocalActor>();
  for (const a of st.table.actors) {
    if (a.kind === 'person' && a.nameTokens.length > 1) known.set(a.name, a);
    if (a.kind !== 'person') known.set(a.name, a);
  }
  return known;
}

/** Mentions of known actors (and acronyms, which name organisations) in the run [from, to) of a heading or a Title Case line. */
function mentionKnown(st: ArticleState, pi: number, p: Paragraph, from: number, to: number, known: Map<string, LocalActor>): void {
  for (let a = from; a < to; a++) {
    // no name is longer than 12 words: a long run must not make this all-pairs
    for (let b = Math.min(to, a + 12); b > a; b--) {
      const start = p.tokens[a].start;
      const last = p.tokens[b - 1];
      const end = last.possessive ? last.end - 2 : last.end;
      const surface = st.text.slice(start, end);
      // an acronym in a headline names an organisation even if the body never repeats it ("CCP’s Support")
      // "BERLIN, 21 March 2025" on a line of its own is a dateline's city, no acronym; "6:30 AM ET" a clock's zone
      // a word the line shouts that the article writes in lower case ("BUSTED: …", "THIS Is Why") is none, unless the lexicon knows it ("WHO")
      const acronym = b - a === 1 && isAcronym(p.tokens[a]) && !shoutedName(p.tokens, from, to, a) && !(shoutedLine(p.tokens) && !knownLength(p.tokens, a, b)) && !datelineCity(p.tokens, a, b) && !timeZone(p.tokens, a, b) && !countryBySurface.has(p.tokens[a].base.toLowerCase()) && !TITLES.has(p.tokens[a].base.toLowerCase()) && (!lowerWords(st).has(p.tokens[a].base.toLowerCase()) || knownLength(p.tokens, a, b)?.n === 1) ? st.table.get('organization', p.tokens[a].base) : undefined;
      // a state's postal code the words around make the state ("at Trump’s AZ rally"), no acronym's body
      const state = b - a === 1 ? postalStateAt(p.tokens, a) : null;
      // ("Gagnon Jr. out four weeks": a surname and its generation is the one person of that name and
      // generation; the suffix alone names no one)
      const suffixed = b - a === 2 && NAME_SUFFIX.test(last.text) ? suffixedSurname(st, p.tokens[a].text, last.text) : undefined;
      const actor = state ? st.table.get('place', state) : known.get(surface) ?? st.table.aliasIndex.get(normaliseName(surface)) ?? suffixed ?? (b - a === 1 && !NAME_SUFFIX.test(surface) ? uniqueSurname(st, surface) : undefined) ?? acronym;
      if (actor) {
        st.addMention(actor, pi, a, b, start, end);
        a = b - 1;
        break;
      }
    }
  }
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

/** Lines all in capitals, by their tokens, as read once each. */
const shoutedLines = new WeakMap<Token[], boolean>();
/**
 * Whether a line is shouted, three words or more all in capitals ("FIX IS IN: SENATE STRIKES
 * DEAL"): its words are no acronyms unless the lexicon knows them.
 */
function shoutedLine(tokens: Token[]): boolean {
  let shouted = shoutedLines.get(tokens);
  if (shouted === undefined) {
    let words = 0;
    shouted = true;
    for (const t of tokens) {
      if (t.type !== 'word' || !/\p{L}/u.test(t.text)) continue;
      words++;
      if (t.text !== t.text.toUpperCase()) {
        shouted = false;
        break;
      }
    }
    shouted &&= words >= 3;
    shoutedLines.set(tokens, shouted);
  }
  return shouted;
}

/** The one person with this name word, if exactly one. */
/** A generation's suffix after a surname ("Jr.", "Sr.", "III"). */
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** The one person of the article whose name has the surname `surname` and ends on the suffix `suffix` ("Gagnon", "Jr."). */
function suffixedSurname(st: ArticleState, surname: string, suffix: string): LocalActor | undefined {
  const bare = suffix.replace(/\.$/, '');
  const persons = st.table.personsWithToken(surname, 8).filter((x) => x.name.replace(/\.$/, '').endsWith(` ${bare}`));
  return persons.length === 1 ? persons[0] : undefined;
}

function uniqueSurname(st: ArticleState, token: string): LocalActor | undefined {
  const persons = st.table.personsWithToken(token, 2);
  return persons.length === 1 ? persons[0] : undefined;
}

/**
 * Resolution's look-ups of a body the article named in full, by another form of its name (see
 * `resolveNp` in ./resolution, before descriptions and roles): the first word of its name
 * ("Redgum" after "Redgum Minerals"), its plural name without its place ("the Raptors" after
 * "Toronto Raptors"), its name without a place or demonym ("the Post") or by its head word ("the
 * Commission"); and a capital that speaks as its country's government (`asAgent`).
 */
import { normaliseName, type ActorTable, type LocalActor } from '../actors';
import { CITIES, countryByDemonym, countryBySurface, isRegionAbbreviation, REGION_ABBREVIATIONS, regionNamed, TRADE_BODY_HEADS } from '../gazetteer';
import { orgKindsOfName } from '../lexicon/organisations';
import type { ArticleState } from './state';

/**
 * The one organisation of the article whose name opens with `word` and goes on to words that tell
 * its kind ("Redgum" -> "Redgum Minerals"; not a headline fragment typed as one, "Ferrera Took On
 * Hollywood"); null when none or several do.
 */
export function shortFormOwner(st: ArticleState, word: string): LocalActor | null {
  // ("B.C.'s top doctor" after "the B.C. Teachers' Federation": a place the article names is no body's short form)
  if (st.table.find('place', word) || st.table.find('country', word) || isRegionAbbreviation(word)) return null;
  let found: LocalActor | null = null;
  const prefix = word + ' ';
  for (const a of namedWith(st.table, 'first', word)) {
    if (a.kind !== 'organization' || a.anonymous || !a.name.startsWith(prefix) || !orgKindsOfName(a.name).length) continue;
    if (found) return null;
    found = a;
  }
  return found;
}

/**
 * Head words by which news calls a body named in full before ("the Commission", "the Committee"),
 * where one body of the article ends in it; not "the Government", "the Army", "the Department",
 * "the Party", which as often mean another one than the one named.
 */
export const SHORT_HEADS = new Set(['commission', 'committee', 'council', 'agency', 'authority', 'bureau', 'board', 'institute', 'foundation', 'tribunal', 'federation', 'association', 'secretariat']);

/** The organisation of the article a plural-shaped word names ("Raptors", "Flames"; the body without its place, see ActorTable), or null. */
export function pluralBody(st: ArticleState, word: string): LocalActor | null {
  // ("Wales", "Athens", "Naples": a place the article names is shaped as a plural, and is no "NHS Wales")
  // ("Producers said" beside "Alberta Beef Producers": a trade's plural names its people, see TRADE_BODY_HEADS)
  if (!/[a-z][^s'’]s$/.test(word) || st.table.find('place', word) || st.table.find('country', word) || TRADE_BODY_HEADS.has(word.toLowerCase())) return null;
  const body = st.table.find('organization', word);
  if (body?.kind === 'organization' && !body.anonymous) return body;
  // "the Celtics said" after "the Boston Celtics": the one body of the article whose name ends so
  const ending = ` ${word}`;
  // ("Nurses say" beside "Saskatchewan Union of Nurses": the members a body is "of" are those people, not the body)
  const members = ` of ${word}`;
  let found: LocalActor | null = null;
  for (const a of namedWith(st.table, 'last', word)) {
    if (a.kind !== 'organization' || a.anonymous || !a.name.endsWith(ending) || a.name.endsWith(members)) continue;
    if (found) return null;
    found = a;
  }
  if (found) st.table.addAlias(found, word);
  return found;
}

/**
 * "the Post" after "The Washington Post", "the Coast Guard" after "Canadian Coast Guard": the one
 * body of the article whose name is a place, a country or its demonym before `word`; with
 * `head` (a body's head word after "the": "the Commission" after "the European Commission") the
 * one body whose name ends in it, whatever comes before; null when none or two are.
 */
export function placeLedBody(st: ArticleState, word: string, head = false): LocalActor | null {
  // ("Cattlemen say" beside "the Nebraska Cattlemen": those people, see TRADE_BODY_HEADS)
  if (TRADE_BODY_HEADS.has(word.toLowerCase())) return null;
  const ending = ` ${word}`;
  let found: LocalActor | null = null;
  let ending2 = 0;
  for (const a of namedWith(st.table, 'last', word)) {
    if (a.kind !== 'organization' || a.anonymous || !a.name.endsWith(ending)) continue;
    // ("The Post" beside The Washington Post and the New York Post: two bodies end so, whatever opens them)
    if (++ending2 > 1) return null;
    const place = normaliseName(a.name.slice(0, -ending.length)).replace(/^the /, '');
    // ("Hydro said" after "BC Hydro", "Power" after "NB Power": a province's or state's name or code)
    if (head || CITIES.has(place) || regionNamed(place) || REGION_ABBREVIATIONS.has(place.toUpperCase()) || countryBySurface.has(place) || countryByDemonym.has(place)) found = a;
  }
  if (found) st.table.addAlias(found, word);
  return found;
}

/**
 * "Toronto said in a statement" in a game's story: a place that speaks is the one team of the
 * article named after it ("Toronto Maple Leafs", "Toronto FC"), when the article has named the
 * team at least as often as the place (a city's story that names a team keeps its city); null
 * when it names no such team or two.
 */
export function placesTeam(st: ArticleState, place: LocalActor): LocalActor | null {
  if (place.kind !== 'place' || place.name.includes(' ')) return null;
  let team: LocalActor | null = null;
  for (const a of namedOpening(st.table, place.name)) {
    if (a.kind !== 'organization' || a.anonymous) continue;
    const rest = a.name.slice(place.name.length + 1).split(' ');
    const last = rest[rest.length - 1];
    if (rest.length > 2 || !(TEAM_NICKNAME.test(last) || last === 'FC')) continue;
    if (team) return null;
    team = a;
  }
  if (!team) return null;
  // (counted on from where the last ask for this place stopped: thousands of "Toronto said" stay linear)
  let tally = balances.get(st)?.get(place);
  if (!tally || tally.team !== team) {
    tally = { team, seen: 0, balance: 0 };
    const byPlace = balances.get(st) ?? new Map<LocalActor, { team: LocalActor; seen: number; balance: number }>();
    byPlace.set(place, tally);
    balances.set(st, byPlace);
  }
  for (; tally.seen < st.mentions.length; tally.seen++) {
    const a = st.mentions[tally.seen].actor;
    tally.balance += a === team ? 1 : a === place ? -1 : 0;
  }
  return tally.balance >= 0 ? team : null;
}
/** Per article and place: its team's mentions less the place's, counted so far (see placesTeam). */
const balances = new WeakMap<ArticleState, Map<LocalActor, { team: LocalActor; seen: number; balance: number }>>();
/** A team's nickname in the plural ("Leafs", "Tiger-Cats"), not a body's head word in -s ("Services", "Sports"). */
const TEAM_NICKNAME = /^[A-Z][a-z]*(?:-[A-Z][a-z]*)?[^s'’]s$/;

/** A capital city that speaks is its government. */
export function asAgent(st: ArticleState, actor: LocalActor): LocalActor {
  if (actor.capitalOf) {
    const country = st.table.get('country', actor.capitalOf);
    st.table.addAlias(country, actor.name);
    return country;
  }
  return actor;
}

/**
 * The actors of a table by the first word of names that tell a body's kind (shortFormOwner's
 * condition on the name) and by the last word of any name, names of two words or more, each list
 * in the table's order; `present` is the table's actors as a set, `drops` how often it was made
 * again because actors were dropped.
 */
interface WordIndex {
  first: Map<string, WordList>;
  last: Map<string, WordList>;
  /** Any name of two words or more by its first one, two and three words ("Toronto", "Toronto Maple"), a few per key. */
  opening: Map<string, WordList>;
  present: Set<LocalActor>;
  drops: number;
}

/** Actors under one word; `drops`: the index's count when dropped actors were last taken out. */
interface WordList {
  actors: LocalActor[];
  drops: number;
}

const wordIndexes = new WeakMap<ActorTable, WordIndex>();

/**
 * The actors of `table`, in its order, whose name's first (or last) word is `word`'s first (last)
 * word: with `first`, every actor whose name opens with `word + ' '` and tells a body's kind; with
 * `last`, every actor whose name ends with `' ' + word`. Looked up, not scanned: each source
 * phrase of an article naming thousands of bodies scanned them all (256 KB of "The BAY and the
 * BAZ said it." took 2.5 s, 512 KB 10 s). The table only appends actors (ActorTable.get) or drops
 * them (merges, glued names), so the actors not indexed yet are the tail of its list, and a drop
 * shows as fewer actors than were indexed. The list is the index's own: read it, never keep it.
 */
function namedWith(table: ActorTable, end: 'first' | 'last' | 'opening', word: string): LocalActor[] {
  let ix = wordIndexes.get(table);
  if (!ix) wordIndexes.set(table, (ix = { first: new Map(), last: new Map(), opening: new Map(), present: new Set(), drops: 0 }));
  const actors = table.actors;
  // (of the table's actors, those indexed are those in `present`: it is made again of them all after a drop)
  let i = actors.length;
  while (i > 0 && !ix.present.has(actors[i - 1])) i--;
  for (; i < actors.length; i++) {
    const a = actors[i];
    ix.present.add(a);
    const first = a.name.indexOf(' ');
    if (first < 0) continue;
    if (orgKindsOfName(a.name).length) listFor(ix, ix.first, a.name.slice(0, first)).push(a);
    listFor(ix, ix.last, a.name.slice(a.name.lastIndexOf(' ') + 1)).push(a);
    for (let k = first, n = 0; k > 0 && n < OPENING_WORDS; k = a.name.indexOf(' ', k + 1), n++) {
      const list = listFor(ix, ix.opening, a.name.slice(0, k));
      if (list.length < OPENING_CAP) list.push(a);
    }
  }
  if (ix.present.size !== actors.length) {
    ix.present = new Set(actors);
    ix.drops++;
  }
  const space = end === 'first' ? word.indexOf(' ') : word.lastIndexOf(' ');
  const list = ix[end].get(end === 'opening' || space < 0 ? word : end === 'first' ? word.slice(0, space) : word.slice(space + 1));
  if (!list) return [];
  // dropped actors never come back: taken out once after each drop
  if (list.drops !== ix.drops) {
    list.drops = ix.drops;
    const present = ix.present;
    list.actors = list.actors.filter((a) => present.has(a));
  }
  return list.actors;
}

/** Words of a name's opening indexed (see WordIndex.opening), and actors kept per opening: a few name a place's team, thousands only a pathological text. */
const OPENING_WORDS = 3;
const OPENING_CAP = 8;

/**
 * The actors of `table` whose name opens with `name` and a space ("Toronto" -> "Toronto Maple
 * Leafs"), for `name` of one to three words: the first few named, looked up, not scanned (see
 * namedWith). Read the list, never keep it.
 */
export function namedOpening(table: ActorTable, name: string): LocalActor[] {
  return namedWith(table, 'opening', name);
}

function listFor(ix: WordIndex, map: Map<string, WordList>, word: string): LocalActor[] {
  let list = map.get(word);
  if (!list) map.set(word, (list = { actors: [], drops: ix.drops }));
  return list.actors;
}

/**
 * Resolution's look-ups of a body the article named in full, by another form of its name (see
 * `resolveNp` in ./resolution, before descriptions and roles): the first word of its name
 * ("Redgum" after "Redgum Minerals"), its plural name without its place ("the Raptors" after
 * "Toronto Raptors"), its name without a place or demonym ("the Post") or by its head word ("the
 * Commission"); and a capital that speaks as its country's government (`asAgent`).
 */
import { normaliseName, type LocalActor } from '../actors';
import { CITIES, countryByDemonym, countryBySurface, US_STATES } from '../gazetteer';
import { orgKindsOfName } from '../lexicon/organisations';
import type { ArticleState } from './state';

/**
 * The one organisation of the article whose name opens with `word` and goes on to words that tell
 * its kind ("Redgum" -> "Redgum Minerals"; not a headline fragment typed as one, "Ferrera Took On
 * Hollywood"); null when none or several do.
 */
export function shortFormOwner(st: ArticleState, word: string): LocalActor | null {
  let found: LocalActor | null = null;
  const prefix = word + ' ';
  for (const a of st.table.actors) {
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
  if (!/[a-z][^s'’]s$/.test(word)) return null;
  const body = st.table.find('organization', word);
  if (body?.kind === 'organization' && !body.anonymous) return body;
  // "the Celtics said" after "the Boston Celtics": the one body of the article whose name ends so
  const ending = ` ${word}`;
  let found: LocalActor | null = null;
  for (const a of st.table.actors) {
    if (a.kind !== 'organization' || a.anonymous || !a.name.endsWith(ending)) continue;
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
  const ending = ` ${word}`;
  let found: LocalActor | null = null;
  let ending2 = 0;
  for (const a of st.table.actors) {
    if (a.kind !== 'organization' || a.anonymous || !a.name.endsWith(ending)) continue;
    // ("The Post" beside The Washington Post and the New York Post: two bodies end so, whatever opens them)
    if (++ending2 > 1) return null;
    const place = normaliseName(a.name.slice(0, -ending.length)).replace(/^the /, '');
    if (head || CITIES.has(place) || US_STATES.has(place) || countryBySurface.has(place) || countryByDemonym.has(place)) found = a;
  }
  if (found) st.table.addAlias(found, word);
  return found;
}

/** A capital city that speaks is its government. */
export function asAgent(st: ArticleState, actor: LocalActor): LocalActor {
  if (actor.capitalOf) {
    const country = st.table.get('country', actor.capitalOf);
    st.table.addAlias(country, actor.name);
    return country;
  }
  return actor;
}

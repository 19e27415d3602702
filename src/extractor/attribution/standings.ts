/**
 * Part of resolution (see ./resolution): a person told by their standing in a competition ("the
 * world No.1", "the top seed", "the defending champion"), who is the person a pronoun in the
 * phrase's place would be, as one told by age is. A player's position ("the goaltender said") is read so too.
 */
import { CITIES, countryByDemonym, countryBySurface, REGIONS } from '../gazetteer';
import { PLAYER_POSITIONS } from '../lexicon/people';
import type { Token } from '../text';
import type { Np } from './state';

/** A player's position ("goaltender", "winger"): in sports copy "the goaltender said" is the player just named. */
const POSITIONS = new Set([
  ...PLAYER_POSITIONS,
  // a player by school year or experience ("the sophomore said", "the 6-foot-5 freshman said")
  'freshman', 'sophomore', 'rookie',
]);
/**
 * Positions that are other words too ("guard", "forward", "pivot"): a player's only after a team's
 * name in the plural or a player's modifier ("the Flames centre", "the veteran pivot").
 */
export const TEAM_POSITIONS = new Set(['centre', 'center', 'forward', 'guard', 'pivot', 'captain']);
const PLAYER_MODIFIERS = new Set(['veteran', 'rookie', 'star']);
/** Heads of a standing: "seed", "champion". */
const STANDING_HEADS = new Set(['seed', 'champion', 'champ', 'titleholder']);
/** Words before a ranking's number: "No.", "No", "number". */
const RANK_WORDS = new Set(['no.', 'no', 'number']);
/** A team's name in the plural ("Flames", "Maple Leafs"' last word), not a possessive. */
const TEAM_NAME = /^[A-Z][a-z]+[^s'’]s$/;
/** A ranking's number: "1", "one". */
const RANK_NUMBER = /^(?:\d{1,3}|one|two|three)$/;

/**
 * Whether phrase `np` (tokens of a paragraph) is "the" and a standing of two to four words, in
 * lower case but for a competition's name: "the top seed", "the second seed", "the defending
 * champion", "the world No.1", "the world number one", "the Wimbledon champion".
 */
export function standingPhrase(t: Token[], np: Np): boolean {
  const n = np.to - np.from;
  if (n < 2 || n > 4 || t[np.from].lower !== 'the') return false;
  const last = t[np.to - 1];
  if (STANDING_HEADS.has(last.lower)) return true;
  // "the goaltender", "the veteran winger", "the Swedish netminder", "the Jets netminder": a
  // position in lower case, after at most one modifier, in lower case, a nationality or a team's
  // name (not before the player's name: "said the goalkeeper Jan Roos")
  const modifier = t[np.to - 2];
  // (a position's word in capitals after a capitalised word is a name's: "the Coast Guard", "the National Guard")
  const beforeName = (t[np.to]?.type === 'word' && t[np.to].cap) || (last.cap && modifier.cap);
  // ("the Galatasaray forward", "the Celtic striker": a club's name of one word, in the singular too;
  // not a nation's, "the England winger" is the one the article gave that position)
  const place = countryBySurface.has(modifier.lower) || REGIONS.has(modifier.lower) || CITIES.has(modifier.lower);
  const named = n === 3 && modifier.cap && !modifier.possessive && (TEAM_NAME.test(modifier.text) || countryByDemonym.has(modifier.lower) || (/^\p{Lu}\p{Ll}{2,}$/u.test(modifier.text) && !place));
  if (!beforeName && POSITIONS.has(last.lower) && n <= 3 && (!modifier.cap || named)) return true;
  // ("the Flames centre", "the veteran pivot", "the Serbian centre")
  if (!beforeName && n === 3 && TEAM_POSITIONS.has(last.lower) && (PLAYER_MODIFIERS.has(modifier.lower) || named)) return true;
  // "the world No.1": "world", the ranking's word, then its number
  return n >= 3 && RANK_NUMBER.test(last.lower) && RANK_WORDS.has(t[np.to - 2].lower) && t[np.from + 1].lower === 'world';
}

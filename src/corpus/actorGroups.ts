/** Which group of the Actors tree, and which kind of node of the actor network, an actor is (pure: the unit tests read it). */
import type { Actor, ActorKind } from '../extractor/types';

/** A kind of actor, or the people the articles do not name ("a senior official"), as the Actors tree and the network group them. */
export type ActorGroupKey = ActorKind | 'unnamed';

/** Every group, in the order the views list them. */
export const ACTOR_GROUPS: readonly ActorGroupKey[] = ['person', 'organization', 'country', 'place', 'group', 'unnamed'];

/** Name particles that open a surname in lower case before its capital ("de Blasio", "al-Assad", "bin Laden"): such a name is a person's own. */
const SURNAME_PARTICLE = /^(?:de|del|della|di|da|du|dos|das|van|von|der|den|ter|ten|la|le|al|el|bin|ibn|ben)[ -]\p{Lu}/u;

/** A name's last word in lower case after a space ("One investor"; not "Ludwig van Beethoven"). */
const LOWER_LAST_WORD = / \p{Ll}[\p{Ll}-]*$/u;

/**
 * The tree group of actor `a`: its kind, except a person known only by a description, who goes to
 * Unnamed sources: anonymous sourcing is counted apart, and People lists those named. A description
 * is named by the extractor in lower case ("senior law enforcement official", "friend") or ends in
 * a lower-case noun after capitals ("One investor", "White House spokesperson"): a person's name
 * never ends in a lower-case word.
 */
export function groupOf(a: Pick<Actor, 'kind' | 'name'>): ActorGroupKey {
  if (a.kind !== 'person') return a.kind;
  const first = a.name.charCodeAt(0);
  if (first >= 97 && first <= 122) return SURNAME_PARTICLE.test(a.name) ? 'person' : 'unnamed';
  return LOWER_LAST_WORD.test(a.name) ? 'unnamed' : 'person';
}

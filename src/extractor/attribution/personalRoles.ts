/** Who may be a person's own lawyer, aide or campaign manager ("his attorney", "Holt's campaign manager"). */
import type { LocalActor } from '../actors';

/**
 * Whether person `a` can be person `owner`'s role ("his lawyer", "Holt's campaign manager", the
 * role noun and its `synonyms` in lower case): one of its roles names the owner by the last word of
 * its name ("lawyer for Brian Holt"), or is such a noun in lower case that names no other owner ("campaign manager", not "lawyer for the city"); a
 * capitalised office ("U.S. Attorney", "District Attorney") is no one's private attorney.
 */
export function personalRole(a: LocalActor, owner: LocalActor, synonyms: readonly string[]): boolean {
  const surname = owner.name.split(' ').pop()!.toLowerCase();
  return a.roles.some((r) => r.toLowerCase().replace(/['’]s\b/g, '').split(/[\s,]+/).includes(surname) || (r === r.toLowerCase() && !OWNED.test(r) && synonyms.some((syn) => r.includes(syn))));
}

/** A role that names whose it is ("lawyer for the city", "the mayor's aide"): someone else's, where the owner's name is not in it. */
const OWNED = /\b(?:for|of|to|with|at)\b|['’]s\b/;

/** Who may be a person's own lawyer, aide or campaign manager ("his attorney", "Holt's campaign manager"). */
import type { LocalActor } from '../actors';
import { memoised } from '../memo';

/**
 * Whether person `a` can be the role of the person whose surname (`surnameOf`) is `ownerSurname` ("his lawyer", "Holt's campaign manager", the
 * role noun and its `synonyms` in lower case): one of its roles names the owner by the last word of
 * its name ("lawyer for Brian Holt"), or is such a noun in lower case that names no other owner ("campaign manager", not "lawyer for the city"); a
 * capitalised office ("U.S. Attorney", "District Attorney") is no one's private attorney.
 */
export function personalRole(a: LocalActor, ownerSurname: string, synonyms: readonly string[]): boolean {
  return a.roles.some((r) => roleWords(r).includes(ownerSurname) || unownedRole(r, synonyms));
}

/** The last word of an actor's name in lower case, by which a role may name its owner. */
export const surnameOf = (owner: LocalActor): string => owner.name.split(' ').pop()!.toLowerCase();

/** A role's words in lower case without possessive endings: "lawyer for brian holt" of "Lawyer for Brian Holt's". */
export const roleWords = memoised((role: string): string[] => role.toLowerCase().replace(/['’]s\b/g, '').split(/[\s,]+/));

/** A role in lower case holding one of `synonyms` that names no owner ("campaign manager", not "lawyer for the city"). */
export const unownedRole = (role: string, synonyms: readonly string[]): boolean => role === role.toLowerCase() && !OWNED.test(role) && synonyms.some((syn) => role.includes(syn));

/** A role that names whose it is ("lawyer for the city", "the mayor's aide"): someone else's, where the owner's name is not in it. */
const OWNED = /\b(?:for|of|to|with|at)\b|['’]s\b/;

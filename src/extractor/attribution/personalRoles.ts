/** Who may be a person's own lawyer, aide or campaign manager ("his attorney", "Holt's campaign manager"). */
import type { LocalActor } from '../actors';

/**
 * Whether person `a` can be person `owner`'s role ("his lawyer", "Holt's campaign manager", the
 * role noun and its `synonyms` in lower case): one of its roles names the owner by the last word of
 * its name ("lawyer for Brian Holt"), or is such a noun in lower case ("campaign manager"); a
 * capitalised office ("U.S. Attorney", "District Attorney") is no one's private attorney.
 */
export function personalRole(a: LocalActor, owner: LocalActor, synonyms: readonly string[]): boolean {
  const surname = owner.name.split(' ').pop()!.toLowerCase();
  return a.roles.some((r) => r.toLowerCase().replace(/['’]s\b/g, '').split(/[\s,]+/).includes(surname) || (r === r.toLowerCase() && synonyms.some((syn) => r.includes(syn))));
}

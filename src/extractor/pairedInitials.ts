/**
 * Two-letter initials that news writes for one international body each: "the UN" and "U.N." for
 * the United Nations, "the EU" for the European Union, "the AU" for the African Union. Two letters
 * are too few to be read as any body's initials (see gluedNames' bodiesByAcronym), so only these,
 * and only beside the body named in full in the same article.
 */
import { normaliseName, type ActorTable, type LocalActor } from './actors';

/** Normalised initials -> the body's full name. */
const PAIRED = new Map([
  ['un', 'United Nations'],
  ['u n', 'United Nations'],
  ['eu', 'European Union'],
  ['e u', 'European Union'],
  ['au', 'African Union'],
]);

/**
 * The organisations of `table` named by initials PAIRED with a body the article names in full, each
 * with that body. Linear in the actors.
 */
export function pairedInitialsOf(table: ActorTable): Array<[LocalActor, LocalActor]> {
  const pairs: Array<[LocalActor, LocalActor]> = [];
  for (const a of table.actors) {
    if (a.kind !== 'organization' || a.anonymous || a.name.length > 4) continue;
    const full = PAIRED.get(normaliseName(a.name).replace(/\./g, ' ').trim());
    const into = full ? table.find('organization', full) : undefined;
    if (into && into !== a && !into.anonymous) pairs.push([a, into]);
  }
  return pairs;
}

/**
 * Short names news gives one body or country where the article names it in full: "the UN" and
 * "U.N." for the United Nations, "the EU" for the European Union, "the AU" for the African Union
 * (two letters are too few to be read as any body's initials: see gluedNames' bodiesByAcronym), and
 * a bare "Congo" for the Democratic Republic of the Congo in an article that names that country
 * (the lists read "Congo" as its neighbour, the Republic of the Congo).
 */
import { normaliseName, type ActorTable, type LocalActor, type LocalMention } from './actors';
import type { LocalQuote } from './attribution/state';

/** Normalised initials -> the body's full name. */
const PAIRED = new Map([
  ['un', 'United Nations'],
  ['u n', 'United Nations'],
  ['eu', 'European Union'],
  ['e u', 'European Union'],
  ['au', 'African Union'],
]);

/**
 * The actors of `table` named short (see the file's comment), each with the one the article names
 * in full. Linear in the actors.
 */
export function pairedNamesOf(table: ActorTable): Array<[LocalActor, LocalActor]> {
  const pairs: Array<[LocalActor, LocalActor]> = [];
  for (const a of table.actors) {
    if (a.kind !== 'organization' || a.anonymous || a.name.length > 4) continue;
    const full = PAIRED.get(normaliseName(a.name).replace(/\./g, ' ').trim());
    const into = full ? table.find('organization', full) : undefined;
    if (into && into !== a && !into.anonymous) pairs.push([a, into]);
  }
  return pairs;
}

/**
 * Folds the Republic of the Congo into DR Congo where the article names DR Congo and writes its
 * neighbour only as a bare "Congo" (see the file's comment), speakers too. Linear in the mentions and quotes.
 */
export function foldBareCongo(table: ActorTable, mentions: LocalMention[], quotes: LocalQuote[]): void {
  const congo = table.find('country', 'Republic of the Congo');
  const drc = congo && table.find('country', 'DR Congo');
  if (!drc || drc === congo || !mentions.every((m) => m.actor !== congo || m.text === 'Congo')) return;
  // (not the table's merge, which would make "Republic of the Congo" an alias of DR Congo, and the
  // corpus join the two countries; the neighbour stays in the table, unused unless written out later)
  for (const m of mentions) if (m.actor === congo) m.actor = drc;
  for (const q of quotes) if (q.speaker === congo) q.speaker = drc;
  table.addAlias(drc, 'Congo');
}

/**
 * "the younger Okoye", "the elder Okoye": a lone surname two people of the article share, told
 * apart by generation (asked by ./mentions when it resolves lone names). The one a kinship role
 * places there (a son, a daughter; a father, a mother), else the one named later for "younger"
 * and the one named first for "elder", as a reader meets a family.
 */
import type { LocalActor, LocalMention } from '../actors';
import type { Token } from '../text';

export type Generation = 'younger' | 'elder';

const YOUNGER_KIN = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'stepson', 'stepdaughter']);
const ELDER_KIN = new Set(['father', 'mother', 'grandfather', 'grandmother', 'uncle', 'aunt', 'stepfather', 'stepmother']);

/** "the younger" or "the elder"/"the older" right before token `at`, or null. */
export function generationBefore(t: Token[], at: number): Generation | null {
  const word = t[at - 1]?.lower;
  if (t[at - 2]?.lower !== 'the') return null;
  return word === 'younger' ? 'younger' : word === 'elder' || word === 'older' ? 'elder' : null;
}

/** Of `persons` (two or more sharing a surname), the one of `generation`; `first` gives each one's first mention. Undefined when none is told apart. */
export function byGeneration(persons: LocalActor[], generation: Generation, first: Map<LocalActor, LocalMention>): LocalActor | undefined {
  const kin = generation === 'younger' ? YOUNGER_KIN : ELDER_KIN;
  const placed = persons.filter((p) => p.roles.some((r) => kin.has(r.toLowerCase())));
  if (placed.length === 1) return placed[0];
  const named = persons.filter((p) => first.has(p));
  if (named.length < 2) return undefined;
  const order = (p: LocalActor): number => {
    const m = first.get(p)!;
    return m.para * 1e6 + m.from;
  };
  named.sort((a, b) => order(a) - order(b));
  return generation === 'younger' ? named[named.length - 1] : named[0];
}

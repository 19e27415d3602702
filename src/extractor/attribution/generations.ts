/**
 * "the younger Okoye", "the elder Okoye": a lone surname two people of the article share, told
 * apart by generation (asked by ./mentions when it resolves lone names), from what the text says
 * where each is first named: a kinship noun before the name ("His son, Marcus Okoye"; "her
 * father, Doug Kovach-Sterling") or an age after it ("Darnell Okoye, 58,"). Without either, no one.
 */
import type { LocalActor, LocalMention } from '../actors';
import type { Token } from '../text';
import type { ArticleState } from './state';

export type Generation = 'younger' | 'elder';

const YOUNGER_KIN = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'stepson', 'stepdaughter']);
const ELDER_KIN = new Set(['father', 'mother', 'grandfather', 'grandmother', 'uncle', 'aunt', 'stepfather', 'stepmother']);

/** "the younger" or "the elder"/"the older" right before token `at`, or null. */
export function generationBefore(t: Token[], at: number): Generation | null {
  const word = t[at - 1]?.lower;
  if (t[at - 2]?.lower !== 'the') return null;
  return word === 'younger' ? 'younger' : word === 'elder' || word === 'older' ? 'elder' : null;
}

/** Of `persons` (two or more sharing a surname), the one of `generation`; `first` gives each one's first mention. Undefined when the text does not tell. */
export function byGeneration(st: ArticleState, persons: LocalActor[], generation: Generation, first: Map<LocalActor, LocalMention>): LocalActor | undefined {
  const kin = generation === 'younger' ? YOUNGER_KIN : ELDER_KIN;
  const placed = persons.filter((p) => {
    const m = first.get(p);
    const t = m && st.paragraphs[m.para].tokens;
    return !!t && t[m.from - 1]?.text === ',' && kin.has(t[m.from - 2]?.lower ?? '');
  });
  if (placed.length === 1) return placed[0];
  // ages stated after the names: the youngest or the oldest, when every one is given
  const aged = persons.map((p) => [p, ageAfter(st, first.get(p))] as const);
  if (aged.some(([, age]) => age === null)) return undefined;
  aged.sort((a, b) => a[1]! - b[1]!);
  const [pick, next] = generation === 'younger' ? [aged[0], aged[1]] : [aged[aged.length - 1], aged[aged.length - 2]];
  return pick[1] !== next[1] ? pick[0] : undefined;
}

/** The age after a person's first mention ("Darnell Okoye, 58,"), or null. */
function ageAfter(st: ArticleState, m: LocalMention | undefined): number | null {
  if (!m) return null;
  const t = st.paragraphs[m.para].tokens;
  const age = t[m.to]?.text === ',' ? t[m.to + 1]?.text : undefined;
  return age !== undefined && /^\d{1,3}$/.test(age) && t[m.to + 2]?.text === ',' ? Number(age) : null;
}

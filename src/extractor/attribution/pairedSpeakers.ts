/**
 * Two people who speak together where the second is introduced by a description of who they are
 * to the first: "Tom Hale and his wife, Rita Hale, said", "Sen. Ann Ode and her chief of staff,
 * Mark Bell, said", "Tom Hale and his wife Rita said". The names layer reads the second name as
 * the source phrase; the words before it make both the source.
 */
import type { LocalActor } from '../actors';
import { KIN_NOUNS } from '../lexicon/people';
import type { Sentence, Token } from '../text';
import { jointActor } from './groups';
import type { ArticleState, Np } from './state';
import { isPeopleNoun, PERSON_DETERMINERS } from './words';

/** How many words the description may take, its opener and head included: "her | longtime chief of staff". */
const DESCRIPTION_REACH = 6;
/** How many capitalised words (titles) may stand before the first person's name at the sentence's start: "U.S. Sen." */
const TITLE_REACH = 3;

/**
 * The joint actor of the first person and `second` (resolved from `np`, in sentence `s` of
 * paragraph `pi`) when the phrase before `np` is "<person> and <description>," or "<person> and
 * <description>" (the description ending in a kin or people noun, "his wife", "her chief of
 * staff"), the person's name opening the sentence; null otherwise.
 */
export function pairedSpeakers(st: ArticleState, pi: number, s: Sentence, t: Token[], np: Np, second: LocalActor): LocalActor | null {
  if (second.kind !== 'person') return null;
  // ("his wife Rita": the description inside the phrase; "his wife, Rita Hale": before it, set off)
  let head = -1;
  let k = np.from;
  if (PERSON_DETERMINERS.has(t[k].lower) && t[k - 1]?.lower === 'and') {
    for (let j = k + 1; j < np.to && j <= k + DESCRIPTION_REACH && !t[j].cap; j++) if (describes(t[j])) head = j;
    if (head < 0) return null;
    k--;
  } else if (t[k - 1]?.text === ',') {
    let j = k - 2;
    while (j > s.from && k - 1 - j < DESCRIPTION_REACH && t[j].type === 'word' && !t[j].cap && !PERSON_DETERMINERS.has(t[j].lower) && t[j].lower !== 'and') j--;
    if (!PERSON_DETERMINERS.has(t[j]?.lower ?? '') || !describes(t[k - 2]) || t[j - 1]?.lower !== 'and') return null;
    k = j - 1;
  } else return null;
  // k: the "and"; the first person's mention ends right before it (or its comma: "Her son, Chidi
  // Okafor, and his wife, Ruth, said") and opens the sentence, after titles or a description of its own
  const firstTo = t[k - 1]?.text === ',' ? k - 1 : k;
  const first = st.mentionAt[pi][firstTo - 1];
  if (!first || first.to !== firstTo || first.actor.kind !== 'person' || first.actor === second) return null;
  if (!opensWithTitles(t, s.from, first.from) && !opensWithDescription(t, s.from, first.from)) return null;
  return jointActor(st, pi, t, { from: first.from, to: np.to }, [first.actor, second]);
}

/** Whether tokens [from, name) are at most TITLE_REACH capitalised titles: "U.S. Sen." */
function opensWithTitles(t: Token[], from: number, name: number): boolean {
  if (name - from > TITLE_REACH) return false;
  for (let j = from; j < name; j++) if (!(t[j].cap || t[j].text === '.')) return false;
  return true;
}

/** Whether tokens [from, name) are a description set off before the name: "Her son,", "The couple's daughter,". */
function opensWithDescription(t: Token[], from: number, name: number): boolean {
  if (name - from < 3 || name - from > DESCRIPTION_REACH || t[name - 1].text !== ',' || !describes(t[name - 2])) return false;
  if (!PERSON_DETERMINERS.has(t[from].lower) && !t[from].possessive) return false;
  for (let j = from + 1; j < name - 1; j++) if (t[j].type !== 'word') return false;
  return true;
}

/** A description's head: a kin noun ("wife", "son") or a noun for people ("neighbour", "deputy", "staff"). */
const describes = (x: Token | undefined): boolean => !!x && x.type === 'word' && !x.cap && (KIN_NOUNS.has(x.lower) || isPeopleNoun(x));

/**
 * Part of resolution (see ./resolution): a delayed identification. A news lede often gives a role
 * first and the name in the next paragraph ("The Conservative finance critic has accused … \n\n
 * Jasraj Singh Hallan made the accusation …"): the role phrase is the person whose full name
 * opens the next paragraph, when the article names no one before it.
 */
import type { LocalActor } from '../actors';
import type { Token } from '../text';
import type { ArticleState, Np } from './state';

/** The body paragraphs from the article's top a lede's role may stand in. */
const LEDE_PARAGRAPHS = 3;

/**
 * The person a role phrase `np` (tokens `t` of paragraph `pi`, "the" and a role) names by a delayed
 * identification: the next body paragraph opens with a person's full name (two name words or
 * more) named nowhere before, with no role or with `roleNoun` among its roles' words, and no
 * person is named in the paragraphs up to the phrase. null otherwise. Adds the phrase's mention.
 */
export function ledeHolder(st: ArticleState, pi: number, np: Np, t: Token[], roleNoun: string): LocalActor | null {
  if (t[np.from].lower !== 'the') return null;
  let body = 0;
  let next = -1;
  for (let p = 0; p < st.paragraphs.length; p++) {
    if (st.paragraphs[p].kind !== 'body') continue;
    if (p > pi) {
      next = p;
      break;
    }
    if (++body > LEDE_PARAGRAPHS) return null;
    // no person named up to the phrase (in its paragraph: anywhere, since the rest is the same lede)
    if (st.mentionAt[p].some((m) => m?.actor.kind === 'person')) return null;
  }
  if (next < 0) return null;
  const m = st.mentionAt[next][0];
  if (!m || m.from !== 0 || m.actor.kind !== 'person' || m.actor.anonymous || m.actor.nameTokens.length < 2) return null;
  const roles = m.actor.roles;
  if (roles.length && !roles.some((r) => r.toLowerCase().split(/\s+/).includes(roleNoun))) return null;
  st.addMention(m.actor, pi, np.from, np.to, t[np.from].start, t[np.to - 1].end);
  return m.actor;
}

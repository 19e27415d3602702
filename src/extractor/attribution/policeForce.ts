/**
 * "West Yorkshire Police are appealing for witnesses … the man was taken to hospital, police
 * said": British, Irish, Australian, New Zealand and Canadian papers write a force named once as
 * bare "police" after. The force is the one police body the article named before; with none, or
 * two (a city's force and a state's), "police" stays a group of its own.
 */
import { orgKindsOfName } from '../lexicon/organisations';
import type { LocalActor } from '../actors';
import type { Token } from '../text';
import type { ArticleState, Np } from './state';

/**
 * The police force that source phrase `np` of paragraph `pi` ("police", "the police") means: the
 * one organisation whose name tells a police body, mentioned before the phrase; null when the
 * phrase is another or the article names none or several. Adds a mention over the phrase.
 */
export function namedForce(st: ArticleState, pi: number, t: Token[], np: Np): LocalActor | null {
  const size = np.to - np.from;
  if (t[np.to - 1].lower !== 'police' || size > 2 || (size === 2 && t[np.from].lower !== 'the')) return null;
  const at = t[np.from].start;
  let force: LocalActor | null = null;
  for (let i = 0; i < st.mentions.length; i++) {
    const m = st.mentions[i];
    if (m.start >= at || m.actor.kind !== 'organization' || m.actor === force || !policeBody(m.actor)) continue;
    if (force) return null;
    force = m.actor;
  }
  if (force) st.addMention(force, pi, np.from, np.to, at, t[np.to - 1].end);
  return force;
}

/** Whether a body's name or an alias tells a police force ("Victoria Police", "Police Scotland", "Toronto Police Service"), no police union or association ("Police Federation"). */
function policeBody(a: LocalActor): boolean {
  for (let i = -1; i < a.aliases.length; i++) {
    const name = i < 0 ? a.name : a.aliases[i];
    if (!/\bPolice\b/.test(name)) continue;
    const kinds = orgKindsOfName(name);
    if (!kinds.includes('union') && !kinds.includes('nonprofit')) return true;
  }
  return false;
}

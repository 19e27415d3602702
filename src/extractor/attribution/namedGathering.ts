/**
 * "The Cannes Film Festival has pulled the film …, the festival said": a festival, a stampede, a
 * fair is named as an event (its last word is no name's, ../gazetteer NON_NAME_WORDS), so no actor
 * stands for it; when "the festival" speaks, it is the body that runs the one named so before.
 */
import type { LocalActor } from '../actors';
import { isNameWord } from '../nameWords';
import type { ArticleState } from './state';

/** Gatherings a body of the same name runs and speaks for ("the festival said", "the Stampede said"). */
export const GATHERING_NOUNS = new Set(['festival', 'stampede', 'fair', 'exhibition', 'expo', 'rodeo', 'carnival']);

/** How many paragraphs back, the current one included, the gathering's name is looked for. */
const REACH = 8;
/** How many tokens back at most (a paragraph of thousands of "the festival said" stays linear). */
const TOKEN_REACH = 3000;

/**
 * The body named by the nearest capitalised name of two words or more ending in `head` (a
 * gathering noun, lower case) before token `at` of paragraph `pi` and outside quotation marks
 * ("Winnipeg Folk Festival", "Calgary Stampede"), made an organisation; null when none is.
 */
export function gatheringBody(st: ArticleState, pi: number, at: number, head: string): LocalActor | null {
  if (!GATHERING_NOUNS.has(head)) return null;
  let budget = TOKEN_REACH;
  for (let p = pi; p >= 0 && pi - p < REACH && budget > 0; p--) {
    const t = st.paragraphs[p].tokens;
    const inQuote = st.paragraphs[p].inQuote;
    for (let i = (p === pi ? at : t.length) - 1; i > 0 && budget-- > 0; i--) {
      if (t[i].base.toLowerCase() !== head || !t[i].cap || inQuote[i]) continue;
      let from = i;
      while (from > 0 && isNameWord(t[from - 1]) && !t[from - 1].possessive && t[from - 1].lower !== 'the') from--;
      if (from === i) continue;
      return st.table.get('organization', t.slice(from, i + 1).map((w) => w.base).join(' '));
    }
  }
  return null;
}

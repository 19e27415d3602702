/**
 * A body the names layer could not tell from a common word: one capitalised word opening a
 * sentence ("Stellantis will cut 1,000 jobs at its Windsor plant, the company said"), which only
 * a description of a body later in the sentence shows to be a name (see closedSubject in
 * ./descriptionAnaphora).
 */
import type { LocalActor } from '../actors';
import { isNameWord } from '../names';
import { isCommonWord } from '../commonWords';
import type { Token } from '../text';
import type { ArticleState } from './state';
import { lowerWords } from './mentions';
import { AUXILIARIES, MODALS } from './words';

/** A plural's ending ("Sales", "Profits", "Shares"); not "-is", "-us", "-ss" ("Stellantis", "Celsius"). */
const PLURAL = /[^ius]s$/;

/**
 * The organisation named by the one word at token `at` of paragraph `pi`, opening its clause
 * before its verb, that "its" points back to before token `end` ("Stellantis will cut 1,000 jobs at
 * its Windsor plant"), with a mention over it; null when the word may be a common one: a
 * dictionary's (../commonWords), written in lower case elsewhere in the article, in the plural
 * ("Sales rose", see PLURAL), short, or not followed by a verb's form (a modal, an auxiliary, a
 * form in -ed or -s).
 */
export function oneWordBodyOpening(st: ArticleState, pi: number, at: number, end: number): LocalActor | null {
  const t: Token[] = st.paragraphs[pi].tokens;
  const word = t[at];
  const verb = t[at + 1];
  if (!word || !isNameWord(word) || word.possessive || word.text.length < 3 || PLURAL.test(word.lower) || st.mentionAt[pi][at]) return null;
  if (!verb || verb.type !== 'word' || verb.cap || !(MODALS.has(verb.lower) || AUXILIARIES.has(verb.lower) || /[^e]ed$|[^s]s$/.test(verb.lower))) return null;
  // (a body's own "its" after it, before the description: "… at its Windsor plant, the company said";
  // "Revenue will rise 5 per cent, the company said" names no body)
  let owned = false;
  for (let k = at + 2; k < end && !owned; k++) owned = t[k].lower === 'its';
  if (!owned) return null;
  if (lowerWords(st).has(word.lower) || isCommonWord(word.lower)) return null;
  const body = st.table.get('organization', word.text);
  st.addMention(body, pi, at, at + 1, word.start, word.end);
  return body;
}

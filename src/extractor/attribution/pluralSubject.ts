/**
 * "Analysts at Pruett Brothers cut their rating. They said in a note …": a "they" that opens its
 * clause most often carries on the subject of the sentence before, when that subject is people
 * in the plural: the group its phrase names (made here when it has not spoken yet).
 */
import type { LocalActor } from '../actors';
import { isGroupHead } from '../lexicon/people';
import type { Sentence } from '../text';
import { eachSentenceBefore } from './documents';
import { phraseActor } from './groups';
import type { ArticleState } from './state';
import { DETERMINERS, isModifierWord, STOP_BACKWARD } from './words';

/** How many words before its head a plural subject may have: a determiner, a body's name, modifiers ("Goldman Sachs Group Inc. analysts"). */
const SUBJECT_REACH = 6;
/** Prepositions that count the people after them: "About 150 people", "Over 200 residents". */
const COUNTING_PREPOSITIONS = new Set(['about', 'over', 'under']);
/** Prepositions that tie a group to its body: "analysts at Morrow & Pike", "economists with the bank". */
const BODY_LINKS = new Set(['at', 'with', 'from', 'of']);

/** The group that opens the sentence before sentence `s` (paragraph `pi`) as its subject; null when that sentence opens otherwise. */
export function previousPluralSubject(st: ArticleState, pi: number, s: Sentence): LocalActor | null {
  let found: LocalActor | null = null;
  eachSentenceBefore(st, pi, s, 1, (para, sent) => {
    const t = st.paragraphs[para].tokens;
    const at = st.mentionAt[para];
    let head = sent.from;
    // up to the head: a determiner first, then capitalised words (a body's name) and modifiers
    while (head < sent.to && head - sent.from < SUBJECT_REACH) {
      const w = t[head];
      if (w.type !== 'word' || isGroupHead(w.lower)) break;
      // ("For investors in these firms, it is hard …": a preposition opening the sentence, capitalised there, names no one;
      // "About 150 people gathered": one that counts does)
      if (STOP_BACKWARD.has(w.lower) && !COUNTING_PREPOSITIONS.has(w.lower)) return true;
      if (!(w.cap || isModifierWord(w) || (head === sent.from && DETERMINERS.has(w.lower)))) break;
      head++;
    }
    const w = head < sent.to ? t[head] : undefined;
    if (!w || w.type !== 'word' || w.possessive || !isGroupHead(w.lower)) return true;
    const spoken = at[head];
    if (spoken?.actor.kind === 'group') return ((found = spoken.actor), true);
    // "Analysts at Pruett Brothers": the body it works for goes on the phrase
    let to = head + 1;
    const link = t[to];
    if (link && BODY_LINKS.has(link.lower)) {
      const named = at[t[to + 1]?.lower === 'the' ? to + 2 : to + 1];
      if (named && named.actor.kind !== 'group') to = named.to;
    }
    found = phraseActor(st, para, t, { from: sent.from, to }, w);
    return true;
  });
  return found;
}

/**
 * Part of the resolution of words that point back (see ./anaphora and ./descriptionAnaphora): the
 * walk over the mentions before a pronoun or a description, nearest sentence first, within how
 * far back each looks, and the sentence that holds a token.
 */
import type { LocalMention } from '../actors';
import type { Paragraph, Sentence } from '../text';
import type { ArticleState } from './state';

/** How far back a pronoun or description looks, in sentences (a paragraph break counts as none). */
export const PRONOUN_REACH = 6;
export const DESCRIPTION_REACH = 30;
/** The most tokens one walk reads: thirty sentences of news are some 1,000. */
const WALK_TOKENS = 3000;

/**
 * Calls `visit` with each mention before token `before` of sentence `s` (paragraph `pi`) and how
 * many sentences back it stands (0: the same sentence, visited right to left; earlier ones left
 * to right), up to `reach` sentences back, until it returns true.
 */
export function walkBack(st: ArticleState, pi: number, s: Sentence, before: number, reach: number, visit: (m: LocalMention, depth: number) => boolean): void {
  const at = st.mentionAt[pi];
  let last: LocalMention | undefined;
  // (at most WALK_TOKENS tokens read in all: a run-on sentence of thousands of "and he said …"
  // must not read back to its start for each pronoun)
  let budget = WALK_TOKENS;
  for (let i = before - 1; i >= s.from; i--) {
    if (--budget < 0) return;
    const m = at[i];
    if (m && m !== last && visit((last = m), 0)) return;
  }
  let para = pi;
  let si = sentenceIndex(st.paragraphs[pi].sentences, s.from) - 1;
  for (let depth = 1; depth <= reach; depth++) {
    while (si < 0) {
      if (--para < 0) return;
      const p: Paragraph = st.paragraphs[para];
      si = p.kind === 'body' ? p.sentences.length - 1 : -1;
    }
    const sent = st.paragraphs[para].sentences[si--];
    const pat = st.mentionAt[para];
    if ((budget -= sent.to - sent.from) < 0) return;
    for (let i = sent.from; i < sent.to; i++) {
      const m = pat[i];
      if (m && m !== last && visit((last = m), depth)) return;
    }
  }
}

/**
 * The index of the sentence holding token `i` among a paragraph's sentences (in text order), by
 * binary search: a paragraph may hold thousands of sentences.
 */
export function sentenceIndex(sentences: Sentence[], i: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].from <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

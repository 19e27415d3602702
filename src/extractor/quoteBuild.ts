/**
 * Part of the article analysis (see ./analyze): a quote built from its words, its source phrase
 * and its cue — the speaker resolved from the phrase unless given, and the span of the speaker's
 * mention without a final possessive.
 */
import { type Paragraph, type Sentence, type Token } from './text';
import type { Span } from './types';
import { buildQuoteFrom } from './attribution/contentQuote';
import { resolveNp } from './attribution/resolution';
import { ArticleState, type LocalQuote, type Np } from './attribution/state';

/** The text span of a phrase, without a final possessive ’s. */
export function npSpan(st: ArticleState, t: Token[], np: Np): Span {
  return st.span(t[np.from].start, t[np.to - 1].possessive ? t[np.to - 1].end - 2 : t[np.to - 1].end);
}

/** Whether tokens [from, to) are a lone "yes" or "no", maybe before a full stop. */
function shortAnswer(t: Token[], from: number, to: number): boolean {
  const w = t[from]?.lower;
  return (w === 'yes' || w === 'no') && (to === from + 1 || (to === from + 2 && t[from + 1].text === '.'));
}

/** A quote whose speaker is the source phrase `np`, resolved here unless given. */
export function buildQuote(st: ArticleState, pi: number, p: Paragraph, s: Sentence, from: number, to: number, np: Np, cue: Span, cls: LocalQuote['cueClass'],
  speaker = resolveNp(st, pi, p, s, np)): LocalQuote | null {
  const t = p.tokens;
  const mention = st.span(t[np.from].start, t[np.to - 1].possessive ? t[np.to - 1].end - 2 : t[np.to - 1].end);
  // "Asked whether …, Mayfield said no. “…,” she said": a lone yes or no reports nothing, but the
  // one who gave it answered, and is the speaker the next pronoun goes on with
  if (speaker?.kind === 'person' && shortAnswer(t, from, Math.min(to, s.to))) st.noteSpeaker({ speaker, mention, cue, para: pi, sentence: st.sentenceSerial });
  return buildQuoteFrom(st, p, s, from, to, speaker, mention, cue, cls);
}

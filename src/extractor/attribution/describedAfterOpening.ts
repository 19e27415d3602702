/**
 * "Asked about Andersson, the GM was more enthusiastic. “He's a right shot …,” he said": a pronoun
 * right after a sentence whose main clause opens, past a phrase of questioning, on a definite person
 * description continues that description, never the person the question was about.
 */
import { genderOfPronoun } from '../gender';
import type { LocalActor } from '../actors';
import type { Paragraph, Sentence } from '../text';
import { sentenceIndex } from './antecedents';
import { genderOf } from './genderAgreement';
import type { ArticleState, Np } from './state';
import { describedHead } from './words';

/**
 * Participles of questioning that open a sentence ("Asked about Andersson,", "Pressed on the
 * deficit,"): the one they name is the topic. (A clause of time may name the subject itself:
 * "When the moderator pointed out that Trump had not answered, the candidate said …".)
 */
const OPENERS = new Set(['asked', 'pressed', 'questioned', 'quizzed']);

/**
 * The person the description of the sentence before `s` (in its paragraph, or the last of the
 * paragraph before when `s` opens its own) stands for, when that sentence is "Asked about …, the
 * [up to two modifiers] NOUN VERB …" and the person agrees with `pronoun`; null when the sentence
 * has that shape but the description finds no one (the pronoun is that unnamed person's);
 * undefined when the sentence has no such shape. `resolve` resolves a source phrase (resolveNp).
 */
export function subjectAfterOpening(st: ArticleState, pi: number, p: Paragraph, s: Sentence, pronoun: string, resolve: (pi: number, p: Paragraph, s: Sentence, np: Np) => LocalActor | null): LocalActor | null | undefined {
  const si = sentenceIndex(p.sentences, s.from);
  const para = si > 0 ? pi : pi - 1;
  const q = st.paragraphs[para];
  if (!q || (si === 0 && s.from !== 0)) return undefined;
  const before = si > 0 ? p.sentences[si - 1] : q.sentences[q.sentences.length - 1];
  if (!before) return undefined;
  const t = q.tokens;
  if (!OPENERS.has(t[before.from]?.lower ?? '') || q.inQuote[before.from]) return undefined;
  let comma = before.from + 1;
  while (comma < before.to && comma - before.from <= 12 && t[comma].type === 'word') comma++;
  if (t[comma]?.text !== ',' || t[comma + 1]?.lower !== 'the') return undefined;
  // (the description may end in an office's initials: "the GM", "the CEO")
  const h = describedHead(t, comma + 1, before.to, true);
  if (h < 0) return undefined;
  const a = resolve(para, q, before, { from: comma + 1, to: h + 1 });
  if (!a || a.kind !== 'person') return null;
  const gender = genderOfPronoun(pronoun);
  const held = genderOf(st, a);
  return !gender || !held || held.gender === gender ? a : undefined;
}

/**
 * A transcript's labelled turn that reports what a third person said ("KAPELOS: The budget
 * officer, Yves Giroux, said this week your projection is "not credible." He says it could be
 * $20 billion higher. Is he wrong?"): the reported sentences are that person's quotes, and only
 * the rest of the turn is the labelled speaker's own words (asked by ./analyze for each answer of
 * a Q&A layout; see interviewAnswer in ./attribution/quotations).
 */
import { CUE_FORMS } from './cues';
import type { Paragraph } from './text';
import type { ArticleState, LocalQuote } from './attribution/state';
import { attributeSentence } from './attributeSentence';
import { trimEnd } from './attribution/contentQuote';

/** Pronouns as a source: a third person's only when that one was named in the turn before. */
const PRONOUNS = new Set(['i', 'we', 'you', 'me', 'us', 'he', 'she', 'it', 'they', 'him', 'her', 'them']);

/**
 * The quotes of labelled turn `answer` (paragraph `pi`): where a sentence of the turn holds a cue
 * whose source resolves to a person or body other than the labelled speaker (no group), named (or
 * by a pronoun, one the turn named reporting before), that sentence's quotes are that someone's and the turn's quote keeps the other
 * sentences (each run of them a quote, the later ones continuing it); else the turn whole. Each
 * sentence is attributed at most once, and only in a turn that holds a cue word at all; the
 * article's sentence count (`sentenceSerial`) moves past the turn either way.
 */
export function answerWithReports(st: ArticleState, pi: number, p: Paragraph, answer: LocalQuote): LocalQuote[] {
  const t = p.tokens;
  let cue = false;
  for (let i = 0; i < t.length && !cue; i++) cue = t[i].type === 'word' && !t[i].cap && CUE_FORMS.has(t[i].lower);
  if (!cue) {
    st.sentenceSerial += p.sentences.length;
    return [answer];
  }
  const from = st.quotes.length;
  for (const s of p.sentences) {
    st.sentenceSerial++;
    attributeSentence(st, pi, p, s);
  }
  const reports: LocalQuote[] = [];
  for (const q of st.quotes.splice(from)) {
    if (!q.speaker || q.speaker === answer.speaker || !q.cue || !q.speakerMention || q.start < answer.start) continue;
    // ("A: The scientists told us the stock is shrinking": a group the speaker heard from is the
    // speaker's own account, whom no reader would quote by that group's name)
    if (q.speaker.kind === 'group') continue;
    // (a pronoun only for someone the turn has reported already: "He says …" after "Yves Giroux said";
    // "It does say advise and consent", "They must say …" in an answer are the speaker's own reading)
    const said = st.text.slice(q.speakerMention.start, q.speakerMention.end).toLowerCase();
    if (!PRONOUNS.has(said) || reports.some((r) => r.speaker === q.speaker)) reports.push(q);
  }
  if (!reports.length) return [answer];
  const out: LocalQuote[] = [...reports];
  let runStart = -1;
  let runEnd = -1;
  const close = (): void => {
    if (runStart < 0) return;
    const end = trimEnd(st.text, runStart, runEnd);
    out.push({ start: runStart, end, text: st.text.slice(runStart, end), kind: 'direct', speaker: answer.speaker, speakerMention: answer.speakerMention, cue: answer.cue, continuation: out.length > reports.length, pieces: undefined, cueClass: answer.cueClass });
    runStart = -1;
  };
  for (const s of p.sentences) {
    const start = Math.max(t[s.from].start, answer.start);
    const end = t[s.to - 1].end;
    if (end <= answer.start) continue;
    // (a sentence holding a reported cue is the third person's)
    if (reports.some((q) => q.cue!.start >= start && q.cue!.end <= end)) close();
    else {
      if (runStart < 0) runStart = start;
      runEnd = end;
    }
  }
  close();
  return out.sort((a, b) => a.start - b.start);
}

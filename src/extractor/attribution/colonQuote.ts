/**
 * Part of stage 3 of attribution (see ./content): a quotation introduced by a colon after a named
 * person and a few words that are no speech verb ("Montreal coach Martin St. Louis was more
 * blunt: “That's on us.”", "Mayor Ana Ruiz put it simply: “…”"). The colon is the cue: the
 * quotation is that person's.
 */
import { firstQuoteFrom, type Paragraph, type Sentence } from '../text';
import { trimEnd } from './contentQuote';
import type { ArticleState, LocalQuote } from './state';
import { STOP_BACKWARD } from './words';

/** Words at most between the person's name and the colon: a short predicate, not a clause of its own. */
const LEAD_IN_WORDS = 8;
/** Verbs by which a person shows words that are not theirs: "read the sign: “…”", "held a placard: “…”". */
const SHOWING = new Set(['read', 'reads', 'held', 'holds', 'showed', 'shows', 'displayed', 'wore', 'carried', 'pointed', 'quoted', 'cited', 'recited']);

/**
 * The quote of sentence `s` (paragraph `pi`) whose quotation opens right after a colon, when the
 * words before the colon are a person's name (with a role before it) and a short predicate with
 * no punctuation and no other name; null otherwise. Only for a sentence where no cue made a quote.
 */
export function colonQuotation(st: ArticleState, pi: number, p: Paragraph, s: Sentence): LocalQuote | null {
  const t = p.tokens;
  const qi = firstQuoteFrom(p.quotes, s.from);
  const qm = qi < p.quotes.length ? p.quotes[qi] : undefined;
  if (!qm || qm.open >= s.to || qm.open < s.from + 3) return null;
  const colon = qm.open - 1;
  if (t[colon].text !== ':' || p.inQuote[colon]) return null;
  // the subject: the first person mentioned, with only the words of a noun phrase before it
  // ("Montreal coach …", "The Slate technology columnist …", "As Professor …"; not "The list of
  // guests for Mayor Ana Ruiz was long:")
  const at = st.mentionAt[pi];
  let j = s.from;
  if (t[j].lower === 'as') j++;
  while (j < colon && at[j]?.actor.kind !== 'person' && t[j].type === 'word' && (t[j].cap || (!STOP_BACKWARD.has(t[j].lower) && t[j].lower !== 'of'))) j++;
  // "The institute's director, Dr. Samuel Ortega, put it bluntly:": the name in an appositive after the noun phrase
  // (a title may stand before the name: "Dr.")
  let comma = -1;
  if (t[j].text === ',' && j > s.from) {
    comma = j++;
    while (j < colon && !at[j] && t[j].cap && j - comma <= 3) j++;
    if (at[j]?.actor.kind !== 'person' || t[at[j]!.to]?.text !== ',') return null;
  }
  const m = at[j];
  if (!m || m.actor.kind !== 'person') return null;
  // the predicate starts after the name, or after an appositive set off by commas ("Ortega, the
  // institute's director, put it …"; in the form above, after the name's closing comma)
  let from = m.to;
  if (t[from].text === ',') {
    from++;
    if (comma < 0) {
      while (from < colon && t[from].text !== ',' && from - m.to <= LEAD_IN_WORDS) from++;
      if (t[from]?.text !== ',') return null;
      from++;
    }
  }
  // then a short predicate of words only: "was more blunt", "put it simply", "had a message for
  // them"; not one that shows a thing's words ("read the sign:")
  let words = 0;
  for (let k = from; k < colon; k++) {
    if (t[k].type !== 'word' || at[k] || t[k].cap) return null;
    words++;
  }
  if (words === 0 || words > LEAD_IN_WORDS || SHOWING.has(t[from].lower)) return null;
  const end = trimEnd(st.text, qm.start, qm.end);
  if (end <= qm.start) return null;
  return {
    start: qm.start,
    end,
    text: '',
    kind: 'direct',
    speaker: m.actor,
    speakerMention: st.span(m.start, m.end),
    cue: st.span(t[colon].start, t[colon].end),
    continuation: false,
    pieces: undefined,
    cueClass: 'speech',
  };
}

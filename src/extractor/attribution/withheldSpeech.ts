/**
 * Part of stage 3 of attribution (see ./content), used by ./clauseAfterCue: speech a source
 * withholds, which reports no content — a refusal's infinitive ("declined to give details",
 * "refused to say who …") and a negated cue before an embedded question ("did not say whether …").
 */
import { CUE_FORMS, VERB_FILLERS, type CueInfo } from '../cues';
import { type Token } from '../text';
import { isLyAdverb } from './words';

/**
 * A speech verb in the infinitive at token `k` ("to" there) that reports nothing: "declined to
 * comment", "promised to explain"; after a refusal ("declined to say whether …", "refused to say
 * that …") whatever follows was withheld, not said. A quotation or a colon after it is still
 * what was said ("refused to say the words “…”").
 */
export function withheldInfinitive(t: Token[], k: number, end: number, info: CueInfo): boolean {
  const verb = t[k + 1];
  if (verb && REFUSALS.has(info.lemma) && (withheldInformation(t, k + 1, end) || (TALKED_OF.has(verb.lower) && !quotationAfter(t, k + 2, end)))) return true;
  if (!verb || !CUE_FORMS.has(verb.lower) || CUE_FORMS.get(verb.lower)?.cls !== 'speech') return false;
  const refused = REFUSALS.has(info.lemma) && WITHHELD.has(CUE_FORMS.get(verb.lower)!.lemma);
  for (let j = k + 2; j < end; j++) {
    const x = t[j];
    if (x.type === 'open' || x.type === 'ambiguous' || x.text === ':' || (!refused && (x.lower === 'that' || QUESTION_OPENERS.has(x.lower)))) return false;
  }
  return true;
}
/** Verbs of talking about something that are no cues: "refused to discuss reports of tension", "declined to name the buyer". */
const TALKED_OF = new Set(['discuss', 'address', 'divulge', 'identify', 'name', 'detail']);

/** Whether a quotation or a colon stands in [from, end): what was said after all ("refused to discuss it: “…”"). */
function quotationAfter(t: Token[], from: number, end: number): boolean {
  for (let q = from; q < end; q++) if (t[q].type === 'open' || t[q].type === 'ambiguous' || t[q].text === ':') return true;
  return false;
}

/** Verbs that hand over what a refusal withholds: "declined to give details", "refused to provide a timeline". */
const GIVING = new Set(['give', 'provide', 'offer', 'release', 'share', 'put', 'go']);
/** What a source gives when it speaks: details, a date, figures, a reason (after GIVING, maybe past a determiner and a word). */
const INFORMATION = new Set(['details', 'detail', 'specifics', 'figures', 'figure', 'numbers', 'number', 'date', 'dates', 'timeline', 'timetable', 'timeframe', 'reason', 'reasons', 'estimate', 'estimates', 'information', 'breakdown', 'names', 'name', 'explanation', 'comment', 'comments', 'update', 'answer', 'answers']);

/**
 * Whether the infinitive at token `v` (after "declined to", "refused to") hands over information,
 * so that what follows was withheld: "to give details of the talks", "to provide a date for the
 * vote", "to put a figure on the cost", "to go into detail" (a quotation after it is still words).
 */
function withheldInformation(t: Token[], v: number, end: number): boolean {
  if (!GIVING.has(t[v].lower)) return false;
  // the object's head within three words: "a date", "any further details", "into detail"
  for (let j = v + 1; j < end && j <= v + 4 && t[j].type === 'word' && !t[j].cap; j++) {
    if (INFORMATION.has(t[j].lower)) return !quotationAfter(t, j + 1, end);
  }
  return false;
}

/** Verbs of refusal: what their speech infinitive would have reported was not said. */
const REFUSALS = new Set(['decline', 'refuse']);
/**
 * Speech verbs that give information, which a refusal withholds ("declined to say who …"); not
 * those that take a stand, where refusing is one too ("declined to concur", "refused to admit that …").
 */
const WITHHELD = new Set(['say', 'tell', 'comment', 'answer', 'explain', 'elaborate', 'specify', 'disclose', 'reveal', 'confirm', 'state', 'respond', 'reply', 'describe', 'indicate', 'clarify']);
/** Words that negate a verb before it: "not", "never", "hasn't", "wouldn’t". */
const NEGATION = /^(?:not|never)$|n[’']t$/;

/**
 * Whether the cue whose tokens end before `from` (`info` its entry, maybe with a particle after
 * it) is negated: "not", "never" or an auxiliary in -n't among the auxiliaries and adverbs before it.
 */
export function negatedCue(t: Token[], from: number, info: CueInfo, sentenceFrom: number): boolean {
  let k = from - 1;
  // ("did not point out …": the particle)
  if (k > sentenceFrom && CUE_FORMS.get(t[k].lower)?.lemma !== info.lemma) k--;
  for (k--; k >= sentenceFrom && t[k].type === 'word' && !t[k].cap; k--) {
    if (NEGATION.test(t[k].lower)) return true;
    if (!VERB_FILLERS.has(t[k].lower) && !isLyAdverb(t[k])) return false;
  }
  return false;
}

/** Words that open an embedded question: "whether …", "why …", "who …". */
export const QUESTION_OPENERS = new Set(['whether', 'if', 'what', 'why', 'how', 'who', 'when', 'where', 'which']);

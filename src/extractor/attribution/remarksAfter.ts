/**
 * Part of stage 3 of attribution (see ../attributeSentence): a sentence right after a quotation
 * that names its speaker with no verb of speech, "“…” Tourism Minister Caroline Proulx made the
 * comments at a news conference.", "“…” That is how councillor Alan DeSousa put it.", "“…”
 * Premier Tim Houston was speaking in Halifax." The quotation before is that person's, not the
 * previous speaker's carried on (see claimQuotationBefore).
 */
import type { Sentence, Token } from '../text';
import type { Np } from './state';
import { npForward } from './sourceAfter';

/** What a speaker "made" that names the quotation before: "made the comments", "made those remarks". */
const REMARK_NOUNS = new Set(['comment', 'comments', 'remark', 'remarks']);
const REMARK_DETERMINERS = new Set(['the', 'those', 'these', 'his', 'her', 'their']);
/** "was speaking at …", "was responding to …": a speaker's occasion told after their words. */
const OCCASION_VERBS = new Set(['speaking', 'responding', 'testifying']);
/** "That is how X put it", "… described the building": a manner of saying after "how". */
const HOW_VERBS = new Set(['put', 'described', 'summed', 'explained', 'framed', 'characterized', 'characterised']);
/** "That's" as the tokenizer may keep it, one word. */
const THATS = new Set(["that's", 'that’s']);
/** The most tokens of a relative clause or an appositive between the speaker and the verb ("Alan DeSousa, who sits in the opposition, put it"). */
const ASIDE_REACH = 12;

/**
 * The speaker phrase and the verb's index of sentence `s` when it names who spoke the quotation
 * that closes right before it (see the module comment); null otherwise. The sentence must open
 * after a closing mark; the phrase is read forward (npForward) and must end in a capitalised word.
 */
export function remarksSource(t: Token[], s: Sentence): { subject: Np; verb: number } | null {
  const close = s.from > 0 ? t[s.from - 1] : undefined;
  if (!close || (close.type !== 'close' && close.type !== 'ambiguous')) return null;
  let at = s.from;
  // "That is how", "That was how", "That's how"
  if (t[at]?.lower === 'that' && (t[at + 1]?.lower === 'is' || t[at + 1]?.lower === 'was') && t[at + 2]?.lower === 'how') at += 3;
  else if (THATS.has(t[at]?.lower ?? '') && t[at + 1]?.lower === 'how') at += 2;
  const how = at > s.from;
  const np = npForward(t, at, s.to);
  if (!np || !t[np.to - 1].cap || np.from === np.to) return null;
  let v = np.to;
  if (t[v]?.text === ',') {
    let k = v + 1;
    while (k < s.to && k - v <= ASIDE_REACH && t[k].text !== ',') k++;
    if (t[k]?.text !== ',') return null;
    v = k + 1;
  }
  const verb = t[v];
  if (!verb || verb.type !== 'word') return null;
  if (how) return HOW_VERBS.has(verb.lower) ? { subject: np, verb: v } : null;
  if (verb.lower === 'made' && REMARK_DETERMINERS.has(t[v + 1]?.lower ?? '') && REMARK_NOUNS.has(t[v + 2]?.lower ?? '')) return { subject: np, verb: v };
  if ((verb.lower === 'was' || verb.lower === 'is') && OCCASION_VERBS.has(t[v + 1]?.lower ?? '')) return { subject: np, verb: v + 1 };
  return null;
}

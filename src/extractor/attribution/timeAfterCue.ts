/**
 * Part of stage 3 of attribution (see ./content), used by ./clauseAfterCue, ./content and
 * ./cueDetection: the time words between a cue and its clause ("said on Friday he …", "says
 * tonight …"), past a programme's title that names a time ("told Sunday Morning Ledger …").
 */
import { DAYS_AND_MONTHS } from '../gazetteer';
import { isNameWord } from '../names';
import { monthAsName } from '../nameWords';
import { type Token } from '../text';
import { isTitleInMarks, TIME_WORDS } from './words';
import { closingMark } from './clauseBounds';

/** Words that open a time phrase after a cue: "on Friday", "last week", "early Monday". */
const TIME_PHRASE_LEADS = new Set(['on', 'last', 'this', 'next', 'early', 'late']);

/** "said on Friday he …", "says tonight he …": time words between a cue and its clause. */
export function skipTimeForward(t: Token[], k: number, end: number): number {
  let j = k;
  const timeWord = (w: Token | undefined): boolean => !!w && w.type === 'word' && (DAYS_AND_MONTHS.has(w.lower) || TIME_WORDS.has(w.lower));
  // a day's number only beside its month ("said March 14 that", "said 14 March"): "said 14 people died" counts people
  const dayNumber = (i: number): boolean => /^\d{1,2}$/.test(t[i]?.text ?? '') && (DAYS_AND_MONTHS.has(t[i - 1]?.lower ?? '') || DAYS_AND_MONTHS.has(t[i + 1]?.lower ?? ''));
  while (j < end) {
    // "said on Sunday Morning Ledger", "said on Morning Rounds Live": a time word in title case
    // before a name word is a programme's name, an adjunct that contentAfter reads from its start
    if (namedTime(t, j) || (TIME_PHRASE_LEADS.has(t[j].lower) && namedTime(t, j + 1))) return k;
    // ("said Jan Egeland", "said April Ryan": a month that is a given name before a name word is the speaker's)
    if (monthAsName(t, j, end, false)) break;
    if (timeWord(t[j]) || dayNumber(j)) j++;
    else if (TIME_PHRASE_LEADS.has(t[j].lower) && timeWord(t[j + 1])) j += 2;
    else break;
  }
  return j;
}

/**
 * "told CTV's “Question Period” on Sunday", "told “Sunday Ledger” that …": a programme's title in
 * quotation marks, all in capitalised words, is the one told, no content. Where the content search
 * goes on: after the title's closing mark, or `k` when there is none; `from` is where the cue ends.
 */
export function programmeTitleEnd(t: Token[], k: number, end: number, from: number): number {
  if (t[k]?.type !== 'open' && t[k]?.type !== 'ambiguous') return k;
  // right after the cue, a network's possessive or a lower-case noun ("the program"): not a headline's quoted words ("Told A Reporter Not To ‘Moan’")
  const before = t[k - 1];
  if (k !== from && !before.possessive && before.cap) return k;
  const close = closingMark(t, k, end);
  return close > 0 && isTitleInMarks(t, k, close) ? close + 1 : k;
}

/** A time word other than a day or a month capitalised before a name word: "Morning" in "Sunday Morning Ledger", "Tonight" in "Politics Tonight Live". */
function namedTime(t: Token[], i: number): boolean {
  const w = t[i];
  return !!w && w.type === 'word' && w.cap && TIME_WORDS.has(w.lower) && isNameWord(t[i + 1]);
}

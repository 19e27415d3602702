/**
 * Part of the content stage (see ./clauseAfterCue, ./content): a tally after a cue ("Marcus Quill
 * added 24 and …", "Leon Drai added two goals as …") is an object, a count of what someone did, and
 * neither the clause joined after it nor the words before the cue's subject are what was said.
 */
import type { Token } from '../text';
import { hasAuxiliary, NUMBER_WORDS, TIME_WORDS } from './words';

/**
 * Where a count that opens at token `k` ends, before `to`: at a joining word right after the number
 * and at most two nouns ("added 24 | and the Raptors pulled away", "added 11 points | as Edmonton
 * won"), the clause after it no part of the tally; `to` when none comes (not before another count,
 * "confirmed 14 adults and two children had died").
 */
export function countEnd(t: Token[], k: number, to: number): number {
  const j = tallyEnd(t, k, to);
  return j >= 0 && j < to && t[j].type === 'word' ? j : to;
}

/**
 * Whether a cue's words from token `k` are a tally, a count with at most two nouns that a joining
 * word or the clause's end follows ("Marcus Quill added 24 and …", "Leon Drai added two goals."): an
 * object, so the cue is no reporting clause of words before it. Not a time ("said two days later").
 */
export function tallyAt(t: Token[], k: number, to: number): boolean {
  return tallyEnd(t, k, to) >= 0;
}

/** The joining word or punctuation that ends a tally opening at token `k` (see tallyAt), or -1. */
function tallyEnd(t: Token[], k: number, to: number): number {
  const first = t[k];
  if (!first || first.type !== 'word' || !(/^\d+$/.test(first.text) || NUMBER_WORDS.has(first.lower))) return -1;
  let j = k + 1;
  while (j < to && j - k <= 2 && t[j].type === 'word' && !t[j].cap && !COUNT_JOINERS.has(t[j].lower) && !hasAuxiliary(t, j, j + 1)) {
    if (TIME_WORDS.has(t[j].lower) || TIME_UNITS.has(t[j].lower)) return -1;
    j++;
  }
  if (j >= to || t[j].text === ',' || t[j].text === '.' || t[j].text === ';') return j;
  const after = t[j + 1];
  return t[j].type === 'word' && COUNT_JOINERS.has(t[j].lower) && !(after && (/^\d/.test(after.text) || NUMBER_WORDS.has(after.lower))) ? j : -1;
}
/** Words that join a clause of its own right after a count. */
const COUNT_JOINERS = new Set(['and', 'as', 'while', 'when', 'before', 'after', 'but', 'since', 'because']);
/** Units of time a count may tell ("said two days later", "said 10 minutes ago"): no tally. */
const TIME_UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'weeks', 'months', 'years', 'decades', 'ago', 'times']);

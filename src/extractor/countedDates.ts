/**
 * A time counted from the event told before: "Two years later", "a month earlier", "3 days later".
 */
import { isoDay } from './datePatterns';
import type { ResolvedDate } from './dates';

const COUNTS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "Two years later", "a month earlier", "3 days later": a time counted from the event told before. */
const COUNTED_FROM_EARLIER = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (year|month|week|day)s? (later|earlier)\b/i;

/** What every match of COUNTED_FROM_EARLIER holds: a cheap test first, as most sentences count nothing. */
const LATER_OR_EARLIER = /later|earlier/i;

/** Where a sentence counts its time from the event told before ("Two years later"), or null. */
export function countedPhrase(sentence: string): { index: number; text: string } | null {
  if (!LATER_OR_EARLIER.test(sentence)) return null;
  const m = COUNTED_FROM_EARLIER.exec(sentence);
  return m ? { index: m.index, text: m[0] } : null;
}

/**
 * The date a sentence gives by counting from the event told before ("Two years later" after an
 * event of 2019 -> "2021"), at the precision both allow: years from any date, months from a month,
 * weeks and days from a day. `earlier` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the sentence
 * counts nothing or the earlier date is too coarse for its unit.
 */
export function countFromEarlier(sentence: string, earlier: string): ResolvedDate | null {
  const m = COUNTED_FROM_EARLIER.exec(sentence);
  if (!m) return null;
  const word = m[1].toLowerCase();
  // "a", "an" and "one" are one
  const n = (/^\d/.test(word) ? Number(word) : COUNTS.indexOf(word) + 1 || 1) * (m[3].toLowerCase() === 'later' ? 1 : -1);
  const unit = m[2].toLowerCase();
  const [y, mo, d] = earlier.split('-').map(Number);
  let date: string | null = null;
  if (unit === 'year') date = String(y + n);
  else if (unit === 'month' && mo) date = isoDay(new Date(Date.UTC(y, mo - 1 + n, 1))).slice(0, 7);
  else if (d) date = isoDay(new Date(Date.UTC(y, mo - 1, d + n * (unit === 'week' ? 7 : 1))));
  return date ? { date, text: m[0], index: m.index } : null;
}

/**
 * A time counted from the event told before: "Two years later", "a month earlier", "3 days later";
 * and a day counted from the day told before: "later in the day", "the next day", "the day before";
 * and the first day of an event of several days told by its last ("a two-day summit that ended on Friday").
 */
import { isoDay } from './datePatterns';
import type { ResolvedDate } from './chronoDates';

const COUNTS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "Two years later", "a month earlier", "3 days later": a time counted from the event told before. */
const COUNTED_FROM_EARLIER = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (year|month|week|day)s? (later|earlier)\b/i;

/** What every match of COUNTED_FROM_EARLIER holds: a cheap test first, as most sentences count nothing. */
const LATER_OR_EARLIER = /later|earlier/i;

/**
 * A day counted from the day told before, in words: "later in the day", "earlier that day", "the
 * same day" (that day), "the next day", "the following day" (one after), "the day before", "the
 * previous day" (one before). "the day after the vote" counts from the vote, so "the day
 * after/before" counts only at a clause's end, and "the same day that …" not at all. "day" in lower case only, as the cheap date-word
 * test (mayNameDateWords in ./dates) reads it.
 */
const DAY_COUNTED =
  /\b(?:(?:[Ll]ater|[Ee]arlier) (?:in the|that) day|[Tt]he same day(?!\s+(?:that|as|when|of)\b)|[Tt]he (?:next|following) day|[Tt]he (?:previous|preceding) day|[Tt]he day (?:after|before)(?=\s*(?:[,.;:]|$)))\b/;

/** Where a sentence counts its time from the event told before ("Two years later", "later in the day"), or null. */
export function countedPhrase(sentence: string): { index: number; text: string } | null {
  const day = DAY_COUNTED.exec(sentence);
  if (day) return { index: day.index, text: day[0] };
  if (!LATER_OR_EARLIER.test(sentence)) return null;
  const m = COUNTED_FROM_EARLIER.exec(sentence);
  return m ? { index: m.index, text: m[0] } : null;
}

/** Whether a sentence counts a day, not years, months or weeks, from the day told before: "later in the day", "the next day". */
export function countsDay(sentence: string): boolean {
  return DAY_COUNTED.test(sentence);
}

/**
 * The date a sentence gives by counting from the event told before ("Two years later" after an
 * event of 2019 -> "2021"), at the precision both allow: years from any date, months from a month,
 * weeks and days from a day. `earlier` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the sentence
 * counts nothing or the earlier date is too coarse for its unit.
 */
export function countFromEarlier(sentence: string, earlier: string): ResolvedDate | null {
  const day = DAY_COUNTED.exec(sentence);
  if (day) {
    const [y, mo, d] = earlier.split('-').map(Number);
    if (!d) return null;
    const shift = /next|following|after/.test(day[0]) ? 1 : /previous|preceding|before/.test(day[0]) ? -1 : 0;
    return { date: isoDay(new Date(Date.UTC(y, mo - 1, d + shift))), text: day[0], index: day.index };
  }
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

/** A span of days before the event word: "a two-day summit", "the three-day talks". */
const DAYS_LONG = /\b(two|three|four|five|six|seven|[2-9])-day\s+(?:[\w’'-]+\s+){0,2}$/i;
/** Its end told after the event word, before the date: "that ended in Brussels on Friday", "closed on Sunday". */
const ENDED = /^[^.;]{0,60}?\b(?:ended|closed|concluded|wrapped up|finished)\b/i;

/**
 * An event of several days is dated by its first: "the two-day summit that ended in Brussels on
 * Friday" began on Thursday, as another article's "a two-day summit on Thursday" has it. Returns the
 * day its date words name moved back to the first, or the date as it was.
 */
export function firstDayOfSpan(dated: string, eventAt: number, date: { date: string; index: number }): string {
  if (date.date.length !== 10 || date.index < eventAt) return date.date;
  const span = DAYS_LONG.exec(dated.slice(Math.max(0, eventAt - 40), eventAt));
  if (!span || !ENDED.test(dated.slice(eventAt, date.index))) return date.date;
  const days = COUNTS.indexOf(span[1].toLowerCase()) + 1 || Number(span[1]);
  const [y, mo, d] = date.date.split('-').map(Number);
  return isoDay(new Date(Date.UTC(y, mo - 1, d - (days - 1))));
}

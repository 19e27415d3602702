/**
 * Date patterns and helpers shared by the stages that read dates: month names as the article's
 * header (publishedDate.ts) and its sentences (dates.ts) spell them, the clock and zone refiners
 * both leave out of chrono, and the two-byte and ISO-day forms both work in.
 */

/** The twelve month names in full, as a regular-expression alternation. */
export const FULL_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A capitalised month name in full, as a whole word. */
export const FULL_MONTH = new RegExp(`\\b(?:${FULL_MONTHS})\\b`);
/** A month name in full or abbreviated with its full stop ("Sept."), as a regular-expression alternation. */
export const MONTH = `(?:${FULL_MONTHS}|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`;
/** A month abbreviated without its full stop ("Apr", "Sept"): a date word only beside a day's number. */
export const SHORT_MONTH = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** A day of the week in full, capitalised. */
export const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
/** chrono's refiners of clock times and time zones: news dates are days, not hours. */
export const CLOCK_AND_ZONE = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner']);

/**
 * The same characters in two-byte form. V8 compiles a regular expression once for each form of
 * string it runs on, and about half of news articles are one-byte text (Latin-1 only): giving every
 * date and event pattern (chrono's among them) two-byte text compiles each of them once.
 */
export function twoByte(text: string): string {
  return ('\u0100' + text).slice(1);
}

/** A date's day as `YYYY-MM-DD` (UTC). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A day that dates the event word after it: "Monday's hearing", "the July 12 general election", "a two-day hearing". */
export const DAY_BEFORE = `(?:${WEEKDAY}['’]s|${MONTH} \\d{1,2}(?:,? (?:19|20)\\d{2})?|(?:one|two|three|four|five|\\d)-day)`;

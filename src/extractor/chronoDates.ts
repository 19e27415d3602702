/**
 * chrono-node as the date resolver uses it (./dates): the English parsers chosen per window of text
 * by the date words in it (PARSER_GROUPS, PARSER_NEEDS), and the first date chrono reads in a
 * window resolved against the reference day, kept only as precise as the text or the reference
 * makes it and turned back a year or a week where the tense (./dateTense) puts it behind.
 */
import * as chrono from 'chrono-node';
import { CLOCK_AND_ZONE, isoDay, MONTH, SHORT_MONTH } from './datePatterns';
import type { Tense } from './dateTense';
import { spelledCase } from './spelledCase';

export const MONTH_NAME = new RegExp(MONTH);
/** An abbreviated month without its full stop beside a day's number ("Apr 22", "22 Apr 2025"). */
export const SHORT_MONTH_BY_DAY = `${SHORT_MONTH}(?=\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)|\\d{1,2}(?:st|nd|rd|th)?\\s${SHORT_MONTH}(?=\\s+(?:19|20)\\d{2}\\b)`;
/** A month name in lower case is a verb or a modal ("may", "march"), whatever chrono makes of it. */
const LOWER_CASE_MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
const DAY = 86_400_000;

/**
 * chrono's English parsers, grouped by the words that call for them. A sentence runs only the
 * groups its date words need: each parser's pattern is large, costly to compile and to run, and
 * most sentences need one or two of them. Clock times, slash dates and time zones are left out:
 * news events are days, not hours.
 */
const PARSER_GROUPS: Array<{ words: RegExp; parsers: string[] }> = [
  { words: new RegExp(`\\b${MONTH}|${SHORT_MONTH_BY_DAY}`, 'i'), parsers: ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENYearMonthNameParser'] },
  { words: /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i, parsers: ['ENWeekdayParser'] },
  { words: /\b(?:yesterday|today|tomorrow|tonight)\b/i, parsers: ['ENCasualDateParser'] },
  { words: /\b(?:last|next|this|coming) (?:week|month|year|weekend)\b/i, parsers: ['ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser'] },
  { words: /\bago\b/i, parsers: ['ENTimeUnitAgoFormatParser'] },
];
/** The start of every month name chrono knows ("Sept.", "june"), in its case-insensitive patterns. */
const MONTH_START = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** chrono's number words and figures before a time unit ("two", "a few", "half an"), as its NUMBER_PATTERN (chrono-node 2.10). */
const CHRONO_NUMBER =
  '(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\\.[0-9]+|' +
  'half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)';
/** chrono's time units ("weeks", "hrs", "d"), as its pattern spells them (chrono-node 2.10). */
const CHRONO_UNIT = '(?:(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y))';
/**
 * What must stand in a text for these parsers to find anything in it: the start of their pattern
 * (chrono-node 2.10) up to the first letter of the month, or up to the time unit and a character
 * that may follow it (a non-word character, a figure, or a letter opening "and" or a number).
 * Their patterns are the costliest to compile and run, and news text seldom has what they read
 * ("2016 March", "24th of May", "after two weeks"): a window without it skips the parser, with the
 * same results.
 */
export const PARSER_NEEDS: ReadonlyMap<string, RegExp> = new Map([
  ['ENYearMonthNameParser', new RegExp(`(?:\\d{4}|\\d\\s{0,2}(?:BE|AD|BC|BCE|CE))(?:\\s*[-.\\/,]?\\s*|\\s+of\\s+)${MONTH_START}`, 'i')],
  // a day before the month: figures, or the end of an ordinal word ("twenty-first", "thirteenth")
  [
    'ENMonthNameLittleEndianParser',
    new RegExp(
      `(?:\\d(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)` +
        `(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})${MONTH_START}`,
      'i',
    ),
  ],
  ['ENTimeUnitCasualRelativeFormatParser', new RegExp(`(?:this|last|past|next|after|\\+|-)\\s*(?:(?:about|around)\\s{0,3})?${CHRONO_NUMBER}\\s{0,3}${CHRONO_UNIT}(?![bdgijklmpqruvwxyz_])`, 'i')],
]);
const refiners = chrono.en.casual.refiners.filter((r) => !CLOCK_AND_ZONE.has(r.constructor.name));

/**
 * A chrono parser whose pattern runs without the `i` flag, its letters spelled in both cases
 * (./spelledCase): the same matches, its large patterns compiled at a fraction of the cost
 * (-64 M instructions over 100 dev articles).
 */
export function spelledParser(parser: chrono.Parser): chrono.Parser {
  const own: chrono.Parser = Object.create(parser);
  own.pattern = (context) => spelledCase(parser.pattern(context));
  return own;
}

const parserByName = new Map(chrono.en.casual.parsers.map((p) => [p.constructor.name, spelledParser(p)]));
// "ago" in its strict form (no "3 hrs ago" abbreviations): the casual pattern costs ~50 ms to compile
for (const p of chrono.en.strict.parsers) if (p.constructor.name === 'ENTimeUnitAgoFormatParser') parserByName.set(p.constructor.name, spelledParser(p));
/** The parsers of PARSER_GROUPS in order, as parserFor numbers them. */
const PARSERS_IN_GROUPS = PARSER_GROUPS.flatMap((g) => g.parsers);
const chronoFor = new Map<number, chrono.Chrono>();

/** The parsers a window of text needs; all date parsers when names were lost (a minified build without keepNames). */
function parserFor(window: string): chrono.Chrono {
  // one bit per parser of PARSERS_IN_GROUPS: a number, not a list, names the parsers a window needs
  let key = 0;
  for (let g = 0, bit = 1; g < PARSER_GROUPS.length; g++) {
    const { words, parsers } = PARSER_GROUPS[g];
    if (!words.test(window)) {
      bit <<= parsers.length;
      continue;
    }
    for (const name of parsers) {
      if (PARSER_NEEDS.get(name)?.test(window) ?? true) key |= bit;
      bit <<= 1;
    }
  }
  let parser = chronoFor.get(key);
  if (!parser) {
    const wanted = PARSERS_IN_GROUPS.filter((_, i) => key & (1 << i)).map((n) => parserByName.get(n)).filter((p) => p !== undefined);
    const all = chrono.en.casual.parsers;
    chronoFor.set(key, (parser = new chrono.Chrono({ parsers: wanted.length ? wanted : all, refiners })));
  }
  return parser;
}

export interface ResolvedDate {
  date: string;
  text: string;
  index: number;
  /**
   * Set when a bare weekday was placed nearest to a date the text only mentions (`approximate`):
   * the tense of its sentence, so the caller can check the guess against the text's other weekdays.
   */
  nearest?: Tense;
}

/** The first date chrono reads in the window that does not end before `from` (the date words looked for). */
export function resolveIn(window: string, reference: string | null, tense: Tense, approximate: boolean, from: number): ResolvedDate | null {
  const ref = reference ? referenceAt(reference) : undefined;
  const results = parserFor(window).parse(window, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: tense === 'future' });
  for (const r of results) {
    if (r.index + r.text.length <= from) continue;
    const c = r.start;
    // without a reference only a date that names its year can be trusted
    if (!ref && !/\b(?:19|20)\d{2}\b/.test(r.text)) continue;
    if (LOWER_CASE_MONTH.test(r.text)) continue;
    // "May, 60" is a person and an age, not May 1960: a year counts only in four digits
    if (c.isCertain('year') && MONTH_NAME.test(r.text) && !/\b\d{4}\b/.test(r.text)) continue;
    // chrono fills unknown parts from the reference: keep only what the text or the reference fixes
    const d = c.date();
    if (!Number.isFinite(d.getTime())) continue;
    const weekday = c.get('weekday') !== null && c.get('weekday') !== undefined;
    const bareWeekday = weekday && !c.isCertain('day') && !/\b(?:next|last|this|coming)\b/i.test(r.text);
    if (approximate && ref && bareWeekday) {
      // the reference is only a date the text mentions, not the article's own: the weekday is the
      // one nearest to it, whichever side, as the article runs within days of its latest date
      const shift = (((c.get('weekday')! - ref.getUTCDay()) % 7) + 7) % 7;
      const day = new Date(ref.getTime() + (shift > 3 ? shift - 7 : shift) * DAY);
      return { date: isoDay(day), text: r.text, index: r.index, nearest: tense };
    }
    // chrono looks forward or to the nearest date; a past event's weekday or month lies behind
    // (a day a week ahead or less is a dateline or a time zone away, not last year)
    if (tense === 'past' && ref && isoDay(d) > referenceDay && !c.isCertain('year')) {
      if (c.isCertain('day') && c.isCertain('month')) {
        if (d.getTime() - ref.getTime() > 7 * DAY) d.setUTCFullYear(d.getUTCFullYear() - 1);
      } else if (c.isCertain('month')) d.setUTCFullYear(d.getUTCFullYear() - 1);
      else if (weekday && !/\b(?:next|this|coming)\b/i.test(r.text)) d.setUTCDate(d.getUTCDate() - 7);
    }
    // "ahead of the April primary" written in April: the month under way, not next year's (chrono,
    // looking forward from a day inside the month, skips to the next one); "next November" is next year's
    if (tense === 'future' && ref && c.isCertain('month') && !c.isCertain('day') && !c.isCertain('year') && d.getUTCMonth() === ref.getUTCMonth() && d.getUTCFullYear() === ref.getUTCFullYear() + 1 && !NEXT_BEFORE.test(window.slice(Math.max(0, r.index - 12), r.index))) {
      d.setUTCFullYear(ref.getUTCFullYear());
    }
    // "last month" on 30 March: chrono steps back from the 30th into 2 March (no 30 February); the month is the reference's ± 1
    const stepped = ref && STEPPED_MONTH.exec(r.text);
    if (stepped) return { date: monthFrom(referenceDay, /^(?:last|previous)$/i.test(stepped[1]) ? -1 : 1), text: r.text, index: r.index };
    // "Wednesday next week", "on Friday last week": that day of the week after or before the reference's
    const ofWeek = ref ? DAY_OF_WEEK.exec(r.text) : null;
    if (ofWeek) return { date: dayOfWeek(ref!, WEEKDAYS.indexOf(ofWeek[1].slice(0, 2).toLowerCase()), /^next$/i.test(ofWeek[2]) ? 1 : -1), text: r.text, index: r.index };
    const day = isoDay(d);
    // "this week" names no day: the month is as precise as it gets
    // "this week" is the reference's own week: its month (chrono gives the week's first day, maybe last month)
    if (/\bthis week\b/i.test(r.text) && ref) return { date: referenceDay.slice(0, 7), text: r.text, index: r.index };
    if (/\bweek\b/i.test(r.text)) return { date: day.slice(0, 7), text: r.text, index: r.index };
    if (c.isCertain('day') || (!c.isCertain('year') && weekday)) return { date: day, text: r.text, index: r.index };
    if (c.isCertain('month') || /\bmonth\b/i.test(r.text)) return { date: day.slice(0, 7), text: r.text, index: r.index };
    if (c.isCertain('year') || /\byear\b/i.test(r.text)) return { date: day.slice(0, 4), text: r.text, index: r.index };
  }
  return null;
}

/** A weekday, then the week after or before the reference's: "Wednesday next week", "Friday of last week". */
const DAY_OF_WEEK = /\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+(?:of\s+)?(next|last)\s+week\b/i;
/** Weekdays by their first two letters, Sunday first as `Date.getUTCDay` counts them. */
const WEEKDAYS = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

/** The day `weekday` (0 Sunday … 6 Saturday) of the week (Monday to Sunday) `step` weeks from the one holding `ref`. */
function dayOfWeek(ref: Date, weekday: number, step: number): string {
  const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY;
  return isoDay(new Date(monday + (step * 7 + ((weekday + 6) % 7)) * DAY));
}

/** A month counted from the reference's: "last month", "next month". */
const STEPPED_MONTH = /^(last|previous|next|coming) month$/i;

/** The month `YYYY-MM` that lies `step` months from the day `YYYY-MM-DD`. */
function monthFrom(day: string, step: number): string {
  const months = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + step;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
}

/** "next" or "following" just before a date: a month that comes round again. */
const NEXT_BEFORE = /\b(?:next|following)\s+$/i;

/** The reference date last asked for (an article's sentences share one), its noon and its day as isoDay gives it. */
let referenceKey: string | null = null;
let referenceNoon = new Date(0);
let referenceDay = '';

/**
 * Noon (UTC) of the reference day `YYYY-MM-DD`, as chrono's instant; sets referenceDay. chrono does
 * not keep or change the instant it is given (it reads it), so one Date serves every call.
 */
function referenceAt(reference: string): Date {
  if (reference !== referenceKey) {
    referenceNoon = new Date(`${reference}T12:00:00Z`);
    referenceDay = isoDay(referenceNoon);
    referenceKey = reference;
  }
  return referenceNoon;
}

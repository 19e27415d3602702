/**
 * The commonest simple date phrases chrono is handed, read the way chrono-node 2.10 reads them
 * with one parser and our refiners, without its machinery: a text whose one date phrase is a
 * weekday ("met on Tuesday", "next Friday", over half of the texts), or a count of days, weeks,
 * months or years ago ("two years ago": rare, but chrono's pattern for it is one of its costliest
 * to compile, about a tenth of all date work on the development corpus). For one such result
 * chrono's refiners change nothing but the forward date of a weekday (the others merge two
 * results, or need an "end of" before it, a month without its year, a clock time or a time zone).
 * Anything else is left to chrono (null).
 */
import type * as chrono from 'chrono-node';

/** What resolveIn reads of a chrono result. */
export interface DateFound {
  index: number;
  text: string;
  start: Pick<chrono.ParsedComponents, 'isCertain' | 'get' | 'date'>;
}

/** chrono's number words and figures before a time unit ("two", "a few", "half an"), as its NUMBER_PATTERN (chrono-node 2.10). */
export const CHRONO_NUMBER = '(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)';

/**
 * What chrono would find in `text` with `parsers` (a Chrono's), read without it when it is one
 * weekday or one count ago; null when it is not that simple. `instant` is the reference, read at
 * time zone 0; `forwardDate` chrono's option of that name.
 */
export function readAlone(parsers: readonly chrono.Parser[], text: string, instant: Date, forwardDate: boolean): DateFound[] | null {
  if (parsers.length !== 1) return null;
  // a parser without names (a minified build) is left to chrono
  const name = parsers[0].constructor.name;
  // the weekday parser's own pattern, which it keeps once made: its word boundary, then its prefix, weekday and postfix groups
  if (name === 'ENWeekdayParser') return aloneWeekday(parsers[0].pattern(undefined as never), text, instant, forwardDate);
  return name === 'ENTimeUnitAgoFormatParser' ? aloneAgo(text, instant) : null;
}

/** The parts of a date chrono has placed, which it knows and which it implies, at time zone 0. */
class Components {
  /** Parts in chrono's sense: year, month (1-12), day, weekday (0 Sunday), hour, minute, second, millisecond. */
  private readonly values = new Map<chrono.Component, number>();

  constructor(
    private readonly certain: ReadonlySet<chrono.Component>,
    d: Date,
    weekday: number | null,
  ) {
    this.values.set('year', d.getFullYear()).set('month', d.getMonth() + 1).set('day', d.getDate());
    if (weekday !== null) this.values.set('weekday', weekday);
    this.values.set('hour', d.getHours()).set('minute', d.getMinutes()).set('second', d.getSeconds()).set('millisecond', d.getMilliseconds());
  }

  isCertain(component: chrono.Component): boolean {
    return this.certain.has(component);
  }

  get(component: chrono.Component): number | null {
    return this.values.get(component) ?? null;
  }

  /** A new Date each call, as chrono's: the caller may change it. */
  date(): Date {
    const v = (c: chrono.Component): number => this.values.get(c)!;
    const d = new Date(Date.UTC(v('year'), v('month') - 1, v('day'), v('hour'), v('minute'), v('second'), v('millisecond')));
    d.setUTCFullYear(v('year'));
    return d;
  }
}

/** chrono's reference "with adjusted time zone" at time zone 0: local fields that read as the instant at UTC. */
function adjusted(instant: Date): Date {
  const ref = new Date(instant);
  ref.setMinutes(ref.getMinutes() + instant.getTimezoneOffset());
  return ref;
}

/** Noon of a date's local day, as chrono implies the clock of a date without one. */
function noon(d: Date): Date {
  const at = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12, 0, 0, 0);
  at.setFullYear(d.getFullYear());
  return at;
}

/** A result at a match of a chrono-style pattern: its first group is the word boundary, no part of the result. */
const found = (m: RegExpExecArray, start: Components): DateFound[] => [{ index: m.index + (m[1] ?? '').length, text: m[0].substring((m[1] ?? '').length), start }];

/** chrono's weekday words and their numbers, 0 for Sunday (its WEEKDAY_DICTIONARY, chrono-node 2.10). */
const WEEKDAY_NUMBER: ReadonlyMap<string, number> = new Map(
  [
    ['sunday sun sun.', 0],
    ['monday mon mon.', 1],
    ['tuesday tue tue.', 2],
    ['wednesday wed wed.', 3],
    ['thursday thurs thurs. thur thur. thu thu.', 4],
    ['friday fri fri.', 5],
    ['saturday sat sat.', 6],
  ].flatMap(([words, n]) => (words as string).split(' ').map((w) => [w, n as number] as const)),
);
const WEEKDAY: ReadonlySet<chrono.Component> = new Set(['weekday']);

/** The one weekday result chrono's weekday parser (its `pattern`) would give, or null ("weekend", two weekdays, none). */
function aloneWeekday(pattern: RegExp, text: string, instant: Date, forwardDate: boolean): DateFound[] | null {
  const m = pattern.exec(text);
  const weekday = m ? WEEKDAY_NUMBER.get(m[3].toLowerCase()) : undefined;
  // chrono looks for the next match in the rest of the text, where its boundary may be the start
  if (!m || weekday === undefined || pattern.test(text.substring(m.index + m[0].length))) return null;
  const modifierWord = (m[2] || m[4] || '').toLowerCase();
  const modifier = modifierWord === 'last' || modifierWord === 'past' ? 'last' : modifierWord === 'next' || modifierWord === 'this' ? modifierWord : null;
  const ref = adjusted(instant);
  const day = noon(ref);
  day.setDate(day.getDate() + daysToWeekday(ref.getDay(), weekday, modifier));
  const start = new Components(WEEKDAY, day, weekday);
  // chrono's ForwardDateRefiner: a weekday before the reference moves to the next one after it
  if (forwardDate && ref > start.date()) {
    const ahead = new Date(ref);
    ahead.setDate(ahead.getDate() + (forwardDays(ref.getDay(), weekday) || 7));
    return found(m, new Components(WEEKDAY, noon(ahead), weekday));
  }
  return found(m, start);
}

/** Days from the reference's weekday to `weekday`, as chrono's getDaysToWeekday counts them. */
function daysToWeekday(refWeekday: number, weekday: number, modifier: 'this' | 'last' | 'next' | null): number {
  if (modifier === 'this') return forwardDays(refWeekday, weekday);
  if (modifier === 'last') return backwardDays(refWeekday, weekday);
  if (modifier === 'next') {
    if (refWeekday === 0) return weekday === 0 ? 7 : weekday;
    if (refWeekday === 6) return weekday === 6 ? 7 : weekday === 0 ? 8 : 1 + weekday;
    return weekday < refWeekday && weekday !== 0 ? forwardDays(refWeekday, weekday) : forwardDays(refWeekday, weekday) + 7;
  }
  const back = backwardDays(refWeekday, weekday);
  const forward = forwardDays(refWeekday, weekday);
  return forward < -back ? forward : back;
}

const forwardDays = (refWeekday: number, weekday: number): number => (weekday - refWeekday + 7) % 7;
const backwardDays = (refWeekday: number, weekday: number): number => {
  const d = weekday - refWeekday;
  return d >= 0 ? d - 7 : d;
};

/**
 * chrono's strict "ago" pattern with one time unit, not up to eleven joined by "and" (chrono-node
 * 2.10: its word boundary, "about"/"around", its number, the space after it, its unit): the same
 * match in a text that names one unit and one of its closing words, as aloneAgo requires.
 */
const AGO = new RegExp(
  `(\\W|^)((?:(about|around)\\s{0,3})?(${CHRONO_NUMBER})(\\s{0,3})(quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|hour|days|week|year|day))\\s{0,5}(?:ago|before|earlier)(?=\\W|$)`,
  'i',
);
/** Every part of a text where chrono's "ago" pattern could find a unit or a closing word: aloneAgo needs one of each, or no match. */
const UNIT_WORD = /second|minute|hour|day|week|month|quarter|year/gi;
const CLOSING_WORD = /ago|before|earlier/gi;
/** chrono's numbers that aloneAgo reads as chrono's parseNumberPattern does; "half", "couple" and fractions are left to it. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, a: 1, an: 1, the: 1, few: 3, several: 7 }),
);
/** chrono's "end of" before a result (ENEndOfPeriodRefiner), which moves a month to its last day: left to chrono. */
const END_OF_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const DAY_WEEKDAY_MONTH_YEAR: ReadonlySet<chrono.Component> = new Set(['day', 'weekday', 'month', 'year']);
const DAY_MONTH_YEAR: ReadonlySet<chrono.Component> = new Set(['day', 'month', 'year']);
const MONTH_YEAR: ReadonlySet<chrono.Component> = new Set(['month', 'year']);
const YEAR: ReadonlySet<chrono.Component> = new Set(['year']);

/**
 * The results chrono's strict "ago" parser would give for a text that names no count ago ("a
 * decade ago", "weeks ago": none) or one count of days, weeks, months or years ago ("two years
 * ago", "a few weeks ago", "10 days ago": one), else null. chrono reads the count again from the
 * text after its first figure, so a count after "about" is left to it too.
 */
function aloneAgo(text: string, instant: Date): DateFound[] | null {
  const units = text.match(UNIT_WORD)?.length ?? 0;
  const closings = text.match(CLOSING_WORD)?.length ?? 0;
  // chrono's pattern ends in a unit and a closing word ("weeks ago"): without both it finds nothing
  if (units === 0 || closings === 0) return [];
  if (units > 1 || closings > 1) return null;
  const m = AGO.exec(text);
  // with one unit and one closing word, a match of chrono's pattern is a match of AGO
  if (!m) return [];
  if (m[3] || !m[5] || END_OF_BEFORE.test(text.substring(0, m.index + m[1].length))) return null;
  const numberWord = m[4].toLowerCase().replace(/\s+/g, ' ');
  const n = /^[0-9]+$/.test(numberWord) ? parseFloat(numberWord) : (COUNT_WORDS.get(numberWord === 'a few' || numberWord === 'an few' ? 'few' : numberWord) ?? null);
  const unit = m[6].toLowerCase().replace(/s$/, '');
  if (n === null || !(unit === 'day' || unit === 'week' || unit === 'month' || unit === 'year')) return null;
  // chrono's createRelativeFromReference of the count back from the reference
  const d = adjusted(instant);
  if (unit === 'year') d.setFullYear(d.getFullYear() - n);
  else if (unit === 'month') d.setMonth(d.getMonth() - n);
  else d.setDate(d.getDate() - (unit === 'week' ? 7 * n : n));
  const certain = unit === 'day' ? DAY_WEEKDAY_MONTH_YEAR : unit === 'week' ? DAY_MONTH_YEAR : unit === 'month' ? MONTH_YEAR : YEAR;
  // chrono sets the weekday of a count of days or weeks only
  return found(m, new Components(certain, d, unit === 'day' || unit === 'week' ? d.getDay() : null));
}

/**
 * A text whose one date phrase is a weekday ("met on Tuesday", "next Friday", "Monday of last
 * week"), read the way chrono-node 2.10 reads it with its weekday parser and our refiners, without
 * its machinery: over half of the texts chrono is handed are such, and for one weekday result its
 * refiners change nothing but the forward date (they merge two results, or need a month, a clock
 * time or a time zone). A text with a second match, "weekend" or "weekday" is left to chrono.
 */
import type * as chrono from 'chrono-node';

/** What resolveIn reads of a chrono result. */
export interface DateFound {
  index: number;
  text: string;
  start: Pick<chrono.ParsedComponents, 'isCertain' | 'get' | 'date'>;
}

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

/** A weekday chrono has placed: its weekday certain, its day implied, at noon UTC (time zone 0). */
class WeekdayComponents {
  constructor(
    private readonly weekday: number,
    private readonly year: number,
    private readonly month: number,
    private readonly day: number,
  ) {}

  isCertain(component: chrono.Component): boolean {
    return component === 'weekday';
  }

  get(component: chrono.Component): number | null {
    if (component === 'weekday') return this.weekday;
    if (component === 'day') return this.day;
    if (component === 'month') return this.month;
    if (component === 'year') return this.year;
    return component === 'hour' ? 12 : component === 'minute' || component === 'second' || component === 'millisecond' ? 0 : null;
  }

  /** A new Date each call, as chrono's: the caller may change it. */
  date(): Date {
    const d = new Date(Date.UTC(this.year, this.month - 1, this.day, 12, 0, 0, 0));
    d.setUTCFullYear(this.year);
    return d;
  }
}

/**
 * The one weekday result chrono would give for `text` with `parsers` (a Chrono's), or null when
 * it is not that simple (parsers other than the weekday parser alone, no match, a second one,
 * "weekend" or "weekday": ask chrono). `instant` is the reference, read at time zone 0;
 * `forwardDate` chrono's option of that name.
 */
export function aloneWeekday(parsers: readonly chrono.Parser[], text: string, instant: Date, forwardDate: boolean): DateFound[] | null {
  // a parser without names (a minified build) is left to chrono
  if (parsers.length !== 1 || parsers[0].constructor.name !== 'ENWeekdayParser') return null;
  // the parser's own pattern, which it keeps once made: its word boundary, then its prefix, weekday and postfix groups
  const pattern = parsers[0].pattern(undefined as never);
  const m = pattern.exec(text);
  if (!m) return null;
  const weekday = WEEKDAY_NUMBER.get(m[3].toLowerCase());
  // chrono looks for the next match in the rest of the text, where its boundary may be the start
  if (weekday === undefined || pattern.test(text.substring(m.index + m[0].length))) return null;
  const header = m[1] ?? '';
  const modifierWord = (m[2] || m[4] || '').toLowerCase();
  const modifier = modifierWord === 'last' || modifierWord === 'past' ? 'last' : modifierWord === 'next' || modifierWord === 'this' ? modifierWord : null;
  // chrono's reference "with adjusted time zone": local fields that read as the instant at UTC
  const ref = new Date(instant);
  ref.setMinutes(ref.getMinutes() + instant.getTimezoneOffset());
  const day = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate(), 12, 0, 0, 0);
  day.setFullYear(ref.getFullYear());
  day.setDate(day.getDate() + daysToWeekday(ref.getDay(), weekday, modifier));
  let found = new WeekdayComponents(weekday, day.getFullYear(), day.getMonth() + 1, day.getDate());
  // chrono's ForwardDateRefiner: a weekday before the reference moves to the next one after it
  if (forwardDate && ref > found.date()) {
    const ahead = new Date(ref);
    ahead.setDate(ahead.getDate() + (forwardDays(ref.getDay(), weekday) || 7));
    found = new WeekdayComponents(weekday, ahead.getFullYear(), ahead.getMonth() + 1, ahead.getDate());
  }
  return [{ index: m.index + header.length, text: m[0].substring(header.length), start: found }];
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

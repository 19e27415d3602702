/**
 * The article's publication date, read from its header: a date line ("Published May 30, 2024",
 * "By Jane Doe | 3 March 2022"), a wire dateline ("LONDON, 30 October 2024 (Reuters) -"), or a
 * full date under the headline; dates in figures read day first or month first as the article
 * writes them. Also the latest full date a text states, the reference when it gives none.
 */
import * as chrono from 'chrono-node';
import { CLOCK_AND_ZONE, isoDay, MONTH, SHORT_MONTH, twoByte } from './datePatterns';
import { PARSER_NEEDS, spelledParser } from './chronoDates';

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** A day and a month in either order: "July 8", "8 July", "21st October", "Apr 22", "22 Apr". */
const DAY_MONTH = `(?:(?:${MONTH}|${SHORT_MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH}|${SHORT_MONTH}\\b))`;
/** A date in figures, day and month in either order, with a four-digit year: "22/04/2025", "04.05.2025", "22-04-2025". */
const NUMERIC_DATE = '\\b(\\d{1,2})([/.-])(\\d{1,2})\\2(?:19|20)\\d{2}\\b';
/** A full date somewhere in a line: cheap test before chrono parses it. */
const FULL_DATE = new RegExp(`${DAY_MONTH},?\\s+(?:19|20)\\d{2}|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d)|${NUMERIC_DATE}`);
/** A year, then what must stand before it for a full date: found year first, as years are rare. */
const YEAR = /\b(?:19|20)\d{2}\b/g;
const BEFORE_YEAR = new RegExp(`${DAY_MONTH},?\\s+$`);
/**
 * A wire dateline opening a paragraph: a place in capitals, optionally a date and the agency, then
 * a dash ("LONDON, 30 October 2024 (Reuters) -", "WASHINGTON, D.C. — ", "OSLO, March 4 (AP) --",
 * "NAIROBI (Nov. 3, 2024) -", the date between dashes: "CALGARY — March 6, 2025 —", after the agency too:
 * "COLUMBUS (AP) — Nov. 21, 2025 —"), or a press release's ("OSLO, Aug. 11, 2024 /PRNewswire/ --").
 */
/** A place's word in capitals, accented ("BRASÍLIA") or after a Scottish and Irish "Mc"/"Mac" ("McMURRAY"). */
const CAPITALS_WORD = `(?:Ma?c)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+`;
const WIRE_DATELINE = new RegExp(
  `^${CAPITALS_WORD}(?: ${CAPITALS_WORD}){0,3}(?:, [A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,2})?` +
    `(?:,? (${DAY_MONTH}(?:,? (?:19|20)\\d{2})?|\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)\\d{2})| \\((${DAY_MONTH},? (?:19|20)\\d{2})\\)| ?(?:-{1,2}|—|–) ?(${DAY_MONTH}(?:,? (?:19|20)\\d{2})?)| \\([A-Z][\\w.&/ -]{1,30}\\) ?(?:-{1,2}|—|–) ?(${DAY_MONTH}(?:,? (?:19|20)\\d{2})?))?(?: \\([A-Z][\\w.&/ -]{1,30}\\)| \\/[A-Z][\\w.&-]{1,30}\\/)? ?(?:-{1,2}|—|–) ?`,
);
/** A full date with its year, as a dateline gives it. */
const DATELINE_DATE = `${DAY_MONTH},? (?:19|20)\\d{2}`;
/**
 * A dateline whose place is in Title Case ("Calgary — March 6, 2025 —", "Calgary, Alta., March 6,
 * 2025 —"): only with a year, as a Title Case opening and a dash is otherwise a sentence's start.
 */
const TITLE_CASE_DATELINE = new RegExp(
  `^[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2}(?:, [A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,2})?` +
    `(?:,? (${DATELINE_DATE})| \\((${DATELINE_DATE})\\)| ?(?:-{1,2}|—|–) ?(${DATELINE_DATE}))(?: \\([A-Z][\\w.&/ -]{1,30}\\))? ?(?:-{1,2}|—|–) ?`,
);
/**
 * What every TITLE_CASE_DATELINE holds: its year, then a bracket closing, an agency's name opening
 * or the dash. Most lines open with a word in Title Case and have none: the large pattern is not
 * run on them (nor compiled at all in most runs).
 */
const YEAR_THEN_DASH = /(?:19|20)\d\d\)? ?[(\-—–]/;
/**
 * A Title Case place and a wire agency's credit before the dash, no date: "Washington (AFP) –",
 * "Halifax, N.S. (CP) —". The agency is a wire service's, so "Ana Ruiz (NDP) —" (a party's letters)
 * and a sentence's opening are not datelines.
 */
const TITLE_CASE_AGENCY_DATELINE = /^[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})? \((?:AP|AFP|CP|UPI|AAP|ANSA|EFE|PA|PTI|IANS|TASS|DPA|dpa|Reuters|Bloomberg|Xinhua|Kyodo|Yonhap)\) ?(?:-{1,2}|—|–) ?/;
/**
 * Words that label a date as the article's: "Published", "Updated on", "Date:", at the start of
 * the line or after a separator ("Jane Doe · CBC News · Posted: Apr 22, 2025").
 */
const DATE_LABEL_WORDS = '(?:published|updated|posted|dated?|first published|last (?:updated|modified)|publication date|date published)';
const DATE_LABEL = new RegExp(
  `(?:^\\W*|[|•·\\/–—]\\s*)${DATE_LABEL_WORDS}\\b` +
    '[\\s:,|-]*(?:on\\s+)?(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Thur|Fri|Sat|Sun)\\.?),?\\s*)?$',
  'i',
);
/** A word and a colon opening a line that are no date's label: a fact box ("WHEN:", "Where:", "Tickets:"). */
const FACT_LABEL = new RegExp(`^(?!${DATE_LABEL_WORDS}\\s*:)[A-Za-z][A-Za-z ]{0,20}:`, 'i');
/** The words that label a line's dates, wherever they stand on it (see DATE_LABEL). */
const LABEL_WORDS = /\b(?:first published|published|last updated|updated|posted|last modified)\b/gi;
/** A full date with its weekday ("Monday, May 2, 2016"): in the lines under the headline, the day the article speaks from. */
const WEEKDAY_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*$/;
/** What may stand on a date line besides the date: a weekday, a clock time, a zone, separators. */
const DATE_LINE_FILLER = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.m\.|[A-Z]{2,4}T|GMT|UTC|at|on|\d+\s+min(?:ute)?s?\s+read)\b|[\s,|•·:()–—-]+/gi;
/** A note in brackets or a wire's name in slashes on a date line: "(Reuters-style wire copy)", "/PRNewswire/". */
const DATE_LINE_NOTE = /\([^()]{1,40}\)|\/[A-Z][\w.&-]{1,30}\//g;
/** A date line has at most this many other words ("Jane Doe"), a byline that opens with "By" twice as many ("By Jane Doe and Omar Ruiz"). */
const DATE_LINE_WORDS = 4;
/** Lower-case words a byline may hold: "By Jane Doe and Omar Ruiz". */
const LOWER_CASE_OUTSIDE_BYLINE = /(?:^|\s)(?!(?:by|and)\b)\p{Ll}/u;
/** The header's first lines with words (headline, deck, byline, outlet, date line). */
const HEAD_LINES = 6;
const HEAD_LENGTH = 400;

const FULL_DATE_PARSERS = ['ENMonthNameMiddleEndianParser', 'ENMonthNameLittleEndianParser', 'ISOFormatParser', 'ENYearMonthDayParser']
  .map((n) => chrono.en.casual.parsers.find((p) => p.constructor.name === n))
  .filter((p) => p !== undefined);
const FULL_DATE_REFINERS = chrono.strict.refiners.filter((r) => !CLOCK_AND_ZONE.has(r.constructor.name));
/** chrono's parser of dates in figures ("4/5/2025"), month first as in the US, or day first as in Britain. */
const slashParser = (dayFirst: boolean) => (dayFirst ? chrono.en.GB : chrono.en.casual).parsers.find((p) => p.constructor.name === 'SlashDateFormatParser');
/** The parsers of dates stated in full, a date in figures read month first, and read day first (patterns spelled without `i`, -18 M instructions over 100 dev articles). */
const FULL_DATE_PARSER_LISTS = [false, true].map((dayFirst) => [...FULL_DATE_PARSERS, slashParser(dayFirst)].filter((p) => p !== undefined).map(spelledParser));
/**
 * What must stand in a text for a parser of full dates to find anything in it (a parser without an
 * entry always runs). Each parser's pattern is large and compiled at its first run; most texts
 * are a month's name, its day and the year, which the middle-endian parser alone reads.
 */
const FULL_DATE_NEEDS: ReadonlyMap<string, RegExp> = new Map([
  ['ENMonthNameLittleEndianParser', PARSER_NEEDS.get('ENMonthNameLittleEndianParser')!],
  ['ISOFormatParser', /\d{4}-\d/],
  ['ENYearMonthDayParser', /\d{4}[-./\s](?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i],
  ['SlashDateFormatParser', /\d[/.-]\d/],
]);
const fullDatesBy = new Map<number, chrono.Chrono>();

/**
 * chrono reading dates stated in full ("July 8, 2024", "2024-07-08", "04/05/2025") in `text`:
 * month-name, ISO and figure parsers only, those the text needs; a date in figures read month
 * first, or day first.
 */
function fullDates(text: string, dayFirst = false): chrono.Chrono {
  const parsers = FULL_DATE_PARSER_LISTS[dayFirst ? 1 : 0];
  // bit 0: the order of figures; bit i + 1: parser i runs
  let key = dayFirst ? 1 : 0;
  for (let i = 0; i < parsers.length; i++) if (FULL_DATE_NEEDS.get(parsers[i].constructor.name)?.test(text) ?? true) key |= 2 << i;
  let found = fullDatesBy.get(key);
  if (!found) fullDatesBy.set(key, (found = new chrono.Chrono({ parsers: parsers.filter((_, i) => key & (2 << i)), refiners: FULL_DATE_REFINERS })));
  return found;
}
const NUMERIC_DATES = new RegExp(NUMERIC_DATE, 'g');
const NUMERIC_DATE_IN = new RegExp(NUMERIC_DATE);
/** A day before a month's name ("22 April", "3rd Sept."): the way dates are written in Britain, Ireland, Australia, India. */
const DAY_BEFORE_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH}|${SHORT_MONTH}\\b)`);
/** Spellings of British and Commonwealth English (Canada shares "colour", "centre", "travelled"). */
const BRITISH_SPELLING = new RegExp(
  '\\b(?:colour|favour|honour|labour|neighbour|behaviour|harbour|rumour|centre|theatre|metre|kilometre|organis(?:e|ing|ation)|' +
    'recognis(?:e|ing)|realis(?:e|ing)|criticis(?:e|ing)|apologis(?:e|ing)|programme|defence|offence|licence|travell(?:ed|ing|er)|' +
    'cancell(?:ed|ing)|whilst|cheque|tyre)',
  'i',
);
/** "Mr Hale", "Mrs Ortiz": a courtesy title without its full stop, as British and Commonwealth papers write it. */
const TITLE_WITHOUT_STOP = /\bM(?:r|rs|s) (?=[A-Z])/;

/**
 * Whether the dates in figures of a text are day first. A date that can only be read one way
 * ("22/04/2025", "22 April") decides, the first of them in the text; failing one, British or
 * Commonwealth spellings mean day first; else month first, as in American news.
 */
export function dayFirstDates(text: string): boolean {
  const named = DAY_BEFORE_MONTH.exec(text);
  for (const m of text.matchAll(NUMERIC_DATES)) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 === second > 12) continue;
    // the first date in the text that only one order can read decides
    if (!named || m.index! < named.index) return first > 12;
    break;
  }
  if (named) return true;
  // "May 4, 2025": a month's name before the day is American
  return !FULL_DATE_MONTH_FIRST.test(text) && (BRITISH_SPELLING.test(text) || TITLE_WITHOUT_STOP.test(text));
}
/** A month's name before the day and year ("May 4, 2025", "Sept. 3 2024"): American order. */
const FULL_DATE_MONTH_FIRST = new RegExp(`(?:${MONTH}|${SHORT_MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b`);

const isFullDate = (r: chrono.ParsedResult): boolean => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day');

/**
 * The article's date when its header states it: a date line ("Published May 30, 2024",
 * "Thursday, September 12, 2024", "date 2023-07-10", "By Jane Doe | 3 March 2022") or a wire
 * dateline with a year ("LONDON, 30 October 2024 (Reuters) -"). A date inside a headline's words
 * ("Court sets June 18, 2024 hearing") is news, not the date of the article; failing a date line, a
 * full date with its weekday under the headline ("This is the newsletter for Monday, May 2, 2016"),
 * else an ISO date in the header's markup. Months may be abbreviated with or without a full stop
 * ("Apr 22, 2025", "22 Apr 2025"); a date in figures ("22/04/2025", "22.04.2025", "04/05/2025") is
 * read in the order dayFirstDates gives for the article. A wire dateline without its year ("OSLO,
 * Nov 6 —") gives none: wire style writes a year only when it is not the current one, so a full
 * date in the text near that day (a birthday, a first election) tells nothing of the article's.
 * Returns `YYYY-MM-DD`, or null when the header states no date of the article.
 */
export function readPublished(text: string): string | null {
  // blank lines do not count: a deck between the headline and the byline leaves the date line sixth with words
  const lines = twoByte(text.slice(0, HEAD_LENGTH)).split('\n').filter((l) => l.trim() !== '').slice(0, HEAD_LINES);
  let weekdayDate: string | null = null;
  let dayFirst: boolean | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const wire = wireDateline(raw.trim());
    if (wire?.date) return wire.date;
    // ("PUBLISHED JUNE 9, 2026": a header line in capitals reads as in Title Case)
    const line = inCapitals(raw.trim());
    if (!FULL_DATE.test(line)) continue;
    // "04/05/2025" needs the article's order of day and month: looked for only when a line has figures
    if (dayFirst === undefined && NUMERIC_DATE_IN.test(line)) dayFirst = dayFirstDates(text.slice(0, HEAD_LENGTH * 5));
    const dates = fullDates(line, dayFirst).parse(line).filter(isFullDate);
    // a note in brackets ("(Reuters)", "(wire copy)") and a wire's name in slashes ("/PRNewswire/") are no
    // headline's words, nor are the line's other dates and their labels ("Nov. 12, 2026 Updated: Nov. 12, 2026 7:41 p.m.")
    let rest = line;
    for (const r of dates) rest = rest.slice(0, r.index) + ' '.repeat(r.text.length) + rest.slice(r.index + r.text.length);
    rest = rest.replace(DATE_LINE_NOTE, ' ').replace(DATE_LINE_FILLER, ' ').replace(LABEL_WORDS, ' ').trim();
    const words = rest ? rest.split(/\s+/).length : 0;
    // what else stands on a date line is a byline ("By Jane Doe"), not a headline's words
    // (nor a fact box's label, "WHEN: Saturday, March 7, 2026")
    const byline = words <= DATE_LINE_WORDS * (/^by\s/i.test(rest) ? 2 : 1) && !LOWER_CASE_OUTSIDE_BYLINE.test(rest) && !FACT_LABEL.test(line);
    for (const r of dates) {
      if (DATE_LABEL.test(line.slice(0, r.index)) || byline) return isoDay(r.start.date());
      if (i > 0 && !weekdayDate && WEEKDAY_BEFORE.test(line.slice(0, r.index)) && !FACT_LABEL.test(line)) weekdayDate = isoDay(r.start.date());
    }
  }
  // a machine-written date (an ISO date in markup: datetime="2016-06-29") is metadata, not prose
  return weekdayDate ?? ISO.exec(lines.join('\n'))?.[0] ?? null;
}

/** A line written in capitals ("PUBLISHED JUNE 9, 2026") in Title Case ("Published June 9, 2026"); any other line as it is. */
function inCapitals(line: string): string {
  if (!/\p{Lu}{3}/u.test(line) || /\p{Ll}/u.test(line)) return line;
  return line.toLowerCase().replace(/(^|[^\p{L}'’])(\p{L})/gu, (_m, before: string, first: string) => before + first.toUpperCase());
}

/** The month and day (`MM-DD`) of a wire dateline in the article's header that gives no year, else null. */
export function yearlessDateline(text: string): string | null {
  const lines = twoByte(text.slice(0, HEAD_LENGTH)).split('\n').slice(0, HEAD_LINES);
  for (const line of lines) {
    const monthDay = wireDateline(line.trim())?.monthDay;
    if (monthDay) return monthDay;
  }
  return null;
}

/**
 * A wire dateline at the start of a paragraph: its length in characters (place, date, agency and
 * dash; its date may be in figures, "MELBOURNE, 14/10/2025 —"), its date as `YYYY-MM-DD` when it gives the year, and its month and day (`MM-DD`) when it
 * gives them without one, as wire copy does ("OSLO, Nov 6 —"). null when the line opens otherwise.
 */
export function wireDateline(text: string): { length: number; date: string | null; monthDay: string | null } | null {
  const line = twoByte(text);
  let m = WIRE_DATELINE.exec(line);
  // the place needs two capital letters in a row ("LONDON", "NEW YORK"), or a Title Case place a full date follows
  if (!m || !/^(?:Ma?c)?[A-ZÀ-ÖØ-Þ]{2}/.test(m[0])) m = YEAR_THEN_DASH.test(line) ? TITLE_CASE_DATELINE.exec(line) : TITLE_CASE_AGENCY_DATELINE.exec(line);
  // (a dateline may stand alone on its line, "ST. JOHN'S, N.L. --" above the lede: the whole line)
  if (!m || m[0].length > line.length) return null;
  let date: string | null = null;
  const stated = m[1] ?? m[2] ?? m[3] ?? m[4];
  if (stated && /\d{4}$/.test(stated)) {
    // (in figures, "MELBOURNE, 14/10/2025 —": in the order the line's figures allow, else month first)
    const r = fullDates(stated, /^\d/.test(stated) && dayFirstDates(stated)).parse(stated)[0];
    if (r && isFullDate(r)) date = isoDay(r.start.date());
  }
  return { length: m[0].length, date, monthDay: stated && !date ? monthDayOf(stated) : null };
}

/** A month's number by the first three letters of its name. */
const MONTH_NUMBER = new Map(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, String(i + 1).padStart(2, '0')]));

/** "Nov. 19", "6 November" -> "11-19", "11-06"; null for a day the month does not have. */
function monthDayOf(stated: string): string | null {
  const month = MONTH_NUMBER.get(/\p{L}{3}/u.exec(stated)?.[0].toLowerCase() ?? '');
  const day = Number(/\d{1,2}/.exec(stated)?.[0]);
  // 2000 is a leap year: "Feb. 29" is a day
  if (!month || !(day >= 1 && day <= new Date(Date.UTC(2000, Number(month), 0)).getUTCDate())) return null;
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** `MM-DD` in the year, of the one before and the one after `day`'s, nearest to `day` (`YYYY-MM-DD`). */
export function nearestYear(monthDay: string, day: string): string {
  const y = Number(day.slice(0, 4));
  const at = Date.parse(`${day}T00:00:00Z`);
  let best = '';
  for (const year of [y - 1, y, y + 1]) {
    // "02-29" in a year without one is no day
    const candidate = `${year}-${monthDay}`;
    const t = Date.parse(`${candidate}T00:00:00Z`);
    if (isoDay(new Date(t)) !== candidate) continue;
    if (!best || Math.abs(t - at) < Math.abs(Date.parse(`${best}T00:00:00Z`) - at)) best = candidate;
  }
  return best || day;
}

/**
 * The latest fully stated date in the text ("July 8, 2024", "8 July 2024", "2024-07-08"): a
 * reference when the article gives no date of its own; null when the text states none, or dates
 * more than STATED_SPREAD_DAYS apart, which leave no telling which one the article runs by ("unveiled
 * … on Oct. 15, 2024 … Applications open on Jan. 6, 2025": "on Tuesday" was 7 January).
 */
export function latestStatedDate(text: string): string | null {
  let latest: string | null = null;
  let earliest: string | null = null;
  for (const d of statedDates(text)) {
    if (!latest || d > latest) latest = d;
    if (!earliest || d < earliest) earliest = d;
  }
  if (!latest) return null;
  return Date.parse(`${latest}T00:00:00Z`) - Date.parse(`${earliest}T00:00:00Z`) > STATED_SPREAD_DAYS * 86_400_000 ? null : latest;
}
/** How far apart the dates a text states may be for the latest to stand for the article's own (a week). */
const STATED_SPREAD_DAYS = 7;

/** The dates the text states in full, as `YYYY-MM-DD`, in text order: its years found first, as years are rare. */
function* statedDates(text: string): Generator<string> {
  for (const y of text.matchAll(YEAR)) {
    const at = y.index!;
    const iso = text.slice(at, at + 10);
    const before = BEFORE_YEAR.exec(text.slice(Math.max(0, at - 24), at));
    const phrase = before ? before[0] + y[0] : ISO.test(iso) ? iso : null;
    if (!phrase) continue;
    const r = fullDates(phrase).parse(phrase)[0];
    if (r && isFullDate(r)) yield isoDay(r.start.date());
  }
}

/**
 * The date an event phrase in a sentence refers to, with chrono-node: the date words of a
 * sentence (datePhrase), resolved against the article's date (publishedDate.ts) in the direction
 * the verb's tense implies, and the last date a passage states, what a later one counts from.
 */
import * as chrono from 'chrono-node';
import { CLOCK_AND_ZONE, FULL_MONTHS, isoDay, MONTH, SHORT_MONTH } from './datePatterns';

const MONTH_NAME = new RegExp(MONTH);
/** An abbreviated month without its full stop beside a day's number ("Apr 22", "22 Apr 2025"). */
const SHORT_MONTH_BY_DAY = `${SHORT_MONTH}(?=\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)|\\d{1,2}(?:st|nd|rd|th)?\\s${SHORT_MONTH}(?=\\s+(?:19|20)\\d{2}\\b)`;
/**
 * Cheap test before chrono runs: most sentences name no day, month or relative date. Months and
 * weekdays count only capitalised ("he may march" names no month); "Dec." ends in its dot.
 */
const DATE_HINT = new RegExp(
  `\\b(?:${MONTH}|${SHORT_MONTH_BY_DAY}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|` +
    `(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming) (?:week|month|year|weekend)|ago)\\b)(?!\\w)`,
);
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
const parserByName = new Map(chrono.en.casual.parsers.map((p) => [p.constructor.name, p]));
// "ago" in its strict form (no "3 hrs ago" abbreviations): the casual pattern costs ~50 ms to compile
for (const p of chrono.en.strict.parsers) if (p.constructor.name === 'ENTimeUnitAgoFormatParser') parserByName.set(p.constructor.name, p);
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

/** Whether the sentence speaks of what is ahead, of what is past, or does not say. */
export type Tense = 'future' | 'past' | 'unknown';

const FUTURE_WORDS = 'will|would|next|upcoming|coming|planned|plans? to|set to|is to|are to|starts|begins|due to|scheduled|expected|ahead of|later this';
const FUTURE = new RegExp(`\\b(?:${FUTURE_WORDS})\\b`, 'gi');
/** A verb in the past: an irregular one, or a lower-case word in -ed. */
const PAST = new RegExp(
  '\\b(?:was|were|had|did|met|held|said|told|went|came|took|gave|spoke|wrote|made|began|saw|sent|left|won|lost|led|ran|got|found|' +
    'felt|kept|brought|bought|thought|stood|heard|paid|fell|rose|struck|fought|sought|sold|became|chose|drew|drove|flew|grew|knew|' +
    'threw|broke|stole|forgot|sat|sang|withdrew|oversaw|[a-z]+ed)\\b',
  'g',
);
const FUTURE_AFTER_AUXILIARY = new RegExp(`\\s+(?:${FUTURE_WORDS})\\b`, 'iy');
/** "will be released", "to be held": a participle after a future or an infinitive is no past. */
const PASSIVE_AHEAD = /\b(?:will|would|to|shall|'ll|’ll)\s+(?:be|have been)\s+$/i;
/** How far from the date words a verb still governs them, in characters. */
const TENSE_REACH = 60;

/**
 * The tense of the verb nearest the date words, within reach ("were hammered out on Sunday"); with
 * none near, a future word anywhere ("…, which starts Tuesday") still looks ahead.
 */
function tenseAround(sentence: string, from: number, to: number): Tense {
  if (modalAhead(sentence, from) || (MOVED_TO.test(sentence.slice(Math.max(0, from - TENSE_REACH), from)) && !TOLD_AS_PAST.test(sentence.slice(to, to + 16)))) return 'future';
  // "told a meeting on Sunday that supply would return": what was said, after "that", is not
  // when it was said; its verbs count only when the clause of the date words has none in reach
  // (not "a summit on Sunday that will set the budget": with no speech verb before, a relative clause)
  THAT_AFTER.lastIndex = to;
  const that = SPEECH_BEFORE.test(sentence.slice(Math.max(0, from - TENSE_REACH), from)) ? THAT_AFTER.exec(sentence) : null;
  if (that) {
    const said = tenseInReach(sentence, from, to, that.index);
    if (said) return said;
  }
  // with no verb in reach, a future word anywhere ("…, which starts Tuesday") still looks ahead
  FUTURE.lastIndex = 0;
  return tenseInReach(sentence, from, to, sentence.length) ?? (FUTURE.test(sentence) ? 'future' : 'unknown');
}
/**
 * A verb that sets, moves or puts off something, up to four words of its object, then the date's
 * preposition: "postponed a decision until Oct. 9", "announced closures for Friday", "called the
 * election for Oct. 21", "moved the vote to Tuesday". The date is where the thing now lies, ahead
 * of the verb whatever its tense.
 */
const MOVED_TO = /\b(?:postpon|delay|adjourn|defer|reschedul|schedul|push|mov|set|call|announc)\w*(?:\s+[\w'’-]+){0,4}?\s+(?:until|till|to|for)\s+(?:next\s+|this\s+)?$/i;
/**
 * After the date words: a possessive ("to Friday's crowd") or a clause of what happened then
 * (", when negotiators finally met", ", the night her party lost"): the date is told as past.
 */
const TOLD_AS_PAST = /^(?:['’]s\b|,\s+(?:when|the\s+(?:day|night|morning|afternoon|evening|week)\b))/;
/** The complementiser after date words that opens what was said. */
const THAT_AFTER = /\bthat\b/g;
/** A speech verb in the past whose clause the date words are in: "told … on Sunday that", "said on Monday that". */
const SPEECH_BEFORE = /\b(?:said|told|announced|warned|insisted|argued|added|claimed|stated|wrote|declared|confirmed|promised|pledged|vowed|predicted|reported|explained|testified|admitted)\b/;

/** The tense of the verb nearest the date words among those before offset `end`, within reach; null when none is. */
function tenseInReach(sentence: string, from: number, to: number, end: number): Tense | null {
  let future = Infinity;
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(sentence); m && m.index < end; m = FUTURE.exec(sentence)) future = Math.min(future, distanceOutside(m.index, m.index + m[0].length, from, to));
  let past = Infinity;
  PAST.lastIndex = 0;
  for (let m = PAST.exec(sentence); m && m.index < end; m = PAST.exec(sentence)) {
    if (!auxiliaryOfFuture(sentence, m.index, m.index + m[0].length)) past = Math.min(past, distanceOutside(m.index, m.index + m[0].length, from, to));
  }
  return Math.min(future, past) <= TENSE_REACH ? (future <= past ? 'future' : 'past') : null;
}

/** A modal or a plan that puts its clause ahead: "will visit", "is set to open", "plans to travel". */
const MODAL_FUTURE = /\b(?:will|shall|would|(?:is|are) (?:set |due |scheduled |expected |going )?to|plans? to|set to|due to|scheduled to|expected to|going to)\s+(?!have\b)/gi;
/** What ends a clause: punctuation and a word that opens another clause. */
const CLAUSE_END = /[,;:()—–]|\b(?:and|but|while|whereas|after|before|since|said|says|who|which)\b/gi;

/**
 * Whether the first verb of the clause before the date words (from `from` back to a comma or a
 * clause word) is a modal or a plan: "will visit the flooded towns on Wednesday, her office said"
 * is ahead, whatever the nearer "flooded" and "said" say.
 */
function modalAhead(sentence: string, from: number): boolean {
  // most sentences have no modal before their date words: no clause to find
  MODAL_FUTURE.lastIndex = 0;
  const any = MODAL_FUTURE.exec(sentence);
  if (!any || any.index >= from) return false;
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(sentence); m && m.index < from; m = CLAUSE_END.exec(sentence)) start = m.index + m[0].length;
  const clause = sentence.slice(start, from);
  MODAL_FUTURE.lastIndex = 0;
  const modal = MODAL_FUTURE.exec(clause);
  if (!modal) return false;
  PAST.lastIndex = 0;
  const past = PAST.exec(clause.slice(0, modal.index));
  return past === null;
}

/** How far [start, end) stands from [from, to), in characters; 0 when they touch or overlap. */
const distanceOutside = (start: number, end: number, from: number, to: number): number => Math.max(0, start < from ? from - end : start - to);

/** "was scheduled", "were expected", "will be released": the past verb at [start, end) is an auxiliary of a future. */
function auxiliaryOfFuture(sentence: string, start: number, end: number): boolean {
  FUTURE_AFTER_AUXILIARY.lastIndex = end;
  return FUTURE_AFTER_AUXILIARY.test(sentence) || PASSIVE_AHEAD.test(sentence.slice(Math.max(0, start - 20), start));
}

/**
 * Resolves the date phrase in a sentence. Relative phrases ("Tuesday", "last month") need the
 * reference date; the tense (read from the sentence unless given) says whether a weekday or a
 * month without its year lies ahead ("will meet Tuesday") or behind ("met Thursday", "was held in May").
 * `approximate`: the reference is not the article's date but the latest date its text states, so
 * a bare weekday is the one nearest to it rather than the last one before it.
 * `eventAt`: where the event word stands in the sentence; a date in the event's own phrase ("agreed
 * on Tuesday to hold a meeting in Paris in 2025") is the event's, before the sentence's first date.
 */
export function resolveDate(sentence: string, reference: string | null, tense?: Tense, approximate = false, eventAt?: number): ResolvedDate | null {
  if (!DATE_STEM.test(sentence)) return null;
  const own = eventAt === undefined ? null : ownDate(sentence, eventAt, reference, tense, approximate);
  if (own && own.date.length > 4) return own;
  const hint = firstHint(sentence);
  const first = hint ? resolveAt(sentence, hint.index, hint.index + hint.text.length, reference, tense, approximate) : null;
  // "the first picks of the 2016 presidential election on Monday": a day of that year refines it
  if (own) return first && first.date.startsWith(own.date) ? first : own;
  return first ?? bareYear(sentence);
}

/**
 * A part of every date word DATE_HINT finds (in the sentence or any slice of it: months and
 * weekdays as it spells them, in capitals) and the digits of a year: a sentence without one names
 * no date, and resolveDate skips its slices and patterns.
 */
const DATE_STEM = /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|omorrow|onight|week|month|year|ago/;

/** The date words at [at, end) of a sentence resolved, with what chrono needs around them. */
function resolveAt(sentence: string, at: number, end: number, reference: string | null, tense: Tense | undefined, approximate: boolean): ResolvedDate | null {
  // chrono's cost grows with the text: give it the neighbourhood of the date words only
  const from = Math.max(0, at - 24);
  const found = resolveIn(sentence.slice(from, end + 36), reference, tense ?? tenseAround(sentence, at, end), approximate, at - from);
  return found ? { ...found, index: found.index + from } : null;
}

/** How far after the event word a date of its own phrase may start, in characters ("a meeting in Paris in 2025"). */
const OWN_REACH = 48;
/**
 * What ends an event word's phrase before a date: punctuation, a word that opens another clause, or
 * a verb of its own ("the meeting with Trump was scheduled two weeks ago").
 */
const CLAUSE_BREAK = new RegExp(
  '[,;:()—–"“”]|\\s-\\s|\\b(?:that|which|who|whom|where|when|while|because|after|before|and|but|as|since|until|said|says|is|are|was|' +
    'were|has|have|had|will|would|could|should|can|might)\\b',
  'i',
);
const DATE_HINT_ALL = new RegExp(DATE_HINT.source, 'g');
const BARE_YEAR = /\b(?:in|since|during|of) ((?:19|20)\d{2})\b/g;
/**
 * Date words that modify the event word, at the end of the text before it: "Thursday’s summit",
 * "the Dec. 28 meeting", "last week’s Kentucky primary", "the 2019 summit".
 */
const DATE_BEFORE = new RegExp(`(?:${DATE_HINT.source}|\\b(?:19|20)\\d{2})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?:19|20)\\d{2}\\b)?(?:['’]s)?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, 'u');
/** A month, with its day if given, just before a year: "November 2007", "Dec. 28, 2015". */
const MONTH_BEFORE_YEAR = new RegExp(`\\b${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+$`);

/** The date that modifies the event word, else the first date after it in the same phrase, or null. */
function ownDate(sentence: string, eventAt: number, reference: string | null, tense: Tense | undefined, approximate: boolean): ResolvedDate | null {
  const before = sentence.slice(Math.max(0, eventAt - 48), eventAt);
  // the event's phrase opens with its year ("2008 presidential election")
  const opening = /^(?:19|20)\d{2}\b/.exec(sentence.slice(eventAt, eventAt + 5));
  if (opening) {
    // "a November 2007 primary debate": the month before the year is the event's too
    const month = MONTH_BEFORE_YEAR.exec(before);
    const at = month ? eventAt - before.length + month.index : -1;
    return (month && resolveAt(sentence, at, eventAt + 4, reference, tense, approximate)) || { date: opening[0], text: opening[0], index: eventAt };
  }
  const modifier = modifierBefore(eventAt, before);
  if (modifier) {
    if (modifier.year) return { date: modifier.year, text: modifier.year, index: modifier.at };
    const found = resolveAt(sentence, modifier.at, modifier.end, reference, tense, approximate);
    if (found) return found;
  }
  const after = dateAfter(sentence, eventAt);
  if (!after) return null;
  if (after.year) return { date: after.year, text: after.year, index: after.at };
  return resolveAt(sentence, after.at, after.end, reference, tense, approximate);
}

/** A day's number after a month's name: " 8", " 21st". */
const DAY_AFTER = /^\s+\d{1,2}(?:st|nd|rd|th)?\b/;
/** A day's number before a month's name: "18 ", "3rd ". */
const DAY_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+$/;

/** Date words at [at, end) of a sentence; `year` when they are a year alone. */
interface DateWords {
  at: number;
  end: number;
  year: string | null;
}

/** The date words that modify the event word at `eventAt`, at the end of `before` (the text before it): "Thursday’s summit", "the 2019 summit". */
function modifierBefore(eventAt: number, before: string): DateWords | null {
  const modifier = DATE_BEFORE.exec(before);
  if (!modifier) return null;
  const at = eventAt - before.length + modifier.index;
  const year = /^(?:19|20)\d{2}$/.exec(modifier[0].trim().split(/\s/)[0]);
  if (year) return { at, end: at + 4, year: year[0] };
  return { at, end: at + modifier[0].replace(/(?:['’]s)?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u, '').length, year: null };
}

/** The first date words after the event word at `eventAt` in the same phrase ("a meeting in Paris in 2025", "talks on Thursday"), or null. */
function dateAfter(sentence: string, eventAt: number): DateWords | null {
  const near = sentence.slice(0, eventAt + OWN_REACH + 40);
  let best: DateWords | null = null;
  DATE_HINT_ALL.lastIndex = eventAt;
  const hint = DATE_HINT_ALL.exec(near);
  if (hint) best = { at: hint.index, end: hint.index + hint[0].length, year: null };
  BARE_YEAR.lastIndex = eventAt;
  const year = BARE_YEAR.exec(near);
  if (year && (!best || year.index < best.at)) best = { at: year.index + year[0].length - 4, end: year.index + year[0].length, year: year[1] };
  if (!best || best.at - eventAt > OWN_REACH) return null;
  // the event word itself may be one that breaks a clause ("said at"): look past its first word
  const between = sentence.slice(eventAt, best.at).replace(/^\p{L}+/u, '');
  return CLAUSE_BREAK.test(between) ? null : best;
}

/**
 * The words of the event's own date, resolvable or not (an article without a date): those that
 * modify the event word or follow it in its phrase ("a council meeting on Thursday", not the
 * sentence's first "April" of "The change, which will begin in April, was passed at a meeting on
 * Thursday"); null when its phrase names no time.
 */
export function ownDateText(sentence: string, eventAt: number): string | null {
  if (!DATE_STEM.test(sentence)) return null;
  const opening = /^(?:19|20)\d{2}\b/.exec(sentence.slice(eventAt, eventAt + 5));
  if (opening) return opening[0];
  const found = modifierBefore(eventAt, sentence.slice(Math.max(0, eventAt - 48), eventAt)) ?? dateAfter(sentence, eventAt);
  return found && dateWordsAt(sentence, found.at, found.end);
}

/** The date words at [at, end) of a sentence, a month's name with its day ("December 8", "18 December": DATE_HINT finds the month alone). */
export function dateWordsAt(sentence: string, at: number, end: number): string {
  if (!MONTH_NAME.test(sentence.slice(at, end))) return sentence.slice(at, end);
  const after = DAY_AFTER.exec(sentence.slice(end, end + 6));
  const before = after ? null : DAY_BEFORE.exec(sentence.slice(Math.max(0, at - 6), at));
  return sentence.slice(at - (before?.[0].length ?? 0), end + (after?.[0].length ?? 0));
}

/** The first date chrono reads in the window that does not end before `from` (the date words looked for). */
function resolveIn(window: string, reference: string | null, tense: Tense, approximate: boolean, from: number): ResolvedDate | null {
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

/**
 * A month name used as a first name: capitalised, before a capitalised word that is no date word
 * ("May Lindqvist said"), and not after a word that introduces a date or a determiner ("in May
 * Congress voted", "mid-May", "a September Washington Post poll").
 */
const DATE_INTRODUCERS = 'in|on|since|until|till|during|last|next|this|early|late|mid|before|after|through|throughout|a|an|the|every|each|its|his|her|their|our|whose';
const MONTH_FIRST_NAME = new RegExp(
  `(?<!\\b(?:${DATE_INTRODUCERS.replace(/\b\w/g, (c) => `[${c}${c.toUpperCase()}]`)})\\s+|-)` +
    `\\b(?:${FULL_MONTHS})(?=\\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|${MONTH}|Day\\b)\\p{Lu}\\p{Ll})`,
  'gu',
);

/** What every match of MONTH_FIRST_NAME holds: a month name, then white space. */
const MONTH_THEN_SPACE = new RegExp(`(?:${FULL_MONTHS})\\s`);

/**
 * "Today" as a name: capitalised after a word or a figure, not opening a sentence ("BBC Radio 4's
 * Today programme", "USA Today", "told Today").
 */
const DAY_WORD_NAME = /(?<=[\p{L}\d][’']?s?\s+)To(?:day|night|morrow)\b/gu;
/** What every match of DAY_WORD_NAME holds. */
const DAY_WORD_CAPITALISED = /To(?:day|night|morrow)\b/;

/**
 * The sentence with date words used in names blanked out, offsets kept: months used as first
 * names ("April Mellody", "May Lindqvist") and "Today" as a programme's or a paper's name.
 */
export function withoutDateWordNames(sentence: string): string {
  let out = sentence;
  // most sentences have no month before a space: MONTH_FIRST_NAME would try its look-behind at every character
  if (MONTH_THEN_SPACE.test(out)) out = out.replace(MONTH_FIRST_NAME, (m) => ' '.repeat(m.length));
  if (DAY_WORD_CAPITALISED.test(out)) out = out.replace(DAY_WORD_NAME, (m) => ' '.repeat(m.length));
  return out;
}

/** A word that makes the date after it the bound of a span: "since January", "until March", "by June". */
const BOUND_BEFORE = /\b(?:since|until|till|by|before|through)\s+$/i;

/**
 * The last date a passage states ("In June 2001, …", "in 2019", "last month") that is not after
 * the reference, resolved against it: what "a month later" in the next sentence counts from (a
 * date still ahead, "will be released Sept. 9", is no point the story has passed). null when none.
 */
export function lastStatedDate(passage: string, reference: string | null, approximate = false, dayOnly = false): ResolvedDate | null {
  const text = withoutDateWordNames(passage);
  const found: Array<{ at: number; end: number; year: string | null }> = [];
  // matchAll starts where the pattern's lastIndex stands, and ownDate leaves these global patterns anywhere
  DATE_HINT_ALL.lastIndex = 0;
  BARE_YEAR.lastIndex = 0;
  for (const m of text.matchAll(DATE_HINT_ALL)) found.push({ at: m.index!, end: m.index! + m[0].length, year: null });
  for (const m of text.matchAll(BARE_YEAR)) found.push({ at: m.index! + m[0].length - 4, end: m.index! + m[0].length, year: m[1] });
  found.sort((a, b) => b.at - a.at);
  for (const f of found) {
    // "since January", "by March": a span's bound, not a time the story has reached
    if (dayOnly && BOUND_BEFORE.test(text.slice(Math.max(0, f.at - 8), f.at))) continue;
    const r = f.year ? { date: f.year, text: f.year, index: f.at } : resolveAt(text, f.at, f.end, reference, undefined, approximate);
    // "Last September … the next day": the last time told names no day, so no day counts from it
    if (r && dayOnly && r.date.length < 10) return null;
    if (r && (!reference || r.date <= reference.slice(0, r.date.length))) return r;
  }
  return null;
}

/**
 * A part of every date word DATE_HINT finds, in its case, with no word boundary or space in it:
 * blanking parts of a text (quotations, names) can take one away but never make one.
 */
const DATE_WORD_STEM = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|omorrow|onight|week|month|year|ago/;

/**
 * Cheap test: false when neither datePhrase nor countedPhrase can find anything in the text or in
 * any copy of it with parts blanked out (offsets kept). Most sentences name no date.
 */
export function mayNameDateWords(text: string): boolean {
  return DATE_WORDS_OR_COUNTED.test(text);
}

/**
 * DATE_WORD_STEM or countedPhrase's "later"/"earlier" (any case) in one pattern, so a text without
 * either (most sentences) is read once, not twice. A non-Unicode `i` pattern, as countedPhrase's
 * are, matches an ASCII letter only in its two ASCII cases.
 */
const DATE_WORDS_OR_COUNTED = new RegExp(`${DATE_WORD_STEM.source}|[Ll][Aa][Tt][Ee][Rr]|[Ee][Aa][Rr][Ll][Ii][Ee][Rr]`);

/** The text firstHint read last, and what it found there. */
let hintText: string | null = null;
let hintFound: Readonly<{ index: number; text: string }> | null = null;

/**
 * The first match of DATE_HINT in a text, as its index and text. An event's sentence is asked
 * for it up to four times (its dated attribution, its date, whether it names one, the date's
 * words): the last answer is kept for the same text.
 */
function firstHint(text: string): Readonly<{ index: number; text: string }> | null {
  if (text !== hintText) {
    const m = DATE_HINT.exec(text);
    hintFound = m ? { index: m.index, text: m[0] } : null;
    hintText = text;
  }
  return hintFound;
}

/** The first date words of a sentence ("Tuesday", "last month", "March 24") and where they stand. */
export function datePhrase(sentence: string): Readonly<{ index: number; text: string }> | null {
  return firstHint(sentence);
}

/**
 * Every date phrase of a sentence, as datePhrase finds the first ("Dec 29 … on Tuesday said": the
 * weekday stands by the cue, not the dateline's day). At most `limit` of them.
 */
export function datePhrases(sentence: string, limit = 4): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  DATE_HINT_ALL.lastIndex = 0;
  for (let m = DATE_HINT_ALL.exec(sentence); m && found.length < limit; m = DATE_HINT_ALL.exec(sentence)) found.push({ index: m.index, text: m[0] });
  return found;
}

/** Whether a sentence names a time at all, resolvable or not ("last month" in an undated article). */
export function namesDate(sentence: string): boolean {
  return firstHint(sentence) !== null || bareYear(sentence) !== null;
}

/** "in 2019": a year alone needs no date parser. */
function bareYear(sentence: string): ResolvedDate | null {
  const year = /\b(?:in|since|during|of) ((?:19|20)\d{2})\b/.exec(sentence);
  return year ? { date: year[1], text: year[1], index: year.index + year[0].length - 4 } : null;
}

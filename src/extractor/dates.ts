/**
 * The date an event phrase in a sentence refers to, with chrono-node: the date words of a
 * sentence (datePhrase), resolved against the article's date (publishedDate.ts) in the direction
 * the verb's tense implies (./dateTense) by chrono (./chronoDates), and the last date a passage
 * states, what a later one counts from. Read by the event stages (events, eventCandidates,
 * eventDates, eventMerging).
 */
import { FULL_MONTHS, MONTH } from './datePatterns';
import { MONTH_NAME, resolveIn, SHORT_MONTH_BY_DAY, type ResolvedDate } from './chronoDates';
import { tenseAround, type Tense } from './dateTense';

/**
 * Cheap test before chrono runs: most sentences name no day, month or relative date. Months and
 * weekdays count only capitalised ("he may march" names no month); "Dec." ends in its dot.
 */
const DATE_HINT = new RegExp(
  `\\b(?:${MONTH}|${SHORT_MONTH_BY_DAY}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|` +
    `(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming) (?:week|month|year|weekend)|ago)\\b)(?!\\w)`,
);

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
  let hint = firstHint(sentence);
  // a month that dates what the event is about gives way to the next date words ("findings into the April 2024 attack in July")
  if (hint && eventAt !== undefined && subjectsDate(sentence, hint.index, hint.index + hint.text.length, eventAt)) {
    DATE_HINT_ALL.lastIndex = hint.index + hint.text.length;
    const next = DATE_HINT_ALL.exec(sentence);
    hint = next && { index: next.index, text: next[0] };
  }
  // date words after the event word past "after"/"before" date another act ("was sentenced at
  // Snaresbrook after pleading guilty in September", "the second strike this year, after a walkout that ended in December")
  if (hint && eventAt !== undefined && hint.index > eventAt && anotherAct(sentence.slice(eventAt, hint.index))) return own;
  // so do date words in what a court's sentence is for ("jailed for six years for burglaries committed in 2023")
  if (eventAt !== undefined && hint && hint.index > eventAt && offence(sentence.slice(eventAt, hint.index))) return own;
  // date words before an "after" clause that holds the event word are its main clause's ("Schools
  // closed on Thursday after contract talks failed": the talks failed before)
  // (the event word may be the clause's verb, its subject before it: "after contract talks with the port's employers broke down")
  if (hint && eventAt !== undefined && hint.index < eventAt) {
    const clause = IN_OTHER_CLAUSE.exec(sentence.slice(hint.index + hint.text.length, eventAt + OPENING_WORD));
    if (clause && (subjectOfClause(sentence, eventAt) || subjectOfClause(sentence, hint.index + hint.text.length + clause.index))) return own;
  }
  const first = hint ? resolveAt(sentence, hint.index, hint.index + hint.text.length, reference, tense, approximate) : null;
  // "the first picks of the 2016 presidential election on Monday": a day of that year refines it
  if (own) return first && first.date.startsWith(own.date) ? first : own;
  if (first) return first;
  const ordinal = approximate ? null : ordinalDay(sentence, reference, tense);
  if (ordinal) return ordinal;
  const year = bareYear(sentence);
  if (!year || eventAt === undefined) return year;
  // an event's date is no span's bound ("his second visit since 2024") nor an offence's year
  const otherAct = SINCE_BEFORE.test(sentence.slice(Math.max(0, year.index - 6), year.index)) || (year.index > eventAt && offence(sentence.slice(eventAt, year.index)));
  return otherAct ? null : year;
}

const SINCE_BEFORE = /\bsince\s+$/i;

/**
 * A day of the month by its ordinal alone, after a preposition: "meets on the 9th and 10th", "by
 * the 30th" (not "the 9th Circuit", "on the 20th anniversary", "the 3rd round").
 */
const ORDINAL_DAY =
  /\b(?:on|by|until|till|from|before|since|after) the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:\p{Lu}|century|centuries|anniversary|time|times|floor|round|minute|place|hole|inning|innings|lap|day|week|month|year|birthday|edition|session|straight|consecutive|amendment|percentile))/u;

/**
 * The day an ordinal alone names (ORDINAL_DAY) in the month of `reference` (the article's own
 * date, `YYYY-MM-DD`) or the month next to it the tense points to: ahead for a future, behind for
 * a past, else the nearest. null without a reference or with a day the month does not have.
 */
function ordinalDay(sentence: string, reference: string | null, tense: Tense | undefined): ResolvedDate | null {
  const m = ORDINAL_DAY.exec(sentence);
  if (!m || !reference || reference.length < 10) return null;
  const day = Number(m[1]);
  const [year, month, today] = reference.split('-').map(Number);
  const at = m.index + m[0].indexOf('the');
  const t = tense ?? tenseAround(sentence, at, m.index + m[0].length);
  const step = t === 'future' ? (day < today ? 1 : 0) : t === 'past' ? (day > today ? -1 : 0) : day - today > 15 ? -1 : today - day > 15 ? 1 : 0;
  const first = new Date(Date.UTC(year, month - 1 + step, 1));
  const date = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day));
  if (day < 1 || date.getUTCMonth() !== first.getUTCMonth()) return null;
  return { date: date.toISOString().slice(0, 10), text: m[0].slice(at - m.index), index: at };
}
/**
 * Whether the event word at `eventAt` is the subject of the "after" clause it stands in, with a verb
 * of its own ("after contract talks between the union and the ministry failed"): not the object of
 * a preposition ("following a meeting with House members", "before saying").
 */
function subjectOfClause(sentence: string, eventAt: number): boolean {
  const rest = sentence.slice(eventAt, eventAt + 160);
  return EVENT_THEN_VERB.test(rest.replace(OPENING_PREPOSITION, ''));
}
const OPENING_PREPOSITION = /^(?:after|before|following)\s+/i;
/** An event noun phrase, its "between …" phrase, then its verb in the past. */
const EVENT_THEN_VERB =
  /^(?:[\p{L}'’-]+\s+){0,3}?(?:talks|negotiations|strikes?|walkouts?|meetings?|summits?|votes?|elections?|primar(?:y|ies)|caucus(?:es)?|trials?|hearings?|visits?|rall(?:y|ies)|protests?|debates?)\b(?:\s+(?:between|with|on|over|for|of|in|at)\s+(?:(?!\b(?:who|which|that|have|has|had|is|are)\b)[^,;.]){1,80}?)?\s+(?:\p{Ll}+ed|broke|fell|began|went|ended|collapsed|failed|won|lost|took|was|were|had)\b/iu;

/** How far into an event word's match its own "after" may stand ("after contract talks"), in characters. */
const OPENING_WORD = 6;
/** An "after"/"before" clause still open at the event word. */
const IN_OTHER_CLAUSE = /\b(?:after|before|following)\b[^,;]*$/i;

/**
 * A court's penalty or verdict and what it is for, up to date words: "jailed for six years for a
 * string of burglaries committed in", "convicted of a fraud in" (the offence's time, not the
 * court's); not the term ("jailed for six years on Tuesday") nor a date it is for.
 */
const OFFENCE = /\b(?:jailed|sentenced|convicted|acquitted|fined|imprisoned|guilty)\b[^,;]*?\b(?:for|of)\s+(?!(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|life)\b)(?!(?:next|last|this)\b)[^,;]*$/i;
const PENALTY = /\b(?:jailed|sentenced|convicted|acquitted|fined|imprisoned|guilty)\b/i;

/**
 * Whether `words` (an event word's to date words) end in OFFENCE. Tried only on the clause after
 * the last comma or semicolon, from its first penalty word (a later one's "for" is the first's
 * too): tried at every penalty word up to every comma, a long sentence was cubic ("At the trial he
 * was jailed for a crime of " * n, 32 KB: 6 s).
 */
function offence(words: string): boolean {
  const clause = words.slice(Math.max(words.lastIndexOf(','), words.lastIndexOf(';')) + 1);
  const penalty = PENALTY.exec(clause);
  return !!penalty && OFFENCE.test(clause.slice(penalty.index));
}

/**
 * A clause of another act between an event word and later date words: "after" or "before" and a
 * verb ("after pleading guilty", "after a walkout that ended", "before lawmakers voted"), or a
 * participle's clause (", ending a dispute that led to strikes last year"), not a
 * place ("appeared before the committee on Tuesday"). Linear in the length of `words`.
 */
export function anotherAct(words: string): boolean {
  if (AFTER_DOING.test(words) || PARTICIPLE_CLAUSE.test(words)) return true;
  // the rest of a clause past its first "after" holds that of every later one: one look per clause
  // (a look from each "after", as one pattern did, was quadratic on a long run of "after the …")
  for (const clause of words.split(CLAUSE_END)) {
    const at = AFTER_OR_BEFORE.exec(clause);
    if (at && ACT_WORD.test(clause.slice(at.index + at[0].length))) return true;
  }
  return false;
}
const AFTER_DOING = /\b(?:after|before)\s+\w+ing\b/i;
/** A participle's clause after a comma, with its own object: ", ending a dispute that led to rotating strikes last year" (not ", starting May 27"). */
const PARTICIPLE_CLAUSE = /,\s+\p{Ll}+ing\s+(?:a|an|the|its|their|his|her|this|that)\s/u;
const AFTER_OR_BEFORE = /\b(?:after|before)\s+/i;
const CLAUSE_END = /[,;]/;
/** A word of a clause with its own verb: "that", "which", "who", a past form in "-ed". */
const ACT_WORD = /\b(?:that|which|who|\w+ed)\b/i;

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
  // (chrono reads no "17 May" before a run of spaces, as a blanked quotation or clause leaves at the end)
  const found = resolveIn(sentence.slice(from, end + 36).trimEnd(), reference, tense ?? tenseAround(sentence, at, end), approximate, at - from);
  if (!found) return null;
  // the part of the day is the date words' too, though no day of its own ("on Thursday afternoon"; chrono's clock parsers are left out)
  let index = found.index + from;
  const part = PART_OF_DAY.exec(sentence.slice(index + found.text.length, index + found.text.length + 12));
  const text = part ? found.text + part[0] : found.text;
  // two days of one month ("will meet on 19 and 20 May"): chrono reads the second; what they span starts on the first
  const first = /^\d/.test(found.text) && found.date.length === 10 ? DAY_AND.exec(sentence.slice(Math.max(0, index - 10), index)) : null;
  if (!first || Number(first[1]) >= Number(found.date.slice(8)) || Number(first[1]) < 1) return { ...found, index, text };
  index -= first[0].length;
  return { ...found, date: `${found.date.slice(0, 8)}${first[1].padStart(2, '0')}`, index, text: sentence.slice(index, index + first[0].length) + text };
}
/** A part of the day just after a day's date words: " afternoon", " evening". */
const PART_OF_DAY = /^\s(?:morning|afternoon|evening|night)\b/;
/** A day's number and "and" just before another day's date words: "19 and " of "19 and 20 May". */
const DAY_AND = /\b(\d{1,2})(?:st|nd|rd|th)? (?:and|&) $/;

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
/**
 * DATE_HINT as firstHint runs it: global, as DATE_HINT_ALL, so that V8 compiles the pattern once
 * (a pattern is compiled for each set of flags, and objects of one source and flags share it), its
 * own object so that no loop over DATE_HINT_ALL has its place moved.
 */
const DATE_HINT_FIRST = new RegExp(DATE_HINT.source, 'g');
const BARE_YEAR = /\b(?:in|since|during|of) ((?:19|20)\d{2})\b/g;
/** BARE_YEAR as bareYear runs it (global too: one compiled pattern, see DATE_HINT_FIRST). */
const BARE_YEAR_FIRST = new RegExp(BARE_YEAR.source, 'g');
/** A year alone that dates an event ("in 2019"); "since 2024" is a span's bound. */
const EVENT_YEAR = /\b(?:in|during|of) ((?:19|20)\d{2})\b/g;
/**
 * Date words that modify the event word, at the end of the text before it: "Thursday’s summit",
 * "the Dec. 28 meeting", "last week’s Kentucky primary", "the 2019 summit".
 */
const DATE_BEFORE = new RegExp(`((?:${DATE_HINT.source}|\\b(?:19|20)\\d{2})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?:19|20)\\d{2}\\b)?)(?:['’]s)?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, 'u');
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
  // date words before a phrase that opens with a preposition or a verb ("from next Tuesday after
  // talks broke down last week", "on Monday held talks") modify another word, not the event word
  const modifier = NOT_A_NOUN.test(sentence.slice(eventAt, eventAt + 10)) ? null : modifierBefore(eventAt, before);
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

/** An event word's phrase that opens with a preposition or a verb: "after talks", "held talks", "during negotiations", "on Monday set a hearing" (the setting's day). */
const NOT_A_NOUN = /^(?:after|before|during|in|held|hold|holding|holds|set|sets|setting|scheduled|schedules|scheduling)\s/i;
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
  // (the date words are DATE_BEFORE's group: no date words end in a capitalised word after a space,
  // so none of the capitalised words after them can start in them)
  return { at, end: at + modifier[1].length, year: null };
}

/** The first date words after the event word at `eventAt` in the same phrase ("a meeting in Paris in 2025", "talks on Thursday"), or null. */
function dateAfter(sentence: string, eventAt: number): DateWords | null {
  const near = sentence.slice(0, eventAt + OWN_REACH + 40);
  let best: DateWords | null = null;
  DATE_HINT_ALL.lastIndex = eventAt;
  let hint = DATE_HINT_ALL.exec(near);
  while (hint && ((PERIOD_OF_FIGURES.test(near.slice(hint.index + hint[0].length, hint.index + hint[0].length + 40)) && DETERMINER_JUST_BEFORE.test(near.slice(Math.max(0, hint.index - 8), hint.index))) || subjectsDate(near, hint.index, hint.index + hint[0].length, eventAt))) hint = DATE_HINT_ALL.exec(near);
  if (hint) best = { at: hint.index, end: hint.index + hint[0].length, year: null };
  EVENT_YEAR.lastIndex = eventAt;
  const year = EVENT_YEAR.exec(near);
  if (year && (!best || year.index < best.at)) best = { at: year.index + year[0].length - 4, end: year.index + year[0].length, year: year[1] };
  if (!best || best.at - eventAt > OWN_REACH) return null;
  // the event word itself may be one that breaks a clause ("said at"): look past its first word
  // (a date in apposition is the event's: "the first G20 summit held on African soil, on 22-23 November")
  const between = sentence.slice(eventAt, best.at).replace(/^\p{L}+/u, '').replace(DATE_IN_APPOSITION, '');
  return CLAUSE_BREAK.test(between) ? null : best;
}
/** A comma, then the preposition of a date and its day's numbers, before a month's name: ", on 22-23 ", ", from 3 ". */
const DATE_IN_APPOSITION = /,\s+(?:on|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+)?$/;
/**
 * A month after a determiner that names the period a report's figures cover, no day of the event
 * ("will release the November employment report on Dec. 16"): after DATE_HINT's month, the noun.
 */
const PERIOD_OF_FIGURES = /^\s+(?:[\w-]+\s+){0,2}?(?:report|figures|data|numbers|statistics|payrolls|index|readings?|accounts)\b/i;
const DETERMINER_JUST_BEFORE = /\b(?:the|its|their)\s+$/i;
/** What an event is about, opening before date words: "into the ", "on the " (of "findings into the April 2024 attack"). */
const ABOUT_THE = /\b(?:into|about|over|on|of)\s+the\s+$/i;
/** The rest of date words that modify a noun after them: " 2024 attack", " 9 deadline". */
const MODIFIES_NOUN = /^(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)\d{2}\b)?\s+(?!(?:after|before|and|or|to|in|on|at|of|when|while|that|which|as|with|for|by|from|until|through)\b)\p{Ll}+/u;

/**
 * Whether the month at [at, end), after the event word at `eventAt`, dates what the event is about,
 * not the event: "delivered its findings into the April 2024 attack in July" (the findings are
 * July's; "the outcome of the Nov. 8 presidential election" has the event word after its date).
 */
function subjectsDate(text: string, at: number, end: number, eventAt: number): boolean {
  return at > eventAt && MONTH_NAME.test(text.slice(at, end)) && ABOUT_THE.test(text.slice(Math.max(0, at - 12), at)) && MODIFIES_NOUN.test(text.slice(end, end + 24));
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
    DATE_HINT_FIRST.lastIndex = 0;
    const m = DATE_HINT_FIRST.exec(text);
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
  BARE_YEAR_FIRST.lastIndex = 0;
  const year = BARE_YEAR_FIRST.exec(sentence);
  return year ? { date: year[1], text: year[1], index: year.index + year[0].length - 4 } : null;
}

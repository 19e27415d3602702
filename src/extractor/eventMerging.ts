/**
 * Events, one event reported several times (asked by the walk in ./events for each new
 * candidate): the earlier event a candidate is, by a definite reference back ("the summit"), the
 * same kind and party on the same day or at the same place, or one speaker going on with one
 * occasion; the candidate's passage, participants, place and date are folded into it.
 */
import { namesDate } from './dates';
import { DAYS_AND_MONTHS } from './gazetteer';
import { GATHERINGS, SPEAKING } from './eventWords';
import { lastPara, RECENT_PARAGRAPHS, type Candidate } from './eventCandidates';

/** How many of the article's latest events a new passage is compared with. */
export const MERGE_REACH = 48;
/** Remarks told before, made at a gathering: "made the remarks during an", "made those comments at a". */
const REMARKS_MADE = /\b(?:made|gave|delivered)\s+(?:the|those|these|his|her|their)\s+(?:remarks|comments)\s+(?:at|during|in)\s+(?:[\w’'-]+\s+){0,4}$/i;
/** How many paragraphs back one speaker's next words still go on with the same occasion. */
const SPEAKING_REACH = 2;

/** The event word, then a past verb of its happening: "meeting began", "talks ended", "summit was held". */
const HAPPENED_AFTER = /^[\w’'-]+\s+(?:began|ended|started|opened|closed|concluded|broke up|wrapped up|lasted|got under way|was held|were held|took place|was over|were over)\b/i;

/**
 * Folds the candidate into an event the article reported before, when it is the same event: a
 * definite reference back ("the summit", "this week's gathering", "wrote in the piece") with no
 * place or date of its own that disagrees; the same kind with the same party, on the same day or
 * at the same place on agreeing dates ("visiting Japan this week", "arrived in Japan Monday"); or the
 * same speaker going on with the same occasion ("X said Tuesday …" then "…, X said at a forum").
 * `articleDate` (YYYY-MM-DD) is the article's own date, when known. Returns the event it went into, or null.
 */
export function mergeIntoEarlier(c: Candidate, all: Candidate[], reported: string, articleDate: string | null = null): Candidate | null {
  // the events a reference may go back to: the latest ones, so a long article stays linear
  const events = all.length > MERGE_REACH ? all.slice(-MERGE_REACH) : all;
  const fits = (e: Candidate): boolean => placesAgree(e, c) && datesAgree(e, c);
  let same: Candidate | undefined;
  if (c.trigger.definite && !c.trigger.verb) {
    // "the NATO summit" refers back to a NATO summit, "the Shangri-la Dialogue summit" names another
    // (by a name or an alias: "NATO" is an alias of the North Atlantic Treaty Organisation named in full)
    // (a day or a month, "Thursday's meeting", names no other event when both dates are known: fits() compares them)
    const named = (e: Candidate): boolean =>
      c.trigger.qualifiers.every(
        (w) => (DAYS_AND_MONTHS.has(w.toLowerCase()) && !!e.date && !!c.date) || [e.lead, ...e.participants].some((a) => a?.name.includes(w) || a?.aliases.some((x) => x.includes(w))) || e.placeName?.includes(w),
      );
    const kindFits = (e: Candidate): boolean => e.kind === c.kind || (c.trigger.referenceOnly && GATHERINGS.has(e.kind) && GATHERINGS.has(c.kind));
    // a reference told as held is to an event held rather than one still ahead of the article, when
    // there are both: "Protesters gathered outside before the meeting began" is the town hall held, not
    // the one announced for next week ("The meeting was first reported by Politico" may be either)
    const past = !!articleDate && HAPPENED_AFTER.test(reported.slice(c.trigger.offset, c.trigger.offset + 48));
    const candidates = events.filter((e) => kindFits(e) && named(e) && fits(e));
    const held = past ? candidates.filter((e) => !e.date || e.date <= articleDate!) : candidates;
    const fitting = held.length ? held : candidates;
    // an event of the last few paragraphs is what "the forum" means, unless it is history with a
    // stated year ("a meeting in December 2020"); else the event the article has spoken of most
    const recent = fitting.filter((e) => c.para - lastPara(e) <= RECENT_PARAGRAPHS && !/\b(?:19|20)\d{2}\b/.test(e.dateText ?? ''));
    const most = (list: Candidate[]): Candidate | undefined => list.reduce<Candidate | undefined>((m, e) => (!m || e.more.length >= m.more.length ? e : m), undefined);
    // an event of the same kind before one of a kindred kind ("the gathering": a meeting before a summit)
    const sameKind = fitting.filter((e) => e.kind === c.kind);
    same = recent.filter((e) => e.kind === c.kind).at(-1) ?? most(sameKind) ?? recent.at(-1) ?? most(fitting);
  }
  // a phase of an election held in phases is that election, dated by the polling day told first
  // ("Voting began on Tuesday in the first phase …", then "The second phase of polling will be held on November 6")
  if (c.trigger.phase) same ??= events.findLast((e) => e.kind === 'election' && placesAgree(e, c));
  // (one company's results told again with no date: "cut its annual profit forecast, saying results would suffer")
  const undatedResults = c.trigger.label === 'results' && !c.date && !c.dateText;
  same ??= events.findLast((e) => e.kind === c.kind && sameParty(e, c) && (c.kind !== 'statement' || sameSpeaker(e, c)) && fits(e) && (sameDay(e, c) || (!!e.placeName && !!c.placeName) || (undatedResults && e.trigger.label === 'results')));
  // a court story's lead of someone unnamed, then its next paragraph names them ("A man … has been
  // jailed for six years." then "Kieran Walsh, 29, was sentenced at Bristol Crown Court on Tuesday";
  // not the other way: an unnamed man jailed after a named pair's trial is another case)
  same ??= c.kind === 'hearing' ? events.findLast((e) => e.kind === 'hearing' && c.para - lastPara(e) <= 1 && unnamed(e) && !unnamed(c) && fits(e)) : undefined;
  // one speaker going on with one occasion: "X said Tuesday …" then "…, X said at a forum";
  // "X asked … last month" then "X asked at the … summit": the statement was made at the summit
  // ("Trump made the remarks during an Oval Office meeting": the remarks told before were made there)
  const atGathering = GATHERINGS.has(c.kind) && (/\bat\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$/i.test(reported.slice(0, c.trigger.offset)) || REMARKS_MADE.test(reported.slice(0, c.trigger.offset)));
  // who speaks: the sentence's cues, else (a quotation handed to an earlier cue) its people before the event word
  const speakers = c.speakers.length ? c.speakers : atGathering ? c.subjects : [];
  if (!same && (SPEAKING.has(c.kind) || atGathering) && speakers.length && !namesDate(reported)) {
    same = events.findLast((e) => SPEAKING.has(e.kind) && c.para - e.para <= SPEAKING_REACH && e.speakers.some((a) => speakers.includes(a)));
    // the occasion is the more specific of the two: a summit, a speech or a press conference over a statement
    if (same && same.kind === 'statement') same.kind = c.kind;
    if (same && atGathering) same.lead = c.lead;
  }
  if (!same) return null;
  fold(c, same);
  return same;
}

/**
 * The headline's event told again in the body: a headline names the article's event without its
 * date or place ("EU leaders head to Brussels for energy summit"), the body tells it in full ("a
 * two-day summit in Brussels on Thursday"); a headline's event with no date words is the body's
 * first event of its kind whose place agrees. `head` is the article's first event, from its headline.
 */
export function foldHeadline(head: Candidate, all: Candidate[]): boolean {
  if (head.date || head.dateText) return false;
  const body = all.find((e) => e !== head && e.kind === head.kind && placesAgree(e, head));
  if (!body) return false;
  fold(head, body);
  return true;
}

/** Folds candidate `c`'s passage, participants, place and date into the event `same`. */
export function fold(c: Candidate, same: Candidate): void {
  same.more.push({ start: c.start, end: c.end });
  same.lastPara = Math.max(lastPara(same), c.para);
  for (const a of c.participants) if (!same.participants.includes(a) && same.participants.length < 8) same.participants.push(a);
  if (!same.placeName && c.placeName) Object.assign(same, { place: c.place, placeName: c.placeName });
  for (const p of c.places) if (!same.places.includes(p)) same.places.push(p);
  if (c.date && (!same.date || c.date.length > same.date.length)) Object.assign(same, { date: c.date, dateText: c.dateText, nearest: c.nearest });
  else if (!same.date && !same.dateText && c.dateText) same.dateText = c.dateText;
  // undated both, the passage that gives a month or a day is the event's date ("next month's
  // by-elections", then "The by-elections are scheduled for December 8")
  if (!same.date && !c.date && (c.yearless?.length ?? 0) > (same.yearless?.length ?? 0)) Object.assign(same, { dateText: c.dateText, yearless: c.yearless });
  same.yearless ??= c.yearless;
}

/** An event with no party: "A man … has been jailed". */
const unnamed = (e: Candidate): boolean => !e.participants.length;

/** Places agree when either is unknown or one is among the places the other names. */
const placesAgree = (a: Candidate, b: Candidate): boolean => !a.placeName || !b.placeName || a.places.includes(b.placeName) || b.places.includes(a.placeName);
/** Dates agree when either is unknown or one refines the other ("2024-07", "2024-07-09"). */
const datesAgree = (a: Candidate, b: Candidate): boolean => !a.date || !b.date || a.date.startsWith(b.date) || b.date.startsWith(a.date);
/** The same day: the same full date, or the same unresolved day words ("On Friday", "on Friday"). */
const sameDay = (a: Candidate, b: Candidate): boolean =>
  a.date && b.date ? a.date.length === 10 && a.date === b.date : !a.date && !b.date && !!a.dateText && a.dateText.toLowerCase() === b.dateText?.toLowerCase();

/** The same lead, or an unnamed one ("a senior official", "officials"). */
const sameSpeaker = (a: Candidate, b: Candidate): boolean => a.lead === b.lead || [a.lead, b.lead].some((l) => !l || l.anonymous || l.kind === 'group');

/**
 * sameSpeaker, or a shared participant. A statement is one speaker's: two the same day are one
 * only by sameSpeaker (see mergeIntoEarlier: an adviser's and his candidate's words on the race are two).
 */
const sameParty = (a: Candidate, b: Candidate): boolean => sameSpeaker(a, b) || a.participants.some((x) => b.participants.includes(x));

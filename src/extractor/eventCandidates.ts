/**
 * Events, one sentence's candidate (made by the walk in ./events for a sentence with an event word
 * or a dated cue): its participants, place, lead and the holder its label names, and its date from
 * its own words (relative to the article's date; "shortly afterward" and "meanwhile" from the
 * event told before); and, once the walk is done, the event a candidate finishes as (`finish`).
 */
import type { Analysis } from './analyze';
import { acronymOf, type LocalActor } from './actors';
import { dateWordsAt, datePhrase, namesDate, ownDateText, resolveDate } from './dates';
import type { ResolvedDate } from './chronoDates';
import { countFromEarlier, firstDayOfSpan } from './countedDates';
import { onlyReports, type TriggerHit } from './eventWords';
import { VOTE_MODIFIERS, VOTE_VERBS } from './eventTriggers';
import { adjectivalPlace, placeOf } from './eventPlaces';
import { MONTH } from './datePatterns';
import type { EventKind } from './types';
import type { LocalEvent } from './events';

/** Everything a sentence offers about its event before it is merged or kept. */
export interface Candidate extends LocalEvent {
  trigger: TriggerHit;
  /** Every place the sentence names for the event ("visiting Japan and South Korea"). */
  places: string[];
  lead: LocalActor | null;
  /** Who the label names when not the lead (see makeCandidate). */
  holder?: LocalActor;
  /** A body the label names that is no actor: "council" of "the council voted", "committee" of "a committee vote". */
  holderName?: string;
  /** Who speaks in the sentence (the speakers of its cues). */
  speakers: LocalActor[];
  /** People named before the event word. */
  subjects: LocalActor[];
  para: number;
  /** The paragraph of its latest passage. */
  lastPara?: number;
  /** Its date is a bare weekday placed nearest to a date the text only mentions, in this tense. */
  nearest?: ResolvedDate['nearest'];
}

export const lastPara = (e: Candidate): number => e.lastPara ?? e.para;
/** How many paragraphs back "the forum" still means an event just reported rather than the article's main one. */
export const RECENT_PARAGRAPHS = 3;

/** "Shortly afterward", "later": a time given only by the event before. */
const AFTERWARD = /\b(?:afterwards?|after that|(?:soon|shortly) after(?=\s*[,.;]))/i;
/** "Meanwhile, …": at the time of the event told before, to the month. */
const MEANWHILE = /^\s*(?:meanwhile|in the meantime)\b/i;

/** A month name, with its day if given: "March 24", "24 March", "June". */
const MONTH_DAY = new RegExp(
  '\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
    '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)(?:\\s+\\d{1,2}\\b(?!,?\\s+\\d{4}))?',
);
/** A reporting period by its end: "the year to June 30", "the six months ended 31 December" (a cheap test, then the whole phrase). */
const PERIOD_TO = /\b(?:year|half|quarter|months|period|weeks) (?:to|ended|ending) /;
const PERIOD_TO_DATE = new RegExp(`\\b(?:year|half|quarter|months|period|weeks) (?:to|ended|ending) (?:in |on )?(?:\\d{1,2} )?${MONTH}(?: \\d{1,2})?(?:,? (?:19|20)\\d{2})?`, 'g');
/** "in" just before a name: a place's preposition. */
const IN_BEFORE = /\bin\s$/;
/** A name that ends in a function word, cut short before its head: "Office of the". */
const CUT_SHORT = /\s(?:of|the|and|for|to|in|on|at|a|an)$/;
/** Date words that name a day but no month: "Thursday", "today". */
const OWN_DAY = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|tomorrow|yesterday)\b/i;

export function makeCandidate(
  /** The sentence with quotations, and the content of indirect quotes around the event word, blanked out. */
  narration: string,
  dated: string,
  s: { start: number; end: number },
  para: number,
  trigger: TriggerHit,
  inSentence: Analysis['mentions'],
  reference: string | null,
  approximate: boolean,
  previous: Candidate | null,
  counted: string | null,
): Candidate {
  const participants: LocalActor[] = [];
  /** Names the analysis took for people that stand as places ("in Temple Bar"). */
  const placed: LocalActor[] = [];
  let place = placeOf(narration, trigger.offset, trigger.kind, inSentence, s.start);
  // a reference back ("the treaty") has the place of its own phrase only: in "the treaty should be
  // debated in Parliament" Parliament is the debate's, not the signing's
  // (a possessive's event is no reference back: "A coroner's inquest … will begin June 8 in Thunder Bay")
  // (a clause that tells where the event itself was made or is held is its own: "the NATO summit which will be held in
  // Lithuania", "an agreement that the nations of the world reached in Paris")
  if (place && place.at > trigger.offset) {
    const back = trigger.referenceOnly || (trigger.definite && REFERRING_BEFORE.test(narration.slice(Math.max(0, trigger.offset - 40), trigger.offset)));
    const between = narration.slice(trigger.offset, place.at);
    if (back && CLAUSE_VERB.test(between) && !HELD_CLAUSE.test(between)) place = null;
  }
  for (const m of inSentence) {
    // in a court's business, a name just after "in" is where the offence happened, whatever kind the analysis gave it ("assaulting a tourist in Temple Bar")
    // (elsewhere it may be a person: "found a new leader in Mitt Romney")
    if (trigger.kind === 'hearing' && m.actor.kind === 'person' && IN_BEFORE.test(narration.slice(Math.max(0, m.start - s.start - 4), m.start - s.start)) && !/^['’]/.test(narration.slice(m.end - s.start, m.end - s.start + 1))) {
      placed.push(m.actor);
      continue;
    }
    // a body that is only the event's venue is no party to it ("told journalists at Anniversary
    // Towers"; a country it is held in hosts it), nor is a name cut short ("Office of the")
    if (m.actor.kind === 'place' || (m.actor === place?.actor && m.actor.kind !== 'country') || participants.includes(m.actor) || CUT_SHORT.test(m.actor.name)) continue;
    if (!onlyReports(narration, s.start, m)) participants.push(m.actor);
  }
  const placeName = place?.name ?? adjectivalPlace(narration, trigger.kind);
  // a company's results are for a period whose end is no day of the event: "profit for the year to June 30"
  if (trigger.kind === 'announcement' && PERIOD_TO.test(dated)) dated = dated.replace(PERIOD_TO_DATE, (m) => ' '.repeat(m.length));
  let resolved: ResolvedDate | null = resolveDate(dated, reference, undefined, approximate, trigger.offset);
  // an event called or set for a day is on that day, not the calling's, however long its own phrase:
  // "Houston on Monday called a byelection in the Cape Breton riding of Glace Bay-Dominion for May 5"
  // (the event word's match may open with the calling: "called a snap election")
  const calledFor = CALLED_BEFORE.test(dated.slice(Math.max(0, trigger.offset - 40), trigger.offset)) || CALLED_OPENING.test(dated.slice(trigger.offset, trigger.offset + 12)) ? FOR_DAY_AFTER.exec(dated.slice(trigger.offset, trigger.offset + 120)) : null;
  // (the calling's day may follow the event word too: "called a snap election Sunday for March 24")
  if (calledFor && (!resolved || resolved.index < trigger.offset + calledFor[0].length)) {
    const from = trigger.offset + calledFor.index + calledFor[0].length;
    const day = resolveDate(dated.slice(from), reference, 'future', approximate);
    if (day) resolved = { ...day, index: day.index + from };
  }
  // an event put off or moved to a day is on that day: "The meeting …, first planned for March, was moved to April 14"
  const moved = calledFor ? null : MOVED_TO.exec(dated.slice(trigger.offset, trigger.offset + 120));
  if (moved) {
    const from = trigger.offset + moved[0].length;
    const day = resolveDate(dated.slice(from), reference, 'future', approximate);
    if (day) resolved = { ...day, index: day.index + from };
  }
  // an event whose relative clause tells its opening is on that clause's day, not the sentence's first:
  // "arriving on Friday ahead of COP30, which opens in Belem on Monday"
  const opening = calledFor ? null : OPENS_AFTER.exec(dated.slice(trigger.offset, trigger.offset + 80));
  if (opening) {
    const from = trigger.offset + opening[0].length;
    const day = resolveDate(dated.slice(from), reference, undefined, approximate);
    if (day) resolved = { ...day, index: day.index + from };
  }
  // an election called with no day for its polling is only called on the day the sentence gives:
  // "Carney called the byelection on May 17" (polling takes weeks more; the dated election is told elsewhere)
  // (the event word's match may open with the calling and its words: "called an early federal election on Sunday")
  // so is a strike ended, whose own day is its start: "after their employer ended a week-long lockout on Tuesday"
  const calledOnly = (!calledFor && trigger.kind === 'election' && CALLING.test(dated.slice(Math.max(0, trigger.offset - 40), trigger.offset + 48))) || (trigger.kind === 'strike' && ENDING.test(dated.slice(trigger.offset, trigger.offset + 12)));
  if (calledOnly) resolved = null;
  let yearless: string | undefined;
  const own = resolved || calledOnly ? null : ownDateText(dated, trigger.offset);
  // the month and day of the event's own date words when they name them, none when they name a day
  // without ("a meeting on Thursday" in a sentence that names April for another thing), else the sentence's
  if (!resolved && !calledOnly && !reference && namesDate(dated)) yearless = own && OWN_DAY.test(own) ? '' : monthDayOf(own && MONTH_DAY.test(own) ? own : dated);
  if (!resolved && counted) resolved = countFromEarlier(dated, counted);
  // an hour alone in a sentence that looks ahead is the article's own day (wire style drops "today"):
  // "Fire officials will give an update at a news conference at 6 p.m."
  const hour = !resolved && reference && !approximate ? CLOCK_AHEAD.exec(dated) : null;
  if (hour) resolved = { date: reference!, text: hour[1], index: hour.index + hour[0].length - hour[1].length };
  if (!resolved && previous?.date) {
    // "shortly afterward": within the year of an event told a few paragraphs before at most
    const after = para - lastPara(previous) <= RECENT_PARAGRAPHS ? AFTERWARD.exec(dated) : null;
    if (after) resolved = { date: previous.date.slice(0, 4), text: after[0], index: 0 };
    // "meanwhile": the time the story has reached, the month of the dated event told last
    const meanwhile = resolved ? null : MEANWHILE.exec(dated);
    if (meanwhile) resolved = { date: previous.date.slice(0, 7), text: meanwhile[0].trim(), index: 0 };
  }
  if (resolved) {
    const first = firstDayOfSpan(dated, trigger.offset, resolved);
    if (first !== resolved.date) resolved = { ...resolved, date: first };
  }
  const adjacent = leadOf(placed.length ? inSentence.filter((m) => !placed.includes(m.actor)) : inSentence, s.start + trigger.offset);
  const lead = adjacent ?? participants.find((a) => a.kind === 'organization') ?? participants.find((a) => a.kind === 'person') ?? participants[0] ?? null;
  const vote = trigger.kind === 'vote' ? voterOf(narration, trigger.offset, inSentence, s.start) : null;
  const subjects = inSentence.filter((m) => m.actor.kind === 'person' && m.start < s.start + trigger.offset && !placed.includes(m.actor)).map((m) => m.actor);
  return {
    kind: trigger.kind,
    label: '',
    date: resolved?.date ?? null,
    dateText: resolved?.text ?? own ?? otherDateWords(dated, reference),
    place: place?.actor ?? null,
    placeName,
    participants: participants.slice(0, 8),
    start: s.start,
    end: s.end,
    more: [],
    yearless,
    trigger,
    places: place?.all ?? (placeName ? [placeName] : []),
    lead,
    // the label's holder: of a person's act, the person named before the event word rather than a
    // body the lead falls back to ("NATO Secretary-General Jens Stoltenberg is visiting Japan" is his visit)
    // body named before the vote rather than what it voted on ("The St. Paul City Council approved a
    // resolution condemning … Donald Trump" is the council's vote)
    // (a court's business is the person tried's, not the court's: "The murder trial of Dylan Ames opened in Ontario Superior Court")
    holder: trigger.kind === 'vote' ? vote?.actor : adjacent ? undefined : trigger.kind === 'hearing' && trigger.verb ? (subjects[0] ?? participants.find((a) => a.kind === 'person')) : PERSONS_ACTS.has(trigger.kind) ? subjects[0] : undefined,
    // a gathering or a strike of no actor is labelled by the body that holds it ("The bank's board met", "air traffic controllers staged a walkout")
    // (so is one a body named by its words meets as the verb's subject: "The Vancouver park board will meet")
    holderName: vote?.name ?? ((!participants.length || (trigger.verb && !adjacent)) && BODY_HELD.has(trigger.kind) ? bodyBefore(narration, trigger.offset) : undefined),
    speakers: [],
    subjects,
    para,
    nearest: resolved?.nearest,
  };
}

/**
 * Who casts a vote: the body that is the subject of the verb ("the TTC board voted last week",
 * "MPs passed the Bill", "Halifax regional council voted 11-5", "the House on Tuesday passed") or
 * that names the vote ("a committee vote"), an actor where the analysis found one, else the body's
 * words; a person casts no body's vote ("Sen. Ada Kline voted against", "who voted to …"). Null
 * when the sentence names no body.
 */
function voterOf(narration: string, at: number, inSentence: Analysis['mentions'], sentenceStart: number): { actor?: LocalActor; name?: string } | null {
  const named = NAMED_VOTE.exec(narration.slice(at, at + 40));
  if (named && !/^(?:final|floor|procedural|cloture|confidence|no-confidence)$/i.test(named[1])) {
    // "the TTC board vote": the body an actor names just before the word
    const actor = inSentence.find((m) => m.end - sentenceStart <= at && at - (m.end - sentenceStart) <= 1 && m.actor.kind !== 'person' && m.actor.kind !== 'place');
    return actor ? { actor: actor.actor } : { name: named[1].toLowerCase().replace(/['’]$/, '') };
  }
  if (named) return { name: named[1].toLowerCase() };
  // "MPs debated the bill … before voting 314 to 291": the participle's subject opens the sentence
  const opening = /^voting\b/i.test(narration.slice(at, at + 7)) ? BODY_OPENING.exec(narration) : null;
  if (opening) return { name: opening[1] };
  // (a relative clause's subject is what it hangs on: "sending it to the House, which is expected to vote", "Councillors who voted against")
  const before = narration.slice(Math.max(0, at - 80), at).replace(SUBJECT_TAIL, '').replace(RELATIVE_TAIL, '');
  const end = at - (narration.slice(Math.max(0, at - 80), at).length - before.length);
  const subject = inSentence.filter((m) => m.end - sentenceStart <= end && end - (m.end - sentenceStart) <= 1).at(-1);
  if (subject) return subject.actor.kind === 'person' ? null : { actor: subject.actor };
  const body = BODY_SUBJECT.exec(before);
  if (body) {
    // "the TTC board": the actor just before the body's noun is the body
    const of = inSentence.filter((m) => m.end - sentenceStart <= end - body[2].length && m.end - sentenceStart >= end - body[1].length - 1 && m.actor.kind !== 'person' && m.actor.kind !== 'place').at(-1);
    return of ? { actor: of.actor } : { name: body[1].replace(/^(?:the|a|an|its|their)\s+/i, '') };
  }
  // a body named earlier in the sentence ("Across the Capitol, the House passed"), not a person
  const last = inSentence.filter((m) => m.end - sentenceStart <= at).at(-1)?.actor;
  return last && last.kind !== 'person' ? { actor: last } : null;
}
/** A verb that calls or sets an event, and its determiner, before the event word: "called a", "set the". */
const CALLED_BEFORE = /\b(?:call|calls|called|calling|set|sets|setting|schedul(?:e|es|ed|ing))\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}$/i;
/** The event's phrase, then its putting off to a day: ", first planned for March, was moved to " before "April 14". */
const MOVED_TO = new RegExp(`^[^;.]{0,80}?\\b(?:was|were|has been|have been|had been|is being|will be)\\s+(?:postponed|moved|pushed back|rescheduled|delayed|put off|bumped)\\s+(?:until|till|to|for)\\s+(?=(?:${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d{1,2}\\s+${MONTH}|next\\s))`);
/** The event word's phrase, then a relative clause of its opening: "COP30, which opens", "a summit that begins". */
const OPENS_AFTER = /^[^,;.]{0,40}?,?\s+(?:which|that)\s+(?:opens|opened|begins|began|starts|started|runs|ran|(?:will|is set to|is scheduled to|is due to) (?:open|begin|start|run|be held))\b/i;
/** A strike's ending opening its match: "ended a week-long lockout". */
const ENDING = /^(?:ended|ending|ends|lifted|lifting|lifts)\s/i;
/** A calling verb, not a setting, just before or opening the event word: "called the byelection", "called a snap election". */
const CALLING = /\b(?:call|calls|called|calling)\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2})?(?:by-?elections?|elections?|\S+\s+elections?)\b/i;
/** A calling verb opening the event word's match: "called a snap election". */
const CALLED_OPENING = /^(?:call|calls|called|calling|set|sets|setting|schedul(?:e|es|ed|ing))\s/i;
/** The event's own phrase, then "for" and a day: " in the riding of Glace Bay-Dominion for " before "May 5". */
const FOR_DAY_AFTER = new RegExp(`^[^,;.]*?\\bfor\\s+(?=(?:${MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\d{1,2}\\s+${MONTH}))`);
/** A future's auxiliary, then an hour with no day: "will give an update … at 6 p.m.", "is scheduled to speak at 10:30 a.m. ET". */
const CLOCK_AHEAD = /\b(?:will|is (?:scheduled|set|due|expected) to|are (?:scheduled|set|due|expected) to)\s[^.;]{0,80}?\bat\s+(\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))(?![^.;]{0,40}\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tomorrow|tonight|next|on)\b)/i;
/** A verb of a clause of its own between an event word and a place: "is", "will be", "should", "introduced". */
const CLAUSE_VERB = /\b(?:is|are|was|were|be|been|being|will|would|should|could|can|may|might|must|has|have|had|\p{Ll}+ed)\b/u;
/** A verb that makes or holds the event itself, whose place is the event's: "which will be held in", "the agreement reached in Paris". */
// (or the event told as being somewhere: "the first debate since the shootings, which will be Tuesday in Las Vegas")
const HELD_CLAUSE = /\b(?:held|hosted|staged|convened|take place|takes place|took place|taking place|reached|signed|negotiated|struck|sealed|concluded|agreed|adopted|brokered|inked|ratified)\b|\b(?:which|that) (?:will be|is|was)\b(?! \p{Ll}+ed\b)/iu;
/** A determiner that refers back, no possessive after it: "the treaty", "this week's summit" is not. */
const REFERRING_BEFORE = /\b(?:the|this|that|these|those)\s+(?:(?![\w-]+['’]s?\s)[\w’'-]+\s+){0,3}$/i;
/** Kinds a body named as the subject labels when no actor takes part. */
const BODY_HELD: ReadonlySet<EventKind> = new Set(['meeting', 'talks', 'strike', 'rally']);

/** The words of a body that is the subject just before offset `at` ("The bank's board" -> "bank's board"), or undefined. */
function bodyBefore(narration: string, at: number): string | undefined {
  const body = BODY_SUBJECT.exec(narration.slice(Math.max(0, at - 80), at).replace(SUBJECT_TAIL, ''));
  return body?.[1].replace(/^(?:the|a|an|its|their)\s+/i, '');
}

/** A vote named by its body or kind, as the noun trigger matches it: "committee vote". */
// (after the verb that holds it: "won a confidence vote", "faces a recall vote")
const NAMED_VOTE = new RegExp(String.raw`^(?:(?:${VOTE_VERBS})\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?)?(${VOTE_MODIFIERS})\s+votes?\b`, 'i');
/** Date words and adverbs between a subject and its verb: "the board on Monday", "MPs last week narrowly". */
const SUBJECT_TAIL = /(?:\s*,?\s*(?:(?:on|last|this|earlier|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night|today|yesterday)\s*,?|\s+(?:also|narrowly|overwhelmingly|unanimously|again|formally|finally|then|quickly))*\s*$/;
/** A relative pronoun between a subject and its verb: ", which", " who", " that". */
const RELATIVE_TAIL = /,?\s+(?:which|who|that)\s*$/;
/** A body as a verb's subject at the end of the text before it: "the TTC board", "Air Canada flight attendants", "MPs". */
const BODY_NOUNS =
  'councils?|boards?|committees?|subcommittees?|caucus|cabinet|legislature|parliament|assembly|senate|house|chamber|commons|congress|commission|jury|panel|union|' +
  'members|MPs|MPPs|MLAs|MSPs|MEPs|TDs|lawmakers|legislators|senators|representatives|councillors|councilors|aldermen|trustees|delegates|shareholders|stockholders|investors|' +
  'voters|residents|workers|employees|staff|attendants|nurses|teachers|drivers|pilots|justices|judges|directors|governors|' +
  'executive|controllers|doctors|miners|dockers|firefighters|cleaners|guards|machinists|longshoremen|autoworkers|paramedics';
// (or a reported clause's subject: "Bennett said members ratified the treaty in a vote")
const BODY_SUBJECT = new RegExp(String.raw`(?:^|[,;:]\s*|\b(?:the|a|an|its|their|The|A|An|Its|Their|said|says|that)\s+)((?:[\p{L}\d.&’'-]+\s+){0,3}?(${BODY_NOUNS}))$`, 'iu');

/** A body opening a sentence, the subject of its verbs: "MPs debated …", "The city council met …". */
const BODY_OPENING = new RegExp(String.raw`^\s*(?:(?:the|a|an|its|their)\s+)?((?:[\p{L}\d.&’'-]+\s+){0,3}?(?:${BODY_NOUNS}))\s+\p{Ll}+ed\b`, 'iu');

/** The actor named just before the event word: "a NATO summit" is NATO's. */
function leadOf(mentions: Analysis['mentions'], triggerAt: number): LocalActor | null {
  const m = mentions.find((x) => x.end <= triggerAt && triggerAt - x.end <= 2 && x.actor.kind !== 'place');
  return m?.actor ?? null;
}

/** The sentence's first date words, a month with its day: "December 8". */
function sentenceDateWords(sentence: string): string | null {
  const phrase = datePhrase(sentence);
  return phrase && dateWordsAt(sentence, phrase.index, phrase.index + phrase.text.length);
}

/**
 * The sentence's first date words for an event they give no date (sentenceDateWords), unless they
 * resolve against `reference` (a `YYYY-MM-DD` or null): then they are another act's date, declined
 * for this event ("struck on Monday after talks broke down over the weekend"), not its own words.
 */
function otherDateWords(sentence: string, reference: string | null): string | null {
  const words = sentenceDateWords(sentence);
  return words && reference && resolveDate(words, reference) ? null : words;
}

/** The month ("06") or month and day ("03-24") a sentence names without a year. */
function monthDayOf(sentence: string): string {
  const m = MONTH_DAY.exec(sentence);
  const r = m ? resolveDate(m[0], '2000-07-01', 'unknown') : null;
  return !r || r.date.length < 7 ? '' : r.date.slice(5);
}

export function finish(c: Candidate): LocalEvent {
  // the label names who holds the event: a person whose act it is, else the lead, else who speaks of it, else who takes part
  const holder = c.holder ?? (c.holderName ? null : (c.lead ?? c.speakers[0] ?? c.participants[0] ?? null));
  const who = holder ? `${shortName(holder)} ` : c.holderName ? `${c.holderName} ` : '';
  const { kind, date, dateText, place, placeName, start, end, more, yearless } = c;
  // the lead first: the corpus matches events across articles by it
  const participants = c.lead ? leadFirst(c.lead, c.participants) : c.participants;
  // the place unless it is the holder itself ("NATO announcement", not "… in NATO")
  const label = `${who}${c.trigger.label ?? kind}${placeName && placeName !== holder?.name ? ` in ${placeName}` : ''}`;
  // two literals rather than a spread of an optional field: spreading is the costly generic path
  // (an object clone per event) and made this small function one of the costliest to compile
  if (date || yearless === undefined) return { kind, label, date, dateText, place, placeName, participants, start, end, more };
  return { kind, label, date, dateText, place, placeName, participants, start, end, more, yearless };
}

/** An organisation by its acronym where the article uses one ("NATO summit", not "North Atlantic Treaty Organisation summit"), as news names events; any other actor by its name. */
function shortName(a: LocalActor): string {
  if (a.kind !== 'organization') return a.name;
  const initials = acronymOf(a.name);
  return (initials && a.aliases.find((x) => x.replace(/\./g, '').toLowerCase() === initials && /^[\p{Lu}.]+$/u.test(x))) || a.name;
}

/** Kinds of event a person named before the event word holds: a visit, a speech, an announcement (not a meeting, a summit, an election or an agreement, which bodies and countries often hold; a statement is its speaker's). */
const PERSONS_ACTS: ReadonlySet<EventKind> = new Set(['visit', 'speech', 'press conference', 'announcement', 'rally', 'publication', 'hearing', 'swearing-in']);

/** The lead, then the other participants, at most eight in all. */
function leadFirst(lead: LocalActor, participants: LocalActor[]): LocalActor[] {
  const out = [lead];
  for (let i = 0; i < participants.length && out.length < 8; i++) if (participants[i] !== lead) out.push(participants[i]);
  return out;
}

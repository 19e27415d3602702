/**
 * Events in one article: summits, meetings, talks, visits, speeches, publications,
 * announcements, agreements and dated statements, with the actors taking part, the place and the
 * date. One event reported several times in the article is one event.
 */
import type { Analysis } from './analyze';
import type { Paragraph, Sentence } from './text';
import { acronymOf, type LocalActor } from './actors';
import { datePhrase, datePhrases, dateWordsAt, lastStatedDate, mayNameDateWords, namesDate, ownDateText, resolveDate, withoutDateWordNames, type ResolvedDate } from './dates';
import { FULL_MONTH, twoByte } from './datePatterns';
import { latestStatedDate, nearestYear, yearlessDateline } from './publishedDate';
import { countedPhrase, countFromEarlier, countsDay } from './countedDates';
import { adjectivalPlace, GATHERINGS, isCaption, isNewsroom, onlyReports, placeOf, SPEAKING, triggerIn, triggersFor, type TriggerHit } from './eventWords';
import type { EventKind } from './types';
import { lowerBound } from './sorted';

export interface LocalEvent {
  kind: EventKind;
  label: string;
  date: string | null;
  dateText: string | null;
  place: LocalActor | null;
  /** The place's name: the actor's, or a name after "in"/"at" the gazetteer does not know, or a country named by an adjective. */
  placeName: string | null;
  participants: LocalActor[];
  start: number;
  end: number;
  /** Later passages of the same article that speak of this event again. */
  more: Array<{ start: number; end: number }>;
  /**
   * The text names a date that could not be resolved, the article giving no date to resolve it
   * against: the corpus may still learn the article's year from an event it shares with another.
   * Holds the month and day the text gives ("06", "03-24"), or "" when it gives neither.
   */
  yearless?: string;
}

/** Everything a sentence offers about its event before it is merged or kept. */
interface Candidate extends LocalEvent {
  trigger: TriggerHit;
  /** Every place the sentence names for the event ("visiting Japan and South Korea"). */
  places: string[];
  lead: LocalActor | null;
  /** Who the label names when not the lead (see makeCandidate). */
  holder?: LocalActor;
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

const lastPara = (e: Candidate): number => e.lastPara ?? e.para;
/** How many paragraphs back "the forum" still means an event just reported rather than the article's main one. */
const RECENT_PARAGRAPHS = 3;

/** How many of the article's latest events a new passage is compared with. */
const MERGE_REACH = 48;
/** How many paragraphs back one speaker's next words still go on with the same occasion. */
const SPEAKING_REACH = 2;
/** "Shortly afterward", "later": a time given only by the event before. */
const AFTERWARD = /\b(?:afterwards?|after that|(?:soon|shortly) after(?=\s*[,.;]))/i;
/** "Meanwhile, …": at the time of the event told before, to the month. */
const MEANWHILE = /^\s*(?:meanwhile|in the meantime)\b/i;
/** Between a cue and its date, a named listener: "told Defense Secretary Lloyd Austin last month". */
const CUE_OBJECT = /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|reporters|journalists|the|on|in)\s+){0,7}$/u;
/** A month name, with its day if given: "March 24", "24 March", "June". */
const MONTH_DAY = new RegExp(
  '\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
    '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)(?:\\s+\\d{1,2}\\b(?!,?\\s+\\d{4}))?',
);
/** A name that ends in a function word, cut short before its head: "Office of the". */
const CUT_SHORT = /\s(?:of|the|and|for|to|in|on|at|a|an)$/;
/** Date words that name a day but no month: "Thursday", "today". */
const OWN_DAY = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|tomorrow|yesterday)\b/i;
/** What follows the month of a wire dateline: the day, the agency, a dash. */
const DATELINE_AFTER = /^\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?(?:\([A-Z][\w.&/ -]{1,30}\)\s*)?(?:-{1,2}|—|–)\s/;
/** The names of sources who are no one in particular: their words make no dated statement. */
const UNIDENTIFIED = new Set(['people', 'person', 'persons', 'source', 'sources', 'someone', 'insider', 'insiders']);

/** How close a date phrase must stand to a cue for the attribution to be a dated statement, in characters. */
const CUE_DATE_REACH = 16;

/**
 * Events of one analysed article, at most one per sentence (its most specific event word, or a
 * dated attribution: "X said Tuesday", "On Friday, X mentioned"). Relative dates are resolved
 * against the article's own date, else the date its file name gives, else the latest full date in
 * its text (then a bare weekday is the one nearest to that date). The analysis's mentions are in
 * text order, as `analyze` gives them.
 */
export function extractEvents(analysis: Analysis, fileDate: string | null = null): LocalEvent[] {
  const walk = new EventWalk(analysis, fileDate);
  walk.sentences();
  return walk.result();
}

/**
 * One article's sentences walked in order, with what the walk carries from one sentence to the
 * next. Its steps are small methods: V8 compiles a function whole, and one function holding the
 * word loop and every rare branch was compiled and recompiled at great cost.
 */
class EventWalk {
  readonly events: Candidate[] = [];
  readonly captions: Candidate[] = [];
  /** The dated event told last (new or merged into): what "two years later" and "meanwhile" count from. */
  private told: Candidate | null = null;
  /** The article's own date, else the one its file name gives (to the day of a dateline without its year). */
  private readonly exact: string | null;
  /** The latest full date the text states, looked for once and only if a sentence needs it. */
  private stated: string | null | undefined = undefined;
  /** Direct quotations, a quote of several pieces piece by piece (its cue between them is the reporter's). */
  private readonly quoteSpans: Array<{ start: number; end: number }>;
  /** The quotations open at the current sentence, kept as the sentences go forward. */
  private open: Array<{ start: number; end: number }> = [];
  private nextQuote = 0;
  /** Quotes by where their cue stands, walked along with the sentences (no scan of all quotes per sentence). */
  private readonly cued: Analysis['quotes'];
  private nextCue = 0;
  /** The first mention not before the current sentence: mentions (in text order) are walked along with the sentences. */
  private nextMention = 0;
  /** Whether the current paragraph is a photo caption, once a sentence of it needs to know. */
  private caption: boolean | undefined = undefined;
  /** The article's text in two-byte form, as the date patterns read it (see `twoByte`). */
  private readonly text: string;

  constructor(
    private readonly analysis: Analysis,
    fileDate: string | null,
  ) {
    // a wire dateline without its year ("OSLO, Nov 6 —") is the article's day in the file name's year
    const monthDay = !analysis.published && fileDate ? yearlessDateline(analysis.text) : null;
    this.exact = analysis.published ?? (monthDay && fileDate ? nearestYear(monthDay, fileDate) : fileDate);
    this.text = twoByte(analysis.text);
    this.quoteSpans = directQuoteSpans(analysis.quotes);
    this.cued = analysis.quotes.filter((q) => q.cue).sort((a, b) => a.cue!.start - b.cue!.start);
  }

  /** The date relative dates are resolved against, and whether it is only a date the text states. */
  reference(): { date: string | null; approximate: boolean } {
    if (this.exact) return { date: this.exact, approximate: false };
    if (this.stated === undefined) this.stated = latestStatedDate(this.text);
    return { date: this.stated, approximate: true };
  }

  /** Walks the body text sentence by sentence; a sentence with an event word or a cue may report an event. */
  sentences(): void {
    const { paragraphs } = this.analysis;
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi];
      if (p.kind !== 'body') continue;
      this.caption = undefined;
      for (const s of p.sentences) {
        const possible = possibleTriggers(p, s);
        const cues = this.cuesIn(s);
        // without an event word, only a cue with date words nearby can make an event (datedAttribution)
        if (possible || (cues.length && mayNameDateWords(this.text.slice(s.start, s.end)))) this.sentence(p, pi, s, possible, cues);
      }
    }
  }

  /** The quotes whose cue stands in the sentence. */
  private cuesIn(s: Sentence): Analysis['quotes'] {
    const { cued } = this;
    while (this.nextCue < cued.length && cued[this.nextCue].cue!.start < s.start) this.nextCue++;
    let cues: Analysis['quotes'] | null = null;
    for (let k = this.nextCue; k < cued.length && cued[k].cue!.start < s.end; k++) if (cued[k].cue!.end <= s.end) (cues ??= []).push(cued[k]);
    return cues ?? NO_QUOTES;
  }

  /** The sentence with the quotations open in it blanked out. */
  private reported(s: Sentence): string {
    // a quotation is someone's words, not the reporter's event; "today" in it is the speaker's day
    const { quoteSpans } = this;
    while (this.nextQuote < quoteSpans.length && quoteSpans[this.nextQuote].start < s.end) this.open.push(quoteSpans[this.nextQuote++]);
    if (this.open.some((q) => q.end <= s.start)) this.open = this.open.filter((q) => q.end > s.start);
    return withoutQuotations(this.text.slice(s.start, s.end), s.start, this.open);
  }

  /** The mentions of the paragraph that lie in the sentence. */
  private mentionsIn(pi: number, s: Sentence): Analysis['mentions'] {
    const { mentions } = this.analysis;
    while (this.nextMention < mentions.length && mentions[this.nextMention].start < s.start) this.nextMention++;
    const found: Analysis['mentions'] = [];
    for (let k = this.nextMention; k < mentions.length && mentions[k].start < s.end; k++) {
      const m = mentions[k];
      if (m.para === pi && m.end <= s.end) found.push(m);
    }
    return found;
  }

  /** The sentence's event, if it reports one: a new event, one merged into an earlier, or a caption's. */
  private sentence(p: Paragraph, pi: number, s: Sentence, possible: Set<number> | null, cues: Analysis['quotes']): void {
    const reported = this.reported(s);
    const inSentence = this.mentionsIn(pi, s);
    const hit = possible ? triggerIn(reported, possible, inSentence, s.start) : null;
    // without an event word the sentence is an event only as a dated attribution, which needs a cue
    // of a speaker who is someone ("officials" are; "three people familiar with …" hold no statement) and date words
    if (!hit) cues = cues.filter((q) => !(q.speaker?.anonymous && UNIDENTIFIED.has(q.speaker.name.toLowerCase())));
    if (!hit && !(cues.length && mayNameDateWords(reported))) return;
    let dated = withoutMonthNames(reported, s.start, inSentence);
    // "A month later": the time told last, in this paragraph or the one before, else the dated event told last
    const counted = countedPhrase(dated) ? countedFrom(this.text, this.analysis.paragraphs, pi, s.start, this.told, this.reference(), this.quoteSpans) : null;
    const trigger = hit ?? datedAttribution(dated, s.start, cues, !!counted);
    if (!trigger) return;
    const ref = this.reference();
    // the place is the narration's: "said in Ohio that the plant in Texas …" was said in Ohio
    const contents = cues.filter((q) => q.kind !== 'direct' && (q.start > s.start + trigger.offset || q.end <= s.start + trigger.offset));
    const narration = contents.length ? withoutQuotations(reported, s.start, contents) : reported;
    // so is the date of an occasion of speaking in what it reports after it: "said in a statement
    // that applications fell last year" was not said last year (what is announced may carry the
    // announcing's day, "announced his support on Thursday"; a content that opens with date words is
    // the saying's time read as content, "said at a conference this week, as workers picketed")
    if (hit && SPEAKING.has(hit.kind)) {
      const after = contents.filter((q) => q.start > s.start + trigger.offset && reportsClause(this.text, q) && datePhrase(this.text.slice(q.start, q.end))?.index !== 0);
      if (after.length) dated = withoutQuotations(dated, s.start, after);
    }
    const tellers = tellersOf(this.text, cues, s.start + trigger.offset, inSentence, trigger.definite || trigger.referenceOnly);
    const candidate = makeCandidate(narration, dated, s, pi, trigger, tellers.size ? inSentence.filter((m) => !tellers.has(m.actor)) : inSentence, ref.date, ref.approximate, this.told, counted);
    // (a newsroom whose report holds the event word tells of it: "…, according to the AP")
    const at = s.start + trigger.offset;
    for (const q of cues) if (q.speaker && !candidate.speakers.includes(q.speaker) && !(q.start <= at && at < q.end && isNewsroom(q.speaker)) && !tellers.has(q.speaker)) candidate.speakers.push(q.speaker);
    // who speaks holds a statement, a speech or a press conference ("He told reporters that Congress …" is his)
    if (SPEAKING.has(trigger.kind) && candidate.speakers.length) candidate.lead = candidate.speakers[0];
    this.caption ??= isCaption(this.text.slice(p.start, p.end), nextLine(this.text, this.analysis.paragraphs, pi));
    // a caption's date is the photo's; its event words point at the article's events
    if (this.caption) this.captions.push(candidate);
    else {
      const into = mergeIntoEarlier(candidate, this.events, dated) ?? (this.events.push(candidate), candidate);
      if (into.date) this.told = into;
    }
  }

  /** The article's events, each caption counted as a passage of the event it shows. */
  result(): LocalEvent[] {
    const { events } = this;
    if (!this.exact && this.stated) weekdaysBeforeAhead(events, this.stated);
    const early = events.slice(0, MERGE_REACH);
    for (const c of this.captions) {
      const same = early.find((e) => e.kind === c.kind && (!c.placeName || !e.placeName || e.places.includes(c.placeName)));
      if (same) same.more.push({ start: c.start, end: c.end });
    }
    return events.map(finish);
  }
}

/**
 * The sources named by their phrase who only tell of the event at offset `at`: those whose
 * reported content holds the event word and names them neither by a pronoun nor by their phrase ("Protesters plan to rally
 * on Sunday, police said": the police are no party to the rally; "… is expected to hold a meeting,
 * a senior official said"; "Officials said they would meet" keeps them). When the event word only
 * refers to an event (`mentioned`: "the by-elections", "ahead of the 2026 election"), a source
 * named by name only tells of it too ("Murkomen warned that police would act against anyone who
 * tried to disrupt the by-elections").
 */
function tellersOf(text: string, cues: Analysis['quotes'], at: number, inSentence: Analysis['mentions'], mentioned: boolean): Set<LocalActor> {
  const tellers = new Set<LocalActor>();
  for (const q of cues) {
    // (a source named by its phrase: "police", "a senior official"; one named by name may tell of what it does)
    if (!q.speaker || !(q.speaker.anonymous || mentioned) || at < q.start || at >= q.end) continue;
    // ("Police will hold a news conference, police said": named in its own words, it takes part)
    const named = inSentence.some((m) => m.actor === q.speaker && m.start >= q.start && m.end <= q.end);
    if (!named && !SELF_REFERENCE.test(text.slice(q.start, q.end))) tellers.add(q.speaker);
  }
  return tellers;
}
/** Pronouns by which a speaker's content may name the speaker. */
const SELF_REFERENCE = /\b(?:it|its|we|our|us|he|his|him|she|her|they|their|them|I|my|me)\b/i;

/**
 * Whether a quote's content is a clause the speaker reports ("told reporters that helicopters
 * would …", "said prices rose"), not the object of a verb that may carry the act's own day
 * ("confirmed the delay on Monday", "claimed the nomination on Tuesday").
 */
function reportsClause(text: string, q: Analysis['quotes'][number]): boolean {
  return SAYING.test(q.cue!.text) || /\bthat\s*$/.test(text.slice(Math.max(q.cue!.end, q.start - 12), q.start));
}
/** Verbs of saying whose content is a clause. */
const SAYING = /^(?:said|says|say|told|tells|tell|added|adds|stated|explained|wrote|writes)$/i;

/** A sentence's cues when it has none: shared, never written to. */
const NO_QUOTES: Analysis['quotes'] = [];

/** The spans of direct quotations in text order, a quote of several pieces as its pieces. */
function directQuoteSpans(quotes: Analysis['quotes']): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const q of quotes) if (q.kind === 'direct') spans.push(...(q.pieces ?? [q]));
  return spans.sort((a, b) => a.start - b.start);
}

/** The triggers the words of a sentence outside quotations make possible, or null when none. */
function possibleTriggers(p: Paragraph, s: Sentence): Set<number> | null {
  let possible: Set<number> | null = null;
  for (let i = s.from; i < s.to; i++) {
    if (p.inQuote[i]) continue;
    const triggers = triggersFor(p.tokens[i].lower);
    if (triggers) for (const t of triggers) (possible ??= new Set()).add(t);
  }
  return possible;
}

function makeCandidate(
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
  const place = placeOf(narration, trigger.offset, trigger.kind, inSentence, s.start);
  for (const m of inSentence) {
    // a body that is only the event's venue is no party to it ("told journalists at Anniversary
    // Towers"; a country it is held in hosts it), nor is a name cut short ("Office of the")
    if (m.actor.kind === 'place' || (m.actor === place?.actor && m.actor.kind !== 'country') || participants.includes(m.actor) || CUT_SHORT.test(m.actor.name)) continue;
    if (!onlyReports(narration, s.start, m)) participants.push(m.actor);
  }
  const placeName = place?.name ?? adjectivalPlace(narration, trigger.kind);
  let resolved: ResolvedDate | null = resolveDate(dated, reference, undefined, approximate, trigger.offset);
  let yearless: string | undefined;
  const own = resolved ? null : ownDateText(dated, trigger.offset);
  // the month and day of the event's own date words when they name them, none when they name a day
  // without ("a meeting on Thursday" in a sentence that names April for another thing), else the sentence's
  if (!resolved && !reference && namesDate(dated)) yearless = own && OWN_DAY.test(own) ? '' : monthDayOf(own && MONTH_DAY.test(own) ? own : dated);
  if (!resolved && counted) resolved = countFromEarlier(dated, counted);
  if (!resolved && previous?.date) {
    // "shortly afterward": within the year of an event told a few paragraphs before at most
    const after = para - lastPara(previous) <= RECENT_PARAGRAPHS ? AFTERWARD.exec(dated) : null;
    if (after) resolved = { date: previous.date.slice(0, 4), text: after[0], index: 0 };
    // "meanwhile": the time the story has reached, the month of the dated event told last
    const meanwhile = resolved ? null : MEANWHILE.exec(dated);
    if (meanwhile) resolved = { date: previous.date.slice(0, 7), text: meanwhile[0].trim(), index: 0 };
  }
  const adjacent = leadOf(inSentence, s.start + trigger.offset);
  const lead = adjacent ?? participants.find((a) => a.kind === 'organization') ?? participants.find((a) => a.kind === 'person') ?? participants[0] ?? null;
  const subjects = inSentence.filter((m) => m.actor.kind === 'person' && m.start < s.start + trigger.offset).map((m) => m.actor);
  return {
    kind: trigger.kind,
    label: '',
    date: resolved?.date ?? null,
    dateText: resolved?.text ?? own ?? sentenceDateWords(dated),
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
    holder: !adjacent && PERSONS_ACTS.has(trigger.kind) ? subjects[0] : undefined,
    speakers: [],
    subjects,
    para,
    nearest: resolved?.nearest,
  };
}

/**
 * Folds the candidate into an event the article reported before, when it is the same event: a
 * definite reference back ("the summit", "this week's gathering", "wrote in the piece") with no
 * place or date of its own that disagrees; the same kind with the same party, on the same day or
 * at the same place on agreeing dates ("visiting Japan this week", "arrived in Japan Monday"); or the
 * same speaker going on with the same occasion ("X said Tuesday …" then "…, X said at a forum").
 * Returns the event it went into, or null.
 */
function mergeIntoEarlier(c: Candidate, all: Candidate[], reported: string): Candidate | null {
  // the events a reference may go back to: the latest ones, so a long article stays linear
  const events = all.length > MERGE_REACH ? all.slice(-MERGE_REACH) : all;
  const fits = (e: Candidate): boolean => placesAgree(e, c) && datesAgree(e, c);
  let same: Candidate | undefined;
  if (c.trigger.definite && !c.trigger.verb) {
    // "the NATO summit" refers back to a NATO summit, "the Shangri-la Dialogue summit" names another
    // (by a name or an alias: "NATO" is an alias of the North Atlantic Treaty Organisation named in full)
    const named = (e: Candidate): boolean => c.trigger.qualifiers.every((w) => [e.lead, ...e.participants].some((a) => a?.name.includes(w) || a?.aliases.some((x) => x.includes(w))) || e.placeName?.includes(w));
    const kindFits = (e: Candidate): boolean => e.kind === c.kind || (c.trigger.referenceOnly && GATHERINGS.has(e.kind) && GATHERINGS.has(c.kind));
    const fitting = events.filter((e) => kindFits(e) && named(e) && fits(e));
    // an event of the last few paragraphs is what "the forum" means, unless it is history with a
    // stated year ("a meeting in December 2020"); else the event the article has spoken of most
    const recent = fitting.filter((e) => c.para - lastPara(e) <= RECENT_PARAGRAPHS && !/\b(?:19|20)\d{2}\b/.test(e.dateText ?? ''));
    const most = (list: Candidate[]): Candidate | undefined => list.reduce<Candidate | undefined>((m, e) => (!m || e.more.length >= m.more.length ? e : m), undefined);
    // an event of the same kind before one of a kindred kind ("the gathering": a meeting before a summit)
    const sameKind = fitting.filter((e) => e.kind === c.kind);
    same = recent.filter((e) => e.kind === c.kind).at(-1) ?? most(sameKind) ?? recent.at(-1) ?? most(fitting);
  }
  same ??= events.findLast((e) => e.kind === c.kind && sameParty(e, c) && fits(e) && (sameDay(e, c) || (!!e.placeName && !!c.placeName)));
  // one speaker going on with one occasion: "X said Tuesday …" then "…, X said at a forum";
  // "X asked … last month" then "X asked at the … summit": the statement was made at the summit
  const atGathering = GATHERINGS.has(c.kind) && /\bat\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$/i.test(reported.slice(0, c.trigger.offset));
  // who speaks: the sentence's cues, else (a quotation handed to an earlier cue) its people before the event word
  const speakers = c.speakers.length ? c.speakers : atGathering ? c.subjects : [];
  if (!same && (SPEAKING.has(c.kind) || atGathering) && speakers.length && !namesDate(reported)) {
    same = events.findLast((e) => SPEAKING.has(e.kind) && c.para - e.para <= SPEAKING_REACH && e.speakers.some((a) => speakers.includes(a)));
    // the occasion is the more specific of the two: a summit, a speech or a press conference over a statement
    if (same && same.kind === 'statement') same.kind = c.kind;
    if (same && atGathering) same.lead = c.lead;
  }
  if (!same) return null;
  same.more.push({ start: c.start, end: c.end });
  same.lastPara = c.para;
  for (const a of c.participants) if (!same.participants.includes(a) && same.participants.length < 8) same.participants.push(a);
  if (!same.placeName && c.placeName) Object.assign(same, { place: c.place, placeName: c.placeName });
  for (const p of c.places) if (!same.places.includes(p)) same.places.push(p);
  if (c.date && (!same.date || c.date.length > same.date.length)) Object.assign(same, { date: c.date, dateText: c.dateText, nearest: c.nearest });
  else if (!same.date && !same.dateText && c.dateText) same.dateText = c.dateText;
  // undated both, the passage that gives a month or a day is the event's date ("next month's
  // by-elections", then "The by-elections are scheduled for December 8")
  if (!same.date && !c.date && (c.yearless?.length ?? 0) > (same.yearless?.length ?? 0)) Object.assign(same, { dateText: c.dateText, yearless: c.yearless });
  same.yearless ??= c.yearless;
  return same;
}

/** Places agree when either is unknown or one is among the places the other names. */
const placesAgree = (a: Candidate, b: Candidate): boolean => !a.placeName || !b.placeName || a.places.includes(b.placeName) || b.places.includes(a.placeName);
/** Dates agree when either is unknown or one refines the other ("2024-07", "2024-07-09"). */
const datesAgree = (a: Candidate, b: Candidate): boolean => !a.date || !b.date || a.date.startsWith(b.date) || b.date.startsWith(a.date);
/** The same day: the same full date, or the same unresolved day words ("On Friday", "on Friday"). */
const sameDay = (a: Candidate, b: Candidate): boolean =>
  a.date && b.date ? a.date.length === 10 && a.date === b.date : !a.date && !b.date && !!a.dateText && a.dateText.toLowerCase() === b.dateText?.toLowerCase();

/** The same lead, or a shared participant, or an unnamed lead ("a senior official", "officials"). */
const sameParty = (a: Candidate, b: Candidate): boolean =>
  a.lead === b.lead || [a.lead, b.lead].some((l) => !l || l.anonymous || l.kind === 'group') || a.participants.some((x) => b.participants.includes(x));

/**
 * A sentence with no event word whose attribution carries its own day ("X said Tuesday", "X, on
 * Monday, accused …", "On Friday, X mentioned …", "told reporters Friday") is a dated statement;
 * so is one opening with a time counted from a dated event told before ("Two years later, X said …"),
 * when `counted` says there is one.
 */
function datedAttribution(reported: string, sentenceStart: number, cues: Analysis['quotes'], counted: boolean): TriggerHit | null {
  let phrase = datePhrase(reported) ?? (counted ? countedPhrase(reported) : null);
  // the day of a dateline without its place ("Dec 29 (Reuters) - … on Tuesday said") is the article's: the next date words are the statement's
  if (phrase && phrase.index < 2 && DATELINE_AFTER.test(reported.slice(phrase.index + phrase.text.length))) phrase = datePhrases(reported, 2)[1] ?? null;
  if (phrase) {
    const opening = /^\s*(?:(?:on|last|this|earlier|late|early)\s+)?$/i.test(reported.slice(0, phrase.index)) && /^\s*,/.test(reported.slice(phrase.index + phrase.text.length));
    const at = sentenceStart + phrase.index;
    const possessive = /^['’]s\b/.test(reported.slice(phrase.index + phrase.text.length));
    for (const q of cues) {
      const from = q.cue!.start - sentenceStart;
      // "… would derail in a general election next November, Sabato said": a date in the content
      // before its cue is the content's, not the saying's (after the cue, "endorsed Cruz Wednesday" is
      // the saying's, but not one that modifies a noun of the content: "said this year's theme was …")
      if ((phrase.index < from || possessive) && insideContent(q, at)) continue;
      const to = q.cue!.end - sentenceStart;
      const between = phrase.index >= to ? reported.slice(to, phrase.index) : reported.slice(phrase.index + phrase.text.length, from);
      // "said Tuesday", "on Monday accused", "asked Defense Secretary Lloyd Austin last month"
      if (opening || between.length <= CUE_DATE_REACH || CUE_OBJECT.test(between)) return { kind: 'statement', offset: from, verb: true, definite: false, referenceOnly: false, qualifiers: [] };
    }
  }
  return null;
}

/** Whether offset `at` lies in the quote's content (in one of its pieces: the cue stands between them). */
function insideContent(q: Analysis['quotes'][number], at: number): boolean {
  for (const p of q.pieces ?? [q]) if (at >= p.start && at < p.end) return true;
  return false;
}

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

/** The month ("06") or month and day ("03-24") a sentence names without a year. */
function monthDayOf(sentence: string): string {
  const m = MONTH_DAY.exec(sentence);
  const r = m ? resolveDate(m[0], '2000-07-01', 'unknown') : null;
  return !r || r.date.length < 7 ? '' : r.date.slice(5);
}

/**
 * Names whose words include a month ("April Mellody", "Ms. May Tan") blanked out of the sentence,
 * offsets kept, so the month is not read as a date: the names the analysis found, and a month
 * before a surname it did not know.
 */
function withoutMonthNames(reported: string, sentenceStart: number, mentions: Analysis['mentions']): string {
  let out = reported;
  for (const m of mentions) {
    if (m.actor.kind === 'place' || m.actor.kind === 'country') continue;
    const a = m.start - sentenceStart;
    const b = m.end - sentenceStart;
    if (a >= 0 && b <= out.length && FULL_MONTH.test(out.slice(a, b))) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  }
  return withoutDateWordNames(out);
}

/**
 * In an article without a date of its own, a bare weekday is the one nearest to the latest date the
 * text states (`reference`). A weekday after it that the text says is still ahead ("the summit,
 * which starts Tuesday") shows the article was written before that day: a past event placed on or
 * after it belongs to an earlier week, which one the text does not say, so it keeps only its month.
 */
function weekdaysBeforeAhead(events: Candidate[], reference: string): void {
  let ahead: string | null = null;
  for (const e of events) if (e.nearest === 'future' && e.date && e.date > reference && (!ahead || e.date < ahead)) ahead = e.date;
  if (!ahead) return;
  for (const e of events) if (e.nearest === 'past' && e.date && e.date.length === 10 && e.date >= ahead) e.date = e.date.slice(0, 7);
}

/** How far back a counted time ("two years later") looks for the time it counts from, in characters. */
const COUNTED_REACH = 600;

/**
 * The date "two years later" counts from: the last date stated since the start of the paragraph
 * before (within COUNTED_REACH), else the dated event told last, if it is recent. What "later in
 * the day" counts from: the last day the body states outside `quotations` (direct quotations in
 * text order), else the day of the event told last.
 */
function countedFrom(
  text: string,
  paragraphs: Paragraph[],
  pi: number,
  sentenceStart: number,
  told: Candidate | null,
  ref: { date: string | null; approximate: boolean },
  quotations: Array<{ start: number; end: number }>,
): string | null {
  // the paragraph before counts when it is body text, not the date line or the headline
  const before = paragraphs[pi - 1];
  if (countsDay(text.slice(sentenceStart, paragraphs[pi].end))) {
    // "later in the day": the last day the body names in its paragraph and the two before (at
    // most DAY_REACH characters), else in the lead (the story's day is often told once, there);
    // each look is bounded, so an article of many such sentences costs linear time
    const body = paragraphs.find((q) => q.kind === 'body');
    if (!body || body.start >= sentenceStart) return told?.date?.length === 10 ? told.date : null;
    const near = Math.max(body.start, paragraphs[Math.max(0, pi - 2)].start, sentenceStart - DAY_REACH);
    let day = statedDay(text, near, sentenceStart, ref, quotations);
    if (!day && near > body.start) day = statedDay(text, body.start, Math.min(body.end, body.start + DAY_REACH, near), ref, quotations);
    return day ?? (told?.date?.length === 10 ? told.date : null);
  }
  const from = Math.max((before?.kind === 'body' ? before : paragraphs[pi]).start, sentenceStart - COUNTED_REACH);
  const stated = lastStatedDate(text.slice(from, sentenceStart), ref.date, ref.approximate);
  if (stated) return stated.date;
  return told?.date && pi - lastPara(told) <= RECENT_PARAGRAPHS ? told.date : null;
}

/** How far back "later in the day" looks for the day it counts from, at most, in characters (then the lead is looked at). */
const DAY_REACH = 3000;

/** The last day text[from, to) states outside direct `quotations` (a day inside one, "neutral on Monday", is the speaker's), or null. */
function statedDay(text: string, from: number, to: number, ref: { date: string | null; approximate: boolean }, quotations: Array<{ start: number; end: number }>): string | null {
  if (from >= to) return null;
  return lastStatedDate(withoutQuotations(text.slice(from, to), from, quotations), ref.date, ref.approximate, true)?.date ?? null;
}

/** The next line of the article, for a credit under a caption. */
function nextLine(text: string, paragraphs: Paragraph[], pi: number): string | null {
  const next = paragraphs[pi + 1];
  return next ? text.slice(next.start, next.end) : null;
}

/**
 * `passage` (the text from offset `passageStart`) with the direct quotations among `quotes` (in
 * text order) blanked out, offsets kept. Only the quotations that reach into the passage are
 * visited (a binary search), and the result is made in one join: a passage costs its own length.
 */
function withoutQuotations(passage: string, passageStart: number, quotes: Array<{ start: number; end: number }>): string {
  let i = lowerBound((k) => quotes[k].start, passageStart, 0, quotes.length);
  while (i > 0 && quotes[i - 1].end > passageStart) i--;
  const parts: string[] = [];
  let at = 0;
  for (; i < quotes.length && quotes[i].start - passageStart < passage.length; i++) {
    const a = Math.max(at, quotes[i].start - passageStart);
    const b = Math.min(passage.length, quotes[i].end - passageStart);
    if (a >= b) continue;
    parts.push(passage.slice(at, a), ' '.repeat(b - a));
    at = b;
  }
  if (!parts.length) return passage;
  parts.push(passage.slice(at));
  return parts.join('');
}

function finish(c: Candidate): LocalEvent {
  // the label names who holds the event: a person whose act it is, else the lead, else who speaks of it, else who takes part
  const holder = c.holder ?? c.lead ?? c.speakers[0] ?? c.participants[0] ?? null;
  const who = holder ? `${shortName(holder)} ` : '';
  const { kind, date, dateText, place, placeName, start, end, more, yearless } = c;
  // the lead first: the corpus matches events across articles by it
  const participants = c.lead ? leadFirst(c.lead, c.participants) : c.participants;
  // the place unless it is the holder itself ("NATO announcement", not "… in NATO")
  const label = `${who}${kind}${placeName && placeName !== holder?.name ? ` in ${placeName}` : ''}`;
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
const PERSONS_ACTS: ReadonlySet<EventKind> = new Set(['visit', 'speech', 'press conference', 'announcement', 'rally', 'publication', 'hearing']);

/** The lead, then the other participants, at most eight in all. */
function leadFirst(lead: LocalActor, participants: LocalActor[]): LocalActor[] {
  const out = [lead];
  for (let i = 0; i < participants.length && out.length < 8; i++) if (participants[i] !== lead) out.push(participants[i]);
  return out;
}

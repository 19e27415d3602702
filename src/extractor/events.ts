/**
 * Events in one article: summits, meetings, talks, visits, speeches, publications,
 * announcements, agreements and dated statements, with the actors taking part, the place and the
 * date. One event reported several times in the article is one event. This file walks the
 * article's sentences (`EventWalk`): each with an event word or a dated cue makes a candidate
 * (./eventCandidates), dated by its own words or by what the text told before (./eventDates), and
 * folded into an earlier event when it is the same one (./eventMerging).
 */
import type { Analysis } from './analyze';
import type { Paragraph, Sentence } from './text';
import type { LocalActor } from './actors';
import { datePhrase, mayNameDateWords } from './dates';
import { twoByte } from './datePatterns';
import { latestStatedDate, nearestYear, yearlessDateline } from './publishedDate';
import { countedPhrase } from './countedDates';
import { isCaption, isNewsroom, mayBeEventWord, SPEAKING, TRIGGER_ORDER, triggerIn, triggersFor } from './eventWords';
import type { EventKind } from './types';
import type { TriggerHit } from './eventWords';
import { finish, lastPara, makeCandidate, RECENT_PARAGRAPHS, type Candidate } from './eventCandidates';
import { countedFrom, datedAttribution, weekdaysBeforeAhead, withoutMonthNames, withoutQuotations } from './eventDates';
import { fold, foldHeadline, MERGE_REACH, mergeIntoEarlier } from './eventMerging';

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

/** A side of talks named with them: "pay talks with the transit authority", "negotiations between the two sides". */
const SIDE_NAMED = /\b(?:talks|negotiations|results)\s+(?:\w+\s+)?(?:with|between|among|involving)\s/i;
/** "told reporters" closing its sentence, with no more than a setting in lower case ("in the foyer", "after question period"): the cue of a quotation before it. */
const TOLD_LAST = /^told (?:reporters|journalists|the press)(?:\s+[\p{Ll}'’-]+){0,6}\s*[.!?]?\s*$/u;

/** A poll or a survey as the source just before a cue: what it found is no one's statement. */
const POLL_BEFORE = /\b(?:poll|polls|survey|surveys)\b[^,;.]*$/i;

/** A winner declared before the election word: "declared Monday Okpebholo of the APC winner of", "named Bello the winner of". */
const WINNER_DECLARED = /\b(?:declared|declares|announced|announces|named|names|proclaimed|proclaims|confirmed|confirms)\b[^.;]{0,120}\b(?:the )?(?:winner|victor)\s+(?:of|in)\s+(?:the\s+)?[^.;]{0,30}$/i;
/** The names of sources who are no one in particular: their words make no dated statement. */
const UNIDENTIFIED = new Set(['people', 'person', 'persons', 'source', 'sources', 'someone', 'insider', 'insiders']);

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
  /** Each event by its kind and its sentence's words from the event word on: a sentence told again is the same event. */
  private readonly told_ = new Map<string, Candidate>();
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
        const possible = possibleTriggers(this.text, p, s);
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
  private sentence(p: Paragraph, pi: number, s: Sentence, possible: number[] | null, cues: Analysis['quotes']): void {
    const reported = this.reported(s);
    const inSentence = this.mentionsIn(pi, s);
    const also: TriggerHit[] = [];
    const hit = possible ? triggerIn(reported, possible, inSentence, s.start, also) : null;
    // without an event word the sentence is an event only as a dated attribution, which needs a cue
    // of a speaker who is someone ("officials" are; "three people familiar with …" hold no statement) and date words
    // (nor a poll's findings: "A Leger poll released last week found that …")
    if (!hit) cues = cues.filter((q) => !(q.speaker?.anonymous && UNIDENTIFIED.has(q.speaker.name.toLowerCase())) && !POLL_BEFORE.test(this.text.slice(Math.max(s.start, q.cue!.start - 80), q.cue!.start)));
    if (!hit && !(cues.length && mayNameDateWords(reported))) return;
    const dated = withoutMonthNames(reported, s.start, inSentence);
    // "A month later": the time told last, in this paragraph or the one before, else the dated event told last
    const counted = countedPhrase(dated) ? countedFrom(this.text, this.analysis.paragraphs, pi, s.start, this.told, this.reference(), this.quoteSpans) : null;
    const trigger = hit ?? datedAttribution(dated, s.start, cues, !!counted);
    if (!trigger) return;
    const kept = this.take(p, pi, s, trigger, !!hit, reported, dated, inSentence, cues, counted);
    // a second event in a clause of its own: "reached a tentative agreement early Tuesday after
    // negotiators resumed talks on Sunday", the first's clause blanked out for it
    const second = hit ? secondEvent(reported, hit, also) : null;
    // an event word that makes no event leaves the sentence to the next best: "Workers, on strike
    // since December 1, voted on Thursday to continue" is no body's vote, and still a strike
    if (!second) {
      const next = hit && !kept ? also.find((h) => h.kind !== hit.kind) : undefined;
      if (next) this.take(p, pi, s, next, true, reported, dated, inSentence, cues, counted);
      // a dated declaration of an election's result is an event of its own: "INEC on Sunday declared Okpebholo winner of Saturday's governorship election"
      // (only a winner declared: "reported Saturday that … before the Iowa caucuses" is the report's, no event of the election)
      const declared = hit && kept && !next && hit.kind === 'election' && !hit.verb && WINNER_DECLARED.test(reported.slice(0, hit.offset)) ? datedAttribution(dated, s.start, cues.filter((q) => q.cue!.start - s.start < hit.offset), !!counted) : null;
      if (declared) this.take(p, pi, s, declared, false, reported, dated, inSentence, cues, counted);
      return;
    }
    // (a clause blanked at the end is cut off: chrono reads "17 May" before a run of spaces as no date)
    const blank = (t: string): string => (second.from ? t.slice(0, second.from) : ' '.repeat(second.to) + t.slice(second.to));
    const outside = inSentence.filter((m) => m.end - s.start <= second.from || m.start - s.start >= second.to);
    this.take(p, pi, s, second.hit, true, blank(reported), blank(dated), outside, cues, counted);
  }

  /** Makes the sentence's event at `trigger` a candidate and keeps it, merged or new, unless it is none; whether it kept one. */
  private take(p: Paragraph, pi: number, s: Sentence, trigger: TriggerHit, hit: boolean, reported: string, dated: string, inSentence: Analysis['mentions'], cues: Analysis['quotes'], counted: string | null): boolean {
    const ref = this.reference();
    // the place is the narration's: "said in Ohio that the plant in Texas …" was said in Ohio
    const contents = cues.filter((q) => q.kind !== 'direct' && (q.start > s.start + trigger.offset || q.end <= s.start + trigger.offset));
    const narration = contents.length ? withoutQuotations(reported, s.start, contents) : reported;
    // so is the date of an occasion of speaking in what it reports after it: "said in a statement
    // that applications fell last year" was not said last year (what is announced may carry the
    // announcing's day, "announced his support on Thursday"; a content that opens with date words is
    // the saying's time read as content, "said at a conference this week, as workers picketed")
    if (hit && SPEAKING.has(trigger.kind)) {
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
    // "he was sentenced", "appeared in court": a court's business of no one the article names, nowhere, is nothing to list
    // ("A 34-year-old man from Ilford has been jailed": someone described, not named, is someone)
    // (a court or its bench as the subject is someone: "A federal appeals court on Tuesday blocked …", "Five justices heard the case")
    if (trigger.kind === 'hearing' && trigger.verb && !candidate.participants.length && !candidate.speakers.length && !candidate.placeName && !DESCRIBED_PERSON.test(narration.slice(0, trigger.offset)) && !BENCH.test(narration.slice(0, trigger.offset + 12))) return false;
    // "The two sides last met on May 20": the parties of the talks or meeting told just before
    if (!candidate.participants.length && GATHERINGS_OF_SIDES.has(trigger.kind) && SIDES_BEFORE.test(narration.slice(0, trigger.offset))) this.sidesOf(candidate, pi);
    // talks or results of no one, held by no body, nowhere, on no day ("weekend talks broke down", "cut its forecast, saying
    // results would suffer"): nothing to list ("contract talks failed on Monday" has its day; "talks with the transit authority" a side)
    // (nor an agreement by an indefinite noun alone: "Critics say the plan is a pact with the devil"; "the agreement" may refer back)
    if ((trigger.kind === 'talks' || trigger.label === 'results' || (trigger.kind === 'agreement' && !trigger.verb && !trigger.definite)) && !candidate.participants.length && !candidate.speakers.length && !candidate.holderName && !candidate.placeName && !candidate.date && !candidate.dateText && !SIDE_NAMED.test(narration.slice(Math.max(0, trigger.offset - 60), trigger.offset + 48))) return false;
    // a vote is of the body that casts it ("the board voted", "a committee vote"); a person casts no body's vote
    // (a vote named by its noun with its day is an occasion whoever casts it: "The vote will now take place on April 8")
    if (trigger.kind === 'vote' && !candidate.holderName && (!candidate.holder || candidate.holder.kind === 'person') && (!trigger.setDown || !candidate.date)) return false;
    // "“…,” she told reporters." with no day and no place is how her words reached the article, no occasion of its own
    if (trigger.kind === 'press conference' && trigger.verb && !candidate.date && !candidate.dateText && !candidate.placeName && TOLD_LAST.test(reported.slice(trigger.offset))) return false;
    // "leaders meet at a summit each spring", "the summit, held every two years": a custom, no one event
    if ((!candidate.date && HABITUAL.test(dated)) || CUSTOM_HELD.test(dated)) return false;
    this.caption ??= isCaption(this.text.slice(p.start, p.end), nextLine(this.text, this.analysis.paragraphs, pi));
    // a caption's date is the photo's; its event words point at the article's events
    if (this.caption) this.captions.push(candidate);
    else {
      // one sentence told again word for word is one event (a repeated paragraph), whatever its date
      const key = `${candidate.kind} ${reported.slice(trigger.offset)}`;
      const twin = this.told_.get(key);
      if (twin) fold(candidate, twin);
      const into = twin ?? mergeIntoEarlier(candidate, this.events, dated, ref.approximate ? null : ref.date) ?? (this.events.push(candidate), candidate);
      if (!twin) this.told_.set(key, into);
      if (into.date) this.told = into;
    }
    return true;
  }

  /** Gives `c` the parties of the latest event with two or more, in its paragraph or the RECENT_PARAGRAPHS before. */
  private sidesOf(c: Candidate, pi: number): void {
    for (let k = this.events.length - 1; k >= 0; k--) {
      const e = this.events[k];
      if (pi - lastPara(e) > RECENT_PARAGRAPHS) return;
      if (e.participants.length < 2) continue;
      c.participants = e.participants.slice();
      c.lead = e.lead;
      return;
    }
  }

  private isHeadline(p: Paragraph): boolean {
    return this.analysis.paragraphs.length > 1 && HEADLINE_END.test(this.text.slice(p.start, p.end));
  }

  /** The article's events, each caption counted as a passage of the event it shows. */
  result(): LocalEvent[] {
    let { events } = this;
    if (!this.exact && this.stated) weekdaysBeforeAhead(events, this.stated);
    // (the headline is walked first: a later passage cannot refer back to it, it refers forward)
    if (events.length > 1 && events[0].para === 0 && this.isHeadline(this.analysis.paragraphs[0]) && foldHeadline(events[0], events.slice(0, MERGE_REACH))) events = events.slice(1);
    const early = events.slice(0, MERGE_REACH);
    for (const c of this.captions) {
      const same = early.find((e) => e.kind === c.kind && (!c.placeName || !e.placeName || e.places.includes(c.placeName)));
      if (same) same.more.push({ start: c.start, end: c.end });
    }
    return events.map(finish);
  }
}

/**
 * Where a sentence breaks into clauses: a semicolon, a comma before a conjunction, a
 * conjunction before a clause's subject ("after negotiators resumed", "as it published", "after
 * the union staged"; not "after the summit", a time reference), or a comma before a named source's
 * cue ("Thailand will hold a general election on 28 March, the Election Commission announced"), or
 * before a court's ("will stand trial on 3 March, magistrates were told on Wednesday"), or the comma
 * closing an aside before its subject's verb ("Bin workers, who have been on strike since January,
 * protested outside …", "Workers at the refinery, on strike since December 1, voted …").
 */
// (a relative clause after a preposition too: "arrived in Tokyo on a two-day visit, during which he will hold the annual summit")
// (and a participle's clause of what the act brought about: "voted 59% to 41% on Monday to accept a new contract, ending a seven-week strike")
const CLAUSE_BREAKS =
  /;|,\s+(?:which|who)\s+(?=(?:is|are|was|were|will|would|has|have|had)\s)|,\s+(?:during|at|after|before)\s+which\s|,\s+(?:and|but|while|whereas|as|after|before|when)\s|\s(?:after|before|while|as|when)\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b|\p{Lu}|\d)|\s(?:after|before|while|as|when)\s+(?=(?:the|a|an|its|his|her|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:\p{Ll}+ed|went|began|met|held|took|broke|struck|won|lost|made)\b)|,\s+(?=(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and)\s+){0,5}(?:announced|said|told)\b)|,\s+(?=(?:a|the)\s+(?:judge|magistrate|coroner|court)\s+(?:ruled|heard|ordered)\b|magistrates\s+were\s+told\b|(?:the\s+)?jury\s+was\s+told\b)|(?<=,[^,;]{1,80}),\s+(?=\p{Ll}+ed\s)|,\s+(?=(?:ending|ended|averting|prompting|triggering|sparking)\s+(?:a|an|the|its|their)\s)/gu;

/** "at the company's annual", "at a": a gathering as the setting of what is done before it. */
const AT_GATHERING = /\bat\s+(?:the|a|an|its|their|[\p{L}'’-]+['’]s?)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/** A clause break that opens a relative clause. */
const RELATIVE_BREAK = /^,\s+(?:which|who)\b/;
/** The noun phrase a relative clause hangs on, closing the text before it: "the House", "Halifax regional council". */
const ANTECEDENT = /(?:\b(?:the|a|an|its|their)\s+(?:[\p{L}'’.-]+\s+){0,2}[\p{L}'’.-]+|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)$/u;

/** "and" before another of a kind by its noun: " and an ", " and a ". */
const NOUNS_JOINED = /\s+and\s+(?=(?:a|an|another)\s)/;

/** How far apart, in characters, two verbs of one kind must stand to be two acts rather than one phrase two patterns read. */
const SAME_KIND_APART = 24;

/** Each kind's place in TRIGGER_ORDER: the more specific first. */
const KIND_RANK = new Map(TRIGGER_ORDER.map((k, i) => [k, i]));

/**
 * The sentence's event of another kind than `first` in another clause, if any: the best ranked of
 * `also` (in TRIGGER_ORDER's order, as triggerIn pushes them), with the span [from, to) of the
 * first's clause to blank out for it.
 */
function secondEvent(reported: string, first: TriggerHit, also: TriggerHit[]): { hit: TriggerHit; from: number; to: number } | null {
  let best: TriggerHit | null = null;
  // (two acts of one kind by verbs in two clauses too: "The Senate passed the bill, sending it to the House, which is expected to vote on Saturday";
  // or by nouns: "will hold a presidential runoff on April 13 after no candidate won a majority in Sunday's first round")
  for (const h of also) if ((h.kind !== first.kind || (h.verb === first.verb && h.offset > first.offset + SAME_KIND_APART)) && (!best || KIND_RANK.get(h.kind)! < KIND_RANK.get(best.kind)!)) best = h;
  if (!best) return null;
  const lo = Math.min(first.offset, best.offset);
  const hi = Math.max(first.offset, best.offset);
  // a gathering the other is done at is one too, in the same clause: "voted 58 per cent against the
  // pay package at the company's annual meeting on Tuesday" (nothing to blank: both share the day)
  if (first.kind === 'meeting' && !first.verb && best.verb && best.offset < first.offset && AT_GATHERING.test(reported.slice(Math.max(0, first.offset - 48), first.offset))) return { hit: best, from: 0, to: 0 };
  CLAUSE_BREAKS.lastIndex = lo;
  let brk: { index: number; 0: string } | null = CLAUSE_BREAKS.exec(reported);
  // two of one kind by nouns may be joined by "and": "in a French-language debate on Wednesday and an English-language debate on Thursday"
  const joined = (!brk || brk.index >= hi) && best.kind === first.kind && !best.verb ? NOUNS_JOINED.exec(reported.slice(lo, hi)) : null;
  if (joined) brk = { index: lo + joined.index, 0: joined[0] };
  if (!brk || brk.index >= hi) return null;
  if (first.offset > best.offset) return { hit: best, from: brk.index, to: reported.length };
  // a relative clause keeps what it hangs on, its subject: "…, sending it to the House, which is expected to vote"
  const antecedent = RELATIVE_BREAK.test(brk[0]) ? ANTECEDENT.exec(reported.slice(lo, brk.index)) : null;
  return { hit: best, from: 0, to: antecedent ? lo + antecedent.index : brk.index };
}

/** Someone described without a name as a sentence's subject, or a person's pronoun: "A 34-year-old man from Ilford", "a teenager", "He". */
const DESCRIBED_PERSON = /^\s*(?:(?:he|she)\b|(?:\S+\s+){0,3}?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|teenager|teen|boy|girl|youth|driver|motorist|father|mother|pensioner|student|nurse|doctor|teacher|officer|worker|businessman|businesswoman|grandfather|grandmother|cyclist|pedestrian|director|manager|owner|boss|executive|official|employee|carer|landlord|builder|soldier|councillor|solicitor|accountant|priest|coach|player|lawyer|constable|guard|volunteer|pastor|chef|senator|lawmaker|legislator|mayor|congressman|congresswoman|alderman|commissioner|minister|sheriff|deputy|trustee|principal|firefighter|paramedic|professor|contractor|developer)\b)/i;

/** A court or its bench: "appeals court", "justices", "the tribunal", "a judge", "magistrates". */
const BENCH = /\b(?:court|tribunal|justices|judges?|jury|magistrates?|coroner)\b/i;

/** Kinds "the two sides" may hold, as a subject just before the event word. */
const GATHERINGS_OF_SIDES: ReadonlySet<EventKind> = new Set(['meeting', 'talks']);
/** Two parties told before: "The two sides last", "both sides", "the leaders", "The teams meet again" (the words right before the event word). */
const SIDES_BEFORE = /\b(?:[Tt]he\s+two|[Bb]oth|[Tt]he)\s+(?:sides|parties|leaders|men|women|ministers|delegations|negotiators|countries|governments|teams|clubs|squads)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** An occasion told as a custom with its usual time: "The annual meeting is usually held in May". */
const CUSTOM_HELD = /\b(?:is|are)\s+(?:usually|typically|normally|traditionally|generally|customarily)\s+(?:held|scheduled|staged)\b/i;
/** Words of a custom: "each spring", "every two years", "annually". */
const HABITUAL = /\b(?:(?:every|each)\s+(?:(?:two|three|four|five|other|few|single)\s+)?(?:years?|spring|summer|autumn|fall|winter|months?|weeks?|days?|season)|annually|biennially|yearly)\b/i;

/** A headline: the article's first line, with more after it, ending without a sentence's full stop. */
const HEADLINE_END = /[^.!?…"”’]\s*$/;

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

/**
 * The triggers the words of a sentence outside quotations make possible, each once in the order
 * its words first call for it, or null when none. `text` is the article's (the tokens' offsets).
 */
function possibleTriggers(text: string, p: Paragraph, s: Sentence): number[] | null {
  let possible: number[] | null = null;
  const { tokens, inQuote } = p;
  for (let i = s.from; i < s.to; i++) {
    if (inQuote[i]) continue;
    const t = tokens[i];
    // (a list, not a Set: a sentence calls for two or three triggers, and a Set per sentence cost more than the look-ups)
    const triggers = mayBeEventWord(text, t.start, t.end) ? triggersFor(t.lower) : undefined;
    if (triggers) for (const k of triggers) if (!(possible ??= []).includes(k)) possible.push(k);
  }
  return possible;
}

/** The next line of the article, for a credit under a caption. */
function nextLine(text: string, paragraphs: Paragraph[], pi: number): string | null {
  const next = paragraphs[pi + 1];
  return next ? text.slice(next.start, next.end) : null;
}

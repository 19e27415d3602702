/**
 * Events across articles: the same event reported in several articles (same kind, same place or
 * same lead actor, agreeing dates) becomes one event with all its passages as sources. An article
 * that states no date of its own learns its year from an event it shares with a dated article
 * ("Next week, NATO will hold its summit in Washington" and another article's "the summit, which
 * starts Tuesday" dated 2024-07-09): its dates that could not be resolved get that year.
 */
import { pushTo, type LocalActor } from '../extractor/actors';
import type { LocalEvent } from '../extractor/events';
import type { CorpusEvent } from '../extractor/types';

/** Two dates agree when one refines the other ("2024-07" and "2024-07-09"), or either is unknown. */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

const moreSpecific = (a: string | null, b: string | null): string | null => (!a ? b : !b ? a : a.length >= b.length ? a : b);

/** How many drafts of one key a new event is compared with, the latest first, so a corpus of many articles stays linear. */
const KEY_REACH = 64;

/** The latest of a key's drafts that fits; only the latest KEY_REACH are looked at. */
function findRecent(list: Draft[] | undefined, fits: (d: Draft) => boolean): Draft | undefined {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0 && i >= list.length - KEY_REACH; i--) if (fits(list[i])) return list[i];
  return undefined;
}

/** A month and day without a year ("06", "03-24") agrees with a date of that month ("2022-06"). */
const yearlessFits = (yearless: string | undefined, date: string | null): boolean => !!yearless && !!date && date.length >= 7 && (date.slice(5) + '-').startsWith(yearless.slice(0, 2) + '-') && (yearless.length < 5 || date.length < 10 || date.slice(5) === yearless);

/** A draft's `datedBy` once `path` dated it too: `path` added when it is one of the first two distinct ones (a new list of its exact length: pushed to, a list takes room for 17). */
export function withDatedBy(datedBy: readonly string[], path: string): readonly string[] {
  return datedBy.length >= 2 || datedBy[0] === path ? datedBy : datedBy.length ? [datedBy[0], path] : [path];
}

/** Sets of long participant lists, each filled up to `upTo` (the lists only grow, by push). */
const listed = new WeakMap<readonly string[], { set: Set<string>; upTo: number }>();

/**
 * Whether a merged event's participants include `id`: a look-up in a Set once the list is long (an
 * event merged over thousands of articles has hundreds; includes() for each candidate and each
 * participant made one article's merge 37 ms of a save's turn at 10k articles).
 */
function lists(participants: readonly string[], id: string): boolean {
  if (participants.length <= 16) return participants.includes(id);
  let seen = listed.get(participants);
  if (!seen) listed.set(participants, (seen = { set: new Set(), upTo: 0 }));
  while (seen.upTo < participants.length) seen.set.add(participants[seen.upTo++]);
  return seen.set.has(id);
}

/** The datedBy of drafts no article dated. */
export const NO_PATHS: readonly string[] = [];

/** One corpus event as merged, with what the shared-year pass needs. */
export interface Draft {
  event: CorpusEvent;
  placeKey: string | null;
  lead: string | null;
  /**
   * The first two articles whose own passages gave the draft its date (fewer when fewer did): all
   * the shared-year pass asks is whether one other than a given article did, and a Set of every one
   * was 2.5 MB at 10k articles.
   */
  datedBy: readonly string[];
  /** The date the merge itself gave (before any year learnt from another article). */
  ownDate: string | null;
}

/** How many of a day-dated event's participants (the lead first) another article's lead may be found among. */
const MEMBERS_KEPT = 4;
/**
 * Kinds whose participants gather, so that one side's lead is a party the other lists: not a
 * statement, a speech or an election (two people's statements on one day, two states' primaries on
 * one Tuesday are two events).
 */
const SHARED_GATHERINGS: ReadonlySet<string> = new Set(['summit', 'talks', 'meeting', 'debate', 'hearing']);

/**
 * Merges the events of articles into corpus events (drafts), one article at a time, so that a
 * host thread can merge a large kind in slices; articles come in a stable order. Events of one
 * kind never merge with another's, so the corpus merges kind by kind and keeps each kind's drafts
 * until one of its articles changes. Ids and years learnt across articles (applySharedYears) are
 * left to the caller. `idOf` gives an article's actor its corpus-wide id (null: not one).
 */
export class DraftMerger<K = LocalEvent> {
  private readonly drafts: Draft[] = [];
  // candidates by kind and place, and by kind and lead actor
  private readonly byPlace = new Map<string, Draft[]>();
  private readonly byLead = new Map<string, Draft[]>();
  /** Drafts dated to the day, by kind, day and each of their first MEMBERS_KEPT participants. */
  private readonly byMember = new Map<string, Draft[]>();
  /** The draft each event merged into, by the key add() was given for it. */
  private readonly draftOf = new Map<K, Draft>();

  constructor(private readonly idOf: (a: LocalActor) => string | null) {}

  /** One article's events, in its order; `keys[i]` names events[i] in finish()'s draftOf (by default the event itself). */
  add(path: string, events: LocalEvent[], keys: readonly K[] = events as unknown as K[]): void {
    const { byPlace, byLead, byMember, draftOf } = this;
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const key = keys[i];
      const participants = e.participants.map(this.idOf).filter((x): x is string => !!x);
      const placeKey = e.placeName ? e.placeName.toLowerCase().replace(/,.*$/, '') : null;
      const lead = participants[0] ?? null;
      const agrees = (d: Draft): boolean => (e.date ? datesCompatible(d.event.date, e.date) : !e.yearless || !d.event.date || yearlessFits(e.yearless, d.event.date));
      let same = placeKey ? findRecent(byPlace.get(`${e.kind}|${placeKey}`), (d) => agrees(d) && (!lead || !d.lead || lists(d.event.participants, lead))) : undefined;
      // no place on one side: the same lead on agreeing dates that both sides state
      same ??= lead && (e.date || e.yearless) ? findRecent(byLead.get(`${e.kind}|${lead}`), (d) => (!placeKey || !d.placeKey) && agrees(d)) : undefined;
      // on the same day, one side's lead among the other's first participants: "an emergency summit on
      // 20 March" of the European Council and "the European Union summit in Brussels" it takes part in
      const day = e.date?.length === 10 ? e.date : null;
      if (!same && day && lead && SHARED_GATHERINGS.has(e.kind)) {
        same = findRecent(byMember.get(`${e.kind}|${day}|${lead}`), (d) => !placeKey || !d.placeKey);
        for (let k = 1; !same && k < Math.min(participants.length, MEMBERS_KEPT); k++) same = findRecent(byMember.get(`${e.kind}|${day}|${participants[k]}`), (d) => d.lead === participants[k] && (!placeKey || !d.placeKey));
      }
      const sources = [{ path, start: e.start, end: e.end }, ...e.more.map((m) => ({ path, ...m }))];
      if (same) {
        same.event.sources.push(...sources);
        same.event.date = moreSpecific(same.event.date, e.date);
        if (e.date) same.datedBy = withDatedBy(same.datedBy, path);
        if (!same.event.dateText) same.event.dateText = e.dateText;
        if (!same.placeKey && placeKey) {
          Object.assign(same, { placeKey });
          same.event.place = e.placeName;
          same.event.label = e.label;
          pushTo(byPlace, `${e.kind}|${placeKey}`, same);
        }
        for (const p of participants) if (!lists(same.event.participants, p)) same.event.participants.push(p);
        draftOf.set(key, same);
        continue;
      }
      const draft: Draft = {
        placeKey,
        lead,
        datedBy: e.date ? [path] : NO_PATHS,
        event: { id: '', label: e.label, kind: e.kind, date: e.date, dateText: e.dateText, place: e.placeName, participants, sources },
        ownDate: null,
      };
      this.drafts.push(draft);
      draftOf.set(key, draft);
      if (placeKey) pushTo(byPlace, `${e.kind}|${placeKey}`, draft);
      if (lead && e.date) pushTo(byLead, `${e.kind}|${lead}`, draft);
      if (day && SHARED_GATHERINGS.has(e.kind)) for (let k = 0; k < Math.min(participants.length, MEMBERS_KEPT); k++) pushTo(byMember, `${e.kind}|${day}|${participants[k]}`, draft);
    }
  }

  finish(): { drafts: Draft[]; draftOf: Map<K, Draft> } {
    for (const d of this.drafts) d.ownDate = d.event.date;
    return { drafts: this.drafts, draftOf: this.draftOf };
  }
}

/**
 * Years learnt across articles, over drafts merged by a DraftMerger: `docs` are the articles with
 * events they could not date alone, in the merge's order. Returns the drafts whose date it set (to
 * be reset to `ownDate` before the next pass).
 */
export function applySharedYears(docs: Array<{ path: string; events: LocalEvent[] }>, draftOf: (e: LocalEvent) => Draft | undefined): Draft[] {
  const set: Draft[] = [];
  for (const { path, events } of docs) dateFromShared(path, events, draftOf, set);
  return set;
}

/**
 * An article that could not resolve its dates (`yearless` events) takes the year of the events it
 * shares with dated articles, when they agree on one year. Its undated events get that year, with
 * the month and day the text gave ("March 24" -> "2022-03-24"); when one of its sentences ties a
 * month to a relative one ("last month …, March 24"), the article's own month is known too, and
 * "Tuesday" or "this week" resolve to it.
 */
function dateFromShared(path: string, events: LocalEvent[], of: (e: LocalEvent) => Draft | undefined, set: Draft[]): void {
  if (!events.some((e) => e.yearless !== undefined)) return;
  const years = new Set<string>();
  for (const e of events) {
    const d = of(e);
    if (d?.event.date && d.datedBy.some((p) => p !== path)) years.add(d.event.date.slice(0, 4));
  }
  if (years.size !== 1) return;
  const [year] = years;
  const month = articleMonth(events);
  for (const e of events) {
    const d = of(e);
    if (!d || e.yearless === undefined || d.event.date) continue;
    d.event.date = e.yearless ? `${year}-${e.yearless}` : month ? relativeMonth(e.dateText, year, month) : year;
    set.push(d);
  }
}

const MONTH_SHIFT: Array<[RegExp, number]> = [
  [/\blast month\b/i, -1],
  [/\bnext month\b/i, 1],
  [/\b(?:this month|this week|today|tonight|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i, 0],
];

/** The article's month (1-12) from an event dated both ways: "last month" and "March 24" -> 4. */
function articleMonth(events: LocalEvent[]): number | null {
  for (const e of events) {
    if (!e.yearless || !e.dateText) continue;
    const shift = MONTH_SHIFT.find(([re]) => re.test(e.dateText!))?.[1];
    const month = Number(e.yearless.slice(0, 2)) - (shift ?? NaN);
    // across a year's end the year learnt from another article may be the wrong one
    if (month >= 1 && month <= 12) return month;
  }
  return null;
}

/** A relative date against the article's year and month: "Tuesday" -> "2022-04", "last month" -> "2022-03"; else the year. */
function relativeMonth(dateText: string | null, year: string, month: number): string {
  const shift = dateText ? MONTH_SHIFT.find(([re]) => re.test(dateText))?.[1] : undefined;
  const m = shift === undefined ? 0 : month + shift;
  return m >= 1 && m <= 12 ? `${year}-${String(m).padStart(2, '0')}` : year;
}

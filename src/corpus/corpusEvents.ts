/**
 * The corpus's events (./events.ts merges them), kept current by kind: events of two kinds never
 * merge, so a change re-merges only the kinds of the articles it touched, reading only the
 * articles that have events of that kind, an article at a time (a host thread merges in slices).
 * Years learnt across articles are a pass of their own over the articles that need one.
 */
import type { LocalEvent } from '../extractor/events';
import { lowerBound } from '../extractor/sorted';
import type { CorpusEvent, EventKind } from '../extractor/types';
import { applySharedYears, DraftMerger, type Draft } from './events';
import { IdPool } from './ids';
import { SlicedSort } from './group';
import type { Contribution } from './registry';
import type { ArticleRecord, RecordActor, RecordEvent } from './record';

/** One article as the corpus files it: what the event merge reads of it. */
export interface EventArticle {
  record: ArticleRecord;
  /** The registry's entry for each of the record's actors, by index. */
  contributions: Contribution[];
}

/** What the corpus gives the events: its articles, their order, and the actors' corpus-wide ids. */
export interface EventSource {
  article(path: string): EventArticle | undefined;
  /** The path's place in path order. */
  rank(path: string): number;
  /** Brings the actors up to date until `deadline`; true once they are. */
  actorsStep(deadline: number): boolean;
  /** A resolver of a participant's corpus-wide id, as the actors are now (null: not an actor). */
  participantIds(): (c: Contribution | undefined, actor: RecordActor) => string | null;
}

const collator = new Intl.Collator();
/** An event with what orders it, read once. */
type Keyed = { e: CorpusEvent; date: string | null; rank: number; start: number };
const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class CorpusEvents {
  /**
   * Each kind's events (in the corpus's event order as of their merge) and the draft each record
   * event merged into (keyed by the record's own event: the merge's LocalEvents are made for it
   * and dropped, not kept for every article).
   */
  private readonly byKind = new Map<EventKind, { events: CorpusEvent[]; draftOf: Map<RecordEvent, Draft> }>();
  /** Kinds to merge again: an article with such events changed, or a participant's id did. */
  private readonly staleKinds = new Set<EventKind>();
  /** Drafts whose date the last shared-year pass set (reset before the next). */
  private assigned: Draft[] = [];
  private all: CorpusEvent[] | null = null;
  private byDate: CorpusEvent[] | null = null;
  private byId: Map<string, CorpusEvent> | null = null;
  /** Articles with events of each kind, and those with events they could not date alone. */
  private readonly kindPaths = new Map<EventKind, Set<string>>();
  private readonly yearlessPaths = new Set<string>();
  /** A kind's merge under way: its articles in path order, how far, the merger, and the contribution of each participant met. */
  private merging: { kind: EventKind; paths: string[]; next: number; merger: DraftMerger<RecordEvent>; contributionOf: Map<RecordActor, Contribution> } | null = null;
  /** A merged kind getting its ids and order, and the whole list's order, under way. */
  private finishing: { kind: EventKind; events: CorpusEvent[]; draftOf: Map<RecordEvent, Draft>; next: number; order: EventOrder | null } | null = null;
  private ordering: EventOrder | null = null;
  /** Whether step() yielded a turn for eventsByDate(). */
  private byDateTurn = false;
  /** Ids held by their events, each event's key (its kind and first passage) made again only when two ids collide: a key string kept per event was 2 MB at 10k articles. */
  private readonly ids = new IdPool<CorpusEvent>((e) => eventIdKey(e, e.sources[0].path));
  private readonly labels = new LabelOrder();

  constructor(private readonly source: EventSource) {}

  /** The kinds of a record's events are to be merged again. */
  stale(record: ArticleRecord): void {
    for (const e of record.events) this.staleKinds.add(e.kind);
  }

  /** Files (or withdraws) an article under the kinds of its events; those kinds are to be merged again. */
  file(path: string, record: ArticleRecord, add: boolean): void {
    for (const e of record.events) {
      this.staleKinds.add(e.kind);
      let paths = this.kindPaths.get(e.kind);
      if (add) {
        if (!paths) this.kindPaths.set(e.kind, (paths = new Set()));
        paths.add(path);
      } else {
        paths?.delete(path);
      }
    }
    if (add && record.events.some((e) => e.yearless !== undefined)) this.yearlessPaths.add(path);
    else if (!add) this.yearlessPaths.delete(path);
  }

  /** Events merged across articles, by date (the undated last, in the order first met). */
  events(): CorpusEvent[] {
    while (!this.mergeStep(Infinity));
    return this.all!;
  }

  /** Events by date, each date's by label (collator order, ties as first met), the undated last by label: the Events tree's order. */
  eventsByDate(): CorpusEvent[] {
    const all = this.events();
    if (this.byDate) return this.byDate;
    // the dated come in date order already: each run of one date (and the undated) is sorted by its
    // labels' ranks, numbers, not by the collator (16,000 events at 10k articles, on every change)
    const rank = this.labels.ranks(all);
    const out: CorpusEvent[] = [];
    for (let start = 0; start < all.length; ) {
      let end = start + 1;
      while (end < all.length && all[end].date === all[start].date) end++;
      // a number per event, its label's rank then its place (ties stay as met): a native sort of numbers
      const n = end - start;
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = rank.get(all[start + i].label)! * n + i;
      keys.sort();
      for (const k of keys) out.push(all[start + (k % n)]);
      start = end;
    }
    return (this.byDate = out);
  }

  event(id: string): CorpusEvent | undefined {
    const all = this.events();
    return (this.byId ??= new Map(all.map((e) => [e.id, e]))).get(id);
  }

  /**
   * Brings the events up to date, an article's events at a time, until `deadline`
   * (performance.now() ms) passes; true once they are (events() then answers at once), and the
   * ranks of their labels that eventsByDate() orders by: sorting 16,000 new labels with the
   * collator took 40-50 ms of the host's CPU at once when the Events tree asked after a pass.
   */
  step(deadline: number): boolean {
    if (!this.mergeStep(deadline) || !this.labels.prepare(this.all!, deadline)) return false;
    if (!this.byDate && deadline !== Infinity) {
      // the Events tree's order (3-17 ms at 10k articles), which it asks for next, made at the start of a turn of its own
      if (!this.byDateTurn) return (this.byDateTurn = true), false;
      this.byDateTurn = false;
      this.eventsByDate();
    }
    return true;
  }

  private mergeStep(deadline: number): boolean {
    if (this.all && !this.staleKinds.size && !this.merging && !this.finishing) return true;
    if (!this.source.actorsStep(deadline)) return false;
    for (;;) {
      if (this.finishing && !this.finishStep(this.finishing, deadline)) return false;
      if (!this.merging) {
        const kind = this.staleKinds.values().next().value;
        if (kind === undefined) break;
        this.staleKinds.delete(kind);
        this.merging = this.startMerge(kind);
      }
      const m = this.merging;
      while (m.next < m.paths.length) {
        this.mergeArticle(m, m.paths[m.next++]);
        if (performance.now() > deadline) return false;
      }
      this.merging = null;
      this.finishing = this.startFinish(m.kind, m.merger);
    }
    if (!this.ordering) {
      // an undated article takes its year from any event it shares, whatever the kind
      for (const d of this.assigned) d.event.date = d.ownDate;
      const yearless = [...this.yearlessPaths].sort((a, b) => this.source.rank(a) - this.source.rank(b));
      const recordEvent = new Map<LocalEvent, RecordEvent>();
      const docs = yearless.map((path) => {
        const { record } = this.source.article(path)!;
        // kind by kind (as first met), each in the record's order
        const kinds = [...new Set(record.events.map((e) => e.kind))];
        const events = kinds.flatMap((kind) => {
          const local = localEvents(record, kind);
          record.events.filter((e) => e.kind === kind).forEach((e, i) => recordEvent.set(local[i], e));
          return local;
        });
        return { path, events };
      });
      this.assigned = applySharedYears(docs, (e) => this.byKind.get(e.kind)?.draftOf.get(recordEvent.get(e)!));
      // each kind is already in this order: the sort only interleaves them (and places the dates just learnt)
      this.ordering = this.eventOrder([...this.byKind.values()].flatMap((k) => k.events));
    }
    if (!this.ordering.run(deadline)) return false;
    this.all = this.ordering.sorted.map((k) => k.e);
    this.ordering = null;
    this.byDate = null;
    this.byId = null;
    return true;
  }

  /** Snapshot hook: the merge as it stands once settled (settles first). */
  settled(): SettledEvents {
    this.events();
    const kinds = [...this.byKind].map(([kind, { events, draftOf }]) => {
      const byEvent = new Map<CorpusEvent, Draft>();
      for (const d of draftOf.values()) byEvent.set(d.event, d);
      return { kind, drafts: events.map((e) => byEvent.get(e)!) };
    });
    const draftsOf = (path: string): Array<Draft | undefined> => (this.source.article(path)?.record.events ?? []).map((e) => this.byKind.get(e.kind)?.draftOf.get(e));
    return { kinds, assigned: this.assigned, all: this.all!, draftsOf, labels: this.labels.order };
  }

  /**
   * Snapshot hook: takes a settled merge back (drafts made by ./snapshot.ts, checked against the
   * records), once every article is filed, in steps (each until `deadline`, performance.now() ms;
   * true once done): events() then answers at once, and a later change re-merges only its kinds,
   * as after a merge here. Nothing may change the corpus until it is done.
   */
  restore(settled: SettledEvents): (deadline: number) => boolean {
    this.byKind.clear();
    for (const { kind, drafts } of settled.kinds) this.byKind.set(kind, { events: drafts.map((d) => d.event), draftOf: new Map() });
    const paths = new Set<string>();
    for (const p of this.kindPaths.values()) for (const path of p) paths.add(path);
    const todo = paths.values();
    let n = 0;
    // the labels' order as saved: ranked in eventsStep's slices with no sort (a sort of 16,000 labels, ~50 ms of a warm start)
    if (settled.labels) this.labels.adopt(settled.labels);
    // the ids claimed in the steps too: 16,000 events' keys at 10k articles took ~60 ms at once
    let kind = 0;
    let claimed = 0;
    return (deadline) => {
      for (; kind < settled.kinds.length; kind++, claimed = 0) {
        const drafts = settled.kinds[kind].drafts;
        while (claimed < drafts.length) {
          const e = drafts[claimed++].event;
          this.ids.claim(e.id, e);
          if (claimed % 64 === 0 && performance.now() > deadline) return false;
        }
      }
      for (let path = todo.next(); !path.done; path = todo.next()) {
        const article = this.source.article(path.value)!;
        const drafts = settled.draftsOf(path.value);
        article.record.events.forEach((e, i) => this.byKind.get(e.kind)!.draftOf.set(e, drafts[i]!));
        if (++n % 32 === 0 && performance.now() > deadline) return false;
      }
      this.staleKinds.clear();
      this.assigned = settled.assigned;
      this.all = settled.all;
      this.byDate = null;
      this.byId = null;
      this.merging = null;
      this.finishing = null;
      this.ordering = null;
      return true;
    };
  }

  /** A kind's merge done: its old events' ids go, and the whole list is made again once every kind is merged. */
  private startFinish(kind: EventKind, merger: DraftMerger<RecordEvent>): NonNullable<CorpusEvents['finishing']> {
    for (const e of this.byKind.get(kind)?.events ?? []) this.ids.release(e.id);
    const { drafts, draftOf } = merger.finish();
    this.all = null;
    this.ordering = null;
    return { kind, events: drafts.map((d) => d.event), draftOf, next: 0, order: null };
  }

  /** Gives a merged kind's events their ids, then orders them, until `deadline`; true once the kind is filed. */
  private finishStep(f: NonNullable<CorpusEvents['finishing']>, deadline: number): boolean {
    while (f.next < f.events.length) {
      const e = f.events[f.next++];
      // an id from the event's first passage: unique, the same while that passage is, and no date-like suffix
      e.id = this.ids.take(eventIdName(e), e, 'event');
      if (f.next % 16 === 0 && performance.now() > deadline) return false;
    }
    f.order ??= this.eventOrder(f.events);
    if (!f.order.run(deadline)) return false;
    if (f.events.length) this.byKind.set(f.kind, { events: f.order.sorted.map((k) => k.e), draftOf: f.draftOf });
    else this.byKind.delete(f.kind);
    this.finishing = null;
    return true;
  }

  /**
   * Orders events as one merge over every kind would: by date, then as first met (path order,
   * place in the article), in slices. Dates are ISO (YYYY, YYYY-MM, YYYY-MM-DD), so code-unit
   * order is localeCompare's order, at a fraction of the cost; each path's rank is looked up once.
   */
  private eventOrder(events: CorpusEvent[]): EventOrder {
    return new EventOrder(events, (path) => this.source.rank(path));
  }

  /** The articles with events of one kind, in path order, and a merger that names their participants by corpus-wide id. */
  private startMerge(kind: EventKind): NonNullable<CorpusEvents['merging']> {
    const idOf = this.source.participantIds();
    const paths = [...(this.kindPaths.get(kind) ?? [])].sort((a, b) => this.source.rank(a) - this.source.rank(b));
    // events name their participants by the article's actor: which contribution each one is
    const contributionOf = new Map<RecordActor, Contribution>();
    const merger = new DraftMerger<RecordEvent>((a) => idOf(contributionOf.get(a as RecordActor), a as RecordActor));
    return { kind, paths, next: 0, merger, contributionOf };
  }

  /** One article's events of the kind being merged, into the merger. */
  private mergeArticle(m: NonNullable<CorpusEvents['merging']>, path: string): void {
    // (an article gone since the merge began: its kind is stale again and merged anew after this)
    const article = this.source.article(path);
    if (!article) return;
    const d = article.record;
    const keys = d.events.filter((e) => e.kind === m.kind);
    if (!keys.length) return;
    for (const e of keys) for (const i of e.participants) m.contributionOf.set(d.actors[i], article.contributions[i]);
    m.merger.add(path, localEvents(d, m.kind), keys);
  }
}

/**
 * Events ordered by date, then as first met (each event's key made once: its first passage's path
 * rank and start), in steps: keying a kind's thousands of events at once was 10-20 ms of a save's
 * turn at 10k articles, before the sort that already ran in slices.
 */
class EventOrder {
  private readonly keyed: Keyed[] = [];
  private sort: SlicedSort<Keyed> | null = null;

  constructor(
    private readonly events: readonly CorpusEvent[],
    private readonly rank: (path: string) => number,
  ) {}

  /** Goes on until `deadline` (performance.now() ms) passes; true once `sorted` is complete. */
  run(deadline: number): boolean {
    const { events, keyed } = this;
    while (keyed.length < events.length) {
      const e = events[keyed.length];
      keyed.push({ e, date: e.date, rank: this.rank(e.sources[0].path), start: e.sources[0].start });
      if ((keyed.length & 255) === 0 && performance.now() > deadline) return false;
    }
    this.sort ??= new SlicedSort(keyed, (a, b) => (a.date && b.date ? compareCodeUnits(a.date, b.date) : a.date ? -1 : b.date ? 1 : 0) || a.rank - b.rank || a.start - b.start);
    return this.sort.run(deadline);
  }

  get sorted(): Keyed[] {
    return this.sort!.sorted;
  }
}

/** CorpusEvents' settled merge as a snapshot (./snapshot.ts) saves it and gives it back. */
export interface SettledEvents {
  /** Each kind's drafts, in its events' order, the kinds in the order the corpus keeps them. */
  kinds: Array<{ kind: EventKind; drafts: Draft[] }>;
  /** Drafts whose date a year learnt from another article set. */
  assigned: Draft[];
  /** Every event, in the corpus's event order. */
  all: CorpusEvent[];
  /** The draft each of an article's record events merged into, by the record's event index. */
  draftsOf(path: string): Array<Draft | undefined>;
  /** Event labels in collator order as last ranked (see LabelOrder), each once. */
  labels?: readonly string[];
}

/**
 * Event labels in collator order, as numbers: labels the collator calls equal share one. Kept
 * across changes, a new label put in its place by a binary search (most changes add none or a
 * few); made again from the labels asked about when many are new or those kept outnumber them.
 */
class LabelOrder {
  private sorted: string[] = [];
  /** Whether each of `sorted` is collator-equal to the one before it. */
  private tied: boolean[] = [];
  private rank = new Map<string, number>();
  /** The labels being sorted in slices (prepare). */
  private pending: SlicedSort<string> | null = null;
  /** Sorted labels being ranked in slices (installStep): `next` the first not ranked yet, `r` the last rank given, `disordered` when two were met out of order (adopted ones). */
  private installing: { sorted: string[]; tied: boolean[]; rank: Map<string, number>; next: number; r: number; disordered?: boolean } | null = null;

  /** The labels in collator order as last ranked (a snapshot saves them: see adopt). */
  get order(): readonly string[] {
    return this.sorted;
  }

  /**
   * Takes labels said to be in collator order (a snapshot's), ranked by installStep as a sort's
   * result is, with no sort. Not trusted: labels met out of order there are ranked none (all are
   * sorted again at the next prepare), and those of the events not among them are put in place as
   * new ones are.
   */
  adopt(sorted: readonly string[]): void {
    this.pending = null;
    this.installing = { sorted: [...sorted], tied: [], rank: new Map(), next: 0, r: 0 };
  }

  /**
   * Makes the ranks that ranks(events) would make at once by sorting every label, in slices until
   * `deadline` (performance.now() ms) passes; true once ranks(events) answers without a sort.
   */
  prepare(events: readonly CorpusEvent[], deadline: number): boolean {
    for (;;) {
      if (!this.pending && !this.installing) {
        const fresh = this.fresh(events);
        if (!fresh) return true;
        // a few new labels (a save's) put in place here, not when the tree asks
        if (!this.wantsSort(fresh, events)) return this.insert(fresh), true;
        this.pending = new SlicedSort([...new Set(events.map((e) => e.label))], (a, b) => collator.compare(a, b));
      }
      if (this.pending) {
        if (!this.pending.run(deadline)) return false;
        this.installing = { sorted: this.pending.sorted, tied: [], rank: new Map(), next: 0, r: 0 };
        this.pending = null;
      }
      if (!this.installStep(deadline)) return false;
      // a sort begun for an earlier list: its labels that are new are looked at again
    }
  }

  private fresh(events: readonly CorpusEvent[]): Set<string> | null {
    let fresh: Set<string> | null = null;
    for (const e of events) if (!this.rank.has(e.label)) (fresh ??= new Set()).add(e.label);
    return fresh;
  }

  /** Whether all labels are to be sorted again rather than the new ones put in place. */
  private wantsSort(fresh: Set<string> | null, events: readonly CorpusEvent[]): boolean {
    return !!fresh && (fresh.size > 64 || this.sorted.length > 2 * events.length + 64);
  }

  /** Puts sorted labels in place at once. */
  private install(sorted: string[]): void {
    this.installing = { sorted, tied: [], rank: new Map(), next: 0, r: 0 };
    this.installStep(Infinity);
  }

  /**
   * Ranks the labels being installed (ties told by the collator) until `deadline` passes; true once
   * they are in place. In steps: 16,000 labels' comparisons and ranks took 10-40 ms at once.
   */
  private installStep(deadline: number): boolean {
    const s = this.installing!;
    const { sorted, tied, rank } = s;
    while (s.next < sorted.length) {
      const i = s.next++;
      const order = i > 0 ? collator.compare(sorted[i - 1], sorted[i]) : -1;
      if (order > 0) s.disordered = true;
      const same = order === 0;
      tied.push(same);
      rank.set(sorted[i], same ? s.r : ++s.r);
      if ((s.next & 255) === 0 && performance.now() > deadline) return false;
    }
    // adopted labels out of order: none ranked, so that the next prepare sorts them all
    this.sorted = s.disordered ? [] : sorted;
    this.tied = s.disordered ? [] : tied;
    this.rank = s.disordered ? new Map() : rank;
    this.installing = null;
    return true;
  }

  /** Each label of `events` -> its rank (a smaller rank sorts first). */
  ranks(events: readonly CorpusEvent[]): ReadonlyMap<string, number> {
    if (this.pending || this.installing) this.prepare(events, Infinity);
    const fresh = this.fresh(events);
    if (!fresh) return this.rank;
    if (this.wantsSort(fresh, events)) {
      this.install([...new Set(events.map((e) => e.label))].sort((a, b) => collator.compare(a, b)));
      return this.rank;
    }
    this.insert(fresh);
    return this.rank;
  }

  /** Puts a few new labels in place by binary search, and ranks every label again. */
  private insert(fresh: Set<string>): void {
    for (const label of fresh) {
      const at = lowerBound((i) => (collator.compare(this.sorted[i], label) < 0 ? 0 : 1), 1, 0, this.sorted.length);
      this.sorted.splice(at, 0, label);
      this.tied.splice(at, 0, at > 0 && collator.compare(this.sorted[at - 1], label) === 0);
      if (at + 1 < this.sorted.length) this.tied[at + 1] = collator.compare(label, this.sorted[at + 1]) === 0;
    }
    this.renumber();
  }

  private renumber(): void {
    this.rank = new Map();
    let r = 0;
    this.sorted.forEach((label, i) => this.rank.set(label, this.tied[i] ? r : ++r));
  }
}

/**
 * An event's id from `ids`: its label and date, readable, and a hash of its kind and first passage
 * (`path`: the article's key, or the exported path when an export re-makes the ids).
 */
export function takeEventId(ids: IdPool, e: CorpusEvent, path: string): string {
  return ids.take(eventIdName(e), eventIdKey(e, path), 'event');
}

/** What an event's id is named after: its label and date. */
const eventIdName = (e: CorpusEvent): string => `${e.label} ${e.date ?? 'undated'}`;

/** What an event's id is a hash of: its kind and first passage. */
const eventIdKey = (e: CorpusEvent, path: string): string => `${e.kind}\u0000${path}\u0000${e.sources[0].start}`;

/**
 * A record's events of one kind, in its order, as the merge takes them: made for each merge and
 * dropped after (the drafts are keyed by the record's events).
 */
function localEvents(d: ArticleRecord, kind: EventKind): LocalEvent[] {
  const out: LocalEvent[] = [];
  for (const e of d.events) {
    if (e.kind !== kind) continue;
    out.push({
      kind: e.kind,
      label: e.label,
      date: e.date,
      dateText: e.dateText,
      place: d.actors[e.place] ?? null,
      placeName: e.placeName,
      participants: e.participants.map((i) => d.actors[i]),
      start: e.spans[0],
      end: e.spans[1],
      more: pairs(e.spans.slice(2)),
      ...(e.yearless !== undefined ? { yearless: e.yearless } : {}),
    });
  }
  return out;
}

function pairs(flat: number[]): Array<{ start: number; end: number }> {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}

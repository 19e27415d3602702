/**
 * The Events tree: events grouped by year and month with counts, newest first, the undated in a
 * group of their own at the end; each event with its date, place and participants, and under it
 * the passages that report it. The view's filter applies (label, kind, place, participants).
 * Children are resolved on expansion, long months come a page at a time, and a change to the
 * index refreshes only the years it touched.
 */
import * as vscode from 'vscode';
import type { CorpusEvent } from '../../extractor/types';
import { FNV_OFFSET, fnv1a, fnv1aUnit } from '../../corpus/hash';
import type { CorpusIndex } from '../corpusIndex';
import { articleName, plural, snippet } from '../text';
import { shownText } from '../../corpus/shownText';
import { openSpanCommand } from '../commands/openSpan';
import { NoMatches, type TreeFilter } from './treeFilter';
import { Paging, showMoreItem } from './paging';
import { eventPlace, eventTitle } from '../../corpus/eventTitle';
import { eventRowDescription } from './eventRows';

export type EventNode =
  | { type: 'year'; year: string }
  | { type: 'month'; year: string; month: string }
  | { type: 'event'; id: string; rowId: string }
  | { type: 'source'; id: string; rowId: string; path: string; start: number; end: number }
  | { type: 'more'; tree: 'events'; parent: EventNode; key: string; rest: number };

const UNDATED = 'undated';
/** How long one slice of grouping the events may keep the extension host's thread (ms). */
const SLICE_MS = 4;
/** Month key of an event with a year only. */
const NO_MONTH = '';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ICONS: Record<string, string> = { summit: 'globe', meeting: 'organization', talks: 'comment-discussion', visit: 'rocket', speech: 'megaphone', publication: 'book', announcement: 'bell', agreement: 'law', 'press conference': 'mic', election: 'checklist', debate: 'comment-discussion', hearing: 'law', rally: 'megaphone', statement: 'note', strike: 'flame', vote: 'check-all' };

/** `h` with the UTF-16 code units of `text` and an end mark hashed in. */
const hashText = (h: number, text: string): number => fnv1aUnit(fnv1a(text, h), 0xffff);
/**
 * `h` with an event's id, date and counts hashed in, and its participants' names (see printYears):
 * a rename changes no id or count, yet the row's title, place and participants name the actor.
 */
function printEvent(h: number, e: CorpusEvent, nameOf: (id: string) => string): number {
  let p = fnv1aUnit(fnv1aUnit(hashText(hashText(h, e.id), e.date ?? ''), e.participants.length), e.sources.length);
  for (const id of e.participants) p = hashText(p, nameOf(id));
  return p;
}
const yearOf = (e: CorpusEvent): string => (e.date ? e.date.slice(0, 4) : UNDATED);
const monthOf = (e: CorpusEvent): string => (e.date && e.date.length >= 7 ? e.date.slice(5, 7) : NO_MONTH);

export class EventsTree implements vscode.TreeDataProvider<EventNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EventNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly noMatches: NoMatches;
  /** Filtered events by year, then month, newest first; made once per change. */
  private years: Map<string, Map<string, CorpusEvent[]>> | null = null;
  /** The grouping under way (see groupSteps), made again after each change. */
  private grouping: ((deadline: number) => boolean) | null = null;
  /**
   * The same events by id. Rows read them from here, not from the corpus: the workbench renders
   * rows whenever it likes, and asking the corpus while a change is still merging its events
   * would merge them all at once in that call (0.2-0.4 s at 10k articles).
   */
  private byId = new Map<string, CorpusEvent>();
  private readonly yearNodes = new Map<string, EventNode>();
  private readonly paging = new Paging();
  private yearPrints = new Map<string, number>();
  /** Each year's print as the last grouping made it (see printYears). */
  private prints = new Map<string, number>();
  /** The corpus's events in its order as of the last change seen (see update). */
  private byDate: CorpusEvent[] | null = null;
  /** Index changes seen (update()): a pending update's turns give way to a later one. */
  private updates = 0;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly index: CorpusIndex,
    private readonly filter: TreeFilter,
  ) {
    this.noMatches = new NoMatches(filter);
    this.subscriptions = [index.onDidChangeEvents(() => this.update()), filter.onDidChange(() => this.refresh()), this.noMatches];
  }

  refresh(): void {
    this.years = null;
    this.grouping = null;
    this.paging.clear();
    this.yearPrints = this.printYears();
    this.changed.fire(undefined);
  }

  /**
   * After an index change: the root when years came or went, else only the years whose events
   * changed. In turns of the host, not one: at 10k articles the corpus's order of its 16,000
   * events, their grouping and their prints took 60-80 ms together, the longest task after a pass,
   * and the grouping alone still held a turn for 20 ms of CPU after a save: it goes in slices of
   * SLICE_MS. Rows asked for meanwhile are made from that order (grouped() finishes the work then).
   */
  private update(): void {
    // taken now, while the corpus is settled (asked in a later turn, a change merging meanwhile
    // would be merged all at once in that call); the corpus makes this order once per change
    this.byDate = this.index.lookup.eventsByDate();
    this.years = null;
    this.grouping = null;
    const generation = ++this.updates;
    const later = (work: () => void): void => {
      setImmediate(() => {
        // a later change's update took over
        if (generation === this.updates && !this.disposed) work();
      });
    };
    const group = (): void => {
      if (this.years || (this.grouping ??= this.groupSteps())(performance.now() + SLICE_MS)) later(() => this.fireChanged());
      else later(group);
    };
    later(group);
  }

  /** Fires the root when years came or went, else the years whose prints changed. */
  private fireChanged(): void {
    const before = this.yearPrints;
    this.yearPrints = this.printYears();
    if ([...before.keys()].join() !== [...this.yearPrints.keys()].join()) {
      this.changed.fire(undefined);
      return;
    }
    for (const [year, print] of this.yearPrints) if (before.get(year) !== print) this.changed.fire(this.yearNode(year));
  }

  /**
   * A fingerprint of each year's rows: a hash over its events' ids, dates and counts in order (ids
   * name an event by its first passage; a passage more or less changes the count). A hash, not
   * the joined text: every change of the index prints every year, 16,000 events at 10k articles
   * (a collision, one in 2^32, would miss one refresh of a year). Made with the grouping, in its
   * slices: made at once after it, the prints held a turn for 10-25 ms of CPU after every change.
   */
  private printYears(): Map<string, number> {
    this.grouped();
    return this.prints;
  }

  private grouped(): Map<string, Map<string, CorpusEvent[]>> {
    if (!this.years) (this.grouping ??= this.groupSteps())(Infinity);
    return this.years!;
  }

  /** A participant's name as the corpus gives it now, its id when it is gone. */
  private readonly nameOf = (id: string): string => this.index.lookup.actors.get(id)?.name ?? id;

  /**
   * The filtered events by year and month (and by id), made in steps until each one's deadline
   * (performance.now() ms); true once `years` and `byId` hold them.
   */
  private groupSteps(): (deadline: number) => boolean {
    const lookup = this.index.lookup;
    const nameOf = this.nameOf;
    const keep = (e: CorpusEvent): boolean => !this.filter.text || this.filter.matches(e.label, e.kind, e.place, e.participants.map(nameOf));
    // the corpus gives them by date, each date's by label, the undated last: newest first is that
    // order's dated runs backwards (a day before its month's undated-day events), no sort here
    const byDate = (this.byDate ??= lookup.eventsByDate());
    let firstUndated = byDate.findIndex((e) => !e.date);
    if (firstUndated < 0) firstUndated = byDate.length;
    const events: CorpusEvent[] = [];
    const byId = new Map<string, CorpusEvent>();
    const years = new Map<string, Map<string, CorpusEvent[]>>();
    const prints = new Map<string, number>();
    let end = firstUndated;
    let undated = firstUndated;
    let filed = 0;
    return (deadline) => {
      let n = 0;
      const due = (): boolean => (++n & 127) === 0 && performance.now() > deadline;
      while (end > 0) {
        let start = end - 1;
        while (start > 0 && byDate[start - 1].date === byDate[end - 1].date) start--;
        for (let i = start; i < end; i++) if (keep(byDate[i])) events.push(byDate[i]);
        end = start;
        if (due()) return false;
      }
      while (undated < byDate.length) {
        const e = byDate[undated++];
        if (keep(e)) events.push(e);
        if (due()) return false;
      }
      while (filed < events.length) {
        const e = events[filed++];
        byId.set(e.id, e);
        const y = yearOf(e);
        let months = years.get(y);
        if (!months) years.set(y, (months = new Map()));
        const m = monthOf(e);
        let list = months.get(m);
        if (!list) months.set(m, (list = []));
        list.push(e);
        prints.set(y, printEvent(prints.get(y) ?? FNV_OFFSET, e, nameOf));
        if (due()) return false;
      }
      // undated last (dated years are already newest first)
      const none = years.get(UNDATED);
      if (none) {
        years.delete(UNDATED);
        years.set(UNDATED, none);
      }
      this.byId = byId;
      this.years = years;
      this.prints = new Map([...years.keys()].map((y) => [y, prints.get(y)!]));
      this.grouping = null;
      return true;
    };
  }

  private yearNode(year: string): EventNode {
    let node = this.yearNodes.get(year);
    if (!node) this.yearNodes.set(year, (node = { type: 'year', year }));
    return node;
  }

  /** An event as the tree last listed it (see byId). */
  private event(id: string): CorpusEvent | undefined {
    this.grouped();
    return this.byId.get(id);
  }

  showMore(node: EventNode): void {
    if (node.type !== 'more') return;
    this.paging.more(node.key);
    this.changed.fire(node.parent);
  }

  /** Event rows with ids unique in the tree, even if two events ever shared an id. */
  private eventRows(parent: EventNode, key: string, events: CorpusEvent[]): EventNode[] {
    const limit = this.paging.limit(key);
    const seen = new Set<string>();
    // the page read in place: a copy of a month's events per expansion was garbage of the tree's walk
    const rows: EventNode[] = [];
    for (let i = 0; i < events.length && i < limit; i++) {
      const e = events[i];
      let rowId = `event:${e.id}`;
      for (let n = 2; seen.has(rowId); n++) rowId = `event:${e.id}#${n}`;
      seen.add(rowId);
      rows.push({ type: 'event', id: e.id, rowId });
    }
    if (events.length > limit) rows.push({ type: 'more', tree: 'events', parent, key, rest: events.length - limit });
    return rows;
  }

  getChildren(node?: EventNode): EventNode[] {
    const years = this.grouped();
    if (!node) return this.noMatches.note([...years.keys()].map((y) => this.yearNode(y)));
    switch (node.type) {
      case 'year': {
        const months = years.get(node.year);
        if (!months) return [];
        // the undated have no months; nor does a year whose events all lack one
        // (the undated all fall in NO_MONTH: that list itself, not a copy)
        if (node.year === UNDATED || (months.size === 1 && months.has(NO_MONTH))) return this.eventRows(node, `year:${node.year}`, months.size === 1 ? months.values().next().value! : [...months.values()].flat());
        return [...months.keys()].map((month) => ({ type: 'month', year: node.year, month }));
      }
      case 'month':
        return this.eventRows(node, `month:${node.year}-${node.month}`, years.get(node.year)?.get(node.month) ?? []);
      case 'event': {
        // one row per passage, even when two reports of the event share one
        const rows: EventNode[] = [];
        const seen = new Set<string>();
        for (const s of this.event(node.id)?.sources ?? []) {
          const rowId = `${node.rowId}:${s.path}:${s.start}`;
          if (seen.size === seen.add(rowId).size) continue;
          rows.push({ type: 'source', id: node.id, rowId, path: s.path, start: s.start, end: s.end });
        }
        return rows;
      }
      default:
        return [];
    }
  }

  getTreeItem(node: EventNode): vscode.TreeItem {
    const lookup = this.index.lookup;
    switch (node.type) {
      case 'year': {
        let count = 0;
        for (const l of this.grouped().get(node.year)?.values() ?? []) count += l.length;
        const item = new vscode.TreeItem(node.year === UNDATED ? 'Undated' : node.year, node.year === UNDATED ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        item.description = plural(count, 'event');
        item.iconPath = new vscode.ThemeIcon(node.year === UNDATED ? 'question' : 'calendar');
        item.id = `year:${node.year}`;
        return item;
      }
      case 'month': {
        const count = this.grouped().get(node.year)?.get(node.month)?.length ?? 0;
        const item = new vscode.TreeItem(node.month === NO_MONTH ? 'Month unknown' : MONTHS[Number(node.month) - 1], vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(count, 'event');
        item.id = `month:${node.year}-${node.month || 'unknown'}`;
        return item;
      }
      case 'event': {
        const e = this.event(node.id);
        if (!e) return new vscode.TreeItem('(removed)');
        const actorOf = (id: string) => lookup.actors.get(id);
        const place = eventPlace(e, actorOf);
        const title = eventTitle(e, actorOf, place);
        const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Collapsed);
        const who = e.participants.map(this.nameOf);
        item.description = eventRowDescription({ ...e, place }, who);
        // plain text: corpus words never become links or markup here
        item.tooltip = [
          title.toLowerCase().includes(e.kind) ? title : `${title} (${e.kind})`,
          `Date: ${e.date ?? 'unknown'}${e.dateText ? ` (“${e.dateText}”)` : ''}`,
          place ? `Place: ${place}` : '',
          who.length ? `Participants: ${who.join(', ')}` : '',
          `Reported in ${plural(e.sources.length, 'passage')} of ${plural(new Set(e.sources.map((s) => s.path)).size, 'article')}`,
        ]
          .filter(Boolean)
          .join('\n');
        item.iconPath = new vscode.ThemeIcon(ICONS[e.kind] ?? 'calendar');
        item.id = node.rowId;
        item.contextValue = 'event';
        return item;
      }
      case 'source': {
        const passage = shownText(this.index.passage(node.path, node.start, node.end));
        const item = new vscode.TreeItem(snippet(passage, 80), vscode.TreeItemCollapsibleState.None);
        item.description = articleName(node.path);
        item.tooltip = `${passage}\n${articleName(node.path)}`;
        item.command = openSpanCommand(node.path, node.start, node.end);
        item.id = `source:${node.rowId}`;
        item.contextValue = 'passage';
        return item;
      }
      case 'more':
        return showMoreItem(node);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * The Actors tree: actors grouped by kind with counts; under each actor its quotes and its
 * mentions per article; choosing one opens the article with the span selected. Children are
 * resolved on expansion, long lists come a page at a time ("Show more…"), and a change to the
 * index refreshes only the groups and actors it touched.
 */
import * as vscode from 'vscode';
import type { Actor } from '../../extractor/types';
import type { CorpusIndex } from '../corpusIndex';
import { actorDescription, articleName, passageLine, plural, quoteRow, quoteText, shownQuote, snippet } from '../text';
import { shownText } from '../../corpus/shownText';
import { openSpanCommand } from '../commands/openSpan';
import { displayRoles, rolesReady, rolesShown } from './roles';
import { NoMatches, type TreeFilter } from './treeFilter';
import { Paging, showMoreItem } from './paging';
import { SlicedSort } from '../../corpus/group';
import { yieldToHost } from '../indexing/writers';
import { ACTOR_ICONS } from './actorIcons';
import { groupOf, type ActorGroupKey as GroupKey } from '../../corpus/actorGroups';

const GROUPS: Array<{ kind: GroupKey; label: string }> = [
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organisations' },
  { kind: 'country', label: 'Countries' },
  { kind: 'place', label: 'Places' },
  { kind: 'group', label: 'Groups' },
  { kind: 'unnamed', label: 'Unnamed sources' },
];

export type ActorNode =
  | { type: 'group'; kind: GroupKey }
  | { type: 'actor'; id: string }
  | { type: 'quotes'; id: string }
  | { type: 'mentions'; id: string }
  | { type: 'about'; id: string }
  | { type: 'aboutBy'; id: string; speaker: string | null; count: number }
  | { type: 'quote'; id: string; path: string; start: number; end: number }
  | { type: 'article'; id: string; path: string; mentions: number }
  | { type: 'mention'; id: string; path: string; start: number; end: number }
  | { type: 'more'; tree: 'actors'; parent: ActorNode; key: string; rest: number };

/** What identifies a list for paging: its parent's kind and id. */
const listKey = (node: ActorNode): string =>
  node.type === 'group' ? `group:${node.kind}` : node.type === 'article' ? `article:${node.id}:${node.path}` : node.type === 'aboutBy' ? `aboutBy:${node.id}:${node.speaker ?? ''}` : `${node.type}:${'id' in node ? node.id : ''}`;

/** Speaker id (null: unknown) -> how many of these quotes they said, most first. */
function speakersAbout(quotes: ReadonlyArray<{ item: { speaker: string | null } }>): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const q of quotes) counts.set(q.item.speaker, (counts.get(q.item.speaker) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1]));
}

/** Article -> how many of these mentions it holds, in first-mention order. */
function mentionsPerArticle(mentions: ReadonlyArray<{ path: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.path, (counts.get(m.path) ?? 0) + 1);
  return counts;
}

const collator = new Intl.Collator();

/** How long one slice of making the lists may keep the extension host's thread (ms). */
const SLICE_MS = 4;

/** The lists one build made: each kind's shown actors in order, every shown actor by id (null: only the touched ones redone), and the touched ids' actors. */
interface Built {
  lists: Map<GroupKey, Actor[]>;
  listed: Map<string, Actor> | null;
  ids: ReadonlySet<string>;
  touched: Map<string, { actor: Actor; shown: boolean }>;
}

export class ActorsTree implements vscode.TreeDataProvider<ActorNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ActorNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly noMatches: NoMatches;
  private sortBy: 'mentions' | 'name';
  /** Node objects are kept per actor id so that reveal() and a partial refresh find the same element. */
  private readonly actorNodes = new Map<string, ActorNode>();
  private readonly groupNodes = new Map<GroupKey, ActorNode>();
  /** Filtered and sorted actors per kind, made once per change: every group row asks for them. */
  private readonly visible = new Map<GroupKey, Actor[]>();
  /**
   * The same actors by id. Rows read them from here, not from the corpus: the workbench renders
   * rows whenever it likes, and asking the corpus while articles are still merging would settle
   * them all at once in that call (0.1-1 s at 10k articles).
   */
  private listed = new Map<string, Actor>();
  /** Actors changes touched since the lists were made: their rows are told once the lists are made again. */
  private readonly pendingIds = new Set<string>();
  /** The lists' build under way, and its number: a change or a refresh starts another (see build). */
  private building: Promise<void> | null = null;
  private generation = 0;
  private readonly paging = new Paging();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly index: CorpusIndex,
    private readonly filter: TreeFilter,
  ) {
    this.sortBy = index.currentSettings.actorSort;
    this.noMatches = new NoMatches(filter);
    this.subscriptions = [index.onDidChange(() => this.update()), filter.onDidChange(() => this.refresh()), this.noMatches];
  }

  /** Everything again: a new filter or sort order. */
  refresh(): void {
    this.dropLists();
    this.paging.clear();
    this.changed.fire(undefined);
  }

  /** The lists go (made again when next asked for), and a build under way is abandoned. */
  private dropLists(): void {
    this.visible.clear();
    this.generation++;
    this.building = null;
    this.pendingIds.clear();
  }

  /**
   * After an index change: the root only when the set of groups changed; a group whose count or
   * shown rows changed (added, removed, reordered); else only the rows of the actors the change
   * touched. The lists are re-filtered from the corpus's own order (no sort of every actor), in
   * slices (see build): the rows show the lists as they were until the new ones are made.
   */
  private update(): void {
    // the corpus says which actors the change touched: no scan of every article here
    const touched = this.index.lookup.takeTouched();
    if (touched.all || !this.visible.size) {
      // made again when the tree asks
      this.dropLists();
      this.changed.fire(undefined);
      return;
    }
    for (const id of touched.ids) this.pendingIds.add(id);
    // a build under way started before this change: it starts over
    this.generation++;
    this.building = null;
    void this.lists();
  }

  setSort(sortBy: 'mentions' | 'name'): void {
    this.sortBy = sortBy;
    void vscode.commands.executeCommand('setContext', 'corpusNavigator.actorSort', sortBy);
    this.refresh();
  }

  /** One more page of the list a "Show more…" row ends. */
  showMore(node: ActorNode): void {
    if (node.type !== 'more') return;
    this.paging.more(node.key);
    this.changed.fire(node.parent);
  }

  /** A kind's list as it stands (made at once when there is none: rows asked for outside getChildren). */
  private visibleActors(kind: GroupKey): Actor[] {
    this.listsNow();
    return this.visible.get(kind) ?? [];
  }

  /** Makes the lists at once when there are none (a build under way is abandoned). */
  private listsNow(): void {
    if (this.visible.size) return;
    this.generation++;
    this.building = null;
    this.install(this.listBuild()(Infinity)!);
  }

  /** Resolves once the lists hold the index's last change (their build runs in slices). */
  private async lists(): Promise<void> {
    while (!this.visible.size || this.pendingIds.size) {
      const building = (this.building ??= this.build());
      await building;
      if (this.building === building) this.building = null;
    }
  }

  /** Makes the lists in slices of SLICE_MS, then installs them, unless a change or a refresh started another build meanwhile. */
  private async build(): Promise<void> {
    const generation = ++this.generation;
    const step = this.listBuild();
    let built = step(performance.now() + SLICE_MS);
    while (!built) {
      await yieldToHost();
      if (generation !== this.generation) return;
      built = step(performance.now() + SLICE_MS);
    }
    this.install(built);
  }

  /**
   * The lists' build: every group's list in one walk of the corpus's actors, a step at a time
   * (each until its deadline, performance.now() ms; the lists once done, else null). The corpus's
   * actors are most mentioned first, then by name: "mentions" keeps that order (no sort of every
   * actor on each change). With lists in place, only the entries of `listed` for the ids changes
   * touched (pendingIds) are redone: refilling it (20,000 actors at 10k articles) was most of the
   * work, on every save. The whole walk took 5-20 ms of the host's CPU there, in one piece.
   */
  private listBuild(): (deadline: number) => Built | null {
    const shown = this.filter.text ? (a: Actor): boolean => a.mentionCount + a.quoteCount > 0 && this.filter.matches(a.name, a.aliases, a.roles) : (a: Actor): boolean => a.mentionCount + a.quoteCount > 0;
    // the corpus's list as it is now: merges that come while the walk goes on are the next change's
    const all = this.index.lookup.actorList();
    const ids = new Set(this.pendingIds);
    const built: Built = { lists: new Map(GROUPS.map((g) => [g.kind, []])), listed: this.visible.size ? null : new Map(), ids, touched: new Map() };
    let i = 0;
    let sorts: Array<SlicedSort<Actor>> | null = null;
    return (deadline) => {
      for (; i < all.length; ) {
        const a = all[i++];
        const show = shown(a);
        if (ids.has(a.id)) built.touched.set(a.id, { actor: a, shown: show });
        if (show) {
          built.lists.get(groupOf(a))?.push(a);
          built.listed?.set(a.id, a);
        }
        if ((i & 255) === 0 && performance.now() > deadline) return null;
      }
      if (this.sortBy === 'name') {
        sorts ??= [...built.lists.values()].map((list) => new SlicedSort(list, (x, y) => collator.compare(x.name, y.name)));
        if (!sorts.every((s) => s.run(deadline))) return null;
        let k = 0;
        for (const kind of [...built.lists.keys()]) built.lists.set(kind, sorts[k++].sorted);
      }
      return built;
    };
  }

  /** Puts built lists in place and tells the workbench which rows changed since the lists before (none when there were none: the rows asked for them). */
  private install(built: Built): void {
    const before = new Map(this.visible);
    for (const [kind, list] of built.lists) this.visible.set(kind, list);
    if (built.listed) this.listed = built.listed;
    for (const id of built.ids) {
      const t = built.touched.get(id);
      if (t?.shown) this.listed.set(id, t.actor);
      else this.listed.delete(id);
      this.pendingIds.delete(id);
    }
    if (!before.size || !built.ids.size) return;
    const kinds = (lists: Map<GroupKey, Actor[]>): string =>
      GROUPS.filter((g) => lists.get(g.kind)?.length)
        .map((g) => g.kind)
        .join();
    if (kinds(before) !== kinds(this.visible)) {
      this.changed.fire(undefined);
      return;
    }
    const fired = new Set<GroupKey>();
    for (const [kind, old] of before) {
      const now = this.visible.get(kind)!;
      const limit = this.paging.limit(listKey(this.groupNode(kind)));
      let same = old.length === now.length;
      for (let i = 0; same && i < Math.min(limit, now.length); i++) same = old[i].id === now[i].id;
      if (!same) {
        fired.add(kind);
        this.changed.fire(this.groupNode(kind));
      }
    }
    for (const id of built.ids) {
      const touched = built.touched.get(id);
      const kind = touched && groupOf(touched.actor);
      const node = this.actorNodes.get(id);
      if (!kind) this.actorNodes.delete(id);
      else if (node && !fired.has(kind)) this.changed.fire(node);
    }
  }

  actorNode(id: string): ActorNode {
    let node = this.actorNodes.get(id);
    if (!node) this.actorNodes.set(id, (node = { type: 'actor', id }));
    return node;
  }

  private groupNode(kind: GroupKey): ActorNode {
    let node = this.groupNodes.get(kind);
    if (!node) this.groupNodes.set(kind, (node = { type: 'group', kind }));
    return node;
  }

  /** The first page(s) of a long list, then a "Show more…" row. */
  private page<T>(parent: ActorNode, list: T[], make: (x: T) => ActorNode): ActorNode[] {
    const key = listKey(parent);
    const limit = this.paging.limit(key);
    const rows = list.slice(0, limit).map(make);
    if (list.length > limit) rows.push({ type: 'more', tree: 'actors', parent, key, rest: list.length - limit });
    return rows;
  }

  /**
   * A node's rows. A group's page of actors comes as a promise when some of their rows' roles are
   * not made yet: they are made first in slices (rolesReady), as the workbench asks every row of
   * the page in one go and the first page of each group took some 60 ms at 10,000 articles.
   */
  getChildren(node?: ActorNode): ActorNode[] | Promise<ActorNode[]> {
    // the root and the groups show the lists: made in slices first when a change left them behind
    if ((!node || node.type === 'group') && (!this.visible.size || this.pendingIds.size)) return this.lists().then(() => this.getChildren(node));
    if (node?.type === 'group') {
      const actors = this.visibleActors(node.kind).slice(0, this.paging.limit(listKey(node)));
      if (actors.every((a) => rolesShown(a.roles))) return this.rows(node);
      return rolesReady(actors.map((a) => a.roles)).then(() => this.rows(node));
    }
    return this.rows(node);
  }

  private rows(node?: ActorNode): ActorNode[] {
    const lookup = this.index.lookup;
    if (!node) return this.noMatches.note(GROUPS.filter((g) => this.visibleActors(g.kind).length > 0).map((g) => this.groupNode(g.kind)));
    switch (node.type) {
      case 'group':
        return this.page(node, this.visibleActors(node.kind), (a) => this.actorNode(a.id));
      case 'actor': {
        const out: ActorNode[] = [];
        if (lookup.quotes(node.id).length) out.push({ type: 'quotes', id: node.id });
        if (lookup.quotesAbout(node.id).length) out.push({ type: 'about', id: node.id });
        if (lookup.mentions(node.id).length) out.push({ type: 'mentions', id: node.id });
        return out;
      }
      case 'about':
        return this.page(node, [...speakersAbout(lookup.quotesAbout(node.id))], ([speaker, count]) => ({ type: 'aboutBy', id: node.id, speaker, count }));
      case 'aboutBy': {
        const quotes = lookup.quotesAbout(node.id).filter((q) => q.item.speaker === node.speaker);
        // the quote rows' ids tell them from the actor's own quotes
        return this.page(node, quotes, (q) => ({ type: 'quote', id: `${node.id}~about`, path: q.path, start: q.item.start, end: q.item.end }));
      }
      case 'quotes':
        return this.page(node, lookup.quotes(node.id), (q) => ({ type: 'quote', id: node.id, path: q.path, start: q.item.start, end: q.item.end }));
      case 'mentions':
        return this.page(node, [...mentionsPerArticle(lookup.mentions(node.id))], ([path, mentions]) => ({ type: 'article', id: node.id, path, mentions }));
      case 'article': {
        const mentions = lookup.mentions(node.id).filter((m) => m.path === node.path);
        return this.page(node, mentions, (m) => ({ type: 'mention', id: node.id, path: m.path, start: m.item.start, end: m.item.end }));
      }
      default:
        return [];
    }
  }

  getParent(node: ActorNode): ActorNode | undefined {
    if (node.type === 'actor') {
      const actor = this.index.lookup.actors.get(node.id);
      return actor ? this.groupNode(groupOf(actor)) : undefined;
    }
    return undefined;
  }

  getTreeItem(node: ActorNode): vscode.TreeItem {
    const lookup = this.index.lookup;
    switch (node.type) {
      case 'group': {
        const g = GROUPS.find((x) => x.kind === node.kind)!;
        const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(this.visibleActors(node.kind).length);
        item.iconPath = new vscode.ThemeIcon(ACTOR_ICONS[g.kind]);
        item.id = `group:${node.kind}`;
        return item;
      }
      case 'actor': {
        this.listsNow();
        // an actor the lists leave out (revealed, or filtered away) is asked for
        const a = this.listed.get(node.id) ?? lookup.actors.get(node.id);
        if (!a) return new vscode.TreeItem('(removed)');
        const item = new vscode.TreeItem(a.name, vscode.TreeItemCollapsibleState.Collapsed);
        const roles = displayRoles(a.roles);
        const role = roles[0];
        // a group is an actor of one article ("Residents" in each): its article tells the rows apart
        const only = a.kind === 'group' ? lookup.soleArticle(a.id) : undefined;
        const counts = `${plural(a.quoteCount, 'quote')}, ${plural(a.mentionCount, 'mention')}`;
        item.description = actorDescription(a.quoteCount, a.mentionCount, only && articleName(only), role);
        // plain text: corpus words never become links or markup here
        item.tooltip = [`${a.name} (${a.kind})`, counts, roles.length ? roles.join('; ') : '', a.aliases.length ? `also: ${a.aliases.join(', ')}` : ''].filter(Boolean).join('\n');
        item.id = `actor:${a.id}`;
        // the inline "quotes" button shows only on actors that have quotes
        item.contextValue = a.quoteCount ? 'actor.quoted' : 'actor';
        item.iconPath = new vscode.ThemeIcon(ACTOR_ICONS[groupOf(a)]);
        return item;
      }
      case 'quotes': {
        const item = new vscode.TreeItem(`Quotes (${lookup.quotes(node.id).length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.id = `quotes:${node.id}`;
        return item;
      }
      case 'about': {
        const item = new vscode.TreeItem(`Said about them (${lookup.quotesAbout(node.id).length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('comment-discussion');
        item.tooltip = 'Quotes that mention this actor, by speaker';
        item.id = `about:${node.id}`;
        return item;
      }
      case 'aboutBy': {
        const speaker = node.speaker ? lookup.actors.get(node.speaker) : undefined;
        const item = new vscode.TreeItem(speaker?.name ?? 'Unknown source', vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(node.count, 'quote');
        item.iconPath = new vscode.ThemeIcon(speaker ? ACTOR_ICONS[speaker.kind] : 'question');
        item.id = `aboutBy:${node.id}:${node.speaker ?? ''}`;
        return item;
      }
      case 'mentions': {
        const item = new vscode.TreeItem(`Mentions in ${plural(mentionsPerArticle(lookup.mentions(node.id)).size, 'article')}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('references');
        item.id = `mentions:${node.id}`;
        item.contextValue = 'mentions';
        return item;
      }
      case 'quote': {
        const q = lookup.documents.get(node.path)?.quotes.find((x) => x.start === node.start && x.end === node.end);
        const text = q ? quoteText(q) : '';
        const item = new vscode.TreeItem(q ? quoteRow(q.kind, text) : '', vscode.TreeItemCollapsibleState.None);
        item.description = articleName(node.path);
        item.tooltip = `${q ? shownQuote(q.kind, text) : ''}\n${articleName(node.path)}`;
        item.command = openSpanCommand(node.path, node.start, node.end);
        item.id = `quote:${node.id}:${node.path}:${node.start}`;
        item.contextValue = 'quote';
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(articleName(node.path), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(node.mentions, 'mention');
        item.resourceUri = vscode.Uri.parse(node.path);
        item.iconPath = vscode.ThemeIcon.File;
        item.id = `article:${node.id}:${node.path}`;
        item.contextValue = 'article';
        return item;
      }
      case 'mention': {
        // one character more at each end tells whether the window cut a word there
        const from = Math.max(0, node.start - 31);
        const around = this.index.passage(node.path, from, node.end + 41);
        const line = this.index.position(node.path, node.start).line + 1;
        const item = new vscode.TreeItem(snippet(shownText(around.slice(node.start - from, node.end - from)), 40), vscode.TreeItemCollapsibleState.None);
        item.description = `line ${line}: ${passageLine(around, from > 0, around.length === node.end + 41 - from, 60)}`;
        item.command = openSpanCommand(node.path, node.start, node.end);
        item.id = `mention:${node.id}:${node.path}:${node.start}`;
        item.contextValue = 'mention';
        return item;
      }
      case 'more':
        return showMoreItem(node);
    }
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

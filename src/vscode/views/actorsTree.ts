/**
 * The Actors tree: actors grouped by kind with counts; under each actor its quotes and its
 * mentions per article; choosing one opens the article with the span selected. Sorting, a filter
 * and revealing the actor under the cursor are commands of this view.
 */
import * as vscode from 'vscode';
import type { Actor, ActorKind } from '../../extractor/types';
import type { CorpusIndex } from '../corpusIndex';
import { articleName, plural, snippet } from '../text';
import { openSpanCommand } from '../commands/openSpan';

const GROUPS: Array<{ kind: ActorKind; label: string; icon: string }> = [
  { kind: 'person', label: 'People', icon: 'person' },
  { kind: 'organization', label: 'Organisations', icon: 'organization' },
  { kind: 'country', label: 'Countries', icon: 'globe' },
  { kind: 'place', label: 'Places', icon: 'location' },
  { kind: 'group', label: 'Groups', icon: 'account' },
];

export type ActorNode =
  | { type: 'group'; kind: ActorKind }
  | { type: 'actor'; id: string }
  | { type: 'quotes'; id: string }
  | { type: 'mentions'; id: string }
  | { type: 'quote'; id: string; path: string; start: number; end: number }
  | { type: 'article'; id: string; path: string }
  | { type: 'mention'; id: string; path: string; start: number; end: number };

export class ActorsTree implements vscode.TreeDataProvider<ActorNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ActorNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filter = '';
  private sortBy: 'mentions' | 'name';
  /** Node objects are kept per actor id so that reveal() finds the same element. */
  private readonly actorNodes = new Map<string, ActorNode>();
  private readonly groupNodes = new Map<ActorKind, ActorNode>();
  /** Filtered and sorted actors per kind, made once per refresh: every group row asks for them. */
  private readonly visible = new Map<ActorKind | 'all', Actor[]>();

  constructor(private readonly index: CorpusIndex) {
    this.sortBy = index.currentSettings.actorSort;
    index.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.actorNodes.clear();
    this.visible.clear();
    this.changed.fire(undefined);
  }

  setFilter(filter: string): void {
    this.filter = filter.trim().toLowerCase();
    void vscode.commands.executeCommand('setContext', 'corpusNavigator.actorFilterActive', !!this.filter);
    this.refresh();
  }

  get currentFilter(): string {
    return this.filter;
  }

  setSort(sortBy: 'mentions' | 'name'): void {
    this.sortBy = sortBy;
    void vscode.commands.executeCommand('setContext', 'corpusNavigator.actorSort', sortBy);
    this.refresh();
  }

  private visibleActors(kind?: ActorKind): Actor[] {
    let list = this.visible.get(kind ?? 'all');
    if (!list) this.visible.set(kind ?? 'all', (list = this.computeVisible(kind)));
    return list;
  }

  private computeVisible(kind?: ActorKind): Actor[] {
    const f = this.filter;
    const actors = this.index.lookup.actorList().filter(
      (a) => (!kind || a.kind === kind) && a.mentionCount + a.quoteCount > 0 && (!f || a.name.toLowerCase().includes(f) || a.aliases.some((x) => x.toLowerCase().includes(f)) || a.roles.some((r) => r.toLowerCase().includes(f))),
    );
    return this.sortBy === 'name' ? actors.sort((a, b) => a.name.localeCompare(b.name)) : actors.sort((a, b) => b.mentionCount + b.quoteCount - (a.mentionCount + a.quoteCount) || a.name.localeCompare(b.name));
  }

  actorNode(id: string): ActorNode {
    let node = this.actorNodes.get(id);
    if (!node) this.actorNodes.set(id, (node = { type: 'actor', id }));
    return node;
  }

  private groupNode(kind: ActorKind): ActorNode {
    let node = this.groupNodes.get(kind);
    if (!node) this.groupNodes.set(kind, (node = { type: 'group', kind }));
    return node;
  }

  getChildren(node?: ActorNode): ActorNode[] {
    const lookup = this.index.lookup;
    if (!node) return GROUPS.filter((g) => this.visibleActors(g.kind).length > 0).map((g) => this.groupNode(g.kind));
    switch (node.type) {
      case 'group':
        return this.visibleActors(node.kind).map((a) => this.actorNode(a.id));
      case 'actor': {
        const out: ActorNode[] = [];
        if (lookup.quotes(node.id).length) out.push({ type: 'quotes', id: node.id });
        if (lookup.mentions(node.id).length) out.push({ type: 'mentions', id: node.id });
        return out;
      }
      case 'quotes':
        return lookup.quotes(node.id).map((q) => ({ type: 'quote', id: node.id, path: q.path, start: q.item.start, end: q.item.end }));
      case 'mentions':
        return [...new Set(lookup.mentions(node.id).map((m) => m.path))].map((path) => ({ type: 'article', id: node.id, path }));
      case 'article':
        return lookup
          .mentions(node.id)
          .filter((m) => m.path === node.path)
          .map((m) => ({ type: 'mention', id: node.id, path: m.path, start: m.item.start, end: m.item.end }));
      default:
        return [];
    }
  }

  getParent(node: ActorNode): ActorNode | undefined {
    if (node.type === 'actor') {
      const kind = this.index.lookup.actors.get(node.id)?.kind;
      return kind ? this.groupNode(kind) : undefined;
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
        item.iconPath = new vscode.ThemeIcon(g.icon);
        item.id = `group:${node.kind}`;
        return item;
      }
      case 'actor': {
        const a = lookup.actors.get(node.id)!;
        const item = new vscode.TreeItem(a.name, vscode.TreeItemCollapsibleState.Collapsed);
        const role = a.roles[0] ? `${snippet(a.roles[0], 40)} · ` : '';
        item.description = `${role}${plural(a.quoteCount, 'quote')}, ${plural(a.mentionCount, 'mention')}`;
        item.tooltip = new vscode.MarkdownString().appendText(`${a.name} (${a.kind})`).appendText(a.roles.length ? `\n${a.roles.join('; ')}` : '').appendText(a.aliases.length ? `\nalso: ${a.aliases.join(', ')}` : '');
        item.id = `actor:${a.id}`;
        item.contextValue = 'actor';
        item.iconPath = new vscode.ThemeIcon(GROUPS.find((g) => g.kind === a.kind)?.icon ?? 'symbol-misc');
        return item;
      }
      case 'quotes': {
        const item = new vscode.TreeItem(`Quotes (${lookup.quotes(node.id).length})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('quote');
        item.id = `quotes:${node.id}`;
        return item;
      }
      case 'mentions': {
        const item = new vscode.TreeItem(`Mentions in ${plural(lookup.articles(node.id).length, 'article')}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('references');
        item.id = `mentions:${node.id}`;
        return item;
      }
      case 'quote': {
        const q = lookup.documents.get(node.path)?.quotes.find((x) => x.start === node.start && x.end === node.end);
        const item = new vscode.TreeItem(snippet(q?.text ?? ''), vscode.TreeItemCollapsibleState.None);
        item.description = articleName(node.path);
        item.tooltip = new vscode.MarkdownString().appendText(q?.text ?? '');
        item.command = openSpanCommand(node.path, node.start, node.end);
        item.id = `quote:${node.id}:${node.path}:${node.start}`;
        return item;
      }
      case 'article': {
        const n = lookup.mentions(node.id).filter((m) => m.path === node.path).length;
        const item = new vscode.TreeItem(articleName(node.path), vscode.TreeItemCollapsibleState.Collapsed);
        item.description = plural(n, 'mention');
        item.resourceUri = vscode.Uri.parse(node.path);
        item.iconPath = vscode.ThemeIcon.File;
        item.id = `article:${node.id}:${node.path}`;
        return item;
      }
      case 'mention': {
        const text = this.index.article(node.path)?.text ?? '';
        const line = this.index.position(node.path, node.start).line + 1;
        const item = new vscode.TreeItem(snippet(text.slice(node.start, node.end), 40), vscode.TreeItemCollapsibleState.None);
        item.description = `line ${line}: ${snippet(text.slice(Math.max(0, node.start - 30), node.end + 40), 60)}`;
        item.command = openSpanCommand(node.path, node.start, node.end);
        item.id = `mention:${node.id}:${node.path}:${node.start}`;
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

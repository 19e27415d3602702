/** The Events tree: events by date (undated last) with place and participants; under each, the passages that report it. */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { articleName, snippet } from '../text';
import { openSpanCommand } from '../commands/openSpan';

export type EventNode = { type: 'event'; id: string } | { type: 'source'; id: string; path: string; start: number; end: number };

const ICONS: Record<string, string> = { summit: 'globe', meeting: 'organization', talks: 'comment-discussion', visit: 'rocket', speech: 'megaphone', publication: 'book', announcement: 'bell', agreement: 'law', 'press conference': 'mic', election: 'checklist', debate: 'comment-discussion', hearing: 'law', rally: 'megaphone', statement: 'note' };

export class EventsTree implements vscode.TreeDataProvider<EventNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EventNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: CorpusIndex) {
    index.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: EventNode): EventNode[] {
    if (!node) return this.index.lookup.eventsByDate().map((e) => ({ type: 'event', id: e.id }));
    if (node.type === 'event') return (this.index.lookup.events.get(node.id)?.sources ?? []).map((s) => ({ type: 'source', id: node.id, ...s }));
    return [];
  }

  getTreeItem(node: EventNode): vscode.TreeItem {
    const lookup = this.index.lookup;
    if (node.type === 'event') {
      const e = lookup.events.get(node.id)!;
      const item = new vscode.TreeItem(e.label, vscode.TreeItemCollapsibleState.Collapsed);
      const who = e.participants.map((p) => lookup.actors.get(p)?.name ?? p);
      item.description = [e.date ?? 'undated', e.place, who.slice(0, 3).join(', ') + (who.length > 3 ? ` +${who.length - 3}` : '')].filter(Boolean).join(' · ');
      item.tooltip = new vscode.MarkdownString()
        .appendText(`${e.label} (${e.kind})\n`)
        .appendText(`Date: ${e.date ?? 'unknown'}${e.dateText ? ` (“${e.dateText}”)` : ''}\n`)
        .appendText(e.place ? `Place: ${e.place}\n` : '')
        .appendText(who.length ? `Participants: ${who.join(', ')}\n` : '')
        .appendText(`${e.sources.length} passage(s)`);
      item.iconPath = new vscode.ThemeIcon(ICONS[e.kind] ?? 'calendar');
      item.id = `event:${e.id}`;
      return item;
    }
    const text = this.index.article(node.path)?.text ?? '';
    const item = new vscode.TreeItem(snippet(text.slice(node.start, node.end), 80), vscode.TreeItemCollapsibleState.None);
    item.description = articleName(node.path);
    item.tooltip = new vscode.MarkdownString().appendText(text.slice(node.start, node.end));
    item.command = openSpanCommand(node.path, node.start, node.end);
    item.id = `source:${node.id}:${node.path}:${node.start}`;
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Long lists in the trees come a page at a time: how many rows each list shows, and its "Show more…" row. */
import * as vscode from 'vscode';
import { SHOW_MORE } from '../commands/ids';
import { PAGE } from './treeFilter';

export class Paging {
  /** Rows shown per paged list, by the list's key; a list not in it shows one page. */
  private readonly shown = new Map<string, number>();

  limit(key: string): number {
    return this.shown.get(key) ?? PAGE;
  }

  /** One more page of the list `key`. */
  more(key: string): void {
    this.shown.set(key, this.limit(key) + PAGE);
  }

  clear(): void {
    this.shown.clear();
  }
}

/** The row that ends a long list; choosing it runs SHOW_MORE with the row's node. */
export function showMoreItem(node: { key: string; rest: number }): vscode.TreeItem {
  const item = new vscode.TreeItem(`Show more… (${node.rest} more)`, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.command = { command: SHOW_MORE, title: 'Show more', arguments: [node] };
  item.id = `more:${node.key}`;
  return item;
}

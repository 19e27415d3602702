/**
 * The one filter of the Corpus view: Actors and Events show only what matches it (part of a name,
 * alias, role, event label, place or participant), and the context key drives the Clear button.
 */
import * as vscode from 'vscode';
import { foldName } from '../../corpus/nameFold';

export class TreeFilter implements vscode.Disposable {
  private value = '';
  /** The value folded as names are (foldName: "sorensen" matches "Sørensen"). */
  private folded = '';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** Lower-case, trimmed; '' when no filter is set. */
  get text(): string {
    return this.value;
  }

  set(value: string): void {
    this.value = value.trim().toLowerCase();
    this.folded = foldName(this.value);
    void vscode.commands.executeCommand('setContext', 'corpusNavigator.actorFilterActive', !!this.value);
    this.changed.fire();
  }

  /** True when no filter is set or any of `fields` contains it. */
  matches(...fields: Array<string | null | undefined | readonly string[]>): boolean {
    if (!this.value) return true;
    return fields.some((f) => (typeof f === 'string' ? foldName(f).includes(this.folded) : Array.isArray(f) ? f.some((x) => foldName(x).includes(this.folded)) : false));
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/**
 * Whether a tree's root rows came out empty under the filter: its view's message then says so
 * ("no matches"), where an empty tree alone looks like an index that has not finished.
 */
export class NoMatches implements vscode.Disposable {
  private empty = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly filter: TreeFilter) {}

  get now(): boolean {
    return this.empty;
  }

  /** `roots`, the tree's root rows as given to the workbench, noted. */
  note<T>(roots: T[]): T[] {
    const empty = !!this.filter.text && roots.length === 0;
    if (empty !== this.empty) {
      this.empty = empty;
      this.changed.fire();
    }
    return roots;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Rows shown per page of a long list; "Show more…" adds another page. */
export const PAGE = 200;

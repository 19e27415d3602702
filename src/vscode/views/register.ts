/** Registers the two trees of the Corpus view and their commands: filter, sort, reveal. */
import * as vscode from 'vscode';
import { CorpusIndex } from '../corpusIndex';
import { ActorsTree, type ActorNode } from './actorsTree';
import { EventsTree } from './eventsTree';
import { CLEAR_ACTOR_FILTER, FILTER_ACTORS, REVEAL_ACTOR, REVEAL_ACTOR_AT_CURSOR, SORT_BY_MENTIONS, SORT_BY_NAME } from '../commands/ids';

export function registerViews(index: CorpusIndex): { disposables: vscode.Disposable[]; actors: ActorsTree; events: EventsTree; actorsView: vscode.TreeView<ActorNode> } {
  const actors = new ActorsTree(index);
  const events = new EventsTree(index);
  const actorsView = vscode.window.createTreeView('corpusNavigator.actors', { treeDataProvider: actors, showCollapseAll: true });
  const eventsView = vscode.window.createTreeView('corpusNavigator.events', { treeDataProvider: events, showCollapseAll: true });
  void vscode.commands.executeCommand('setContext', 'corpusNavigator.actorSort', index.currentSettings.actorSort);

  const reveal = async (id: string): Promise<void> => {
    if (!index.lookup.actors.has(id)) return;
    await actorsView.reveal(actors.actorNode(id), { select: true, focus: true, expand: true });
  };
  const actorAtCursor = (editor: vscode.TextEditor | undefined): string | undefined => {
    if (!editor) return undefined;
    return index.lookup.mentionAt(CorpusIndex.key(editor.document.uri), editor.document.offsetAt(editor.selection.active))?.actor;
  };
  const updateMessage = (): void => {
    actorsView.message = actors.currentFilter ? `Filtered by “${actors.currentFilter}”` : index.size === 0 ? 'No articles indexed yet.' : undefined;
  };
  let followTimer: NodeJS.Timeout | undefined;

  return {
    actors,
    events,
    actorsView,
    disposables: [
      actors,
      events,
      actorsView,
      eventsView,
      index.onDidChange(updateMessage),
      vscode.commands.registerCommand(REVEAL_ACTOR, (id: unknown) => (typeof id === 'string' ? reveal(id) : undefined)),
      vscode.commands.registerCommand(REVEAL_ACTOR_AT_CURSOR, async () => {
        const id = actorAtCursor(vscode.window.activeTextEditor);
        if (id) await reveal(id);
        else void vscode.window.setStatusBarMessage('Corpus Navigator: no actor at the cursor', 3000);
      }),
      vscode.commands.registerCommand(FILTER_ACTORS, async () => {
        const value = await vscode.window.showInputBox({ title: 'Filter actors', prompt: 'Part of a name, alias or role', value: actors.currentFilter });
        if (value !== undefined) actors.setFilter(value);
        updateMessage();
      }),
      vscode.commands.registerCommand(CLEAR_ACTOR_FILTER, () => {
        actors.setFilter('');
        updateMessage();
      }),
      vscode.commands.registerCommand(SORT_BY_NAME, () => actors.setSort('name')),
      vscode.commands.registerCommand(SORT_BY_MENTIONS, () => actors.setSort('mentions')),
      // optional: follow the cursor, as the Explorer follows the active file
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!index.currentSettings.revealActorAtCursor || !actorsView.visible) return;
        clearTimeout(followTimer);
        followTimer = setTimeout(() => {
          const id = actorAtCursor(e.textEditor);
          if (id) void actorsView.reveal(actors.actorNode(id), { select: true, focus: false });
        }, 250);
      }),
    ],
  };
}

/**
 * Registers the two trees of the Corpus view and their commands: filter, sort, reveal, "Show
 * more…", the right-click actions (open, reveal in Explorer), and what the views say before there
 * is anything to show: the context key `corpusNavigator.state` (indexing, empty, indexed) picks the
 * welcome content of package.json's `viewsWelcome` (with `corpusNavigator.actors` and
 * `corpusNavigator.events`, 'some' or 'none', telling "none found" from "being listed"),
 * `corpusNavigator.hasArticles` shows the
 * title buttons once the trees have something, and while indexing each view's description counts
 * the articles ("Indexing 64 / 924").
 */
import * as vscode from 'vscode';
import { CorpusIndex } from '../corpusIndex';
import { ActorsTree, type ActorNode } from './actorsTree';
import { EventsTree, type EventNode } from './eventsTree';
import { TreeFilter } from './treeFilter';
import { actorAt } from '../navigation/actorAt';
import { CLEAR_ACTOR_FILTER, FILTER_ACTORS, OPEN_ITEM, OPEN_SPAN, REVEAL_ACTOR, REVEAL_ACTOR_AT_CURSOR, REVEAL_IN_EXPLORER, SHOW_MORE, SORT_BY_MENTIONS, SORT_BY_NAME } from '../commands/ids';

/** The states the welcome content of the two views follows. */
export type ViewState = 'indexing' | 'empty' | 'indexed';

type AnyNode = ActorNode | EventNode;

export function registerViews(index: CorpusIndex): { disposables: vscode.Disposable[]; actors: ActorsTree; events: EventsTree; actorsView: vscode.TreeView<ActorNode>; eventsView: vscode.TreeView<EventNode>; filter: TreeFilter; state(): ViewState } {
  const filter = new TreeFilter();
  const actors = new ActorsTree(index, filter);
  const events = new EventsTree(index, filter);
  const actorsView = vscode.window.createTreeView('corpusNavigator.actors', { treeDataProvider: actors, showCollapseAll: true });
  const eventsView = vscode.window.createTreeView('corpusNavigator.events', { treeDataProvider: events, showCollapseAll: true });
  void vscode.commands.executeCommand('setContext', 'corpusNavigator.actorSort', index.currentSettings.actorSort);

  // indexing until the first pass has ended (it starts after the views exist)
  let settled = false;
  let sawProgress = false;
  let firstPassEnded = false;
  const state = (): ViewState => {
    if (!index.progress) settled ||= index.size > 0 || firstPassEnded;
    return index.progress || !settled ? 'indexing' : index.size === 0 ? 'empty' : 'indexed';
  };
  // each of these is a message to the workbench, and progress comes for every batch of articles:
  // only what changed is sent
  let shownState: ViewState | undefined;
  // whether the index has any actors / events ('some', 'none'; unset until known): once indexed, an
  // empty tree says "No actors found" only for 'none'; otherwise its rows are still being made (in
  // slices after the index settled: about half a second at 924 articles) and it says so
  const shownHas = new Map<'actors' | 'events', 'some' | 'none'>();
  const tellHas = (what: 'actors' | 'events', some: boolean): void => {
    const value = some ? 'some' : 'none';
    if (shownHas.get(what) === value) return;
    shownHas.set(what, value);
    void vscode.commands.executeCommand('setContext', `corpusNavigator.${what}`, value);
  };
  const updateState = (): void => {
    const now = state();
    // before the state: the welcome content never reads 'indexed' with the last pass's count
    if (now === 'indexed') tellHas('actors', index.stats().actors > 0);
    if (now !== shownState) void vscode.commands.executeCommand('setContext', 'corpusNavigator.state', (shownState = now));
    const counting = index.progress ? `Indexing ${index.progress.done} / ${index.progress.total}` : undefined;
    // a message hides the welcome content: only the filter sets one
    const message = (tree: ActorsTree | EventsTree): string | undefined => (filter.text ? `Filtered by “${filter.text}”${tree.noMatches.now ? ': no matches' : ''}` : undefined);
    for (const [view, tree] of [[actorsView, actors], [eventsView, events]] as const) {
      if (view.description !== counting) view.description = counting;
      const shown = message(tree);
      if (view.message !== shown) view.message = shown;
    }
  };
  updateState();

  const reveal = async (id: string): Promise<void> => {
    if (!index.lookup.actors.has(id)) return;
    await actorsView.reveal(actors.actorNode(id), { select: true, focus: true, expand: true });
  };
  const actorAtCursor = (editor: vscode.TextEditor | undefined): string | undefined => {
    if (!editor) return undefined;
    return actorAt(index.lookup, CorpusIndex.key(editor.document.uri), editor.document.offsetAt(editor.selection.active))?.actor;
  };
  /** The passage a row stands for: its own span, or an actor's first mention, or an article's start. */
  const spanOf = (node: AnyNode): { path: string; start: number; end: number } | undefined => {
    if ('path' in node && 'start' in node) return { path: node.path, start: node.start, end: node.end };
    if ('path' in node) return { path: node.path, start: 0, end: 0 };
    if (node.type === 'actor') {
      const first = index.lookup.mentions(node.id)[0] ?? index.lookup.quotes(node.id)[0];
      return first && { path: first.path, start: first.item.start, end: first.item.end };
    }
    if (node.type === 'event') {
      const first = index.lookup.events.get(node.id)?.sources[0];
      return first && { path: first.path, start: first.start, end: first.end };
    }
    return undefined;
  };
  let followTimer: NodeJS.Timeout | undefined;
  /** What `corpusNavigator.hasArticles` was last set to (the search keys' condition): set again only when it changes. */
  let hasArticles: boolean | undefined;
  const tellHasArticles = (): void => {
    const has = index.size > 0;
    if (has === hasArticles) return;
    hasArticles = has;
    void vscode.commands.executeCommand('setContext', 'corpusNavigator.hasArticles', has);
  };

  return {
    actors,
    events,
    actorsView,
    eventsView,
    state,
    filter,
    disposables: [
      filter,
      actors,
      events,
      actorsView,
      eventsView,
      // the title buttons follow the trees, which change when the index does (not slice by slice)
      index.onDidChange(() => {
        tellHasArticles();
        updateState();
      }),
      index.onDidChangeEvents(() => tellHas('events', index.lookup.eventsByDate().length > 0)),
      // (and the search keys work as soon as the first articles are in, while the pass goes on)
      index.onDidProgress(() => {
        if (index.progress) sawProgress = true;
        else if (sawProgress) firstPassEnded = true;
        tellHasArticles();
        updateState();
      }),
      filter.onDidChange(updateState),
      actors.noMatches.onDidChange(updateState),
      events.noMatches.onDidChange(updateState),
      vscode.workspace.onDidChangeWorkspaceFolders(updateState),
      vscode.commands.registerCommand(REVEAL_ACTOR, (id: unknown) => (typeof id === 'string' ? reveal(id) : undefined)),
      vscode.commands.registerCommand(REVEAL_ACTOR_AT_CURSOR, async () => {
        const id = actorAtCursor(vscode.window.activeTextEditor);
        if (id) await reveal(id);
        else void vscode.window.setStatusBarMessage('Corpus Navigator: no actor at the cursor', 3000);
      }),
      vscode.commands.registerCommand(FILTER_ACTORS, async () => {
        const value = await vscode.window.showInputBox({ title: 'Filter actors and events', prompt: 'Part of a name, alias, role, event, place or participant', value: filter.text });
        if (value !== undefined) filter.set(value);
      }),
      vscode.commands.registerCommand(CLEAR_ACTOR_FILTER, () => filter.set('')),
      vscode.commands.registerCommand(SORT_BY_NAME, () => actors.setSort('name')),
      vscode.commands.registerCommand(SORT_BY_MENTIONS, () => actors.setSort('mentions')),
      vscode.commands.registerCommand(SHOW_MORE, (node: AnyNode | undefined) => {
        if (node?.type !== 'more') return;
        if (node.tree === 'actors') actors.showMore(node);
        else events.showMore(node);
      }),
      vscode.commands.registerCommand(OPEN_ITEM, async (node: AnyNode | undefined) => {
        const span = node && spanOf(node);
        if (span) await vscode.commands.executeCommand(OPEN_SPAN, span.path, span.start, span.end);
      }),
      vscode.commands.registerCommand(REVEAL_IN_EXPLORER, async (node: AnyNode | undefined) => {
        const span = node && spanOf(node);
        if (span && index.article(span.path)) await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.parse(span.path));
      }),
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

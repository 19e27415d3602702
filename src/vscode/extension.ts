/**
 * Corpus Navigator's entry point: the only module tree that imports vscode. activate() builds the
 * one corpus index, registers each feature from the list below, and returns at once; the first
 * index runs in the background.
 */
import * as vscode from 'vscode';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { CorpusIndex } from './corpusIndex';
import { registerViews } from './views/register';
import type { ActorNode, ActorsTree } from './views/actorsTree';
import type { EventNode, EventsTree } from './views/eventsTree';
import type { ViewState } from './views/register';
import type { TreeFilter } from './views/treeFilter';
import { SpeakerHoverProvider } from './hovers/speakerHover';
import { registerSearch } from './commands/search';
import { registerOpenSpan } from './commands/openSpan';
import { ActorDefinitionProvider, registerFindReferences } from './navigation/references';
import { registerCitation } from './commands/citation';
import { registerExport } from './commands/export';
import { registerSkippedProblems } from './skippedProblems';
import { registerCuration } from './commands/curate';
import { CurationStore } from './curationStore';
import { registerTimeline } from './webviews/timelinePanel';
import { registerNetwork } from './webviews/networkPanel';
import { ActorSymbolProvider, registerArticleOutline } from './navigation/symbols';
import { createStatusBar } from './statusBar';
import { REINDEX, SHOW_LOG } from './commands/ids';
import { startProbe } from './probe';

/** Articles are plain text or Markdown files. */
const ARTICLES: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

/** What the extension gives other extensions and its own tests. */
export interface CorpusNavigatorApi {
  index: CorpusIndex;
  actorsTree: ActorsTree;
  eventsTree: EventsTree;
  actorsView: vscode.TreeView<ActorNode>;
  eventsView: vscode.TreeView<EventNode>;
  /** The one filter of Actors and Events. */
  filter: TreeFilter;
  /** The state the views' welcome content follows (the context key corpusNavigator.state). */
  viewState(): ViewState;
  /** Resolves when the trees and hovers answer for every article found (search may still be filling). */
  whenIndexed(): Promise<void>;
  /** Resolves when search holds every indexed article too. */
  whenSearchReady(): Promise<void>;
}

let active: CorpusIndex | undefined;

/**
 * Where the index cache lives: the workspace's own storage; with no folder open, the extension's
 * global storage under a name made from the workspace (none: no cache). Local files only.
 */
function cacheDir(context: vscode.ExtensionContext): string | undefined {
  if (context.storageUri?.scheme === 'file') return path.join(context.storageUri.fsPath, 'index-cache');
  const id = vscode.workspace.workspaceFile?.toString() ?? vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()).join('\n');
  if (!id || context.globalStorageUri.scheme !== 'file') return undefined;
  return path.join(context.globalStorageUri.fsPath, `index-cache-${createHash('sha1').update(id).digest('hex').slice(0, 16)}`);
}

export function activate(context: vscode.ExtensionContext): CorpusNavigatorApi {
  context.subscriptions.push(startProbe(context)); // measurement for bench:editor, only with CORPUS_NAV_PROBE=1
  const log = vscode.window.createOutputChannel('Corpus Navigator', { log: true });
  const index = new CorpusIndex(log, { workerScript: path.join(context.extensionPath, 'dist', 'indexWorker.js'), cacheDir: cacheDir(context) });
  active = index;
  const curation = new CurationStore(index, log);
  const views = registerViews(index);
  const definitions = new ActorDefinitionProvider(index);
  context.subscriptions.push(
    log,
    ...views.disposables,
    createStatusBar(index),
    registerSkippedProblems(index),
    registerOpenSpan(index),
    registerCitation(index),
    registerFindReferences(index, definitions),
    registerExport(index),
    curation,
    ...registerCuration(index, curation),
    registerTimeline(index, context.extensionUri),
    registerNetwork(index, context.extensionUri, (path) => index.paragraphs(path)),
    ...registerSearch(index),
    vscode.languages.registerHoverProvider(ARTICLES, new SpeakerHoverProvider(index)),
    vscode.languages.registerDefinitionProvider(ARTICLES, definitions),
    vscode.languages.registerReferenceProvider(ARTICLES, definitions),
    vscode.languages.registerWorkspaceSymbolProvider(new ActorSymbolProvider(index)),
    registerArticleOutline(index, ARTICLES),
    vscode.commands.registerCommand(REINDEX, () => index.reindex()),
    vscode.commands.registerCommand(SHOW_LOG, () => log.show()),
  );
  index.start();
  void curation.load();
  return { index, actorsTree: views.actors, eventsTree: views.events, actorsView: views.actorsView, eventsView: views.eventsView, viewState: views.state, filter: views.filter, whenIndexed: () => index.whenIndexed(), whenSearchReady: () => index.whenSearchReady() };
}

/** Ends the indexing workers and writes what the cache still lacks; the rest goes with context.subscriptions. */
export function deactivate(): Promise<void> | undefined {
  const index = active;
  active = undefined;
  return index?.close();
}

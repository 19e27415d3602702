/**
 * Corpus Navigator's entry point: the only module tree that imports vscode. activate() builds the
 * one corpus index, registers each feature from the list below, and returns at once; the first
 * index runs in the background.
 */
import * as vscode from 'vscode';
import { CorpusIndex } from './corpusIndex';
import { registerViews } from './views/register';
import type { ActorsTree } from './views/actorsTree';
import type { EventsTree } from './views/eventsTree';
import { SpeakerHoverProvider } from './hovers/speakerHover';
import { registerSearch } from './commands/search';
import { registerOpenSpan } from './commands/openSpan';
import { registerExport } from './commands/export';
import { registerTimeline } from './webviews/timelinePanel';
import { registerNetwork } from './webviews/networkPanel';
import { ActorDefinitionProvider } from './navigation/references';
import { ActorSymbolProvider, ArticleOutlineProvider } from './navigation/symbols';
import { createStatusBar } from './statusBar';
import { REINDEX, SHOW_LOG } from './commands/ids';

/** Articles are plain text or Markdown files. */
const ARTICLES: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }];

/** What the extension gives other extensions and its own tests. */
export interface CorpusNavigatorApi {
  index: CorpusIndex;
  actorsTree: ActorsTree;
  eventsTree: EventsTree;
  whenIndexed(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): CorpusNavigatorApi {
  const log = vscode.window.createOutputChannel('Corpus Navigator', { log: true });
  const index = new CorpusIndex(log);
  const views = registerViews(index);
  const definitions = new ActorDefinitionProvider(index);
  context.subscriptions.push(
    log,
    index,
    ...views.disposables,
    createStatusBar(index),
    registerOpenSpan(index),
    registerExport(index),
    registerTimeline(index, context.extensionUri),
    registerNetwork(index, context.extensionUri, (path) => index.paragraphs(path)),
    ...registerSearch(index),
    vscode.languages.registerHoverProvider(ARTICLES, new SpeakerHoverProvider(index)),
    vscode.languages.registerDefinitionProvider(ARTICLES, definitions),
    vscode.languages.registerReferenceProvider(ARTICLES, definitions),
    vscode.languages.registerWorkspaceSymbolProvider(new ActorSymbolProvider(index)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLES, new ArticleOutlineProvider(index), { label: 'Corpus Navigator' }),
    vscode.commands.registerCommand(REINDEX, () => index.reindex()),
    vscode.commands.registerCommand(SHOW_LOG, () => log.show()),
  );
  index.start();
  return { index, actorsTree: views.actors, eventsTree: views.events, whenIndexed: () => index.whenIndexed() };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}

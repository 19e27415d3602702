/**
 * The status-bar items: articles, actors and quotes, or how far indexing is (a click opens the
 * Corpus view); and beside it, while files are skipped, how many (a click lists them with the
 * reason in the Problems view, one warning each: see ./skippedProblems.ts).
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from './corpusIndex';
import { FOCUS_VIEW } from './commands/ids';
import { SHOW_SKIPPED } from './skippedProblems';
import { plural } from './text';

export function createStatusBar(index: CorpusIndex): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('corpusNavigator.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Corpus Navigator';
  item.command = FOCUS_VIEW;
  const update = (): void => {
    // (before the first pass has its file list, or while it restores a snapshot: no "0 articles" for a second)
    if (index.progress || !index.firstPassDone) {
      item.text = index.progress ? `$(sync~spin) Corpus: indexing ${index.progress.done} / ${index.progress.total}` : '$(sync~spin) Corpus: indexing…';
      item.tooltip = 'Corpus Navigator is reading and analysing the articles.';
      skippedItem.hide();
      return;
    }
    const stats = index.stats();
    const skipped = index.skippedFiles.size;
    item.text = `$(book) ${plural(stats.articles, 'article')} · $(person) ${plural(stats.actors, 'actor')} · $(quote) ${plural(stats.quotes, 'quote')}`;
    item.tooltip = 'Corpus Navigator. Click to open the Corpus view.';
    // (files skipped are counted where the reader looks, not only in the log; their item's click shows which and why)
    if (skipped) {
      skippedItem.text = `$(warning) ${skipped} skipped`;
      skippedItem.tooltip = `Corpus Navigator: ${plural(skipped, 'file')} not indexed. Click to list ${skipped === 1 ? 'it' : 'them'} with the reason in the Problems view.`;
      skippedItem.show();
    } else skippedItem.hide();
  };
  const skippedItem = vscode.window.createStatusBarItem('corpusNavigator.skipped', vscode.StatusBarAlignment.Left, 49.9);
  skippedItem.name = 'Corpus Navigator: Skipped Files';
  skippedItem.command = SHOW_SKIPPED;
  update();
  item.show();
  return vscode.Disposable.from(item, skippedItem, index.onDidChange(update), index.onDidProgress(update));
}

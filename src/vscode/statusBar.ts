/** The status-bar item: articles, actors and quotes, or how far indexing is; a click opens the Corpus view. */
import * as vscode from 'vscode';
import type { CorpusIndex } from './corpusIndex';
import { FOCUS_VIEW } from './commands/ids';
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
      return;
    }
    const stats = index.stats();
    const skipped = index.skippedFiles.size;
    // (files skipped are counted where the reader looks, not only in the log)
    item.text = `$(book) ${plural(stats.articles, 'article')} · $(person) ${plural(stats.actors, 'actor')} · $(quote) ${plural(stats.quotes, 'quote')}${skipped ? ` · $(warning) ${skipped} skipped` : ''}`;
    item.tooltip = `Corpus Navigator${skipped ? ` (${plural(skipped, 'file')} skipped: see the log)` : ''}. Click to open the Corpus view.`;
  };
  update();
  item.show();
  return vscode.Disposable.from(item, index.onDidChange(update), index.onDidProgress(update));
}

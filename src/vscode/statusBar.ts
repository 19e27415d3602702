/** The status-bar item: articles, actors and quotes; a click opens the Corpus view. */
import * as vscode from 'vscode';
import type { CorpusIndex } from './corpusIndex';
import { FOCUS_VIEW } from './commands/ids';

export function createStatusBar(index: CorpusIndex): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('corpusNavigator.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Corpus Navigator';
  item.command = FOCUS_VIEW;
  const update = (): void => {
    const stats = index.stats();
    item.text = `$(book) ${stats.articles} articles · $(person) ${stats.actors} actors · $(quote) ${stats.quotes} quotes`;
    const skipped = index.skippedFiles.size;
    item.tooltip = `Corpus Navigator${skipped ? ` (${skipped} file(s) skipped: see the log)` : ''}. Click to open the Corpus view.`;
  };
  item.text = '$(sync~spin) Corpus: indexing…';
  item.show();
  const sub = index.onDidChange(update);
  return vscode.Disposable.from(item, sub);
}

/**
 * Files the index skipped (binary, not UTF-8, empty, too large, unreadable), as warnings in the
 * Problems panel, where VS Code users look for what a tool could not read; the status bar counts
 * them (its click opens the Problems view: SHOW_SKIPPED) and the log says when each was skipped.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from './corpusIndex';

/** The command of the status bar's "N skipped" item: the Problems view, where each skipped file is listed with its reason. */
export const SHOW_SKIPPED = 'corpusNavigator.showSkipped';

/** The collection's name, shown as the source of each warning. */
export const SKIPPED_SOURCE = 'Corpus Navigator';

export function registerSkippedProblems(index: CorpusIndex): vscode.Disposable {
  const problems = vscode.languages.createDiagnosticCollection('corpus-navigator-skipped');
  // (progress fires many times a pass: the collection is set again only when the skipped files changed)
  let shown = '';
  const update = (): void => {
    const skipped = [...index.skippedFiles];
    const now = skipped.map(([key, reason]) => `${key}\u0000${reason}`).join('\n');
    if (now === shown) return;
    shown = now;
    problems.clear();
    problems.set(skipped.map(([key, reason]) => [vscode.Uri.parse(key), [skippedWarning(reason)]]));
  };
  update();
  const show = vscode.commands.registerCommand(SHOW_SKIPPED, async () => {
    if (!index.skippedFiles.size) {
      void vscode.window.showInformationMessage('Corpus Navigator: no file was skipped; every article found is indexed.');
      return;
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return vscode.Disposable.from(problems, show, index.onDidProgress(update), index.onDidChange(update));
}

/** The warning for a file skipped for `reason` (the log's words), on its first character. */
function skippedWarning(reason: string): vscode.Diagnostic {
  const warning = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Not indexed: ${reason}`, vscode.DiagnosticSeverity.Warning);
  warning.source = SKIPPED_SOURCE;
  return warning;
}

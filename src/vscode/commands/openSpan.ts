/** Opens an article with a span selected: what every tree item, search result and hover link does. */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';

import { OPEN_SPAN } from './ids';

export function openSpanCommand(key: string, start: number, end: number): vscode.Command {
  return { command: OPEN_SPAN, title: 'Open', arguments: [key, start, end] };
}

export function registerOpenSpan(index: CorpusIndex): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SPAN, async (key: unknown, start: unknown, end: unknown) => {
    if (typeof key !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
    // only the corpus's own articles open from here
    if (!index.article(key)) return;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(key));
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: true });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}

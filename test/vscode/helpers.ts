/** What the extension-host suites share: the extension's API, waiting for the index, hover text. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';

const EXTENSION_ID = 'corpus-navigator.corpus-navigator';

/** Activates the extension (once per extension host) and waits for its first index. */
export async function activated(): Promise<CorpusNavigatorApi> {
  const ext = vscode.extensions.getExtension<CorpusNavigatorApi>(EXTENSION_ID);
  assert.ok(ext, 'the extension is installed in this VS Code');
  const api = await ext.activate();
  await api.whenSearchReady();
  return api;
}

export const folder = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri;
export const seed = (name: string): vscode.Uri => vscode.Uri.joinPath(folder(), 'seeds', name);
export const SEED0 = '000_6d5c066a89ae0d63.txt';

/** Resolves once `test` holds (checked on each change of the index, and every 200 ms), or fails after `ms`. */
export function changeWhere(api: CorpusNavigatorApi, test: () => boolean, ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test()) return resolve();
    const done = (error?: Error): void => {
      clearTimeout(timer);
      clearInterval(poll);
      sub.dispose();
      if (error) reject(error);
      else resolve();
    };
    const check = (): void => {
      if (test()) done();
    };
    const timer = setTimeout(() => done(new Error('the index did not change as expected')), ms);
    const poll = setInterval(check, 200);
    const sub = api.index.onDidChange(check);
  });
}

/** The hover's markdown, with the non-breaking spaces appendText writes read as spaces. */
export const hoverText = (hovers: vscode.Hover[]): string =>
  hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ');

/** The hovers' MarkdownStrings, each with its own settings (supportThemeIcons, isTrusted). */
export const markdownParts = (hovers: vscode.Hover[]): vscode.MarkdownString[] =>
  hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c);

/** The hover card at `phrase` (two characters in) in `uri`. */
export async function hoverAt(uri: vscode.Uri, phrase: string): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(phrase);
  assert.ok(at >= 0, `${phrase} is in ${uri.path}`);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2)));
}

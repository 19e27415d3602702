/**
 * Session 65's fresh user: "Outline / Ctrl+Shift+O shows 'No editor symbols' on an article tab that
 * VS Code restores when a folder is opened … still empty 25 s after indexing finished". VS Code asks
 * a document's symbols once per version and keeps the answer; an article asked before the index
 * holds it must not be answered empty for good.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import { activated, changeWhere, folder } from './helpers';

const ARTICLE = [
  'Harbour board delays dredging',
  '',
  '“The channel will be dredged next spring,” harbour master Tomasz Wiśniewski said on Monday.',
  '',
  'Councillor Ann Okafor said the board had waited too long. “Fishermen cannot wait another year,” Okafor said.',
  '',
].join('\n');

/** The document's symbols as the Outline gets them ([] where VS Code answers none). */
const ask = async (uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> => (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
const shape = (outline: vscode.DocumentSymbol[] | undefined): string => JSON.stringify((outline ?? []).map((s) => [s.name, s.children.length]));

describe('the outline of an article opened before the index holds it', () => {
  let api: CorpusNavigatorApi;
  const config = () => vscode.workspace.getConfiguration('corpusNavigator');
  const held = () => vscode.Uri.joinPath(folder(), 'seeds', 'held');
  before(async () => {
    api = await activated();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await api.whenIndexed();
    // the suites after this one count the seeds: the index is left as it was found
    const written = ['asked-early.txt', 'opened-early.txt', 'written-now.txt', 'notes.json'].map((n) => vscode.Uri.joinPath(held(), n));
    for (const uri of written) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(held(), { recursive: true }).then(undefined, () => undefined);
    await changeWhere(api, () => written.every((uri) => !api.index.lookup.documents.has(uri.toString())));
    await api.whenIndexed();
  });

  it('answers its quotes and actors once the article is indexed, without an edit or reopening the tab', async () => {
    // two articles the index does not hold yet (their folder is excluded), open in editors
    const defaults = config().inspect<string[]>('exclude')!.defaultValue!;
    await config().update('exclude', [...defaults, '**/held/**'], vscode.ConfigurationTarget.Workspace);
    await api.whenIndexed();
    const [asked, opened] = ['asked-early.txt', 'opened-early.txt'].map((n) => vscode.Uri.joinPath(held(), n));
    await vscode.workspace.fs.writeFile(asked, Buffer.from(ARTICLE));
    await vscode.workspace.fs.writeFile(opened, Buffer.from(ARTICLE.replace('Monday', 'Tuesday')));
    const askedDoc = await vscode.workspace.openTextDocument(asked);
    await vscode.window.showTextDocument(askedDoc, { preview: false });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(opened), { preview: false });
    // the first is asked now, as VS Code asks a tab it restores before the index is ready
    assert.equal((await ask(asked)).length, 0, 'not an article of the index yet');
    const version = askedDoc.version;
    // the folder indexed (the second tab was asked by the workbench itself as it showed it)
    await config().update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await changeWhere(api, () => api.index.lookup.documents.has(asked.toString()) && api.index.lookup.documents.has(opened.toString()));
    await api.whenIndexed();
    // asked again with their text unchanged (VS Code answers a version from what it kept): the index's symbols
    const outline = await ask(asked);
    assert.equal(askedDoc.version, version, 'the text did not change');
    const quotes = outline.find((s) => s.name === 'Quotes');
    assert.ok(quotes && quotes.children.length >= 2, `outline of the article asked early: ${shape(outline)}`);
    assert.ok(quotes.children.some((q) => q.detail === 'quote by Tomasz Wiśniewski'), quotes.children.map((q) => q.detail).join(', '));
    assert.ok(outline.find((s) => s.name === 'Actors')?.children.some((a) => a.name === 'Ann Okafor'), shape(outline));
    const second = await ask(opened);
    assert.ok(second.find((s) => s.name === 'Quotes')?.children.length, `outline of the other tab: ${shape(second)}`);
  });

  it('an article asked about before the index files it is waited for; what is no article is not', async () => {
    const fresh = vscode.Uri.joinPath(held(), 'written-now.txt');
    const notArticle = vscode.Uri.joinPath(held(), 'notes.json');
    await vscode.workspace.fs.writeFile(fresh, Buffer.from(ARTICLE.replace('Monday', 'Friday')));
    await vscode.workspace.fs.writeFile(notArticle, Buffer.from('{}'));
    const filedBefore = api.index.lookup.documents.has(fresh.toString());
    assert.equal(await api.index.whenArticle(fresh), true);
    assert.ok(!filedBefore || api.index.lookup.documents.has(fresh.toString()));
    const started = Date.now();
    assert.equal(await api.index.whenArticle(notArticle), false);
    assert.ok(Date.now() - started < 500, 'answered at once');
  });
});

/**
 * Session 66's fresh user: "The Outline calls an organisation '(namespace)'". VS Code adds a
 * symbol's kind in words to the Outline's tooltip ("NAME (namespace)") and to Ctrl+Shift+O's
 * categories ("namespaces (2)"); an actor's symbol now reads as what it is to a journalist in its
 * detail ("organisation · 2 mentions", "quote by Ann Okafor"), with kinds whose names are no code
 * terms (never namespace, module or struct).
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import { activated, changeWhere, folder } from './helpers';

const ARTICLE = [
  'Port authority fined over spill',
  '',
  'The Harbour Authority of Eastport was fined on Monday after a fuel spill in the bay.',
  '',
  '“We accept the fine and have changed our procedures,” said Ann Okafor, the authority’s director.',
  '',
  'The Harbour Authority of Eastport said the spill was small. Greenpeace called for an inquiry in Canada.',
  '',
].join('\n');

/** Kinds whose names VS Code shows as code terms a journalist cannot read. */
const CODE_KINDS = new Set([vscode.SymbolKind.Namespace, vscode.SymbolKind.Module, vscode.SymbolKind.Struct, vscode.SymbolKind.Interface, vscode.SymbolKind.TypeParameter]);

describe('the outline says what each symbol is, as a journalist would', () => {
  let api: CorpusNavigatorApi;
  const uri = () => vscode.Uri.joinPath(folder(), 'outline66.txt');
  before(async () => {
    api = await activated();
    await vscode.workspace.fs.writeFile(uri(), Buffer.from(ARTICLE));
    await changeWhere(api, () => api.index.lookup.documents.has(uri().toString()));
    await api.whenIndexed();
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
    // the suites after this one count the seeds: the index is left as it was found
    await changeWhere(api, () => !api.index.lookup.documents.has(uri().toString()));
    await api.whenIndexed();
  });

  it('an organisation\'s detail says "organisation", a quote\'s "quote by" its speaker; no code kinds', async () => {
    const doc = await vscode.workspace.openTextDocument(uri());
    const outline = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
    const shape = JSON.stringify(outline.map((g) => [g.name, vscode.SymbolKind[g.kind], g.children.map((c) => [c.name, c.detail, vscode.SymbolKind[c.kind]])]));
    const actors = outline.find((s) => s.name === 'Actors');
    const quotes = outline.find((s) => s.name === 'Quotes');
    assert.ok(actors && quotes, shape);
    const org = actors.children.find((a) => /Harbour Authority/.test(a.name));
    assert.ok(org, shape);
    assert.match(org.detail, /^organisation · \d+ mentions?$/, shape);
    const person = actors.children.find((a) => a.name === 'Ann Okafor');
    assert.ok(person, shape);
    assert.match(person.detail, /^person · 1 mention$/, shape);
    assert.ok(quotes.children.some((q) => q.detail === 'quote by Ann Okafor'), shape);
    // each kind of actor its own icon, none of them a code term
    for (const s of [...outline, ...actors.children, ...quotes.children]) assert.ok(!CODE_KINDS.has(s.kind), `${s.name}: ${vscode.SymbolKind[s.kind]} ${shape}`);
    assert.notEqual(org.kind, person.kind);
    // Ctrl+T too: the actor's kind in words
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Harbour Authority');
    const inWorkspace = found.find((s) => /Harbour Authority/.test(s.name));
    assert.ok(inWorkspace && /^organisation · /.test(inWorkspace.containerName), JSON.stringify(found.map((s) => [s.name, s.containerName])));
  });
});

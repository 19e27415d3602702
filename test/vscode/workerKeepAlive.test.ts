/**
 * The worker pool's keepAlive: the indexing worker is kept past its idle time while an article
 * holds unsaved edits (its save will want a warm worker); a dirty buffer that is no article (an
 * untitled scratch file) does not hold the worker's 50-80 MB.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import { activated } from './helpers';

/** The index's private worker pool, read for this check only (no API says how many workers live). */
type Internals = { extraction: { warm(uri?: vscode.Uri): void; pool: { workers: number } } };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let api: CorpusNavigatorApi;

describe('the indexing worker’s idle end', function () {
  this.timeout(90_000);
  before(async () => {
    api = await activated();
  });

  async function workersAfterIdle(): Promise<number> {
    const internals = api.index as unknown as Internals;
    internals.extraction.warm();
    for (let i = 0; i < 100 && internals.extraction.pool.workers === 0; i++) await sleep(100);
    assert.ok(internals.extraction.pool.workers > 0, 'a worker started');
    // idleMs is 10 s; a worn worker's 1 s
    await sleep(12_500);
    return internals.extraction.pool.workers;
  }

  it('control: with no unsaved edits the worker ends after its idle time', async () => {
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString());
    assert.deepEqual(dirty, [], 'no editor holds unsaved edits before this test');
    assert.equal(await workersAfterIdle(), 0);
  });

  it('an untitled scratch buffer with unsaved text (no article) does not keep the worker', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: 'shopping list, not an article', language: 'plaintext' });
    await vscode.window.showTextDocument(doc);
    assert.ok(doc.isDirty);
    let alive: number;
    try {
      alive = await workersAfterIdle();
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    assert.equal(alive, 0, 'the worker is kept alive by a dirty buffer that is no article');
  });
});

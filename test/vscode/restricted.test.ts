/**
 * The restricted phase: code-server with workspace trust on, and a folder nobody trusted, so VS Code
 * runs in Restricted Mode. The extension declares limited support: it still indexes and answers,
 * and writes nothing (no cache).
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import { activated, hoverAt, seed, SEED0 } from './helpers';

let api: CorpusNavigatorApi;

describe('Restricted Mode', function () {
  before(async () => {
    api = await activated();
  });

  after(() => api.index.close());

  it('the workspace is not trusted, and the extension runs all the same', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(api.index.size, 5);
    assert.ok(api.index.lookup.result.actors.some((a) => a.name === 'Jens Stoltenberg'));
  });

  it('hovers work, read-only: no cache is written', async () => {
    assert.match(await hoverAt(seed(SEED0), 'the NATO chief'), /Jens Stoltenberg/);
    await api.index.flushCache();
    assert.ok(api.index.cacheDir, 'the workspace has a storage folder');
    assert.equal(existsSync(api.index.cacheDir), false, 'nothing written in Restricted Mode');
  });
});

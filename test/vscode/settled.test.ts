/**
 * The settled phase: a new extension host on the workspace the reload phase left, no file changed
 * since. The corpus is restored whole from the settled snapshot beside the cache, and answers as a
 * corpus filed from the articles' texts does.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { readArticleSync } from '../../src/corpus/files';
import { activated, hoverAt, seed, SEED0 } from './helpers';

let api: CorpusNavigatorApi;

describe('A reload with no file changed restores the settled corpus', function () {
  before(async () => {
    api = await activated();
  });

  after(() => api.index.close());

  it('restores it whole: every article from the cache, none extracted or filed one by one (files that are no article skipped as before)', () => {
    const pass = api.index.lastPass;
    assert.equal(pass.cache, 'loaded');
    assert.equal(pass.restored, true, JSON.stringify(pass));
    assert.equal(pass.extracted, 0);
    assert.equal(pass.fromCache, api.index.size);
    assert.equal(api.index.size, 5);
    assert.ok(api.index.skippedFiles.size >= 3, 'the workspace’s binary, empty and oversized files are still skipped');
  });

  it('answers exactly as a corpus filed from the texts: actors, ids, quotes, mentions, events', async () => {
    const restored = api.index.view().result;
    const scratch = new AnalysingCorpus();
    for (const d of restored.documents) {
      const read = readArticleSync(vscode.Uri.parse(d.path).fsPath);
      assert.ok(read.ok);
      scratch.set(d.path, read.text);
    }
    assert.deepEqual(restored, scratch.build().result);
    assert.match(await hoverAt(seed(SEED0), 'the NATO chief'), /Jens Stoltenberg/);
  });
});

/**
 * The corrupt-cache phase: the harness damaged every shard of the cache on disk before this
 * extension host started. The cache must be dropped (and said so), everything extracted again,
 * and a good cache written in its place.
 */
import { strict as assert } from 'node:assert';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import { IndexCache } from '../../src/vscode/indexing/cache';
import { articleRecordCodec } from '../../src/vscode/indexing/validate';
import { RECORD_VERSION } from '../../src/corpus/record';
import { activated, hoverAt, seed, SEED0 } from './helpers';

let api: CorpusNavigatorApi;

describe('A corrupt cache is dropped and rebuilt', function () {
  before(async () => {
    api = await activated();
  });

  after(() => api.index.close());

  it('nothing of it is used: the reason is logged and every article extracted again', async () => {
    const pass = api.index.lastPass;
    assert.equal(pass.cache, 'dropped');
    assert.match(pass.cacheProblem ?? '', /unreadable|invalid/);
    assert.equal(pass.fromCache, 0);
    assert.equal(pass.extracted, api.index.size);
    assert.equal(api.index.size, 5);
    assert.match(await hoverAt(seed(SEED0), 'the NATO chief'), /Jens Stoltenberg/);
  });

  it('a good cache is written in its place', async () => {
    await api.index.flushCache();
    const { entries, dropped } = await new IndexCache(api.index.cacheDir!, RECORD_VERSION, articleRecordCodec).load();
    assert.equal(dropped, undefined);
    assert.equal(entries.size, api.index.size);
  });
});

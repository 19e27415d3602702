/**
 * The reload phase: a new extension host on the workspace the main phase indexed, after the harness
 * changed one article on disk (run-code-server.mjs). The index starts from the cache.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../src/vscode/extension';
import { activated, changeWhere, hoverAt, seed, SEED0 } from './helpers';

let api: CorpusNavigatorApi;

describe('A reload starts from the cache', function () {
  before(async () => {
    api = await activated();
  });

  after(() => api.index.close());

  it('re-extracts only the article that changed; the rest comes from the cache', () => {
    const pass = api.index.lastPass;
    assert.equal(pass.cache, 'loaded');
    assert.equal(pass.extracted, 1, 'one article changed on disk');
    assert.equal(pass.fromCache, api.index.size - 1);
    assert.equal(pass.searchFromCache, api.index.size - 1, 'search entries of unchanged articles come from the saved search index');
    assert.equal(api.index.size, 5);
    assert.ok(api.index.lookup.result.actors.some((a) => a.name === 'Lea Sorlie'), 'the change is in the index');
  });

  it('articles from the cache answer hovers at the right places and are found by search', async () => {
    assert.match(await hoverAt(seed(SEED0), 'the NATO chief'), /Jens Stoltenberg/);
    // search entries of cached articles come from the saved index; the changed article's is made again
    await changeWhere(api, () => api.index.search.search('harbour stays open', { limit: 5 }).some((h) => h.path.endsWith('002_03b1580d72243570.txt')));
    await changeWhere(api, () => api.index.search.search('alliance of dictators', { limit: 5 }).some((h) => h.path.endsWith('003_d13e6262becc2b5e.txt')));
    const open = await vscode.workspace.openTextDocument(seed('003_d13e6262becc2b5e.txt'));
    const hit = api.index.search.search('alliance of dictators', { limit: 5 }).find((h) => h.path.endsWith('003_d13e6262becc2b5e.txt'))!;
    assert.match(open.getText().slice(hit.start, hit.end), /alliance of dictators/);
  });

  it('saves the settled corpus beside the cache, each article stamped as its file is now (the next phase restores it)', async () => {
    await api.index.flushCache();
    const lines = gunzipSync(readFileSync(path.join(api.index.cacheDir!, 'settled.jsonl.gz'))).toString('utf8').split('\n');
    const changed = seed('002_03b1580d72243570.txt');
    const line = lines.find((l) => l.startsWith(JSON.stringify([changed.toString()]).slice(0, -1) + ','));
    assert.ok(line, 'the changed article is in the snapshot');
    const [, size, mtimeMs] = JSON.parse(line);
    const st = statSync(changed.fsPath);
    assert.deepEqual([size, mtimeMs], [st.size, st.mtimeMs]);
  });

  it('a change just before the window closes reaches the settled snapshot too (else the next start files every record again)', async () => {
    const changed = seed('002_03b1580d72243570.txt');
    const text = readFileSync(changed.fsPath, 'utf8') + '\n';
    const line = api.index.position(changed.toString(), text.length).line;
    writeFileSync(changed.fsPath, text);
    // the watcher's re-analysis: one more line start
    await changeWhere(api, () => api.index.position(changed.toString(), text.length).line === line + 1);
    // closing writes what the snapshot lacks (its own save waits 10 s after a change); the settled phase then restores it
    await api.index.close();
    const lines = gunzipSync(readFileSync(path.join(api.index.cacheDir!, 'settled.jsonl.gz'))).toString('utf8').split('\n');
    const [, size, mtimeMs] = JSON.parse(lines.find((l) => l.startsWith(JSON.stringify([changed.toString()]).slice(0, -1) + ','))!);
    const st = statSync(changed.fsPath);
    assert.deepEqual([size, mtimeMs], [st.size, st.mtimeMs]);
  });
});

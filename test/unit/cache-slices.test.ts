import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';
import { IndexCache, SHARDS, type CachedArticle } from '../../src/vscode/indexing/cache';
import { lineStarts } from '../../src/vscode/indexing/runJob';
import { articleRecordCodec } from '../../src/vscode/indexing/validate';

/** A warm start's load, in many small slices: what it gives back is what was written, however the work was cut. */
describe('cache load in slices: line starts and the string table', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'cn-slices-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Article `i`: a few lines, one of them a quote, and every 97th article thousands of lines long (past what a load packs together). */
  const text = (i: number): string => {
    const lines = i % 97 === 0 ? 2100 + i : 1 + (i % 23);
    const body = Array.from({ length: lines }, (_, n) => `Line ${n} of the ledger of Quarry ${i}.`);
    body[0] = `“The quarry at Brennmoor ${i} closes in spring,” foreman Idris Varga said.`;
    return body.join(i % 2 ? '\r\n' : '\n');
  };

  it('gives every entry its own line starts, equal to those written, and a name table of many lines whole', async () => {
    const n = 600;
    const entries: Array<CachedArticle<ArticleRecord>> = [];
    for (let i = 0; i < n; i++) {
      const t = text(i);
      const p = `/ledgers/quarry-${i}.txt`;
      entries.push({ key: p, size: Buffer.byteLength(t), mtimeMs: 1000 + i, lineStarts: lineStarts(t), record: analyzeToRecord(t, {}, p) });
    }
    await new IndexCache<ArticleRecord>(dir, RECORD_VERSION, articleRecordCodec).write(entries, Array.from({ length: SHARDS }, (_, s) => s));
    // the table's lines: more than one (so the load parses it in pieces), each a JSON list
    const tableFile = readdirSync(dir).find((f) => f.startsWith('strings-'))!;
    const tableLines = gunzipSync(readFileSync(path.join(dir, tableFile))).toString('utf8').split('\n');
    assert.ok(tableLines.length > 1, `the string table is on ${tableLines.length} line(s)`);
    const loaded = await new IndexCache<ArticleRecord>(dir, RECORD_VERSION, articleRecordCodec).load();
    assert.equal(loaded.dropped, undefined);
    assert.equal(loaded.entries.size, n);
    const seen = new Set<Uint32Array>();
    for (const e of entries) {
      const back = loaded.entries.get(e.key);
      assert.ok(back, e.key);
      assert.deepEqual(Array.from(back.lineStarts), Array.from(e.lineStarts), e.key);
      assert.equal(back.record.path, e.key);
      assert.equal(back.record.quotes.length, e.record.quotes.length);
      seen.add(back.lineStarts);
    }
    // no two entries share their line starts' elements: a write into one leaves every other as it was
    const first = loaded.entries.get(entries[1].key)!.lineStarts;
    const before = [...loaded.entries.values()].map((e) => Array.from(e.lineStarts));
    first[first.length - 1] += 7;
    [...loaded.entries.values()].forEach((e, i) => {
      if (e.lineStarts !== first) assert.deepEqual(Array.from(e.lineStarts), before[i]);
    });
    assert.equal(seen.size, n);
  });
});

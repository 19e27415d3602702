import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';
import { IndexCache, SHARDS, shardOf, type CachedArticle } from '../../src/vscode/indexing/cache';
import { lineStarts } from '../../src/vscode/indexing/runJob';
import { lazyArticleCodec, quoteCount } from '../../src/vscode/indexing/validate';

/** Tails left in their files until a view asks: what a reload loads, keeps and writes back. */
describe('warm start: record tails stay on disk until asked', () => {
  let dir: string;
  const text = (n: number): string => `Lighthouse keeper Brona Feeney said storm ${n} had passed.\n“The lamp never went out,” Feeney said.`;
  const entry = (key: string, t: string): CachedArticle<ArticleRecord> => ({ key, size: Buffer.byteLength(t), mtimeMs: 1_700_000_000_000, lineStarts: lineStarts(t), record: analyzeToRecord(t, {}, key) });
  // two articles of one shard, and one of another
  const keys: string[] = [];
  for (let i = 0; keys.length < 2; i++) if (shardOf(`file:///coast/${i}.txt`) === 3) keys.push(`file:///coast/${i}.txt`);
  for (let i = 0; keys.length < 3; i++) if (shardOf(`file:///coast/x${i}.txt`) === 9) keys.push(`file:///coast/x${i}.txt`);
  const articles = keys.map((k, i) => entry(k, text(i)));
  const all = Array.from({ length: SHARDS }, (_, i) => i);

  beforeEach(() => (dir = path.join(mkdtempSync(path.join(tmpdir(), 'cn-warm-')), 'cache')));
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('a record’s tail never read survives its shard written again (its old files deleted), and reads back whole', async () => {
    await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(articles, all);
    const damaged: string[] = [];
    const cache = new IndexCache(dir, RECORD_VERSION, lazyArticleCodec((k) => damaged.push(k)));
    const { entries } = await cache.load();
    const before = readdirSync(dir).filter((f) => f.endsWith('.bin'));
    // the shard's other article changes: the shard is written again, the unread tail copied over
    const changed = entry(keys[1], 'Harbour pilot Cian Moran said the channel was clear.');
    await cache.write([entries.get(keys[0])!, changed, entries.get(keys[2])!], [3]);
    const after = readdirSync(dir).filter((f) => f.endsWith('.bin'));
    assert.notDeepEqual(after, before, 'the shard’s tails file replaced');
    assert.equal(after.length, SHARDS, 'one per shard, as before');
    const lazy = entries.get(keys[0])!.record;
    assert.equal(quoteCount(lazy), articles[0].record.quotes.length, 'still unread');
    assert.deepEqual(lazy.quotes, articles[0].record.quotes);
    assert.deepEqual([...lazy.mentions], [...articles[0].record.mentions]);
    assert.deepEqual(lazy.surfaces, articles[0].record.surfaces);
    assert.deepEqual(damaged, []);
    // and a reload reads the written cache whole
    const again = await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).load();
    assert.deepEqual(again.entries.get(keys[0]), articles[0]);
    assert.deepEqual(again.entries.get(keys[1]), changed);
    assert.deepEqual(again.entries.get(keys[2]), articles[2]);
  });

  it('a tail whose file went away reads as empty and is reported, and the shard still writes', async () => {
    await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(articles, all);
    const damaged: string[] = [];
    const cache = new IndexCache(dir, RECORD_VERSION, lazyArticleCodec((k) => damaged.push(k)));
    const { entries } = await cache.load();
    for (const f of readdirSync(dir)) if (f.endsWith('.bin')) rmSync(path.join(dir, f));
    await cache.write([...entries.values()], all);
    assert.deepEqual(damaged.sort(), [...keys].sort(), 'each unread tail reported once');
    for (const k of keys) assert.deepEqual(entries.get(k)!.record.quotes, []);
  });

  it('an article whose line ends the editor rewrites (its text longer than its file) loads from the cache, tail and all', async () => {
    // lone CR line ends are read as CRLF: one character more per line than the file has bytes
    const t = Array.from({ length: 40 }, (_, i) => `Tide table ${i}.`).join('\r') + '\r“The dyke will hold,” Warden Sieke Bakker said on Friday.\r';
    const key = 'file:///coast/lone-cr.txt';
    const a: CachedArticle<ArticleRecord> = { key, size: Buffer.byteLength(t.replace(/\r\n/g, '\r')), mtimeMs: 1_700_000_000_000, lineStarts: lineStarts(t.replace(/\r/g, '\r\n')), record: analyzeToRecord(t.replace(/\r/g, '\r\n'), {}, key) };
    assert.ok(Math.max(...a.record.sentences) > a.size, 'its offsets pass the file’s bytes');
    await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write([a], all);
    const damaged: string[] = [];
    const { entries, dropped } = await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec((k) => damaged.push(k))).load();
    assert.equal(dropped, undefined);
    const back = entries.get(key)!;
    assert.deepEqual(Array.from(back.lineStarts), Array.from(a.lineStarts));
    assert.deepEqual(back.record.quotes, a.record.quotes);
    assert.deepEqual(damaged, []);
  });
});

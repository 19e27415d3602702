import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { Corpus } from '../../src/corpus/corpus';
import { RECORD_VERSION, withoutQuoteTexts, type ArticleRecord } from '../../src/corpus/record';
import { readSnapshot, restoreStep, snapshotLines } from '../../src/corpus/snapshot';
import { IndexCache, SHARDS, shardOf as shardOfKey, type CachedArticle } from '../../src/vscode/indexing/cache';
import { lineStarts } from '../../src/vscode/indexing/runJob';
import { lazyArticleCodec, quoteCount } from '../../src/vscode/indexing/validate';

/**
 * Session 36's warm start (warm36): a reload restores the corpus from the record cache (heads
 * parsed, tails left on disk) and the settled snapshot. Whatever the load and the restore make
 * cheaper, the corpus it gives answers as the cold index of the same articles did: actors (ids,
 * names, aliases, counts), their quotes and mentions, the events and their order, each article's
 * document. A cache of another version is dropped, never read.
 */
const TEXTS: Record<string, string> = {
  'file:///news/nairobi-water.txt':
    'NAIROBI, Kenya (March 3, 2021) — Water minister Achieng Otieno said on Tuesday that rationing would end by June. “The dams are filling faster than we hoped,” Otieno told reporters. The Nairobi City Water and Sewerage Company (NCWSC) said pipes in Kibera would be replaced.',
  'file:///news/nairobi-follow.txt':
    'Otieno said the rationing plan had worked. NCWSC managing director Peter Kamau said repairs in Kibera were half done. “We will finish before the rains,” Kamau said on Friday.',
  'file:///news/lyon-strike.txt':
    'LYON, France — Rail workers walked out on Monday, March 8, 2021. Union leader Mathilde Garnier said the strike would last a week. “Management has not listened,” Garnier said. Transport minister Jean-Baptiste Roux called the walkout irresponsible.',
  'file:///news/lyon-talks.txt':
    'Roux met union leaders in Paris on Thursday. Garnier said the talks were “a first step, no more.” A ministry spokesman said a second meeting was planned for March 15, 2021.',
  'file:///news/osaka-budget.txt':
    'OSAKA, Japan — Mayor Kenji Tanaka unveiled the city budget on April 1, 2021. “Schools come first,” Tanaka said. Councillor Yuki Mori said the plan ignored the harbour. The Osaka Chamber of Commerce welcomed the tax cuts.',
  'file:///news/osaka-vote.txt':
    'The council approved Tanaka’s budget on April 20, 2021. Mori said she had voted against it. “The harbour will pay for this,” Mori said. Tanaka thanked the council.',
};

const keys = Object.keys(TEXTS);
const all = Array.from({ length: SHARDS }, (_, i) => i);

/** The corpus's answers that a view reads: actors, their quotes, mentions and articles, events in both orders, each article's document. */
function answers(c: Corpus): string {
  const actors = c.actors();
  return JSON.stringify({
    stats: c.stats(),
    actors,
    perActor: actors.map((a) => ({
      id: a.id,
      quotes: c.quotesOf(a.id).map((q) => [q.path, q.item]),
      about: c.quotesAbout(a.id).map((q) => [q.path, q.item]),
      mentions: c.mentionsOf(a.id).map((m) => [m.path, m.item]),
      articles: c.articlesOf(a.id),
    })),
    events: c.events(),
    byDate: c.eventsByDate().map((e) => e.id),
    documents: keys.map((k) => c.document(k)),
  });
}

describe('warm start (warm36): a reload from the cache and the snapshot gives the cold index’s corpus', () => {
  let dir: string;
  beforeEach(() => (dir = path.join(mkdtempSync(path.join(tmpdir(), 'cn-warm36-')), 'cache')));
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  /** The cold index: every article analysed and filed (quote texts left out, as the host keeps them), settled; its cache entries. */
  function cold(): { corpus: Corpus; entries: Array<CachedArticle<ArticleRecord>> } {
    const corpus = new Corpus();
    const entries: Array<CachedArticle<ArticleRecord>> = [];
    for (const key of keys) {
      const text = TEXTS[key];
      const record = withoutQuoteTexts(analyzeToRecord(text, {}, key));
      corpus.upsert(key, record);
      entries.push({ key, size: Buffer.byteLength(text), mtimeMs: 1_700_000_000_000, lineStarts: lineStarts(text), record });
    }
    while (!corpus.actorsStep(Infinity) || !corpus.eventsStep(Infinity));
    return { corpus, entries };
  }

  /** A reload: the cache loaded, the snapshot read against its records and restored in steps, prepared as the host does. */
  async function warm(lines: string[]): Promise<Corpus> {
    const loaded = await new IndexCache<ArticleRecord>(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).load();
    assert.equal(loaded.dropped, undefined);
    assert.equal(loaded.entries.size, keys.length);
    const record = (k: string): ArticleRecord => loaded.entries.get(k)!.record;
    const gen = readSnapshot(lines, RECORD_VERSION, record);
    let r;
    for (let s = gen.next(); ; s = gen.next()) if (s.done) { r = s.value; break; }
    const corpus = new Corpus();
    // a deadline already past: every call files its least, as the host's turns may
    const step = restoreStep(corpus, r, record, quoteCount);
    while (!step(-Infinity));
    while (!corpus.actorsStep(-Infinity) || !corpus.eventsStep(-Infinity));
    while (!corpus.prepareStep(-Infinity));
    return corpus;
  }

  it('the same actors, ids, quotes, mentions, events and documents', async () => {
    const { corpus, entries } = cold();
    await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(entries, all);
    const lines = [...snapshotLines(corpus, RECORD_VERSION, (k) => entries.find((e) => e.key === k))].filter((l): l is string => l !== null);
    const restored = await warm(lines);
    assert.ok(corpus.actors().length > 8, 'the texts make actors');
    assert.ok(corpus.events().length > 2, 'the texts make events');
    assert.ok(corpus.actors().filter((a) => corpus.quotesOf(a.id).length).length > 4, 'the texts make quotes of several speakers');
    assert.equal(answers(restored), answers(corpus));
    // and the same after one more article, filed into each
    const extra = 'file:///news/osaka-harbour.txt';
    const text = 'Harbour master Hiro Sato said on May 2, 2021 that Mori was right. “The cranes are old,” Sato said.';
    keys.push(extra);
    try {
      corpus.upsert(extra, withoutQuoteTexts(analyzeToRecord(text, {}, extra)));
      restored.upsert(extra, withoutQuoteTexts(analyzeToRecord(text, {}, extra)));
      for (const c of [corpus, restored]) while (!c.actorsStep(Infinity) || !c.eventsStep(Infinity));
      assert.equal(answers(restored), answers(corpus));
    } finally {
      keys.pop();
    }
  });

  it('after a load, a write of one shard reads the string table again from the bytes loaded: a reload gives every entry back', async () => {
    const { entries } = cold();
    await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(entries, all);
    const cache = new IndexCache<ArticleRecord>(dir, RECORD_VERSION, lazyArticleCodec(() => undefined));
    const loaded = await cache.load();
    // one article changed: its shard alone is written, indexing into the table as loaded, with strings of its own added
    const key = keys[2];
    const text = 'Transport minister Jean-Baptiste Roux said on Monday that the trains would run. “The strike is over,” Roux said.';
    const changed: CachedArticle<ArticleRecord> = { key, size: Buffer.byteLength(text), mtimeMs: 1_700_000_000_001, lineStarts: lineStarts(text), record: withoutQuoteTexts(analyzeToRecord(text, {}, key)) };
    const now = [...loaded.entries.values()].map((e) => (e.key === key ? changed : e));
    await cache.write(now, [shardOfKey(key)]);
    const again = await new IndexCache<ArticleRecord>(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).load();
    assert.equal(again.dropped, undefined);
    for (const e of now) assert.deepEqual(again.entries.get(e.key), e.key === key ? changed : entries.find((x) => x.key === e.key));
  });

  it('a cache of another version, or with a damaged shard, is dropped and reads as empty', async () => {
    const { entries } = cold();
    await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(entries, all);
    const other = await new IndexCache<ArticleRecord>(dir, `${RECORD_VERSION}-older`, lazyArticleCodec(() => undefined)).load();
    assert.match(other.dropped ?? '', /version/);
    assert.equal(other.entries.size, 0);
    await new IndexCache(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(entries, all);
    const shard = readdirSync(dir).find((f) => /^shard-.*\.jsonl\.gz$/.test(f))!;
    writeFileSync(path.join(dir, shard), 'not gzip');
    const damaged = await new IndexCache<ArticleRecord>(dir, RECORD_VERSION, lazyArticleCodec(() => undefined)).load();
    assert.ok(damaged.dropped);
    assert.equal(damaged.entries.size, 0);
  });
});

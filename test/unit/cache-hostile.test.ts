import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Corpus } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';
import { readSnapshot, restoreStep, snapshotLines } from '../../src/corpus/snapshot';
import { IndexCache, shardOf, tableWriter, tailCrc, type CachedArticle, type TableEntry, type TableWriter, type TailRef } from '../../src/vscode/indexing/cache';
import { lineStarts } from '../../src/vscode/indexing/runJob';
import { articleRecordCodec, lazyArticleCodec, quoteCount } from '../../src/vscode/indexing/validate';
import { numbersOf, numbersText } from '../../src/vscode/indexing/cacheNumbers';

/** Articles of their own, each with quotations. */
const TEXTS: Record<string, string> = {
  'q1.txt': '“The bridge will hold,” engineer Talvi Rusk said. Rusk added that the bolts were new.',
  'q2.txt': 'Harbour chief Omar Lindqvist said the ferries would run late. “We are short of crews,” Lindqvist said.',
  'q3.txt': '“Fares stay as they are,” Lindqvist told the council.',
};
const settle = (c: Corpus): void => {
  while (!c.actorsStep(Infinity) || !c.eventsStep(Infinity));
};
function fromFiles(texts: Record<string, string>): Corpus {
  const c = new AnalysingCorpus();
  for (const [p, t] of Object.entries(texts)) c.upsert(p, analyzeToRecord(t, {}, p));
  settle(c);
  return c;
}

/** A string table as the cache makes one, and what adds to it. */
function stringTable(): { writer: TableWriter; table: TableEntry[] } {
  const table: TableEntry[] = [];
  return { table, writer: tableWriter(table) };
}

/** A tail's bytes held in memory, with their CRC-32 (as a shard's tails file would give them). */
const inMemory = (bytes: Buffer): TailRef => ({ file: { read: (at, len) => (at + len <= bytes.length ? bytes.subarray(at, at + len) : null) }, at: 0, len: bytes.length, crc: tailCrc(bytes) });

/** A record as the cache gives it back: its head read, its tail (JSON text) changed by `tail` (its CRC made to match) and read lazily; its file `size` bytes. */
function cached(r: ArticleRecord, damaged: string[], tail: (v: Record<string, unknown[]>) => void = () => undefined, size = 10_000): ArticleRecord {
  const codec = lazyArticleCodec((p) => damaged.push(p));
  const { writer, table } = stringTable();
  const stored = codec.store(r, writer);
  const t = JSON.parse(stored.tail.toString());
  tail(t);
  const back = codec.read(JSON.parse(JSON.stringify(stored.head)), inMemory(Buffer.from(JSON.stringify(t))), r.path, size, codec.table(table));
  assert.ok(back);
  return back;
}

/** `live` saved and restored into a new corpus, the cached tail of `path` damaged by `damage`; `damaged` lists the tails found damaged when read. */
function restoredWithDamage(live: Corpus, path: string, damage: (t: Record<string, unknown[]>) => void, damaged: string[]): { copy: Corpus; records: Map<string, ArticleRecord> } {
  const lines = [...snapshotLines(live, RECORD_VERSION, () => ({ size: 1, mtimeMs: 2 }))].filter((l): l is string => l !== null);
  const records = new Map(Object.keys(TEXTS).map((p) => [p, cached(live.record(p)!, damaged, p === path ? damage : undefined)]));
  const gen = readSnapshot(lines, RECORD_VERSION, (k) => records.get(k));
  let s = gen.next();
  while (!s.done) s = gen.next();
  const copy = new AnalysingCorpus();
  const step = restoreStep(copy, s.value, (k) => records.get(k)!, quoteCount);
  while (!step(Infinity));
  return { copy, records };
}

describe('index cache under attack: a record tail that is valid JSON but out of bounds', () => {
  it('a tail found damaged after a restore, then the article extracted again: the counts equal a corpus built from the files', () => {
    const live = fromFiles(TEXTS);
    const damaged: string[] = [];
    // one tail among several out of bounds: a quote's speaker past the actors
    const { copy, records } = restoredWithDamage(live, 'q2.txt', (t) => ((t.quotes[0] as { speaker: number }).speaker = 999), damaged);
    assert.deepEqual(damaged, [], 'no tail read by the restore');
    assert.deepEqual(copy.stats(), live.stats());
    // a view asks: the tail reads as empty and is reported; the article is extracted again
    assert.equal(records.get('q2.txt')!.quotes.length, 0);
    assert.deepEqual(damaged, ['q2.txt']);
    copy.upsert('q2.txt', analyzeToRecord(TEXTS['q2.txt'], {}, 'q2.txt'));
    settle(copy);
    assert.deepEqual(copy.stats(), live.stats());
    assert.equal(JSON.stringify(copy.build().result), JSON.stringify(live.build().result));
    // and removed: nothing of it is left in the counts
    copy.remove('q2.txt');
    settle(copy);
    const { ['q2.txt']: _, ...rest } = TEXTS;
    assert.deepEqual(copy.stats(), fromFiles(rest).stats());
  });

  it('a damaged tail removed before anything read it leaves no quotes behind', () => {
    const { copy } = restoredWithDamage(fromFiles(TEXTS), 'q1.txt', (t) => t.mentions.push(0, 0, 1, 999), []);
    copy.remove('q1.txt');
    settle(copy);
    const { ['q1.txt']: _, ...rest } = TEXTS;
    assert.deepEqual(copy.stats(), fromFiles(rest).stats());
  });
});

describe('index cache under attack: entries that parse but lie', () => {
  let dir: string;
  const text = (n: number): string => `Ferry captain Aino Vesterlund said crossing ${n} was calm.\n“No delays,” Vesterlund said.`;
  const entry = (key: string, t: string): CachedArticle<ArticleRecord> => ({ key, size: Buffer.byteLength(t), mtimeMs: 1_700_000_000_000, lineStarts: lineStarts(t), record: analyzeToRecord(t, {}, key) });
  const articles = Array.from({ length: 12 }, (_, i) => entry(`file:///port/p${i}.txt`, text(i)));
  beforeEach(() => (dir = path.join(mkdtempSync(path.join(tmpdir(), 'cn-breaker-')), 'cache')));
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  /**
   * Writes the cache, changes the lines of one shard with `hurt` (which may add to the cache's
   * string table; the manifest's count made to match), and loads it.
   */
  async function loadHurt(hurt: (lines: string[], table: string[]) => string[]) {
    await new IndexCache(dir, RECORD_VERSION, articleRecordCodec).write(articles, [...new Set(articles.map((a) => shardOf(a.key)))]);
    const m = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const shard = m.shards.find((s: { count: number }) => s.count >= 1);
    const lines = gunzipSync(readFileSync(path.join(dir, shard.file))).toString().split('\n');
    const table = JSON.parse(gunzipSync(readFileSync(path.join(dir, m.strings))).toString());
    const hurt_ = hurt(lines, table);
    writeFileSync(path.join(dir, shard.file), gzipSync(hurt_.join('\n')));
    writeFileSync(path.join(dir, m.strings), gzipSync(JSON.stringify(table)));
    shard.count = hurt_.length;
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(m));
    return new IndexCache(dir, RECORD_VERSION, articleRecordCodec).load();
  }
  /** An entry: [key, size, mtimeMs, gaps between line starts (numbersText), record head [version, path, title, published, actors, events, quotes], tail's offset, length, CRC], strings as indexes into the table. */
  type Head = [number, number, number, string, [number, number, ...unknown[]], number, number, number];
  const withHead = (line: string, f: (h: Head) => void): string => {
    const h = JSON.parse(line);
    f(h);
    return JSON.stringify(h);
  };

  it('the control: the cache loads whole, an actor its articles name alike one object', async () => {
    const { entries, dropped } = await loadHurt((l) => l);
    assert.equal(dropped, undefined);
    assert.equal(entries.size, articles.length);
    const captains = [...entries.values()].map((e) => e.record.actors.find((a) => a.name === 'Aino Vesterlund'));
    assert.ok(captains[0]);
    assert.ok(captains.every((a) => a === captains[0]));
  });

  it('drops a cache with one key twice in a shard', async () => {
    const { entries, dropped } = await loadHurt((l) => [...l, l[0]]);
    assert.ok(dropped, 'said why');
    assert.equal(entries.size, 0);
  });

  it('drops a cache whose entry holds the record of another path (a damaged tail would re-extract the wrong file)', async () => {
    const { entries, dropped } = await loadHurt((l, table) => [withHead(l[0], (h) => (h[4][1] = table.push('file:///port/elsewhere.txt') - 1)), ...l.slice(1)]);
    assert.ok(dropped, 'said why');
    assert.equal(entries.size, 0);
  });

  it('drops a cache whose line starts run past the file', async () => {
    const { entries, dropped } = await loadHurt((l) => [withHead(l[0], (h) => (h[3] = numbersText([...numbersOf(h[3])!, h[1] + 5_000_000]))), ...l.slice(1)]);
    assert.ok(dropped, 'said why');
    assert.equal(entries.size, 0);
  });

  it('drops a cache whose head names a string past its table, or whose table holds other than strings, lists and actors', async () => {
    for (const hurt of [
      (l: string[]) => [withHead(l[0], (h) => (h[4][1] = 1_000_000)), ...l.slice(1)],
      (l: string[], table: string[]) => ((table as unknown[]).push(7), l),
      // a list of strings that names a string after it, or a list
      (l: string[], table: string[]) => ((table as unknown[]).push([table.length + 1], 'x'), l),
      (l: string[], table: string[]) => ((table as unknown[]).push([0], [table.length]), l),
      // an actor entry not of integers, with more than its numbers, or one whose numbers fail (an "anonymous" of 2)
      (l: string[], table: string[]) => ((table as unknown[]).push({ actor: [0] }), l),
      (l: string[], table: string[]) => ((table as unknown[]).push({ actor: numbersText([0]), more: 1 }), l),
      (l: string[], table: string[]) => {
        for (const e of table as unknown[]) {
          if (typeof e !== 'object' || e === null || Array.isArray(e)) continue;
          const numbers = numbersOf((e as { actor: string }).actor)!;
          numbers[7] = 2;
          (e as { actor: string }).actor = numbersText(numbers);
        }
        return l;
      },
      (l: string[]) => [withHead(l[0], (h) => (h[0] = -1)), ...l.slice(1)],
    ]) {
      const { entries, dropped } = await loadHurt(hurt);
      assert.ok(dropped, 'said why');
      assert.equal(entries.size, 0);
    }
  });
});

describe('index cache: a head\'s actors, indexes of the actors of the string table', () => {
  /** A record with an anonymous actor, one with a gender and one standing for a capital's government (fields only some actors have). */
  const text = 'Beijing said on Monday that the talks would go on in Beijing. Mr. John Smith, the mayor, said he agreed. “We will attend,” a spokeswoman said.';
  const r = analyzeToRecord(text, {}, 'file:///port/flat.txt');
  const codec = lazyArticleCodec(() => undefined);
  const { writer, table } = stringTable();
  const stored = codec.store(r, writer);
  const read = (head: unknown): ArticleRecord | null => codec.read(head, inMemory(stored.tail), r.path, Buffer.byteLength(text), codec.table(table));
  const headWith = (f: (head: unknown[]) => void): unknown[] => {
    const head = JSON.parse(JSON.stringify(stored.head));
    f(head);
    return head;
  };
  /** A head whose actors' indexes (one string, see ./cacheNumbers.ts) `f` changes as a list. */
  const actorsWith = (f: (indexes: number[]) => void): unknown[] =>
    headWith((h) => {
      const indexes = numbersOf(h[4])!;
      f(indexes);
      h[4] = numbersText(indexes);
    });
  /** The record's head read with a copy of the table whose actor entries `f` changes (their ten numbers). */
  const readWithActors = (f: (actor: number[]) => void): ArticleRecord | null => {
    const hurt = table.map((e) => {
      if (typeof e !== 'object' || Array.isArray(e)) return e;
      const numbers = numbersOf(e.actor)!;
      f(numbers);
      return { actor: numbersText(numbers) };
    });
    return codec.read(stored.head, inMemory(stored.tail), r.path, Buffer.byteLength(text), codec.table(hurt));
  };

  it('comes back as the record\'s actors, each with the fields it has and no others', () => {
    assert.ok(r.actors.some((a) => a.anonymous) && r.actors.some((a) => a.gender !== undefined) && r.actors.some((a) => a.capitalOf !== undefined), 'the text gives actors of each kind of field');
    const back = read(stored.head);
    assert.ok(back);
    assert.deepEqual(back.actors, r.actors);
    assert.deepEqual(back.actors.map((a) => Object.keys(a)), r.actors.map((a) => Object.keys(a)), 'in the same order of fields');
  });

  it('actors stored alike (the same strings, lists and counts) come back as one object, but never as one object twice in a record, and not those with fields of their own', () => {
    // as one load reads its heads: with one table
    const ready = codec.table(table);
    const readOnce = (head: unknown): ArticleRecord => codec.read(head, inMemory(stored.tail), r.path, Buffer.byteLength(text), ready)!;
    const first = readOnce(stored.head);
    const again = readOnce(stored.head);
    const own = (i: number): boolean => (stored.head as unknown[][])[7].some((x, j) => j % 2 === 0 && x === i);
    assert.ok(r.actors.some((_, i) => own(i)) && r.actors.some((_, i) => !own(i)), 'the record has actors of both kinds');
    r.actors.forEach((_, i) => assert.equal(first.actors[i] === again.actors[i], !own(i), `actor ${i}`));
    assert.deepEqual(again.actors, r.actors);
    // the first actor stored twice in one head: two objects alike
    const plain = r.actors.findIndex((_, i) => !own(i));
    const doubled = readOnce(actorsWith((indexes) => indexes.push(indexes[plain])));
    const last = doubled.actors.length - 1;
    assert.notEqual(doubled.actors[last], doubled.actors[plain]);
    assert.deepEqual(doubled.actors[last], doubled.actors[plain]);
  });

  it('a head is refused for an index of no actor, an actor entry that fails its checks, numbers not written as the cache writes them, or fields stored apart for no actor, out of order or of the wrong shape', () => {
    const more = (head: unknown[]): unknown[] => head[7] as unknown[];
    const strings = table.findIndex((e) => typeof e === 'string');
    const refused = [
      actorsWith((indexes) => indexes.push(strings)),
      actorsWith((indexes) => indexes.push(table.length)),
      actorsWith((indexes) => indexes.push(-1)),
      // the numbers' string cut within a number, or with a character that is no digit
      headWith((h) => (h[4] = (h[4] as string).slice(0, -1) + '0')),
      headWith((h) => (h[4] = `${h[4] as string}!`)),
      headWith((h) => (h[4] = JSON.parse(`[${numbersOf(h[4])!.join(',')}]`))),
      headWith((h) => more(h).push(r.actors.length, { gender: 'male' })),
      headWith((h) => more(h).push(0, { gender: 'male' })),
      headWith((h) => (more(h)[1] = { gender: 'other' })),
      headWith((h) => (more(h)[1] = 'male')),
      headWith((h) => h.pop()),
    ];
    assert.ok(more(stored.head as unknown[]).length >= 2, 'the record has fields stored apart');
    for (const head of refused) assert.equal(read(head), null, JSON.stringify(head).slice(0, 80));
    // actor entries of the table: an "anonymous" other than 1 or 0, a kind that is none, a count
    // below zero, a name that is a list, a list that is a string, a field short
    assert.ok(readWithActors(() => undefined), 'the table as written reads');
    const lists = table.findIndex((e) => Array.isArray(e));
    assert.ok(lists >= 0, 'the record has lists of strings');
    for (const hurt of [(f: number[]) => (f[7] = 2), (f: number[]) => (f[2] = f[0]), (f: number[]) => (f[8] = -1), (f: number[]) => (f[1] = lists), (f: number[]) => (f[3] = strings), (f: number[]) => f.pop()]) assert.equal(readWithActors(hurt), null, String(hurt));
  });
});

describe('index cache under attack: sentences', () => {
  it('a tail whose sentences overlap or run backwards reads as damaged (search reads each sentence of the text: overlapping ones make it quadratic)', () => {
    const r = analyzeToRecord('The ferry left at noon. Captain Eero Saari said the sea was rough. “Hold on,” Saari said.', {}, 'file:///port/s.txt');
    assert.ok(r.sentences.length >= 4);
    for (const bad of [[0, 40, 10, 60], [30, 5], Array.from({ length: 2000 }, (_, i) => (i % 2 ? 80 : 0))]) {
      const damaged: string[] = [];
      const back = cached(r, damaged, (t) => (t.sentences = bad));
      assert.equal(back.sentences.length, 0, JSON.stringify(bad.slice(0, 4)));
      assert.deepEqual(damaged, ['file:///port/s.txt']);
    }
    // the record's own sentences pass
    const damaged: string[] = [];
    assert.deepEqual(Array.from(cached(r, damaged).sentences), Array.from(r.sentences));
    assert.deepEqual(damaged, []);
  });

  it('offsets past the end of the file: a tail reads as damaged, a head is refused', () => {
    const text = 'Pilot Maren Oddsen said the harbour mouth was silting up. The port will hold talks in Tromsø on Friday.';
    const r = analyzeToRecord(text, {}, 'file:///port/o.txt');
    const size = Buffer.byteLength(text);
    assert.ok(r.mentions.length && r.quotes.length && r.events.length);
    // the record as made passes at the file's own size
    const fine: string[] = [];
    assert.equal(cached(r, fine, undefined, size).quotes.length, r.quotes.length);
    assert.deepEqual(fine, []);
    const past = size + 1;
    const tails: Array<(t: Record<string, unknown[]>) => void> = [
      (t) => ((t.mentions as number[])[2] = past),
      (t) => ((t.quotes[0] as { spans: number[] }).spans[1] = past),
      (t) => ((t.sentences as number[])[(t.sentences as number[]).length - 1] = past),
    ];
    for (const damage of tails) {
      const damaged: string[] = [];
      assert.equal(cached(r, damaged, damage, size).quotes.length, 0);
      assert.deepEqual(damaged, ['file:///port/o.txt']);
    }
    const codec = lazyArticleCodec(() => undefined);
    const { writer, table } = stringTable();
    const stored = codec.store(r, writer);
    const head = JSON.parse(JSON.stringify(stored.head));
    // the first event's spans (its 8th field; events are the head's 6th)
    head[5][0][7][1] = past;
    assert.equal(codec.read(head, inMemory(stored.tail), r.path, size, codec.table(table)), null);
  });
});

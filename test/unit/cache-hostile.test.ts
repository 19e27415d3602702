import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/corpus/corpus';
import { analyzeToRecord, RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';
import { readSnapshot, restoreStep, snapshotLines } from '../../src/corpus/snapshot';
import { lazyArticleCodec, quoteCount } from '../../src/vscode/indexing/validate';

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
  const c = new Corpus();
  for (const [p, t] of Object.entries(texts)) c.upsert(p, analyzeToRecord(t, {}, p));
  settle(c);
  return c;
}

/** A record as the cache gives it back: its head read, its tail (JSON text) changed by `tail` and read lazily. */
function cached(r: ArticleRecord, damaged: string[], tail: (v: Record<string, unknown[]>) => void = () => undefined): ArticleRecord {
  const codec = lazyArticleCodec((p) => damaged.push(p));
  const stored = codec.store(r);
  const t = JSON.parse(stored.tail);
  tail(t);
  const back = codec.read(JSON.parse(JSON.stringify(stored.head)), Buffer.from(JSON.stringify(t)));
  assert.ok(back);
  return back;
}

describe('index cache under attack: a record tail that is valid JSON but out of bounds', () => {
  it('a tail found damaged after a restore, then the article extracted again: the counts equal a corpus built from the files', () => {
    const live = fromFiles(TEXTS);
    const lines = [...snapshotLines(live, RECORD_VERSION, () => ({ size: 1, mtimeMs: 2 }))];
    const damaged: string[] = [];
    // one tail among several out of bounds: a quote's speaker past the actors
    const records = new Map(Object.keys(TEXTS).map((p) => [p, cached(live.record(p)!, damaged, p === 'q2.txt' ? (t) => ((t.quotes[0] as { speaker: number }).speaker = 999) : undefined)]));
    const gen = readSnapshot(lines, RECORD_VERSION, (k) => records.get(k));
    let s = gen.next();
    while (!s.done) s = gen.next();
    const copy = new Corpus();
    const step = restoreStep(copy, s.value, (k) => records.get(k)!, quoteCount);
    while (!step(Infinity));
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
    const live = fromFiles(TEXTS);
    const lines = [...snapshotLines(live, RECORD_VERSION, () => ({ size: 1, mtimeMs: 2 }))];
    const damaged: string[] = [];
    const records = new Map(Object.keys(TEXTS).map((p) => [p, cached(live.record(p)!, damaged, p === 'q1.txt' ? (t) => t.mentions.push(0, 0, 1, 999) : undefined)]));
    const gen = readSnapshot(lines, RECORD_VERSION, (k) => records.get(k));
    let s = gen.next();
    while (!s.done) s = gen.next();
    const copy = new Corpus();
    const step = restoreStep(copy, s.value, (k) => records.get(k)!, quoteCount);
    while (!step(Infinity));
    copy.remove('q1.txt');
    settle(copy);
    const { ['q1.txt']: _, ...rest } = TEXTS;
    assert.deepEqual(copy.stats(), fromFiles(rest).stats());
  });
});

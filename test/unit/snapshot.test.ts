import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Corpus } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';
import { BufferLines, checkSnapshot, lineEnds, parseSnapshot, readSnapshot, restoreStep, runSliced, snapshotLines, type Restorable } from '../../src/corpus/snapshot';

/**
 * Articles for every kind of state a snapshot keeps: lone surnames resolved to one of two people,
 * a role phrase, an acronym merged with its expansion, a name with and without a middle initial,
 * anonymous sources, events reported twice and one dated only by a shared event.
 */
const POOL = [
  'Senator Halvard Quist said the canal bill would pass. Quist added that the vote was close.',
  'Quist told reporters on Monday that the canal would open by autumn.',
  'Mayor Odile Quist said the ferry fares would fall next year.',
  'The Northern Grain Board (NGB) warned of a poor harvest. NGB chair Wilma Tarrant said silos were low.',
  'The NGB chair said the harvest was the worst in a decade.',
  'The Northern Grain Board said a summit in Kelso on Friday agreed new quotas.',
  'Wilma J. Tarrant said the quotas would hold. A senior official said talks would go on.',
  'Wilma Tarrant met Halvard Quist in Kelso on Friday for the summit in Kelso.',
  'date 2023-05-02\nHalvard Quist said the Baltic summit in Riga opens on Thursday.',
  'Leaders came to the Baltic summit in Riga on May 4. Tarrant said it started late.',
  'Bruno Mensah, the harbour master, said the dock was safe. “We checked every crane,” Mensah said.',
];
const PATHS = ['a.txt', 'b.txt', 'c/d.txt', 'c/e.txt', 'f.txt', 'g.txt', 'h.txt'];
const records: ArticleRecord[] = POOL.map((t) => analyzeToRecord(t, {}, 'pool.txt'));

const settle = (c: Corpus): void => {
  while (!c.actorsStep(Infinity) || !c.eventsStep(Infinity));
};

/** What the corpus answers, ids included: a restored corpus must give exactly this. */
const answers = (c: Corpus): string => JSON.stringify([c.build().result, c.eventsByDate().map((e) => e.id), c.stats()]);

function lines(c: Corpus): string[] {
  settle(c);
  return [...snapshotLines(c, RECORD_VERSION, () => ({ size: 1, mtimeMs: 2 }))].filter((l): l is string => l !== null);
}

function read(text: string[] | BufferLines, c: Corpus): Restorable {
  const gen = readSnapshot(text, RECORD_VERSION, (key) => c.record(key));
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

function restored(from: Corpus, deadline = Infinity): Corpus {
  const r = read(lines(from), from);
  const to = new AnalysingCorpus();
  const step = restoreStep(to, r, (key) => from.record(key)!);
  let calls = 0;
  while (!step(deadline)) assert.ok(++calls < 10_000, 'the restore ends');
  return to;
}

type Op = { op: 'upsert'; path: string; text: number } | { op: 'remove'; path: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: fc.constantFrom(...PATHS), text: fc.nat(POOL.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), path: fc.constantFrom(...PATHS) }) },
);
const apply = (c: Corpus, op: Op): unknown => (op.op === 'upsert' ? c.upsert(op.path, records[op.text]) : c.remove(op.path));

describe('corpus snapshot: a restored corpus answers as the one it was taken from', () => {
  it('at once, and after the same later changes (settled in steps or not)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 14 }), fc.array(opArb, { maxLength: 8 }), fc.boolean(), fc.boolean(), (before, after, inSteps, prepared) => {
        const live = new AnalysingCorpus();
        for (const op of before) apply(live, op);
        // a deadline already past: every call of the restore files its least
        const copy = restored(live, inSteps ? -Infinity : Infinity);
        // prepared as the extension does after a restore (rule 3's acronyms as restored, among others): later changes merge by their share
        if (prepared) while (!copy.prepareStep(inSteps ? -Infinity : Infinity));
        assert.equal(answers(copy), answers(live));
        for (const op of after) {
          apply(live, op);
          apply(copy, op);
          if (inSteps) {
            live.actorsStep(-Infinity);
            copy.actorsStep(-Infinity);
          }
        }
        assert.equal(answers(copy), answers(live));
        // and a snapshot of the restored corpus is the same again
        if (!after.length) assert.deepEqual(lines(copy), lines(live));
      }),
      { numRuns: 120 },
    );
  });

  it('reads the same from the file’s bytes, a line made only when asked, as from its lines', () => {
    const live = new AnalysingCorpus();
    POOL.forEach((_, i) => live.upsert(PATHS[i % PATHS.length].replace('.txt', `-${i}.txt`), records[i]));
    const text = lines(live);
    const bytes = new BufferLines(Buffer.from(text.join('\n')));
    assert.equal(bytes.length, text.length);
    assert.deepEqual(Array.from({ length: bytes.length }, (_, i) => bytes.at(i)), text);
    assert.equal(bytes.at(text.length), undefined);
    const gen = readSnapshot(bytes, RECORD_VERSION, (key) => live.record(key));
    let r = gen.next();
    while (!r.done) r = gen.next();
    const to = new AnalysingCorpus();
    const step = restoreStep(to, r.value, (key) => live.record(key)!);
    while (!step(Infinity));
    assert.equal(answers(to), answers(live));
    // let go: the lines are gone with the bytes, and a read of them fails as a file cut short would
    bytes.release();
    assert.throws(() => read(bytes, live), /snapshot: /);
    // names that are not ASCII come back whole (UTF-8 cut at line ends only)
    const accents = new BufferLines(Buffer.from('Zoë Ødegård\n“Ústí”\n'));
    assert.deepEqual([accents.length, accents.at(0), accents.at(1), accents.at(2)], [3, 'Zoë Ødegård', '“Ústí”', '']);
  });

  it('parses without the records (as a warm start does while its cache loads), then checks against them: the same restore as read in one go, and a record that does not fit refused then', async () => {
    const live = new AnalysingCorpus();
    POOL.forEach((_, i) => live.upsert(`p${i}.txt`, records[i]));
    const bytes = new BufferLines(Buffer.from(lines(live).join('\n')));
    let asked = 0;
    const parsed = await runSliced(parseSnapshot(bytes, RECORD_VERSION), 0);
    bytes.release();
    const r = await runSliced(checkSnapshot(parsed, (key) => (asked++, live.record(key))), 0);
    assert.equal(asked, POOL.length, 'each record asked for once, after the parse');
    const to = new AnalysingCorpus();
    const step = restoreStep(to, r, (key) => live.record(key)!);
    while (!step(Infinity));
    assert.equal(answers(to), answers(live));
    // the parse alone refuses what is wrong in the snapshot itself, with no record at hand
    const text = lines(live);
    assert.throws(() => [...parseSnapshot([text[0], '["x"]', ...text.slice(2)], RECORD_VERSION)], /snapshot: a bad group/);
    // and the check what does not fit the records: one with an actor fewer, or none
    const withActors = POOL.findIndex((_, i) => live.record(`p${i}.txt`)!.actors.length > 1);
    const fewer = (key: string): ArticleRecord | undefined => {
      const rec = live.record(key)!;
      return key === `p${withActors}.txt` ? { ...rec, actors: rec.actors.slice(1) } : rec;
    };
    for (const record of [fewer, (key: string) => (key === 'p0.txt' ? undefined : live.record(key))]) {
      const again = new BufferLines(Buffer.from(text.join('\n')));
      const p = await runSliced(parseSnapshot(again, RECORD_VERSION), 0);
      await assert.rejects(runSliced(checkSnapshot(p, record), 0), /snapshot: (groups that do not fit|an article without a record)/);
    }
  });

  it('finds line ends in steps as in one go: the same lines, whatever the count', async () => {
    for (const n of [0, 1, 2047, 2048, 2049, 5000]) {
      const text = Array.from({ length: n }, (_, i) => `line ${i} Ødegård`).join('\n') + (n % 2 ? '\n' : '');
      const data = Buffer.from(text);
      const gen = lineEnds(data);
      let steps = 0;
      while (!gen.next().done) steps++;
      // a pause after every 2,048 line ends, and none for fewer
      assert.equal(steps, Math.floor((text.split('\n').length - 1) / 2048));
      const sliced = new BufferLines(data, await runSliced(lineEnds(data), 0));
      const whole = new BufferLines(Buffer.from(text));
      const all = (b: BufferLines): Array<string | undefined> => Array.from({ length: b.length }, (_, i) => b.at(i));
      assert.equal(sliced.length, text.split('\n').length);
      // (empty bytes have no line to give, as the file cut short they stand for)
      if (n) assert.deepEqual(all(sliced), text.split('\n'));
      assert.deepEqual(all(sliced), all(whole));
    }
  });

  it('keeps acronym merges, resolved surnames and shared years', () => {
    const live = new AnalysingCorpus();
    POOL.forEach((_, i) => live.upsert(`p${String(i).padStart(2, '0')}.txt`, records[i]));
    const copy = restored(live);
    const names = copy.actors().map((a) => a.name);
    assert.ok(names.includes('Halvard Quist') && names.includes('Odile Quist'), names.join(', '));
    assert.ok(copy.actors().some((a) => a.aliases.includes('NGB') || a.name === 'NGB'), 'the acronym merged with its expansion');
    assert.equal(answers(copy), answers(live));
    // a change after the restore that moves a lone surname: the restored index keys decide it
    copy.remove('p02.txt');
    live.remove('p02.txt');
    assert.equal(answers(copy), answers(live));
  });

  it('refuses a snapshot of another version, a damaged line, or records that do not fit, before touching a corpus', () => {
    const live = new AnalysingCorpus();
    POOL.forEach((_, i) => live.upsert(`p${i}.txt`, records[i]));
    const good = lines(live);
    assert.throws(() => readSnapshot(good, 'other', (k) => live.record(k)).next(), /version/);
    const broken = (i: number, f: (v: unknown[]) => unknown): string[] => good.map((l, j) => (j === i ? JSON.stringify(f(JSON.parse(l))) : l));
    const run = (text: string[], record = (k: string) => live.record(k)) => () => {
      const gen = readSnapshot(text, RECORD_VERSION, record);
      while (!gen.next().done);
    };
    assert.throws(run(good.slice(0, -1)), /snapshot/);
    assert.throws(run(broken(1, (v) => [...v.slice(0, 6), 10_000, ...v.slice(7)])), /bad group/);
    const firstArticle = good.findIndex((l) => l.startsWith('["p0.txt"'));
    assert.throws(run(broken(firstArticle, (v) => [v[0], v[1], v[2], [...(v[3] as number[]), 0], v[4], v[5]])), /do not fit/);
    // lookups of an actor the record lacks, of one actor twice, keys that are not strings, or a wait that is no person's
    const p0 = live.record('p0.txt')!.actors;
    // (flat: actor index, deferred, number of keys, their indexes), and a count of keys past the line's end
    for (const waits of [[p0.length, 1, 0], [0, 0, 0, 0, 0, 0], [0, 0, 1, 'i:x'], [0, 0, 1, 1_000_000], [0, 0, 5, 0], [[0, 0, 0]]]) {
      assert.throws(run(broken(firstArticle, (v) => [...v.slice(0, 5), waits])), /do not fit/, JSON.stringify(waits));
    }
    const withPlace = POOL.findIndex((_, i) => live.record(`p${i}.txt`)!.actors.some((a) => a.kind !== 'person'));
    const place = live.record(`p${withPlace}.txt`)!.actors.findIndex((a) => a.kind !== 'person');
    const itsLine = good.findIndex((l) => l.startsWith(`["p${withPlace}.txt"`));
    assert.throws(run(broken(itsLine, (v) => [...v.slice(0, 5), [place, 1, 0]])), /do not fit/);
    assert.throws(run(good.map((l, j) => (j === firstArticle ? l.slice(0, 20) : l))), /not JSON/);
    // a record with another actor than the snapshot was made with
    assert.throws(run(good, (k) => (k === 'p0.txt' ? { ...live.record(k)!, actors: [] } : live.record(k))), /do not fit/);
    assert.doesNotThrow(run(good));
  });

  it('is taken only from a corpus that does not change meanwhile', () => {
    const live = new AnalysingCorpus();
    POOL.forEach((_, i) => live.upsert(`p${i}.txt`, records[i]));
    settle(live);
    const gen = snapshotLines(live, RECORD_VERSION, () => ({ size: 1, mtimeMs: 2 }));
    gen.next();
    live.remove('p3.txt');
    settle(live);
    assert.throws(() => [...gen], /changed/);
  });

  it('reads in slices', async () => {
    const live = new AnalysingCorpus();
    POOL.forEach((_, i) => live.upsert(`p${i}.txt`, records[i]));
    const r = await runSliced(readSnapshot(lines(live), RECORD_VERSION, (k) => live.record(k)), 0);
    assert.equal(r.articles.length, POOL.length);
  });
});

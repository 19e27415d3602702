import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { aggregateOf, compareNames, Group, SlicedSort, type Contribution } from '../../src/corpus/group';
import { IdPool, slug } from '../../src/corpus/ids';
import { FNV_OFFSET, fnv1a } from '../../src/corpus/hash';
import type { RecordActor } from '../../src/corpus/record';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { type ArticleRecord } from '../../src/corpus/record';
import type { CorpusResult } from '../../src/extractor/types';

/**
 * Articles that exercise every merge rule across articles: full names and lone surnames (one
 * person with the surname, then two), role phrases that fit one person, an acronym with its
 * expansion, anonymous sources, events reported twice.
 */
const POOL = [
  'Senator Ilsa Marrow said the dam bill would pass. Marrow added that the vote was close.',
  'Marrow told reporters on Monday that the dam would be finished by spring.',
  'Governor Teodor Marrow said the levy would fall next year.',
  'The Coastal Rescue Agency (CRA) warned of storms. CRA chief Petra Hale said boats must stay in port.',
  'The CRA chief said the storm season was the worst in years.',
  'The Coastal Rescue Agency said a summit in Brindle on Tuesday agreed new rules.',
  'CRA officials said the budget was short. The CRA said drills would resume.',
  'A senior official said the harbour deal was near. Hale said she expected a signature.',
  'Hale met Ilsa Marrow in Brindle on Tuesday for the summit in Brindle.',
  'Oren Vasquez, the mayor, said the bridge was safe. “We checked every bolt,” Vasquez said.',
  'Vasquez said the summit in Brindle was a waste of money.',
  'date 2024-03-04\nPetra Hale said the G7 summit in Rome opens on Thursday.',
  'date 2024-03-08\nLeaders arrived for the G7 summit in Rome on Thursday. Marrow said it was late.',
];
const PATHS = ['a.txt', 'b.txt', 'c/d.txt', 'c/e.txt', 'f.txt', 'g.txt'];

/** Ids replaced by the actor's place in the sorted actor list: the structure must match exactly. */
function canonical(r: CorpusResult): unknown {
  const pos = new Map(r.actors.map((a, i) => [a.id, `#${i}`]));
  const id = (x: string | null): string | null => (x === null ? null : (pos.get(x) ?? `missing:${x}`));
  return {
    actors: r.actors.map((a) => ({ ...a, id: id(a.id) })),
    documents: r.documents.map((d) => ({ ...d, quotes: d.quotes.map((q) => ({ ...q, speaker: id(q.speaker) })), mentions: d.mentions.map((m) => ({ ...m, actor: id(m.actor) })) })),
    events: r.events.map((e) => ({ ...e, id: '', participants: e.participants.map(id) })),
  };
}

function checkIds(r: CorpusResult): void {
  const ids = r.actors.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'actor ids are unique');
  const events = r.events.map((e) => e.id);
  assert.equal(new Set(events).size, events.length, 'event ids are unique');
  for (const x of [...ids, ...events]) assert.match(x, /^[a-z0-9-]+_[a-z0-9]{4,}$/);
}

type Op = { op: 'upsert'; path: string; text: number } | { op: 'remove'; path: string } | { op: 'rename'; path: string; to: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: fc.constantFrom(...PATHS), text: fc.nat(POOL.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), path: fc.constantFrom(...PATHS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), path: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }) },
);

describe('corpus: incremental updates equal a build from scratch', () => {
  const records: ArticleRecord[] = POOL.map((t) => analyzeToRecord(t, {}, 'pool.txt'));

  it('after any sequence of upserts, removes and renames (queried, settled in part or left in between)', () => {
    const between = fc.constantFrom('none' as const, 'query' as const, 'steps' as const);
    fc.assert(
      fc.property(fc.array(fc.tuple(opArb, between, fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 25 }), fc.nat(), (ops, seed) => {
        const live = new AnalysingCorpus();
        for (const [op, then, steps] of ops) {
          if (op.op === 'upsert') live.upsert(op.path, records[op.text]);
          else if (op.op === 'remove') live.remove(op.path);
          else live.rename(op.path, op.to);
          // answering in between must not leave stale state behind
          if (then === 'query') live.build();
          // nor must a settle cut short at any point (a deadline already past: each call does its least) and overtaken by the next change
          if (then === 'steps') for (let i = 0; i < steps; i++) if (live.actorsStep(-Infinity)) live.eventsStep(-Infinity);
        }
        const scratch = new AnalysingCorpus();
        const paths = live.paths();
        // any order of insertion gives the same corpus
        paths.sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7));
        for (const p of paths) scratch.upsert(p, live.record(p)!);
        const got = live.build().result;
        const want = scratch.build().result;
        checkIds(got);
        assert.deepEqual(canonical(got), canonical(want));
      }),
      { numRuns: 150 },
    );
  });

  it('a popular actor (many articles: its tally is kept and new members folded in) equals a build from scratch', () => {
    // forty paths over the same few people: groups of far more members than a tally needs
    const many = Array.from({ length: 40 }, (_, i) => `n/${String(i).padStart(2, '0')}.txt`);
    const manyOp = fc.oneof(
      { weight: 5, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: fc.constantFrom(...many), text: fc.nat(POOL.length - 1) }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), path: fc.constantFrom(...many) }) },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(manyOp, fc.nat(3)), { minLength: 20, maxLength: 80 }), (ops) => {
        const live = new AnalysingCorpus();
        for (const [op, steps] of ops) {
          if (op.op === 'upsert') live.upsert(op.path, records[op.text]);
          else live.remove(op.path);
          for (let i = 0; i < steps; i++) if (live.actorsStep(-Infinity)) live.eventsStep(-Infinity);
        }
        const scratch = new AnalysingCorpus();
        for (const p of live.paths()) scratch.upsert(p, live.record(p)!);
        assert.deepEqual(canonical(live.build().result), canonical(scratch.build().result));
      }),
      { numRuns: 40 },
    );
  });

  it('a popular actor losing members that were first of it, of a name or of an alias (its tally kept) equals a build from scratch', () => {
    // the same people under other names, titles and aliases, article by article: the earliest article is first of many of them
    const texts = [
      'Mayor Inés Albescu said the tram line would open. Albescu, a former judge, added that fares would stay low.',
      'Ines Albescu said the tram was late. The mayor, Albescu said, would not resign.',
      'Councillor INES ALBESCU told reporters the budget was tight.',
      'Albescu said the tram would open in May. Ines Albescu spoke after Dorin Vlas.',
      'Dorin Vlas and Mayor Ines Albescu met the union. Vlas said the strike would end.',
    ].map((t, i) => analyzeToRecord(t, {}, `t${i}`));
    const paths = Array.from({ length: 14 }, (_, i) => `m/${String(i).padStart(2, '0')}.txt`);
    // changes land mostly on the first paths, whose members come first in every group
    const op = fc.record({ path: fc.constantFrom(...paths.slice(0, 3), ...paths), text: fc.integer({ min: -1, max: texts.length - 1 }) });
    fc.assert(
      fc.property(fc.array(fc.nat(texts.length - 1), { minLength: paths.length, maxLength: paths.length }), fc.array(op, { minLength: 1, maxLength: 12 }), (start, ops) => {
        const live = new AnalysingCorpus();
        paths.forEach((p, i) => live.upsert(p, texts[start[i]]));
        live.actorsStep(Infinity);
        for (const { path, text } of ops) {
          if (text < 0) live.remove(path);
          else live.upsert(path, texts[text]);
          // settled after each change: every large group keeps its tally, and a member leaves it
          live.actorsStep(Infinity);
          const scratch = new AnalysingCorpus();
          for (const p of live.paths()) scratch.upsert(p, live.record(p)!);
          assert.deepEqual(canonical(live.build().result), canonical(scratch.build().result));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('an article saved with an edit elsewhere keeps its unchanged actors, and their mentions and quotes are read at their new offsets', () => {
    const c = new AnalysingCorpus();
    const text = 'Mayor Ines Albescu said the tram would open. “Fares stay low,” Albescu said.';
    c.set('a.txt', text);
    c.set('b.txt', 'Ines Albescu met Dorin Vlas on Monday.');
    const id = c.actors().find((a) => a.name === 'Ines Albescu')!.id;
    // answers cached before the save
    const before = c.mentionsOf(id).filter((m) => m.path === 'a.txt').map((m) => m.item.start);
    const quotes = c.quotesOf(id).map((q) => q.item.start);
    assert.ok(quotes.length > 0);
    c.takeTouched();
    c.set('a.txt', `Breaking news from the council.\n${text}\n“We will rebuild the pier,” said Rafe Ondrik.`);
    assert.ok(c.takeTouched().ids.has(id), 'the unchanged actor is told as touched: its offsets moved');
    assert.equal(c.actors().find((a) => a.name === 'Ines Albescu')!.id, id);
    const shift = 'Breaking news from the council.\n'.length;
    assert.deepEqual(c.mentionsOf(id).filter((m) => m.path === 'a.txt').map((m) => m.item.start), before.map((s) => s + shift));
    assert.deepEqual(c.quotesOf(id).map((q) => q.item.start), quotes.map((s) => s + shift));
    assert.ok(c.actors().some((a) => a.name === 'Rafe Ondrik'));
    const scratch = new AnalysingCorpus();
    for (const p of c.paths()) scratch.upsert(p, c.record(p)!);
    assert.deepEqual(canonical(c.build().result), canonical(scratch.build().result));
  });

  it('a sort run in slices, stopped at every chance, orders as Array.prototype.sort does (stably)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat()), { maxLength: 300 }), (list) => {
        const cmp = (a: [number, number], b: [number, number]): number => a[0] - b[0];
        const sort = new SlicedSort(list, cmp);
        let calls = 0;
        while (!sort.run(-Infinity)) calls++;
        assert.deepEqual(sort.sorted, [...list].sort(cmp));
        if (list.length > 64) assert.ok(calls > 0, 'a long sort stops at its deadline');
        // with no deadline at once (the command line's build), and with none after a first slice
        const whole = new SlicedSort(list, cmp);
        assert.ok(whole.run());
        assert.deepEqual(whole.sorted, sort.sorted);
        const resumed = new SlicedSort(list, cmp);
        resumed.run(-Infinity);
        assert.ok(resumed.run());
        assert.deepEqual(resumed.sorted, sort.sorted);
      }),
    );
  });

  it('a one-member group has the aggregate the general pass makes (names and roles each once, roles by uses)', () => {
    const words = fc.constantFrom('Chair', 'Senator', 'chair', 'Envoy', 'Dr. Vell', 'Vell', 'Ora Vell', 'Minister');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 6 }), fc.array(words, { maxLength: 6 }), fc.nat(9), fc.nat(3), (aliases, roles, mentions, quotes) => {
        const actor = (over: Partial<RecordActor>): RecordActor => ({ key: 'person:ora vell', name: 'Ora Vell', kind: 'person', aliases: [], roles: [], orgHints: [], nameTokens: ['Ora', 'Vell'], anonymous: false, mentions: 0, quotes: 0, ...over });
        const member = (path: string, a: RecordActor): Contribution => ({ path, index: 0, actor: a, deferred: false, group: null, listens: [] });
        const rank = (c: Contribution): number => (c.path === 'a.txt' ? 0 : 1);
        const m = member('a.txt', actor({ aliases, roles, mentions, quotes }));
        const lone = new Group('person:ora vell', 'person');
        lone.add(m);
        // the same member and a later one that adds nothing: the general pass, the same aggregate
        const pair = new Group('person:ora vell', 'person');
        pair.add(m);
        pair.add(member('b.txt', actor({})));
        const { tally: _, ...got } = aggregateOf(lone, rank);
        const { tally: __, ...want } = aggregateOf(pair, rank);
        assert.deepEqual(got, want);
      }),
    );
  });

  it('an ASCII name and the same name with a combining accent give one id slug', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => assert.equal(slug(s), slug(s + '\u0301'))));
    // names of words and gaps, some past the 60 characters a slug keeps (an ASCII name is slugged by a path of its own)
    const unit = fc.constantFrom('a', 'Z', 'q', '0', '9', ' ', "'", '-', '.', '_', '`', '@', '[', '{');
    fc.assert(fc.property(fc.string({ unit, maxLength: 90 }), (s) => assert.equal(slug(s), slug(s + '\u0301'))), { numRuns: 3000 });
    assert.equal(slug("Beto O'Rourke"), 'beto-orourke');
    assert.equal(slug(' -- '), 'x');
  });

  it('names are ordered as the collator orders them, whether a letter after a common beginning decides or not', () => {
    const collator = new Intl.Collator();
    const unit = fc.constantFrom('a', 'A', 'b', 'B', 'm', 'z', 'Z', 'é', 'É', '1', ' ', '.', "'", '’', '-', '_', '[', '`', '@', '{', '\u0301', 'ß', 'ﬁ', '\t', '\u0000');
    const name = fc.string({ unit, maxLength: 6 });
    // two names with a beginning in common, its case changed in one of them
    const pair = fc.tuple(name, name, name, fc.boolean()).map(([p, a, b, upper]) => [p + a, (upper ? p.toUpperCase() : p) + b]);
    fc.assert(fc.property(pair, ([a, b]) => assert.equal(Math.sign(compareNames(a, b)), Math.sign(collator.compare(a, b)))), { numRuns: 5000 });
  });

  it('an id is the slug and the shortest prefix of the key’s 12-character hash no other key holds, then a counter', () => {
    // the hash as ids.ts documents it: 6 base-36 digits (lowest first) of each of two FNV-1a hashes
    const digits = (h: number): string => Array.from({ length: 6 }, (_, i) => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(h / 36 ** i) % 36]).join('');
    const hashOf = (key: string): string => digits(fnv1a(key)) + digits(fnv1a(key, (FNV_OFFSET ^ 0x9e3779b9) >>> 0));
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 4, max: 13 }), (key, taken) => {
        const pool = new IdPool();
        const hash = hashOf(key);
        // ids a hash collision left to other keys: every prefix shorter than `taken`
        for (let n = 4; n < taken; n++) pool.claim(`ada-lind_${hash.slice(0, n)}`, `other:${n}`);
        const want = taken <= 12 ? `ada-lind_${hash.slice(0, taken)}` : `ada-lind_${hash}_2`;
        assert.equal(pool.take('Ada Lind', key), want);
        // the same key asks again: its id, not a new one (a counted id is handed out once)
        if (taken <= 12) assert.equal(pool.take('Ada Lind', key), want);
      }),
    );
  });

  it('a lone surname moves when a second person with it arrives, and back when they go', () => {
    const c = new AnalysingCorpus();
    c.upsert('a.txt', records[0]);
    c.upsert('b.txt', records[1]);
    const ilsa = () => c.actors().find((a) => a.name === 'Ilsa Marrow')!;
    assert.equal(ilsa().mentionCount, c.actors().filter((a) => a.name.includes('Marrow')).reduce((n, a) => n + a.mentionCount, 0));
    const before = ilsa().id;
    c.upsert('c.txt', records[2]);
    assert.ok(c.actors().some((a) => a.name === 'Marrow'), 'with two Marrows the lone surname stands alone');
    c.remove('c.txt');
    assert.ok(!c.actors().some((a) => a.name === 'Marrow'));
    assert.equal(ilsa().id, before, 'the id survived the change');
  });

  it('an actor keeps its id when other articles change', () => {
    const c = new AnalysingCorpus();
    c.upsert('a.txt', records[3]);
    c.upsert('b.txt', records[9]);
    const ids = new Map(c.actors().map((a) => [a.name, a.id]));
    c.upsert('c.txt', records[6]);
    c.upsert('b.txt', records[10]);
    c.remove('c.txt');
    for (const a of c.actors()) if (ids.has(a.name)) assert.equal(a.id, ids.get(a.name));
  });

  it('the expansion of an acronym counts and is mentioned as the acronym', () => {
    const c = new AnalysingCorpus();
    c.upsert('a.txt', records[5]);
    c.upsert('b.txt', records[6]);
    const cra = c.actors().filter((a) => a.kind === 'organization');
    assert.equal(cra.length, 1, cra.map((a) => a.name).join('; '));
    const mentions = c.mentionsOf(cra[0].id);
    assert.ok(mentions.some((m) => m.path === 'a.txt' && m.item.text === 'Coastal Rescue Agency'));
    assert.equal(mentions.length, cra[0].mentionCount);
  });
});

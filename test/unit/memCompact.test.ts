/**
 * The registry's compact pieces (lists for few values per key, ids found through their holders,
 * members as plain lists, shared empty lists in final actors) and the worker pool's idle end: each
 * must answer exactly as the structure it replaced; an idle worker is kept only while edits wait.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Group, KeyedSets, type Contribution } from '../../src/corpus/group';
import { IdPool } from '../../src/corpus/ids';
import { Registry } from '../../src/corpus/registry';
import { PathOrder } from '../../src/corpus/pathOrder';
import { WorkerPool } from '../../src/workers/pool';
import { compactRecord, withoutQuoteTexts, type RecordActor } from '../../src/corpus/record';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';

const TOY_WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (job) => parentPort.postMessage({ ok: true, value: job.n * 2 }));
parentPort.postMessage({ ready: true });
`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('memory: compact registry pieces', () => {
  it('KeyedSets answers as a Set per key would, through lists and back (order of arrival, each value once)', () => {
    const values = Array.from({ length: 40 }, (_, i) => ({ i }));
    const op = fc.record({ add: fc.boolean(), key: fc.constantFrom('t:vell', 'h:harbour board', 'i:ora vell'), v: fc.nat(39) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const ks = new KeyedSets<{ i: number }>();
        const model = new Map<string, Set<{ i: number }>>();
        for (const { add, key, v } of ops) {
          const set = model.get(key) ?? new Set();
          model.set(key, set);
          if (add) (ks.add(key, values[v]), set.add(values[v]));
          else (ks.delete(key, values[v]), set.delete(values[v]));
        }
        for (const [key, set] of model) {
          const got: Array<{ i: number }> = [];
          ks.each(key, (x) => got.push(x));
          assert.deepEqual(got, [...set]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('IdPool with holders: an id is found through its holder, kept for the same key, released with it', () => {
    const pool = new IdPool<{ key: string }>((o) => o.key);
    const a = { key: 'person:ora vell' };
    const id = pool.take('Ora Vell', a, 'actor');
    assert.match(id, /^ora-vell_[0-9a-z]{4}$/);
    assert.equal(pool.ownerOf(id), a);
    // another holder of the same key (a group made again after its key's last one went) takes the same id
    const again = { key: 'person:ora vell' };
    assert.equal(pool.take('Ora Vell', again, 'actor'), id);
    assert.equal(pool.ownerOf(id), again);
    pool.release(id);
    assert.equal(pool.ownerOf(id), undefined);
    // the plain pool (keys as holders) gives the same ids for the same keys
    assert.equal(new IdPool().take('Ora Vell', 'person:ora vell', 'actor'), id);
  });

  it('a group files and withdraws members per rule as plain lists, never touching the shared empty one', () => {
    const actor: RecordActor = { key: 'person:ora vell', name: 'Ora Vell', kind: 'person', aliases: [], roles: [], orgHints: [], nameTokens: ['ora', 'vell'], anonymous: false, mentions: 1, quotes: 0 };
    const member = (path: string, deferred: boolean): Contribution => ({ path, index: 0, actor, deferred, group: null, listens: [] });
    const g = new Group('person:ora vell', 'person');
    const other = new Group('person:ada vell', 'person');
    const [m1, m2, d1] = [member('a.txt', false), member('b.txt', false), member('c.txt', true)];
    g.add(m1);
    g.add(d1);
    g.add(m2);
    assert.deepEqual([g.main, g.deferred], [[m1, m2], [d1]]);
    assert.equal(g.size, 3);
    assert.deepEqual([other.main, other.deferred], [[], []], 'a new group shares no member with another');
    g.remove(m1);
    g.remove(d1);
    g.remove(d1);
    assert.deepEqual([g.main, g.deferred], [[m2], []]);
    assert.equal(g.size, 1);
  });

  it('final actors without aliases or roles share one empty list, and a registry still answers by id', () => {
    const person = (name: string, roles: string[]): RecordActor => ({ key: `person:${name.toLowerCase()}`, name, kind: 'person', aliases: [], roles, orgHints: [], nameTokens: name.toLowerCase().split(' '), anonymous: false, mentions: 2, quotes: 1 });
    const order = new PathOrder();
    order.add('a.txt');
    order.add('b.txt');
    const reg = new Registry(order);
    reg.add('a.txt', [person('Ora Vell', []), person('Tamsin Achebe', ['harbourmaster'])]);
    reg.add('b.txt', [person('Ida Brandt', [])]);
    const actors = reg.actors();
    assert.equal(actors.length, 3);
    const bare = actors.filter((a) => a.name !== 'Tamsin Achebe');
    assert.equal(bare[0].aliases, bare[1].aliases);
    assert.equal(bare[0].roles, bare[1].roles);
    assert.deepEqual(bare[0].roles, []);
    assert.deepEqual(actors.find((a) => a.name === 'Tamsin Achebe')!.roles, ['harbourmaster']);
    for (const a of actors) assert.equal(reg.actor(a.id), a);
    assert.equal(reg.actor('no-such_id'), undefined);
  });

  it('records from a worker share equal lists of their actors and their blank piece texts, their values unchanged', () => {
    const text = 'Ferries Delayed\n\n“The crossing is closed,” harbourmaster Ora Vell said, “until the wind drops.” Captain Ida Brandt agreed.';
    // as a worker's record reaches the host: texts left out, then a structured clone (objects of its own)
    const made = analyzeToRecord(text, {}, 'a.txt');
    // a quote interrupted by its cue, as the extractor gives one (pieces and their texts)
    made.quotes.push({ kind: 'direct', text: 'The crossing is closed until the wind drops.', spans: [17, 80, -1, -1, -1, -1], speaker: -1, speakerText: null, cueText: null, pieces: [17, 43, 62, 80], pieceTexts: ['The crossing is closed', 'until the wind drops.'] });
    withoutQuoteTexts(made);
    const a = structuredClone(made);
    const b = structuredClone({ ...made, path: 'b.txt' });
    assert.notEqual(a.actors[0].nameTokens, b.actors[0].nameTokens);
    const before = JSON.parse(JSON.stringify([a, b]));
    compactRecord(a);
    compactRecord(b);
    assert.deepEqual(JSON.parse(JSON.stringify([a, b])), before);
    a.actors.forEach((x, i) => {
      for (const k of ['aliases', 'roles', 'orgHints', 'nameTokens'] as const) assert.equal(x[k], b.actors[i][k], `${x.name} ${k}`);
    });
    const pieced = a.quotes.findIndex((q) => q.pieceTexts);
    assert.equal(a.quotes[pieced].pieceTexts, b.quotes[pieced].pieceTexts);
    assert.deepEqual(a.quotes[pieced].pieceTexts, ['', '']);
  });

  it('records from a worker share their actors alike (one object), never one twice in a record, and not those with a field only some have', () => {
    const text = 'Harbourmaster Ora Vell said the ferries were late. Mr. Ivo Brandt said the crews were short. Oslo said it would pay.';
    const made = analyzeToRecord(text, {}, 'a.txt');
    const own = (x: RecordActor): boolean => x.capitalOf !== undefined || x.pendingRole !== undefined || x.gender !== undefined;
    assert.ok(made.actors.some(own) && made.actors.some((x) => !own(x)), 'actors of both kinds');
    const plain = made.actors.findIndex((x) => !own(x));
    // b names one actor twice (as two actors alike)
    const a = compactRecord(structuredClone(made));
    const b = compactRecord(structuredClone({ ...made, path: 'b.txt', actors: [...made.actors, made.actors[plain]] }));
    made.actors.forEach((x, i) => assert.equal(a.actors[i] === b.actors[i], !own(x), x.name));
    const last = b.actors.length - 1;
    assert.notEqual(b.actors[last], b.actors[plain]);
    assert.deepEqual(b.actors[last], b.actors[plain]);
    assert.deepEqual(JSON.parse(JSON.stringify(a.actors)), JSON.parse(JSON.stringify(made.actors)));
  });
});

describe('memory: the worker pool gives an idle worker back', () => {
  it('an idle worker ends after idleMs; warm() while it lives starts its idle time again', async () => {
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 1, timeoutMs: () => 5000, idleMs: 600 });
    try {
      assert.deepEqual(await pool.run({ n: 2 }), { ok: true, value: 4 });
      await sleep(400);
      // an edit: the worker stays, and no job is added for it
      pool.warm({ n: 0 });
      assert.equal(pool.pending, 0);
      await sleep(400);
      assert.equal(pool.workers, 1, 'warm() kept the worker past its first idle time');
      await sleep(700);
      assert.equal(pool.workers, 0, 'idle long enough: ended');
      assert.deepEqual(await pool.run({ n: 3 }), { ok: true, value: 6 });
    } finally {
      await pool.dispose();
    }
  });

  it('keepAlive keeps an idle worker while it says true (unsaved edits), and the worker ends once it says false', async () => {
    let unsaved = true;
    const pool = new WorkerPool<{ n: number }, number>({ script: TOY_WORKER, eval: true, size: 1, timeoutMs: () => 5000, idleMs: 300, keepAlive: () => unsaved });
    try {
      assert.deepEqual(await pool.run({ n: 5 }), { ok: true, value: 10 });
      await sleep(800);
      assert.equal(pool.workers, 1, 'kept through two idle times while edits are unsaved');
      unsaved = false;
      await sleep(700);
      assert.equal(pool.workers, 0, 'saved: ended at the next idle time');
    } finally {
      await pool.dispose();
    }
  });
});

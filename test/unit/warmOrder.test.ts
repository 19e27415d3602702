import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Corpus } from '../../src/corpus/corpus';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { PathOrder } from '../../src/corpus/pathOrder';
import { RECORD_VERSION } from '../../src/corpus/record';
import { readSnapshot, restoreStep, snapshotLines } from '../../src/corpus/snapshot';

/** Path order as a from-scratch build sorts: localeCompare, code units breaking ties. */
const fromScratch = (paths: Iterable<string>): string[] => [...paths].sort((a, b) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0));

/** Paths that the collator and code units order differently: case, accents, digits. */
const pathArb = fc
  .tuple(fc.constantFrom('file:///archive/', 'file:///Archive/'), fc.constantFrom('copy-01/', 'copy-10/', 'Copy-2/', ''), fc.stringMatching(/^[a-zA-Zéü0-9 _.-]{1,6}$/))
  .map(([a, b, c]) => `${a}${b}${c}.txt`);

describe('a warm start: paths restored in path order need no sort', () => {
  it('PathOrder: paths added in path order (some removed, some added again) end in the from-scratch order in one step', () => {
    fc.assert(
      fc.property(fc.uniqueArray(pathArb, { minLength: 65, maxLength: 200, size: 'max' }), fc.array(fc.nat(), { maxLength: 20 }), fc.boolean(), (paths, removals, again) => {
        const order = new PathOrder();
        const sorted = fromScratch(paths);
        for (const p of sorted) order.add(p);
        const live = new Set(sorted);
        for (const r of removals) {
          const p = sorted[r % sorted.length];
          if (live.delete(p)) order.remove(p);
        }
        // a path added again goes last among the adds: out of order unless it is the greatest
        const back = sorted[(removals[0] ?? 0) % sorted.length];
        if (again && !live.has(back)) (order.add(back), live.add(back));
        // a deadline already past: an order needing no sort is done in one call
        const once = order.step(-Infinity);
        while (!order.step(-Infinity));
        const want = fromScratch(live);
        assert.deepEqual(order.sorted(), want);
        want.forEach((p, i) => assert.equal(order.rank(p), i));
        // in order (up to 256 paths are merged in one call): no sort
        if (!again) assert.ok(once, 'added in order: done in one step');
      }),
      { numRuns: 60 },
    );
  });

  it('PathOrder: paths added out of order are sorted as before', () => {
    const order = new PathOrder();
    const paths = Array.from({ length: 300 }, (_, i) => `file:///news/${(i * 7919) % 300}-Ärticle ${i % 3 ? 'b' : 'B'}.txt`);
    for (const p of paths) order.add(p);
    assert.equal(order.step(-Infinity), false, 'a sort takes many steps');
    while (!order.step(-Infinity));
    assert.deepEqual(order.sorted(), fromScratch(paths));
  });

  it('a snapshot lists its articles in path order, and its restore then orders them without a sort', () => {
    const texts = ['Senator Halvard Quist said the canal bill would pass.', 'Mayor Odile Quist said the ferry fares would fall.', 'Wilma Tarrant met Halvard Quist in Kelso on Friday.'];
    const paths = Array.from({ length: 80 }, (_, i) => `file:///a/${['Zeta', 'alpha', 'Émile', 'beta'][i % 4]}-${(i * 37) % 80}.txt`);
    const from = new Corpus();
    for (const [i, p] of paths.entries()) from.upsert(p, analyzeToRecord(texts[i % texts.length], {}, p));
    while (!from.actorsStep(Infinity) || !from.eventsStep(Infinity));
    const lines = [...snapshotLines(from, RECORD_VERSION, () => ({ size: 1, mtimeMs: 2 }))].filter((l): l is string => l !== null);
    const gen = readSnapshot(lines, RECORD_VERSION, (key) => from.record(key));
    let r;
    while (!(r = gen.next()).done);
    assert.deepEqual(
      r.value.articles.map((a) => a.key),
      fromScratch(paths),
    );
    const to = new Corpus();
    const step = restoreStep(to, r.value, (key) => from.record(key)!);
    while (!step(Infinity));
    // the path order complete in one step with a deadline already past: nothing left to sort
    assert.ok(to.actorsStep(-Infinity) || to.actorsStep(-Infinity) || to.actorsStep(-Infinity));
    assert.deepEqual(to.sortedPaths(), from.sortedPaths());
    assert.equal(JSON.stringify(to.build().result), JSON.stringify(from.build().result));
  });
});

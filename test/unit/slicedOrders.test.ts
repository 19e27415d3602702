import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Corpus } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { PathOrder } from '../../src/corpus/pathOrder';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';

/** Path order as a from-scratch build sorts: localeCompare, code units breaking ties. */
const fromScratch = (paths: Iterable<string>): string[] => [...paths].sort((a, b) => a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0));

/** Paths that the collator and code units order differently: case, accents, digits, punctuation. */
const pathArb = fc
  .tuple(fc.constantFrom('file:///archive/', 'file:///Archive/', 'untitled:'), fc.constantFrom('copy-01/', 'copy-10/', 'Copy-2/', ''), fc.stringMatching(/^[a-zA-Zéü0-9 _.-]{1,6}$/))
  .map(([a, b, c]) => `${a}${b}${c}.txt`);

describe('orders made in slices (paths, event labels) equal those made at once', () => {
  it('PathOrder: step() with a deadline already past, interleaved with paths coming and going and with questions, ends in the from-scratch order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.uniqueArray(pathArb, { maxLength: 150, size: 'max' }), fc.array(fc.nat(), { maxLength: 20 }), fc.nat(40), fc.boolean()), { minLength: 1, maxLength: 5 }),
        (rounds) => {
          const order = new PathOrder();
          const live = new Set<string>();
          for (const [added, removals, steps, ask] of rounds) {
            for (const p of added) if (!live.has(p)) (order.add(p), live.add(p));
            const present = [...live];
            for (const r of removals) {
              const p = present[r % present.length];
              if (live.delete(p)) order.remove(p);
            }
            // each call does its least: a sort of more than 64 new paths takes many calls
            for (let i = 0; i < steps; i++) order.step(-Infinity);
            // a question meanwhile finishes the order at once
            if (ask && present.length) assert.equal(order.sorted()[order.rank(present[0])] === present[0], live.has(present[0]));
          }
          while (!order.step(-Infinity));
          const want = fromScratch(live);
          assert.deepEqual(order.sorted(), want);
          want.forEach((p, i) => assert.equal(order.rank(p), i));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('PathOrder: 300 new paths are sorted over many steps, not in one', () => {
    const order = new PathOrder();
    const paths = Array.from({ length: 300 }, (_, i) => `file:///news/${(i * 7919) % 300}-Ärticle ${i % 3 ? 'b' : 'B'}.txt`);
    for (const p of paths) order.add(p);
    let calls = 1;
    while (!order.step(-Infinity)) calls++;
    assert.ok(calls > 10, `${calls} calls`);
    const epoch = order.epoch;
    assert.deepEqual(order.sorted(), fromScratch(paths));
    assert.equal(order.epoch, epoch, 'the order was complete: asking does not renumber it');
  });

  it('the Events tree order: labels ranked in the events step equal those ranked when asked', () => {
    // a label per article (more than the 64 a change puts in place one by one), places whose
    // collator order differs from code-unit order (case, an accent)
    const places = Array.from({ length: 90 }, (_, i) => `${['Ostr', 'Östr', 'Vell', 'Ambr', 'Ämb'][i % 5]}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}ia`);
    const records = places.map((place, i) =>
      analyzeToRecord(`date 2024-0${1 + (i % 3)}-1${i % 9}\nOfficials said the summit in ${place} on Tuesday agreed new rules.`, {}, `s${i}.txt`),
    );
    assert.ok(records.filter((r) => r.events.length).length >= 80, 'the articles report events');
    const sliced = new AnalysingCorpus();
    const atOnce = new AnalysingCorpus();
    records.forEach((r, i) => (sliced.upsert(`s${i}.txt`, r), atOnce.upsert(`s${i}.txt`, r)));
    let calls = 1;
    while (!sliced.actorsStep(-Infinity) || !sliced.eventsStep(-Infinity)) calls++;
    assert.ok(calls > 10, `${calls} calls`);
    const label = (c: Corpus): string[] => c.eventsByDate().map((e) => `${e.date} ${e.label}`);
    assert.deepEqual(label(sliced), label(atOnce));
    // and again after a change that brings one new label (put in place, not sorted again)
    const extra = analyzeToRecord('date 2024-02-11\nOfficials said the summit in Aaland on Tuesday agreed new rules.', {}, 'x.txt');
    sliced.upsert('x.txt', extra);
    atOnce.upsert('x.txt', extra);
    while (!sliced.actorsStep(-Infinity) || !sliced.eventsStep(-Infinity));
    assert.deepEqual(label(sliced), label(atOnce));
  });

  it('the Events tree order: labels past a few hundred ranked in several steps of the events equal those ranked when asked', () => {
    // 400 labels (the ranks are installed 256 at a time at most), in pairs that case or an accent tells apart
    const places = Array.from({ length: 400 }, (_, i) => `${['Kalm', 'kalm', 'Pérr', 'Perr'][i % 4]}${String.fromCharCode(97 + (Math.floor(i / 4) % 26))}${String.fromCharCode(97 + (Math.floor(i / 104) % 26))}ora`);
    const records = places.map((place, i) => analyzeToRecord(`date 2023-1${i % 3}-0${1 + (i % 9)}\nDelegates said the summit in ${place} on Monday agreed a treaty.`, {}, `k${i}.txt`));
    const sliced = new AnalysingCorpus();
    const atOnce = new AnalysingCorpus();
    records.forEach((r, i) => (sliced.upsert(`k${i}.txt`, r), atOnce.upsert(`k${i}.txt`, r)));
    let eventCalls = 0;
    while (!sliced.actorsStep(-Infinity));
    while (!sliced.eventsStep(-Infinity)) eventCalls++;
    assert.ok(eventCalls > 20, `${eventCalls} calls`);
    const label = (c: Corpus): string[] => c.eventsByDate().map((e) => `${e.date} ${e.label}`);
    assert.ok(new Set(label(atOnce)).size > 256, 'hundreds of labels');
    assert.deepEqual(label(sliced), label(atOnce));
  });
});

import { strict as assert } from 'node:assert';
import { TermIndex } from '../../src/corpus/searchIndex';

describe('memory: search postings across their growths', () => {
  it('a term in thousands of articles keeps every posting in serial order', () => {
    const index = new TermIndex();
    for (let serial = 1; serial <= 5000; serial++) index.add(serial, serial % 3 ? ['common', `rare${serial}`] : ['common'], [1 + (serial % 7), 1], 10);
    const m = index.match('common', false, 0);
    assert.equal(m.serials.length, 5000);
    assert.ok(m.serials.every((s, i) => s === i + 1), 'serials rising, none lost or repeated across growths');
    assert.ok(index.holds('common', 4999) && index.holds('rare4999', 4999) && !index.holds('rare4999', 4998));
    // weights kept: an article where the term counts 7 times scores above one where it counts once (same length)
    const score = (s: number): number => m.scores[s - 1];
    assert.ok(score(6) > score(7), 'weight 7 (serial 6) above weight 1 (serial 7)');
  });
});

describe('memory: postings filed through the log', () => {
  /** Each term's serials as lines() writes them (serial numbers kept), for comparing two indexes. */
  const dump = (index: TermIndex): string[] => [...index.lines((s) => s)].map((l) => JSON.stringify(l)).sort();

  it('reads between adds see every posting so far, in serial order, as one add and read at a time does', () => {
    const logged = new TermIndex();
    const stepped = new TermIndex();
    for (let serial = 1; serial <= 3000; serial++) {
      const terms = ['common', `t${serial % 17}`, `u${serial % 301}`];
      const weights = [1 + (serial % 5), 2, 300];
      logged.add(serial, terms, weights, 12);
      stepped.add(serial, terms, weights, 12);
      // one index read after every add (a log of one article), the other now and then (a log of hundreds)
      assert.ok(stepped.holds('common', serial));
      if (serial % 997 === 0) assert.equal(logged.match('t3', false, 0).serials.length, Math.floor(serial / 17) + (serial % 17 >= 3 ? 1 : 0));
    }
    assert.deepEqual(dump(logged), dump(stepped));
    const m = logged.match('u7', false, 0);
    assert.deepEqual(m.serials, Array.from({ length: 10 }, (_, k) => 7 + 301 * k).filter((s) => s <= 3000));
    assert.ok(logged.holds('t16', 16) && !logged.holds('t16', 17), 'the log numbers its terms apart');
    // the weight is capped at MAX_WEIGHT on the way through the log
    assert.equal(logged.match('u7', false, 0).scores[0], stepped.match('u7', false, 0).scores[0]);
  });

  it('articles removed while postings wait in the log are vacuumed out, and later adds still file', () => {
    const index = new TermIndex();
    for (let serial = 1; serial <= 12_000; serial++) index.add(serial, ['w', `x${serial % 50}`], [1, 1], 2);
    for (let serial = 1; serial <= 11_000; serial++) index.removed(serial, 2);
    for (let serial = 12_001; serial <= 12_100; serial++) index.add(serial, ['w', 'late'], [1, 1], 2);
    const w = index.match('w', false, 0).serials;
    assert.equal(w.length, 1100);
    assert.equal(w[0], 11_001);
    assert.deepEqual(index.match('late', false, 0).serials, Array.from({ length: 100 }, (_, k) => 12_001 + k));
  });
});

describe('memory: postings moved from the log in slices', () => {
  it('fileStep works a slice at a time until none wait, adds between slices included, and reads find the same as filing at once', () => {
    const sliced = new TermIndex();
    const atOnce = new TermIndex();
    const add = (serial: number): void => {
      const terms = ['a', `b${serial % 13}`, `c${serial}`];
      sliced.add(serial, terms, [1, 2, 3], 5);
      atOnce.add(serial, terms, [1, 2, 3], 5);
    };
    for (let serial = 1; serial <= 40_000; serial++) add(serial);
    let slices = 0;
    // a deadline already past: each call does one batch of the log, no more
    while (!sliced.fileStep(0)) {
      if (++slices === 3) for (let serial = 40_001; serial <= 40_010; serial++) add(serial);
    }
    assert.ok(slices > 3, `worked in slices (${slices})`);
    assert.equal(sliced.fileStep(0), true, 'none wait');
    for (const word of ['a', 'b7', 'c40005']) assert.deepEqual(sliced.match(word, false, 0), atOnce.match(word, false, 0), word);
  });
});

import { strict as assert } from 'node:assert';
import { aboutOf } from '../../src/corpus/about';
import type { Mention } from '../../src/extractor/types';

/** `n` mentions of `distinct` actors in turn, one word each, from offset 0; the ids are "a0", "a1", …. */
function mentions(n: number, distinct: number): Mention[] {
  return Array.from({ length: n }, (_, i) => ({ actor: `a${i % distinct}`, start: 10 * i, end: 10 * i + 5, text: 'Name' }));
}

/** Milliseconds for aboutOf over all of `ms`, the best of three. */
function best(ms: Mention[]): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    aboutOf([{ start: 0, end: 10 * ms.length }], ms, null);
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

describe('about: the actors a quote names', () => {
  it('each actor once, in text order, the speaker left out, however many the quote names', () => {
    for (const n of [5, 40]) {
      const ms = mentions(2 * n, n);
      const about = aboutOf([{ start: 0, end: 10 * ms.length }], ms, 'a1');
      assert.deepEqual(about, Array.from({ length: n }, (_, i) => `a${i}`).filter((id) => id !== 'a1'));
    }
  });

  it('a mention that runs past a piece is not inside it', () => {
    const ms = mentions(4, 4);
    assert.deepEqual(aboutOf([{ start: 0, end: 13 }, { start: 20, end: 40 }], ms, null), ['a0', 'a2', 'a3']);
  });

  it('stays linear in the actors one quote names ("A said that B said that …": thousands of people)', () => {
    // (each new id was looked for in the list so far: 50,000 people in a quote took 2.8 s)
    best(mentions(20_000, 20_000));
    const small = best(mentions(20_000, 20_000));
    const big = best(mentions(40_000, 40_000));
    assert.ok(big < 3 * small + 20, `time grows faster than the quote: ${small.toFixed(1)} ms -> ${big.toFixed(1)} ms`);
  });
});

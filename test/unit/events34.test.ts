import { strict as assert } from 'node:assert';
import { anotherAct } from '../../src/extractor/dates';

/** Milliseconds for `f` on its input, the best of three runs. */
function best(f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

describe('events34: events and their dates on unseen news', () => {
  it('"after/before" another act: the same answers, linear on a long comma-free run of "after the …"', () => {
    assert.equal(anotherAct(' at Snaresbrook after pleading guilty in '), true);
    assert.equal(anotherAct(' this year, after a walkout that ended in '), true);
    assert.equal(anotherAct(' before lawmakers voted '), true);
    assert.equal(anotherAct(' before the committee on '), false);
    assert.equal(anotherAct(' after the summit; it was agreed '), false);
    const run = (n: number): string => ' after the'.repeat(n) + ' on ';
    const small = run(20000);
    const large = run(40000);
    const t1 = best(() => anotherAct(small));
    const t2 = best(() => anotherAct(large));
    assert.ok(t2 < t1 * 3 + 5, `doubling the input took ${t1.toFixed(1)} ms -> ${t2.toFixed(1)} ms`);
  });
});

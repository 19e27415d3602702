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

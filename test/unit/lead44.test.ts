/**
 * Kinds of wrong source the lead fixed in session 44, each written in sentences of its own, with a
 * near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

const speakers = (text: string): string[] => analyze(text).quotes.map((q) => q.speaker?.name ?? 'null');

describe('lead44: a name that modifies a people noun is no antecedent of "he"', () => {
  it('"Mayor Tom Reyes, a staunch Kevin Walsh ally, acknowledged … even as he defended …, saying …" is Reyes\'s', () => {
    const text = 'Budget fight\n\nMayor Tom Reyes, a staunch Kevin Walsh ally, acknowledged some errors even as he defended the plan, saying, “Most of it is sound.”';
    assert.deepEqual([...new Set(speakers(text))], ['Tom Reyes']);
  });
  it('near miss: a name in apposition to the people noun ("a staunch ally, Kevin Walsh, …") is whom "he" means', () => {
    const text = 'Budget fight\n\nMayor Tom Reyes spoke first. A staunch ally, Kevin Walsh, then acknowledged some errors even as he defended the plan, saying, “Most of it is sound.”';
    assert.deepEqual([...new Set(speakers(text))], ['Kevin Walsh']);
  });
});

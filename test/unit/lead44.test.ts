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

describe('lead44: a field of government is no one\'s name', () => {
  const actorsOf = (text: string): string[] => analyze(text).actors.map((a) => `${a.name}:${a.kind}`);
  it('"Minister of Jobs and Economic Growth Brenda Bailey": the office\'s fields of several words, then the holder', () => {
    const a = analyze('Jobs figures\n\nMinister of Jobs and Economic Growth Brenda Bailey said jobs grew.');
    assert.equal(a.quotes[0]?.speaker?.name, 'Brenda Bailey');
  });
  it('"The Minister of Jobs and Economic Growth said": no person "Economic Growth" speaks', () => {
    const a = analyze('Jobs figures\n\nThe Minister of Jobs and Economic Growth said jobs grew.');
    assert.ok(!actorsOf('Jobs figures\n\nThe Minister of Jobs and Economic Growth said jobs grew.').some((x) => x.startsWith('Economic Growth')));
    assert.notEqual(a.quotes[0]?.speaker?.kind, 'person');
  });
  it('near miss: a person whose given name opens the words keeps them ("Grace Labour said")', () => {
    assert.deepEqual(speakers('Pay\n\nUnion steward Grace Labour said pay was late.'), ['Grace Labour']);
  });
  it('"85th Avenue North" is a street, no person "Avenue North"', () => {
    assert.ok(actorsOf('Crash\n\nThe crash happened on 85th Avenue North, police said.').includes('Avenue North:place'));
  });
});

import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

describe('neg: cues missed before', () => {
  it('"NAME, MP for PLACE, wrote/said": a member\'s seat in apposition', () => {
    const texts = [
      'Owen Tregarthen, MP for Truro and Falmouth, wrote in his letter to the chief whip that the bill "betrays rural voters".',
      'Owen Tregarthen, MP for Truro, said the bill would fail.',
      'Moira Gillespie, MSP for Dundee East, told the chamber that the ferries were late again.',
    ];
    for (const text of texts) {
      const [q] = quotesOf(text);
      assert.ok(q, text);
      assert.ok(q.who === 'Owen Tregarthen' || q.who === 'Moira Gillespie', text);
    }
  });

  it('", but VERB …": a second cue of the same subject is a quote of its own, whatever the first clause did', () => {
    const a = quotesOf('Health Minister Lena Vogt did not comment directly, but told Radio Nord that clinics needed to "stop the excuses".');
    assert.deepEqual(a.map((q) => [q.who, q.cue?.text, q.text]), [['Lena Vogt', 'told', 'clinics needed to "stop the excuses"']]);
    const b = quotesOf('Harbour chief Tomas Lind praised the crews, but warned that the budget would not stretch to new tugs.');
    const warned = b.find((q) => q.cue?.text === 'warned');
    assert.equal(warned?.who, 'Tomas Lind');
    assert.equal(warned?.text, 'the budget would not stretch to new tugs');
    assert.ok(!b.some((q) => q.cue?.text === 'praised' && /warned/.test(q.text)));
  });
});

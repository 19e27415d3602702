import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

const game = (sentence: string): string => `Leafs beat Panthers\n\nTORONTO — ${sentence}`;

describe('a cue whose object a clause of its own follows reports no speech (fresh32)', () => {
  for (const sentence of [
    'Mitch Marner scored twice and added an assist as the Toronto Maple Leafs beat the Florida Panthers 4-2 on Tuesday.',
    'Auston Matthews added a third goal as the Leafs pulled away in the third period.',
    'Morgan Rielly added an empty-net goal before the Panthers pulled their goalie again.',
    'The victories continue her momentum after wins in Nevada and South Carolina.',
  ]) {
    it(`"${sentence.slice(0, 50)}…" gives no quote`, () => {
      assert.deepEqual(quotesOf(game(sentence)).map((q) => q.text), []);
    });
  }

  it('near miss: a clause after the cue, "as" within it, is still what was said', () => {
    const [q] = quotesOf(game('Coach Craig Berube added the team played better as the game went on.'));
    assert.equal(q?.who, 'Craig Berube');
    assert.match(q.text, /team played better/);
  });
});

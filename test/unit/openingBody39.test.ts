import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39: "Stellantis will cut 1,000 jobs at its Windsor plant, the company said": a one-word
 * body no list knows, opening the sentence whose words "the company" closes, with its own "its"
 * after it, is the speaker (was an actor named "company"); a common noun opening the sentence is not.
 */
const speakers = (text: string) => analyze(text).quotes.map((q) => `${q.speaker?.name ?? '?'} (${q.speaker?.kind ?? '-'}): ${q.text}`);

describe('a one-word body opening the words "the company" closes', () => {
  it('is an organisation and the speaker', () => {
    assert.deepEqual(speakers('Automaker cuts jobs\n\nWINDSOR, Ont. — Vexanto will cut 1,000 jobs at its Windsor plant, the company said Tuesday.\n'), [
      'Vexanto (organization): Vexanto will cut 1,000 jobs at its Windsor plant',
    ]);
  });

  it('a common noun, a plural or a word the article writes in lower case is not', () => {
    for (const text of [
      'Results\n\nTORONTO — Revenue will rise 5 per cent at its stores this year, the company said.\n',
      'Results\n\nTORONTO — Sales will rise 5 per cent at its stores this year, the company said.\n',
      'Results\n\nTORONTO — Growth will slow at its stores, the company said. Analysts expect growth to return.\n',
    ]) {
      const [q] = speakers(text);
      assert.ok(!/^(Revenue|Sales|Growth) /.test(q), q);
    }
  });
});

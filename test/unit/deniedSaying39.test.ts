import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39 (a choice for trust): words a sentence says were not said ("did not say the deal
 * was dead", "never said he was unqualified", "I would not say the door is closed") are no quote,
 * which would read as the opposite of what the source said. PolNeAR counts them; the dev set
 * loses 4 matched quotes.
 */
const quotesOf = (body: string) => analyze(`Talks stall in Ottawa\n\n${body}`).quotes.map((q) => q.text);

describe('denied saying', () => {
  it('a negated verb of saying gives no quote', () => {
    assert.deepEqual(quotesOf('The minister did not say the deal was dead.'), []);
    assert.deepEqual(quotesOf('Marta Quinn never said her rival was unqualified.'), []);
    assert.deepEqual(quotesOf('I would not say the door is closed.'), []);
    assert.deepEqual(quotesOf('The minister didn’t tell reporters the talks had failed.'), []);
  });

  it('an affirmed verb of saying, or a negation inside the content, still does', () => {
    assert.deepEqual(quotesOf('The minister said the deal was not dead.'), ['the deal was not dead']);
    assert.deepEqual(quotesOf('Marta Quinn said she would never give up.'), ['she would never give up']);
  });
});

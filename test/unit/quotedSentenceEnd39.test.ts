import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39: a sentence that a quotation closes (."), followed by "NAME said the NOUN, an aside,
 * was …", ends there: "said the timing," is the next sentence's own clause, not a bare reporting
 * clause ("… Ana Ruiz said Tuesday,") of the quotation before, so the second speaker keeps it.
 */
const speakers = (body: string) => analyze(`Cabinet shuffle draws fire\n\n${body}`).quotes.map((q) => `${q.speaker?.name ?? '?'}: ${q.text}`);

describe('a quotation’s sentence end before "NAME said the NOUN, …"', () => {
  it('the second speaker’s sentence is not folded into the first quotation', () => {
    assert.deepEqual(
      speakers('Councillor Maya Brandt said the mayor had “ignored the residents.” Councillor Theo Varga said the plan, a year late and over budget, was “a disgrace.”'),
      ['Maya Brandt: the mayor had “ignored the residents.”', 'Theo Varga: the plan, a year late and over budget, was “a disgrace.”'],
    );
  });

  it('a bare reporting clause after the quotation still closes it', () => {
    const quotes = speakers('“We will not back down.” Councillor Theo Varga said Tuesday, adding that the vote was close.');
    assert.equal(quotes[0], 'Theo Varga: We will not back down.');
  });
});

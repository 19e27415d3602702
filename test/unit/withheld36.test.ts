import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 36: what a refusal withholds is no quote, and an act's object ends at "but". */
const quotesOf = (body: string) => analyze(`Headline\n\n${body}`).quotes.map((q) => `${q.speaker?.name ?? '?'}: ${q.text}`);

describe('withheld information and objects that end at "but"', () => {
  it('"declined to give details", "refused to provide a date": nothing was said', () => {
    assert.deepEqual(quotesOf('Mayor Ana Ruiz declined to give details of the talks.'), []);
    assert.deepEqual(quotesOf('The ministry refused to provide a date for the vote.'), []);
    assert.deepEqual(quotesOf('Kagame declined to put a figure on the cost of the rebuilding.'), []);
    assert.deepEqual(quotesOf('The club refused to go into detail about the transfer.'), []);
  });

  it('what is said beside a refusal is still a quote', () => {
    assert.deepEqual(quotesOf('Mayor Ana Ruiz declined to give details, but said the talks were going well.'), ['Ana Ruiz: the talks were going well']);
    assert.deepEqual(quotesOf('Ruiz refused to give a date: “We will vote when we are ready,” she said.').length, 1);
  });

  it('a refusal takes no content before it', () => {
    const got = quotesOf('Reuters previously reported, The Harbour Trust refused to release the names of its donors.');
    assert.ok(!got.some((q) => q.startsWith('Harbour Trust:')), got.join(' | '));
  });

  it('"confirmed the visit but declined to …": the act\'s object ends at "but"', () => {
    assert.deepEqual(quotesOf('The ministry confirmed the visit but declined to give details of the talks.'), []);
    assert.deepEqual(quotesOf('The company confirmed the closure but said no jobs would go.'), ['company: no jobs would go']);
    // (a "but" inside the object: "all but")
    assert.deepEqual(quotesOf('The agency confirmed the plan was all but dead.'), ['agency: the plan was all but dead']);
  });
});

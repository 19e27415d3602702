import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39: "CONTENT, the health unit said", "the centre said", "the fund said": nouns of public
 * and civic bodies the lists lacked are descriptions, so the quote is found and given to the body
 * named before; a person whose role is the phrase ("Dan Backer, the fund's lawyer,") stays the speaker.
 */
const speakers = (body: string) => analyze(`Headline\n\n${body}`).quotes.map((q) => `${q.speaker?.name ?? '?'}: ${q.text}`);

describe('bodies named by a noun the lists lacked', () => {
  it('a health unit, a centre, a fund, a detachment speak as the body named before', () => {
    assert.deepEqual(speakers('Grey Bruce Health Unit confirmed a measles case on Monday.\n\nTwo more people were exposed at a clinic, the health unit said.'), [
      'Grey Bruce Health Unit: Two more people were exposed at a clinic',
    ]);
    assert.deepEqual(speakers('The Harbourfront Centre will close for repairs.\n\nThe work will take a year, the centre said.'), ['Harbourfront Centre: The work will take a year']);
    assert.deepEqual(speakers('The International Monetary Fund cut its forecast.\n\nGrowth will slow to 2 percent next year, the fund said.'), ['International Monetary Fund: Growth will slow to 2 percent next year']);
  });

  it('with no such body named, the quote is still found', () => {
    const [q] = speakers('Cases rose to 40 on Monday, the health unit said.');
    assert.match(q, /: Cases rose to 40 on Monday$/);
  });

  it('a person whose role the possessive phrase is stays the speaker', () => {
    const quotes = speakers('The Lakeshore Growth Fund raised $2 million last year.\n\nDana Kemp, the fund’s lawyer, treasurer and strategist, has rejected the claim, saying it costs money to raise money.');
    assert.ok(quotes.includes('Dana Kemp: it costs money to raise money'), quotes.join(' | '));
  });
});

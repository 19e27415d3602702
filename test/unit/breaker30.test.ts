/**
 * What a breaker found in session 30's own rules on ordinary news: the person told with a relative
 * clause before "that", a quotation after a standalone quotation, and ages that no one states.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

const quotesOf = (text: string) => analyze(text).quotes.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null }));

describe('breaker30: session 30 rules on ordinary news', () => {
  it('"told reporters who gathered at the airport that …" says what follows "that"', () => {
    const quotes = quotesOf('Mayor resists\n\nMayor Tom Reed told reporters who gathered at the airport that he would not resign.');
    assert.deepEqual(quotes, [{ text: 'he would not resign', speaker: 'Tom Reed' }]);
    // a relative clause with no words said after it stays nothing said
    assert.deepEqual(quotesOf('Thanks\n\nMayor Tom Reed thanked residents who called the tip line.'), []);
  });

  it('a quotation after a standalone quotation goes with the cue after both', () => {
    const text = 'Budget row\n\nMayor Tom Reed defended the budget on Monday.\n\n“It is a disgrace.” “We will fight it,” said Sharon Graham, the union leader.';
    const graham = analyze(text).quotes.filter((q) => q.speaker?.name === 'Sharon Graham');
    assert.ok(graham.some((q) => q.text.includes('It is a disgrace')), 'the first quotation is Graham’s');
    assert.ok(!analyze(text).quotes.some((q) => q.speaker?.name === 'Tom Reed' && q.text.includes('disgrace')));
  });

  it('"the 19-year-old" is the one whose age the article states, or the person the paragraph named, never someone named before of no stated age', () => {
    const veteran = quotesOf('Veteran honoured\n\n“I just did my job,” said Frank Doyle, who served in Korea.\n\nThe 19-year-old told reporters she was happy to be here.');
    assert.equal(veteran.find((q) => q.text.includes('happy'))?.speaker, null);
    const stated = quotesOf('Veterans honoured\n\nFrank Doyle, 66, served in Korea. Mia Chen, 19, is a cadet at the academy.\n\nThe 66-year-old laughed and said he had never expected a medal.');
    assert.equal(stated.find((q) => q.text.includes('medal'))?.speaker, 'Frank Doyle');
    const paragraph = quotesOf('Derby win\n\nJordan Mensah, who has scored nine goals, played down talk of a call-up. “I just want to keep scoring,” the 23-year-old said.');
    assert.equal(paragraph.find((q) => q.text.includes('keep scoring'))?.speaker, 'Jordan Mensah');
  });
});

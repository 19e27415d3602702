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

  it('"the 66-year-old" is the one whose age the article states when the salient person is of another stated age', () => {
    const stated = quotesOf('Veterans honoured\n\nFrank Doyle, 66, served in Korea. Mia Chen, 19, is a cadet at the academy.\n\nThe 66-year-old laughed and said he had never expected a medal.');
    assert.equal(stated.find((q) => q.text.includes('medal'))?.speaker, 'Frank Doyle');
    const paragraph = quotesOf('Derby win\n\nJordan Mensah, who has scored nine goals, played down talk of a call-up. “I just want to keep scoring,” the 23-year-old said.');
    assert.equal(paragraph.find((q) => q.text.includes('keep scoring'))?.speaker, 'Jordan Mensah');
  });
});

describe('fresh user, session 30', () => {
  it('a headline\'s "Rovers boss" is the manager of the club it names, not the other club\'s boss named last', () => {
    const text =
      'Rovers boss insists he is not under pressure after fifth straight defeat\n2 November 2026\n\n' +
      'Blackburn Rovers manager Steve Holland insisted he still has the backing of the board.\n\n' +
      'Wednesday boss Danny Rohl said his side had been "clinical" and deserved the win.';
    const headline = analyze(text).quotes.find((q) => q.text.startsWith('he is not under pressure'));
    assert.equal(headline?.speaker?.name, 'Steve Holland');
  });
});

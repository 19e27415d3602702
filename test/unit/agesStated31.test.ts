import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words`; fails when no quote does. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};

describe('ages stated at a later mention decide "the NN-year-old"', () => {
  const text =
    'Blue Jays ace shines\n\nTORONTO — Kevin Gausman struck out 11 batters as the Blue Jays beat the Yankees 4-1 on Wednesday.\n\n' +
    'Gausman, 34, and catcher Alejandro Kirk, 27, worked quickly. "He was locating everything," the 27-year-old said.\n\n' +
    'Yankees manager Aaron Boone said his hitters never adjusted. The 34-year-old right-hander said he felt strong.';

  it('"the 27-year-old" is the one the article says is 27, not the salient person aged 34', () => {
    assert.equal(who(text, 'He was locating everything'), 'Alejandro Kirk');
  });

  it('"The 34-year-old right-hander" is the one aged 34 at a later mention, not the person named last', () => {
    assert.equal(who(text, 'he felt strong'), 'Kevin Gausman');
  });

  it('near miss: with no age stated anywhere, "the 27-year-old" is still the person just named', () => {
    const a = 'Kirk delivers\n\nAlejandro Kirk drove in three runs on Friday. "I saw it well," the 27-year-old said.';
    assert.equal(who(a, 'I saw it well'), 'Alejandro Kirk');
  });
});

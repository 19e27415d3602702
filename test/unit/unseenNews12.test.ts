import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/**
 * Sources on a ninth round of unseen news (session 20): companies told by their trade, adverbs of
 * time after the cue. Each kind in other words than the articles that showed it.
 */
const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);

describe('unseen news 12: a company told by its trade', () => {
  it('"the state-run power company" after a one-word company that spoke is that company', () => {
    const q = said('Volta warned on Friday that supplies would be cut. The state-run power company said two turbines had failed.');
    assert.deepEqual(q[1], ['Volta', 'two turbines had failed']);
  });

  it('"the oil giant", "the state-owned oil company" after a company whose name states no trade', () => {
    const q = said('Norvik Group said output would fall. The oil giant said a pipeline had burst. The state-owned oil company said repairs would take weeks.');
    assert.deepEqual(q.map(([who]) => who), ['Norvik Group', 'Norvik Group', 'Norvik Group']);
  });

  it('a trade the company’s name contradicts is another body', () => {
    const q = said('Harlow Power Company said prices would rise. The oil company said its deliveries were late.');
    assert.notEqual(q[1][0], 'Harlow Power Company');
  });

  it('the nearest company, not one that spoke further back', () => {
    const q = said('Volta warned that supplies would be cut. Prices rose. Corvan said output would fall. The oil giant said a pipeline had burst.');
    assert.equal(q[2][0], 'Corvan');
  });

  it('a body typed by its noun as no company ("the aid agency Relieve") is not "the power company"', () => {
    const q = said('The aid agency Relieve said a million people were at risk. Power was cut to two million homes, the state-run power company said.');
    assert.equal(q[0][0], 'Relieve');
    assert.notEqual(q[1][0], 'Relieve');
  });
});

describe('unseen news 12: a time adverb between the cue and its clause', () => {
  it('"said afterwards he …", "said afterward the …" report a clause', () => {
    assert.deepEqual(said('The goalkeeper Sam Oduya said afterwards he had seen the ball late. Oduya said afterward the pitch was poor.'), [
      ['Sam Oduya', 'he had seen the ball late'],
      ['Sam Oduya', 'the pitch was poor'],
    ]);
  });
});

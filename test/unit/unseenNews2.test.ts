import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** Faults found on news in genres neither the development corpus nor the first unseen set had (school boards, courts, hospitals, storms, earnings, obituaries, UK and Australian politics, strikes), each as its kind. */
describe('unseen news 2: pronouns', () => {
  for (const [name, pronoun] of [
    ['Taylor Brooks', 'He'],
    ['Jordan Pike', 'She'],
  ]) {
    it(`a given name borne by both sexes tells no gender: "${name} … ${pronoun} said"`, () => {
      const quotes = quotesOf(`Vote tonight\n\nParents packed the meeting. ${name}, whose children attend Lincoln, spoke first.\n\n${pronoun} said the board had made up its mind.`);
      assert.deepEqual(
        quotes.map((q) => [q.text, q.who]),
        [['the board had made up its mind', name]],
      );
    });
  }

  it('a given name of one sex still tells it: "Mary Stone … he said" is not Mary Stone', () => {
    const quotes = quotesOf('Vote tonight\n\nParents packed the meeting. Mary Stone, whose children attend Lincoln, spoke first.\n\nHe said the board had made up its mind.');
    assert.equal(quotes.length, 1);
    assert.notEqual(quotes[0].who, 'Mary Stone');
  });
});

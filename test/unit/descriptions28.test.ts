import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none). */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};

describe('descriptions28: a state or occupation describes the one person just named', () => {
  it('"the retiree", "the pharmacist", "the nursing student" after the only person named', () => {
    const a =
      'Clinic hours cut\n\nMaureen Okafor worked at the mill for 41 years.\n\n"Nobody asked us before they closed it," the retiree said.\n\n' +
      'Tomasz Wierzbicki opened his shop in 1998. "The orders just stopped," said the pharmacist.\n\n' +
      'Leila Nasser moved to Halifax last fall. "I wait two hours for a bus," the nursing student said.';
    assert.equal(who(a, 'Nobody asked us'), 'Maureen Okafor');
    assert.equal(who(a, 'orders just stopped'), 'Tomasz Wierzbicki');
    assert.equal(who(a, 'two hours for a bus'), 'Leila Nasser');
  });

  it('"the mother of three", "the father of two" fit the person of that gender', () => {
    const a =
      'Rent keeps rising\n\nGrace Whitford pays $1,900 for a two-bedroom. "We eat less so the rent gets paid," said the mother of three.\n\n' +
      'Owen Castellanos drives in from Brandon. "It costs me a day\'s pay," the father of two said.';
    assert.equal(who(a, 'We eat less'), 'Grace Whitford');
    assert.equal(who(a, "a day's pay"), 'Owen Castellanos');
  });

  it('no guess when two people are in view, an office holder is the one named, or the one named is no subject', () => {
    const a =
      'Budget fight\n\nMayor Ana Lindqvist announced the cuts on Monday. "It is unfair," said the nurse.\n\n' +
      'Hal Brenner and Suzette Roy taught together for years. "We were ignored," the retiree said.\n\n' +
      'Police arrested Darnell Hughes on Friday. "He seemed quiet," the engineer said.';
    assert.equal(who(a, 'It is unfair'), null);
    assert.equal(who(a, 'We were ignored'), null);
    assert.equal(who(a, 'He seemed quiet'), null);
  });

  it('a relation ("the widow", "the neighbour") brings in someone else', () => {
    const a = 'Crash victim mourned\n\nRaymond Pelletier died Friday after the crash.\n\n"He was the kindest man," the widow said.\n\n"He waved every morning," the neighbour said.';
    assert.equal(who(a, 'kindest man'), null);
    assert.notEqual(who(a, 'waved every morning'), 'Raymond Pelletier');
  });

  it('"the father of two" is not a woman named just before', () => {
    const a = 'Shelter full\n\nIrena Sokol lives in Moncton. She has two sons. "There is no room," said the father of two.';
    assert.notEqual(who(a, 'no room'), 'Irena Sokol');
  });
});

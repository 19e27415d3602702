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

describe('descriptions28: a headline\'s place and office is the one person of the body holding it', () => {
  it('"Winnipeg police chief says …" is the chief the body names, not a person "Winnipeg police chief"', () => {
    const a = 'Winnipeg police chief says patrols will double downtown\n\nWINNIPEG — Winnipeg police Chief Gord Smyth announced new foot patrols on Tuesday.\n\n"People need to feel safe," Smyth said.';
    assert.equal(who(a, 'patrols will double'), 'Gord Smyth');
  });

  it('"Manitoba MLA says …" is the MLA the body names; no one when the body names no MLA', () => {
    const a = 'Manitoba MLA says rural clinics need staff\n\nWINNIPEG — NDP MLA Nahanni Okemaw said Monday that three clinics had closed for lack of nurses.';
    assert.equal(who(a, 'rural clinics need staff'), 'Nahanni Okemaw');
    const b = 'Manitoba MLA says rural clinics need staff\n\nWINNIPEG — Health critic Nahanni Okemaw said Monday that three clinics had closed for lack of nurses.';
    assert.notEqual(who(b, 'rural clinics need staff'), 'Manitoba');
  });
});

describe('descriptions28: a quotation with no cue after a sentence telling how a named person spoke', () => {
  it('"Rita Jones was blunt. “…”" and "did not mince words. “…”" are theirs', () => {
    const a =
      'Library closure\n\nThe board voted 6-3 to close the branch.\n\nCouncillor Priya Lamontagne was blunt. "This is a betrayal of the north end."\n\n' +
      'Branch manager Terrence Obi did not mince words. "We were never consulted."';
    assert.equal(who(a, 'betrayal of the north end'), 'Priya Lamontagne');
    assert.equal(who(a, 'never consulted'), 'Terrence Obi');
  });

  it('a quotation after an unrelated sentence about a person stays unattributed', () => {
    const a = 'Library closure\n\nCouncillor Priya Lamontagne was late for the vote. "This is a betrayal of the north end."\n\nTerrence Obi has run the branch since 2009. "We were never consulted."';
    const q1 = quotesOf(a).find((x) => x.text.includes('betrayal'));
    const q2 = quotesOf(a).find((x) => x.text.includes('never consulted'));
    assert.notEqual(q1?.who, 'Priya Lamontagne');
    assert.notEqual(q2?.who, 'Terrence Obi');
  });
});

import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words` (null when none). */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};

describe('descr31: research speaks for who released it, never for the body that spoke last', () => {
  it('"the study found" after a drugmaker spoke is no statement of the drugmaker', () => {
    const a =
      'Tea and sleep\n\nScientists in Oslo followed 9,000 adults for six years.\n\n' +
      'Halvard Pharma, which paid for part of the work, said it was pleased. "This matters," the company said.\n\n' +
      'Those who drank two cups of tea a day were 15 percent less likely to wake at night, the study found.';
    assert.equal(who(a, 'This matters'), 'Halvard Pharma');
    assert.equal(who(a, 'Those who drank two cups'), null);
  });

  it('"a trial published in a journal" names no publisher; "X released a survey" does', () => {
    const a =
      'Shot works\n\nA pill made by Brenmoor Labs cut infections, according to a trial published Monday in a medical journal.\n\n' +
      'Brenmoor said it would ask regulators for approval.\n\nFew patients had side effects, the study said.';
    assert.equal(who(a, 'Few patients'), null);
    const b =
      'Phones at night\n\nThe Halden Institute released a survey on Tuesday.\n\nVeltra said it was reviewing the report. "We care," Veltra said.\n\n' +
      'Most teens said they check their phones within an hour of waking, the survey found.';
    assert.equal(who(b, 'Most teens'), 'Halden Institute');
  });
});

describe('descr31: "the agency" is a public body of the article, a commission or one named by its services', () => {
  it('"the agency said" after a federal commission sued is the commission', () => {
    const a =
      'Regulator sues lender\n\nThe Federal Maritime Commission sued shipping line Oranto on Thursday, accusing it of hidden surcharges.\n\n' +
      'Oranto did not respond to a request for comment.\n\n"Shippers deserve to know the full price," the agency said in a statement.';
    assert.equal(who(a, 'Shippers deserve'), 'Federal Maritime Commission');
  });

  it('"the agency said" after "Child Protective Services opened an investigation" is that body, not the sheriff\'s office before it', () => {
    const a =
      'Boy found alone\n\nDeputies from the Lake County Sheriff\'s Office found the boy on Sunday.\n\n' +
      'The sheriff\'s office said the boy was unhurt. Child Protective Services opened an investigation on Monday.\n\n' +
      '"We are working with the family to keep him safe," the agency said.';
    assert.equal(who(a, 'keep him safe'), 'Child Protective Services');
  });
});

describe('descr31: a party\'s members before "who" are a group that speaks', () => {
  it('"Democrats, who called the measure …" and "Senate Republicans, who said …" are the party group, not the chamber', () => {
    const a =
      'Toll plan fails\n\nThe state Senate rejected a plan to fund the bridge with tolls on Thursday.\n\n' +
      'Democrats, who called the measure a "dead end" for commuters, plan their own bill.\n\n' +
      'The House passed it anyway. Senate Republicans, who said the tolls were fair, walked out.';
    assert.equal(who(a, 'dead end'), 'Democrats');
    assert.equal(who(a, 'tolls were fair'), 'Senate Republicans');
  });
});

describe('descr31: "the former president" is a former holder, never the one in office', () => {
  it('goes to the former president though the sitting president is named nearer', () => {
    const a =
      'Rally\n\nThe crowd cheered when former governor Ray Dalton took the stage with Senate candidate Maria Ortega.\n\n' +
      'Governor Lena Brooks sent a video message.\n\n"She will fight for you," the former governor said.';
    assert.equal(who(a, 'She will fight'), 'Ray Dalton');
  });

  it('still finds a former holder whose role was written without "former" when no one else holds the office', () => {
    const a = 'Rally\n\nFormer Governor Ray Dalton campaigned on Tuesday for Maria Ortega.\n\nOrtega spoke about water.\n\n"She will fight for you," the former governor said.';
    assert.equal(who(a, 'She will fight'), 'Ray Dalton');
  });
});

describe('descr31: "the England winger" is the one person given that position', () => {
  it('resolves the sole winger, and leaves two wingers unresolved', () => {
    const a =
      'Win\n\nEngland winger Tom Ashdown scored twice as Kestrel beat Marlow 3-1. Marlow manager Ivo Petrak said his side started slowly.\n\n' +
      '"I felt sharp today," the England winger said.';
    assert.equal(who(a, 'felt sharp'), 'Tom Ashdown');
    const b = 'Win\n\nEngland winger Tom Ashdown and Wales winger Huw Pryce both scored on Saturday.\n\n"I felt sharp today," the England winger said.';
    assert.equal(who(b, 'felt sharp'), null);
  });
});

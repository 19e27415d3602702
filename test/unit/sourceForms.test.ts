import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

const LEAD = 'Budget talks stall\n\nThe council met on Monday to discuss the plan.\n\n';

/** The one quote of an article whose body after LEAD is `line`, with its speaker's name. */
function onlyQuote(line: string) {
  const quotes = quotesOf(LEAD + line);
  assert.equal(quotes.length, 1, `quotes of ${JSON.stringify(line)}: ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quotes[0];
}

describe('source forms: abbreviated titles, joined names, "state" before a title', () => {
  for (const [title, name] of [
    ['Const.', 'Mary Poole'],
    ['Cllr.', 'Ben Ash'],
    ['Fr.', 'Tom Roe'],
  ]) {
    it(`"${title}" before a name keeps the sentence whole and is no part of the name`, () => {
      const q = onlyQuote(`"Nobody was hurt," ${title} ${name} said in an email.`);
      assert.equal(q.who, name);
      assert.equal(q.speakerMention?.text, `${title} ${name}`);
    });
  }

  it('two names joined by "and" after a quotation: the quotation is kept, the phrase is the mention', () => {
    const q = onlyQuote('"We will not sign this," Sens. Ana Ruiz and Bo Lind said in a joint statement.');
    assert.equal(q.speakerMention?.text, 'Sens. Ana Ruiz and Bo Lind');
    // (the two speak together: a group named by both, session 38; before, the last alone)
    assert.equal(q.who, 'Ana Ruiz and Bo Lind');
  });

  it('joined names before the cue give the same speaker as after a quotation', () => {
    const q = onlyQuote('Ana Ruiz and Bo Lind said they would not sign the bill.');
    assert.equal(q.who, 'Ana Ruiz and Bo Lind');
  });

  it('people for a joined pair stay a group', () => {
    const q = onlyQuote('Strategists for Ana Ruiz and Bo Lind agree that the bill is dead.');
    assert.equal(q.speaker?.kind, 'group');
  });

  it('"state" between a place and a title or an office is no cue', () => {
    const a = analyze(LEAD + 'The candidates she named are South Carolina state Reps. Ana Ruiz and Bo Lind; California state Senate candidate Jane Kim; and Tom Hale.');
    assert.deepEqual(a.quotes.map((q) => q.cue?.text), []);
  });

  it('a body named in apposition to its description speaks, not a body named before', () => {
    const text = 'Brazos Land Partners plans to build 300 homes on the site.\n\nThe neighbourhood group, Friends of Greystone, welcomed the ruling on Tuesday.';
    const q = quotesOf(text).find((x) => x.text.includes('ruling'));
    assert.equal(q?.who, 'Friends of Greystone');
  });

  it('people for a body named in apposition are not that body; a person named in apposition is', () => {
    const lawyers = onlyQuote('Lawyers for the developer, Brazos Land Partners, said they would appeal.');
    assert.notEqual(lawyers.who, 'Brazos Land Partners');
    assert.equal(lawyers.speaker?.kind, 'group');
    const lawyer = onlyQuote('A lawyer for the news outlets, David Schulz, said the ruling was wrong.');
    assert.equal(lawyer.who, 'David Schulz');
  });

  it('one person for a body, named in apposition, speaks; the body after "for" does not', () => {
    const text = 'Danish shipping group Maersk said it would reroute ships.\n\nHouthi militants have attacked shipping since 2023. A spokesman for the group, Yahya Saree, said on Thursday the attacks would continue.';
    const q = quotesOf(text).find((x) => x.text.includes('attacks would continue'));
    assert.equal(q?.who, 'Yahya Saree');
  });

  it('a verb of force with a counted object is no speech; with a person as object it still is', () => {
    assert.deepEqual(quotesOf(LEAD + 'Houthi militants in Yemen have attacked dozens of ships since November 2023.').map((q) => q.text), []);
    assert.deepEqual(quotesOf(LEAD + 'Rebels struck three bases overnight.').map((q) => q.text), []);
    assert.equal(quotesOf(LEAD + 'Mayor Lena Ortiz attacked the plan as reckless on Tuesday.').length, 1);
  });
});

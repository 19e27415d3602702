import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { quotesOf } from './helpers';

/**
 * An office the article never names a holder of ("The premier said …" in a story that names only
 * the opposition): its source is an anonymous person named by the phrase, never the last person
 * named, and a pronoun after "The premier brushed off …" is that person. Where someone named
 * without an office stands before the phrase, it may describe them, and the source stays unknown.
 */
describe('an office no one in the article is named as holding', () => {
  const strike = [
    'Teachers walk out in Halvard',
    '',
    'HALVARD — Talks between the province and the teachers broke down on Monday.',
    '',
    'Union president Corinne Lalonde said members had waited two years for a contract. "We are done waiting," Lalonde said.',
    '',
    'The minister rejected the demand. He said the offer on the table was fair.',
    '',
    '"Classrooms will reopen next week," the minister said.',
  ].join('\n');

  it('"the minister said" is the anonymous minister, and so is "He said" after "The minister rejected …"', () => {
    const who = new Map(quotesOf(strike).map((q) => [q.text, q.who]));
    assert.equal(who.get('We are done waiting,'), 'Corinne Lalonde');
    assert.equal(who.get('the offer on the table was fair'), 'minister');
    assert.equal(who.get('Classrooms will reopen next week,'), 'minister');
    const minister = analyze(strike).actors.find((a) => a.name === 'minister');
    assert.equal(minister?.kind, 'person');
    assert.equal(minister?.anonymous, true);
  });

  it('an office with its portfolio keeps the portfolio in its name: "The health minister said"', () => {
    const quotes = quotesOf('Clinic hours cut\n\nNurse Ida Brandvold said the clinic would close at noon.\n\nThe health minister said the cuts were temporary.');
    assert.deepEqual(
      quotes.map((q) => q.who),
      ['Ida Brandvold', 'health minister'],
    );
  });

  it('an office someone named holds is that person, not an anonymous one', () => {
    const quotes = quotesOf('Pension vote\n\nPremier Odile Fraser spoke in Edmonton.\n\nOpposition leader Rami Haddad said the plan was a gamble.\n\nThe premier said the vote would go ahead.');
    assert.deepEqual(
      quotes.map((q) => q.who),
      ['Rami Haddad', 'Odile Fraser'],
    );
  });

  it('a person named without an office before the phrase may be the one it describes: no anonymous office then', () => {
    const a = analyze('Primary night\n\nWendell Okoro won the primary on Tuesday.\n\nThe senator said the result was a mandate.');
    assert.ok(!a.actors.some((x) => x.name === 'senator'), a.actors.map((x) => x.name).join(', '));
  });

  it('a word of standing rather than office ("the businessman", "the candidate") makes no anonymous person', () => {
    const a = analyze('Rally in Dayton\n\nThe crowd waited for hours in the rain.\n\nThe businessman said the plant would stay open. The candidate said taxes would fall.');
    assert.ok(!a.actors.some((x) => x.name === 'businessman' || x.name === 'candidate'), a.actors.map((x) => x.name).join(', '));
  });

  it('a holder named after the phrase, or anyone named without an office anywhere in the article, leaves the office unresolved', () => {
    const a = analyze('Headline\n\nThe mayor said the city would comply. Bill Ostrowski, who runs the port, disagreed.');
    assert.ok(!a.actors.some((x) => x.name === 'mayor'), a.actors.map((x) => x.name).join(', '));
  });

  it('a former or acting office is someone the article names: "the former secretary of state" is the one whose roles say so', () => {
    const quotes = quotesOf('Headline\n\nFormer Secretary of State Ada Lind spoke in Iowa. The former secretary of state has long maintained that she complied.');
    assert.deepEqual(quotes.at(-1)?.who, 'Ada Lind');
  });

  it('across articles, each anonymous office is its article\'s own: two stories\' "premier" are two actors', () => {
    const c = new AnalysingCorpus();
    c.set('regina.txt', 'Budget\n\nThe premier said Tuesday the budget was balanced.');
    c.set('toronto.txt', 'Subway\n\nThe premier said Wednesday the subway would open.');
    const { result } = c.build();
    const speakers = result.documents.map((d) => d.quotes[0]?.speaker);
    assert.equal(speakers.length, 2);
    assert.ok(speakers[0] && speakers[1] && speakers[0] !== speakers[1], JSON.stringify(speakers));
  });
});


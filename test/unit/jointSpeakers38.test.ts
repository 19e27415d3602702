import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 38: speakers joined by "and" speak together, a group named by both; never the last one alone. */
const quotesOf = (body: string) => {
  const r = analyze(`Headline\n\n${body}`);
  return r.quotes.map((q) => `${q.speaker?.name ?? '?'} (${q.speaker?.kind ?? '-'}): ${q.text}`);
};

describe('joint speakers', () => {
  it('two people joined by "and", titled or not, give a group named by both', () => {
    assert.deepEqual(quotesOf('Premier Doug Ford and Mayor Olivia Chow said the deal would build 10,000 homes.'), [
      'Doug Ford and Olivia Chow (group): the deal would build 10,000 homes',
    ]);
    assert.deepEqual(
      quotesOf('Justice Amara Okafor and Justice Lena Brandt heard the appeal. Okafor and Brandt said the accused had waited two years.'),
      ['Amara Okafor and Lena Brandt (group): the accused had waited two years'],
    );
  });

  it('a list of countries opening the sentence is one group, in the list’s order; a place before it is no member', () => {
    assert.deepEqual(quotesOf('France, Britain and Germany said in a joint statement that the talks must resume.'), [
      'France, United Kingdom and Germany (group): the talks must resume',
    ]);
    assert.deepEqual(quotesOf('In Vienna, Britain and Germany said the sanctions would stay.'), ['United Kingdom and Germany (group): the sanctions would stay']);
  });

  it('a list after an opening adjunct is whole; after a noun\'s preposition it places the noun\'s people; repeats and long lists', () => {
    assert.deepEqual(quotesOf('On Monday, France, Britain and Germany said the talks must resume.'), ['France, United Kingdom and Germany (group): the talks must resume']);
    assert.deepEqual(quotesOf('In a joint statement, Ana Ruiz, Bo Lind and Carl Meyer said the plan was sound.'), ['Ana Ruiz, Bo Lind and Carl Meyer (group): the plan was sound']);
    // (people placed by the whole list speak as its group, no country of it: session 47)
    assert.deepEqual(quotesOf('Officials from France, Britain and Germany said the deal was close.'), ['Officials from France, Britain and Germany (group): the deal was close']);
    assert.deepEqual(quotesOf('The security partnership of the U.S., U.K. and Australia reaffirmed its commitment to a free Indo-Pacific.').map((q) => q.split(':')[0]), ['? (-)']);
    assert.deepEqual(quotesOf('Peru, Chile and Peru said the border was open.'), ['Peru and Chile (group): the border was open']);
    const many = Array.from({ length: 12 }, (_, i) => `Delegate${String.fromCharCode(65 + i)}`).join(', ');
    const [long] = quotesOf(`Peru, Chile, Bolivia, Ecuador, Colombia, Brazil, Argentina and Uruguay said the border was open. ${many} agreed.`);
    assert.ok(!long.includes(' and Uruguay (group)'), long);
  });

  it('a pronoun joined to a name is the person it points to', () => {
    assert.deepEqual(quotesOf('Senator Ruth Calder met Representative Joel Marsh. She and Mr. Marsh said the bill would pass.'), [
      'Ruth Calder and Joel Marsh (group): the bill would pass',
    ]);
  });

  it('"they" after the pair is the pair; "one of them" is no group', () => {
    const quotes = quotesOf('Councillor Ada Voss and Councillor Ben Ruiz voted no. Voss and Ruiz said the plan was rushed. They said the vote should wait. One of them said the mayor had not listened.');
    assert.deepEqual(quotes.slice(0, 2), ['Ada Voss and Ben Ruiz (group): the plan was rushed', 'Ada Voss and Ben Ruiz (group): the vote should wait']);
    assert.ok(!quotes[2]?.startsWith('Ada Voss and Ben Ruiz'), quotes[2]);
  });

  it('lower-case roles before the names still join them; a body named with "and" stays one body', () => {
    assert.deepEqual(quotesOf('“We can only wonder,” state Senate leader Phil Berger and House Speaker Tim Moore said.'), ['Phil Berger and Tim Moore (group): We can only wonder,']);
    assert.deepEqual(quotesOf('Former Mexican presidents Vicente Fox and Felipe Calderón said the wall would never be paid for.'), [
      'Vicente Fox and Felipe Calderón (group): the wall would never be paid for',
    ]);
    const [cdc] = quotesOf('The Centers for Disease Control and Prevention said one in 45 children has autism.');
    assert.match(cdc, /^Centers for Disease Control\b.*\(organization\)/);
  });

  it('two titles of one person joined by "and" are that person', () => {
    assert.deepEqual(quotesOf('Network Vice President and Managing Editor Bill Sammon said the decision was final.'), ['Bill Sammon (person): the decision was final']);
  });
});

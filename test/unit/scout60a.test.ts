/**
 * Kinds of wrong or lost attribution scout60a fixed in session 60 (retail, restaurants and small
 * business news), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The names of the actors of article `body`. */
const namesIn = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout60a: a hyphened given name whose second syllable ends in -ing ("Mei-Ling Chan said")', () => {
  it('is the person\'s given name, not a headline\'s gerund', () => {
    assert.equal(speakerOf('The mall is half empty.\n\nMei-Ling Chan said she had run her shop there for 19 years.', 'run her shop'), 'Mei-Ling Chan');
    assert.equal(speakerOf('Rents rose.\n\n"We cannot stay," said Xiao-Ming Lau, who sells tea.', 'cannot stay'), 'Xiao-Ming Lau');
    const later = 'Rents rose.\n\nHsiao-Ping Wu, a tailor, said the rent had doubled.\n\n"Where will I go?" Wu said.';
    assert.equal(speakerOf(later, 'Where will I go'), 'Hsiao-Ping Wu');
  });
  it('near miss: a hyphened gerund still opens a headline\'s phrase, not a name', () => {
    const body = 'Sales fell.\n\nCost-Cutting Mayor Ana Ruiz said the budget was tight.';
    assert.ok(!namesIn(body).some((n) => n.startsWith('Cost-Cutting')));
    assert.equal(speakerOf('Sales fell.\n\nChasing Lorimer, the reporters said the mayor had left.', 'mayor had left'), 'reporters');
  });
});

describe('scout60a: a Korean given name before a surname that is a place head ("Ji-woo Park, who owns …, said")', () => {
  it('is a person, whom the surname alone names later', () => {
    const body = 'Food trucks may park closer.\n\nJi-woo Park, who owns a lunch counter on Wells Street, said the trucks brought more people.\n\n"More people is good," Park said.';
    assert.equal(speakerOf(body, 'More people is good'), 'Ji-woo Park');
    assert.equal(speakerOf('Food trucks may park closer.\n\nSeo-yeon Hall said the trucks were welcome.', 'were welcome'), 'Seo-yeon Hall');
  });
  it('near miss: a park named for a place or a word no given name is stays a place', () => {
    const body = 'The swings were broken.\n\nResidents near Riverside Park, who asked for repairs, said the city did nothing.';
    assert.ok(!inArticle(body).actors.some((a) => a.name === 'Riverside Park' && a.kind === 'person'));
  });
});

describe('scout60a: a patron\'s or a small trade\'s noun capitalised before a full name ("Regular Tom Szabo said")', () => {
  it('describes the person and is no part of the name', () => {
    assert.equal(speakerOf('The brewery is growing.\n\nRegular Tom Szabo said he would keep buying its beer.', 'keep buying'), 'Tom Szabo');
    assert.equal(speakerOf('The shop closed.\n\nFlorist Nadia Brooks said the rent had tripled.', 'rent had tripled'), 'Nadia Brooks');
    assert.equal(speakerOf('Wages rose.\n\nFranchisee Omar Haddad said he would cut hours.', 'cut hours'), 'Omar Haddad');
  });
  it('near miss: the adjective before a common noun names no one, and a brewer may be a company', () => {
    const body = 'The brewery is growing.\n\nRegular customers said they would keep buying its beer.';
    assert.notEqual(speakerOf(body, 'keep buying'), 'Regular');
    assert.ok(!namesIn(body).includes('Regular'));
  });
});

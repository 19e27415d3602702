import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, inArticle, speakerInArticle as speaker } from './helpers';

/** Session 47's attribution faults on unseen features, profiles, interviews and obituaries (scout47a): each kind with a near miss. */
describe('scout47a: a national body named for its trade and its country ("Trucking HR Canada") is no person a later "she" means', () => {
  const body = (source: string): string => `Gail Antoine, 52, is an owner-operator. Women make up four per cent of drivers, according to ${source}. She says it felt like fewer.\n\n"People think truckers sit all day," she says.`;
  it('"according to Trucking HR Canada. She says": the driver, and the body is an organisation', () => {
    assert.equal(speaker(body('Trucking HR Canada'), 'sit all day'), 'Gail Antoine');
    assert.equal(speaker(body('Food Banks Canada'), 'sit all day'), 'Gail Antoine');
    assert.ok(actorNames(inArticle(body('Tourism HR Canada')), 'organization').includes('Tourism HR Canada'));
  });
  it('near miss: a titled person whose surname is the country stays a person', () => {
    assert.ok(actorNames(inArticle('"We will win," said Coach Mark Canada on Monday.'), 'person').includes('Mark Canada'));
    assert.equal(speaker('Sgt. Paul Canada of the RCMP spoke on Monday.\n\n"It was a long night," Canada said.', 'long night'), 'Paul Canada');
  });
});

describe('scout47a: a lone surname a family shares is the one the headline names, where the body calls the others by given name', () => {
  const body = (mike: string): string => `Mike Doucette built the backyard rink in 2011.\n\nBrooke Doucette, now 20, is a forward at Duluth. Scouts describe her as fast.\n\nDoucette is polite about the praise.\n\n"I'm just trying to get better," she says.\n\n"I drove her everywhere," ${mike} says.`;
  const speakerUnder = (headline: string, text: string, quote: string): string | null | undefined => analyze(`${headline}\n\n${text}`).quotes.find((q) => q.text.includes(quote))?.speaker?.name ?? null;
  it('"Brooke Doucette\'s road to the pros" over a profile naming her father too: "Doucette … she says" is Brooke', () => {
    assert.equal(speakerUnder("Brooke Doucette's road to the pros started on a backyard rink", body('Mike'), 'trying to get better'), 'Brooke Doucette');
    assert.equal(speakerUnder('Brooke Doucette heads to the pros', body('Mike'), 'drove her'), 'Mike Doucette');
  });
  it('near miss: no namesake in the headline, or one the body never calls by given name alone, leaves the lone surname to neither', () => {
    assert.ok(!['Brooke Doucette', 'Mike Doucette'].includes(String(speakerUnder('A hockey family heads to the pros', body('Mike'), 'trying to get better'))));
    assert.ok(!['Brooke Doucette', 'Mike Doucette'].includes(String(speakerUnder("Brooke Doucette's road to the pros", body('Mike Doucette'), 'trying to get better'))));
  });
});

describe('scout47a: a family word and a given name ("Grandma Rose") is the one person of the article named in full with that given name', () => {
  it('"Marc\'s mother, Rose Pelletier … Grandma Rose says … she says": Rose Pelletier', () => {
    const text = 'Marc Pelletier lost his house in a fire. His mother, Rose Pelletier, 79, moved in with the family.\n\nThe kids call her Grandma Rose.\n\n"I told them I\'d stay two weeks," Grandma Rose says.\n\n"He never barks at night," Marc says.\n\n"Don\'t tell Léa I\'ll miss them," she says.';
    assert.equal(speaker(text, 'two weeks'), 'Rose Pelletier');
    assert.equal(speaker(text, 'miss them'), 'Rose Pelletier');
    assert.equal(speaker('Uncle Joe never missed a game, his niece said. Joe Tanaka, 70, coached for decades.\n\n"Winning was never the point," Uncle Joe says.', 'never the point'), 'Joe Tanaka');
  });
  it('near miss: a family word of the other gender, or two persons of that given name, join no one', () => {
    assert.equal(speaker('Ray Pelletier, 79, moved in with his son. His wife, Rose Pelletier, stayed home.\n\n"I told them I\'d stay two weeks," Grandpa Rose says.', 'two weeks'), 'Grandpa Rose');
    assert.equal(speaker('Rose Pelletier and Rose Tanaka both volunteer at the shelter.\n\n"We cook on Fridays," Grandma Rose says.', 'cook on Fridays'), 'Grandma Rose');
  });
});

describe('scout47a: a hyphenated noun for people by its prefix ("Sous-chef", "Co-owner") before a full name is no part of the name', () => {
  it('"Sous-chef Karim Benali … Benali said": Karim Benali', () => {
    assert.equal(speaker('Sous-chef Karim Benali has worked there for seven years.\n\n"I am cooking again," Benali said.', 'cooking again'), 'Karim Benali');
    assert.equal(speaker('Co-owner Dana Fisk opened the shop in 2019.\n\n"We nearly closed," Fisk said.', 'nearly closed'), 'Dana Fisk');
  });
  it('near miss: a hyphenated word of another prefix stays as the names layer reads it', () => {
    assert.ok(actorNames(inArticle('Co-op Karim Benali has worked there for seven years.'), 'person').includes('Co-op Karim Benali'));
  });
});

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

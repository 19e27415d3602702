import { strict as assert } from 'node:assert';
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

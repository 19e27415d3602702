/**
 * Kinds of wrong or lost attribution scout60c fixed in session 60 (public health and consumer
 * affairs news), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout60c: a Quebec body\'s French name ending in lower-case words as the subject ("The Régie du logement said")', () => {
  it('is a quote of that body, not a lost one', () => {
    assert.equal(speakerOf('Rents rose.\n\nThe Régie du logement said it had received 900 complaints.', '900 complaints'), 'Régie du logement');
    assert.equal(speakerOf('The dealer denied it.\n\nThe Office de la protection du consommateur said the fees broke the law.', 'broke the law'), 'Office de la protection du consommateur');
    assert.equal(speakerOf('A crane fell.\n\nThe province’s Régie du bâtiment, which inspects such sites, said it had sent two inspectors.', 'two inspectors'), 'Régie du bâtiment');
    assert.equal(speakerOf('A crane fell.\n\n“We sent two inspectors,” the Régie du bâtiment said.', 'two inspectors'), 'Régie du bâtiment');
  });
  it('near miss: lower-case words after a French head with no French article are no body\'s name, and an English body is read as before', () => {
    assert.notEqual(speakerOf('Prices rose.\n\nThe Office manager said the shop would close early.', 'close early'), 'Office manager');
    assert.equal(speakerOf('Prices rose.\n\nThe Commission de la construction du Québec said it had opened a review.', 'opened a review'), 'Commission de la construction du Québec');
    assert.equal(speakerOf('Prices rose.\n\nThe Union of Concerned Scientists said the rule was weak.', 'rule was weak'), 'Union of Concerned Scientists');
  });
});

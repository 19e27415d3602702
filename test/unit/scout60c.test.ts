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

describe('scout60c: "the agency" after a federal agency named "Centers for …" ("the U.S. Centers for Disease Control and Prevention said")', () => {
  it('is that agency, not a new actor "agency"', () => {
    const cdc = 'A farmhand tested positive for bird flu, the U.S. Centers for Disease Control and Prevention said on Friday.\n\nHe had a mild fever and was given an antiviral, the agency said.';
    assert.equal(speakerOf(cdc, 'mild fever'), 'U.S. Centers for Disease Control and Prevention');
    const cms = 'Premiums will rise.\n\nThe Centers for Medicare and Medicaid Services announced new rates. The agency said the change starts in June.';
    assert.equal(speakerOf(cms, 'starts in June'), 'Centers for Medicare and Medicaid Services');
  });
  it('near miss: a think tank\'s "Center for …" is no agency "the agency" means', () => {
    const body = 'Premiums will rise.\n\nThe Center for Health Fairness said the rule was weak. The agency said the change starts in June.';
    assert.notEqual(speakerOf(body, 'starts in June'), 'Center for Health Fairness');
  });
});

/**
 * Kinds of wrong or missing speaker the lead fixed in session 52, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('lead52: an appositive that holds a month spelled like a modal ("Tom Hale, hired in May, said")', () => {
  it('the month is no modal: the appositive is skipped and the name before it speaks', () => {
    assert.equal(speakerOf('Rita Oduya, hired in May, said the clinic would reopen.', 'clinic would reopen'), 'Rita Oduya');
    assert.equal(speakerOf('Rita Oduya, appointed last May, said the clinic would reopen.', 'clinic would reopen'), 'Rita Oduya');
    assert.equal(speakerOf('Rita Oduya, who took over in May, said the clinic would reopen.', 'clinic would reopen'), 'Rita Oduya');
  });
  it('near miss: an appositive with a modal in lower case stays a clause of its own', () => {
    assert.notEqual(speakerOf('The plan, which may change in June, said nothing of the clinic.', 'nothing of the clinic'), 'June');
    assert.equal(speakerOf('Rita Oduya, hired in April, said the clinic would reopen.', 'clinic would reopen'), 'Rita Oduya');
  });
});

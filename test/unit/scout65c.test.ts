/**
 * Kinds of wrong or lost attribution scout65c fixed in session 65 (technology regulation and
 * privacy), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout65c: an office\'s body named with the place it serves ("Office of the Privacy Commissioner of Canada")', () => {
  it('is the body named in full, not the place', () => {
    assert.equal(speakerOf('The Office of the Information and Privacy Commissioner of Manitoba said it had opened a file.', 'opened a file'), 'Office of the Information and Privacy Commissioner of Manitoba');
    assert.equal(speakerOf('The Office of the Fire Commissioner for Quebec said the cause was electrical.', 'cause was electrical'), 'Office of the Fire Commissioner for Quebec');
  });
  it('near miss: an office held in a country, with no body\'s head before it, stays the office\'s holder', () => {
    assert.notEqual(speakerOf('The President of Ghana said he would attend the summit.', 'attend the summit'), 'Ghana');
    assert.notEqual(speakerOf('The President of Ghana said he would attend the summit.', 'attend the summit'), 'President of Ghana Office');
  });
});

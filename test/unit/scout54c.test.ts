/**
 * Kinds of wrong or missing speaker scout54c found in news on immigration, refugees and
 * Indigenous affairs, each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

describe('scout54c: a nation\'s department named by its fields listed with commas ("Immigration, Refugees and Citizenship Canada said")', () => {
  it('the whole list and the nation are one department, which "the department" then means', () => {
    const body = 'Immigration, Refugees and Citizenship Canada said in a statement that the office would reopen. “Staff are being hired,” the department said.';
    assert.equal(speakerOf(body, 'office would reopen'), 'Immigration, Refugees and Citizenship Canada');
    assert.equal(speakerOf(body, 'Staff are being hired'), 'Immigration, Refugees and Citizenship Canada');
    assert.equal(speakerOf('The grant was approved by Innovation, Science and Economic Development Canada, which said the lab “will open in May.”', 'will open in May'), 'Innovation, Science and Economic Development Canada');
  });
  it('a compound field before "and" too ("Crown-Indigenous Relations and Northern Affairs Canada")', () => {
    const a = inArticle('Crown-Indigenous Relations and Northern Affairs Canada said the talks would resume in June.');
    assert.deepEqual(a.actors.map((x) => [x.name, x.kind]), [['Crown-Indigenous Relations and Northern Affairs Canada', 'organization']]);
  });
  it('near miss: places or given names listed before a department stay a list of their own', () => {
    const a = inArticle('Ontario, Quebec and Health Canada said they would share the cost of the clinic.');
    assert.ok(!a.actors.some((x) => x.name === 'Ontario, Quebec and Health Canada' && x.kind === 'organization'));
    assert.ok(a.actors.some((x) => x.name === 'Health Canada'));
    const b = inArticle('Maria, Tom and Service Canada staff said the line was long.');
    assert.ok(!b.actors.some((x) => x.name.startsWith('Maria, Tom')));
  });
});

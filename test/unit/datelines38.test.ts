import { strict as assert } from 'node:assert';
import { datelinePlaces } from '../../src/extractor/datelinePlaces';

/** Session 38: a dateline's places need the dateline's own end, a dash standing apart or an agency's bracket. */
describe('dateline places', () => {
  const places = (line: string) => datelinePlaces(line, 0, line.length).map((p) => `${p.name}/${p.kind}`);
  it('a town and its province or state before the dash or the agency', () => {
    assert.deepEqual(places('FORT ST. JAMES, B.C. —'), ['Fort St. James/place', 'British Columbia/place']);
    assert.deepEqual(places('LYNCHBURG, Va. (AP) -'), ['Lynchburg/place', 'Virginia/place']);
  });
  it('a headline whose dash joins two words is no dateline ("NATO, Asia-Pacific partners agree")', () => {
    assert.deepEqual(places('NATO, Asia-'), []);
  });
});

import { strict as assert } from 'node:assert';
import { datelinePlaces } from '../../src/extractor/datelinePlaces';

/** Session 38: a dateline's places need the dateline's own end, a dash standing apart or an agency's bracket. */
describe('dateline places', () => {
  const places = (line: string) => datelinePlaces(line, 0, line.length).map((p) => `${p.name}/${p.kind}`);
  it('a town and its province or state before the dash or the agency', () => {
    assert.deepEqual(places('FORT ST. JAMES, B.C. —'), ['Fort St. James/place', 'British Columbia/place']);
    assert.deepEqual(places('LYNCHBURG, Va. (AP) -'), ['Lynchburg/place', 'Virginia/place']);
  });
  it('a region whose name opens with a month\'s or a day\'s letters is still the region; a day is none', () => {
    assert.deepEqual(places('HELENA, Mont. (AP) —'), ['Helena/place', 'Montana/place']);
    assert.deepEqual(places('HALIFAX, Nova Scotia —'), ['Halifax/place', 'Nova Scotia/place']);
    assert.deepEqual(places('PODGORICA, Montenegro —'), ['Podgorica/place', 'Montenegro/country']);
    assert.deepEqual(places('OSLO, Tuesday —'), ['Oslo/place']);
    assert.deepEqual(places('OSLO, Nov. 6 (Reuters) —'), ['Oslo/place']);
  });
  it('a headline whose dash joins two words is no dateline ("NATO, Asia-Pacific partners agree")', () => {
    assert.deepEqual(places('NATO, Asia-'), []);
  });
});

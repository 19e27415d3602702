import { strict as assert } from 'node:assert';
import { groupOf } from '../../src/corpus/actorGroups';

describe('the Actors tree lists descriptions under Unnamed sources (session 33)', () => {
  for (const name of ['One investor', 'White House spokesperson', 'Another source familiar with the talks', 'Democratic aide', 'senior official', 'friend'])
    it(`"${name}" is an unnamed source`, () => assert.equal(groupOf({ kind: 'person', name }), 'unnamed'));

  for (const name of ['Lena Ortiz', 'Ludwig van Beethoven', 'de Blasio', 'Martin Luther King Jr.', 'Charles de Gaulle', 'Rodrigo Duterte'])
    it(`"${name}" is among people`, () => assert.equal(groupOf({ kind: 'person', name }), 'person'));

  it('other kinds keep their group, whatever their name', () => {
    assert.equal(groupOf({ kind: 'organization', name: 'Ministry of health' }), 'organization');
    assert.equal(groupOf({ kind: 'group', name: 'local fishermen' }), 'group');
  });
});

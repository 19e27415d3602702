/**
 * personLookups makes each member name's rule-6 keys once per call (a popular person's group
 * repeats a few names over thousands of members): the keys must be those of every member, whatever
 * the order and repetition, and a member that gives none (anonymous) must not hide one that does.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Group, type Contribution } from '../../src/corpus/group';
import { personLookups } from '../../src/corpus/registryRules';
import type { RecordActor } from '../../src/corpus/record';

const person = (name: string, anonymous = false): RecordActor => ({
  key: `person:${name.toLowerCase().replace(/\./g, '')}`, name, kind: 'person', aliases: [], roles: [], orgHints: [],
  nameTokens: name.toLowerCase().replace(/\./g, '').split(' '), anonymous, mentions: 1, quotes: 0,
});
const ACTORS = [person('Ora Vell'), person('Ora Vell', true), person('Ora B. Vell'), person('Orla Vell')];
const member = (actor: RecordActor, i: number, deferred: boolean, fullName: boolean): Contribution => ({
  path: `a${i}.txt`, index: 0, actor, deferred, group: null, listens: fullName ? [`i:${actor.key}`] : [],
});
const keysOf = (members: Contribution[]): string[] => {
  const g = new Group('person:ora vell', 'person');
  for (const m of members) g.add(m);
  return [...(personLookups(g, () => 0)?.keys ?? [])].sort();
};

describe('memory: a group\'s rule-6 keys made once per name', () => {
  it('an anonymous member of the same name before a named one leaves the named one\'s key', () => {
    const keys = keysOf([member(ACTORS[1], 0, false, false), member(ACTORS[0], 1, false, false)]);
    assert.ok(keys.includes('i:jr:person:ora vell|ora'), keys.join(', '));
  });

  it('the keys are those of the distinct members, however often and in whatever order they repeat', () => {
    const one = fc.record({ a: fc.nat(ACTORS.length - 1), deferred: fc.boolean(), fullName: fc.boolean() });
    fc.assert(
      fc.property(fc.array(one, { minLength: 1, maxLength: 40 }), (picks) => {
        const members = picks.map((p, i) => member(ACTORS[p.a], i, p.deferred, p.fullName));
        const seen = new Set<string>();
        const distinct = members.filter((m) => {
          const id = `${ACTORS.indexOf(m.actor)}/${m.deferred}/${m.listens.length}`;
          return !seen.has(id) && (seen.add(id), true);
        });
        assert.deepEqual(keysOf(members), keysOf(distinct));
      }),
      { numRuns: 200 },
    );
  });
});

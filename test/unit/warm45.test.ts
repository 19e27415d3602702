import { strict as assert } from 'node:assert';
import { aggregateOf, Group, untallied, type Contribution } from '../../src/corpus/group';
import type { RecordActor } from '../../src/corpus/record';

/** A member of a person's group: article `i`, named `name`, with `roles`. */
function member(i: number, name: string, roles: string[], mentions = 1): Contribution {
  const actor = { name, kind: 'person', aliases: [name], roles, mentions, quotes: 0 } as unknown as RecordActor;
  return { path: `p${String(i).padStart(2, '0')}`, index: 0, actor, deferred: false, group: null, listens: [] };
}

const rank = (c: Contribution): number => Number(c.path.slice(1));

/** The group's aggregate made from every member, without the kept tally. */
function scratch(members: Contribution[]): unknown {
  const g = new Group('k', 'person');
  for (const c of members) g.add(c);
  const { tally: _, ...agg } = aggregateOf(g, rank);
  return agg;
}

describe('warm45: a member leaving a popular group drops its share of the kept tally', () => {
  const members = Array.from({ length: 12 }, (_, i) => member(i, i % 3 ? 'Ada Vole' : 'Ada M. Vole', i === 7 ? ['mayor', 'judge'] : ['mayor'], i + 1));

  it('a member that is first of nothing: the aggregate is the from-scratch one, from the tally', () => {
    const g = new Group('k', 'person');
    for (const c of members) g.add(c);
    aggregateOf(g, rank);
    const gone = members[7];
    g.remove(gone);
    const agg = untallied(g, gone, rank);
    assert.ok(agg?.tally, 'the tally is kept');
    const { tally: _, ...got } = agg;
    assert.deepEqual(got, scratch(members.filter((c) => c !== gone)));
    assert.deepEqual(got.roles, ['mayor'], 'a role no member has any more is gone');
  });

  it('near miss: the first member, or the first holder of a name, leaving has the aggregate made again', () => {
    for (const gone of [members[0], members[1]]) {
      const g = new Group('k', 'person');
      for (const c of members) g.add(c);
      aggregateOf(g, rank);
      g.remove(gone);
      assert.equal(untallied(g, gone, rank), null);
    }
  });
});

/**
 * Host turns made resumable (stall2): a large group's aggregate made in slices of its members must
 * equal the one made at once, and a change to the group while it is under way must not leave a
 * tally of members that moved.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { aggregateOf, aggregateStep, Group, startTally, type Contribution } from '../../src/corpus/group';
import { Registry } from '../../src/corpus/registry';
import { PathOrder } from '../../src/corpus/pathOrder';
import type { RecordActor } from '../../src/corpus/record';

const NAMES = ['Harbour Pilots Union', 'HPU', 'the Pilots Union', 'Harbour Pilots', 'pilots union'];
const ROLES = ['spokesman', 'chair', 'Chair', 'treasurer', 'secretary'];

function org(name: string, aliases: string[], roles: string[], mentions: number, quotes: number): RecordActor {
  return { key: 'organization:harbour pilots union', name, kind: 'organization', aliases, roles, orgHints: [], nameTokens: [], anonymous: false, mentions, quotes };
}

describe('stall2: a large group aggregate made in slices', () => {
  it('aggregateStep with a deadline already past gives, over several calls, the aggregate aggregateOf gives', () => {
    const memberArb = fc.record({
      path: fc.nat(40),
      index: fc.nat(5),
      deferred: fc.boolean(),
      name: fc.constantFrom(...NAMES),
      aliases: fc.array(fc.constantFrom(...NAMES), { maxLength: 3 }),
      roles: fc.array(fc.constantFrom(...ROLES), { maxLength: 3 }),
      mentions: fc.nat(4),
      quotes: fc.nat(2),
    });
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: 1, maxLength: 900 }), (list) => {
        // one member per (path, index), as a registry files them
        const seen = new Set<string>();
        const members: Contribution[] = [];
        for (const m of list) {
          const id = `${m.path}/${m.index}`;
          if (seen.has(id)) continue;
          seen.add(id);
          members.push({ path: `p${m.path}.txt`, index: m.index, actor: org(m.name, m.aliases, m.roles, m.mentions, m.quotes), deferred: m.deferred, group: null, listens: [] });
        }
        const rank = (c: Contribution): number => Number(c.path.slice(1, -4));
        const whole = new Group('organization:harbour pilots union', 'organization');
        const sliced = new Group('organization:harbour pilots union', 'organization');
        for (const c of members) whole.add(c), sliced.add(c);
        const want = aggregateOf(whole, rank);
        const run = startTally(sliced);
        let calls = 1;
        let got = aggregateStep(run, rank, -Infinity);
        while (!got) (got = aggregateStep(run, rank, -Infinity)), calls++;
        assert.equal(sliced.agg, got);
        if (members.length > 256) assert.ok(calls > 1, 'a large group takes several slices');
        const { tally: a, ...gotRest } = got;
        const { tally: b, ...wantRest } = want;
        assert.deepEqual(gotRest, wantRest);
        assert.deepEqual(a, b);
      }),
      { numRuns: 60 },
    );
  });

  it("Registry.prepareStep makes a large organisation's aggregate over several turns, and starts over when a member joins or leaves meanwhile", () => {
    const N = 1500;
    const build = (paths: string[]): { reg: Registry; order: PathOrder; filed: Map<string, Contribution[]> } => {
      const order = new PathOrder();
      for (const p of paths) order.add(p);
      const reg = new Registry(order);
      const filed = new Map<string, Contribution[]>();
      for (const p of paths) {
        const i = Number(p.slice(1, 5));
        filed.set(p, reg.add(p, [org(NAMES[i % 5], i % 7 ? [] : [NAMES[(i + 1) % 5]], i % 3 ? [] : [ROLES[i % 5]], 1 + i, i % 2)]));
      }
      return { reg, order, filed };
    };
    const path = (i: number): string => `a${String(i).padStart(4, '0')}.txt`;
    const all = Array.from({ length: N }, (_, i) => path(i));
    for (const join of [false, true]) {
    const { reg, order, filed } = build(all);
    reg.actors();
    // a member leaves: the group's aggregate is to be made again from all the others
    reg.remove(reg.add(path(N), [org(NAMES[0], [], [], 1, 0)]));
    order.add(path(N));
    const late = org('HPU', ['Harbour Pilots'], ['deputy'], 3, 1);
    let turns = 0;
    while (!reg.prepareStep(-Infinity)) {
      turns++;
      // a member leaves, then one joins, in the middle: the tally under way is dropped, not finished over members that moved
      if (turns === 2) reg.remove(filed.get(path(0))!);
      if (turns === 3 && join) reg.add(path(N), [late]);
    }
    assert.ok(turns >= 4, `several turns (${turns})`);
    const fresh = build(all.slice(1));
    fresh.order.add(path(N));
    if (join) fresh.reg.add(path(N), [late]);
    const want = fresh.reg.actors();
    const got = reg.actors();
    // (ids are given when an actor is first shown and kept: this one's was given under another first name)
    const unnamed = (list: typeof got): unknown[] => list.map(({ id: _, ...rest }) => rest);
    assert.deepEqual(unnamed(got), unnamed(want));
    assert.equal(got.length, 1);
    }
  });
});

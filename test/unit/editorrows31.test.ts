import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/corpus/corpus';
import { restoreFrom, settledCorpus, snapshotTextLines } from './snapshotRestore';

/** Events with a place, a date and participants, and people whose final actors have aliases and roles. */
const TEXTS: Record<string, string> = {
  'r1.txt': 'date 2024-03-05\nMayor Ingrid Falkenrath said the water summit in Ostby on Friday agreed new tariffs.',
  'r2.txt': '“The pipes are old,” Falkenrath said. Delegates came to the water summit in Ostby on March 8.',
  'r3.txt': 'Piet Ormsby, the director of the Coastal Water Authority, said rationing had ended.',
};

const settled = (): Corpus => settledCorpus(TEXTS);
const lines = snapshotTextLines;
const answers = (c: Corpus): string => JSON.stringify([c.build().result, c.eventsByDate().map((e) => e.id), c.stats()]);

describe('settled snapshot rows read field by field (editorrows31)', () => {
  const live = settled();
  const good = lines(live);
  const h = JSON.parse(good[0]) as { articles: number; groups: number; keyLines: number; kinds: number; drafts: number };
  const firstEvent = 1 + h.groups + 1 + h.keyLines + h.articles + h.kinds;
  const withLine = (i: number, f: (v: unknown[]) => unknown): string[] => good.map((l, j) => (j === i ? JSON.stringify(f(JSON.parse(l))) : l));
  const groupWithActor = good.slice(1, 1 + h.groups).findIndex((l) => Array.isArray(JSON.parse(l)[8])) + 1;

  it('every field of groups, final actors and events comes back: a restore answers as the live corpus (the control)', () => {
    assert.ok(h.drafts >= 1 && groupWithActor >= 1, 'the texts make events and final actors');
    const c = restoreFrom(good, live);
    assert.ok(c instanceof Corpus);
    assert.equal(answers(c), answers(live));
  });

  it('an event row with a field of the wrong kind in any place is refused; the row as written is not', () => {
    for (const [field, bad] of [[0, 7], [1, null], [2, 3], [5, [1]], [6, [0, 5]], [9, ['x']], [10, 4]] as const) {
      const c = restoreFrom(withLine(firstEvent, (v) => v.map((x, i) => (i === field ? bad : x))), live);
      assert.ok(c instanceof Error, `field ${field} refused`);
    }
    assert.ok(restoreFrom(withLine(firstEvent, (v) => v), live) instanceof Corpus);
  });

  it('a final actor with a bad kind or count is refused; one whose id is its group\'s (null) is read as that id', () => {
    assert.ok(restoreFrom(withLine(groupWithActor, (v) => v.map((x, i) => (i === 8 ? (x as unknown[]).map((y, j) => (j === 2 ? 'planet' : y)) : x))), live) instanceof Error);
    assert.ok(restoreFrom(withLine(groupWithActor, (v) => v.map((x, i) => (i === 8 ? (x as unknown[]).map((y, j) => (j === 5 ? -1 : y)) : x))), live) instanceof Error);
    const c = restoreFrom(good, live) as Corpus;
    const g = JSON.parse(good[groupWithActor]) as unknown[];
    assert.equal((g[8] as unknown[])[0], null, 'stored without its own id');
    assert.ok(c.actor(g[2] as string), 'found by its group\'s id');
  });
});

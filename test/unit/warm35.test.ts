import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/corpus/corpus';
import { restoreFrom, settledCorpus, snapshotTextLines } from './snapshotRestore';

/**
 * Session 35's warm start (warm35): a restore fills one Lookups per contribution that waits (the
 * snapshot's FlatWants) and one list of an article's groups per article, both reused from one
 * article or actor to the next. Whatever a contribution keeps must be its own: its deferred flag
 * and the keys it listens to as the live corpus had them, a list of several keys not shared with
 * the next contribution's.
 */
const TEXTS: Record<string, string> = {
  'p1.txt': 'Senator Halvard Quist said the canal bill would pass. Quist added that the vote was close.',
  'p2.txt': 'Quist told reporters on Monday that the canal would open by autumn.',
  // two full names in one article: two contributions of one article each listening to two keys
  'p3.txt': 'Mayor Odile Quist said the ferry fares would fall next year. Senator Halvard Quist said the canal would open in May.',
  'p4.txt': 'The Northern Grain Board (NGB) warned of a poor harvest. NGB chair Wilma Tarrant said silos were low.',
  'p5.txt': 'The NGB chair said the harvest was the worst in a decade. The board chair said silos were empty.',
  'p6.txt': 'Wilma J. Tarrant said the quotas would hold. A senior official said talks would go on.',
  'p7.txt': 'Tarrant met Quist in Kelso on Friday. The harbour master said the dock was safe. Bruno Mensah, the harbour master, said cranes were checked.',
};

/** Each article's contributions as the registry holds them: actor index, deferred, keys listened to, group key. */
const contributions = (c: Corpus): Array<[string, number, boolean, string[], string | undefined]> =>
  c.settled().articles.flatMap((a) => a.contributions.map((x): [string, number, boolean, string[], string | undefined] => [a.path, x.index, x.deferred, [...x.listens], x.group?.key]));

describe('warm start (warm35): what a restore reuses between articles is not kept', () => {
  const live = settledCorpus(TEXTS);
  const restored = restoreFrom(snapshotTextLines(live), live);

  it('every contribution waits and listens as in the live corpus, and joined the same group', () => {
    assert.ok(restored instanceof Corpus);
    const want = contributions(live);
    assert.ok(want.some(([, , deferred, listens]) => deferred && listens.length), 'the texts make contributions that wait on keys');
    assert.deepEqual(contributions(restored), want);
  });

  it('no two contributions share one list of several keys, and a later one does not change an earlier one', () => {
    assert.ok(restored instanceof Corpus);
    const lists = restored.settled().articles.flatMap((a) => a.contributions.map((x) => x.listens)).filter((l) => l.length > 1);
    assert.ok(lists.length > 1, 'the texts make contributions that listen to several keys');
    assert.equal(new Set(lists).size, lists.length);
    // and it stays equal to the live corpus once prepared and changed
    while (!restored.prepareStep(Infinity));
    restored.remove('p2.txt');
    live.remove('p2.txt');
    while (!restored.actorsStep(Infinity) || !restored.eventsStep(Infinity));
    while (!live.actorsStep(Infinity) || !live.eventsStep(Infinity));
    assert.deepEqual(contributions(restored), contributions(live));
  });
});

import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/corpus/corpus';
import { restoreFrom, settledCorpus, snapshotTextLines } from './snapshotRestore';

/** Events of several labels, some dated alike (their order within a date is by label), some undated. */
const TEXTS: Record<string, string> = {
  'l1.txt': 'date 2024-03-05\nDelegates met at the water summit in Ostby on Friday. The tram summit in Varde opens on Friday.',
  'l2.txt': 'date 2024-03-05\nThe budget talks in Ostby ended on Friday. Zoning hearings in Varde begin on Friday.',
  'l3.txt': 'The harbour conference in Tromsø opens on Monday. A spokesman said the arts festival in Ostby was cancelled.',
  'l4.txt': 'date 2024-04-01\nThe election in Varde is on Sunday. The Ostby referendum is on Sunday.',
};

const settled = (): Corpus => settledCorpus(TEXTS);
const lines = snapshotTextLines;

describe('corpus snapshot: the event labels\' order saved, not sorted again', () => {
  const live = settled();
  const good = lines(live);
  const last = good.length - 1;
  const byDate = (c: Corpus): string[] => c.eventsByDate().map((e) => `${e.date} ${e.label}`);

  it('saves each label once, in the order the Events tree sorts them, and a restore orders the events as the live corpus does', () => {
    const places = JSON.parse(good[last]) as number[];
    const all = live.events();
    const labels = places.map((i) => all[i].label);
    assert.ok(labels.length >= 3, `the texts make events of several labels (${labels.length})`);
    assert.deepEqual(labels, [...new Set(all.map((e) => e.label))].sort(new Intl.Collator().compare));
    const c = restoreFrom(good, live, true);
    assert.ok(c instanceof Corpus);
    assert.deepEqual(byDate(c), byDate(live));
  });

  it('a labels\' order that lies (reversed, missing labels, a label twice) still orders the events as the live corpus does', () => {
    const places = JSON.parse(good[last]) as number[];
    for (const lie of [[...places].reverse(), places.slice(1), places.slice(0, 2), [], [...places, places[0]]]) {
      const c = restoreFrom([...good.slice(0, last), JSON.stringify(lie)], live, true);
      assert.ok(c instanceof Corpus, JSON.stringify(lie));
      assert.deepEqual(byDate(c), byDate(live), JSON.stringify(lie));
    }
  });

  it('refuses a labels\' order that names no event, or is missing', () => {
    const all = live.events();
    for (const bad of [[all.length], [-1], ['x'], {}]) assert.ok(restoreFrom([...good.slice(0, last), JSON.stringify(bad)], live, true) instanceof Error, JSON.stringify(bad));
    assert.ok(restoreFrom(good.slice(0, last), live, true) instanceof Error, 'the line missing');
  });
});

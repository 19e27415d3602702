import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';
import { snapshotLines } from '../../src/corpus/snapshot';
import { restoreFrom } from './snapshotRestore';

/** Articles of their own: a surname resolved to a full name, an acronym and its expansion, a shared event. */
const TEXTS: Record<string, string> = {
  'n1.txt': 'Councillor Ingrid Falkenrath said the tram line would reach Ostby. Falkenrath added that costs were rising.',
  'n2.txt': 'The Coastal Water Authority (CWA) said reservoirs were full. CWA director Piet Ormsby said rationing had ended.',
  'n3.txt': 'date 2024-03-05\nFalkenrath said the water summit in Ostby on Friday agreed new tariffs.',
  'n4.txt': '“The pipes are old,” Ormsby said. Delegates came to the water summit in Ostby on March 8. A spokesman said the tram summit in Varde opens on Monday.',
  'n6.txt': 'The CWA chair said the summer had been the driest in years.',
  'n7.txt': 'The Coastal Water Authority said pipes in Varde would be replaced.',
};
const recordOf = (path: string, text: string): ArticleRecord => analyzeToRecord(text, {}, path);

function settled(texts: Record<string, string>): Corpus {
  const c = new AnalysingCorpus();
  for (const [p, t] of Object.entries(texts)) c.upsert(p, recordOf(p, t));
  while (!c.actorsStep(Infinity) || !c.eventsStep(Infinity));
  return c;
}
const snapshot = (c: Corpus): string[] => [...snapshotLines(c, RECORD_VERSION, () => ({ size: 1, mtimeMs: 2 }))].filter((l): l is string => l !== null);
const answers = (c: Corpus): string => JSON.stringify([c.build().result, c.eventsByDate().map((e) => e.id), c.stats()]);


/** The snapshot's lines with line `i` replaced by f(its JSON), and the header's counts moved by `header`. */
function edited(lines: string[], edits: Array<[number, (v: unknown[]) => unknown]>): string[] {
  return lines.map((l, j) => {
    const e = edits.find(([i]) => i === j);
    return e ? JSON.stringify(e[1](JSON.parse(l))) : l;
  });
}
const header = (lines: string[]) => JSON.parse(lines[0]) as { articles: number; groups: number; keyLines: number; kinds: number; drafts: number };

describe('corpus snapshot under attack: a snapshot that parses but lies is refused', () => {
  const live = settled(TEXTS);
  const good = snapshot(live);
  const h = header(good);
  // after the header, the groups, the order and the lines of keys listened to
  const firstArticle = 1 + h.groups + 1 + h.keyLines;
  const firstKind = firstArticle + h.articles;

  it('a good snapshot restores (the control)', () => {
    const c = restoreFrom(good, live);
    assert.ok(c instanceof Corpus);
    assert.equal(answers(c), answers(live));
  });

  it('refuses an article listed twice', () => {
    const twice = [JSON.stringify({ ...h, version: RECORD_VERSION, articles: h.articles + 1 }), ...good.slice(1, firstArticle + 1), good[firstArticle], ...good.slice(firstArticle + 1)];
    const c = restoreFrom(twice, live);
    assert.ok(c instanceof Error, 'refused');
  });

  it('refuses an event kind listed twice', () => {
    assert.ok(h.kinds >= 1, 'the texts make events');
    const kindLine = JSON.parse(good[firstKind]) as [string, number];
    const twice = [JSON.stringify({ ...header(good), version: RECORD_VERSION, kinds: h.kinds + 1 }), ...good.slice(1, firstKind + 1), JSON.stringify([kindLine[0], 0]), ...good.slice(firstKind + 1)];
    const c = restoreFrom(twice, live);
    assert.ok(c instanceof Error, 'refused');
  });

  it('refuses a group merged into itself or into a merged group, and an order that repeats a group', () => {
    assert.ok(restoreFrom(edited(good, [[1, (v) => [...v.slice(0, 6), 0, ...v.slice(7)]]]), live) instanceof Error, 'merged into itself');
    const order = JSON.parse(good[1 + h.groups]) as number[];
    assert.ok(order.length >= 1);
    assert.ok(restoreFrom(edited(good, [[1 + h.groups, () => [...order, order[0]]]]), live) instanceof Error, 'a repeated group');
    // two groups claiming one id
    const id = (JSON.parse(good[2]) as unknown[])[2];
    assert.ok(restoreFrom(edited(good, [[1, (v) => [...v.slice(0, 2), id, ...v.slice(3)]]]), live) instanceof Error, 'one id twice');
  });

  it('refuses an actor filed into a group of another kind', () => {
    const kinds = good.slice(1, 1 + h.groups).map((l) => (JSON.parse(l) as unknown[])[1]);
    const org = kinds.indexOf('organization');
    const person = kinds.indexOf('person');
    assert.ok(org >= 0 && person >= 0);
    // the first article whose actors include a person: that person filed into the organisation's group
    const at = good.findIndex((l, j) => j >= firstArticle && j < firstKind && (JSON.parse(l)[3] as number[]).some((g) => kinds[g] === 'person'));
    assert.ok(at >= 0);
    const lie = edited(good, [[at, (v) => [v[0], v[1], v[2], (v[3] as number[]).map((g) => (kinds[g] === 'person' ? org : g)), v[4], v[5]]]]);
    assert.ok(restoreFrom(lie, live) instanceof Error);
  });

  it('refuses an order that lists a group no article files into, or a merged group (the list would show a phantom, or crash making its actor)', () => {
    const order = JSON.parse(good[1 + h.groups]) as number[];
    const phantom = JSON.stringify(['person:nobody', 'person', '', [], null, [], -1, [], null]);
    const withPhantom = [JSON.stringify({ ...h, version: RECORD_VERSION, groups: h.groups + 1 }), ...good.slice(1, 1 + h.groups), phantom, JSON.stringify([...order, h.groups]), ...good.slice(2 + h.groups)];
    const c = restoreFrom(withPhantom, live);
    if (c instanceof Corpus) assert.doesNotThrow(() => c.actors(), 'at least no crash');
    assert.ok(c instanceof Error, 'refused');
    const merged = good.slice(1, 1 + h.groups).findIndex((l) => (JSON.parse(l) as unknown[])[6] !== -1);
    assert.ok(merged >= 0, 'the texts merge an acronym');
    assert.ok(restoreFrom(edited(good, [[1 + h.groups, () => [...order, merged]]]), live) instanceof Error, 'a merged group listed');
  });

  it('refuses two events with one id', () => {
    const firstDraft = firstKind + h.kinds;
    assert.ok(h.drafts >= 2);
    const id = (JSON.parse(good[firstDraft]) as unknown[])[0];
    assert.ok(restoreFrom(edited(good, [[firstDraft + 1, (v) => [id, ...v.slice(1)]]]), live) instanceof Error);
  });

  it('refuses an event order that repeats an event', () => {
    // the event order: the line before the labels' order, the last
    const order = good.length - 2;
    const all = JSON.parse(good[order]) as number[];
    assert.ok(all.length >= 4, 'two events at least');
    assert.ok(restoreFrom(edited(good, [[order, () => [all[0], all[1], ...all.slice(0, all.length - 2)]]]), live) instanceof Error);
  });

  it('after a restore, edits, saves and deletes leave the corpus equal to the live one edited alike, and to one built from the files but for ids', () => {
    const c = restoreFrom(good, live);
    assert.ok(c instanceof Corpus);
    const twin = settled(TEXTS);
    // ids are kept across edits (an id is made once, from the name its group first had): a corpus built from the files may name one otherwise
    const idFree = (x: Corpus): string => JSON.stringify(x.build().result).replace(/"[a-z0-9-]+_[a-z0-9]{4}"/g, '"ID"');
    const files = { ...TEXTS };
    const steps: Array<[string, string | null]> = [
      ['n1.txt', 'Ingrid Falkenrath resigned. “I am done,” Falkenrath said in Ostby on Tuesday.'],
      ['n2.txt', null],
      ['n5.txt', 'The CWA said the Coastal Water Authority would raise fees. Ormsby said nothing.'],
      ['n3.txt', TEXTS['n3.txt'] + ' Ormsby disagreed.'],
    ];
    for (const [p, t] of steps) {
      for (const x of [c, twin]) {
        if (t === null) x.remove(p);
        else x.upsert(p, recordOf(p, t));
        while (!x.actorsStep(Infinity) || !x.eventsStep(Infinity));
      }
      if (t === null) delete files[p];
      else files[p] = t;
      assert.equal(answers(c), answers(twin), `after ${p}`);
      assert.equal(idFree(c), idFree(settled(files)), `after ${p}`);
      assert.deepEqual(c.stats(), settled(files).stats());
    }
  });
});

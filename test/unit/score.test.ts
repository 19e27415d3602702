import { strict as assert } from 'node:assert';
import { judgeSpeaker, score, type GoldFile } from '../../src/eval/score';
import type { CorpusResult } from '../../src/extractor/types';

const quote = (start: number, end: number, speaker: string | null = null) => ({
  start,
  end,
  text: '',
  kind: 'direct' as const,
  speaker,
  speakerMention: { start: 0, end: 3, text: 'Ann' },
  cue: null,
});

const result = (quotes: ReturnType<typeof quote>[]): CorpusResult => ({
  tool: { name: 't', version: '0' },
  documents: [{ path: 'x/a.txt', title: null, published: null, quotes, mentions: [] }],
  actors: [{ id: 'ann', name: 'Ann Lee', kind: 'person', aliases: [], roles: [], mentionCount: 1, quoteCount: 1 }],
  events: [],
});

const gold = (quotes: GoldFile['documents'][0]['quotes']): GoldFile => ({ documents: [{ path: 'a.txt', quotes }] });
const g = (start: number, end: number, extra = {}) => ({ start, end, kind: 'direct', speakerName: 'Ann Lee', speakerMention: { start: 0, end: 3 }, cue: null, ...extra });

describe('eval: scores as the spec defines them', () => {
  it('matches by coverage of the gold span at 0.3 and 0.8', () => {
    const s = score(result([quote(0, 50, 'ann')]), gold([g(0, 100)]));
    assert.equal(s.quotes.lenient.matched, 1);
    assert.equal(s.quotes.strict.matched, 0);
  });

  it('matches each gold quote once, to the best-covering prediction', () => {
    const s = score(result([quote(0, 100, 'ann'), quote(0, 60, 'ann')]), gold([g(0, 100)]));
    assert.equal(s.quotes.lenient.matched, 1);
    assert.equal(s.quotes.lenient.precision, 0.5);
  });

  it('leaves borderline quotes out of every count', () => {
    const s = score(result([quote(0, 100, 'ann'), quote(200, 300)]), gold([g(0, 100), g(200, 300, { borderline: true })]));
    assert.equal(s.quotes.lenient.predicted, 1);
    assert.equal(s.quotes.lenient.gold, 1);
    assert.equal(s.quotes.lenient.f1, 1);
  });

  it('judges speakers strictly and leniently', () => {
    const acr = new Map([['north atlantic treaty organisation', ['nato']]]);
    assert.deepEqual(judgeSpeaker('Fumio Kishida', 'Kishida Fumio', acr), { strict: true, lenient: true });
    assert.deepEqual(judgeSpeaker('NATO', 'North Atlantic Treaty Organisation', acr), { strict: true, lenient: true });
    assert.deepEqual(judgeSpeaker('Stoltenberg', 'Jens Stoltenberg', acr), { strict: false, lenient: true });
    assert.deepEqual(judgeSpeaker('President Biden', 'Joe Biden', acr), { strict: false, lenient: true });
    assert.deepEqual(judgeSpeaker(null, null, acr), { strict: true, lenient: true });
  });

  it('counts actors found, wrong merges and splits', () => {
    const r = result([]);
    r.actors = [
      { id: 'a', name: 'Ann Lee', kind: 'person', aliases: ['Bo Chan'], roles: [], mentionCount: 1, quoteCount: 0 },
      { id: 'b', name: 'Lee', kind: 'person', aliases: [], roles: [], mentionCount: 1, quoteCount: 0 },
    ];
    const s = score(r, { documents: [], actors: [{ name: 'Ann Lee', kind: 'person', aliases: ['Lee'] }, { name: 'Bo Chan', kind: 'person' }, { name: 'Cy Dee', kind: 'person' }] });
    assert.equal(s.actors?.found, 2);
    assert.equal(s.actors?.wrongMerges.length, 1);
    assert.equal(s.actors?.splits.length, 1);
    assert.deepEqual(s.actors?.missing, ['Cy Dee']);
  });
});

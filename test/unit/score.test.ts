import { strict as assert } from 'node:assert';
import { continuationsOf, judgeSpeaker, mentionRightFor, score, speakerMentionErrors, type GoldFile } from '../../src/eval/score';
import { errorKind, formatSpeakerErrors } from '../../src/eval/speakerErrors';
import type { CorpusResult, Quote } from '../../src/extractor/types';

const quote = (start: number, end: number, speaker: string | null = null) => ({
  start,
  end,
  text: '',
  kind: 'direct' as const,
  speaker,
  speakerMention: { start: 0, end: 3, text: 'Ann' },
  cue: null as Quote['cue'],
});

const result = (quotes: Quote[]): CorpusResult => ({
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

  it('lists exactly the matched quotes that speaker-mention accuracy counts wrong', () => {
    const far = { ...quote(0, 100, 'ann'), speakerMention: { start: 500, end: 502, text: 'he' } };
    const unmatched = { ...quote(900, 950), speakerMention: null };
    const r = result([far, quote(200, 300, 'ann'), unmatched]);
    const gd = gold([g(0, 100), g(200, 300), g(400, 480, { borderline: true })]);
    const errors = speakerMentionErrors(r, gd);
    const s = score(r, gd);
    assert.equal(errors.length, s.speakerMention.of - s.speakerMention.right);
    assert.deepEqual(errors.map((e) => [e.path, e.pred.start, e.gold.start]), [['x/a.txt', 0, 0]]);
    assert.equal(errorKind(errors[0]), 'predicted pronoun, gold other');
    const report = formatSpeakerErrors(errors, 1, () => 'Ann said it.');
    assert.match(report, /^1 speaker-mention errors\n {4}1 {2}predicted pronoun, gold other\n/);
    assert.match(report, /predicted "he"@500, gold null@0/);
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

  describe('continuations', () => {
    // “A,” Ann said. “B.”: one predicted quote of two pieces
    const joined = { ...quote(0, 60, 'ann'), pieces: [{ start: 0, end: 20, text: '' }, { start: 40, end: 60, text: '' }], speakerMention: { start: 22, end: 25, text: 'Ann' }, cue: { start: 26, end: 30, text: 'said' } };
    const splitGold = (extra = {}): GoldFile => ({ documents: [{ path: 'a.txt', quotes: [g(0, 20, { speakerMention: { start: 22, end: 25 } }), g(40, 60, { speakerMention: { start: 22, end: 25 }, continuation: true })] }], ...extra });

    it('reads the convention: stated, else joined when gold quotes carry pieces', () => {
      assert.equal(continuationsOf(splitGold()), 'split');
      assert.equal(continuationsOf({ documents: [{ path: 'a.txt', quotes: [g(0, 60, { pieces: [{ start: 0, end: 20 }, { start: 40, end: 60 }] })] }] }), 'joined');
      assert.equal(continuationsOf(splitGold({ corpus: { continuations: 'joined' } })), 'joined');
    });

    it('against split gold a quote of two pieces is scored as its pieces, each with the speaker', () => {
      const s = score(result([joined]), splitGold());
      assert.equal(s.quotes.lenient.predicted, 2);
      assert.equal(s.quotes.lenient.matched, 2);
      assert.equal(s.speakerMention.right, 2);
      assert.equal(s.speaker?.strict, 1);
    });

    it('a piece after the first is a quotation; a mixed quote’s first piece without marks is reported speech', () => {
      const text = 'Ann said the plan works. “It is ready.”';
      const mixed = { ...quote(9, 37, 'ann'), kind: 'mixed' as const, pieces: [{ start: 9, end: 23, text: '' }, { start: 26, end: 37, text: '' }] };
      const s = score(result([mixed]), { documents: [{ path: 'a.txt', quotes: [g(9, 23, { kind: 'indirect' }), g(26, 37, { continuation: true })] }] }, () => text);
      assert.deepEqual([s.directMixed.matched, s.directMixed.predicted, s.indirect.matched, s.indirect.predicted], [1, 1, 1, 1]);
    });

    it('against joined gold the same quote is one quote', () => {
      const s = score(result([joined]), splitGold({ corpus: { continuations: 'joined' } }));
      assert.equal(s.quotes.lenient.predicted, 1);
      assert.equal(s.quotes.lenient.matched, 1);
    });

    it('a gold quote without mention is right for no mention or a continuation, wrong for a mention', () => {
      const none = { speakerMention: null };
      assert.equal(mentionRightFor({ speakerMention: null }, none), true);
      assert.equal(mentionRightFor({ speakerMention: { start: 0, end: 3, text: 'Ann' }, continuation: true }, none), true);
      assert.equal(mentionRightFor({ speakerMention: { start: 0, end: 3, text: 'Ann' } }, none), false);
      assert.equal(mentionRightFor({ speakerMention: { start: 50, end: 53, text: 'Bo' } }, { speakerMention: { start: 0, end: 3 } }), false);
    });
  });

  it('counts events found, dated, reported as two and not in the gold', () => {
    const r = result([]);
    const ev = (label: string, start: number, date: string | null) => ({ id: label, label, kind: 'summit' as const, date, dateText: null, place: null, participants: [], sources: [{ path: 'x/a.txt', start, end: start + 10 }] });
    r.events = [ev('one', 0, '2024-07-09'), ev('two', 20, null), ev('extra', 50, null)];
    const text = 'The summit starts. The summit again.  Elsewhere a meeting.';
    const s = score(r, { documents: [{ path: 'a.txt', quotes: [] }], events: [{ label: 'Summit', date: '2024-07-09', mentions: [{ path: 'a.txt', text: 'The summit starts' }, { path: 'a.txt', text: 'The summit again' }] }] }, () => text);
    assert.deepEqual(s.events, { found: 1, dated: 1, of: 1, withDate: 1, split: ['Summit'], unlisted: ['extra'] });
  });
});

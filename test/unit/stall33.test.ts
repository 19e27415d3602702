/**
 * Host turns made shorter (stall33): a search row's quote start and speaker read without making the
 * quote must be quoteIn's own, and the restored registry's preparation in more, smaller turns must
 * leave the registry as one prepared at once (or not at all).
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/corpus/corpus';
import { CorpusLookup } from '../../src/corpus/lookup';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { withoutQuoteTexts, type RecordActor } from '../../src/corpus/record';
import { Registry } from '../../src/corpus/registry';
import { PathOrder } from '../../src/corpus/pathOrder';

const TEXTS: Record<string, string> = {
  'a.txt': 'Harbour board chair Odile Varga said the ferry would run again in March. “We have the boats and the crews,” Varga said. Councillor Tomas Reyes disagreed: “Varga promised this last year,” he said.',
  'b.txt': '“The bridge is safe,” engineer Mirela Dancu told reporters. Dancu added that the inspection found no cracks, and Tomas Reyes said he would read the report.',
  'c.txt': 'The council met on Monday. Nobody was quoted in this article at all.',
};

function checkSpeakers(corpus: Corpus): number {
  const lookup = new CorpusLookup(corpus);
  let checked = 0;
  for (const path of corpus.paths()) {
    const doc = corpus.document(path)!;
    for (const q of doc.quotes) {
      for (const [start, end] of [[q.start, q.end], [q.start + 1, q.start + 2], [q.start - 5, q.start + 1], [q.end - 1, q.end + 40]]) {
        const want = lookup.quoteIn(path, start, end);
        assert.ok(want);
        assert.deepEqual(lookup.quoteSpeakerIn(path, start, end), { start: want.start, speaker: want.speaker });
        checked++;
      }
    }
    // near miss: a span that ends where the first quote starts, or lies past the last, has none
    const first = doc.quotes[0];
    if (first) assert.equal(lookup.quoteSpeakerIn(path, first.start - 3, first.start), undefined);
    assert.equal(lookup.quoteSpeakerIn(path, 10_000, 10_010), undefined);
    assert.equal(lookup.quoteIn(path, 10_000, 10_010), undefined);
  }
  assert.equal(lookup.quoteSpeakerIn('nowhere.txt', 0, 10), undefined);
  return checked;
}

function org(name: string, i: number): RecordActor {
  return { key: `organization:${name.toLowerCase()}`, name, kind: 'organization', aliases: i % 5 === 0 ? [name.split(' ').map((w) => w[0]).join('')] : [], roles: [], orgHints: [], nameTokens: [], anonymous: false, mentions: 1 + (i % 3), quotes: i % 2 };
}

/** Organisations whose initials repeat (three letters: contested claims), some written with their acronym, and acronyms standing alone. */
function build(): Registry {
  const order = new PathOrder();
  const reg = new Registry(order);
  const words = ['Harbour', 'Pilots', 'Union', 'Ferry', 'Board', 'Trust', 'Port', 'Authority', 'Council', 'Guild'];
  for (let i = 0; i < 600; i++) {
    const path = `a${String(i).padStart(4, '0')}.txt`;
    order.add(path);
    const name = `${words[i % 10]} ${words[(i * 3 + 1) % 10]} ${words[(i * 7 + 2) % 10]}${i % 4 ? ` ${words[i % 9]}` : ''}`;
    const actors = [org(name, i)];
    if (i % 11 === 0) actors.push(org(name.split(' ').map((w) => w[0]).join(''), 1));
    reg.add(path, actors);
  }
  return reg;
}

describe('stall33: shorter host turns', () => {
  it('quoteSpeakerIn gives quoteIn’s start and speaker, for records with their texts', () => {
    const corpus = new Corpus();
    for (const [path, text] of Object.entries(TEXTS)) corpus.upsert(path, analyzeToRecord(text, {}, path));
    assert.ok(checkSpeakers(corpus) >= 12);
  });

  it('and for records whose quote texts are read from the article', () => {
    const corpus = new Corpus((path) => TEXTS[path]);
    for (const [path, text] of Object.entries(TEXTS)) corpus.upsert(path, withoutQuoteTexts(analyzeToRecord(text, {}, path)));
    assert.ok(checkSpeakers(corpus) >= 12);
  });

  it('soleArticle names the one article articlesOf lists, and none for an actor of two articles (near miss) or an unknown id', () => {
    const corpus = new Corpus();
    for (const [path, text] of Object.entries(TEXTS)) corpus.upsert(path, analyzeToRecord(text, {}, path));
    const lookup = new CorpusLookup(corpus);
    let one = 0;
    let several = 0;
    for (const a of corpus.actors()) {
      // asked before and after the list is cached: the same answer
      const before = lookup.soleArticle(a.id);
      const list = lookup.articles(a.id);
      assert.equal(before, list.length === 1 ? list[0] : undefined, a.name);
      assert.equal(lookup.soleArticle(a.id), before);
      if (list.length === 1) one++;
      if (list.length > 1) several++;
    }
    assert.ok(one >= 2 && several >= 1, `${one} of one article, ${several} of several`);
    const reyes = corpus.actors().find((a) => a.name === 'Tomas Reyes')!;
    assert.equal(lookup.soleArticle(reyes.id), undefined);
    assert.equal(lookup.soleArticle('no-such-actor'), undefined);
    // an article filed again (a save) leaves the answer current
    corpus.remove('a.txt');
    assert.equal(lookup.soleArticle(reyes.id), 'b.txt');
  });

  it('Registry.prepareStep makes the organisations’ acronyms in slices and its tables in turns of their own, leaving the registry as prepared at once', () => {
    const sliced = build();
    let calls = 1;
    while (!sliced.prepareStep(-Infinity)) calls++;
    const atOnce = build();
    let wholeCalls = 1;
    while (!atOnce.prepareStep(Infinity)) wholeCalls++;
    // aggregates, the name table, the acronyms, the tables: at least one turn each even without a deadline
    assert.ok(wholeCalls >= 3 && wholeCalls <= 4, `turns without a deadline: ${wholeCalls}`);
    assert.ok(calls > wholeCalls + 600 / 64 / 2, `turns with a deadline past: ${calls}`);
    const unprepared = build();
    const names = (r: Registry): unknown[] => r.actors().map(({ id: _, ...rest }) => rest);
    assert.deepEqual(names(sliced), names(unprepared));
    assert.deepEqual(names(atOnce), names(unprepared));
    assert.ok(sliced.prepareStep(-Infinity), 'done stays done');
  });
});

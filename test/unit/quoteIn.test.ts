import { strict as assert } from 'node:assert';
import { Corpus } from '../../src/corpus/corpus';
import { CorpusLookup } from '../../src/corpus/lookup';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { withoutQuoteTexts } from '../../src/corpus/record';

const TEXTS: Record<string, string> = {
  'a.txt': 'Harbour board chair Odile Varga said the ferry would run again in March. “We have the boats and the crews,” Varga said. Councillor Tomas Reyes disagreed: “Varga promised this last year,” he said.',
  'b.txt': '“The bridge is safe,” engineer Mirela Dancu told reporters. Dancu added that the inspection found no cracks, and Tomas Reyes said he would read the report.',
};

/** Every quote's answer to quoteIn (on its span, on a span inside it, between quotes) is the article's document quote. */
function check(corpus: Corpus): number {
  const lookup = new CorpusLookup(corpus);
  let checked = 0;
  for (const path of corpus.paths()) {
    const doc = corpus.document(path)!;
    for (const q of doc.quotes) {
      for (const [start, end] of [[q.start, q.end], [q.start + 1, q.start + 2], [q.start - 5, q.start + 1]]) {
        const want = doc.quotes.find((x) => x.start < end && x.end > start);
        assert.deepEqual(JSON.parse(JSON.stringify(lookup.quoteIn(path, start, end))), JSON.parse(JSON.stringify(want)));
        checked++;
      }
    }
    assert.equal(lookup.quoteIn(path, -10, 0), undefined);
    assert.equal(lookup.title(path), doc.title);
  }
  assert.equal(lookup.quoteIn('nowhere.txt', 0, 10), undefined);
  return checked;
}

describe('a search hit’s quote (CorpusLookup.quoteIn) without making the article’s other quotes', () => {
  it('answers as the article’s document does, speakers, pieces and about included, for records with their texts', () => {
    const corpus = new Corpus();
    for (const [path, text] of Object.entries(TEXTS)) corpus.upsert(path, analyzeToRecord(text, {}, path));
    assert.ok(check(corpus) >= 9);
  });

  it('and for records whose quote texts are read from the article', () => {
    const corpus = new Corpus((path) => TEXTS[path]);
    for (const [path, text] of Object.entries(TEXTS)) corpus.upsert(path, withoutQuoteTexts(analyzeToRecord(text, {}, path)));
    assert.ok(check(corpus) >= 9);
  });
});

import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

const body = '\n\nThe council met on Monday. Mayor Ines Kowal said the vote would go ahead.';

/** The quotes whose text lies in the first line. */
function headlineQuotes(headline: string): ReturnType<typeof quotesOf> {
  return quotesOf(headline + body).filter((q) => q.end <= headline.length);
}

describe('neg: headlines that report no speech', () => {
  it('a rubric before the colon is no speaker', () => {
    for (const h of ['Live: Floods close the coast road near Whitby', 'Breaking: Ferry strike halts crossings to Arran', 'The Latest: Storm moves east over the Baltic']) {
      assert.deepEqual(headlineQuotes(h), [], h);
    }
  });

  it('a name before the colon still speaks', () => {
    const [q] = headlineQuotes('Kowal: We will not close the library');
    assert.equal(q?.who, 'Ines Kowal');
  });

  it('a verb of judgement with a noun phrase, then an infinitive or a clause of its own, reports an act', () => {
    for (const h of ['Court rejects bid to halt the harbour dredging', 'Brewer defends bottling plan as workers warn of cuts', 'Senator slams peace plan after border clash']) {
      assert.ok(!headlineQuotes(h).some((q) => /^(?:rejects|defends|slams)$/.test(q.cue?.text ?? '')), h);
    }
  });

  it('a verb of judgement with a clause or a quotation still reports speech', () => {
    const qs = headlineQuotes('Minister rejects claims the harbour was sold too cheaply');
    assert.equal(qs.length, 1);
    assert.equal(qs[0].cue?.text, 'rejects');
  });
});

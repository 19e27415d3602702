import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

describe('a quotation, then a description and the name in apposition, then the cue', () => {
  it('"“A,” one ferry worker, NAME, said": the quotation alone is the content, direct', () => {
    const [q] = quotesOf('“The river rose overnight,” one ferry worker, Tomas Rieck, said as he tied up the boat.');
    assert.equal(q.who, 'Tomas Rieck');
    assert.equal(q.kind, 'direct');
    assert.equal(q.text, 'The river rose overnight,');
  });

  it('"“A,” her brother, NAME, said. “B.”": one direct quote in two pieces, the kin word no part of it', () => {
    const quotes = quotesOf('“He always said the bridge would fail,” her brother, Owen Malley, said. “Nobody listened.”');
    assert.equal(quotes.length, 1);
    const [q] = quotes;
    assert.equal(q.who, 'Owen Malley');
    assert.equal(q.kind, 'direct');
    assert.deepEqual(q.pieces?.map((p) => p.text), ['He always said the bridge would fail,', 'Nobody listened.']);
  });

  it('a neighbour and a grandmother are people nouns too', () => {
    for (const who of ['a neighbour', 'his grandmother', 'one cousin']) {
      const [q] = quotesOf(`“The dog barked all night,” ${who}, Ilse Varga, said.`);
      assert.equal(q.who, 'Ilse Varga', who);
      assert.equal(q.text, 'The dog barked all night,', who);
    }
  });
});

describe('a live blog: the clock stamp that opens an entry is no part of its content', () => {
  it('"10:10am — CONTENT, the board confirmed" and "9.45 pm - CONTENT, X said"', () => {
    const quotes = quotesOf('Floods: live\n\n10:10am — Ferries to the islands will not sail today, the Harbour Board confirmed.\n\n9.45 pm - The bridge has reopened to cars, Inspector Wren Adeyemi said.');
    assert.deepEqual(quotes.map((q) => q.text), ['Ferries to the islands will not sail today', 'The bridge has reopened to cars']);
  });

  it('a time that is part of the sentence stays in it', () => {
    const [q] = quotesOf('By 10:30 the water had gone down, the harbour master said.');
    assert.ok(q.text.startsWith('By 10:30'), q.text);
  });
});

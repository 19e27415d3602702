import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** The quote whose text matches `re` as [speaker's name or null, kind, text]; fails when no quote does. */
function quoteOf(text: string, re: RegExp): [string | null, string, string] {
  const quotes = analyze(text).quotes;
  const q = quotes.find((x) => re.test(x.text));
  assert.ok(q, `a quote matching ${re} is found in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return [q.speaker?.name ?? null, q.kind, q.text];
}

describe('a cue set inside its content by commas: "X, he said, was …"', () => {
  it('a name before the cue is what the words are about, and the content goes on after the cue', () => {
    for (const name of ['Van de Ven', 'James Maddison', 'Maddison']) {
      const [who, , words] = quoteOf(`Tom Reed spoke on Friday. ${name}, he said, was getting closer.`, /getting closer/);
      assert.equal(who, 'Tom Reed', name);
      assert.ok(words.startsWith(name), words);
    }
  });

  it('a quotation inside the clause after the cue makes one mixed quote', () => {
    const [who, kind, words] = quoteOf('Tom Reed confirmed that the striker was fit. Van de Ven, he said, was “getting closer”.', /getting closer/);
    assert.equal(who, 'Tom Reed');
    assert.equal(kind, 'mixed');
    assert.ok(words.startsWith('Van de Ven'), words);
  });

  it('people "of a PLACE noun noun" speak as one group', () => {
    const [who] = quoteOf('Residents of a Sarasota apartment complex told the Herald-Tribune that water was coming through their windows.', /water was coming/);
    assert.equal(who, 'Residents of a Sarasota apartment complex');
  });
});

describe('a clause after a parenthetical cue that opens an attribution of its own', () => {
  it('"…, state television reported, he said Iran “will not bow”" gives the second speaker his words', () => {
    const text = 'Ayatollah Ali Khamenei did not address the issue directly, but in a speech to students, state television reported, he said Iran “will not bow to bullying.”';
    const q = analyze(text).quotes.find((x) => /bow to bullying/.test(x.text));
    assert.ok(q);
    assert.match(q.speaker?.name ?? '', /Khamenei/);
  });
});

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { tokenize } from '../../src/extractor/tokenizer';
import { layout } from '../../src/extractor/text';

/**
 * Session 41 (speed): the tokenizer reads a word's last code units in the text before it looks
 * for a pronoun's clitic in its lower case ("They’ve" → "They" "’ve"); the split must be the one
 * the full test of the lower case gives, for every word, however it is written.
 */
const PRONOUN_CLITIC = /^(?:i|we|you|they|he|she|it)['’](?:ve|d|ll|re|m)$/;

/** Whether the one word `w` is split in two adjacent word tokens. */
function split(w: string): boolean {
  const t = tokenize(w, 0, w.length);
  return t.length === 2 && t[0].type === 'word' && t[1].type === 'word' && t[0].end === t[1].start;
}

describe('speed41c: the clitic test read from the text', () => {
  it('splits a pronoun from its auxiliary exactly where the lower-case test says so', () => {
    // İ lower-cases to two code units, K (the Kelvin sign) to an ASCII k: the lower case's length may differ from the word's
    const heads = ['i', 'I', 'İ', 'we', 'We', 'WE', 'you', 'You', 'they', 'They', 'THEY', 'he', 'He', 'she', 'it', 'It', 'its', 'ma', 'O', 'Kit', 'y', 'ÎI'];
    const tails = ['ve', 'VE', 'Ve', 'd', 'D', 'll', 'LL', 're', 'm', 'M', 's', 't', 'dd', 'ver', 'l'];
    const word = fc.tuple(fc.constantFrom(...heads), fc.constantFrom("'", '’'), fc.constantFrom(...tails)).map(([h, a, t]) => h + a + t);
    fc.assert(
      fc.property(word, (w) => {
        assert.equal(split(w), PRONOUN_CLITIC.test(w.toLowerCase()), w);
      }),
      { numRuns: 2000 },
    );
  });

  it('in running text, the clitics of a sentence and no other word', () => {
    const text = 'They’ve said I’d go; O’Neill’s aide didn’t, but we’ll see. İ’d and YOU’RE and it’s and They’ve. and “I’m”';
    const words = tokenize(text, 0, text.length).map((t) => t.text);
    assert.deepEqual(words, ['They', '’ve', 'said', 'I', '’d', 'go', ';', 'O’Neill’s', 'aide', 'didn’t', ',', 'but', 'we', '’ll', 'see', '.', 'İ’d', 'and', 'YOU', '’RE', 'and', 'it’s', 'and', 'They', '’ve', '.', 'and', '“', 'I', '’m', '”']);
  });
});

describe('speed41c: an abbreviation’s stop read from the text', () => {
  const sentencesOf = (line: string): string[] => {
    const p = layout(line).paragraphs[0];
    return p.sentences.map((s) => line.slice(s.start, s.end));
  };

  it('an abbreviation or initials that keep their stop end a sentence before a word that opens one, and only then', () => {
    assert.deepEqual(sentencesOf('The aid arrived, according to the U.N. The agency said more would come.'), ['The aid arrived, according to the U.N.', 'The agency said more would come.']);
    assert.deepEqual(sentencesOf('Shares rose at Lumenco Inc. The firm, based in Halifax, said profits held.'), ['Shares rose at Lumenco Inc.', 'The firm, based in Halifax, said profits held.']);
    // a title's stop, and initials before a name, end nothing
    assert.deepEqual(sentencesOf('Gov. Ana Ruiz met U.S. Trade Representative Bo Lind in Ottawa on Monday.'), ['Gov. Ana Ruiz met U.S. Trade Representative Bo Lind in Ottawa on Monday.']);
    // a possessive after initials ("the U.S.’s envoy") and a line with a clitic split before it keep their offsets
    assert.deepEqual(sentencesOf('They’ve met the U.S.’s envoy, said Sen. Ode of the U.K. He left.'), ['They’ve met the U.S.’s envoy, said Sen. Ode of the U.K.', 'He left.']);
  });
});

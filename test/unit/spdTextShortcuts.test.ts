import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { tokenize } from '../../src/extractor/tokenizer';
import { findRuns, classifyRun } from '../../src/extractor/names';

describe('tokens: a word met again is the same word', () => {
  it('every word token holds the text at its offsets, however often a word repeats', () => {
    const words = ['Odile', 'odile', 'Odile’s', 'ferry', 'FERRY', 'fe', 'Mr', 'Mr.', 'U.S.', 'don’t', 'Kell-Ames', 'a', 'ab', 'abcdefghijklm', 'Abcdefghijkl'];
    const texts = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '. ', ' “', '” ')), { maxLength: 60 }).map((ps) => ps.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(texts, (text) => {
        for (const t of tokenize(text, 0, text.length)) {
          assert.equal(t.text, text.slice(t.start, t.end));
          assert.equal(t.lower, t.text.toLowerCase());
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a repeated name is classified alike each time it appears', () => {
    const text = 'Odile Fenn spoke. Later Odile Fenn left, and Fenn’s boat stayed. Odile Fenn returned.';
    const tokens = tokenize(text, 0, text.length);
    const names = findRuns(tokens, 0, tokens.length).flatMap(([a, b]) => classifyRun(tokens, a, b, text)).map((e) => `${e.type}:${e.surface}`);
    assert.deepEqual(names.filter((n) => n.endsWith('Odile Fenn')), ['person:Odile Fenn', 'person:Odile Fenn', 'person:Odile Fenn']);
    assert.ok(names.includes('single:Fenn'), names.join(' | '));
  });

  it('a titled name is a lone surname with particles only when it opens with a particle', () => {
    const kinds = (text: string): string[] => {
      const tokens = tokenize(text, 0, text.length);
      return findRuns(tokens, 0, tokens.length).flatMap(([a, b]) => classifyRun(tokens, a, b, text)).map((e) => `${e.type}:${e.surface}`);
    };
    assert.ok(kinds('Councillor van der Brugge spoke.').includes('single:van der Brugge'));
    assert.ok(kinds('Councillor Vandermeer Brugge spoke.').includes('person:Vandermeer Brugge'));
    assert.ok(kinds('Councillor Dela Brugge spoke.').includes('person:Dela Brugge'));
  });
});

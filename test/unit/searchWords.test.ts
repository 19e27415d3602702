import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { MAX_WORD, searchLower, TermFinder, words } from '../../src/corpus/searchTerms';

// the words minisearch's own tokenizer gives, of the text lower-cased and its accents folded
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const minisearchWords = (text: string): string[] => tokenize(searchLower(text)).filter((w) => w && w.length <= MAX_WORD);

/** Characters news text holds, and the awkward ones: curly marks, dashes, spaces of other kinds, surrogate pairs, lone surrogates, a dotted capital I that lower-cases to two units. */
const PIECES = ['a', 'Zo', ' ', '.', ',', '’', '“', '”', '\u00a0', '\u2014', '\u2013', 'İ', 'ß', 'é', '\u0301', '\ud83d\ude00', '\ud800', '\udc00', '\u3000', '\n', '\r', '\t', '_', '-', '$', '€', '#', '\u{1e95e}', '\u{10100}', '\u2028', '9', '3.5', 'x'.repeat(MAX_WORD), 'y'.repeat(MAX_WORD + 1)];

describe('search words', () => {
  it('are the words minisearch’s tokenizer gives, lower-cased and accents folded, none over MAX_WORD', () => {
    assert.deepEqual(words('“We’ll see,” Mr. Mook said — at 3.5%.'), minisearchWords('“We’ll see,” Mr. Mook said — at 3.5%.'));
    // (the Turkish capital "İ" is read as "I": "istanbul" finds "İstanbul", see searchLower)
    assert.deepEqual(words('Ünïcode\u00a0İstanbul\u3000x'), ['unicode', 'istanbul', 'x']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(words(text), minisearchWords(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => assert.deepEqual(words(text), minisearchWords(text))), { numRuns: 3000 });
  });

  it('a term is found where words() would cut it, not inside a longer word', () => {
    const finder = new TermFinder(['ford', 'see']);
    assert.deepEqual([...finder.in('Mr. Ford’s plan — “we’ll see”')].sort(), ['ford', 'see']);
    assert.deepEqual([...finder.in('Fordham seemed')], []);
  });

  it('a term beside a separator of two code units is found, as words() cuts it there', () => {
    // U+10100 AEGEAN WORD SEPARATOR LINE and U+11047 BRAHMI DANDA are punctuation beyond 0xFFFF
    const text = 'ford\u{10100}see \u{11047}port';
    assert.deepEqual(words(text), ['ford', 'see', 'port']);
    assert.deepEqual([...new TermFinder(['ford', 'see', 'port']).in(text)].sort(), ['ford', 'port', 'see']);
    // a letter beyond 0xFFFF is no separator: 'see' inside '𐐀see' is part of a word
    assert.deepEqual([...new TermFinder(['see']).in('\u{10400}see')], []);
  });

  it('TermFinder finds in any text exactly the words() of it asked for', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const ws = words(text);
        assert.deepEqual([...new TermFinder(ws).in(text)].sort(), [...new Set(ws)].sort());
      }),
      { numRuns: 3000 },
    );
  });
});

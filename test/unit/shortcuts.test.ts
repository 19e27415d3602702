import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { normaliseName, normaliseNameByRules } from '../../src/extractor/actors';
import {
  nameWord,
  nameWordByRules,
  personKeyWithoutInitial,
  personKeyWithoutInitialByRules,
  personNameTokens,
  personNameTokensByRules,
  plainLower,
} from '../../src/extractor/nameForms';
import { knownLength } from '../../src/extractor/knownNames';
import { layout, pairQuotes } from '../../src/extractor/text';
import { tokenize } from '../../src/extractor/tokenizer';

/** Words of every shape the name rules treat apart: plain, particles, initials, suffixes, nicknames, marks, accents, digits. */
const WORDS = [
  'Ines', 'MORO', 'Tavi', 'mcKay', 'Bo', 'Kel3', 'de', 'De', 'van', 'Van', 'den', 'la', 'al', 'bin', 'Le', 'K', 'K.', 'T.R.', 'TR',
  'Jr.', 'Jr', 'III', 'sr', 'Bill', 'Liz', 'Ode-Banks', 'Ode‐Banks', 'O’Dara', "O'Dara", 'Moro’s', "Moro's", 'Zoë', 'Zoe\u0301',
  '“Tavi”', 'Ines,', 'x', 'Ö', 'Ab.', 'K-T',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\t', '\u00a0', '-'];

const names = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(...SEPARATORS), { minLength: 5, maxLength: 5 }), fc.boolean(), fc.boolean())
  .map(([words, seps, lead, trail]) => (lead ? ' ' : '') + words.map((w, i) => (i ? seps[i] : '') + w).join('') + (trail ? ' ' : ''));

describe('name forms: the short cut for plain names agrees with the rules', () => {
  it('normaliseName, nameWord, personNameTokens and the key without an initial', () => {
    fc.assert(
      fc.property(names, (name) => {
        assert.equal(normaliseName(name), normaliseNameByRules(name), name);
        assert.deepEqual(personNameTokens(name), personNameTokensByRules(name), name);
        assert.equal(personKeyWithoutInitial(name), personKeyWithoutInitialByRules(name), name);
        for (const word of name.split(/\s+/)) assert.equal(nameWord(word), nameWordByRules(word), word);
      }),
      { numRuns: 2000 },
    );
  });

  it('a plain name is its lower case in every normal form; any other is left to the rules', () => {
    assert.equal(plainLower('Ines van Moro'), 'ines van moro');
    assert.equal(normaliseName('Ines van Moro'), 'ines van moro');
    assert.deepEqual(personNameTokens('Ines van Moro'), ['ines', 'van moro']);
    assert.deepEqual(personNameTokens('Ines Tavi Moro'), ['ines', 'tavi', 'moro']);
    for (const other of ['ines moro', 'Ines  Moro', ' Ines', 'Ines ', 'K.', 'Zoë Moro', 'Ode-Banks', '']) assert.equal(plainLower(other), '', other);
  });

  it('the key without an initial finds the one initial, and only then', () => {
    assert.equal(personKeyWithoutInitial('Ines K. Moro'), personKeyWithoutInitial('Ines K Moro'));
    assert.notEqual(personKeyWithoutInitial('Ines K. Moro'), '');
    assert.equal(personKeyWithoutInitial('Ines Tavi Moro'), '');
    assert.equal(personKeyWithoutInitial('Ines T.R. Moro'), '');
  });
});

const PIECES = ['“', '”', '"', "''", '‘', '’', "'", '(', ')', ' (AP Photo/Ode Banks)', ' (Reuters)', ',', '.', ' ', ' said', ' Ines Moro', ' the ferry', ' Tavi’s', ' runs', '\n'];

describe('layout: lines without marks skip the passes that look for them', () => {
  it('gives the quotations that pairing the kept tokens anew gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        for (const p of layout(text).paragraphs) {
          // the tokens the credits left, tokenised again (so no mark is typed yet)
          const kept = new Set(p.tokens.map((t) => t.start));
          const fresh = tokenize(text, p.start, p.end).filter((t) => kept.has(t.start));
          const expected = p.kind === 'noise' ? [] : pairQuotes(fresh, p.end);
          assert.deepEqual(p.quotes, expected, JSON.stringify(text));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('a line met again is noise, a line alike in length and ends is not', () => {
    const a = 'Ines Moro said the ferry would run late on Tuesday.';
    const b = a.slice(0, 3) + 'x' + a.slice(4);
    const kinds = layout(`${a}\n${b}\n${a}`).paragraphs.map((p) => p.kind);
    assert.deepEqual(kinds, ['body', 'body', 'noise']);
  });
});

describe('known names: looked up word by word in the tree of their words', () => {
  /** The known name at token `from` of `phrase` that ends by token `to`, as "words kind", or '' for none. */
  const known = (phrase: string, from: number, to: number): string => {
    const k = knownLength(tokenize(phrase, 0, phrase.length), from, to);
    return k ? `${k.n} ${k.kind}` : '';
  };

  it('finds the longest name that ends by the limit, the last word without its possessive', () => {
    assert.equal(known('the Netherlands', 0, 2), '2 country');
    assert.equal(known('the Netherlands', 1, 2), '1 country');
    assert.equal(known('the Netherlands', 0, 1), '');
    assert.equal(known('Kenya’s', 0, 1), '1 country');
    assert.equal(known('South Korea’s', 0, 2), '2 country');
    assert.equal(known('United Nations Security Council', 0, 4), '2 organization');
  });

  it('goes on past a possessive only where a known name has it', () => {
    // "New York’s" ends the name: no known name goes on from it
    assert.equal(known('New York’s City', 0, 3), '2 place');
    assert.equal(known('the United States Senate', 1, 4), '2 country');
    assert.equal(known('the United States Senate', 3, 4), '1 organization');
    assert.equal(known('Ines Moro', 0, 2), '');
    assert.equal(known('Ines Moro', 1, 1), '');
  });
});

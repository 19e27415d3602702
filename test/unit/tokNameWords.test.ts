import { strict as assert } from 'node:assert';
import { mixedDigits } from '../../src/extractor/nameWords';

/** The pattern mixedDigits stands for: a digit and a small letter or a mark, in either order. */
const MIXED_DIGITS = /\p{N}.*[\p{Ll}\p{M}]|[\p{Ll}\p{M}].*\p{N}/u;

describe('nameWords: mixedDigits', () => {
  it('finds a digit among small letters or marks, in either order', () => {
    assert.equal(mixedDigits('2nd'), true);
    assert.equal(mixedDigits('Covid19'), true);
    assert.equal(mixedDigits('Gü1'), true);
    assert.equal(mixedDigits('A\u03031'), true);
    assert.equal(mixedDigits('ğ7'), true);
    assert.equal(mixedDigits('G7'), false);
    assert.equal(mixedDigits('COVID-19'), false);
    assert.equal(mixedDigits('Erdoğan’s'), false);
    assert.equal(mixedDigits('Müller'), false);
    assert.equal(mixedDigits('Ğ7'), false);
  });

  it('answers as the pattern does for every character of the ranges it scans itself, and beyond', () => {
    const chars: string[] = [];
    for (let c = 0; c <= 0x3ff; c++) chars.push(String.fromCharCode(c));
    chars.push('’', '‐', '²', '½', '٣', 'ß', 'Ω', 'ω', '\u{1d7d8}', '\u{10400}', '\u{10428}');
    for (const a of chars) {
      for (const word of [`${a}1`, `1${a}`, `X${a}`, `${a}x9`, `9${a}Y`]) assert.equal(mixedDigits(word), MIXED_DIGITS.test(word), JSON.stringify(word));
    }
  });
});

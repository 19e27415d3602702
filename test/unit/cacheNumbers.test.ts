import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { numbersOf, numbersText, readNumbers } from '../../src/vscode/indexing/cacheNumbers';

describe('index cache: lists of numbers as one string', () => {
  it('gives back every list of 32-bit integers as written, and JSON keeps the string as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -2, max: 70 }), fc.integer())), (nums) => {
        const s = numbersText(nums);
        assert.equal(JSON.stringify(s), `"${s}"`);
        assert.deepEqual(numbersOf(JSON.parse(JSON.stringify(s))), nums);
      }),
    );
    for (const edge of [[0], [-1], [31], [32], [-2147483648], [2147483647], []]) assert.deepEqual(numbersOf(numbersText(edge)), edge);
  });

  it('small numbers take one character each (the indexes and counts of a head)', () => {
    assert.equal(numbersText([0, 1, -1, 15, -16]).length, 5);
    assert.equal(numbersText([16, 511]).length, 4);
  });

  it('refuses what it did not write: no string, a character that is no digit, a number cut short or too long for 32 bits', () => {
    for (const bad of [7, null, ['0'], 'w!', 'é', '0', '1000000w', `${numbersText([1])} `]) assert.equal(readNumbers(bad), null, JSON.stringify(bad));
    // past 32 bits in seven digits
    assert.equal(readNumbers('VVVVVV_'), null);
    assert.deepEqual(numbersOf('3VVVVV_'), [-2147483648]);
  });

  it('refuses non-integers and numbers past 32 bits when writing (a writer\'s bug, never a file)', () => {
    for (const bad of [0.5, NaN, 2 ** 31, -(2 ** 31) - 1]) assert.throws(() => numbersText([bad]));
  });

  it('reads into one reused buffer, grown for a long string', () => {
    const long = Array.from({ length: 5000 }, (_, i) => i - 2500);
    const r = readNumbers(numbersText(long))!;
    assert.equal(r.count, long.length);
    assert.deepEqual(Array.from(r.numbers.subarray(0, r.count)), long);
    assert.equal(readNumbers(numbersText([3]))!.numbers, r.numbers, 'the same buffer');
  });
});

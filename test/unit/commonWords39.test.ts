import { strict as assert } from 'node:assert';
import { isCommonWord } from '../../src/extractor/commonWords';

/** Session 39: the Bloom filter of common English words (src/extractor/commonWords.ts); a hashing that differed from the build's (scripts/bloom.mjs) would know none of the common words. */
describe('common English words', () => {
  it('knows common nouns that open a sentence, singular and plural', () => {
    for (const w of ['revenue', 'production', 'growth', 'sales', 'profits', 'shares', 'inflation', 'construction', 'demand', 'output']) assert.ok(isCommonWord(w), w);
  });

  it('does not know made-up or foreign company names (a false positive is one in a hundred at most)', () => {
    const names = ['stellantis', 'vexanto', 'loblaw', 'telus', 'tesco', 'unifor', 'meralco', 'eskom', 'petronas', 'activision', 'qorvalix', 'zendrova', 'brixtonia', 'kalvanor', 'ostrevia', 'plumtrex', 'vandoria', 'tressaline', 'morvicor', 'quellant'];
    const known = names.filter(isCommonWord);
    assert.ok(known.length <= 2, known.join(', '));
  });
});

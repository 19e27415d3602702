/**
 * Common English words, to tell a capitalised word that opens a sentence ("Revenue will rise …")
 * from a name no list knows ("Stellantis will cut …"). The words are those of the npm package
 * `an-array-of-english-words` (about 275,000 lower-case words with their inflected forms, from the
 * `word-list` package; MIT), put at build time (esbuild.config.mjs, `common-word-list`) into a
 * Bloom filter of 1% false positives, 330 KB: a name taken for a common word in one case of a
 * hundred stays no body's, the cautious side. The hashing repeats scripts/bloom.mjs.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bloom: BLOOM_BASE64 } = require('an-array-of-english-words') as { bloom: string };

/** Hashes per word, as scripts/bloom.mjs BLOOM_HASHES. */
const HASHES = 7;
let bits: Uint8Array | undefined;

/** Whether `lower` (a word in lower case, three letters or more) is, by the filter, a common English word. Decodes the filter on first use. */
export function isCommonWord(lower: string): boolean {
  bits ??= new Uint8Array(Buffer.from(BLOOM_BASE64, 'base64'));
  const m = bits.length * 8;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  for (let i = 0; i < HASHES; i++) {
    const p = ((h1 + Math.imul(i, h2 | 1)) >>> 0) % m;
    if (!(bits[p >> 3] & (1 << (p & 7)))) return false;
  }
  return true;
}

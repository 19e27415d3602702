// The Bloom filter's parameters and hashing, shared by the build (esbuild.config.mjs, which fills
// the filter with common English words) and the extractor (src/extractor/commonWords.ts, which
// asks it; it repeats these few lines in TypeScript, and test/unit/commonWords39.test.ts fails
// when the two disagree: no common word would be found).
/** Hashes per word: 7 for a 1% false-positive rate at 9.6 bits per word (Bloom 1970; the usual k = m/n ln 2). */
export const BLOOM_HASHES = 7;
/** Bits for `n` words at a 1% false-positive rate: n * -ln(0.01) / ln(2)^2, about 9.6 n. */
export const bloomBits = (n) => Math.ceil((n * 9.6) / 8) * 8;
/** The `k` bit positions of `word` in `m` bits: double hashing of two 32-bit FNV-1a hashes (Kirsch and Mitzenmacher 2006). */
export function bloomPositions(word, m, k) {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  const out = [];
  for (let i = 0; i < k; i++) out.push(((h1 + Math.imul(i, h2 | 1)) >>> 0) % m);
  return out;
}

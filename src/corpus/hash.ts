/**
 * FNV-1a, 32 bits, over UTF-16 code units (http://www.isthe.com/chongo/tech/comp/fnv/): a fast,
 * well-spread string hash for actor and event ids, cache shards and change prints; not for
 * anything an attacker may aim at.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** `h` (FNV_OFFSET to start a hash) with the code units of `text` hashed in: an unsigned 32-bit integer. */
export function fnv1a(text: string, h = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** `h` with the low 32 bits of `n` hashed in as one unit (a count, an end mark). */
export const fnv1aUnit = (h: number, n: number): number => Math.imul(h ^ n, FNV_PRIME) >>> 0;

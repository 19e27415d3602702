/**
 * Lists of integers as the index cache's heads hold them: one short string each instead of a JSON
 * list. A warm start at 10,164 articles read 2.8 million numbers from the heads (each actor's ten,
 * each line start's gap), and V8's JSON parser spent about 200 instructions on each (scanning,
 * converting, building the list that was garbage right after); a string is scanned at a few
 * instructions a character and its digits read here with a table. No vscode import.
 *
 * A number n is zigzagged (n >= 0: 2n, else -2n - 1), then written in base 32, the most significant
 * digit first: a digit d is DIGITS[d] when more follow and DIGITS[32 + d] when it is the last, so
 * small numbers (the most, indexes and counts) take one or two characters and no separator.
 */

/** 64 characters that JSON writes as they are. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
/** Each character code's digit value (the last digits 32-63), -1 for a character that is none. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;
/** The most a number's digits so far may make before one more digit: its next may not pass 32 bits. */
const BEFORE_LAST = 0x7ffffff;

/** `nums` (integers in [-2^31, 2^31)) as one string; throws for any other number (a bug of the writer's, not a file's). */
export function numbersText(nums: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    if (!Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff) throw new Error(`not a 32-bit integer: ${n}`);
    let z = n >= 0 ? 2 * n : -2 * n - 1;
    let digits = DIGITS[32 + (z % 32)];
    for (z = Math.floor(z / 32); z > 0; z = Math.floor(z / 32)) digits = DIGITS[z % 32] + digits;
    s += digits;
  }
  return s;
}

/** Where readNumbers puts the numbers it reads: grown as needed, reused by every call. */
let scratch = new Int32Array(1024);

/**
 * The numbers of a string numbersText wrote, in a buffer every call reuses (valid until the next
 * call): its first `count` entries. Null when `s` is no such string (a character that is no digit,
 * a number cut short or out of 32-bit range): a damaged head.
 */
export function readNumbers(s: unknown): { numbers: Int32Array; count: number } | null {
  if (typeof s !== 'string') return null;
  // at most one number per character
  if (scratch.length < s.length) scratch = new Int32Array(Math.max(s.length, 2 * scratch.length));
  const out = scratch;
  let count = 0;
  // the number read so far (in 32-bit arithmetic, unsigned), and whether digits of it came
  let z = 0;
  let open = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c < 128 ? VALUE[c] : -1;
    if (d < 0 || z > BEFORE_LAST) return null;
    z = ((z << 5) | (d & 31)) >>> 0;
    if (d < 32) open = true;
    else {
      // zigzag back: even is n >= 0
      out[count++] = (z >>> 1) ^ -(z & 1);
      z = 0;
      open = false;
    }
  }
  return open ? null : { numbers: out, count };
}

/** readNumbers as a list of its own (tests, and what reads a head once); null as readNumbers. */
export function numbersOf(s: unknown): number[] | null {
  const r = readNumbers(s);
  return r && Array.from(r.numbers.subarray(0, r.count));
}

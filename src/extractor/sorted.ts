/** Binary search over lists in ascending order, for look-ups that must stay logarithmic on long articles. */

/**
 * The first index in [from, to) whose key is >= `value`, or `to` when none is.
 * @param keyAt the key of index i; keys must not decrease with i (strings: by code unit, as `<` compares).
 */
export function lowerBound<K extends number | string>(keyAt: (i: number) => K, value: K, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

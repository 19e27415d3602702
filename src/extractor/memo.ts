/**
 * A bounded memo for functions of one string that are asked again and again about the same words
 * (names repeat within and across articles).
 */

/**
 * `compute` memoised by its argument. The cache is emptied once it holds more than `limit`
 * entries, so memory stays bounded over a large corpus; `compute` must not return undefined.
 */
export function memoised<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size > limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

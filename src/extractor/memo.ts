/**
 * A bounded memo for functions of one string that are asked again and again about the same words
 * (names repeat within and across articles).
 */

/**
 * A copy of `s` that shares no memory with the string it was cut from. V8 keeps a substring of 13
 * or more characters as a slice of its parent (an article's whole text): a memo keyed by slices
 * keeps every text it has seen alive, and in an indexing worker that is every article.
 */
export function ownCopy(s: string): string {
  // (a shorter string is a copy already, and no concatenation either: none shares a parent's memory)
  if (s.length < 13) return s;
  // the concatenation is flattened into a new string before it is sliced
  return (' ' + s).slice(1);
}

/**
 * `compute` memoised by its argument. The cache is emptied once it holds more than `limit`
 * entries, so memory stays bounded over a large corpus; `compute` must not return undefined.
 */
export function memoised<T>(compute: (key: string) => T, limit = 100_000): (key: string) => T {
  const cache = new Map<string, T>();
  // the last key asked and its value: rules ask about the same word several times in a row (a
  // quarter of the given-name look-ups), and a comparison costs less than a look-up in a large table
  let lastKey = '';
  let lastValue: T | undefined;
  return (key) => {
    if (key === lastKey && lastValue !== undefined) return lastValue;
    let value = cache.get(key);
    if (value === undefined) {
      const computed = compute(key);
      // a value cut from the key (or built on a slice of it) would keep the text alive as well
      value = (typeof computed === 'string' ? ownCopy(computed) : computed) as T;
      if (cache.size > limit) cache.clear();
      key = ownCopy(key);
      cache.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value;
  };
}

/**
 * Ids of actors and events: a readable slug, then "_" and a short hash of what makes the thing
 * itself (an actor's registry key, an event's first passage). The "_" never occurs in a slug, so an
 * id cannot be mistaken for another with a date or a counter after it ("election-2016-04" and
 * "-10"); the hash keeps an id the same for as long as the thing exists, whatever else changes.
 */
import { FNV_OFFSET, fnv1a } from './hash';

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case ASCII words joined by "-": "Jens Stoltenberg" -> "jens-stoltenberg"; never empty. */
export function slug(s: string, fallback = 'x'): string {
  // ASCII is its own NFKD form, with no combining marks to drop: most names skip ICU and the regular expressions
  if (ASCII.test(s)) return asciiSlug(s) || fallback;
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return out || fallback;
}

/** slug() of an ASCII string, '' when it has no letter or digit: the same steps in one pass over its characters. */
function asciiSlug(s: string): string {
  const codes: number[] = [];
  let gap = false;
  // (the first 60 letters, digits and "-" are all a slug keeps)
  for (let i = 0; i < s.length && codes.length < 60; i++) {
    const c = s.charCodeAt(i);
    // an apostrophe is dropped before runs of other characters become "-"
    if (c === 0x27) continue;
    const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    if ((lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39)) {
      // a run between two letters or digits: none before the first, none after the last
      if (gap && codes.length) codes.push(0x2d);
      codes.push(lower);
      gap = false;
    } else {
      gap = true;
    }
  }
  // at most 60 characters, not ending in "-" (one at most: runs are single)
  if (codes.length > 60) codes.length = 60;
  if (codes[codes.length - 1] === 0x2d) codes.length--;
  // one flat string (built a character at a time, it would be kept as a chain of concatenations)
  return String.fromCharCode.apply(null, codes);
}

/** The second hash's seed: two seeds, two independent hashes. */
const SECOND_SEED = (FNV_OFFSET ^ 0x9e3779b9) >>> 0;

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** The 6 lowest base-36 digits of h, lowest first. */
function base36Digits(h: number): string {
  let out = '';
  for (let i = 0; i < 6; i++) {
    out += DIGITS[h % 36];
    h = Math.floor(h / 36);
  }
  return out;
}

/**
 * Hands out ids unique among those it has out: `slug_hash`, the hash 4 characters long, longer
 * only when that id is already taken by another key (so an id depends on the key, and on other
 * keys only in a hash collision). `release` frees an id when its thing is gone. Each id out is
 * held by its owner: the key itself, or (with `keyOf`) a thing that has the key, so that a caller
 * that finds things by id needs no map of its own (the registry: 58,000 groups at 10,164 articles).
 */
export class IdPool<T = string> {
  private owners = new Map<string, T>();

  /** `keyOf` gives an owner's key (by default the owner is its key). */
  constructor(private readonly keyOf: (owner: T) => string = (owner) => owner as unknown as string) {}

  /** An id for `owner` (whose key is keyOf(owner)), named after `name`. */
  take(name: string, owner: T, fallback = 'x'): string {
    const key = this.keyOf(owner);
    const base = slug(name, fallback);
    // 12 base-36 characters of hash of `key`, the most mixed first: 6 from each of two 32-bit
    // hashes, the second made only when the first 6 do not tell the key apart (seldom)
    let hash = base36Digits(fnv1a(key));
    for (let n = 4; n <= 12; n++) {
      if (n === 7) hash += base36Digits(fnv1a(key, SECOND_SEED));
      // joined, not concatenated: a flat string, not a pair of pieces kept for as long as the id
      const id = [base, hash.slice(0, n)].join('_');
      const had = this.owners.get(id);
      if (had === undefined || this.keyOf(had) === key) {
        this.owners.set(id, owner);
        return id;
      }
    }
    // two keys whose 64-bit hashes agree: a counter, after the full hash
    for (let n = 2; ; n++) {
      const id = `${base}_${hash}_${n}`;
      if (!this.owners.has(id)) {
        this.owners.set(id, owner);
        return id;
      }
    }
  }

  /** Marks `id` as held by `owner`, as take() gave it (restoring a saved state: ./snapshot). */
  claim(id: string, owner: T): void {
    this.owners.set(id, owner);
  }

  /** Ids out. */
  get size(): number {
    return this.owners.size;
  }

  /** Takes `owners` (id → owner, as claim() would have made it) as the ids out, on a pool that has none (restoring a saved state): the pool owns the map from now on. */
  adopt(owners: Map<string, T>): void {
    if (this.owners.size) throw new Error('IdPool.adopt on a pool with ids out');
    this.owners = owners;
  }

  /** The owner holding `id`; undefined when it is not out. */
  ownerOf(id: string): T | undefined {
    return this.owners.get(id);
  }

  release(id: string): void {
    this.owners.delete(id);
  }
}

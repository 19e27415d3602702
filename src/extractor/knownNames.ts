/**
 * Known names: every country, organisation, place and capital of the gazetteers, keyed by its words
 * in lower case, and the look-up of the longest one starting at a token.
 */
import { baseLower, type Token } from './text';
import type { EntityType } from './entities';
import { CITIES, countryByCapital, countryBySurface, KNOWN_ORGS, REGIONS, US_STATES } from './gazetteer';

export const firstWords = (...sets: Iterable<string>[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const set of sets) {
    for (const entry of set) {
      const words = entry.split(' ');
      out.set(words[0], Math.max(out.get(words[0]) ?? 0, words.length));
    }
  }
  return out;
};
/** The words [from, to) in lower case, the last without its possessive: how the gazetteers key names. */
export function lowerText(tokens: Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to - 1; i++) out += tokens[i].lower + ' ';
  return out + baseLower(tokens[to - 1]);
}

/** A known name: its length in words, its kind, and the country's name for a country or a capital. */
export interface Known {
  n: number;
  kind: EntityType;
  name: string;
}

/**
 * Every known name (lower case) -> what it is, the first list that has it winning: a country, an
 * organisation, a place, a capital. One look-up per phrase tried instead of one per list.
 */
const KNOWN = new Map<string, Known>();
const addKnown = (key: string, kind: EntityType, name: string): void => {
  if (!KNOWN.has(key)) KNOWN.set(key, { n: key.split(' ').length, kind, name });
};
for (const [key, country] of countryBySurface) addKnown(key, 'country', country.name);
for (const key of KNOWN_ORGS) addKnown(key, 'organization', '');
for (const list of [REGIONS, US_STATES, CITIES]) for (const key of list) addKnown(key, 'place', '');
for (const [key, country] of countryByCapital) addKnown(key, 'capital', country.name);

/**
 * The known names as a tree of their words: a phrase is looked up one token's word at a time,
 * with the strings the tokens hold (their hashes kept), not a phrase string built and hashed
 * for each length tried.
 */
interface KnownNode {
  /** The known name these words make, if any. */
  known: Known | null;
  /** Word -> the node of these words and that word; null for a node no known name goes past. */
  next: Map<string, KnownNode> | null;
}
const KNOWN_TREE: KnownNode = { known: null, next: new Map() };
for (const [key, known] of KNOWN) {
  let node = KNOWN_TREE;
  for (const word of key.split(' ')) {
    node.next ??= new Map();
    let child = node.next.get(word);
    if (!child) node.next.set(word, (child = { known: null, next: null }));
    node = child;
  }
  node.known = known;
}

/** The longest known name starting at token i and ending by `to`, or null. The result is shared: read it, never change it. */
export function knownLength(tokens: Token[], i: number, to: number): Readonly<Known> | null {
  // "… the office of Secretary of" at the end of a line: nothing after "of"
  if (i >= to) return null;
  // the phrases of 1, 2, … words from i (a token holds no space: a name of n words is n tokens),
  // each with its last word without its possessive (one word alone too); none longer than five
  // words, nor once the words so far (possessive and all) begin no longer known name
  const limit = Math.min(5, to - i);
  let found: Known | null = null;
  let node: KnownNode | undefined = KNOWN_TREE;
  for (let m = 1; m <= limit; m++) {
    const t = tokens[i + m - 1];
    const next: Map<string, KnownNode> = node.next!;
    const at = t.base === t.text ? next.get(t.lower) : next.get(baseLower(t));
    if (at?.known) found = at.known;
    node = t.base === t.text ? at : next.get(t.lower);
    if (node === undefined || node.next === null) break;
  }
  return found;
}

/** Countries named like a US state: the state where the text lists it with states or after a US city. */
export const STATE_NAMED_COUNTRIES = new Set(['georgia']);
const LIST_JOINS = new Set([',', 'and', 'or', '&']);

/** Whether `tokens[from..to)` stands in a list with a US state ("in Georgia, Virginia and Alabama") or after a US city ("Atlanta, Georgia"). */
export function amongStates(tokens: Token[], from: number, to: number): boolean {
  const stateAt = (i: number, n: number): boolean => i >= 0 && i + n <= tokens.length && US_STATES.has(lowerText(tokens, i, i + n));
  let k = to;
  while (k < tokens.length && k < to + 2 && LIST_JOINS.has(tokens[k].lower)) k++;
  if (k > to && (stateAt(k, 1) || stateAt(k, 2))) return true;
  let b = from;
  while (b > 0 && b > from - 2 && LIST_JOINS.has(tokens[b - 1].lower)) b--;
  if (b === from) return false;
  return stateAt(b - 1, 1) || stateAt(b - 2, 2) || (tokens[from - 1].text === ',' && (CITIES.has(tokens[b - 1]?.lower ?? '') || CITIES.has(lowerText(tokens, Math.max(0, b - 2), b))));
}

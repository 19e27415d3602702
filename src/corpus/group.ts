/**
 * The registry's pieces: a contribution (one article's actor as filed), a group (one corpus-wide
 * actor in the making, its members kept in the order a from-scratch pass meets them), and the
 * small list and naming helpers the registry uses.
 */
import { normaliseName } from '../extractor/actors';
import { lowerBound } from '../extractor/sorted';
import type { Actor, ActorKind } from '../extractor/types';
import type { RecordActor } from './record';

/** One article's actor as the registry files it. */
export interface Contribution {
  readonly path: string;
  /** Its index in the article's record. */
  readonly index: number;
  readonly actor: RecordActor;
  /** Resolved by rule 2 (a lone surname, a role phrase, a nameless person). */
  readonly deferred: boolean;
  /** The group it joined (before acronym merging). */
  group: Group | null;
  /** Index keys whose holders decide where a deferred contribution goes. */
  readonly listens: string[];
  /** Its path's rank, as of `epoch` of the path order (-1 before the first look-up). */
  rank: number;
  epoch: number;
}

/** Ranks of paths in the order a from-scratch pass visits them; `epoch` changes when ranks are renumbered. */
export interface PathRanks {
  rank(path: string): number;
  readonly epoch: number;
}

export interface Aggregate {
  /** The contribution ranked first: its name names the group until canonicalName decides. */
  first: Contribution;
  aliases: string[];
  roles: string[];
  surfaceCounts: Map<string, number>;
  mentionCount: number;
  quoteCount: number;
  /** The acronym an organisation answers to ('' for none), found when first asked. */
  acronym?: string;
}

/** Contributions in rank order (path order, then place in the article), sorted when asked: a bulk load sorts once, an update nearly sorted. */
export class Members implements Iterable<Contribution> {
  private list: Contribution[] = [];
  private sorted = true;

  add(c: Contribution): void {
    if (this.list.length) this.sorted = false;
    this.list.push(c);
  }

  delete(c: Contribution): void {
    const i = this.list.indexOf(c);
    if (i >= 0) this.list.splice(i, 1);
  }

  get size(): number {
    return this.list.length;
  }

  ordered(rank: (c: Contribution) => number): Contribution[] {
    if (!this.sorted) {
      this.list.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
      this.sorted = true;
    }
    return this.list;
  }

  [Symbol.iterator](): Iterator<Contribution> {
    return this.list[Symbol.iterator]();
  }
}

/** One corpus-wide actor in the making: its contributions, and what is derived from them on demand. */
export class Group {
  /** Joined by rule 1 (their key). */
  readonly main = new Members();
  /** Joined by rule 2 (resolved, or by their own name). */
  readonly deferred = new Members();
  /** Keys ("t:" name word, "h:" organisation) this group is found under by rule 2. */
  indexKeys: string[] = [];
  agg: Aggregate | null = null;
  /** The acronym group this one was folded into (rule 3), if any. */
  mergedInto: Group | null = null;
  /** Groups folded into this one, when it is an acronym group. */
  merged: Group[] = [];
  /** The final actor (this group with those merged into it), cached until a change. */
  actor: Actor | null = null;

  /** Given when the group is first shown, from its name then: kept while the group lives. */
  id = '';

  /** A person's gender from its named members (titles, then first names), null when unknown or split; set by reindex. */
  gender: 'male' | 'female' | null = null;
  /** Lower-case words of the offices its named members hold ("president", "secretary"); set by reindex. */
  offices: string[] = [];
  /** Mentions of its named members (rule 1 and rule 4 names; not lone surnames): how prominent the person is. */
  namedMentions = 0;

  constructor(
    readonly key: string,
    readonly kind: ActorKind,
  ) {}

  get size(): number {
    return this.main.size + this.deferred.size;
  }
}

export const collator = new Intl.Collator();

export function setIn<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Where `x` goes in `list` (sorted by `cmp`): the first position from `lo` on whose item comes after `x`. */
export function insertionPoint<T>(list: T[], x: T, cmp: (a: T, b: T) => number, lo = 0): number {
  return lowerBound((i) => (cmp(list[i], x) <= 0 ? 0 : 1), 1, lo, list.length);
}

/** A person's fullest name; for an organisation the form used most (often its acronym). */
export function canonicalName(kind: ActorKind, first: string, surfaceCounts: Map<string, number>): string {
  const names = [...surfaceCounts.keys()];
  if (kind === 'person') {
    // the first name with the most words (each name's words counted once)
    let best = first;
    let most = first.split(/\s+/).length;
    for (const n of names) {
      const words = n.split(/\s+/).length;
      if (words > most) [best, most] = [n, words];
    }
    return best;
  }
  if (kind === 'organization') return names.reduce((best, n) => ((surfaceCounts.get(n) ?? 0) > (surfaceCounts.get(best) ?? 0) ? n : best), first);
  return first;
}

/** "NATO Secretary General" and "NATO Secretary-General" are one role; "The NATO head" and "the NATO head" one alias. */
export function distinct(phrases: string[]): string[] {
  const seen = new Map<string, string>();
  for (const p of phrases) {
    const key = normaliseName(p);
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

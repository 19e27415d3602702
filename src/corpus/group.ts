/**
 * The registry's pieces: a contribution (one article's actor as filed), a group (one corpus-wide
 * actor in the making, and its aggregate as a from-scratch pass meets its members), a refresh's
 * resumable tail, and the small list, naming and rule-2 helpers the registry uses.
 */
import { normaliseName } from '../extractor/actors';
import { lowerBound } from '../extractor/sorted';
import { officeWords } from '../extractor/nameForms';
import { memoised } from '../extractor/memo';
import type { Actor, ActorKind } from '../extractor/types';
import type { RecordActor } from './record';

/** One article's actor as the registry files it. */
export interface Contribution {
  readonly path: string;
  /** Its index in the article's record. */
  readonly index: number;
  /** Replaced by an equal actor when its article is filed again unchanged in it (Registry.replace). */
  actor: RecordActor;
  /** Resolved by rule 2 (a lone surname, a role phrase, a nameless person). */
  readonly deferred: boolean;
  /** The group it joined (before acronym merging). */
  group: Group | null;
  /** Index keys whose holders decide where a deferred contribution goes. */
  readonly listens: string[];
}

/** Ranks of paths in the order a from-scratch pass visits them (-1: a path not in it). */
export interface PathRanks {
  rank(path: string): number;
}

export interface Aggregate {
  /** The contribution ranked first: its name names the group until canonicalName decides. */
  first: Contribution;
  /** Every name and alias of its members, each once, in member order (a member's name before its aliases). */
  aliases: string[];
  roles: string[];
  /** Each member name's mentions and quotes, the names in member order. */
  surfaceCounts: Map<string, number>;
  mentionCount: number;
  quoteCount: number;
  /** The acronym an organisation answers to ('' for none), found when first asked. */
  acronym?: string;
  /** Its first name in lower case when that name is itself an acronym ("nato"), else ''; found when first asked. */
  ownAcronym?: string;
  /** What the above are made from, kept (for groups of TALLY_MIN members or more) so that members joining later are folded in by their share alone. */
  tally: Tally | null;
}

/** Groups this large keep their tally: a smaller one is made again from all its members at less cost than the tally's heap. */
const TALLY_MIN = 8;

/** Per name, alias and role of a group's members: who has it first (in member order) and how often. */
export interface Tally {
  /** Alias -> its first holder, and its place in that holder's name and aliases. */
  aliasFirst: Map<string, { c: Contribution; pos: number }>;
  /** Member name -> its first holder, and its mentions and quotes over all holders. */
  surfaces: Map<string, { c: Contribution; n: number }>;
  roleUses: Map<string, number>;
  mentionCount: number;
  quoteCount: number;
  first: Contribution | null;
}

/**
 * A group's aggregate, as a from-scratch pass over its members in order (main members, then
 * deferred ones, each by path rank and place in the article) makes it. Members that joined since
 * the last aggregate (`g.fresh`, while nothing left) are folded into its tally: a popular actor's
 * aggregate costs its new members, not all of them, at each settle. `rank` is a member's path rank.
 */
export function aggregateOf(g: Group, rank: (c: Contribution) => number): Aggregate {
  if (g.agg && !g.fresh.length) return g.agg;
  if (!g.agg?.tally) g.agg = null;
  if (!g.agg && g.size === 1) {
    g.fresh = NO_MEMBERS;
    return (g.agg = loneAggregate(g));
  }
  return (g.agg = tallied(g, rank));
}

/** aggregateOf of a group of several members, or of one that keeps its tally (kept apart: asked far less often than aggregateOf, and compiled on its own). */
function tallied(g: Group, rank: (c: Contribution) => number): Aggregate {
  const kept = g.agg?.tally;
  const t = kept ?? emptyTally();
  if (kept) tallyMembers(t, g.fresh, rank, 0, g.fresh.length);
  else {
    tallyMembers(t, g.main, rank, 0, g.main.length);
    tallyMembers(t, g.deferred, rank, 0, g.deferred.length);
  }
  return summed(g, t, rank);
}

function emptyTally(): Tally {
  return { aliasFirst: new Map(), surfaces: new Map(), roleUses: new Map(), mentionCount: 0, quoteCount: 0, first: null };
}

/** A group's aggregate from its members' whole tally `t`. */
function summed(g: Group, t: Tally, rank: (c: Contribution) => number): Aggregate {
  g.fresh = NO_MEMBERS;
  const before = (a: Contribution, b: Contribution): number => memberOrder(a, b, rank);
  const aliases = [...t.aliasFirst].sort((x, y) => before(x[1].c, y[1].c) || x[1].pos - y[1].pos).map(([alias]) => alias);
  const surfaceCounts = new Map([...t.surfaces].sort((x, y) => before(x[1].c, y[1].c)).map(([name, s]) => [name, s.n]));
  // most used first (the title readers know), then alphabetical
  // the shared collator orders as localeCompare with no arguments does, without making one per call
  const roles = [...t.roleUses.keys()].sort((a, b) => t.roleUses.get(b)! - t.roleUses.get(a)! || collator.compare(a, b));
  return { first: t.first!, aliases, roles, surfaceCounts, mentionCount: t.mentionCount, quoteCount: t.quoteCount, tally: g.size >= TALLY_MIN ? t : null };
}

/** Members a step of a sliced tally folds in between two looks at the clock. */
const TALLY_SLICE = 256;

/** A group's aggregate being made in slices (aggregateStep): its tally so far and the members folded in (main ones, then deferred). */
export interface TallyRun {
  readonly g: Group;
  readonly t: Tally;
  done: number;
}

/**
 * A run of aggregateStep for group `g`, whose aggregate is to be made from all its members. Valid
 * while no member joins or leaves `g` (the caller drops it then) and nothing else makes its aggregate.
 */
export function startTally(g: Group): TallyRun {
  return { g, t: emptyTally(), done: 0 };
}

/**
 * aggregateOf in slices, for a large group: folds members into `run`'s tally until `deadline`
 * (performance.now() ms); once all are in, sets and returns the group's aggregate (the same as
 * aggregateOf makes), else returns null. `rank` is a member's path rank.
 */
export function aggregateStep(run: TallyRun, rank: (c: Contribution) => number, deadline: number): Aggregate | null {
  const g = run.g;
  const m = g.main.length;
  while (run.done < g.size) {
    const list = run.done < m ? g.main : g.deferred;
    const from = run.done < m ? run.done : run.done - m;
    const to = Math.min(list.length, from + TALLY_SLICE);
    tallyMembers(run.t, list, rank, from, to);
    run.done += to - from;
    if (performance.now() > deadline && run.done < g.size) return null;
  }
  return (g.agg = summed(g, run.t, rank));
}

/** The order of a from-scratch pass over a group's members: main ones before deferred ones, then by path rank and place in the article. */
function memberOrder(a: Contribution, b: Contribution, rank: (c: Contribution) => number): number {
  return Number(a.deferred) - Number(b.deferred) || rank(a) - rank(b) || a.index - b.index;
}

/** Folds `members` from `from` to `to` (exclusive) into tally `t`: the first member, each name and alias's first holder, role uses, mention and quote counts. */
function tallyMembers(t: Tally, members: readonly Contribution[], rank: (c: Contribution) => number, from: number, to: number): void {
  // (plain loops, no closure per member: this runs for every member of every group at a first refresh)
  for (let i = from; i < to; i++) {
    const c = members[i];
    const a = c.actor;
    if (!t.first || memberOrder(c, t.first, rank) < 0) t.first = c;
    noteAlias(t, c, a.name, 0, rank);
    for (let j = 0; j < a.aliases.length; j++) noteAlias(t, c, a.aliases[j], j + 1, rank);
    for (let j = 0; j < a.roles.length; j++) t.roleUses.set(a.roles[j], (t.roleUses.get(a.roles[j]) ?? 0) + 1);
    const s = t.surfaces.get(a.name);
    if (!s) t.surfaces.set(a.name, { c, n: a.mentions + a.quotes });
    else {
      s.n += a.mentions + a.quotes;
      if (memberOrder(c, s.c, rank) < 0) s.c = c;
    }
    t.mentionCount += a.mentions;
    t.quoteCount += a.quotes;
  }
}

/**
 * The aggregate of `g` once member `c` (already taken out of its lists) has left, made from the
 * kept tally by `c`'s share alone, and the members that joined meanwhile folded in; null when it
 * must be made again from every member (no tally kept, or `c` was the first holder of the group,
 * of one of its names or of its surface: the next holder is unknown without a pass). A save takes
 * every member of the article out and files them again: for a group of thousands of members a
 * pass over all of them (60-80 ms of the host's thread at 10k articles, bench:editor profile).
 */
export function untallied(g: Group, c: Contribution, rank: (c: Contribution) => number): Aggregate | null {
  const t = g.agg?.tally;
  if (!t || !g.size) return null;
  const waiting = g.fresh.indexOf(c);
  if (waiting >= 0) {
    // never folded in
    g.fresh = g.fresh.length > 1 ? g.fresh.filter((m) => m !== c) : NO_MEMBERS;
  } else {
    const a = c.actor;
    const s = t.surfaces.get(a.name);
    if (t.first === c || s?.c === c || t.aliasFirst.get(a.name)?.c === c) return null;
    for (let j = 0; j < a.aliases.length; j++) if (t.aliasFirst.get(a.aliases[j])?.c === c) return null;
    if (s) s.n -= a.mentions + a.quotes;
    for (let j = 0; j < a.roles.length; j++) {
      const n = (t.roleUses.get(a.roles[j]) ?? 0) - 1;
      if (n > 0) t.roleUses.set(a.roles[j], n);
      else t.roleUses.delete(a.roles[j]);
    }
    t.mentionCount -= a.mentions;
    t.quoteCount -= a.quotes;
  }
  tallyMembers(t, g.fresh, rank, 0, g.fresh.length);
  return summed(g, t, rank);
}

/** Notes that member `c` has `alias` at `pos` of its name and aliases: its first holder (in member order, then place) is kept. */
function noteAlias(t: Tally, c: Contribution, alias: string, pos: number, rank: (c: Contribution) => number): void {
  const had = t.aliasFirst.get(alias);
  if (!had) t.aliasFirst.set(alias, { c, pos });
  else if ((memberOrder(c, had.c, rank) || pos - had.pos) < 0) (had.c = c), (had.pos = pos);
}

/**
 * aggregateOf for a group of one member (most groups): its names as it gives them, each once; no
 * tally, no sort but of its roles. The same aggregate as the general pass makes.
 */
function loneAggregate(g: Group): Aggregate {
  const c = lonelyMember(g);
  const a = c.actor;
  const aliases = [a.name];
  for (const x of a.aliases) if (!aliases.includes(x)) aliases.push(x);
  const roles = a.roles.length > 1 ? rolesByUse(a.roles) : a.roles.slice();
  return { first: c, aliases, roles, surfaceCounts: new Map([[a.name, a.mentions + a.quotes]]), mentionCount: a.mentions, quoteCount: a.quotes, tally: null };
}

/** The one member of a group of one. */
export function lonelyMember(g: Group): Contribution {
  // (the member's own list: reading past the end of an empty one costs the optimised code)
  return g.main.length ? g.main[0] : g.deferred[0];
}

/** One member's roles as aggregateOf orders a group's: most used first (the title readers know), then alphabetical, each once. */
export function rolesByUse(roles: string[]): string[] {
  const uses = new Map<string, number>();
  for (const r of roles) uses.set(r, (uses.get(r) ?? 0) + 1);
  return [...uses.keys()].sort((x, y) => uses.get(y)! - uses.get(x)! || collator.compare(x, y));
}

/** A refresh after its settle: the changed groups, those to place again (their final actors made up to `next`, then sorted), and the list being rebuilt. */
export interface Tail {
  changed: Set<Group>;
  moved: Group[];
  next: number;
  /** The moved groups with their final actors, sorted as compareFinal orders groups (made once their final actors are). */
  sort: SlicedSort<{ g: Group; actor: Actor }> | null;
  /** The listed groups that did not change, in order; `out` takes them and the moved ones, `from` of them so far, `placed` moved ones. */
  kept: Group[];
  out: Group[];
  from: number;
  placed: number;
}

/** Shared empty lists a group starts with (replaced, never added to): tens of thousands of groups have no other. */
export const NO_STRINGS: string[] = [];
export const NO_MEMBERS: Contribution[] = [];
const NO_GROUPS: Group[] = [];

/**
 * `list` (just pushed to, held by nobody else), or a copy of its length when V8 may have left it
 * room for more: an array pushed to from empty has room for 16, then 40 (old + old / 2 + 16), and
 * a warm start keeps 17,000 such lists of one to three event sources, 10,164 of an article's ~24
 * actors and ~14,000 groups' members at 10,164 articles (the live heap once indexed 100 -> 95 MB),
 * which every young collection they live through copies. Only for lists that are read, or pushed
 * to later (the copy grows as the list would have).
 */
export function exact<T>(list: T[]): T[] {
  return list.length > 0 && list.length < 40 ? list.slice() : list;
}

/** One corpus-wide actor in the making: its contributions, and what is derived from them on demand. */
export class Group {
  /**
   * Joined by rule 1 (their key), in the order they joined (aggregateOf orders what it reads of
   * them); read, never changed but through add() and remove(). Plain lists on the group, no object
   * of their own: 58,000 groups at 10,164 articles, most with one member.
   */
  main: Contribution[] = NO_MEMBERS;
  /** Joined by rule 2 (resolved, or by their own name), as `main`. */
  deferred: Contribution[] = NO_MEMBERS;
  /** Keys ("t:" name word, "h:" organisation) this group is found under by rule 2. */
  indexKeys: string[] = NO_STRINGS;
  /** Made when asked (aggregateOf); null after a member left, when it is made again from all members. */
  agg: Aggregate | null = null;
  /** Members that joined since `agg` was made: folded into it when next asked. */
  fresh: Contribution[] = NO_MEMBERS;
  /** The acronym group this one was folded into (rule 3), if any. */
  mergedInto: Group | null = null;
  /** Groups folded into this one, when it is an acronym group. */
  merged: Group[] = NO_GROUPS;
  /** The final actor (this group with those merged into it), cached until a change. */
  actor: Actor | null = null;

  /** Given when the group is first shown, from its name then: kept while the group lives. */
  id = '';

  /** A person's gender from its named members (titles, then first names), null when unknown or split; set by reindex. */
  gender: 'male' | 'female' | null = null;
  /** Lower-case words of the offices its named members hold ("president", "secretary"); set by reindex. */
  offices: string[] = NO_STRINGS;
  /** Mentions of its named members (rule 1 and rule 4 names; not lone surnames): how prominent the person is. */
  namedMentions = 0;

  constructor(
    readonly key: string,
    readonly kind: ActorKind,
  ) {}

  get size(): number {
    return this.main.length + this.deferred.length;
  }

  /** Files `c` among its rule's members (c.deferred says which). */
  add(c: Contribution): void {
    const list = c.deferred ? this.deferred : this.main;
    // a list of one, not one pushed to (room for 17), and never the shared empty one
    if (list.length) list.push(c);
    else if (c.deferred) this.deferred = [c];
    else this.main = [c];
  }

  /** Takes `c` out of its rule's members. */
  remove(c: Contribution): void {
    const list = c.deferred ? this.deferred : this.main;
    const i = list.indexOf(c);
    if (i >= 0) list.splice(i, 1);
  }
}

export const collator = new Intl.Collator();

/**
 * collator.compare's order of two names (its sign). Where both begin alike (the same printable
 * ASCII characters, letters but for case) and then differ in an ASCII letter, that letter decides,
 * as the root collation's first level orders those a to z whatever follows; else the collator is
 * asked. Sorting thousands of actors asks it a fraction as often.
 */
export function compareNames(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const p = a.charCodeAt(i);
    const q = b.charCodeAt(i);
    if (p < 0x20 || p > 0x7e || q < 0x20 || q > 0x7e) break;
    const x = p | 0x20;
    const y = q | 0x20;
    if (x >= 0x61 && x <= 0x7a && y >= 0x61 && y <= 0x7a) {
      if (x !== y) return x - y;
    } else if (p !== q) {
      break;
    }
  }
  return collator.compare(a, b);
}

/** Values one key of KeyedSets holds as a plain list, at most; more go into a Set (a list's delete is a scan). */
const LIST_MAX = 16;

/**
 * Values filed under string keys, a set of them per key, in the order they came. A key with one
 * value holds it alone, one with a few a plain list, and only one with more than LIST_MAX a Set:
 * most keys have one or a few, and a Set's hash table (about 230 bytes) for each was much of the
 * registry's heap (26,800 of them at 10,164 articles).
 */
export class KeyedSets<V extends object> {
  private readonly map = new Map<string, V | V[] | Set<V>>();

  add(key: string, v: V): void {
    const got = this.map.get(key);
    if (got === undefined) this.map.set(key, v);
    else if (got instanceof Set) got.add(v);
    else if (Array.isArray(got)) {
      if (got.includes(v)) return;
      if (got.length < LIST_MAX) got.push(v);
      else this.map.set(key, new Set([...got, v]));
    } else if (got !== v) this.map.set(key, [got, v]);
  }

  delete(key: string, v: V): void {
    const got = this.map.get(key);
    if (got === v) this.map.delete(key);
    else if (got instanceof Set) {
      // back to a list once it is small again (the order kept)
      if (got.delete(v) && got.size <= LIST_MAX / 2) this.map.set(key, [...got]);
    } else if (Array.isArray(got)) {
      const i = got.indexOf(v);
      if (i < 0) return;
      got.splice(i, 1);
      if (got.length === 1) this.map.set(key, got[0]);
    }
  }

  /** Calls `f` with each value under `key`, in the order they came. */
  each(key: string, f: (v: V) => void): void {
    const got = this.map.get(key);
    if (got instanceof Set) got.forEach((v) => f(v));
    else if (Array.isArray(got)) for (let i = 0; i < got.length; i++) f(got[i]);
    else if (got !== undefined) f(got);
  }
}

/** Where `x` goes in `list` (sorted by `cmp`): the first position from `lo` on whose item comes after `x`. */
export function insertionPoint<T>(list: T[], x: T, cmp: (a: T, b: T) => number, lo = 0): number {
  return lowerBound((i) => (cmp(list[i], x) <= 0 ? 0 : 1), 1, lo, list.length);
}

/**
 * A stable merge sort that runs in slices: run() sorts until a deadline (performance.now() ms)
 * passes and says whether it is done, a later call going on where it stopped; `sorted` is the
 * result once it is. The order is Array.prototype.sort's (both stable) for a consistent `cmp`.
 */
export class SlicedSort<T> {
  private src: T[];
  private dst: T[];
  private width = 1;
  /** The merge under way: its runs [lo, mid) and [mid, hi), read up to i and j, written up to k. */
  private lo = 0;
  private i = -1;
  private j = 0;
  private k = 0;

  constructor(
    list: readonly T[],
    private readonly cmp: (a: T, b: T) => number,
  ) {
    this.src = [...list];
    this.dst = new Array<T>(list.length);
  }

  run(deadline = Infinity): boolean {
    const n = this.src.length;
    // no deadline and nothing merged yet (a command-line build): the engine's sort, same order, a fraction of the time
    if (deadline === Infinity && this.width === 1 && this.i < 0 && this.lo === 0) {
      this.src.sort(this.cmp);
      this.width = n;
      return true;
    }
    let steps = 0;
    for (; this.width < n; this.width *= 2, this.lo = 0, [this.src, this.dst] = [this.dst, this.src]) {
      for (; this.lo < n; this.lo += 2 * this.width) {
        const mid = Math.min(this.lo + this.width, n);
        const hi = Math.min(this.lo + 2 * this.width, n);
        if (this.i < 0) [this.i, this.j, this.k] = [this.lo, mid, this.lo];
        const { src, dst } = this;
        while (this.k < hi) {
          dst[this.k++] = this.i < mid && (this.j >= hi || this.cmp(src[this.i], src[this.j]) <= 0) ? src[this.i++] : src[this.j++];
          if ((++steps & 31) === 0 && performance.now() > deadline) return false;
        }
        this.i = -1;
      }
    }
    return true;
  }

  get sorted(): T[] {
    return this.src;
  }
}

/** A person's fullest name; for an organisation the form used most (often its acronym). */
export function canonicalName(kind: ActorKind, first: string, surfaceCounts: Map<string, number>): string {
  const names = [...surfaceCounts.keys()];
  if (kind === 'person') {
    // the first name with the most words (each name's words counted once); a role phrase that
    // joined a person ("chief executive of Nordhaven", rule 2) names the group only when no name does
    const phrase = (n: string): boolean => n.charCodeAt(0) >= 97 && n.charCodeAt(0) <= 122;
    let best = first;
    let most = phrase(first) ? 0 : first.split(/\s+/).length;
    for (const n of names) {
      const words = phrase(n) ? 0 : n.split(/\s+/).length;
      if (words > most) [best, most] = [n, words];
    }
    return best;
  }
  if (kind === 'organization') return names.reduce((best, n) => ((surfaceCounts.get(n) ?? 0) > (surfaceCounts.get(best) ?? 0) ? n : best), first);
  return first;
}

/**
 * "NATO Secretary General" and "NATO Secretary-General" are one role; "The NATO head" and "the NATO
 * head" one alias: the first of each normalised form, leaving out those whose form is `except`.
 */
export function distinct(phrases: string[], except?: string): string[] {
  // most lists are of one phrase: no map
  if (phrases.length === 1) return except === undefined || normaliseName(phrases[0]) !== except ? [phrases[0]] : [];
  const seen = new Map<string, string>();
  for (const p of phrases) {
    const key = normaliseName(p);
    if (key !== except && !seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

/** officeWords, each role's read once: the same few roles are held by thousands of contributions (callers do not change the list). */
export const officeWordsOf = memoised(officeWords);

/** How many times as often the person a lone surname goes to by prominence is named in full as the others with it together. */
const PROMINENCE = 10;

/**
 * Rule 2 for a lone surname (`actor`, one name word) among the person groups with that name word:
 * those whose gender agrees with the surname's title; of several, the one whose offices its roles
 * name, else the one PROMINENCE times as often named in full as the others together; null when
 * none or still two remain. A person the article introduces (RecordActor.introduced) joins only the
 * one group whose offices its roles name, or, introduced by an age alone, the one group named in
 * full GIVEN_NAME_PROMINENCE times.
 */
export function lonePersonGroup(actor: RecordActor, groups: Group[]): Group | null {
  const agreeing = actor.gender ? groups.filter((g) => (g.gender ?? actor.gender) === actor.gender) : groups;
  // ("said Chen, a 68-year-old retired teacher" is not Councillor Michael Chen of another article)
  if (actor.introduced) {
    const offices = actor.roles.flatMap((r) => officeWordsOf(r));
    const fit = groups.filter((g) => offices.some((w) => g.offices.includes(w)));
    if (fit.length === 1) return fit[0];
    // ("said Biden, 81.": an age alone, no role, says nothing against the one namesake the corpus
    // names often, as a lone given name goes to one)
    return !actor.roles.length && agreeing.length === 1 && agreeing[0].namedMentions >= GIVEN_NAME_PROMINENCE ? agreeing[0] : null;
  }
  let left = agreeing;
  if (left.length > 1 && actor.roles.length) {
    const offices = actor.roles.flatMap((r) => officeWordsOf(r));
    const fit = left.filter((g) => offices.some((w) => g.offices.includes(w)));
    if (fit.length === 1) left = fit;
  }
  if (left.length > 1) {
    // the first of the most named, and all of them together
    let total = 0;
    let top = left[0];
    for (const g of left) {
      total += g.namedMentions;
      if (g.namedMentions > top.namedMentions) top = g;
    }
    if (top.namedMentions > 0 && top.namedMentions >= PROMINENCE * (total - top.namedMentions)) return top;
  }
  if (left.length !== 1) return null;
  // "Melanie", a supporter in one article, is not the one Melanie named in full in another: a lone
  // word that is the person's given name, not their surname, goes to a person the corpus names
  // often ("Hillary", "Bernie"), never to a passing namesake
  return left[0].namedMentions >= GIVEN_NAME_PROMINENCE || !givenNameOf(left[0], actor.nameTokens[0]) ? left[0] : null;
}

/**
 * The group a full name of rule 4 or 5, or a role phrase of rule 2, joins among those its lookups
 * found: the one there is; for a named office ("chief executive of Nordhaven", not the "leader" of
 * "the NATO chief"), the one of them whose offices hold its last word ("executive", or "ceo" for it).
 */
export function rolePersonGroup(actor: RecordActor, groups: Group[]): Group | null {
  const office = actor.pendingRole && actor.pendingRole.role !== 'leader' ? officeWordsOf(actor.pendingRole.role) : null;
  if (!office?.length) return groups.length === 1 ? groups[0] : null;
  const word = office[office.length - 1];
  const fit = groups.filter((g) => g.offices.includes(word) || ((word === 'ceo' || word === 'officer') && g.offices.includes('executive')) || (word === 'executive' && g.offices.includes('ceo')));
  return fit.length === 1 ? fit[0] : null;
}

/** Whether `word` is the given name, not the surname, of group `g`'s first named member ("Melanie" of "Melanie Verveer"). */
function givenNameOf(g: Group, word: string): boolean {
  const tokens = (g.main[0] ?? g.deferred[0])?.actor.nameTokens;
  if (!tokens || tokens.length < 2) return false;
  const lower = word.toLowerCase();
  return tokens[0].toLowerCase() === lower && tokens[tokens.length - 1].toLowerCase() !== lower;
}

/** Mentions in full a person needs before a lone given name in another article is taken for them. */
const GIVEN_NAME_PROMINENCE = 10;

/** A full name that rule 4 or 5 resolves ("Paul Ryan", "Wasserman Schultz"), not a lone surname or a role phrase of rule 2. */
export function isFullName(c: Contribution): boolean {
  return c.listens.length > 0 && c.listens[0].startsWith('i:');
}

/** Whether two records' plain data (strings, numbers, booleans, arrays and objects of them) are equal. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

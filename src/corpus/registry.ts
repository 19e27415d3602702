/**
 * The actor registry across files: folds each article's actors into corpus-wide actors (one person
 * is one actor in every article) and keeps them current as articles come and go, by each article's
 * share: adding or removing one article touches only the groups its actors belong to, and the lone
 * surnames and role phrases elsewhere whose resolution those groups change.
 *
 * The merge rules, each exactly as a from-scratch pass over the articles in path order gives them:
 * 1. a full name, a country, a place, an organisation joins the group of its key (kind and
 *    normalised name, a person's name words sorted; an anonymous actor stays in its article);
 * 2. a lone surname joins the one person group with that first or last name word, never when two
 *    or none have it; a role phrase ("the NATO chief") joins the one person whose roles name that
 *    organisation; else each goes to the group of its own name;
 * 3. an organisation named by an acronym takes in the organisations whose acronym it is ("NATO"
 *    and "North Atlantic Treaty Organization").
 * What order decided in that pass (which surface form names a group, which spelling of an alias or
 * role is kept) is decided here by the same order: a rank of (rule 1 or 2, path, place in article).
 */
import { acronymOf, normaliseName } from '../extractor/actors';
import type { Actor, ActorKind } from '../extractor/types';
import type { RecordActor } from './record';
import { IdPool } from './ids';

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
}

interface Aggregate {
  /** The contribution ranked first: its name names the group until canonicalName decides. */
  first: Contribution;
  aliases: string[];
  roles: string[];
  surfaceCounts: Map<string, number>;
  mentionCount: number;
  quoteCount: number;
}

/** One corpus-wide actor in the making: its contributions, and what is derived from them on demand. */
export class Group {
  readonly main = new Set<Contribution>();
  readonly deferred = new Set<Contribution>();
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

  constructor(
    readonly key: string,
    readonly kind: ActorKind,
  ) {}

  get size(): number {
    return this.main.size + this.deferred.size;
  }
}

const ACRONYM = /^[A-Z][A-Z0-9&]+$/;

/** Rank order of contributions: rule 1 before rule 2, then path order, then place in the article. */
type Rank = (c: Contribution) => [number, number, number];

export class Registry {
  private readonly groups = new Map<string, Group>();
  private readonly byId = new Map<string, Group>();
  private readonly index = new Map<string, Set<Group>>();
  private readonly listeners = new Map<string, Set<Contribution>>();
  private readonly ids = new IdPool();
  /** Groups changed since the last refresh, and index keys whose holders changed. */
  private readonly dirty = new Set<Group>();
  /** Groups whose rule-1 members changed: their index keys are recomputed at refresh. */
  private readonly reindexed = new Set<Group>();
  private readonly changedKeys = new Set<string>();
  /** Deferred contributions not resolved yet. */
  private readonly pending = new Set<Contribution>();
  private stale = true;
  private sorted: Group[] = [];

  /** `pathRank` orders paths as a from-scratch pass would visit them (localeCompare). */
  constructor(private readonly pathRank: (path: string) => number) {}

  private readonly rank: Rank = (c) => [c.deferred ? 1 : 0, this.pathRank(c.path), c.index];

  /** Files one article's actors; returns their contributions, by index. The work waits for refresh(). */
  add(path: string, actors: RecordActor[]): Contribution[] {
    const out = actors.map((actor, index): Contribution => {
      const deferred = actor.kind === 'person' && (actor.nameTokens.length < 2 || !!actor.pendingRole);
      const listens: string[] = [];
      if (actor.pendingRole) {
        const acr = acronymOf(actor.pendingRole.org);
        listens.push(`h:${actor.pendingRole.org}`, ...(acr ? [`h:${acr}`] : []));
      } else if (deferred && actor.nameTokens.length === 1) {
        listens.push(`t:${actor.nameTokens[0]}`);
      }
      return { path, index, actor, deferred, group: null, listens };
    });
    for (const c of out) {
      if (c.deferred) {
        for (const k of c.listens) setIn(this.listeners, k, c);
        this.pending.add(c);
      } else {
        // an article's key already says it; an anonymous actor is one of its article only
        this.join(c, this.groupFor(c.actor.anonymous ? `${path}\u0000${c.actor.key}` : c.actor.key, c));
      }
    }
    this.stale = true;
    return out;
  }

  /** Takes one article's contributions out again. */
  remove(contributions: Contribution[]): void {
    for (const c of contributions) {
      for (const k of c.listens) this.listeners.get(k)?.delete(c);
      this.pending.delete(c);
      this.leave(c);
    }
    this.stale = true;
  }

  private groupFor(key: string, c: Contribution): Group {
    let g = this.groups.get(key);
    if (!g) {
      g = new Group(key, c.actor.kind);
      this.groups.set(key, g);
    }
    return g;
  }

  private join(c: Contribution, g: Group): void {
    c.group = g;
    (c.deferred ? g.deferred : g.main).add(c);
    this.touch(g, !c.deferred);
  }

  private leave(c: Contribution): void {
    const g = c.group;
    if (!g) return;
    (c.deferred ? g.deferred : g.main).delete(c);
    c.group = null;
    this.touch(g, !c.deferred);
  }

  private touch(g: Group, main: boolean): void {
    g.agg = null;
    this.dirty.add(g);
    if (main) this.reindexed.add(g);
  }

  /** Files a person group under its first and last name words and its organisations (rule 2's lookups). */
  private reindex(g: Group): void {
    const keys = new Set<string>();
    if (g.kind === 'person' && g.main.size) {
      let tokens: string[] = [];
      const hints = new Set<string>();
      for (const c of this.ordered(g.main)) {
        if (c.actor.nameTokens.length > tokens.length) tokens = c.actor.nameTokens;
        for (const h of c.actor.orgHints) hints.add(h);
      }
      if (tokens.length >= 2) {
        keys.add(`t:${tokens[0]}`).add(`t:${tokens[tokens.length - 1]}`);
        for (const h of hints) keys.add(`h:${h}`);
      }
    }
    const before = new Set(g.indexKeys);
    for (const k of before) if (!keys.has(k)) (this.index.get(k)?.delete(g), this.changedKeys.add(k));
    for (const k of keys) if (!before.has(k)) (setIn(this.index, k, g), this.changedKeys.add(k));
    g.indexKeys = [...keys];
  }

  /** Re-files the groups whose own members changed, then resolves new deferred contributions and those listening to a key whose holders changed. */
  private settle(): void {
    for (const g of this.reindexed) this.reindex(g);
    this.reindexed.clear();
    const todo = this.pending;
    for (const k of this.changedKeys) for (const c of this.listeners.get(k) ?? []) todo.add(c);
    this.changedKeys.clear();
    for (const c of todo) {
      const target = this.resolve(c);
      if (target === c.group) continue;
      this.leave(c);
      this.join(c, target);
    }
    todo.clear();
    for (const g of this.dirty) if (g.size === 0) this.drop(g);
  }

  private resolve(c: Contribution): Group {
    const all = new Set<Group>();
    for (const k of c.listens) for (const g of this.index.get(k) ?? []) all.add(g);
    if (all.size === 1) return [...all][0];
    return this.groupFor(`person:${normaliseName(c.actor.name)}`, c);
  }

  private drop(g: Group): void {
    for (const k of g.indexKeys) this.index.get(k)?.delete(g);
    g.indexKeys = [];
    this.groups.delete(g.key);
    if (g.id) {
      this.byId.delete(g.id);
      this.ids.release(g.id);
    }
    this.dirty.delete(g);
    this.reindexed.delete(g);
    g.mergedInto = null;
  }

  private ordered(set: Iterable<Contribution>): Contribution[] {
    const keyed = [...set].map((c) => ({ c, r: this.rank(c) }));
    keyed.sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.r[2] - b.r[2]);
    return keyed.map((x) => x.c);
  }

  private aggregate(g: Group): Aggregate {
    if (g.agg) return g.agg;
    const list = this.ordered([...g.main, ...g.deferred]);
    const aliases = new Set<string>();
    /** Role -> how many of the group's articles give it: the most used leads the actor's roles. */
    const roleUses = new Map<string, number>();
    const surfaceCounts = new Map<string, number>();
    let mentionCount = 0;
    let quoteCount = 0;
    for (const { actor: a } of list) {
      aliases.add(a.name);
      for (const x of a.aliases) aliases.add(x);
      for (const r of a.roles) roleUses.set(r, (roleUses.get(r) ?? 0) + 1);
      surfaceCounts.set(a.name, (surfaceCounts.get(a.name) ?? 0) + a.mentions + a.quotes);
      mentionCount += a.mentions;
      quoteCount += a.quotes;
    }
    // most used first (the title readers know), then alphabetical
    const roles = [...roleUses.keys()].sort((a, b) => roleUses.get(b)! - roleUses.get(a)! || a.localeCompare(b));
    return (g.agg = { first: list[0], aliases: [...aliases], roles, surfaceCounts, mentionCount, quoteCount });
  }

  private compareRank(a: Group, b: Group): number {
    const ra = this.rank(this.aggregate(a).first);
    const rb = this.rank(this.aggregate(b).first);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  }

  /** Brings merges, final actors and their order up to date after changes. */
  refresh(): void {
    if (!this.stale) return;
    this.stale = false;
    this.settle();
    const changed = new Set<Group>();
    const finalOf = (g: Group): Group => g.mergedInto ?? g;
    for (const g of this.dirty) changed.add(finalOf(g));
    this.mergeAcronyms(changed);
    for (const g of this.dirty) changed.add(finalOf(g));
    this.dirty.clear();
    for (const g of changed) g.actor = null;
    const live = (g: Group): boolean => this.groups.get(g.key) === g && !g.mergedInto;
    const kept = this.sorted.filter((g) => !changed.has(g) && live(g));
    const moved = [...changed].filter(live);
    for (const g of moved) this.finalActor(g);
    const cmp = (a: Group, b: Group): number => this.compareFinal(a, b);
    if (moved.length > 256) {
      moved.sort(cmp);
      this.sorted = mergeSorted(kept, moved, cmp);
    } else {
      for (const g of moved) kept.splice(lowerBound(kept, g, cmp), 0, g);
      this.sorted = kept;
    }
  }

  /** Rule 3, over all organisations (cheap: each keeps its aggregate); notes the acronym groups whose merged set changed. */
  private mergeAcronyms(changed: Set<Group>): void {
    const byAcronym = new Map<string, Group>();
    const orgs: Group[] = [];
    for (const g of this.groups.values()) {
      if (g.kind !== 'organization') continue;
      orgs.push(g);
      const name = this.aggregate(g).first.actor.name;
      if (ACRONYM.test(name)) byAcronym.set(name.toLowerCase(), g);
    }
    const next = new Map<Group, Group[]>();
    for (const g of orgs) {
      const agg = this.aggregate(g);
      const name = agg.first.actor.name;
      let target: Group | undefined;
      if (byAcronym.get(name.toLowerCase()) !== g) {
        const acr = agg.aliases.find((a) => ACRONYM.test(a))?.toLowerCase() ?? acronymOf(name);
        target = acr ? byAcronym.get(acr) : undefined;
      }
      if (target === g) target = undefined;
      if ((g.mergedInto ?? undefined) !== target) {
        changed.add(g.mergedInto ?? g);
        if (target) changed.add(target);
        changed.add(g);
      }
      g.mergedInto = target ?? null;
      if (target) next.set(target, [...(next.get(target) ?? []), g]);
    }
    for (const g of orgs) {
      const merged = (next.get(g) ?? []).sort((a, b) => this.compareRank(a, b));
      if (merged.length !== g.merged.length || merged.some((m, i) => m !== g.merged[i])) changed.add(g);
      g.merged = merged;
    }
  }

  /** The final actor of a group: its own contributions, then those of the groups merged into it. */
  private finalActor(g: Group): Actor {
    if (g.actor) return g.actor;
    const own = this.aggregate(g);
    const aliases = [...own.aliases];
    const surfaceCounts = new Map(own.surfaceCounts);
    let { mentionCount, quoteCount } = own;
    for (const m of g.merged) {
      const agg = this.aggregate(m);
      aliases.push(...agg.aliases, agg.first.actor.name);
      for (const [s, n] of agg.surfaceCounts) surfaceCounts.set(s, (surfaceCounts.get(s) ?? 0) + n);
      mentionCount += agg.mentionCount;
      quoteCount += agg.quoteCount;
    }
    const name = canonicalName(g.kind, own.first.actor.name, surfaceCounts);
    if (!g.id) {
      g.id = this.ids.take(name, g.key, 'actor');
      this.byId.set(g.id, g);
    }
    const norm = normaliseName(name);
    return (g.actor = {
      id: g.id,
      name,
      kind: g.kind,
      aliases: distinct(aliases.filter((a) => normaliseName(a) !== norm)).sort(),
      roles: distinct(own.roles),
      mentionCount,
      quoteCount,
    });
  }

  /** Most mentioned first, then by name; ties as the groups were first met. */
  private compareFinal(a: Group, b: Group): number {
    const x = this.finalActor(a);
    const y = this.finalActor(b);
    return y.mentionCount - x.mentionCount || collator.compare(x.name, y.name) || this.compareFirstMet(a, b);
  }

  /** A group with others merged into it stands where the first of them was met. */
  private compareFirstMet(a: Group, b: Group): number {
    const first = (g: Group): Group => g.merged.reduce((best, m) => (this.compareRank(m, best) < 0 ? m : best), g);
    return this.compareRank(first(a), first(b));
  }

  /** Every corpus-wide actor, most mentioned first. */
  actors(): Group[] {
    this.refresh();
    return this.sorted;
  }

  actor(id: string): Actor | undefined {
    this.refresh();
    const g = this.byId.get(id);
    return g && !g.mergedInto ? this.finalActor(g) : undefined;
  }

  group(id: string): Group | undefined {
    this.refresh();
    const g = this.byId.get(id);
    return g && !g.mergedInto ? g : undefined;
  }

  /** The id of the actor a contribution belongs to, acronym merging applied. */
  idOf(c: Contribution | undefined): string | null {
    this.refresh();
    if (!c?.group) return null;
    return (c.group.mergedInto ?? c.group).id;
  }

  /** Every contribution of a final actor, its merged groups' included. */
  contributions(g: Group): Contribution[] {
    return [g, ...g.merged].flatMap((x) => [...x.main, ...x.deferred]);
  }

  final(g: Group): Actor {
    this.refresh();
    return this.finalActor(g);
  }
}

const collator = new Intl.Collator();

function setIn<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** The first position in a sorted list whose item does not come before `x`. */
function lowerBound<T>(list: T[], x: T, cmp: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(list[mid], x) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeSorted<T>(a: T[], b: T[], cmp: (x: T, y: T) => number): T[] {
  if (!b.length) return a;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(cmp(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** A person's fullest name; for an organisation the form used most (often its acronym). */
function canonicalName(kind: ActorKind, first: string, surfaceCounts: Map<string, number>): string {
  const names = [...surfaceCounts.keys()];
  if (kind === 'person') return names.reduce((best, n) => (n.split(/\s+/).length > best.split(/\s+/).length ? n : best), first);
  if (kind === 'organization') return names.reduce((best, n) => ((surfaceCounts.get(n) ?? 0) > (surfaceCounts.get(best) ?? 0) ? n : best), first);
  return first;
}

/** "NATO Secretary General" and "NATO Secretary-General" are one role; "The NATO head" and "the NATO head" one alias. */
function distinct(phrases: string[]): string[] {
  const seen = new Map<string, string>();
  for (const p of phrases) {
    const key = normaliseName(p);
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

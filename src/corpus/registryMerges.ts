/**
 * The registry's first stage (./registry.ts is the whole and lists the merge rules): filing and
 * withdrawing articles' actors, and settling what changes left open: re-filing person groups under
 * rule 2's lookups, resolving waiting contributions (rules 2, 4, 5) and making changed groups'
 * aggregates. ./registry.ts goes on from there (rule 3, final actors, their order, the answers).
 */
import { normaliseName } from '../extractor/actors';
import type { Actor } from '../extractor/types';
import type { RecordActor } from './record';
import { IdPool } from './ids';
import { answersTo, lookupsWanted, ownAcronym, personLookups, type Lookups } from './registryRules';
import { aggregateOf, untallied, Group, isFullName, KeyedSets, lonePersonGroup, rolePersonGroup, NO_MEMBERS, NO_STRINGS, sameData, type Aggregate, type TallyRun, type Contribution, type PathRanks } from './group';

/** Shared empty lists: most groups have no index keys, no members waiting. */

/** Filing and settling; Registry (./registry.ts) makes the final actors (finalActor) and the rest of a refresh (dropTail cuts it short). */
export abstract class RegistryMerges {
  /** By key (a restore adopts the snapshot's table: see Registry.restoreGroups). */
  protected groups = new Map<string, Group>();
  /** The organisation groups, in the order `groups` holds them (rule 3 reads them all at each refresh). */
  protected readonly orgs = new Set<Group>();
  protected readonly index = new KeyedSets<Group>();
  protected readonly listeners = new KeyedSets<Contribution>();
  /** Actors' ids, each held by its group (found by id through it). */
  protected readonly ids = new IdPool<Group>((g) => g.key);
  /** Groups changed since the last refresh, and index keys whose holders changed. */
  protected readonly dirty = new Set<Group>();
  /** Dirty groups whose aggregate settle() has not made yet, and those whose final actor it made. */
  protected readonly unaggregated = new Set<Group>();
  protected readonly finalReady = new Set<Group>();
  /** Groups whose rule-1 members changed: their index keys are recomputed at refresh. */
  protected readonly reindexed = new Set<Group>();
  protected readonly changedKeys = new Set<string>();
  /** Organisations that dropped groups were merged into (rule 3): their lists of merged groups are made again. */
  protected readonly unmerged = new Set<Group>();
  /** Deferred contributions not resolved yet. */
  protected readonly pending = new Set<Contribution>();
  protected stale = true;
  /** A large group's aggregate being made in slices (Registry.prepareStep); dropped when its members change or its aggregate is made at once. */
  protected tallying: TallyRun | null = null;

  /** `paths` orders paths as a from-scratch pass would visit them (localeCompare). */
  constructor(private readonly paths: PathRanks) {}

  /**
   * A contribution's path rank, looked up each time (the path order's map): a copy cached on each
   * of 239,000 contributions at 10,164 articles held 3.8 MB, and the order is brought up to date
   * at each call either way.
   */
  protected readonly pathRank = (c: Contribution): number => this.paths.rank(c.path);

  /** Final groups and articles whose ids or membership changed since takeChanges(). */
  protected changedIds = new Set<string>();
  protected changedPaths = new Set<string>();

  /** Files one article's actors; returns their contributions, by index. The work waits for refresh(). */
  add(path: string, actors: RecordActor[]): Contribution[] {
    const out = actors.map((actor, index) => this.contribution(path, actor, index, lookupsWanted(actor, actors)));
    this.fileAll(out);
    return out;
  }

  /**
   * Files an article again (a saved edit): `old` are its contributions as filed, `actors` its new
   * record's. An actor equal in every field to the one at its index keeps its contribution, so its
   * group does not change (a popular actor's aggregate is not made again for an edit elsewhere in
   * the article); its id is still reported changed (takeChanges), as the article's offsets may be.
   * The others leave and join as remove() and add() would. Returns the contributions, by index.
   */
  replace(old: Contribution[], path: string, actors: RecordActor[]): Contribution[] {
    const out = actors.map((actor, index): Contribution => {
      const c = old[index];
      if (!c || c.path !== path || !sameData(c.actor, actor)) return this.contribution(path, actor, index, lookupsWanted(actor, actors));
      c.actor = actor;
      return c;
    });
    const kept = new Set(out);
    const gone = old.filter((c) => !kept.has(c));
    for (const c of out) if (old[c.index] === c && c.group) this.changedIds.add((c.group.mergedInto ?? c.group).id);
    this.changedIds.delete('');
    const added = out.filter((c) => old[c.index] !== c);
    if (gone.length) this.remove(gone);
    if (added.length) this.fileAll(added);
    return out;
  }

  /** One article actor's contribution, not filed yet (`group` given by a snapshot's restore, with the lookups it saved). */
  protected contribution(path: string, actor: RecordActor, index: number, lookups: Lookups = lookupsWanted(actor), group: Group | null = null): Contribution {
    // every field set at once: one object shape for the hundreds of thousands of these
    return { path, index, actor, deferred: lookups.deferred, group, listens: lookups.listens };
  }

  protected fileAll(out: Contribution[]): void {
    for (const c of out) {
      if (c.deferred) {
        for (const k of c.listens) this.listeners.add(k, c);
        this.pending.add(c);
      } else {
        // an article's key already says it; an anonymous actor is one of its article only
        this.join(c, this.groupFor(c.actor.anonymous ? `${c.path}\u0000${c.actor.key}` : c.actor.key, c));
      }
    }
    this.dropTail();
    this.stale = true;
  }

  /** Takes one article's contributions out again. */
  remove(contributions: Contribution[]): void {
    for (const c of contributions) {
      for (const k of c.listens) this.listeners.delete(k, c);
      this.pending.delete(c);
      this.leave(c);
    }
    this.dropTail();
    this.stale = true;
  }

  protected groupFor(key: string, c: Contribution): Group {
    let g = this.groups.get(key);
    if (!g) {
      g = new Group(key, c.actor.kind);
      this.groups.set(key, g);
      if (g.kind === 'organization') this.orgs.add(g);
    }
    return g;
  }

  protected join(c: Contribution, g: Group): void {
    c.group = g;
    if (this.tallying?.g === g) this.tallying = null;
    g.add(c);
    if (g.agg) g.fresh = g.fresh.length ? (g.fresh.push(c), g.fresh) : [c];
    const named = !c.deferred || isFullName(c);
    if (named) g.namedMentions += c.actor.mentions;
    this.touch(g, named);
  }

  protected leave(c: Contribution): void {
    const g = c.group;
    if (!g) return;
    if (this.tallying?.g === g) this.tallying = null;
    g.remove(c);
    c.group = null;
    // a member gone: the aggregate is made again from those left, unless the kept tally can drop its share
    g.agg = untallied(g, c, this.pathRank);
    if (!g.agg) g.fresh = NO_MEMBERS;
    const named = !c.deferred || isFullName(c);
    if (named) g.namedMentions -= c.actor.mentions;
    this.touch(g, named);
  }

  protected touch(g: Group, main: boolean): void {
    this.dirty.add(g);
    this.unaggregated.add(g);
    this.finalReady.delete(g);
    // only persons are filed under rule 2's lookups (reindex): other groups have no keys to redo
    if (!main || g.kind !== 'person') return;
    this.reindexed.add(g);
    // a lone surname's choice among persons weighs their gender, offices and prominence: a change
    // of named members sends the surnames listening to this group's name words to be resolved again
    for (const k of g.indexKeys) if (k.startsWith('t:')) this.changedKeys.add(k);
  }

  /** Files a person group under its first and last name words and its organisations (rule 2's lookups). */
  protected reindex(g: Group): void {
    const person = personLookups(g, this.pathRank);
    const keys = person?.keys ?? new Set<string>();
    if (person) {
      g.gender = person.gender;
      g.offices = person.offices.length ? person.offices : NO_STRINGS;
    }
    const before = new Set(g.indexKeys);
    for (const k of before) if (!keys.has(k)) (this.index.delete(k, g), this.changedKeys.add(k));
    for (const k of keys) if (!before.has(k)) (this.index.add(k, g), this.changedKeys.add(k));
    g.indexKeys = keys.size ? [...keys] : NO_STRINGS;
  }

  /**
   * Re-files the groups whose own members changed, then resolves new deferred contributions and
   * those listening to a key whose holders changed; stops once `deadline` (performance.now() ms)
   * has passed, where a later call goes on. True when done.
   */
  protected settle(deadline: number): boolean {
    if (!this.settleMerges(deadline) || !this.settleAggregates(deadline)) return false;
    for (const g of this.dirty) if (g.size === 0) this.drop(g);
    return true;
  }

  /** settle's merges (each phase a method of its own: the engine optimises each on what it has seen of it, not the whole settle at once). */
  protected settleMerges(deadline: number): boolean {
    // rule 4 moves full names, which re-files their groups for rule 2: again until nothing moves
    // (at most three rounds: rule 4's lookups depend on rule-1 members only)
    while (this.reindexed.size || this.changedKeys.size || this.pending.size) {
      // a bulk of merges re-files thousands of groups, and a popular name word has thousands of listeners: both in slices
      if (!this.reindexAll(deadline) || !this.wakeListeners(deadline) || !this.resolveAll(deadline)) return false;
    }
    return true;
  }

  /** Re-files the groups whose rule-1 members changed (each loop a small method: compiled on its own when hot). */
  private reindexAll(deadline: number): boolean {
    let n = 0;
    for (const g of this.reindexed) {
      this.reindexed.delete(g);
      this.reindex(g);
      if (++n % 8 === 0 && performance.now() > deadline) return false;
    }
    return true;
  }

  /** Sends the contributions listening to changed keys to be resolved again. */
  private wakeListeners(deadline: number): boolean {
    let n = 0;
    const todo = this.pending;
    for (const k of this.changedKeys) {
      this.changedKeys.delete(k);
      this.listeners.each(k, (c) => todo.add(c));
      if (++n % 8 === 0 && performance.now() > deadline) return false;
    }
    return true;
  }

  /** Resolves the waiting contributions, moving those whose group changed. */
  private resolveAll(deadline: number): boolean {
    let n = 0;
    for (const c of this.pending) {
      this.pending.delete(c);
      const target = this.resolve(c);
      if (target !== c.group) {
        if (c.group) this.changedPaths.add(c.path);
        this.leave(c);
        this.join(c, target);
      }
      if (++n % 8 === 0 && performance.now() > deadline) return false;
    }
    return true;
  }

  /** The aggregates of changed groups, the bulk of what refresh() does next. */
  protected settleAggregates(deadline: number): boolean {
    let n = 0;
    for (const g of this.unaggregated) {
      this.unaggregated.delete(g);
      if (g.size) {
        // only organisations take in others (rule 3): any other group's final actor is its own, made from its aggregate
        if (g.kind === 'organization') {
          // and the acronyms rule 3 reads of it (kept with the aggregate): here, in slices, not all
          // at once in the refresh's tail (10-40 ms of a cold pass's longest stalls at 10k articles)
          const agg = this.aggregate(g);
          ownAcronym(agg);
          answersTo(agg);
        } else {
          g.actor = null;
          this.finalActor(g);
          this.finalReady.add(g);
        }
      }
      if (++n % 8 === 0 && performance.now() > deadline) return false;
    }
    return true;
  }

  protected resolve(c: Contribution): Group {
    // an anonymous actor ("premier", "his wife, Maureen", "a senior official") is one of its article only
    if (c.actor.anonymous) return this.groupFor(`${c.path}\u0000${c.actor.key}`, c);
    // one key (most: a lone surname) lists each group once already; several are joined without repeats
    let all: Group[] = [];
    if (c.listens.length === 1) this.index.each(c.listens[0], (g) => all.push(g));
    else {
      const seen = new Set<Group>();
      for (const k of c.listens) this.index.each(k, (g) => seen.add(g));
      all = [...seen];
    }
    const one = c.listens[0]?.startsWith('t:') ? lonePersonGroup(c.actor, all) : rolePersonGroup(c.actor, all);
    // (a body's leader no one of the corpus holds, "Mexico's president", is its article's own: the
    // same words in another article, another year, may be someone else)
    return one ?? this.groupFor(c.actor.pendingRole?.role === 'leader' ? `${c.path}\u0000${c.actor.key}` : isFullName(c) ? c.actor.key : `person:${normaliseName(c.actor.name)}`, c);
  }

  protected drop(g: Group): void {
    // dropped already (listed dirty again): a new group may hold the key
    if (this.groups.get(g.key) !== g) return;
    for (const k of g.indexKeys) this.index.delete(k, g);
    g.indexKeys = NO_STRINGS;
    this.groups.delete(g.key);
    this.orgs.delete(g);
    if (g.id) {
      this.ids.release(g.id);
      this.changedIds.add(g.id);
    }
    // it stays dirty: refresh() takes it out of the sorted list; the group it was merged into loses it (rule 3)
    this.reindexed.delete(g);
    if (g.mergedInto) this.unmerged.add(g.mergedInto);
    g.mergedInto = null;
  }

  protected aggregate(g: Group): Aggregate {
    if (this.tallying?.g === g) this.tallying = null;
    return aggregateOf(g, this.pathRank);
  }

  /** The final actor of a group (./registry.ts). */
  protected abstract finalActor(g: Group): Actor;

  /** Called on each change: a refresh under way starts over (./registry.ts). */
  protected abstract dropTail(): void;
}

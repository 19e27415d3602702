/**
 * The actor registry across files: folds each article's actors into corpus-wide actors (one person
 * is one actor in every article) and keeps them current as articles come and go, by each article's
 * share: adding or removing one article touches only the groups its actors belong to, and the lone
 * surnames and role phrases elsewhere whose resolution those groups change.
 *
 * The merge rules, each exactly as a from-scratch pass over the articles in path order gives them:
 * 1. a full name, a country, a place, an organisation joins the group of its key (kind and
 *    normalised name, a person's name words sorted; an anonymous actor stays in its article);
 * 2. a lone surname joins the one person group with that first or last name word whose gender
 *    agrees (a title on the surname, "Mr. Obama", against the group's titles and first names);
 *    of several, the one whose offices the surname's title names ("President Obama"), else the one
 *    ten times as often named in full as the others together (a news corpus's "Trump"); never
 *    when two remain or none has it; a role phrase ("the NATO chief") joins the one person whose
 *    roles name that organisation; else each goes to the group of its own name;
 * 3. an organisation named by an acronym takes in the organisations whose acronym it is ("NATO"
 *    and "North Atlantic Treaty Organization"): one an article wrote with it, or one whose initials
 *    it is, four or more, or three when no other organisation answers to them (registryRules.ts,
 *    contestedClaim);
 * 4. a full name without a middle initial ("Paul Ryan") joins the one person group named with one
 *    initial and the same other words ("Paul D. Ryan"), never when two initials share them ("George
 *    W. Bush", "George P. Bush"); else the group of its own key (as rule 1: it names that group).
 * 5. a two-word name whose first word is no known given name ("Wasserman Schultz") joins the one
 *    person group whose longer name ends in those two words, as rule 4 does.
 * 6. a name with a generational suffix ("Robert Vance Jr.") joins the group of the same name
 *    without it when no article names both forms (then they are father and son), and the first
 *    name is written the same way (registryRules.ts, lookupsWanted).
 * What order decided in that pass (which surface form names a group, which spelling of an alias or
 * role is kept) is decided here by the same order: a rank of (rule 1 or 2, path, place in article).
 */
import { normaliseName } from '../extractor/actors';
import type { Actor } from '../extractor/types';
import type { RecordActor } from './record';
import { loadFirstNames } from '../extractor/gender';
import { answersTo, contestedClaim, mergeAcronyms, ownAcronym, shortClaimsOf, type Lookups, type ShortClaims } from './registryRules';
import { aggregateStep, canonicalName, compareNames, distinct, exact, Group, insertionPoint, isFullName, lonelyMember, NO_STRINGS, rolesByUse, SlicedSort, startTally, type Contribution, type Tail } from './group';
import { RegistryMerges } from './registryMerges';

export type { Contribution, PathRanks } from './group';

/**
 * A saved registry's groups as a restore gives them (./snapshot.ts): in the registry's order, and
 * the same groups by key and by id (those with one), in that order, each key and id once. On an
 * empty registry the two maps become its own tables (the caller lets go of them).
 */
export interface RestoredGroups {
  groups: Group[];
  byKey: Map<string, Group>;
  byId: Map<string, Group>;
}

/** The keys a contribution restored without lookups listens to: none. */
/** The lookups of a contribution the snapshot saved none for: filed as it is, listening to nothing. */
const NO_LOOKUPS: Lookups = { deferred: false, listens: [] };

/** `list`, or the shared empty list when it is empty: two thirds of the final actors have no aliases and no roles (78,000 empty lists at 10,164 articles). */
const orNone = (list: string[]): string[] => (list.length ? list : NO_STRINGS);

/** Groups a step of startTail walks between two looks at the clock. */
const START_STEP = 256;

/**
 * A refresh's tail being started (see Registry.startTail): the groups changed so far; the phase
 * (0 the dirty groups, 1 rule 3, 2 the dirty groups again, 3 the changed ones' final actors
 * dropped, 4 the list's unchanged groups kept, 5 the tail made) and where in `list` it is.
 */
interface TailStart {
  changed: Set<Group>;
  phase: number;
  list: readonly Group[];
  at: number;
  kept: Group[];
  /** Whether rule 3's step has yielded its turn (see startTail). */
  yielded?: boolean;
}

/** The registry: filing and settling (./registryMerges.ts), then rule 3, the final actors, their order and the answers. */
export class Registry extends RegistryMerges {
  private sorted: Group[] = [];
  /** The rest of a refresh after its settle, under way, and the changed groups of one a change cut short. */
  private tail: Tail | null = null;
  /** A tail being started (see startTail), in the host's turns. */
  private starting: TailStart | null = null;
  private readonly carried = new Set<Group>();
  private finals: Actor[] | null = null;
  /**
   * Rule 3 as the last refresh left it: the group each acronym names and the organisations named
   * by an acronym of their own (lower case); null until a refresh has merged every organisation.
   */
  private acronyms: { byAcronym: Map<string, Group>; owns: Map<Group, string>; short: ShortClaims } | null = null;
  /** Whether prepareStep has loaded the first-name table. */
  private namesLoaded = false;

  /** Groups in the order a from-scratch pass meets them: by their first contribution (rule 1 before rule 2). */
  private compareRank(a: Group, b: Group): number {
    const x = this.aggregate(a).first;
    const y = this.aggregate(b).first;
    const late = (c: Contribution): number => Number(c.deferred && !isFullName(c));
    return late(x) - late(y) || this.pathRank(x) - this.pathRank(y) || x.index - y.index;
  }

  /**
   * Brings merges, final actors and their order up to date after changes. With a `deadline`
   * (performance.now() ms) it stops at a point where a later call goes on, and says whether it is
   * done: a host thread refreshes in slices (settling, then the changed groups' final actors, their
   * sort and their places in the list, each resumable).
   */
  refresh(deadline = Infinity): boolean {
    if (!this.stale && !this.tail && !this.starting) return true;
    if (!this.tail) {
      if (!this.starting) {
        if (!this.settle(deadline)) return false;
        this.stale = false;
        this.starting = { changed: new Set(), phase: 0, list: [...this.dirty], at: 0, kept: [] };
      }
      if (!this.startTail(this.starting, deadline)) return false;
      this.starting = null;
      if (!this.tail) return true;
    }
    const t = this.tail;
    while (t.next < t.moved.length) {
      this.finalActor(t.moved[t.next++]);
      if (t.next % 4 === 0 && performance.now() > deadline) return false;
    }
    // each final actor read once, not at each comparison
    t.sort ??= new SlicedSort(
      t.moved.map((g) => ({ g, actor: this.finalActor(g) })),
      (a, b) => this.compareActors(a.g, a.actor, b.g, b.actor),
    );
    if (!t.sort.run(deadline)) return false;
    // each moved group's place found by a binary search from the last one's: few comparisons
    const cmp = (a: Group, b: Group): number => this.compareFinal(a, b);
    const moved = t.sort.sorted;
    while (t.placed < moved.length) {
      const g = moved[t.placed++].g;
      const at = insertionPoint(t.kept, g, cmp, t.from);
      for (let i = t.from; i < at; i++) t.out.push(t.kept[i]);
      t.out.push(g);
      t.from = at;
      if (t.placed % 4 === 0 && performance.now() > deadline) return false;
    }
    for (let i = t.from; i < t.kept.length; i++) t.out.push(t.kept[i]);
    this.sorted = t.out;
    this.finals = null;
    this.tail = null;
    return true;
  }

  /**
   * Acronym merges and the changed groups after a settle, in steps until `deadline`
   * (performance.now() ms): true once done, `this.tail` then set (null when no group changed). At
   * 10k articles a bulk settle leaves 10,000-14,000 dirty groups and a list of 21,000: walked at
   * once with rule 3, this was one piece of 30-55 ms of a cold pass's longest host turns. Rule 3
   * (mergeChangedAcronyms, one piece) starts a turn of its own.
   */
  private startTail(s: TailStart, deadline: number): boolean {
    const finalOf = (g: Group): Group => g.mergedInto ?? g;
    for (;;) {
      const { list } = s;
      switch (s.phase) {
        case 0:
        case 2:
          while (s.at < list.length) {
            s.changed.add(finalOf(list[s.at++]));
            if (s.at % START_STEP === 0 && performance.now() > deadline) return false;
          }
          if (s.phase === 0) {
            s.phase = 1;
            break;
          }
          this.dirty.clear();
          for (const g of this.carried) s.changed.add(g);
          this.carried.clear();
          s.phase = 3;
          s.list = [...s.changed];
          s.at = 0;
          break;
        case 1:
          // at the start of a turn: once past the deadline, a step yields before it (once)
          if (!s.yielded && performance.now() > deadline) {
            s.yielded = true;
            return false;
          }
          this.mergeChangedAcronyms(s.changed);
          s.phase = 2;
          s.list = [...this.dirty];
          s.at = 0;
          break;
        case 3:
          while (s.at < list.length) {
            const g = list[s.at++];
            if (!this.finalReady.has(g)) g.actor = null;
            if (g.id) this.changedIds.add(g.id);
            if (s.at % START_STEP === 0 && performance.now() > deadline) return false;
          }
          this.finalReady.clear();
          if (!s.changed.size) {
            this.tail = null;
            return true;
          }
          this.finals = null;
          s.phase = 4;
          s.list = this.sorted;
          s.at = 0;
          break;
        case 4:
          // only changed groups can have been dropped or merged: the others keep their place
          while (s.at < list.length) {
            const g = list[s.at++];
            if (!s.changed.has(g)) s.kept.push(g);
            if (s.at % START_STEP === 0 && performance.now() > deadline) return false;
          }
          s.phase = 5;
          s.list = [...s.changed];
          s.at = 0;
          break;
        default: {
          const moved: Group[] = [];
          for (const g of list) if (this.groups.get(g.key) === g && !g.mergedInto) moved.push(g);
          this.tail = { changed: s.changed, moved, next: 0, sort: null, kept: s.kept, out: [], from: 0, placed: 0 };
          return true;
        }
      }
    }
  }

  /**
   * Rule 3 after a settle, by the changes' share: when no changed organisation gained, lost or
   * changed an acronym of its own, each acronym names the group it named before, so only the
   * changed organisations can move, and only the lists of the groups they leave or join (or whose
   * order they change) are made again. Else mergeAcronyms over every organisation. Adds to
   * `changed` and changedPaths as mergeAcronyms does.
   */
  private mergeChangedAcronyms(changed: Set<Group>): void {
    const compareRank = (a: Group, b: Group): number => this.compareRank(a, b);
    const known = this.acronyms;
    const dirtyOrgs: Group[] = [];
    let full = !known;
    for (const g of this.dirty) {
      if (full) break;
      if (g.kind !== 'organization') continue;
      const own = this.orgs.has(g) ? ownAcronym(this.aggregate(g)) : '';
      // (a change among the claims to an acronym of three initials may move its other claimants)
      if (own !== (known!.owns.get(g) ?? '') || known!.short.claims.has(g)) full = true;
      else if (this.orgs.has(g)) {
        const agg = this.aggregate(g);
        if (contestedClaim(agg) || known!.short.acronyms.has(answersTo(agg))) full = true;
        else dirtyOrgs.push(g);
      }
    }
    if (full || !known) {
      const { byAcronym, short } = mergeAcronyms(this.orgs, (g) => this.aggregate(g), compareRank, changed, this.changedPaths);
      this.acronyms = { byAcronym, owns: this.ownAcronyms(), short };
      this.unmerged.clear();
      return;
    }
    // the groups whose lists of merged organisations may change, and the changed organisations each now goes into
    const lists = new Set<Group>(this.unmerged);
    this.unmerged.clear();
    const joining = new Map<Group, Group[]>();
    for (const g of dirtyOrgs) {
      const agg = this.aggregate(g);
      const own = known.owns.get(g) ?? '';
      const target = own && known.byAcronym.get(own) === g ? undefined : known.byAcronym.get(answersTo(agg));
      const into = target === g ? undefined : target;
      if ((g.mergedInto ?? undefined) !== into) {
        changed.add(g.mergedInto ?? g);
        if (into) changed.add(into);
        changed.add(g);
        for (const c of [...g.main, ...g.deferred]) this.changedPaths.add(c.path);
        if (g.mergedInto) lists.add(g.mergedInto);
      }
      g.mergedInto = into ?? null;
      if (into) {
        lists.add(into);
        const list = joining.get(into);
        if (list) list.push(g);
        else joining.set(into, [g]);
      }
    }
    const moved = new Set(dirtyOrgs);
    for (const t of lists) {
      if (!this.orgs.has(t)) continue;
      const merged = t.merged.filter((m) => m.mergedInto === t && !moved.has(m)).concat(joining.get(t) ?? []).sort(compareRank);
      if (merged.length !== t.merged.length || merged.some((m, i) => m !== t.merged[i])) changed.add(t);
      t.merged = merged.length ? merged : NO_GROUPS;
    }
  }

  /** A change while a refresh's tail is under way: the next refresh starts over, its groups changed again. */
  protected dropTail(): void {
    const changed = this.tail?.changed ?? this.starting?.changed;
    if (!changed) return;
    // as they are (not through dirty, which maps a group to its acronym group: one merged in the
    // cut-short tail would stay listed); a tail cut short while it started keeps dirty as it was
    for (const g of changed) this.carried.add(g);
    this.tail = null;
    this.starting = null;
  }

  /** The final actor of a group: its own contributions, then those of the groups merged into it. */
  protected finalActor(g: Group): Actor {
    if (g.actor) return g.actor;
    if (g.size === 1 && !g.merged.length) return (g.actor = this.loneFinal(g));
    const own = this.aggregate(g);
    // copies only when groups merged into this one add to them (most groups have none)
    const aliases = g.merged.length ? [...own.aliases] : own.aliases;
    const surfaceCounts = g.merged.length ? new Map(own.surfaceCounts) : own.surfaceCounts;
    let { mentionCount, quoteCount } = own;
    for (const m of g.merged) {
      const agg = this.aggregate(m);
      aliases.push(...agg.aliases, agg.first.actor.name);
      for (const [s, n] of agg.surfaceCounts) surfaceCounts.set(s, (surfaceCounts.get(s) ?? 0) + n);
      mentionCount += agg.mentionCount;
      quoteCount += agg.quoteCount;
    }
    const name = canonicalName(g.kind, own.first.actor.name, surfaceCounts);
    if (!g.id) g.id = this.ids.take(name, g, 'actor');
    const norm = normaliseName(name);
    // most groups are small and, but for organisations (rule 3 reads theirs at each refresh), seldom asked again: their aggregate goes
    if (g.kind !== 'organization' && !own.tally) g.agg = null;
    return (g.actor = {
      id: g.id,
      name,
      kind: g.kind,
      aliases: orNone(distinct(aliases, norm).sort()),
      roles: orNone(distinct(own.roles)),
      mentionCount,
      quoteCount,
    });
  }

  /**
   * finalActor of a group of one member and none merged into it (most groups), straight from the
   * member: the same actor as through its aggregate, without making one (and with no names
   * normalised but for its aliases).
   */
  private loneFinal(g: Group): Actor {
    const a = lonelyMember(g).actor;
    if (!g.id) g.id = this.ids.take(a.name, g, 'actor');
    // its aggregate, had finalActor made one, would go too (organisations keep theirs for rule 3)
    if (g.kind !== 'organization') g.agg = null;
    return {
      id: g.id,
      name: a.name,
      kind: g.kind,
      // its name is its own canonical name, so only its aliases can be left after distinct()
      aliases: a.aliases.length ? orNone(distinct(a.aliases, normaliseName(a.name)).sort()) : NO_STRINGS,
      // a single role (or none) as the record has it: final actors' lists are read, never changed in place
      roles: a.roles.length > 1 ? distinct(rolesByUse(a.roles)) : a.roles.length ? a.roles : NO_STRINGS,
      mentionCount: a.mentions,
      quoteCount: a.quotes,
    };
  }

  /** Most mentioned first, then by name; ties as the groups were first met. */
  private compareFinal(a: Group, b: Group): number {
    return this.compareActors(a, this.finalActor(a), b, this.finalActor(b));
  }

  /** compareFinal for groups whose final actors (`x`, `y`) are in hand. */
  private compareActors(a: Group, x: Actor, b: Group, y: Actor): number {
    return y.mentionCount - x.mentionCount || compareNames(x.name, y.name) || this.compareFirstMet(a, b);
  }

  /** A group with others merged into it stands where the first of them was met. */
  private compareFirstMet(a: Group, b: Group): number {
    const first = (g: Group): Group => g.merged.reduce((best, m) => (this.compareRank(m, best) < 0 ? m : best), g);
    return this.compareRank(first(a), first(b));
  }

  /** Every corpus-wide actor, most mentioned first (the same array until a change). */
  actors(): Actor[] {
    this.refresh();
    // every listed group's final actor is current after refresh()
    return (this.finals ??= this.sorted.map((g) => g.actor ?? this.finalActor(g)));
  }

  /** Ids of actors and paths of articles whose answers may differ since the last call (refreshes first). */
  takeChanges(): { ids: Set<string>; paths: Set<string> } {
    this.refresh();
    const out = { ids: this.changedIds, paths: this.changedPaths };
    this.changedIds = new Set();
    this.changedPaths = new Set();
    return out;
  }

  actor(id: string): Actor | undefined {
    this.refresh();
    const g = this.ids.ownerOf(id);
    return g && !g.mergedInto ? this.finalActor(g) : undefined;
  }

  group(id: string): Group | undefined {
    this.refresh();
    const g = this.ids.ownerOf(id);
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

  /**
   * The one article of `g`'s contributions (its merged groups' too) that `keep` passes, or undefined
   * when none or several do: stops at a second article, where contributions() copies every member.
   */
  soleArticle(g: Group, keep: (c: Contribution) => boolean): string | undefined {
    let only: string | undefined;
    for (const x of [g, ...g.merged]) {
      for (const list of [x.main, x.deferred]) {
        for (const c of list) {
          if (!keep(c)) continue;
          if (only === undefined) only = c.path;
          else if (c.path !== only) return undefined;
        }
      }
    }
    return only;
  }

  final(g: Group): Actor {
    this.refresh();
    return this.finalActor(g);
  }

  /**
   * Snapshot hook (./snapshot.ts): the settled registry's groups, in the order it holds them (rule
   * 3 reads organisations in that order), and the listed ones in list order. Refreshes first.
   */
  settledGroups(): { groups: Group[]; sorted: Group[] } {
    this.refresh();
    return { groups: [...this.groups.values()], sorted: this.sorted };
  }

  /**
   * Snapshot hook: files one article's actors straight into the groups a settled registry had them
   * in (`groupOf[i]` for actor i, made by ./snapshot.ts), their lookups as saved (`wants`, by actor
   * index: none where it has no entry), without resolving or settling anything; restoreGroups()
   * then adopts the groups. Only on a registry that holds nothing yet.
   */
  restoreArticle(path: string, actors: RecordActor[], groupOf: Group[], wants: { get(actor: number): Lookups | undefined }): Contribution[] {
    return actors.map((actor, index) => {
      const g = groupOf[index];
      // its lookups as the snapshot saved them, not made again from the actor's name
      const c = this.contribution(path, actor, index, wants.get(index) ?? NO_LOOKUPS, g);
      g.add(c);
      if (!c.deferred || isFullName(c)) g.namedMentions += actor.mentions;
      if (c.deferred) for (const k of c.listens) this.listeners.add(k, c);
      return c;
    });
  }

  /**
   * Snapshot hook: adopts groups filled by restoreArticle (their ids, final actors, index keys,
   * gender, offices and acronym merges as saved; aggregates are made again when asked), in the
   * order given, and `sorted` as the list's order, in steps: each call adopts groups until
   * `deadline` (performance.now() ms) and returns true once the registry is settled.
   */
  restoreGroups({ groups, byKey, byId }: RestoredGroups, sorted: Group[]): (deadline: number) => boolean {
    // the snapshot's tables by key and id become the registry's, not filled again (2 x 56,000
    // entries at 10,164 articles): only on a registry that holds nothing yet, as restoreArticle
    if (this.groups.size) throw new Error('Registry.restoreGroups on a registry with groups');
    this.groups = byKey;
    this.ids.adopt(byId);
    let next = 0;
    return (deadline) => {
      while (next < groups.length) {
        const g = groups[next++];
        // the members filed by restoreArticle (a list of one made as one), without the room pushing left
        if (g.main.length > 1) g.main = exact(g.main);
        if (g.deferred.length > 1) g.deferred = exact(g.deferred);
        if (g.kind === 'organization') this.orgs.add(g);
        for (const k of g.indexKeys) this.index.add(k, g);
        if (next % 256 === 0 && performance.now() > deadline) return false;
      }
      this.sorted = sorted;
      this.finals = null;
      this.stale = false;
      // the acronym merges as saved: the next refresh merges every organisation again
      this.acronyms = null;
      return true;
    };
  }

  /**
   * Snapshot hook: makes restored organisations' aggregates and the acronyms they answer to (rule
   * 3 reads every one at the next refresh) until `deadline` (performance.now() ms); true once done. Run after a restore, so that
   * the first change does not make them all at once. A large group's is made in slices of its
   * members (one of thousands took 46-65 ms at 10,164 articles in one piece). Last, in a turn of
   * its own, the first-name table rule 2 reads (30 ms), which the first save would load otherwise.
   */
  prepareStep(deadline: number): boolean {
    let n = 0;
    for (const g of this.orgs) {
      if (g.agg && !g.fresh.length) {
        if (g.agg.acronym !== undefined) continue;
      } else if (g.agg || g.size < TALLY_RUN_MIN) this.aggregate(g);
      else {
        if (this.tallying?.g !== g) this.tallying = startTally(g);
        if (!aggregateStep(this.tallying, this.pathRank, deadline)) return false;
        this.tallying = null;
      }
      answersTo(g.agg!);
      if (++n % 16 === 0 && performance.now() > deadline) return false;
    }
    // the table in a turn of its own (its module is compiled on first use), and each step below too
    if (!this.namesLoaded) {
      if (n) return false;
      loadFirstNames();
      this.namesLoaded = true;
      return false;
    }
    // rule 3 as restored (a settled registry's merges are mergeAcronyms' own): the first change then
    // merges by its share, not every organisation again (20-35 ms of the first save at 10k articles).
    // Each organisation's own acronym first, in slices (kept with its aggregate): made at once with
    // the table and the claims below, they held one turn for 60-90 ms of the bench's warm start
    if (!this.acronyms) {
      for (const g of this.orgs) {
        const agg = this.aggregate(g);
        if (agg.ownAcronym !== undefined) continue;
        ownAcronym(agg);
        if (++n % 64 === 0 && performance.now() > deadline) return false;
      }
      if (n) return false;
      const owns = this.ownAcronyms();
      const byAcronym = new Map<string, Group>();
      for (const [g, own] of owns) byAcronym.set(own, g);
      this.acronyms = { byAcronym, owns, short: shortClaimsOf(this.orgs, (g) => this.aggregate(g)) };
    }
    return true;
  }

  /** Each organisation's own acronym (rule 3's keys), for those that have one, in the organisations' order. */
  private ownAcronyms(): Map<Group, string> {
    const owns = new Map<Group, string>();
    for (const g of this.orgs) {
      const own = ownAcronym(this.aggregate(g));
      if (own) owns.set(g, own);
    }
    return owns;
  }
}

/** The one empty list of merged groups (rule 3's own is not exported). */
const NO_GROUPS: Group[] = [];

/** Groups this large have their aggregate made in slices by prepareStep. */
const TALLY_RUN_MIN = 1024;

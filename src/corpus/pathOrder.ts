/** The order of article paths that every from-scratch answer follows, kept current as paths come and go. */
import { SlicedSort } from './group';

const collator = new Intl.Collator();
const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Path order as a from-scratch build sorts articles (localeCompare), code units breaking ties. */
const comparePaths = (a: string, b: string): number => collator.compare(a, b) || compareCodeUnits(a, b);

/** More paths added than this are sorted and merged into the order; fewer are each put in place by a binary search. */
const INSERT_AT_MOST = 64;

/** An update under way in slices (see step): the paths kept, in order; the added ones, being sorted; the two merged up to `i` and `j`. */
interface Pending {
  kept: string[];
  added: { run(deadline: number): boolean; readonly sorted: string[] };
  out: string[];
  i: number;
  j: number;
}

/** Ranks of paths in path order, renumbered only when paths come or go (not when an article changes). */
export class PathOrder {
  private order: string[] = [];
  private readonly ranks = new Map<string, number>();
  private readonly added = new Set<string>();
  private readonly removed = new Set<string>();
  private renumbered = 0;
  private pending: Pending | null = null;
  /**
   * Whether `added` came in path order (its last path then `lastAdded`): a warm start's restore
   * adds its 10,164 paths in the order its snapshot saved, which is this order, and then needs no
   * sort (the merge sort's ~37 ms of CPU), only this one comparison per path.
   */
  private addedInOrder = true;
  private lastAdded: string | null = null;

  /**
   * Changes each time ranks are renumbered, so that ranks cached elsewhere are looked up again.
   * Paths come and go first: a rank cached before a change is never compared with one after it.
   */
  get epoch(): number {
    this.update();
    return this.renumbered;
  }

  add(path: string): void {
    if (this.removed.delete(path)) return;
    this.added.add(path);
    if (this.addedInOrder && this.lastAdded !== null && comparePaths(this.lastAdded, path) >= 0) this.addedInOrder = false;
    this.lastAdded = path;
  }

  remove(path: string): void {
    if (!this.added.delete(path)) this.removed.add(path);
  }

  rank(path: string): number {
    this.update();
    return this.ranks.get(path) ?? -1;
  }

  sorted(): string[] {
    this.update();
    return this.order;
  }

  /**
   * Brings the order up to date until `deadline` (performance.now() ms) passes; true once it is.
   * A host thread calls it before the answers that rank paths: after a warm start's restore, or a
   * pass's thousands of new articles, the sort takes tens of ms at 10,000 paths (about 37 ms of
   * CPU for 10,164), which would otherwise run at once inside the first question. Any question
   * meanwhile finishes it at once (update), so answers never see a half-made order.
   */
  step(deadline: number): boolean {
    if (!this.pending) {
      if (this.added.size <= INSERT_AT_MOST) {
        this.update();
        return true;
      }
      this.pending = this.start();
    }
    const p = this.pending;
    if (!p.added.run(deadline)) return false;
    const added = p.added.sorted;
    let steps = 0;
    while (p.i < p.kept.length || p.j < added.length) {
      p.out.push(p.j >= added.length || (p.i < p.kept.length && comparePaths(p.kept[p.i], added[p.j]) < 0) ? p.kept[p.i++] : added[p.j++]);
      if ((++steps & 255) === 0 && performance.now() > deadline) return false;
    }
    this.pending = null;
    this.install(p.out);
    return true;
  }

  /** The order kept (less the paths removed) and the paths added, taken out of the change sets. */
  private start(): Pending {
    const kept = this.removed.size ? this.order.filter((p) => !this.removed.has(p)) : this.order;
    const list = [...this.added];
    // paths removed since they were added leave the rest in order
    const added = this.addedInOrder ? { run: () => true, sorted: list } : new SlicedSort(list, comparePaths);
    this.clearChanges();
    return { kept, added, out: [], i: 0, j: 0 };
  }

  private update(): void {
    if (this.pending) this.step(Infinity);
    if (!this.added.size && !this.removed.size) return;
    if (this.added.size > INSERT_AT_MOST) {
      this.pending = this.start();
      this.step(Infinity);
      return;
    }
    const order = this.removed.size ? this.order.filter((p) => !this.removed.has(p)) : [...this.order];
    for (const p of this.added) {
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (comparePaths(order[mid], p) < 0) lo = mid + 1;
        else hi = mid;
      }
      order.splice(lo, 0, p);
    }
    this.clearChanges();
    this.install(order);
  }

  private clearChanges(): void {
    this.added.clear();
    this.removed.clear();
    this.addedInOrder = true;
    this.lastAdded = null;
  }

  private install(order: string[]): void {
    this.order = order;
    this.renumbered++;
    this.ranks.clear();
    order.forEach((p, i) => this.ranks.set(p, i));
  }
}

/** The order of article paths that every from-scratch answer follows, kept current as paths come and go. */

const collator = new Intl.Collator();
const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Path order as a from-scratch build sorts articles (localeCompare), code units breaking ties. */
const comparePaths = (a: string, b: string): number => collator.compare(a, b) || compareCodeUnits(a, b);

/** Ranks of paths in path order, renumbered only when paths come or go (not when an article changes). */
export class PathOrder {
  private order: string[] = [];
  private readonly ranks = new Map<string, number>();
  private readonly added = new Set<string>();
  private readonly removed = new Set<string>();
  private renumbered = 0;

  /**
   * Changes each time ranks are renumbered, so that ranks cached elsewhere are looked up again.
   * Paths come and go first: a rank cached before a change is never compared with one after it.
   */
  get epoch(): number {
    this.update();
    return this.renumbered;
  }

  add(path: string): void {
    if (!this.removed.delete(path)) this.added.add(path);
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

  private update(): void {
    if (!this.added.size && !this.removed.size) return;
    let order = this.removed.size ? this.order.filter((p) => !this.removed.has(p)) : [...this.order];
    if (this.added.size > 64) {
      order = [...order, ...this.added].sort(comparePaths);
    } else {
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
    }
    this.added.clear();
    this.removed.clear();
    this.order = order;
    this.renumbered++;
    this.ranks.clear();
    order.forEach((p, i) => this.ranks.set(p, i));
  }
}


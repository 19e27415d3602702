/**
 * Work the extension host does for the index, in turns that leave its event loop free: queued
 * pieces run one after another until a turn has used its budget, and the rest waits for the next
 * turn (setImmediate). A worker pool can deliver hundreds of results in one go (Node drains a
 * MessagePort in one callback); merged one by one as they arrive, they would hold the host for
 * as long as all of them take. Work that can stop at a deadline and go on later (the corpus
 * bringing its merges up to date) runs as a step in each turn's remaining share, so that it keeps
 * pace with the pieces instead of piling up for one long turn at the end (Settler, below, drives the
 * corpus's steps and tells the views). No vscode import.
 */
export class HostSlices {
  private queue: Array<() => void> = [];
  private steps: Array<{ step: (deadline: number) => boolean; resolve: () => void; reject: (e: unknown) => void }> = [];
  private scheduled = false;

  /** @param budgetMs longest one turn may run, ms (one piece, and one call of a step, always run) */
  constructor(private readonly budgetMs: number) {}

  /** Runs `work` in a coming turn; resolves once it ran, rejects with what it threw. */
  run(work: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push(() => {
        try {
          work();
          resolve();
        } catch (e) {
          reject(e);
        }
      });
      this.schedule();
    });
  }

  /**
   * Calls `step(deadline)` (deadline in performance.now() ms) in coming turns until it returns
   * true; resolves then, rejects with what it threw. Steps run in the order given, and before
   * any queued piece: a turn goes to the pieces only when no step waits (or time is left).
   */
  step(step: (deadline: number) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      this.steps.push({ step, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.turn());
  }

  private turn(): void {
    this.scheduled = false;
    const start = performance.now();
    const end = start + this.budgetMs;
    // a waiting step has the turn (it brings up to date what the pieces changed: sharing turns
    // with more pieces, it would never catch up); the pieces go on once it is done
    let ran = false;
    while (this.steps.length && (!ran || performance.now() < end)) {
      const s = this.steps[0];
      ran = true;
      let done: boolean;
      try {
        done = s.step(end);
      } catch (e) {
        this.steps.shift();
        s.reject(e);
        continue;
      }
      if (!done) break;
      this.steps.shift();
      s.resolve();
    }
    let i = 0;
    while (i < this.queue.length && (!(ran || i) || performance.now() < end)) this.queue[i++]();
    this.queue = this.queue.slice(i);
    if (this.queue.length || this.steps.length) this.schedule();
  }
}

/** Merges between two settles of the registry during a pass (each costs a little for every article): the extension's Settler's `every`. */
export const SETTLE_EVERY = 32;

/** What a Settler brings up to date: steps that stop at a deadline (performance.now() ms) and say whether they are done. */
export interface Settling {
  actorsStep(deadline: number): boolean;
  eventsStep(deadline: number): boolean;
}

/**
 * Keeps a corpus's answers current in a HostSlices' turns, and says when: `changed` once a change's
 * actors are answered, `eventsChanged` once its events are too. While articles are merged in bulk
 * the actors settle after every `every` merges or as many as were merged before, whichever is more:
 * the settles keep pace with the merges in the host's spare turns, yet a pass of n articles settles
 * O(log n) times, not n / every (a settle costs a little for every article of a popular actor: at
 * 10k articles a fixed interval made indexing quadratic). Filing the 10,164 records of the 10k
 * archive as a pass does took 7.2-9.4 s of CPU so (9 settles), 10.0-11.9 s when settling after an
 * eighth of the merges so far (35 settles), for a last settle longer by a few tenths of a second.
 */
export class Settler {
  private settling: Promise<void> | null = null;
  private notifyPending = false;
  private actorsSettling: Promise<void> | null = null;
  private unsettledMerges = 0;
  private merges = 0;

  constructor(
    private readonly host: HostSlices,
    private readonly corpus: Settling,
    private readonly every: number,
    private readonly tell: { changed(): void; eventsChanged(): void },
  ) {}

  /** One article merged (no one told yet). */
  merged(): void {
    this.merges++;
    if (++this.unsettledMerges < Math.max(this.every, this.merges >> 1)) return;
    this.unsettledMerges = 0;
    this.actorsSettling ??= this.host.step((deadline) => this.corpus.actorsStep(deadline)).finally(() => (this.actorsSettling = null));
  }

  /** Resolves once the actors' settle that merged() started (if one runs) is done: a bulk of merges waits for it. */
  caughtUp(): Promise<void> {
    return this.actorsSettling ?? Promise.resolve();
  }

  /** Tells the listeners once the corpus has settled. */
  notify(): void {
    this.notifyPending = true;
    void this.settle();
  }

  /**
   * A step that runs `settle` until it is done, then `tell`s, when `telling()`, at the start of a
   * turn of its own (checking first that the corpus is still settled: a step has a turn before any
   * piece): the listeners' work (the trees' lists, the status bar) does not follow a full slice of
   * settling in one piece.
   */
  private thenTell(settle: (deadline: number) => boolean, telling: () => boolean, tell: () => void): (deadline: number) => boolean {
    let yielded = false;
    return (deadline) => {
      if (!settle(deadline)) return false;
      if (telling() && !yielded) return (yielded = true), false;
      tell();
      return true;
    };
  }

  /** Brings actors, then events up to date; resolves when both are current (and the listeners told). */
  settle(): Promise<void> {
    return (this.settling ??= (async () => {
      try {
        do {
          let notify = false;
          await this.host.step(this.thenTell((deadline) => this.corpus.actorsStep(deadline), () => this.notifyPending, () => {
            notify = this.notifyPending;
            this.notifyPending = false;
            if (notify) this.tell.changed();
          }));
          await this.host.step(this.thenTell((deadline) => this.corpus.eventsStep(deadline), () => notify, () => notify && this.tell.eventsChanged()));
        } while (this.notifyPending);
      } finally {
        this.settling = null;
      }
    })());
  }
}

/**
 * Work the extension host does for the index, in turns that leave its event loop free: queued
 * pieces run one after another until a turn has used its budget, and the rest waits for the next
 * turn (setImmediate). A worker pool can deliver hundreds of results in one go (Node drains a
 * MessagePort in one callback); merged one by one as they arrive, they would hold the host for
 * as long as all of them take. No vscode import.
 */
export class HostSlices {
  private queue: Array<() => void> = [];
  private scheduled = false;

  /** @param budgetMs longest one turn may run, ms (one piece always runs) */
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

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.turn());
  }

  private turn(): void {
    this.scheduled = false;
    const start = performance.now();
    let i = 0;
    do this.queue[i++]();
    while (i < this.queue.length && performance.now() - start < this.budgetMs);
    this.queue = this.queue.slice(i);
    if (this.queue.length) this.schedule();
  }
}

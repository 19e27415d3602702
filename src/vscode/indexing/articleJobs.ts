/**
 * Each article's jobs numbered: a result overtaken by a later job for the same article is
 * dropped, and its caller waits for the later one; a result is handed over in one of the host's
 * turns. A job whose article was forgotten (it left the index: deleted) ends with its result
 * dropped. No vscode import: the unit tests drive it with jobs of their own.
 */
import type { HostSlices } from './hostSlices';

export class ArticleJobs<T> {
  /** A counter per article: a result older than the last job asked for, or than a forget, is dropped. */
  private readonly generation = new Map<string, number>();
  /** The article's latest job under way, with its number. */
  private readonly inflight = new Map<string, { generation: number; done: Promise<void> }>();

  constructor(private readonly host: Pick<HostSlices, 'run'>) {}

  /**
   * Runs `produce` (told whether its job is still the article's latest) and hands its outcome to
   * `settle` in a host turn unless a later job for the article overtook it. Resolves once that is
   * done, or the later job's is; at once when the article was forgotten meanwhile.
   */
  run(key: string, produce: (current: () => boolean) => Promise<T>, settle: (outcome: T) => void): Promise<void> {
    const generation = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, generation);
    const job = { generation, done: this.settled(key, generation, produce, settle) };
    this.inflight.set(key, job);
    return job.done.finally(() => {
      if (this.inflight.get(key) === job) this.inflight.delete(key);
    });
  }

  /** The number of the article's latest job (0: none yet): a later job's is higher. */
  generationOf(key: string): number {
    return this.generation.get(key) ?? 0;
  }

  /** The article's job under way, if any. */
  reading(key: string): Promise<void> | undefined {
    return this.inflight.get(key)?.done;
  }

  /** Keys of the articles with a job under way. */
  underWay(): IterableIterator<string> {
    return this.inflight.keys();
  }

  /** Any result still to come for the article is dropped (it left the index). */
  forget(key: string): void {
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
  }

  private async settled(key: string, generation: number, produce: (current: () => boolean) => Promise<T>, settle: (outcome: T) => void): Promise<void> {
    const current = (): boolean => this.generation.get(key) === generation;
    const outcome = await produce(current);
    let filed = false;
    if (current()) {
      await this.host.run(() => {
        if (!current()) return;
        settle(outcome);
        filed = true;
      });
    }
    if (filed) return;
    // overtaken: the caller waits for the later job (a pass then ends with the latest record
    // filed). Forgotten, with no later job: nothing to wait for. Waiting for the latest job under
    // way whatever its number waited for this very job, and a pass whose file the watcher saw
    // deleted while a worker read it never ended.
    const later = this.inflight.get(key);
    if (later && later.generation > generation) await later.done;
  }
}

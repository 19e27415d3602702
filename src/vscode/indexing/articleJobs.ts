/**
 * Each article's jobs numbered: a result overtaken by a later job for the same article is
 * dropped, and its caller waits for the later one; a result is handed over in one of the host's
 * turns. No vscode import: the unit tests drive it with jobs of their own.
 */
import type { HostSlices } from './hostSlices';

export class ArticleJobs<T> {
  /** A counter per article: a result older than the last job asked for is dropped. */
  private readonly generation = new Map<string, number>();
  private readonly inflight = new Map<string, Promise<void>>();

  constructor(private readonly host: Pick<HostSlices, 'run'>) {}

  /**
   * Runs `produce` (told whether its job is still the article's latest) and hands its outcome to
   * `settle` in a host turn unless a later job for the article overtook it. Resolves once that is
   * done or the later job's is.
   */
  run(key: string, produce: (current: () => boolean) => Promise<T>, settle: (outcome: T) => void): Promise<void> {
    const generation = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, generation);
    const done = this.settled(key, generation, produce, settle);
    this.inflight.set(key, done);
    return done.finally(() => {
      if (this.inflight.get(key) === done) this.inflight.delete(key);
    });
  }

  /** The number of the article's latest job (0: none yet): a later job's is higher. */
  generationOf(key: string): number {
    return this.generation.get(key) ?? 0;
  }

  /** The article's job under way, if any. */
  reading(key: string): Promise<void> | undefined {
    return this.inflight.get(key);
  }

  /** Any result still to come for the article is dropped (it left the index). */
  forget(key: string): void {
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
  }

  private async settled(key: string, generation: number, produce: (current: () => boolean) => Promise<T>, settle: (outcome: T) => void): Promise<void> {
    const current = (): boolean => this.generation.get(key) === generation;
    const outcome = await produce(current);
    if (!current()) {
      await this.inflight.get(key);
      return;
    }
    await this.host.run(() => current() && settle(outcome));
  }
}

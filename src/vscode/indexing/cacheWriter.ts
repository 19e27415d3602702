/**
 * Writes the index cache in the background: remembers which shards changed, and rewrites them a
 * moment after the last change (or at once when asked), never in Restricted Mode, where the
 * extension only reads.
 */
import * as vscode from 'vscode';
import type { ArticleRecord } from '../../corpus/record';
import { IndexCache, SHARDS, shardOf, type CachedArticle } from './cache';
import type { PassStats } from './pass';

/** The cache is written this long after the last change, ms. */
const CACHE_WRITE_MS = 2000;

export class CacheWriter {
  private readonly dirty = new Set<number>();
  private timer?: NodeJS.Timeout;

  /** `articles` lists what the index holds now, each time a write runs. */
  constructor(
    readonly cache: IndexCache<ArticleRecord>,
    private readonly articles: () => Iterable<CachedArticle<ArticleRecord>>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** What the cache holds, by key: empty when it is new or was dropped (`stats.cache` and the log say which). */
  async load(stats: PassStats): Promise<Map<string, CachedArticle<ArticleRecord>>> {
    const started = Date.now();
    const loaded = await this.cache.load();
    if (loaded.dropped) {
      stats.cache = 'dropped';
      stats.cacheProblem = loaded.dropped;
      this.log.warn(`Index cache dropped and rebuilt: ${loaded.dropped}`);
    } else if (loaded.entries.size) {
      stats.cache = 'loaded';
      this.log.info(`Index cache of ${loaded.entries.size} article(s) loaded in ${Date.now() - started} ms`);
    }
    return loaded.entries;
  }

  /** The article of `key` changed or went: its shard is rewritten at the next write. */
  changed(key: string): void {
    this.dirty.add(shardOf(key));
  }

  /** Every shard is rewritten at the next write (a cache dropped, or trust just granted). */
  all(): void {
    for (let s = 0; s < SHARDS; s++) this.dirty.add(s);
  }

  /** Writes the changed shards after `ms`, unless another change comes first. */
  schedule(ms = CACHE_WRITE_MS): void {
    if (!vscode.workspace.isTrusted || !this.dirty.size) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  /** Writes the changed shards now; resolves when every write so far is done. Never rejects. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (!vscode.workspace.isTrusted) return;
    if (!this.dirty.size) return this.cache.settled();
    const shards = [...this.dirty];
    this.dirty.clear();
    try {
      await this.cache.write(this.articles(), shards);
    } catch (e) {
      this.log.warn(`Index cache not written: ${(e as Error).message}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.cache.close();
  }
}

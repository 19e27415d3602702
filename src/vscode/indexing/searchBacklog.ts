/**
 * Search entries for articles whose records came from the cache: a record carries no text, and the
 * search index needs the sentences' words, so their texts are read in the background (off the
 * host's thread for local files), a slice at a time, after the index is complete; those of a cold
 * pass's records come from the workers' tails files instead (see takeTerms).
 */
import type { ArticleRecord } from '../../corpus/record';
import { searchableArticle, type CorpusSearch } from '../../corpus/search';
import { takeSearchable, takeTerms } from './passTails';
import { yieldToHost } from './cache';

/** Longest the host works between two yields, ms. */
const SLICE_MS = 10;

export class SearchBacklog {
  private readonly waiting = new Set<string>();
  private filling: Promise<void> | null = null;
  /** The article whose text is being read. */
  private reading: string | null = null;

  /** `record` is the article's record now; `read` its text ('' when it cannot be read). */
  constructor(
    private readonly search: CorpusSearch,
    private readonly record: (key: string) => ArticleRecord | undefined,
    private readonly read: (key: string) => Promise<string>,
  ) {}

  add(key: string): void {
    this.waiting.add(key);
  }

  /** Whether entries wait or are being made. */
  get busy(): boolean {
    return this.filling !== null || this.waiting.size > 0;
  }

  /** Whether the search entry of `key` is yet to be (re)made. */
  has(key: string): boolean {
    return this.waiting.has(key) || this.reading === key;
  }

  delete(key: string): void {
    this.waiting.delete(key);
  }

  /** Resolves once nothing waits (at once when nothing does). */
  async settled(): Promise<void> {
    while (this.filling) await this.filling;
  }

  /** Starts filling in the background, unless it already runs. */
  fill(): void {
    if (this.filling || !this.waiting.size) return;
    this.filling = (async () => {
      let sliceStart = performance.now();
      for (const key of [...this.waiting]) {
        this.waiting.delete(key);
        const record = this.record(key);
        if (!record) continue;
        // the terms a worker left on disk (a cold pass with a cache folder): no text read, no words cut here
        const later = takeTerms(record);
        if (later) {
          this.search.set({ path: record.path, text: '', title: record.title, ...later.searchable }, later.terms);
          if (performance.now() - sliceStart > SLICE_MS) {
            await yieldToHost();
            sliceStart = performance.now();
          }
          continue;
        }
        this.reading = key;
        const text = await this.read(key);
        // an article changed meanwhile got its entries with its new record
        if (text && this.record(key) === record) {
          // a record whose tail stayed on disk came with what search files of it (./passTails.ts)
          const kept = takeSearchable(record);
          this.search.set(kept ? { path: record.path, text, title: record.title, ...kept } : searchableArticle(record, text));
        }
        this.reading = null;
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToHost();
          sliceStart = performance.now();
        }
      }
    })().finally(() => {
      this.filling = null;
      this.fill();
    });
  }
}

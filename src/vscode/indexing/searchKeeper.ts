/**
 * The index's search side: entries made from the text when a worker hands it over, a backlog of
 * articles whose entries wait for their text (records from the cache carry none; ./searchBacklog),
 * and the search snapshot saved beside the record cache (./searchSaver). After a pass the snapshot
 * loads and the backlog fills behind the trees, so search is ready a little after the index.
 */
import type * as vscode from 'vscode';
import type { ArticleRecord } from '../../corpus/record';
import { searchableArticle, type CorpusSearch } from '../../corpus/search';
import type { ArticleTerms } from '../../corpus/searchTerms';
import { SearchBacklog } from './searchBacklog';
import { takeSearchable } from './passTails';
import { yieldToHost } from './cache';
import { SearchSaver } from './searchSaver';
import { SearchStore, searchStamp } from './searchStore';

/** Longest the host works between two yields, ms. */
const SLICE_MS = 10;

/** What the search side needs to know of the index's articles. */
export interface SearchSource {
  keys(): Iterable<string>;
  record(key: string): ArticleRecord | undefined;
  /** Size (bytes), modification time (ms) and whether the index holds it from an unsaved buffer. */
  entry(key: string): { size: number; mtimeMs: number; fromBuffer: boolean } | undefined;
  /** The article's text now, '' when it cannot be read. */
  read(key: string): Promise<string>;
}

export class SearchKeeper implements vscode.Disposable {
  private readonly backlog: SearchBacklog;
  private readonly saver: SearchSaver | null;
  private loading: Promise<void> = Promise.resolve();
  private filling = false;

  /** `version`: the records' version, part of each entry's stamp; no `cacheDir`: no snapshot. */
  constructor(
    private readonly search: CorpusSearch,
    private readonly source: SearchSource,
    private readonly version: string,
    cacheDir: string | undefined,
    log: vscode.LogOutputChannel,
  ) {
    this.backlog = new SearchBacklog(search, (key) => source.record(key), (key) => source.read(key));
    this.saver = cacheDir ? new SearchSaver(new SearchStore(cacheDir), search, (key) => this.stampOf(key), log) : null;
  }

  /**
   * The article's entry from the terms a worker made of its text (see searchTermsOf), without the
   * text: search reads it again when a hit needs it.
   */
  set(key: string, record: ArticleRecord, terms: ArticleTerms): void {
    // a record whose tail stayed on disk (./passTails.ts) came with what search files of it: read here, it would be read back from the disk
    const kept = takeSearchable(record);
    this.search.set(kept ? { path: record.path, text: '', title: record.title, ...kept } : searchableArticle(record, ''), terms);
    this.backlog.delete(key);
  }

  /** The article's entry is made once its text is read again (see fill). */
  later(key: string): void {
    this.backlog.add(key);
  }

  remove(key: string): void {
    this.search.remove(key);
    this.backlog.delete(key);
  }

  /** Starts making the entries that wait (in the background, a slice at a time). */
  fillBacklog(): void {
    this.backlog.fill();
  }

  /**
   * After a pass: loads the snapshot when `load` (keeping the entries whose stamps match the files
   * now; `loaded` hears how many), then reads the texts of the articles search still lacks, then
   * saves a snapshot. `whenReady` waits for it.
   */
  afterPass(load: boolean, loaded: (articles: number) => void): void {
    this.loading = this.fill(load, loaded);
  }

  private async fill(load: boolean, loaded: (articles: number) => void): Promise<void> {
    this.filling = true;
    try {
      // the postings a pass filed, into their terms' arrays in the host's turns, not in one
      // query's (see TermIndex.fileStep)
      while (!this.search.fileStep(performance.now() + SLICE_MS)) await yieldToHost();
      const fromSnapshot = load && (await this.saver?.load((key, stamp) => stamp !== null && stamp === this.stampOf(key)));
      // one walk of the articles: those search holds are counted, the rest wait for their text; in
      // slices (at 10k articles the walk, as the pass completes, was part of a 50 ms stall)
      let held = 0;
      let sliceStart = performance.now();
      for (const key of [...this.source.keys()]) {
        if (this.search.has(key)) held++;
        else this.backlog.add(key);
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToHost();
          sliceStart = performance.now();
        }
      }
      if (fromSnapshot) loaded(held);
      this.backlog.fill();
      await this.backlog.settled();
      // the backlog's postings too (a cold pass's every article: ~3.5 million at 10,164 articles),
      // before prepareShortPrefixes, which flushes what is left at once: a 200 ms turn there
      while (!this.search.fileStep(performance.now() + SLICE_MS)) await yieldToHost();
      await yieldToHost();
      this.search.prepareShortPrefixes();
    } finally {
      this.filling = false;
    }
    this.saver?.schedule(0);
  }

  /** What an article's entry is made from now (see searchStamp); null: not the file (unsaved, or waiting for its text). */
  private stampOf(key: string): string | null {
    const e = this.source.entry(key);
    return e && !e.fromBuffer && !this.backlog.has(key) ? searchStamp(e.size, e.mtimeMs, this.version) : null;
  }

  async whenReady(): Promise<void> {
    await this.loading;
    await this.backlog.settled();
  }

  /** Whether the snapshot is loading or entries wait. */
  get busy(): boolean {
    return this.filling || this.backlog.busy;
  }

  /** The index changed: a snapshot is saved a while after the last change. */
  changed(): void {
    this.saver?.schedule();
  }

  async flush(): Promise<void> {
    await this.saver?.flush();
  }

  dispose(): void {
    this.saver?.dispose();
  }
}

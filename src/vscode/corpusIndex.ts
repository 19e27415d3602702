/**
 * The extension's one corpus index: finds the workspace's articles, has worker threads read and
 * analyse them (./indexing/), merges their records on the extension host in small slices, keeps
 * them in a persistent cache so a reload re-extracts only what changed, follows files created,
 * changed, renamed and deleted (in batches) and unsaved edits, and tells the views when it
 * changed. Every feature reads from here; none parses text itself. This file keeps the articles
 * (filing, dropping, reading their texts); a full pass is ./indexing/fullPass.ts, the watcher's
 * batches of file changes ./indexing/fileChanges.ts.
 */
import * as vscode from 'vscode';
import { Corpus, type CorpusView } from '../corpus/corpus';
import { CorpusLookup } from '../corpus/lookup';
import { CorpusSearch } from '../corpus/search';
import { makeMatcher, NOT_REGULAR, VANISHED, type Matcher } from '../corpus/files';
import { RECORD_VERSION, type ArticleRecord } from '../corpus/record';
import type { Curation } from '../corpus/curation';
import { readSettings, type Settings } from './config';
import type { IndexOptions, PassStats } from './indexing/pass';
import { IndexCache, type CachedArticle } from './indexing/cache';
import { CacheWriter } from './indexing/cacheWriter';
import { readText, statOf, type FileStat } from './indexing/workspaceFiles';
import { SearchKeeper } from './indexing/searchKeeper';
import { SaveAhead } from './indexing/saveAhead';
import { HostSlices, SETTLE_EVERY, Settler } from './indexing/hostSlices';
import { WorkspaceWatcher } from './indexing/watcher';
import { ArticleTexts, positionIn, type ArticleEntry, type IndexedArticle } from './indexing/articles';
import { Extraction, workerStopped } from './indexing/extraction';
import { lazyArticleCodec, quoteCount } from './indexing/validate';
import { SettledStore } from './indexing/settledStore';
import { keyOf, runFullPass, SLICE_MS, type ExtractOptions, type IndexParts, type MergeValue } from './indexing/fullPass';
import { filesChanged, type ChangeParts } from './indexing/fileChanges';

export type { IndexedArticle } from './indexing/articles';
export type { IndexOptions, PassStats } from './indexing/pass';

export class CorpusIndex implements vscode.Disposable {
  /** Records of files carry no quote texts (see withoutQuoteTexts): they are read from the file as saved, what the record was made of. */
  private readonly corpus = new Corpus((key) => this.savedTextOf(key));
  /** Search keeps no article text: hits read it as the views do. */
  readonly search = new CorpusSearch((key) => this.textOf(key));
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly texts = new ArticleTexts(() => this.settings.maxFileBytes);
  private lookupCache: CorpusLookup | null = null;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires once a change's actors, mentions and quotes are answered (the events may still be merging). */
  readonly onDidChange = this.changed.event;
  private readonly eventsChanged = new vscode.EventEmitter<void>();
  /** Fires once a change's events are merged too (after onDidChange). */
  readonly onDidChangeEvents = this.eventsChanged.event;
  private readonly progressed = new vscode.EventEmitter<void>();
  /** Fires as an index pass starts, advances and ends: the views show `progress`. */
  readonly onDidProgress = this.progressed.event;
  /** Files done and found by the running index pass, or null when none runs. */
  progress: { done: number; total: number } | null = null;
  private settings: Settings = readSettings();
  /**
   * Compiled once per settings change, when first asked (it runs on every keystroke in an
   * article): compiled in the constructor, its globs were 15-20 ms of activate()'s turn.
   */
  private matcherMade: Matcher | null = null;
  private readonly extraction: Extraction;
  private readonly cache: CacheWriter | null;
  /** The settled corpus saved beside the cache: a reload with unchanged files restores it whole. */
  private readonly settledStore: SettledStore | null;
  private indexing: Promise<void> | null = null;
  /** Which indexing pass last set each article: a re-index keeps what the watcher added meanwhile. */
  private pass = 0;
  private readonly touched = new Map<string, number>();
  /** Each article's last analysis of an editor's buffer, while it may be the article's latest: its text and job (see analyseNow). */
  private readonly bufferJobs = new Map<string, { text: string; generation: number; done: Promise<void> }>();
  private readonly host = new HostSlices(SLICE_MS);
  /** The corpus's merges and events brought up to date in the host's turns before the views are told. */
  private readonly settler = new Settler(this.host, this.corpus, SETTLE_EVERY, {
    changed: () => {
      this.changed.fire();
      this.fileSearchAfterViews();
    },
    eventsChanged: () => this.eventsChanged.fire(),
  });
  /**
   * Edits' search entries, filed once the views were told of them (in a host turn after the
   * events': after the trees), rather than before: filing one took 12-16 ms of a save's path at
   * 10k articles, and made the garbage of the collection that followed.
   */
  private readonly searchAfterViews = new Map<string, { record: ArticleRecord; filed: ArticleRecord | undefined; terms: NonNullable<MergeValue['searchTerms']> }>();
  private readonly searchSide: SearchKeeper;
  private readonly saves = new SaveAhead({ analyse: (uri, text) => this.analyseNow(uri, text), generation: (key) => this.extraction.generationOf(key), adopt: (uri, generation, st) => this.adoptSave(uri, generation, st), stat: statOf });
  private readonly disposables: vscode.Disposable[] = [this.changed, this.eventsChanged, this.progressed];
  /** What the index's stages (./indexing/fullPass.ts, ./indexing/fileChanges.ts) work on. */
  private readonly parts: ChangeParts;
  /** Files left out of the index, with the reason: shown in the log, counted in the status bar. */
  readonly skippedFiles = new Map<string, string>();
  /** The last full pass. */
  lastPass: PassStats = { fromCache: 0, extracted: 0, searchFromCache: 0, stopped: 0, cache: 'off', ms: 0 };
  /** Since activation: articles analysed by a worker, and workers stopped. */
  readonly totals = { extracted: 0, stopped: 0 };

  constructor(
    private readonly log: vscode.LogOutputChannel,
    options: IndexOptions,
  ) {
    this.extraction = new Extraction(options.workerScript, this.host, () => this.settings.maxFileBytes, (uri) => this.isArticle(uri), options.cacheDir ? { dir: `${options.cacheDir}-tails`, damaged: (key) => this.damaged(key) } : undefined);
    this.cache = options.cacheDir ? new CacheWriter(new IndexCache(options.cacheDir, RECORD_VERSION, lazyArticleCodec((key) => this.damaged(key))), () => this.cached(), log) : null;
    const stampOf = (key: string): FileStat | undefined => {
      const e = this.entries.get(key);
      return e && !e.fromBuffer ? { size: e.size, mtimeMs: e.mtimeMs, isFile: true } : undefined;
    };
    this.settledStore = options.cacheDir ? new SettledStore(options.cacheDir, this.corpus, RECORD_VERSION, stampOf, () => this.settler.settle(), log) : null;
    this.searchSide = new SearchKeeper(
      this.search,
      { keys: () => this.entries.keys(), record: (key) => this.corpus.record(key), entry: (key) => this.entries.get(key), read: (key) => this.readForSearch(key) },
      RECORD_VERSION,
      options.cacheDir,
      log,
    );
    const parts: IndexParts = {
      log,
      corpus: this.corpus,
      cache: this.cache,
      settledStore: this.settledStore,
      searchSide: this.searchSide,
      host: this.host,
      settler: this.settler,
      entries: this.entries,
      touched: this.touched,
      skippedFiles: this.skippedFiles,
      settings: () => this.settings,
      isArticle: (uri) => this.isArticle(uri),
      admit: (uri, st): st is FileStat => this.admit(uri, st),
      extract: (uri, opts) => this.extract(uri, opts),
      merge: (uri, value, fromBuffer, pass, fromCache) => this.merge(uri, value, fromBuffer, pass, fromCache),
      drop: (key) => this.drop(key),
      invalidate: (notify) => this.invalidate(notify),
      setProgress: (progress) => this.setProgress(progress),
      passDone: (stats) => (this.lastPass = stats),
    };
    this.parts = {
      ...parts,
      reading: (key) => this.saves.pending(key) ?? this.extraction.reading(key),
      readsUnderWay: () => this.extraction.readsUnderWay(),
      generationOf: (key) => this.extraction.generationOf(key),
      skipsChanged: () => this.progressed.fire(),
    };
  }

  /** Key of a document in the corpus: its URI as a string. */
  static key(uri: vscode.Uri): string {
    return keyOf(uri);
  }

  get lookup(): CorpusLookup {
    return (this.lookupCache ??= new CorpusLookup(this.corpus));
  }

  view(): CorpusView {
    return this.corpus.build();
  }

  /** Articles, actors and quotes, counted without building the corpus's JSON. */
  stats(): { articles: number; actors: number; quotes: number } {
    return this.corpus.stats();
  }

  article(key: string): IndexedArticle | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    const texts = this.texts;
    return { uri: e.uri, lineStarts: e.lineStarts, get text() { return texts.read(key, e.uri); } };
  }

  /** Characters `start` to `end` of an indexed article as the editor shows it, in a string of its own ('' when unknown or unreadable): for rows and labels, without remembering the article. */
  passage(key: string, start: number, end: number): string {
    const e = this.entries.get(key);
    return e ? this.texts.passage(key, e.uri, start, end) : '';
  }

  /** An article's paragraphs (its lines, as the extractor reads them), flat [start0, end0, start1, end1, …], without reading its text. */
  paragraphs(key: string): number[] | undefined {
    const starts = this.entries.get(key)?.lineStarts;
    if (!starts) return undefined;
    const spans: number[] = [];
    for (let i = 0; i < starts.length; i++) spans.push(starts[i], i + 1 < starts.length ? starts[i + 1] : Number.MAX_SAFE_INTEGER);
    return spans;
  }

  get size(): number {
    return this.corpus.size;
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  /** The persistent cache's folder, if there is one. */
  get cacheDir(): string | undefined {
    return this.cache?.cache.dir;
  }

  /** Resolves once the current full index is done: trees and hovers answer for every article found (search follows, see whenSearchReady). */
  whenIndexed(): Promise<void> {
    return this.indexing ?? Promise.resolve();
  }

  /** Resolves once search holds every indexed article too (it is loaded or filled after the trees). */
  async whenSearchReady(): Promise<void> {
    await this.whenIndexed();
    await this.searchSide.whenReady();
  }

  /** Articles search holds, of those indexed, and whether it is still loading or filling. */
  searchProgress(): { indexed: number; total: number; filling: boolean } {
    return { indexed: this.search.size, total: this.size, filling: this.searchSide.busy };
  }

  /**
   * Resolves true once the article at `uri` is in the index; false once it will not be soon (not an
   * article, skipped, or no pass and no analysis of it under way `graceMs` after the call: a file
   * just created waits for the watcher's batch), or when `token` is cancelled. For what answers once
   * per document version (the Outline: VS Code keeps an empty answer until the text changes), so
   * that a tab VS Code restores before the index is ready is not answered empty.
   */
  whenArticle(uri: vscode.Uri, token?: vscode.CancellationToken, graceMs = 1500): Promise<boolean> {
    const key = CorpusIndex.key(uri);
    const since = Date.now();
    const settle = (): boolean | undefined => {
      if (this.corpus.has(key)) return true;
      if (token?.isCancellationRequested || !this.isArticle(uri) || this.skippedFiles.has(key)) return false;
      const busy = !this.firstPassDone || this.progress !== null || !!this.extraction.reading(key) || Date.now() - since < graceMs;
      return busy ? undefined : false;
    };
    const now = settle();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise((resolve) => {
      const parts: vscode.Disposable[] = [];
      const check = (): void => {
        const done = settle();
        if (done === undefined) return;
        clearInterval(timer);
        for (const d of parts) d.dispose();
        resolve(done);
      };
      // the index's own events answer at once; the timer ends the grace and catches a job's start
      const timer = setInterval(check, 250);
      parts.push(this.changed.event(check), this.progressed.event(check));
      if (token) parts.push(token.onCancellationRequested(check));
    });
  }

  /** Whether the first index pass has ended: before, counts are partial (a restored snapshot's, or none). */
  firstPassDone = false;

  /** Starts the first index (from the cache where it can) in the background and begins watching. */
  start(): void {
    this.watch();
    this.indexing = runFullPass(this.parts, { first: true, force: false, pass: ++this.pass }).finally(() => {
      this.firstPassDone = true;
      this.progressed.fire();
    });
  }

  /** Reads and analyses every article again, cache or not; drops those no longer found. */
  reindex(): Promise<void> {
    this.applySettings();
    this.indexing = runFullPass(this.parts, { first: false, force: true, pass: ++this.pass });
    return this.indexing;
  }

  private setProgress(progress: { done: number; total: number } | null): void {
    this.progress = progress;
    this.progressed.fire();
  }

  /** A cached record whose tail failed its checks when first read (it reads as empty): the article is extracted again. */
  private damaged(key: string): void {
    const e = this.entries.get(key);
    this.log.warn(`Index cache entry dropped (extracted again): ${e ? vscode.workspace.asRelativePath(e.uri) : key} failed validation`);
    this.cache?.changed(key);
    if (e) void this.analyseNow(e.uri);
  }

  /** False (and the reason logged) for what is no article: gone, not a regular file, too large. */
  private admit(uri: vscode.Uri, st: FileStat | string): st is FileStat {
    if (typeof st === 'string') {
      if (st === VANISHED) this.forget(uri);
      else this.skip(uri, st);
      return false;
    }
    if (!st.isFile) this.skip(uri, NOT_REGULAR);
    else if (st.size > this.settings.maxFileBytes) this.skip(uri, `too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${(this.settings.maxFileBytes / 1048576).toFixed(0)} MB)`);
    else return true;
    return false;
  }

  /** Has a worker analyse one article (from `text` when given: an unsaved buffer), then merges it in one of the host's turns (see ./indexing/extraction). */
  private extract(uri: vscode.Uri, { pass = this.pass, stats, text, urgent = false, searchLater = false }: ExtractOptions = {}): Promise<void> {
    return this.extraction.run(CorpusIndex.key(uri), uri, { text, urgent, terms: !searchLater }, (outcome) => {
      if (!outcome.ok) {
        if (workerStopped(outcome.reason)) {
          this.totals.stopped++;
          if (stats) stats.stopped++;
        }
        this.failed(uri, outcome.reason);
        return;
      }
      this.totals.extracted++;
      if (stats) stats.extracted++;
      this.merge(uri, searchLater ? { ...outcome.value, searchTerms: undefined } : outcome.value, text !== undefined, pass, false, urgent);
    });
  }

  private failed(uri: vscode.Uri, reason: string): void {
    if (reason === VANISHED) this.forget(uri);
    else this.skip(uri, reason);
  }

  /**
   * Puts one article's record into the corpus, the search index and the cache's next write. An
   * edit's (`urgent`) goes to search once the views were told (see searchAfterViews).
   */
  private merge(uri: vscode.Uri, value: MergeValue, fromBuffer: boolean, pass: number, fromCache = false, urgent = false): void {
    const key = CorpusIndex.key(uri);
    // the entry first: filing may read a cached tail, and a damaged one is extracted again only for an article the index knows
    this.entries.set(key, { uri, lineStarts: value.lineStarts, size: value.size, mtimeMs: value.mtimeMs, fromBuffer });
    this.corpus.upsert(key, value.record, quoteCount(value.record));
    this.touched.set(key, pass);
    this.skippedFiles.delete(key);
    this.texts.forget(key);
    if (value.searchTerms !== undefined && urgent) {
      this.searchAfterViews.set(key, { record: value.record, filed: this.corpus.record(key), terms: value.searchTerms });
    } else if (value.searchTerms !== undefined) {
      this.searchAfterViews.delete(key);
      this.searchSide.set(key, value.record, value.searchTerms);
    } else if (!fromCache) {
      // a cached article's entry comes with the search snapshot, else fillSearch reads its text
      this.searchSide.later(key);
    }
    if (!fromCache) this.cache?.changed(key);
    this.lookupCache = null;
    // the registry keeps pace with the merges (settled in slices every SETTLE_EVERY of them or more, see Settler) instead of all at the end
    this.settler.merged();
  }

  /** Files the edits' search entries that wait (see searchAfterViews) in a coming host turn, each unless its article changed again or went meanwhile. */
  private fileSearchAfterViews(): void {
    if (!this.searchAfterViews.size) return;
    void this.host.run(() => {
      for (const [key, { record, filed, terms }] of this.searchAfterViews) if (this.corpus.record(key) === filed) this.searchSide.set(key, record, terms);
      this.searchAfterViews.clear();
    });
  }

  /** An indexed article's text now (the open document's, else the file's), for quote texts and search hits. */
  private textOf(key: string): string | undefined {
    const e = this.entries.get(key);
    return e ? this.texts.read(key, e.uri) : undefined;
  }

  /** An indexed article's file as saved (an editor's unsaved changes left out), for the quote texts of its record. */
  private savedTextOf(key: string): string | undefined {
    const e = this.entries.get(key);
    return e ? this.texts.readSaved(key, e.uri) : undefined;
  }

  private async readForSearch(key: string): Promise<string> {
    const entry = this.entries.get(key);
    if (!entry) return '';
    return entry.uri.scheme === 'file' ? readText(entry.uri.fsPath, this.settings.maxFileBytes) : this.texts.read(key, entry.uri);
  }

  private skip(uri: vscode.Uri, reason: string): void {
    const key = CorpusIndex.key(uri);
    this.skippedFiles.set(key, reason);
    this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
    if (this.entries.has(key)) {
      this.drop(key);
      this.invalidate(true);
    } else this.progressed.fire(); // (the status bar counts the files skipped)
  }

  /** A file that went away: out of the index, and not counted as skipped. */
  private forget(uri: vscode.Uri): void {
    const key = CorpusIndex.key(uri);
    if (this.skippedFiles.delete(key)) this.progressed.fire();
    if (this.entries.has(key)) {
      this.drop(key);
      this.log.info(`Removed ${vscode.workspace.asRelativePath(uri)}`);
    }
  }

  private drop(key: string): void {
    this.touched.delete(key);
    this.searchAfterViews.delete(key);
    this.bufferJobs.delete(key);
    this.extraction.forget(key);
    this.corpus.remove(key);
    this.searchSide.remove(key);
    this.entries.delete(key);
    this.texts.forget(key);
    this.cache?.changed(key);
    this.lookupCache = null;
  }

  /** The user's corrections (see ../corpus/curation), applied to every answer from now on. */
  setCuration(curation: Curation): void {
    this.corpus.setCuration(curation);
    this.lookupCache = null;
    this.settler.notify();
  }

  private invalidate(notify: boolean): void {
    this.lookupCache = null;
    if (notify) this.settler.notify();
    if (notify) this.cache?.schedule();
    if (notify) this.settledStore?.schedule();
    if (notify) this.searchSide.changed();
  }

  private applySettings(): void {
    this.settings = readSettings();
    this.matcherMade = null;
  }

  private isArticle(uri: vscode.Uri): boolean {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
    return (this.matcherMade ??= makeMatcher(this.settings)).file(vscode.workspace.asRelativePath(uri, false));
  }

  /** Writes the cache's changed shards now (tests, and the extension's deactivation). */
  async flushCache(): Promise<void> {
    await this.cache?.flush();
    await this.settledStore?.flush();
    await this.searchSide.flush();
  }

  /** What the cache holds: every article read from its file (not from an unsaved buffer). */
  private *cached(): Iterable<CachedArticle<ArticleRecord>> {
    for (const [key, e] of this.entries) {
      const record = this.corpus.record(key);
      if (record && !e.fromBuffer) yield { key, size: e.size, mtimeMs: e.mtimeMs, lineStarts: e.lineStarts, record };
    }
  }

  /**
   * Analyses one article now (from `text`: an unsaved buffer), then tells the views. A buffer's
   * text the article's latest job is analysing or analysed already is not analysed again: an edit
   * is analysed as it is made (./indexing/buffers), and its save, or the pause after it, then
   * waits for that job instead of starting another.
   */
  private analyseNow(uri: vscode.Uri, text?: string): Promise<void> {
    const key = CorpusIndex.key(uri);
    const last = this.bufferJobs.get(key);
    if (text !== undefined && last?.text === text && last.generation === this.extraction.generationOf(key)) return last.done;
    const done = this.extract(uri, { text, urgent: true }).then(() => this.invalidate(true));
    if (text === undefined) this.bufferJobs.delete(key);
    else this.bufferJobs.set(key, { text, generation: this.extraction.generationOf(key), done });
    return done;
  }

  /** A save's analysis ahead (./indexing/saveAhead) now stands for the file: the entry takes the file's stamp and goes to the caches. */
  private adoptSave(uri: vscode.Uri, generation: number, st: FileStat | string): boolean {
    const key = CorpusIndex.key(uri);
    const entry = this.entries.get(key);
    if (!entry?.fromBuffer || this.extraction.generationOf(key) !== generation || typeof st === 'string' || !st.isFile || st.size > this.settings.maxFileBytes) return false;
    Object.assign(entry, { fromBuffer: false, size: st.size, mtimeMs: st.mtimeMs });
    this.bufferJobs.delete(key);
    this.cache?.changed(key);
    // the views already show this analysis: the caches are told, not the views
    this.cache?.schedule();
    this.settledStore?.schedule();
    this.searchSide.changed();
    return true;
  }

  private watch(): void {
    this.disposables.push(
      new WorkspaceWatcher(this.settings.include, {
        isArticle: (uri) => this.isArticle(uri),
        fromBuffer: (key) => !!this.entries.get(key)?.fromBuffer,
        analyse: (uri, text) => void this.analyseNow(uri, text),
        saving: (uri, text) => this.saves.saving(uri, text),
        saved: (uri, text) => this.saves.saved(uri, text),
        // a save's analysis then finds a worker started and warmed up on the article (half a second otherwise)
        editing: (uri) => this.extraction.warm(uri),
        filesChanged: (batch) => filesChanged(this.parts, batch),
        trustGranted: () => {
          this.cache?.all();
          this.cache?.schedule(0);
        },
        indexingLimitsChanged: () => this.extraction.restart(),
        scopeChanged: () => void this.reindex(),
        settingsChanged: () => {
          this.applySettings();
          this.invalidate(true);
        },
      }),
    );
  }

  /** A position in an indexed article, without opening it. */
  position(key: string, offset: number): vscode.Position {
    return positionIn(this.entries.get(key)?.lineStarts ?? [0], offset);
  }

  location(key: string, start: number, end: number): vscode.Location {
    return new vscode.Location(vscode.Uri.parse(key), new vscode.Range(this.position(key, start), this.position(key, end)));
  }

  /** Ends the workers and writes what the record cache and the settled snapshot still lack. */
  async close(): Promise<void> {
    this.dispose();
    // not the search snapshot: seconds of work at 10k articles while the window closes, and an
    // older one only costs re-reading the articles changed since (their stamps no longer match)
    await this.cache?.flush();
    // the settled snapshot, when a change is not in it yet (saved 10 s after one): a snapshot older
    // than the records is not used, and the next start files every record (13 s at 10k articles)
    await this.settledStore?.flush();
  }

  dispose(): void {
    this.searchSide.dispose();
    this.settledStore?.dispose();
    this.cache?.dispose();
    this.extraction.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

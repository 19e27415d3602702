/**
 * The extension's one corpus index: finds the workspace's articles, reads and analyses them in
 * the background in small slices (the extension host stays responsive), keeps them current as
 * files are created, changed, renamed and deleted or edited unsaved, and tells the views when it
 * changed. Every feature reads from here; none parses text itself.
 */
import * as vscode from 'vscode';
import { Corpus, countQuotes, type CorpusView } from '../corpus/corpus';
import { CorpusLookup } from '../corpus/lookup';
import { CorpusSearch } from '../corpus/search';
import { decodeArticle, makeMatcher } from '../corpus/files';
import { joinGlobs, readSettings, type Settings } from './config';

/** Files analysed between two yields to the event loop. */
const SLICE = 8;
const DEBOUNCE_MS = 300;

export interface IndexedArticle {
  uri: vscode.Uri;
  text: string;
  /** Offsets where lines start: positions without opening the document. */
  lineStarts: number[];
}

export class CorpusIndex implements vscode.Disposable {
  private readonly corpus = new Corpus();
  readonly search = new CorpusSearch();
  private readonly articles = new Map<string, IndexedArticle>();
  private lookupCache: CorpusLookup | null = null;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private settings: Settings = readSettings();
  /** Compiled once per settings change: it runs on every keystroke in an article. */
  private matcher = makeMatcher(this.settings);
  private indexing: Promise<void> | null = null;
  /** Which indexing pass last set each article: a re-index keeps what the watcher added meanwhile. */
  private pass = 0;
  private readonly touched = new Map<string, number>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Files left out of the index, with the reason: shown in the log, counted in the status bar. */
  readonly skippedFiles = new Map<string, string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Key of a document in the corpus: its URI as a string. */
  static key(uri: vscode.Uri): string {
    return uri.toString();
  }

  get lookup(): CorpusLookup {
    return (this.lookupCache ??= new CorpusLookup(this.view().result));
  }

  view(): CorpusView {
    return this.corpus.build();
  }

  article(key: string): IndexedArticle | undefined {
    return this.articles.get(key);
  }

  /** An article's paragraph spans, flat [start0, end0, start1, end1, …]: the lines that hold text. */
  paragraphs(key: string): number[] | undefined {
    const text = this.articles.get(key)?.text;
    if (text === undefined) return undefined;
    const spans: number[] = [];
    for (const m of text.matchAll(/[^\r\n]+/g)) if (m[0].trim()) spans.push(m.index, m.index + m[0].length);
    return spans;
  }

  get size(): number {
    return this.corpus.size;
  }

  /** Resolves once the first full index is done. */
  whenIndexed(): Promise<void> {
    return this.indexing ?? Promise.resolve();
  }

  /** Starts the first index in the background and begins watching. Returns at once. */
  start(): void {
    this.watch();
    this.indexing = this.indexAll();
  }

  /** Reads every article again; drops those no longer found, unless the watcher saw them meanwhile. */
  reindex(): Promise<void> {
    this.applySettings();
    this.indexing = this.indexAll(true);
    return this.indexing;
  }

  private async indexAll(prune = false): Promise<void> {
    const started = Date.now();
    const pass = ++this.pass;
    const files = await vscode.workspace.findFiles(joinGlobs(this.settings.include), joinGlobs(this.settings.exclude));
    this.log.info(`Indexing ${files.length} article file(s) in ${vscode.workspace.workspaceFolders?.length ?? 0} folder(s)`);
    this.skippedFiles.clear();
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Corpus Navigator: indexing articles', cancellable: false },
      async (progress) => {
        for (let i = 0; i < files.length; i += SLICE) {
          // the slice's reads overlap; each file is analysed as its bytes arrive
          await Promise.all(files.slice(i, i + SLICE).map((uri) => this.readAndSet(uri, false)));
          progress.report({ message: `${Math.min(i + SLICE, files.length)} / ${files.length}`, increment: (SLICE / Math.max(1, files.length)) * 100 });
          this.invalidate(false);
          // give the extension host back between slices
          await new Promise((r) => setImmediate(r));
        }
      },
    );
    if (prune) {
      const found = new Set(files.map(CorpusIndex.key));
      for (const key of [...this.articles.keys()]) if (!found.has(key) && (this.touched.get(key) ?? 0) < pass) this.drop(key);
    }
    this.invalidate(true);
    const { result } = this.view();
    this.log.info(`Indexed ${this.size} article(s): ${result.actors.length} actors, ${countQuotes(result)} quotes, ${result.events.length} events; ${this.skippedFiles.size} skipped; ${Date.now() - started} ms`);
  }

  /** Reads a file from disk (or takes an open editor's buffer) and analyses it. */
  private async readAndSet(uri: vscode.Uri, notify = true): Promise<void> {
    const key = CorpusIndex.key(uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && d.isDirty);
    let text: string;
    if (open) {
      text = open.getText();
    } else {
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch (e) {
        this.skip(uri, e instanceof vscode.FileSystemError && e.code === 'FileNotFound' ? 'file vanished before it could be read' : `cannot read (${(e as Error).message})`);
        return;
      }
      const decoded = decodeArticle(bytes, this.settings.maxFileBytes);
      if (!decoded.ok) {
        this.skip(uri, decoded.reason);
        return;
      }
      text = decoded.text;
    }
    this.setText(uri, text, notify);
  }

  private skip(uri: vscode.Uri, reason: string): void {
    const key = CorpusIndex.key(uri);
    this.skippedFiles.set(key, reason);
    this.log.warn(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
    if (this.articles.has(key)) {
      this.drop(key);
      this.invalidate(true);
    }
  }

  private setText(uri: vscode.Uri, text: string, notify: boolean): void {
    const key = CorpusIndex.key(uri);
    let doc;
    try {
      doc = this.corpus.set(key, text);
    } catch (e) {
      this.skip(uri, `extractor error (${(e as Error).message})`);
      return;
    }
    this.articles.set(key, { uri, text, lineStarts: lineStarts(text) });
    this.touched.set(key, this.pass);
    this.skippedFiles.delete(key);
    const { analysis } = doc;
    this.search.set({
      path: key,
      text,
      title: analysis.title,
      sentences: analysis.sentences,
      quotes: analysis.quotes.map((q) => ({ start: q.start, end: q.end, speakerName: q.speaker?.name ?? null })),
    });
    this.invalidate(notify);
  }

  private drop(key: string): void {
    this.touched.delete(key);
    this.corpus.delete(key);
    this.search.remove(key);
    this.articles.delete(key);
  }

  private invalidate(notify: boolean): void {
    this.lookupCache = null;
    if (notify) this.changed.fire();
  }

  private applySettings(): void {
    this.settings = readSettings();
    this.matcher = makeMatcher(this.settings);
  }

  private isArticle(uri: vscode.Uri): boolean {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
    return this.matcher.file(vscode.workspace.asRelativePath(uri, false));
  }

  /** Debounced: many saves or keystrokes in a row are one update. */
  private schedule(uri: vscode.Uri, work: () => Promise<void> | void): void {
    const key = CorpusIndex.key(uri);
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        Promise.resolve(work()).catch((e) => this.log.error(`Update of ${vscode.workspace.asRelativePath(uri)} failed: ${(e as Error).message}`));
      }, DEBOUNCE_MS),
    );
  }

  private watch(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(joinGlobs(this.settings.include));
    const update = (uri: vscode.Uri): void => {
      if (this.isArticle(uri)) this.schedule(uri, () => this.readAndSet(uri));
    };
    const remove = (uri: vscode.Uri): void =>
      this.schedule(uri, () => {
        if (!this.articles.has(CorpusIndex.key(uri))) return;
        this.drop(CorpusIndex.key(uri));
        this.log.info(`Removed ${vscode.workspace.asRelativePath(uri)}`);
        this.invalidate(true);
      });
    // a deleted folder takes its articles with it, and a folder matches no article glob
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    const removeTree = (uri: vscode.Uri): void => {
      const prefix = `${CorpusIndex.key(uri)}/`;
      for (const key of this.articles.keys()) if (key.startsWith(prefix)) remove(vscode.Uri.parse(key));
    };
    this.disposables.push(
      watcher,
      deletions,
      watcher.onDidCreate(update),
      watcher.onDidChange(update),
      watcher.onDidDelete(remove),
      deletions.onDidDelete(removeTree),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => (remove(oldUri), update(newUri)))),
      // unsaved edits are analysed from the buffer; closing without saving goes back to the file
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isArticle(e.document.uri)) this.schedule(e.document.uri, () => this.setText(e.document.uri, e.document.getText(), true));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.isArticle(d.uri)) this.schedule(d.uri, () => this.readAndSet(d.uri));
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('corpusNavigator.include') || e.affectsConfiguration('corpusNavigator.exclude') || e.affectsConfiguration('corpusNavigator.maxFileSizeMB')) {
          void this.reindex();
        } else if (e.affectsConfiguration('corpusNavigator')) {
          this.applySettings();
          this.invalidate(true);
        }
      }),
    );
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  /** A position in an indexed article, without opening it. */
  position(key: string, offset: number): vscode.Position {
    const starts = this.articles.get(key)?.lineStarts ?? [0];
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new vscode.Position(lo, offset - starts[lo]);
  }

  location(key: string, start: number, end: number): vscode.Location {
    return new vscode.Location(vscode.Uri.parse(key), new vscode.Range(this.position(key, start), this.position(key, end)));
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/**
 * Keeps the search index's snapshot (./searchStore.ts) current in the background: loads it at
 * start-up, and saves it after a full pass, two minutes after the index last changed (a save costs
 * the host a second or more in slices at 10,000 articles, so not after every edit), or at once
 * when asked; never in Restricted Mode, where the extension only reads. A snapshot older than the
 * files only costs re-reading the articles changed since: their entries' stamps no longer match.
 */
import * as vscode from 'vscode';
import type { CorpusSearch } from '../../corpus/search';
import type { SearchStore } from './searchStore';

/** The snapshot is saved this long after the last change, ms: an older one costs little (see load). */
const SAVE_MS = 120_000;

export class SearchSaver {
  /** search.revision when the snapshot was last saved or loaded. */
  private saved = -1;
  private timer?: NodeJS.Timeout;

  /** `stampOf` stamps an article's entry (searchStamp), null when it is not the file's (unsaved, or waiting for its text). */
  constructor(
    readonly store: SearchStore,
    private readonly search: CorpusSearch,
    private readonly stampOf: (key: string) => string | null,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Loads the snapshot into the index, keeping the entries `keep` accepts; true when it did. A bad snapshot is logged and deleted. */
  async load(keep: (key: string, stamp: unknown) => boolean): Promise<boolean> {
    const started = Date.now();
    try {
      if (!(await this.store.load(this.search, keep))) return false;
      this.saved = this.search.revision;
      this.log.info(`Search index of ${this.search.size} article(s) loaded in ${Date.now() - started} ms`);
      return true;
    } catch (e) {
      this.log.warn(`Search index cache dropped (the articles' texts are read again): ${(e as Error).message}`);
      return false;
    }
  }

  /** Saves after `ms` when the index changed since the last save, unless another change comes first. */
  schedule(ms = SAVE_MS): void {
    if (!vscode.workspace.isTrusted || this.search.revision === this.saved) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  /** Saves now when the index changed since the last save. Never rejects. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    const revision = this.search.revision;
    if (!vscode.workspace.isTrusted || revision === this.saved) return;
    try {
      if (await this.store.save(this.search, this.stampOf)) this.saved = revision;
      else this.schedule();
    } catch (e) {
      this.log.warn(`Search index cache not written: ${(e as Error).message}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

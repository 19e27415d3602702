/**
 * A save analysed ahead of the file: when VS Code is about to save an article
 * (onWillSaveTextDocument), the text being saved is analysed at once, as an unsaved buffer would
 * be, so the worker's analysis runs while VS Code's save call does (a round trip to the workbench
 * and the write: ~55 ms at 10k articles, the same order as the analysis). Once the save is done and
 * the buffer still holds the text analysed, that analysis stands for the file: only the file's
 * stamp (size, modification time) is read for the cache. Otherwise (a failed analysis, a later
 * edit, another job for the article meanwhile, a file of other bytes than the text's in UTF-8) the
 * file is analysed as before. From the start of a save to the end of its confirmation, a watcher's
 * report of the article waits (see pending): under load the report can reach the extension before
 * VS Code's word that the save is done, and reading the file then would overtake the analysis ahead.
 */
import type * as vscode from 'vscode';
import type { FileStat } from './workspaceFiles';

export interface SaveTarget {
  /** Analyses the article from `text` (or, without it, from its file), merges it and tells the views; resolves once done. */
  analyse(uri: vscode.Uri, text?: string): Promise<void>;
  /** Which job for the article is the latest (Extraction's counter): a later one means another analysis overtook this one. */
  generation(key: string): number;
  /**
   * The file now holds what job `generation` analysed from a buffer, with this stamp: the index
   * takes that analysis as the file's. False when it cannot (no such analysis is merged): the
   * caller then analyses the file.
   */
  adopt(uri: vscode.Uri, generation: number, stat: FileStat | string): boolean;
  /** The file's stamp, or why it could not be read (./workspaceFiles statOf). */
  stat(uri: vscode.Uri): Promise<FileStat | string>;
}

/** How long a save may go unconfirmed before a watcher's report of the article stops waiting for it (a failed or cancelled save is never confirmed), ms. */
const SAVE_WAIT_MS = 5000;

export class SaveAhead {
  /** Saves under way: the text analysed ahead, the job's number, and that analysis. */
  private readonly ahead = new Map<string, { text: string; generation: number; done: Promise<void> }>();
  /** Saves started and not yet confirmed (the analysis ahead awaited, the stamp read), by article key: resolves once confirmed, or after SAVE_WAIT_MS. */
  private readonly confirming = new Map<string, { settled: Promise<void>; settle: () => void }>();

  constructor(private readonly target: SaveTarget) {}

  /** A save of the article with `text` is starting: its analysis starts now. */
  saving(uri: vscode.Uri, text: string): void {
    const key = uri.toString();
    const done = this.target.analyse(uri, text);
    this.ahead.set(key, { text, generation: this.target.generation(key), done });
    this.confirming.get(key)?.settle();
    let settle!: () => void;
    const settled = new Promise<void>((resolve) => (settle = resolve));
    const timer = setTimeout(settle, SAVE_WAIT_MS);
    const entry = { settled, settle };
    void settled.then(() => {
      clearTimeout(timer);
      if (this.confirming.get(key) === entry) this.confirming.delete(key);
    });
    this.confirming.set(key, entry);
  }

  /** The article was saved with the buffer's text `text`: the analysis ahead is adopted, or the file analysed. */
  saved(uri: vscode.Uri, text: string): void {
    const key = uri.toString();
    const ahead = this.ahead.get(key);
    this.ahead.delete(key);
    const settle = this.confirming.get(key)?.settle ?? (() => undefined);
    if (!ahead || ahead.text !== text) {
      void this.target.analyse(uri).finally(settle);
      return;
    }
    void (async () => {
      await ahead.done;
      const st = await this.target.stat(uri);
      // other bytes than the text's in UTF-8 (another encoding, a byte-order mark): the file is read as the index reads files
      const same = typeof st !== 'string' && st.size === Buffer.byteLength(text);
      if (!same || !this.target.adopt(uri, ahead.generation, st)) await this.target.analyse(uri);
    })().finally(settle);
  }

  /** The save of the article under way or being confirmed, if any: a watcher's report of the same write waits for it, then compares stamps. */
  pending(key: string): Promise<void> | undefined {
    return this.confirming.get(key)?.settled;
  }
}

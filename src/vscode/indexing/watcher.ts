/**
 * What the corpus index follows in the workspace: files created, changed, renamed and deleted
 * (gathered into batches, so a burst such as 5,000 files created at once is handled as one),
 * unsaved edits of articles (./buffers), workspace trust granted and settings changed. It only
 * reports; the index decides what to read again.
 */
import * as vscode from 'vscode';
import { joinGlobs } from '../config';
import { BufferFollower, type BufferTarget } from './buffers';

/** Watcher events are gathered this long, then handled as one batch, ms. */
const BATCH_MS = 100;

/** One file of a batch: the last thing the watcher said of it. */
export interface FileChange {
  uri: vscode.Uri;
  deleted: boolean;
}

export interface WatchTarget extends BufferTarget {
  /** A batch of file changes, each file once (keyed by its URI string). */
  filesChanged(batch: FileChange[]): Promise<void>;
  trustGranted(): void;
  /** The workers' time or memory limits changed. */
  indexingLimitsChanged(): void;
  /** Which files are articles changed (include, exclude, size limit): everything is indexed again. */
  scopeChanged(): void;
  /** Any other setting of the extension changed. */
  settingsChanged(): void;
}

export class WorkspaceWatcher implements vscode.Disposable {
  private readonly batch = new Map<string, FileChange>();
  private timer?: NodeJS.Timeout;
  private readonly subscriptions: vscode.Disposable[];

  /** `include`: the article globs, as the settings give them. */
  constructor(include: string[], target: WatchTarget) {
    const watcher = vscode.workspace.createFileSystemWatcher(joinGlobs(include));
    // a deleted folder matches no article glob: every deletion is looked at
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    const queue = (uri: vscode.Uri, deleted: boolean): void => {
      this.batch.set(uri.toString(), { uri, deleted });
      this.timer ??= setTimeout(() => {
        const batch = [...this.batch.values()];
        this.batch.clear();
        this.timer = undefined;
        void target.filesChanged(batch);
      }, BATCH_MS);
    };
    this.subscriptions = [
      watcher,
      deletions,
      new BufferFollower(target),
      watcher.onDidCreate((uri) => queue(uri, false)),
      watcher.onDidChange((uri) => queue(uri, false)),
      watcher.onDidDelete((uri) => queue(uri, true)),
      deletions.onDidDelete((uri) => queue(uri, true)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => (queue(oldUri, true), queue(newUri, false)))),
      vscode.workspace.onDidGrantWorkspaceTrust(() => target.trustGranted()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('corpusNavigator.indexing')) target.indexingLimitsChanged();
        if (e.affectsConfiguration('corpusNavigator.include') || e.affectsConfiguration('corpusNavigator.exclude') || e.affectsConfiguration('corpusNavigator.maxFileSizeMB')) {
          target.scopeChanged();
        } else if (e.affectsConfiguration('corpusNavigator')) {
          target.settingsChanged();
        }
      }),
    ];
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

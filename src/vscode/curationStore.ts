/**
 * Where the user's corrections live: `.corpus-navigator/curation.json` in the first workspace
 * folder, so they can be committed and shared. Read at start-up and whenever the file changes
 * (an edit by hand, a pull), written by the curation commands; a file of the wrong shape is
 * named in the log and left out, never half applied.
 */
import * as vscode from 'vscode';
import { CURATION_FILE, emptyCuration, formatCuration, parseCuration, type Curation } from '../corpus/curation';
import type { CorpusIndex } from './corpusIndex';

export class CurationStore implements vscode.Disposable {
  private current: Curation = emptyCuration();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly index: CorpusIndex,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CURATION_FILE));
      this.disposables.push(watcher, watcher.onDidCreate(() => this.load()), watcher.onDidChange(() => this.load()), watcher.onDidDelete(() => this.load()));
    }
  }

  /** The file's URI, or undefined without a folder. */
  get file(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, CURATION_FILE) : undefined;
  }

  get curation(): Curation {
    return this.current;
  }

  /** Reads the file (none: no corrections) and applies it. */
  async load(): Promise<void> {
    const file = this.file;
    let next = emptyCuration();
    if (file) {
      try {
        next = parseCuration(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
        this.log.info(`Curation applied from ${vscode.workspace.asRelativePath(file)}`);
      } catch (e) {
        if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) this.log.warn(`Curation file ${vscode.workspace.asRelativePath(file)} not applied: ${(e as Error).message}`);
      }
    }
    this.current = next;
    this.index.setCuration(next);
  }

  /** Changes the corrections with `edit`, applies them and saves the file. Throws when there is no folder or the file cannot be written. */
  async update(edit: (c: Curation) => void): Promise<void> {
    const file = this.file;
    if (!file) throw new Error('open a folder first: corrections are saved in it');
    const next: Curation = structuredClone(this.current);
    edit(next);
    this.current = next;
    this.index.setCuration(next);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(formatCuration(next)));
  }

  /** The name the registry knows an actor by: a renamed actor is matched by its name before the rename. */
  sourceName(name: string): string {
    return Object.entries(this.current.rename).find(([, to]) => to === name)?.[0] ?? name;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

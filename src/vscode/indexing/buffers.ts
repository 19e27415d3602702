/**
 * Articles open in an editor: unsaved edits are analysed from the buffer once typing pauses, a
 * change of more than a keystroke after a pause at once too (the index skips a buffer it analysed
 * already); a save is analysed from the text being saved as it starts (unless that text was
 * analysed so), then taken as the file's (./saveAhead); reverting, undoing to the saved text or
 * closing without saving goes back to the file. An article shown in the active editor or edited
 * is said to the target first, so it can have a worker ready before the save.
 */
import * as vscode from 'vscode';

/** Keystrokes in an article are analysed once typing pauses this long, ms. */
const TYPING_MS = 300;

export interface BufferTarget {
  isArticle(uri: vscode.Uri): boolean;
  /** Whether the index holds this article as analysed from an unsaved buffer. */
  fromBuffer(key: string): boolean;
  /** Analyses the article from `text` (a buffer) or, without it, from its file; then tells the views. */
  analyse(uri: vscode.Uri, text?: string): void;
  /** A save of the article with `text` is starting (see ./saveAhead). */
  saving(uri: vscode.Uri, text: string): void;
  /** The article was saved; `text` is what its buffer holds now. */
  saved(uri: vscode.Uri, text: string): void;
  /** An article is shown in the active editor or edited: an analysis of it may be asked for soon. */
  editing(uri: vscode.Uri): void;
}

export class BufferFollower implements vscode.Disposable {
  private readonly typing = new Map<string, NodeJS.Timeout>();
  /** When each article was last changed in its editor (performance.now() ms). */
  private readonly lastChange = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly target: BufferTarget) {
    const shown = (editor: vscode.TextEditor | undefined): void => {
      if (editor && target.isArticle(editor.document.uri)) target.editing(editor.document.uri);
    };
    shown(vscode.window.activeTextEditor);
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(shown),
      // (an edit's event comes before the document is marked dirty: typed() looks once typing pauses)
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length || !target.isArticle(e.document.uri)) return;
        target.editing(e.document.uri);
        this.typed(e.document, e.contentChanges.length === 1 && e.contentChanges[0].text.length + e.contentChanges[0].rangeLength <= 1);
      }),
      // the text being saved is analysed while VS Code saves it: the trees show a save sooner
      vscode.workspace.onWillSaveTextDocument((e) => {
        if (!e.document.isDirty || !target.isArticle(e.document.uri)) return;
        clearTimeout(this.typing.get(e.document.uri.toString()));
        target.saving(e.document.uri, e.document.getText());
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (!target.isArticle(d.uri)) return;
        clearTimeout(this.typing.get(d.uri.toString()));
        target.saved(d.uri, d.getText());
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.lastChange.delete(d.uri.toString());
        if (target.isArticle(d.uri) && target.fromBuffer(d.uri.toString())) this.reread(d.uri);
      }),
    ];
  }

  /** A change to an article's buffer; `keystroke`: one character typed or deleted. */
  private typed(doc: vscode.TextDocument, keystroke: boolean): void {
    const key = doc.uri.toString();
    clearTimeout(this.typing.get(key));
    const now = performance.now();
    const last = this.lastChange.get(key);
    this.lastChange.set(key, now);
    // a change of more than a keystroke after a pause (a paste, an undo, a command's edit, often
    // saved at once) is analysed now: its analysis then runs while VS Code saves (60-220 ms before
    // the save reaches the extension at 10k articles), and a save of the same text takes it (see
    // CorpusIndex.analyseNow). The buffer's text whether or not VS Code has marked it dirty yet:
    // the pause's analysis sees to a buffer that matches its file again.
    if (!keystroke && (last === undefined || now - last >= TYPING_MS)) this.target.analyse(doc.uri, doc.getText());
    this.typing.set(
      key,
      setTimeout(() => {
        this.typing.delete(key);
        if (doc.isDirty) this.target.analyse(doc.uri, doc.getText());
        else if (this.target.fromBuffer(key)) this.target.analyse(doc.uri);
      }, TYPING_MS),
    );
  }

  private reread(uri: vscode.Uri): void {
    clearTimeout(this.typing.get(uri.toString()));
    this.target.analyse(uri);
  }

  dispose(): void {
    for (const t of this.typing.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}

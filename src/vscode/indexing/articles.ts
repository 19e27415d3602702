/**
 * What the index keeps per article besides its record: where its lines start (positions without
 * opening it), the size and modification time its record was made from (the cache's key), and
 * whether it came from an unsaved buffer. Article texts are not kept: `text` reads the open
 * document, or the file (decoded and normalised as the editor shows it), with a few recent texts
 * remembered for views that ask about one article many times in a row.
 */
import * as vscode from 'vscode';
import { readArticleSync } from '../../corpus/files';
import { ownCopy } from '../text';

export interface IndexedArticle {
  uri: vscode.Uri;
  /** UTF-16 offsets where lines start. */
  lineStarts: Uint32Array;
  /** The article's text as the editor shows it, read on demand; '' when it can no longer be read. */
  readonly text: string;
}

export interface ArticleEntry {
  uri: vscode.Uri;
  lineStarts: Uint32Array;
  size: number;
  mtimeMs: number;
  /** Analysed from an editor's unsaved buffer: not written to the cache. */
  fromBuffer: boolean;
}

/** Texts remembered at once: the articles a user is looking at or searching through, never the corpus (~1 MB). */
const RECENT_TEXTS = 256;

export class ArticleTexts {
  private readonly recent = new Map<string, string>();

  constructor(private readonly maxBytes: () => number) {}

  /** The text of `key` now: an open document's buffer, else the file's normalised text. */
  read(key: string, uri: vscode.Uri): string {
    return openText(key) ?? this.readSaved(key, uri);
  }

  /**
   * The file's normalised text as saved, whatever an editor holds: what a record made from the file
   * was made of ('' when it cannot be read, or for a file not on disk).
   */
  readSaved(key: string, uri: vscode.Uri): string {
    const hit = this.recent.get(key);
    if (hit !== undefined) {
      this.recent.delete(key);
      this.recent.set(key, hit);
      return hit;
    }
    const text = this.readFile(uri);
    this.recent.set(key, text);
    if (this.recent.size > RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value as string);
    return text;
  }

  /**
   * Characters `start` to `end` (UTF-16 offsets, clamped) of the text of `key` now, as `read` gives
   * it, in a string of its own; '' when it cannot be read. A text not already remembered is read
   * and dropped, not remembered: a tree's rows visit thousands of articles once each, and every
   * text kept in `recent` outlived the young generation (a walk of every event at 10k articles
   * left ~70 MB of old-generation garbage).
   */
  passage(key: string, uri: vscode.Uri, start: number, end: number): string {
    const text = openText(key) ?? this.recent.get(key) ?? this.readFile(uri);
    return ownCopy(text.slice(start, end));
  }

  /** A file's normalised text, '' when it cannot be read or is not on disk. */
  private readFile(uri: vscode.Uri): string {
    if (uri.scheme !== 'file') return '';
    const read = readArticleSync(uri.fsPath, this.maxBytes());
    return read.ok ? read.text : '';
  }

  /** Forgets a text that changed or went away. */
  forget(key: string): void {
    this.recent.delete(key);
  }
}

/** The text of the open document of `key` (a URI as a string), if one is open. */
function openText(key: string): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.getText();
}

/** Line and character of a UTF-16 offset, given where lines start. */
export function positionIn(starts: ArrayLike<number>, offset: number): vscode.Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return new vscode.Position(lo, offset - (starts[lo] ?? 0));
}

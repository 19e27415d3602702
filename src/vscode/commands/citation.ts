/**
 * "Copy Quote with Citation": `“…” — Speaker Name, Role (Article title, YYYY-MM-DD)` to the
 * clipboard, from a hover card, a tree row, a search result, or the palette and Ctrl+K Alt+C with
 * the cursor in a quotation. The quote is named by its article
 * and start offset; nothing is copied for an offset that holds no quote.
 */
import * as vscode from 'vscode';
import { CorpusIndex } from '../corpusIndex';
import type { CorpusLookup } from '../../corpus/lookup';
import { dateInFileName } from '../../corpus/files';
import { articleName, citation, mentionText, quoteText } from '../text';
import { mainRole } from '../views/roles';
import { COPY_CITATION } from './ids';

/** The citation of the quote of article `path` that starts at `start`, or undefined when there is none. */
export function quoteCitation(lookup: CorpusLookup, path: string, start: number): string | undefined {
  const doc = lookup.documents.get(path);
  const quote = doc?.quotes.find((q) => q.start === start);
  if (!doc || !quote) return undefined;
  const actor = quote.speaker ? lookup.actors.get(quote.speaker) : undefined;
  const mention = mentionText(quote);
  // (the roles the quote's own article gives: a name two people share joins their roles, see speakerRolesIn)
  const speaker = actor ? { name: actor.name, role: mainRole(lookup.speakerRolesIn(path, start) ?? actor.roles) } : mention !== undefined ? { name: mention } : null;
  const title = doc.title ?? articleName(path).replace(/\.(txt|md)$/i, '');
  return citation(quoteText(quote), quote.kind, speaker, { title, date: doc.published ?? dateInFileName(articleName(path)) });
}

/** The context key true while the active editor's cursor is inside a quotation of an indexed article (the palette's entry and the key binding). */
export const CURSOR_IN_QUOTE = 'corpusNavigator.cursorInQuote';

/** The quote at the active editor's cursor, as (article key, start), when it is in an indexed article's quotation. */
function quoteAtCursor(index: CorpusIndex): { path: string; start: number } | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const path = CorpusIndex.key(editor.document.uri);
  if (!index.lookup.documents.has(path)) return undefined;
  const quote = index.lookup.quoteAt(path, editor.document.offsetAt(editor.selection.active));
  return quote && { path, start: quote.start };
}

/**
 * The command takes (path, start) from links, or a tree node / search item that has them; from the
 * palette or its key (Ctrl+K Alt+C), the quotation at the cursor.
 */
export function registerCitation(index: CorpusIndex): vscode.Disposable {
  let inQuote = false;
  const check = (): void => {
    const now = !!quoteAtCursor(index);
    if (now !== inQuote) void vscode.commands.executeCommand('setContext', CURSOR_IN_QUOTE, (inQuote = now));
  };
  // (asked once the cursor rests: the quote at an offset makes its article's quotes and mentions, too much for every key held down)
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (): void => {
    clearTimeout(timer);
    timer = setTimeout(check, 100);
  };
  check();
  return vscode.Disposable.from(
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeTextEditorSelection(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    index.onDidChange(update),
    vscode.commands.registerCommand(COPY_CITATION, async (first: unknown, second: unknown): Promise<string | undefined> => {
      const node = first as { path?: unknown; start?: unknown } | undefined;
      const atCursor = first === undefined ? quoteAtCursor(index) : undefined;
      const path = typeof first === 'string' ? first : (atCursor ?? node)?.path;
      const start = typeof first === 'string' ? second : (atCursor ?? node)?.start;
      if (typeof path !== 'string' || typeof start !== 'number') return undefined;
      const text = quoteCitation(index.lookup, path, start);
      if (!text) return undefined;
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage('$(copy) Quote copied with its citation', 3000);
      return text;
    }),
  );
}

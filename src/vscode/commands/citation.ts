/**
 * "Copy Quote with Citation": `“…” — Speaker Name, Role (Article title, YYYY-MM-DD)` to the
 * clipboard, from a hover card, a tree row or a search result. The quote is named by its article
 * and start offset; nothing is copied for an offset that holds no quote.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
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
  const speaker = actor ? { name: actor.name, role: mainRole(actor.roles) } : mention !== undefined ? { name: mention } : null;
  const title = doc.title ?? articleName(path).replace(/\.(txt|md)$/i, '');
  return citation(quoteText(quote), quote.kind, speaker, { title, date: doc.published ?? dateInFileName(articleName(path)) });
}

/** The command takes (path, start) from links, or a tree node / search item that has them. */
export function registerCitation(index: CorpusIndex): vscode.Disposable {
  return vscode.commands.registerCommand(COPY_CITATION, async (first: unknown, second: unknown): Promise<string | undefined> => {
    const node = first as { path?: unknown; start?: unknown } | undefined;
    const path = typeof first === 'string' ? first : node?.path;
    const start = typeof first === 'string' ? second : node?.start;
    if (typeof path !== 'string' || typeof start !== 'number') return undefined;
    const text = quoteCitation(index.lookup, path, start);
    if (!text) return undefined;
    await vscode.env.clipboard.writeText(text);
    void vscode.window.setStatusBarMessage('$(copy) Quote copied with its citation', 3000);
    return text;
  });
}

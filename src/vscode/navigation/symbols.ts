/** Ctrl+T finds actors across the corpus; the Outline of an article lists its quotes and its actors. */
import * as vscode from 'vscode';
import type { ActorKind } from '../../extractor/types';
import { CorpusIndex } from '../corpusIndex';
import { mentionText, plural, quoteText, shownQuote, snippet } from '../text';

const SYMBOL_KIND: Record<ActorKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Namespace,
  country: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Field,
  group: vscode.SymbolKind.Struct,
};

export class ActorSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const q = query.toLowerCase();
    const lookup = this.index.lookup;
    return lookup
      .actorList()
      .filter((a) => !q || a.name.toLowerCase().includes(q) || a.aliases.some((x) => x.toLowerCase().includes(q)))
      .slice(0, 500)
      .flatMap((a) => {
        const first = lookup.mentions(a.id)[0] ?? lookup.quotes(a.id)[0];
        return first ? [new vscode.SymbolInformation(a.name, SYMBOL_KIND[a.kind], `${a.kind} · ${plural(a.quoteCount, 'quote')}`, this.index.location(first.path, first.item.start, first.item.end))] : [];
      });
  }
}

export class ArticleOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly index: CorpusIndex) {}

  /**
   * Two groups, "Quotes" (each named by its opening words, the speaker as detail) and "Actors";
   * each group spans its first to its last child and selects its first child, so picking a group
   * in Ctrl+Shift+O goes there rather than selecting the whole article.
   */
  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const key = CorpusIndex.key(document.uri);
    const lookup = this.index.lookup;
    const doc = lookup.documents.get(key);
    if (!doc) return [];
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const quotes = doc.quotes.map((q) => {
      const who = q.speaker ? lookup.actors.get(q.speaker)?.name : mentionText(q);
      return new vscode.DocumentSymbol(shownQuote(q.kind, snippet(quoteText(q), 60)), who ?? 'unknown source', vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end));
    });
    const byActor = new Map<string, { start: number; end: number; n: number }>();
    for (const m of doc.mentions) {
      const seen = byActor.get(m.actor);
      if (seen) seen.n++;
      else byActor.set(m.actor, { start: m.start, end: m.end, n: 1 });
    }
    const actors = [...byActor].map(([id, m]) => {
      const a = lookup.actors.get(id);
      return new vscode.DocumentSymbol(a?.name ?? id, `${a?.kind ?? ''} · ${m.n}×`, a ? SYMBOL_KIND[a.kind] : vscode.SymbolKind.Object, range(m.start, m.end), range(m.start, m.end));
    });
    return [group('Quotes', quotes), group('Actors', actors)].filter((g): g is vscode.DocumentSymbol => !!g);
  }
}

function group(name: string, children: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined {
  if (!children.length) return undefined;
  let first = children[0].range;
  let whole = children[0].range;
  for (const c of children) {
    whole = whole.union(c.range);
    if (c.range.start.isBefore(first.start)) first = c.range;
  }
  const symbol = new vscode.DocumentSymbol(name, String(children.length), vscode.SymbolKind.Namespace, whole, first);
  symbol.children = children;
  return symbol;
}

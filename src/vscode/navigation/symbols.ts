/** Ctrl+T finds actors across the corpus; the Outline of an article lists its quotes and its actors. */
import * as vscode from 'vscode';
import type { ActorKind } from '../../extractor/types';
import { CorpusIndex } from '../corpusIndex';
import { snippet } from '../text';

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
        return first ? [new vscode.SymbolInformation(a.name, SYMBOL_KIND[a.kind], `${a.kind} · ${a.quoteCount} quotes`, this.index.location(first.path, first.item.start, first.item.end))] : [];
      });
  }
}

export class ArticleOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const key = CorpusIndex.key(document.uri);
    const lookup = this.index.lookup;
    const doc = lookup.documents.get(key);
    if (!doc) return [];
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const whole = range(0, document.getText().length);
    const quotes = new vscode.DocumentSymbol('Quotes', `${doc.quotes.length}`, vscode.SymbolKind.Namespace, whole, range(0, 0));
    quotes.children = doc.quotes.map((q) => {
      const who = q.speaker ? lookup.actors.get(q.speaker)?.name : q.speakerMention?.text;
      return new vscode.DocumentSymbol(who ?? 'unknown source', snippet(q.text, 60), vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end));
    });
    const actors = new vscode.DocumentSymbol('Actors', '', vscode.SymbolKind.Namespace, whole, range(0, 0));
    const byActor = new Map<string, { start: number; end: number; n: number }>();
    for (const m of doc.mentions) {
      const seen = byActor.get(m.actor);
      if (seen) seen.n++;
      else byActor.set(m.actor, { start: m.start, end: m.end, n: 1 });
    }
    actors.children = [...byActor].map(([id, m]) => {
      const a = lookup.actors.get(id);
      return new vscode.DocumentSymbol(a?.name ?? id, `${a?.kind ?? ''} · ${m.n}×`, a ? SYMBOL_KIND[a.kind] : vscode.SymbolKind.Object, range(m.start, m.end), range(m.start, m.end));
    });
    actors.detail = String(actors.children.length);
    return [quotes, actors];
  }
}

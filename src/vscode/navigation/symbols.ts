/** Ctrl+T finds actors across the corpus (names folded: "sorensen" finds Mette Sørensen); the Outline of an article lists its quotes and its actors. */
import * as vscode from 'vscode';
import { foldName, plainName } from '../../corpus/nameFold';
import type { ActorKind } from '../../extractor/types';
import { CorpusIndex } from '../corpusIndex';
import { mentionText, plural, quoteText, shownQuote, snippet } from '../text';

/**
 * The SymbolKind (the icon, and the word VS Code adds in the Outline's tooltip and Ctrl+Shift+O's
 * categories) of each kind of actor. VS Code has no kind for a person or an organisation: each is
 * given a kind whose icon and name read least like code (never "namespace", "module" or "struct",
 * which a journalist reads as nonsense), distinct per kind; what the symbol is, in words, is its
 * detail (ACTOR_WORD).
 */
export const SYMBOL_KIND: Record<ActorKind, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Class,
  country: vscode.SymbolKind.Field,
  place: vscode.SymbolKind.Property,
  group: vscode.SymbolKind.Array,
};

/** What each kind of actor is, as a journalist says it (the detail of its symbol). */
export const ACTOR_WORD: Record<ActorKind, string> = {
  person: 'person',
  organization: 'organisation',
  country: 'country',
  place: 'place',
  group: 'group',
};

/** The kind of the Outline's two groups, "Quotes" and "Actors": a bundle, no code term. */
const GROUP_KIND = vscode.SymbolKind.Package;

/** A quote's detail in the Outline: "quote by Ann Okafor", "quote, source unknown". */
export function quoteDetail(who: string | undefined): string {
  return who ? `quote by ${who}` : 'quote, source unknown';
}

export class ActorSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: CorpusIndex) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    // (names folded as the speaker search folds them: "sorensen" finds "Sørensen", "strasse" "Straße")
    const q = foldName(query.trim());
    const lookup = this.index.lookup;
    return lookup
      .actorList()
      .filter((a) => !q || foldName(a.name).includes(q) || a.aliases.some((x) => foldName(x).includes(q)))
      .slice(0, 500)
      .flatMap((a) => {
        const first = lookup.mentions(a.id)[0] ?? lookup.quotes(a.id)[0];
        return first ? [new vscode.SymbolInformation(shownName(a.name, query), SYMBOL_KIND[a.kind], `${ACTOR_WORD[a.kind]} · ${plural(a.quoteCount, 'quote')}`, this.index.location(first.path, first.item.start, first.item.end))] : [];
      });
  }
}

/**
 * A symbol's name for `query`: the actor's name, followed by its plain spelling where the typed
 * letters are not in the name one for one ("Mette Sørensen (Mette Sorensen)" for "sorensen"): the
 * workbench keeps only the symbols whose name holds the letters typed, in order, whatever the
 * provider answers.
 */
export function shownName(name: string, query: string): string {
  const typed = query.toLowerCase();
  if (inOrder(typed, name.toLowerCase())) return name;
  const plain = plainName(name);
  return plain !== name && inOrder(typed, plain.toLowerCase()) ? `${name} (${plain})` : name;
}

/** Whether the characters of `typed` occur in `text` in that order (the workbench's first test of a symbol). */
function inOrder(typed: string, text: string): boolean {
  let at = 0;
  for (let i = 0; i < text.length && at < typed.length; i++) if (text[i] === typed[at]) at++;
  return at === typed.length;
}

/**
 * The Outline, the breadcrumbs and Ctrl+Shift+O of an article (ArticleOutlineProvider), registered
 * again when an article answered empty is in the index after all: VS Code asks a document's symbols
 * once per version and keeps the answer (a tab it restores as a folder opens is asked before the
 * index is ready: "No editor symbols" until the tab was closed and opened again), and asks again
 * when the providers change.
 */
export function registerArticleOutline(index: CorpusIndex, selector: vscode.DocumentSelector): vscode.Disposable {
  const provider = new ArticleOutlineProvider(index);
  let registration = vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Corpus Navigator' });
  const listening = index.onDidChange(() => {
    if (!provider.answeredEmptyNowKnown()) return;
    registration.dispose();
    registration = vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Corpus Navigator' });
  });
  return { dispose: () => (listening.dispose(), registration.dispose()) };
}

export class ArticleOutlineProvider implements vscode.DocumentSymbolProvider {
  /** Articles answered with no symbols (not in the index yet, or none in it), until they are answered again. */
  private readonly answeredEmpty = new Set<string>();

  constructor(private readonly index: CorpusIndex) {}

  /**
   * Two groups, "Quotes" (each named by its opening words, the speaker as detail) and "Actors";
   * each group spans its first to its last child and selects its first child, so picking a group
   * in Ctrl+Shift+O goes there rather than selecting the whole article. An article not in the index
   * yet is answered once it is (see CorpusIndex.whenArticle).
   */
  async provideDocumentSymbols(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const key = CorpusIndex.key(document.uri);
    if (!this.index.lookup.documents.has(key)) await this.index.whenArticle(document.uri, token);
    const symbols = token?.isCancellationRequested ? [] : this.symbols(document, key);
    if (symbols.length) this.answeredEmpty.delete(key);
    else this.answeredEmpty.add(key);
    return symbols;
  }

  /** Whether an article answered empty has symbols now (then forgotten: it is asked again). */
  answeredEmptyNowKnown(): boolean {
    let known = false;
    for (const key of this.answeredEmpty) {
      if (!vscode.workspace.textDocuments.some((d) => CorpusIndex.key(d.uri) === key)) this.answeredEmpty.delete(key);
      else if (this.hasSymbols(key)) {
        this.answeredEmpty.delete(key);
        known = true;
      }
    }
    return known;
  }

  private hasSymbols(key: string): boolean {
    const doc = this.index.lookup.documents.has(key) ? this.index.lookup.documents.get(key) : undefined;
    return !!doc && (doc.quotes.length > 0 || doc.mentions.length > 0);
  }

  private symbols(document: vscode.TextDocument, key: string): vscode.DocumentSymbol[] {
    const lookup = this.index.lookup;
    const doc = lookup.documents.get(key);
    if (!doc) return [];
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const quotes = doc.quotes.map((q) => {
      const who = q.speaker ? lookup.actors.get(q.speaker)?.name : mentionText(q);
      return new vscode.DocumentSymbol(shownQuote(q.kind, snippet(quoteText(q), 60)), quoteDetail(who), vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end));
    });
    const byActor = new Map<string, { start: number; end: number; n: number }>();
    for (const m of doc.mentions) {
      const seen = byActor.get(m.actor);
      if (seen) seen.n++;
      else byActor.set(m.actor, { start: m.start, end: m.end, n: 1 });
    }
    const actors = [...byActor].map(([id, m]) => {
      const a = lookup.actors.get(id);
      const what = a ? ACTOR_WORD[a.kind] : 'actor';
      return new vscode.DocumentSymbol(a?.name ?? id, `${what} · ${plural(m.n, 'mention')}`, a ? SYMBOL_KIND[a.kind] : vscode.SymbolKind.Object, range(m.start, m.end), range(m.start, m.end));
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
  const symbol = new vscode.DocumentSymbol(name, String(children.length), GROUP_KIND, whole, first);
  symbol.children = children;
  return symbol;
}

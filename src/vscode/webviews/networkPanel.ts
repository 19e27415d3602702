/**
 * "Corpus Navigator: Show Actor Network": the top actors as nodes sized by quote count, edges for
 * "X quoted about Y" and "mentioned together" (cytoscape, bundled); filters for top N, kind and a
 * date range. Choosing a node reveals the actor in the tree and lists its quotes; choosing an edge
 * lists the quotes behind it; choosing a quote opens its passage.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { buildNetwork, type NetworkFilter } from '../../corpus/network';
import type { ActorKind } from '../../extractor/types';
import { OPEN_SPAN, REVEAL_ACTOR, SHOW_NETWORK } from '../commands/ids';
import { asOpenRequest, shellHtml, webviewRoot } from './shell';

const KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'place', 'group'];
const MAX_TOP = 300;
const QUOTE_LIST = 100;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function registerNetwork(index: CorpusIndex, extensionUri: vscode.Uri, paragraphsOf: (path: string) => ArrayLike<number> | undefined): vscode.Disposable {
  let panel: vscode.WebviewPanel | undefined;
  return vscode.commands.registerCommand(SHOW_NETWORK, () => {
    if (panel) return panel.reveal();
    panel = vscode.window.createWebviewPanel('corpusNavigator.network', 'Actor Network', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [webviewRoot(extensionUri)],
    });
    const current = panel;
    let filter: NetworkFilter = { top: 40 };
    const post = (): void => {
      const graph = buildNetwork(index.view().result, paragraphsOf, filter);
      void current.webview.postMessage({ type: 'data', graph: { nodes: graph.nodes, edges: graph.edges.map(({ quotes, ...e }) => ({ ...e, quoteCount: quotes.length })) }, filter });
    };
    /** The quotes behind a node (its own) or an edge, as the list under the graph shows them. */
    const listQuotes = (title: string, refs: Array<{ path: string; start: number; end: number }>): void => {
      const { result } = index.view();
      const names = index.lookup.actors;
      const byPath = new Map(result.documents.map((d) => [d.path, d]));
      const quotes = refs.slice(0, QUOTE_LIST).map((r) => {
        const q = byPath.get(r.path)?.quotes.find((x) => x.start === r.start);
        const text = q ? (q.pieces ? q.pieces.map((p) => p.text).join(' … ') : q.text) : '';
        return { ...r, text: text.length > 300 ? text.slice(0, 299) + '…' : text, speaker: q?.speaker ? (names.get(q.speaker)?.name ?? '') : '' };
      });
      void current.webview.postMessage({ type: 'quotes', title, quotes, total: refs.length });
    };
    current.webview.html = shellHtml(current.webview, extensionUri, { title: 'Actor Network', script: 'network.js', styles: ['views.css'] });
    const subscriptions = [
      current.webview.onDidReceiveMessage((message: unknown) => {
        const m = (message ?? {}) as Record<string, unknown>;
        if (m.type === 'ready') post();
        else if (m.type === 'filter') {
          const top = Number(m.top);
          filter = {
            top: Number.isInteger(top) && top > 0 ? Math.min(top, MAX_TOP) : 40,
            kinds: Array.isArray(m.kinds) ? KINDS.filter((k) => (m.kinds as unknown[]).includes(k)) : undefined,
            from: typeof m.from === 'string' && DATE.test(m.from) ? m.from : undefined,
            to: typeof m.to === 'string' && DATE.test(m.to) ? m.to : undefined,
          };
          post();
        } else if (m.type === 'node' && typeof m.id === 'string' && index.lookup.actors.has(m.id)) {
          const id = m.id;
          void vscode.commands.executeCommand(REVEAL_ACTOR, id);
          const refs = index.view().result.documents.flatMap((d) => d.quotes.filter((q) => q.speaker === id).map((q) => ({ path: d.path, start: q.start, end: q.end })));
          listQuotes(`Quotes by ${index.lookup.actors.get(id)!.name}`, refs);
        } else if (m.type === 'edge' && typeof m.id === 'string') {
          const edge = buildNetwork(index.view().result, paragraphsOf, filter).edges.find((e) => e.id === m.id);
          if (edge) {
            const names = index.lookup.actors;
            const a = names.get(edge.source)?.name ?? edge.source;
            const b = names.get(edge.target)?.name ?? edge.target;
            listQuotes(edge.type === 'quotedAbout' ? `${a} quoted about ${b}` : `${a} and ${b}: mentioned together ${edge.weight}×`, edge.quotes);
          }
        } else if (m.type === 'open') {
          const open = asOpenRequest(message);
          if (open) void vscode.commands.executeCommand(OPEN_SPAN, open.path, open.start, open.end);
        }
      }),
      index.onDidChange(() => post()),
    ];
    current.onDidDispose(() => {
      subscriptions.forEach((s) => s.dispose());
      panel = undefined;
    });
  });
}

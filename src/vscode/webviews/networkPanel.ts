/**
 * "Corpus Navigator: Show Actor Network": the top actors as nodes sized by quote count, edges for
 * "X quoted about Y" and "mentioned together" (drawn first as SVG, then by cytoscape, bundled);
 * filters for top N, kind and a date range. Choosing a node reveals the actor in the tree and
 * lists its quotes; choosing an edge lists the quotes behind it (for "mentioned together", the
 * paragraphs, read when chosen); choosing one opens its passage. A new graph (filters or corpus
 * changed) clears the list on the page.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { ACTOR_KIND_LIST as KINDS } from '../../corpus/guards';
import { buildNetwork, togetherPassages, type NetworkFilter, type QuoteRef } from '../../corpus/network';
import { REVEAL_ACTOR, SHOW_NETWORK } from '../commands/ids';
import { singletonPanel } from './shell';
import { articleName, quoteText, shownQuote, snippet, windowAround } from '../text';

const DEFAULT_TOP = 40;
const MAX_TOP = 300;
/** Quotes or paragraphs listed under the graph for a node or an edge. */
const QUOTE_LIST = 100;
const QUOTE_CHARS = 300;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function registerNetwork(index: CorpusIndex, extensionUri: vscode.Uri, paragraphsOf: (path: string) => ArrayLike<number> | undefined): vscode.Disposable {
  const spec = { viewType: 'corpusNavigator.network', title: 'Actor Network', script: 'network.js', inlineScript: true, library: 'networkGraph.js', styles: ['views.css'] };
  return vscode.commands.registerCommand(
    SHOW_NETWORK,
    singletonPanel(index, extensionUri, spec, (panel) => {
      let filter: NetworkFilter = { top: DEFAULT_TOP };
      /** The graph last posted: an edge chosen in it is looked up there. */
      let last: ReturnType<typeof buildNetwork> | undefined;
      const graph = () => (last = buildNetwork(index.lookup.records, paragraphsOf, filter));
      const nameOf = (id: string): string => index.lookup.actors.get(id)?.name ?? id;
      /** The quotes behind a node (its own) or an edge, as the list under the graph shows them. */
      const listQuotes = (title: string, refs: readonly QuoteRef[]): void => {
        const quotes = refs.slice(0, QUOTE_LIST).map((r) => {
          const q = index.lookup.documents.get(r.path)?.quotes.find((x) => x.start === r.start);
          // as every view shows a quote: its pieces, the text a reader sees, marks only around a direct quotation
          return { ...r, text: q ? snippet(shownQuote(q.kind, quoteText(q)), QUOTE_CHARS) : '', speaker: q?.speaker ? nameOf(q.speaker) : '' };
        });
        void panel.webview.postMessage({ type: 'quotes', title, quotes, total: refs.length });
      };
      /** The paragraphs behind a "mentioned together" edge, each shown around the first mention of the two. */
      const listPassages = (title: string, { passages, total }: ReturnType<typeof togetherPassages>): void => {
        const quotes = passages.map(({ path, start, end, at }) => {
          const paragraph = index.article(path)?.text.slice(start, end) ?? '';
          return { path, start, end: start + paragraph.trimEnd().length, text: windowAround(paragraph, at - start, QUOTE_CHARS), speaker: articleName(path) };
        });
        void panel.webview.postMessage({ type: 'quotes', title, quotes, total });
      };
      const data = (): unknown => {
        const g = graph();
        return { type: 'data', graph: { nodes: g.nodes, edges: g.edges.map(({ quotes, ...e }) => ({ ...e, quoteCount: quotes.length })) }, filter };
      };
      return {
        data,
        onMessage(m) {
          if (m.type === 'filter') {
            const top = Number(m.top);
            filter = {
              top: Number.isInteger(top) && top > 0 ? Math.min(top, MAX_TOP) : DEFAULT_TOP,
              kinds: Array.isArray(m.kinds) ? KINDS.filter((k) => (m.kinds as unknown[]).includes(k)) : undefined,
              from: typeof m.from === 'string' && DATE.test(m.from) ? m.from : undefined,
              to: typeof m.to === 'string' && DATE.test(m.to) ? m.to : undefined,
            };
            void panel.webview.postMessage(data());
          } else if (m.type === 'node' && typeof m.id === 'string' && index.lookup.actors.has(m.id)) {
            void vscode.commands.executeCommand(REVEAL_ACTOR, m.id);
            listQuotes(`Quotes by ${nameOf(m.id)}`, index.lookup.quotes(m.id).map((q) => ({ path: q.path, start: q.item.start, end: q.item.end })));
          } else if (m.type === 'edge' && typeof m.id === 'string') {
            const edge = (last ?? graph()).edges.find((e) => e.id === m.id);
            if (!edge) return;
            const [a, b] = [nameOf(edge.source), nameOf(edge.target)];
            if (edge.type === 'quotedAbout') listQuotes(`${a} quoted about ${b}`, edge.quotes);
            else listPassages(`${a} and ${b}: mentioned together ${edge.weight}×`, togetherPassages(index.lookup.records, paragraphsOf, edge.source, edge.target, filter, QUOTE_LIST));
          }
        },
      };
    }),
  );
}

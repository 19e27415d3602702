/**
 * "Corpus Navigator: Show Actor Network": the top actors as nodes sized by quote count, edges for
 * "X quoted about Y" and "mentioned together" (drawn first as SVG, then by cytoscape, bundled);
 * filters for top N, kind and a date range. By default only people and organisations mentioned
 * more than once are drawn (places, countries and groups linked everyone to everyone; the page says
 * how many each filter left out). Choosing a node reveals the actor in the tree and
 * lists its quotes, newest first, each with its article; choosing an edge lists the quotes behind it (for "mentioned together", the
 * paragraphs, read when chosen); choosing one opens its passage. A new graph (filters or corpus
 * changed) clears the list on the page.
 */
import * as vscode from 'vscode';
import type { CorpusIndex } from '../corpusIndex';
import { ACTOR_GROUPS, type ActorGroupKey } from '../../corpus/actorGroups';
import { buildNetwork, togetherPassages, type NetworkFilter, type QuoteRef } from '../../corpus/network';
import { REVEAL_ACTOR, SHOW_NETWORK } from '../commands/ids';
import { singletonPanel } from './shell';
import { articleLabel, quoteText, shownQuote, snippet, windowAround } from '../text';
import { shownText } from '../../corpus/shownText';

const DEFAULT_TOP = 40;
const MAX_TOP = 300;
/** Links of each type drawn for the top N, the strongest, unless the user asks for all. */
const linksFor = (top: number): number => Math.max(20, Math.round(1.5 * top));
/** The kinds drawn until the user ticks others: who speaks and who acts. */
const DEFAULT_KINDS: readonly ActorGroupKey[] = ['person', 'organization'];
/** Quotes or paragraphs listed under the graph for a node or an edge. */
const QUOTE_LIST = 100;
const QUOTE_CHARS = 300;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function registerNetwork(index: CorpusIndex, extensionUri: vscode.Uri, paragraphsOf: (path: string) => ArrayLike<number> | undefined): vscode.Disposable {
  const spec = { viewType: 'corpusNavigator.network', title: 'Actor Network', script: 'network.js', inlineScript: true, library: 'networkGraph.js', styles: ['views.css'] };
  return vscode.commands.registerCommand(
    SHOW_NETWORK,
    singletonPanel(index, extensionUri, spec, (panel) => {
      let filter: NetworkFilter = { top: DEFAULT_TOP, kinds: DEFAULT_KINDS, minor: false, links: linksFor(DEFAULT_TOP) };
      /** The graph last posted: an edge chosen in it is looked up there. */
      let last: ReturnType<typeof buildNetwork> | undefined;
      const graph = () => (last = buildNetwork(index.lookup.records, paragraphsOf, filter));
      const nameOf = (id: string): string => index.lookup.actors.get(id)?.name ?? id;
      /** An article as a row's detail: its title (else its file's name) and, when known, its date. */
      const source = (path: string): string => {
        return [articleLabel(index.lookup.title(path), path, 80), index.lookup.date(path)].filter(Boolean).join(' · ');
      };
      /** The quotes behind a node (its own) or an edge, as the list under the graph shows them. */
      const listQuotes = (title: string, refs: readonly QuoteRef[]): void => {
        const quotes = refs.slice(0, QUOTE_LIST).map((r) => {
          const q = index.lookup.documents.get(r.path)?.quotes.find((x) => x.start === r.start);
          // as every view shows a quote: its pieces, the text a reader sees, marks only around a direct quotation;
          // the list's title names the speaker, so each row says where and when instead
          return { ...r, text: q ? snippet(shownQuote(q.kind, quoteText(q)), QUOTE_CHARS) : '', detail: source(r.path) };
        });
        void panel.webview.postMessage({ type: 'quotes', title, quotes, total: refs.length });
      };
      /** The paragraphs behind a "mentioned together" edge, each shown around the first mention of the two. */
      const listPassages = (title: string, { passages, total }: ReturnType<typeof togetherPassages>): void => {
        const quotes = passages.map(({ path, start, end, at }) => {
          const paragraph = index.article(path)?.text.slice(start, end) ?? '';
          // read once as its reader sees it, the mention's offset with it (../../corpus/shownText)
          const shown = windowAround(shownText(paragraph), shownText(paragraph.slice(0, at - start)).length, QUOTE_CHARS);
          return { path, start, end: start + paragraph.trimEnd().length, text: shown, detail: source(path) };
        });
        void panel.webview.postMessage({ type: 'quotes', title, quotes, total });
      };
      const data = (): unknown => {
        const g = graph();
        return { type: 'data', graph: { nodes: g.nodes, edges: g.edges.map(({ quotes, ...e }) => ({ ...e, quoteCount: quotes.length })) }, counts: g.counts, left: g.left, filter: { ...filter, allLinks: filter.links === undefined } };
      };
      return {
        data,
        onMessage(m) {
          if (m.type === 'filter') {
            const asked = Number(m.top);
            const top = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_TOP) : DEFAULT_TOP;
            filter = {
              top,
              links: m.allLinks === true ? undefined : linksFor(top),
              kinds: Array.isArray(m.kinds) ? ACTOR_GROUPS.filter((k) => (m.kinds as unknown[]).includes(k)) : DEFAULT_KINDS,
              minor: m.minor === true,
              from: typeof m.from === 'string' && DATE.test(m.from) ? m.from : undefined,
              to: typeof m.to === 'string' && DATE.test(m.to) ? m.to : undefined,
            };
            void panel.webview.postMessage(data());
          } else if (m.type === 'node' && typeof m.id === 'string' && index.lookup.actors.has(m.id)) {
            void vscode.commands.executeCommand(REVEAL_ACTOR, m.id);
            listQuotes(`Quotes by ${nameOf(m.id)}`, index.lookup.newestFirst(index.lookup.quotes(m.id)).map((q) => ({ path: q.path, start: q.item.start, end: q.item.end })));
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

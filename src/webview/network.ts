/**
 * The actor network webview's first script (small, run before cytoscape has loaded): the page,
 * its filters and quote list, and the graph laid out once per message and drawn at once as a
 * static SVG (networkSvg.ts), nodes clickable. The cytoscape bundle (networkGraph.ts, loaded
 * after the page's load event) then takes over the same laid-out graph and makes it interactive.
 */
import { el, mark, onMessage, passageList, vscodeApi } from './dom';
import { spiralGrid } from './layout';
import { FONT_PX, LABEL_WIDTH, type GraphEdge, type GraphNode, type LaidGraph, type NetworkRenderer } from './networkModel';
import { drawSvg } from './networkSvg';

mark('script');
/** This script's element: its nonce and the cytoscape bundle's address (src/vscode/webviews/shell.ts). */
const self = document.currentScript as HTMLScriptElement | null;

const KINDS = ['person', 'organization', 'country', 'place', 'group'];
const topInput = el('input', { type: 'number', min: '5', max: '300', value: '40', 'aria-label': 'Top N actors' });
const fromInput = el('input', { type: 'date', 'aria-label': 'From' });
const toInput = el('input', { type: 'date', 'aria-label': 'To' });
const kindsBox = el('span', { class: 'kinds' }, ...KINDS.map((k) => el('label', {}, Object.assign(el('input', { type: 'checkbox', value: k }), { checked: true }), ` ${k}`)));
const status = el('span', { class: 'note' });
const legend = el('div', { class: 'legend note' }, '● person   ■ organisation   ◆ country or place   ⬢ group   · node size: quotes   · red arrow: X quoted about Y   · grey line: mentioned in one paragraph (thicker: more often)   · the most quoted in the middle');
const graph = el('div', { id: 'network' });
const list = el('section', { class: 'quotes' });
document.body.append(el('div', { class: 'controls' }, el('label', {}, 'Top ', topInput), kindsBox, el('label', {}, 'From ', fromInput), el('label', {}, 'to ', toInput), status), legend, graph, list);

const FONT = getComputedStyle(document.body).getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
/** The graph last drawn, for the renderer that takes over. */
let last: LaidGraph | undefined;
/** The interactive renderer once its bundle has run; until then the SVG first frame. */
let renderer: NetworkRenderer | undefined;
/** Settles once the SVG first frame has been painted (at once while there is none). */
let firstPainted = Promise.resolve();

function sendFilter(): void {
  const kinds = [...kindsBox.querySelectorAll('input')].filter((b) => b.checked).map((b) => b.value);
  vscodeApi.postMessage({ type: 'filter', top: Number(topInput.value), kinds, from: fromInput.value || undefined, to: toInput.value || undefined });
}
for (const input of [topInput, fromInput, toInput, ...kindsBox.querySelectorAll('input')]) input.addEventListener('change', sendFilter);

/** Sizes (node: by quotes; edge: by weight) and positions, the same for the SVG and cytoscape. */
function lay(nodes: GraphNode[], edges: GraphEdge[]): LaidGraph {
  const maxQuotes = Math.max(1, ...nodes.map((n) => n.quoteCount));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const sized = nodes.map((n) => ({ ...n, size: Math.round(14 + 40 * Math.sqrt(n.quoteCount / maxQuotes)) }));
  // nodes in rank order from the middle outward, each in a cell that holds its label: no label overlaps another
  const positions = spiralGrid(sized, { font: `${FONT_PX}px ${FONT}`, labelWidth: LABEL_WIDTH, aspect: graph.clientWidth / Math.max(1, graph.clientHeight) });
  return {
    nodes: sized.map((n, i) => ({ ...n, ...positions[i] })),
    edges: edges.map((e) => ({ ...e, width: 1 + 6 * (e.weight / maxWeight) })),
  };
}

window.corpusNavNetwork = {
  graph,
  font: FONT,
  attach(r) {
    // cytoscape's first render holds the main thread for a while: the SVG is on screen first
    void firstPainted.then(() => {
      renderer = r;
      if (last) r.draw(last);
    });
  },
};

/**
 * The cytoscape bundle, loaded after the page's load event: VS Code holds the page's messages
 * (the data) back until that event, which a script still loading would delay.
 */
function loadLibrary(): void {
  const src = self?.dataset.library;
  if (!src) return;
  const script = document.createElement('script');
  script.nonce = self?.nonce ?? '';
  script.src = src;
  document.body.append(script);
}
if (document.readyState === 'complete') setTimeout(loadLibrary);
else window.addEventListener('load', () => setTimeout(loadLibrary), { once: true });

onMessage((message) => {
  const m = message as { type: string; graph?: { nodes: GraphNode[]; edges: GraphEdge[] }; title?: string; quotes?: Array<{ path: string; start: number; end: number; text: string; speaker: string }>; total?: number };
  if (m.type === 'data' && m.graph) {
    mark('data');
    last = lay(m.graph.nodes, m.graph.edges);
    if (renderer) renderer.draw(last);
    else {
      drawSvg(graph, last, { font: FONT, onNode: (id) => vscodeApi.postMessage({ type: 'node', id }), onEdge: (id) => vscodeApi.postMessage({ type: 'edge', id }) });
      // a task after the next frame's callbacks runs once that frame is painted
      if (!performance.getEntriesByName('corpus-nav:painted').length) {
        firstPainted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(mark('painted')))));
      }
    }
    list.replaceChildren(); // a new graph (filters or corpus changed): the list may name actors it no longer holds
    status.textContent = `${m.graph.nodes.length} actors, ${m.graph.edges.length} links`;
    mark('drawn');
  } else if (m.type === 'quotes' && m.quotes) {
    passageList(list, m.title ?? 'Quotes', m.quotes.map((q) => ({ ...q, label: q.text, detail: q.speaker })), (m.total ?? 0) - m.quotes.length);
  }
});

/**
 * The actor network webview's first script (small, run before cytoscape has loaded): the page,
 * its filters (with how many actors each leaves out) and the quote list beside the graph, and the graph laid out once per message and drawn at once as a
 * static SVG (networkSvg.ts), nodes clickable. The cytoscape bundle (networkGraph.ts, loaded
 * after the page's load event) then takes over the same laid-out graph and makes it interactive.
 */
import { addStyle, el, mark, onMessage, passageList, vscodeApi } from './dom';
import { spiralGrid } from './layout';
import { FIT_KEY, FONT_PX, LABEL_WIDTH, type GraphEdge, type GraphNode, type LaidGraph, type NetworkRenderer } from './networkModel';
import { edgeOffset } from './edgeBends';
import { drawSvg } from './networkSvg';

mark('script');
// the Fit button, as VS Code draws a secondary button
addStyle(`
button.fit { background: var(--vscode-button-secondaryBackground, #3a3d41); color: var(--vscode-button-secondaryForeground, #fff); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 10px; cursor: pointer; font: inherit; }
button.fit:hover { background: var(--vscode-button-secondaryHoverBackground, #45494e); }
button.fit:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
`);
/** This script's element: its nonce and the cytoscape bundle's address (src/vscode/webviews/shell.ts). */
const self = document.currentScript as HTMLScriptElement | null;

/** The Actors tree's groups, as the extension names them (src/corpus/actorGroups.ts), and their labels here. */
const KINDS: Array<[string, string]> = [
  ['person', 'people'],
  ['organization', 'organisations'],
  ['country', 'countries'],
  ['place', 'places'],
  ['group', 'groups'],
  ['unnamed', 'unnamed sources'],
];
const topInput = el('input', { type: 'number', min: '5', max: '300', value: '40', 'aria-label': 'Top N actors' });
const fromInput = el('input', { type: 'date', 'aria-label': 'From' });
const toInput = el('input', { type: 'date', 'aria-label': 'To' });
const box = (value: string): HTMLInputElement => el('input', { type: 'checkbox', value });
/** Each kind's box with its label, whose count the data fills in. */
const kinds = KINDS.map(([value, label]) => ({ input: box(value), label, text: el('span', {}, ` ${label}`) }));
/**
 * What a kind's count counts, where a reader may count otherwise: unnamed sources are actors, the
 * people the Actors tree lists under Unnamed sources; a described group ("residents") is a group,
 * and a quote whose source was not found has no actor to draw.
 */
const KIND_TITLES: Record<string, string> = {
  unnamed: 'People the articles do not name (“a senior official”), as the Actors tree lists them under Unnamed sources. Groups (“residents”, “police”) are counted under groups; quotes with no source found have no actor to draw.',
};
const kindsBox = el('span', { class: 'kinds', role: 'group', 'aria-label': 'Kinds' }, ...kinds.map((k) => el('label', { title: KIND_TITLES[k.input.value] }, k.input, k.text)));
const minorInput = box('minor');
const allLinksInput = box('allLinks');
const status = el('span', { class: 'note' });
/** What the filters left out, so a missing actor is not taken for one the articles never name. */
const leftOut = el('div', { class: 'note left' });
const legend = el('div', { class: 'legend note' }, '● person   ■ organisation   ◆ country or place   ⬢ group   ○ unnamed source   · size: quotes   · red arrow: X quoted about Y   · grey line: mentioned in one paragraph (thicker: more often)   · the most mentioned in the middle');
const graph = el('div', { id: 'network' });
/** Fits the graph back into view (the key FIT_KEY too); the SVG first frame is always fitted. */
const fitButton = el('button', { type: 'button', class: 'fit', title: `Fit the whole network into view (${FIT_KEY.toUpperCase()})`, 'aria-keyshortcuts': FIT_KEY.toUpperCase() }, 'Fit');
fitButton.addEventListener('click', () => renderer?.fit());
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement | null;
  if (e.key.toLowerCase() !== FIT_KEY || e.ctrlKey || e.metaKey || e.altKey || target?.closest('input, select, textarea')) return;
  e.preventDefault();
  renderer?.fit();
});
const list = el('section', { class: 'quotes' });
const hint = (): HTMLElement => el('p', { class: 'note' }, 'Choose an actor or a link to list its quotes here.');
list.append(hint());
document.body.classList.add('network');
document.body.append(
  el('div', { class: 'controls' }, fitButton, el('label', {}, 'Top ', topInput), kindsBox, el('label', { title: 'Actors mentioned only once and never quoted' }, minorInput, ' mentioned once'), el('label', { title: 'Weaker links too, not only the strongest' }, allLinksInput, ' all links'), el('label', {}, 'From ', fromInput), el('label', {}, 'to ', toInput), status),
  legend,
  leftOut,
  // the list beside the graph (under it in a narrow panel): it stays in view at any height
  el('div', { class: 'main' }, graph, list),
);

const FONT = getComputedStyle(document.body).getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
/** The graph last drawn, for the renderer that takes over. */
let last: LaidGraph | undefined;
/** The interactive renderer once its bundle has run; until then the SVG first frame. */
let renderer: NetworkRenderer | undefined;
/** Settles once the SVG first frame has been painted (at once while there is none). */
let firstPainted = Promise.resolve();

function sendFilter(): void {
  const ticked = kinds.filter((k) => k.input.checked).map((k) => k.input.value);
  vscodeApi.postMessage({ type: 'filter', top: Number(topInput.value), kinds: ticked, minor: minorInput.checked, allLinks: allLinksInput.checked, from: fromInput.value || undefined, to: toInput.value || undefined });
}
for (const input of [topInput, fromInput, toInput, minorInput, allLinksInput, ...kinds.map((k) => k.input)]) input.addEventListener('change', sendFilter);

interface Data {
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  counts: Record<string, number>;
  left: { kinds: number; minor: number; beyondTop: number; links: number };
  filter: { top: number; kinds: string[]; minor: boolean; allLinks: boolean };
}

/** The filters as the extension applied them, each kind with its count, and a line on what they left out. */
function showFilter({ counts, left, filter }: Data): void {
  topInput.value = String(filter.top);
  minorInput.checked = filter.minor;
  allLinksInput.checked = filter.allLinks;
  for (const k of kinds) {
    k.input.checked = filter.kinds.includes(k.input.value);
    k.text.textContent = ` ${k.label} (${counts[k.input.value] ?? 0})`;
  }
  const parts = [
    left.beyondTop ? `${left.beyondTop} beyond the top ${filter.top}` : '',
    left.kinds ? `${left.kinds} of the kinds not ticked` : '',
    left.minor ? `${left.minor} mentioned once and never quoted` : '',
    left.links ? `${left.links} weaker links` : '',
  ].filter(Boolean);
  leftOut.textContent = parts.length ? `Not shown: ${parts.join(' · ')}.` : '';
}

/** Sizes (node: by quotes; edge: by weight), positions and edge bends, the same for the SVG and cytoscape. */
function lay(nodes: GraphNode[], edges: GraphEdge[]): LaidGraph {
  const maxQuotes = Math.max(1, ...nodes.map((n) => n.quoteCount));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const sized = nodes.map((n) => ({ ...n, size: Math.round(14 + 40 * Math.sqrt(n.quoteCount / maxQuotes)) }));
  // nodes in rank order from the middle outward, each in a cell that holds its label: no label overlaps another
  const positions = spiralGrid(sized, { font: `${FONT_PX}px ${FONT}`, labelWidth: LABEL_WIDTH, aspect: graph.clientWidth / Math.max(1, graph.clientHeight) });
  const laid = sized.map((n, i) => ({ ...n, ...positions[i] }));
  const byId = new Map(laid.map((n) => [n.id, n]));
  // (each edge's bend round the nodes between its ends, once for both renderers)
  const offsetOf = (e: GraphEdge): number => {
    const [a, b] = [byId.get(e.source), byId.get(e.target)];
    return a && b ? edgeOffset(laid, a, b) : 0;
  };
  return { nodes: laid, edges: edges.map((e) => ({ ...e, width: 1 + 6 * (e.weight / maxWeight), offset: offsetOf(e) })) };
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
  const m = message as { type: string; title?: string; quotes?: Array<{ path: string; start: number; end: number; text: string; detail: string }>; total?: number } & Partial<Data>;
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
    list.replaceChildren(hint()); // a new graph (filters or corpus changed): the list may name actors it no longer holds
    status.textContent = `${m.graph.nodes.length} actors, ${m.graph.edges.length} links`;
    showFilter(m as Data);
    mark('drawn');
  } else if (m.type === 'quotes' && m.quotes) {
    passageList(list, m.title ?? 'Quotes', m.quotes.map((q) => ({ ...q, label: q.text })), (m.total ?? 0) - m.quotes.length);
  }
});

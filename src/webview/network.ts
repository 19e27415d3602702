/** The actor network webview's script: draws what the extension posts with cytoscape, laid out once per message. */
import cytoscape from 'cytoscape';
import { el, mark, onMessage, passageList, vscodeApi } from './dom';
import { spiralGrid } from './layout';

mark('script');

interface Node { id: string; name: string; kind: string; quoteCount: number; mentionCount: number }
interface Edge { id: string; source: string; target: string; type: 'quotedAbout' | 'together'; weight: number }

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

const css = getComputedStyle(document.body);
const colour = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
const FONT_PX = 15;
const FONT = css.getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
/** Labels wrap at this width (model pixels), so a long name takes lines, not the neighbours' room. */
const LABEL_WIDTH = 130;
const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      color: colour('--vscode-editor-foreground', '#ccc'),
      'font-family': FONT,
      'font-size': FONT_PX,
      'text-wrap': 'wrap',
      'text-max-width': `${LABEL_WIDTH}px`,
      'text-background-color': colour('--vscode-editor-background', '#1e1e1e'),
      'text-background-opacity': 0.75,
      'background-color': colour('--vscode-charts-blue', '#3794ff'),
      width: 'data(size)',
      height: 'data(size)',
      'text-valign': 'bottom',
      'text-margin-y': 3,
    },
  },
  { selector: 'node[kind = "organization"]', style: { 'background-color': colour('--vscode-charts-orange', '#d18616'), shape: 'round-rectangle' } },
  { selector: 'node[kind = "country"], node[kind = "place"]', style: { 'background-color': colour('--vscode-charts-green', '#89d185'), shape: 'diamond' } },
  { selector: 'node[kind = "group"]', style: { 'background-color': colour('--vscode-charts-purple', '#b180d7'), shape: 'hexagon' } },
  // haystack edges are the cheapest to draw; a quote edge has an arrow, and bezier keeps X→Y apart from Y→X
  { selector: 'edge', style: { width: 'data(width)', 'line-color': colour('--vscode-charts-lines', '#888'), opacity: 0.45, 'curve-style': 'haystack' } },
  { selector: 'edge[type = "quotedAbout"]', style: { 'curve-style': 'bezier', 'line-color': colour('--vscode-charts-red', '#f14c4c'), 'target-arrow-color': colour('--vscode-charts-red', '#f14c4c'), 'target-arrow-shape': 'triangle', opacity: 0.75 } },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': colour('--vscode-focusBorder', '#007fd4'), opacity: 1 } },
];
/** Made with the first data, elements and positions at once: one layout, one first frame. */
let cy: cytoscape.Core | undefined;

function sendFilter(): void {
  const kinds = [...kindsBox.querySelectorAll('input')].filter((b) => b.checked).map((b) => b.value);
  vscodeApi.postMessage({ type: 'filter', top: Number(topInput.value), kinds, from: fromInput.value || undefined, to: toInput.value || undefined });
}
for (const input of [topInput, fromInput, toInput, ...kindsBox.querySelectorAll('input')]) input.addEventListener('change', sendFilter);

function draw(nodes: Node[], edges: Edge[]): void {
  const maxQuotes = Math.max(1, ...nodes.map((n) => n.quoteCount));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const sized = nodes.map((n) => ({ ...n, size: Math.round(14 + 40 * Math.sqrt(n.quoteCount / maxQuotes)) }));
  // nodes in rank order from the middle outward, each in a cell that holds its label: no label overlaps another
  const positions = spiralGrid(sized, { font: `${FONT_PX}px ${FONT}`, labelWidth: LABEL_WIDTH, aspect: graph.clientWidth / Math.max(1, graph.clientHeight) });
  const elements: cytoscape.ElementDefinition[] = [
    ...sized.map((n, i) => ({ group: 'nodes' as const, data: n, position: positions[i] })),
    ...edges.map((e) => ({ group: 'edges' as const, data: { ...e, width: 1 + 6 * (e.weight / maxWeight) } })),
  ];
  const layout = { name: 'preset', fit: true, padding: 16, animate: false } as cytoscape.LayoutOptions;
  if (!cy) {
    cy = cytoscape({ container: graph, wheelSensitivity: 0.3, style, elements, layout });
    cy.one('render', () => mark('painted'));
    cy.on('tap', 'node', (e) => vscodeApi.postMessage({ type: 'node', id: e.target.id() }));
    cy.on('tap', 'edge', (e) => vscodeApi.postMessage({ type: 'edge', id: e.target.id() }));
  } else {
    const c = cy;
    c.batch(() => {
      c.elements().remove();
      c.add(elements);
    });
    c.layout(layout).run();
  }
}

onMessage((message) => {
  const m = message as { type: string; graph?: { nodes: Node[]; edges: Edge[] }; title?: string; quotes?: Array<{ path: string; start: number; end: number; text: string; speaker: string }>; total?: number };
  if (m.type === 'data' && m.graph) {
    mark('data');
    draw(m.graph.nodes, m.graph.edges);
    list.replaceChildren(); // a new graph (filters or corpus changed): the list may name actors it no longer holds
    status.textContent = `${m.graph.nodes.length} actors, ${m.graph.edges.length} links`;
    mark('drawn');
  } else if (m.type === 'quotes' && m.quotes) {
    passageList(list, m.title ?? 'Quotes', m.quotes.map((q) => ({ ...q, label: q.text, detail: q.speaker })), (m.total ?? 0) - m.quotes.length);
  }
});

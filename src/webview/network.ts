/** The actor network webview's script: draws what the extension posts with cytoscape. */
import cytoscape from 'cytoscape';
import { el, passageList, vscodeApi } from './dom';

interface Node { id: string; name: string; kind: string; quoteCount: number; mentionCount: number }
interface Edge { id: string; source: string; target: string; type: 'quotedAbout' | 'together'; weight: number }

const KINDS = ['person', 'organization', 'country', 'place', 'group'];
const topInput = el('input', { type: 'number', min: '5', max: '300', value: '40', 'aria-label': 'Top N actors' });
const fromInput = el('input', { type: 'date', 'aria-label': 'From' });
const toInput = el('input', { type: 'date', 'aria-label': 'To' });
const kindsBox = el('span', { class: 'kinds' }, ...KINDS.map((k) => el('label', {}, Object.assign(el('input', { type: 'checkbox', value: k }), { checked: true }), ` ${k}`)));
const status = el('span', { class: 'note' });
const legend = el('div', { class: 'legend note' }, '● person   ■ organisation   ◆ country or place   ⬢ group   · node size: quotes   · red arrow: X quoted about Y   · grey line: mentioned in one paragraph (thicker: more often)');
const graph = el('div', { id: 'network' });
const list = el('section', { class: 'quotes' });
document.body.append(el('div', { class: 'controls' }, el('label', {}, 'Top ', topInput), kindsBox, el('label', {}, 'From ', fromInput), el('label', {}, 'to ', toInput), status), legend, graph, list);

const css = getComputedStyle(document.body);
const colour = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
const cy = cytoscape({
  container: graph,
  wheelSensitivity: 0.3,
  style: [
    { selector: 'node', style: { label: 'data(name)', color: colour('--vscode-editor-foreground', '#ccc'), 'font-size': 20, 'text-background-color': colour('--vscode-editor-background', '#1e1e1e'), 'text-background-opacity': 0.7, 'background-color': colour('--vscode-charts-blue', '#3794ff'), width: 'data(size)', height: 'data(size)', 'text-valign': 'bottom', 'text-margin-y': 3 } },
    { selector: 'node[kind = "organization"]', style: { 'background-color': colour('--vscode-charts-orange', '#d18616'), shape: 'round-rectangle' } },
    { selector: 'node[kind = "country"], node[kind = "place"]', style: { 'background-color': colour('--vscode-charts-green', '#89d185'), shape: 'diamond' } },
    { selector: 'node[kind = "group"]', style: { 'background-color': colour('--vscode-charts-purple', '#b180d7'), shape: 'hexagon' } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': colour('--vscode-charts-lines', '#888'), opacity: 0.5, 'curve-style': 'bezier' } },
    { selector: 'edge[type = "quotedAbout"]', style: { 'line-color': colour('--vscode-charts-red', '#f14c4c'), 'target-arrow-color': colour('--vscode-charts-red', '#f14c4c'), 'target-arrow-shape': 'triangle', opacity: 0.8 } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': colour('--vscode-focusBorder', '#007fd4'), opacity: 1 } },
  ],
});

cy.on('tap', 'node', (e) => vscodeApi.postMessage({ type: 'node', id: e.target.id() }));
cy.on('tap', 'edge', (e) => vscodeApi.postMessage({ type: 'edge', id: e.target.id() }));

function sendFilter(): void {
  const kinds = [...kindsBox.querySelectorAll('input')].filter((b) => b.checked).map((b) => b.value);
  vscodeApi.postMessage({ type: 'filter', top: Number(topInput.value), kinds, from: fromInput.value || undefined, to: toInput.value || undefined });
}
for (const input of [topInput, fromInput, toInput, ...kindsBox.querySelectorAll('input')]) input.addEventListener('change', sendFilter);

window.addEventListener('message', (event: MessageEvent) => {
  const m = event.data as { type: string; graph?: { nodes: Node[]; edges: Edge[] }; title?: string; quotes?: Array<{ path: string; start: number; end: number; text: string; speaker: string }>; total?: number };
  if (m.type === 'data' && m.graph) {
    const maxQuotes = Math.max(1, ...m.graph.nodes.map((n) => n.quoteCount));
    const maxWeight = Math.max(1, ...m.graph.edges.map((e) => e.weight));
    cy.elements().remove();
    cy.add([
      ...m.graph.nodes.map((n, rank) => ({ group: 'nodes' as const, data: { ...n, rank, size: 14 + 46 * Math.sqrt(n.quoteCount / maxQuotes) } })),
      ...m.graph.edges.map((e) => ({ group: 'edges' as const, data: { ...e, width: 1 + 7 * (e.weight / maxWeight) } })),
    ]);
    // rings by quote count, the most quoted in the middle: instant at any N, and the ranking reads at a glance
    // rings of eight by rank, the most quoted in the middle: instant at any N, and the ranking reads at a glance
    const count = m.graph.nodes.length;
    cy.layout({ name: 'concentric', animate: false, concentric: (n: cytoscape.NodeSingular) => count - n.data('rank'), levelWidth: () => 8, minNodeSpacing: 30, padding: 20 } as cytoscape.LayoutOptions).run();
    status.textContent = `${m.graph.nodes.length} actors, ${m.graph.edges.length} links`;
  } else if (m.type === 'quotes' && m.quotes) {
    passageList(list, m.title ?? 'Quotes', m.quotes.map((q) => ({ ...q, label: q.text, detail: q.speaker })), (m.total ?? 0) - m.quotes.length);
  }
});

vscodeApi.postMessage({ type: 'ready' });

/**
 * The actor network's interactive graph (cytoscape, the page's large bundle, loaded by network.ts after the page's load event):
 * takes over the graph network.ts laid out and drew as SVG, at the same positions, and removes
 * the SVG once its own first frame is drawn. Zoom, pan, node and edge choice.
 */
import cytoscape from 'cytoscape';
import { mark, vscodeApi } from './dom';
import { FIT_PADDING, FONT_PX, GREATEST_ZOOM, LABEL_WIDTH, LEAST_ZOOM, type LaidGraph } from './networkModel';

mark('library');
const host = window.corpusNavNetwork;
if (!host) throw new Error('networkGraph.js runs after network.js');
const { graph, font } = host;

const css = getComputedStyle(document.body);
const colour = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      color: colour('--vscode-editor-foreground', '#ccc'),
      'font-family': font,
      'font-size': FONT_PX,
      'text-wrap': 'wrap',
      // the label's box (its text background, and the texture cytoscape caches it in to draw it
      // zoomed out) from its glyphs' own height, not the font size: a capital's accent rises above
      // the font size's box and was cut off there ("Évelyne" drawn "Evelyne"; "Bélanger" fine)
      'text-metrics': 'glyph',
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
  // a source the articles do not name: a person's circle, hollow
  { selector: 'node[kind = "unnamed"]', style: { 'background-opacity': 0, 'border-width': 2, 'border-color': colour('--vscode-charts-blue', '#3794ff') } },
  // every edge bends round the nodes between its ends (data(bend): the laid offset, see edgeOffset, with
  // cytoscape's sign, whose positive side is the right): on the grid a straight edge would run through
  // them and seem to link them
  { selector: 'edge', style: { width: 'data(width)', 'line-color': colour('--vscode-charts-lines', '#888'), opacity: 0.45, 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(bend)', 'control-point-weights': 0.5 } },
  { selector: 'edge[type = "quotedAbout"]', style: { 'line-color': colour('--vscode-charts-red', '#f14c4c'), 'target-arrow-color': colour('--vscode-charts-red', '#f14c4c'), 'target-arrow-shape': 'triangle', opacity: 0.75 } },
  { selector: ':selected', style: { 'border-width': 3, 'border-color': colour('--vscode-focusBorder', '#007fd4'), opacity: 1 } },
];
/** Made with the first graph, elements and positions at once: one layout, one first frame. */
let cy: cytoscape.Core | undefined;

/**
 * Fits the graph into the canvas and bounds the zoom around that fit: from LEAST_ZOOM times it
 * (the graph at half the canvas, never a dot) to GREATEST_ZOOM times (labels four times their
 * size); the fit of a small graph counts as zoom 1. (cytoscape's fit obeys the bounds set, so they
 * are lifted for it.)
 */
function fit(): void {
  if (!cy) return;
  cy.minZoom(1e-50);
  cy.maxZoom(1e50);
  cy.fit(undefined, FIT_PADDING);
  const fitted = cy.zoom();
  cy.minZoom(Math.min(fitted, 1) * LEAST_ZOOM);
  cy.maxZoom(Math.max(fitted, 1) * GREATEST_ZOOM);
}

function draw(laid: LaidGraph): void {
  const elements: cytoscape.ElementDefinition[] = [
    ...laid.nodes.map(({ x, y, ...n }) => ({ group: 'nodes' as const, data: n, position: { x, y } })),
    ...laid.edges.map((e) => ({ group: 'edges' as const, data: { ...e, bend: -e.offset } })),
  ];
  const layout = { name: 'preset', fit: false, animate: false } as cytoscape.LayoutOptions;
  if (!cy) {
    cy = cytoscape({ container: graph, wheelSensitivity: 0.3, style, elements, layout });
    fit();
    // the SVG first frame stays until this one is drawn: no blank frame between the two
    cy.one('render', () => {
      mark('interactive');
      graph.querySelector(':scope > svg.first')?.remove();
    });
    cy.on('tap', 'node', (e) => vscodeApi.postMessage({ type: 'node', id: e.target.id() }));
    cy.on('tap', 'edge', (e) => vscodeApi.postMessage({ type: 'edge', id: e.target.id() }));
  } else {
    const c = cy;
    c.batch(() => {
      c.elements().remove();
      c.add(elements);
    });
    c.layout(layout).run();
    fit();
  }
}

// a panel resized (the window, the sidebar, the list moving under the graph) fits the graph to it
// again: cytoscape keeps its pan and zoom, and the middle of the graph could end up out of view
new ResizeObserver(() => {
  cy?.resize();
  fit();
}).observe(graph);

host.attach({ draw, fit });

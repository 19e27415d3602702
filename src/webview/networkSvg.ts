/**
 * The actor network's first frame: the laid-out graph as a static SVG, drawn before cytoscape
 * has loaded. Nodes shaped and coloured by kind as the legend says (colours from the theme, in
 * media/views.css), sized by quotes; labels wrapped as cytoscape wraps them; red arrows for
 * "X quoted about Y", grey lines for "mentioned together". Names go in as text nodes only.
 */
import { LINE_HEIGHT, wrapLines } from './layout';
import { FIT_PADDING, FONT_PX, LABEL_WIDTH, type LaidGraph, type LaidNode } from './networkModel';

const NS = 'http://www.w3.org/2000/svg';

export interface SvgOptions {
  /** The labels' CSS font family. */
  font: string;
  onNode(id: string): void;
  onEdge(id: string): void;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** The node's outline centred on 0,0: circle, rounded square, diamond or hexagon as cytoscape draws them. */
function shape(kind: string, size: number): SVGElement {
  const r = size / 2;
  if (kind === 'organization') return svg('rect', { x: -r, y: -r, width: size, height: size, rx: size * 0.15 });
  if (kind === 'country' || kind === 'place') return svg('polygon', { points: `0,${-r} ${r},0 0,${r} ${-r},0` });
  if (kind === 'group') {
    const points = [0, 1, 2, 3, 4, 5].map((k) => `${(r * Math.cos((Math.PI / 3) * k)).toFixed(1)},${(r * Math.sin((Math.PI / 3) * k)).toFixed(1)}`);
    return svg('polygon', { points: points.join(' ') });
  }
  return svg('circle', { r });
}

/** The path of an edge from border to border, its control point `offset` to the left of a→b's middle (see edgeOffset; as cytoscape draws it). */
function edgePath(a: LaidNode, b: LaidNode, offset: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  // the control point beside the middle, to the left of a→b
  const cx = (a.x + b.x) / 2 + uy * offset;
  const cy = (a.y + b.y) / 2 - ux * offset;
  const end = (n: LaidNode, fromX: number, fromY: number): [number, number] => {
    const d = Math.hypot(fromX - n.x, fromY - n.y) || 1;
    const r = n.size / 2;
    return [n.x + ((fromX - n.x) / d) * r, n.y + ((fromY - n.y) / d) * r];
  };
  const [sx, sy] = end(a, cx, cy);
  const [tx, ty] = end(b, cx, cy);
  return `M${sx.toFixed(1)},${sy.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`;
}

/** Replaces any first frame in `host` with `graph` drawn to fit it (as cytoscape's fit, with the same padding). */
export function drawSvg(host: HTMLElement, graph: LaidGraph, options: SvgOptions): void {
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = `${FONT_PX}px ${options.font}`;
  const root = svg('svg', { class: 'first', 'font-size': FONT_PX });
  // in model pixels, about cytoscape's triangle
  const arrow = svg('marker', { id: 'first-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: 'userSpaceOnUse', orient: 'auto' });
  arrow.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' }));
  const defs = svg('defs');
  defs.append(arrow);
  const edges = svg('g');
  const nodes = svg('g');
  root.append(defs, edges, nodes);

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const e of graph.edges) {
    const [a, b] = [byId.get(e.source), byId.get(e.target)];
    if (!a || !b) continue;
    const path = svg('path', { class: `edge ${e.type}`, 'stroke-width': e.width.toFixed(1), d: edgePath(a, b, e.offset) });
    if (e.type === 'quotedAbout') path.setAttribute('marker-end', 'url(#first-arrow)');
    path.addEventListener('click', () => options.onEdge(e.id));
    edges.append(path);
  }

  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of graph.nodes) {
    const lines = ctx ? wrapLines(ctx, n.name, LABEL_WIDTH) : [n.name];
    const labelWidth = ctx ? Math.max(...lines.map((l) => ctx.measureText(l).width)) : LABEL_WIDTH;
    const g = svg('g', { class: `node ${n.kind}`, transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})` });
    const title = svg('title');
    title.textContent = n.name;
    const label = svg('text', { class: 'label', 'text-anchor': 'middle', y: n.size / 2 + 3 });
    for (const [i, line] of lines.entries()) {
      // the first baseline about one ascent under the label's top, as cytoscape sets it
      const span = svg('tspan', { x: 0, dy: i ? FONT_PX * LINE_HEIGHT : FONT_PX });
      span.textContent = line;
      label.append(span);
    }
    g.append(title, shape(n.kind, n.size), label);
    g.addEventListener('click', () => options.onNode(n.id));
    nodes.append(g);
    const half = Math.max(n.size, labelWidth) / 2;
    left = Math.min(left, n.x - half);
    right = Math.max(right, n.x + half);
    top = Math.min(top, n.y - n.size / 2);
    bottom = Math.max(bottom, n.y + n.size / 2 + 3 + lines.length * FONT_PX * LINE_HEIGHT);
  }
  if (graph.nodes.length) root.setAttribute('viewBox', [left - FIT_PADDING, top - FIT_PADDING, right - left + 2 * FIT_PADDING, bottom - top + 2 * FIT_PADDING].map((v) => v.toFixed(1)).join(' '));
  host.querySelector(':scope > svg.first')?.remove();
  host.append(root);
}

/**
 * The actor network's layout: the nodes in rank order from the middle outward over a grid whose
 * cells each hold a node and its whole (wrapped) label, so no label overlaps another, and whose
 * outline follows the canvas's shape. Instant at any N (a sort of about N cells), the same every time.
 */

export interface Labelled {
  name: string;
  /** Diameter of the node, model pixels. */
  size: number;
}

export interface GridOptions {
  /** The CSS font the labels are drawn in ("15px sans-serif"). */
  font: string;
  /** Width at which labels wrap, model pixels. */
  labelWidth: number;
  /** Width over height of the canvas. */
  aspect: number;
}

const GAP_X = 18;
const GAP_Y = 14;
/** Label line height over font size. */
export const LINE_HEIGHT = 1.25;

/** A label's lines when wrapped at `width` between words, as the canvas measures them. */
export function wrapLines(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}

/** Lines and widest line of a label wrapped at `width`. */
function wrapped(ctx: CanvasRenderingContext2D, text: string, width: number): { lines: number; width: number } {
  const lines = wrapLines(ctx, text, width);
  return { lines: lines.length, width: Math.max(...lines.map((l) => ctx.measureText(l).width)) };
}

/** A position for each node, in the order given (rank 0 in the middle). */
export function spiralGrid(nodes: readonly Labelled[], options: GridOptions): Array<{ x: number; y: number }> {
  if (!nodes.length) return [];
  const ctx = document.createElement('canvas').getContext('2d');
  const px = Number(/(\d+(?:\.\d+)?)px/.exec(options.font)?.[1] ?? 15);
  let labelW = options.labelWidth;
  let labelLines = 2;
  if (ctx) {
    ctx.font = options.font;
    const sizes = nodes.map((n) => wrapped(ctx, n.name, options.labelWidth));
    labelW = Math.max(...sizes.map((s) => s.width));
    labelLines = Math.max(...sizes.map((s) => s.lines));
  }
  const maxSize = Math.max(...nodes.map((n) => n.size));
  const cellW = Math.max(maxSize, labelW) + GAP_X;
  const cellH = maxSize + 3 + labelLines * px * LINE_HEIGHT + GAP_Y;
  const reach = Math.ceil(Math.sqrt(nodes.length)) + 2;
  const cells: Array<{ x: number; y: number; d: number; a: number }> = [];
  for (let r = -reach; r <= reach; r++) {
    for (let c = -reach * 2; c <= reach * 2; c++) {
      // odd rows shifted by half a cell: fewer edges run along a row through other nodes
      const x = (c + (r & 1 ? 0.5 : 0)) * cellW;
      const y = r * cellH;
      cells.push({ x, y, d: (x / options.aspect) ** 2 + y ** 2, a: Math.atan2(y, x) });
    }
  }
  cells.sort((p, q) => p.d - q.d || p.a - q.a);
  return nodes.map((_, i) => ({ x: cells[i].x, y: cells[i].y }));
}

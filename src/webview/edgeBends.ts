/**
 * How the actor network's edges bend round the nodes between their ends, computed once as the graph
 * is laid out (network.ts) for its first frame (networkSvg.ts) and cytoscape (networkGraph.ts). No
 * DOM here, so that unit tests load it in plain Node.
 */

/** A node as laid out: its centre and diameter, model pixels. */
export interface PlacedNode { x: number; y: number; size: number }

/** How far an edge bends at least, as a share of its length (its control point's offset from the middle). */
export const EDGE_BEND = 0.2;
/** The bends tried, as shares of the length, on the left of a→b then on its right, until one clears the other nodes. */
const BENDS = [EDGE_BEND, 0.35, 0.5, 0.7, 0.95, 1.25];
/** Space kept between an edge and a node it passes, model pixels. */
const CLEARANCE = 6;
/** Points read along an edge's curve when its distance to the nodes is measured. */
const SAMPLES = 24;

/**
 * The offset of edge a→b's control point from its middle, model pixels, positive to the left of a→b
 * (as the first frame draws it): EDGE_BEND of its length, or the least bend of BENDS, on either
 * side, whose quadratic curve passes every other node by CLEARANCE beyond its radius, so that no
 * edge seems to link a node it only passes (fresh64b clicked such an edge); the bend that passes
 * them most widely when none clears all. Linear in the nodes for each bend tried.
 */
export function edgeOffset(nodes: Iterable<PlacedNode>, a: PlacedNode, b: PlacedNode): number {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  if (!length) return 0;
  const others: PlacedNode[] = [];
  // (only nodes within the widest bend's reach of the edge can be in its way)
  const reach = BENDS[BENDS.length - 1] * length;
  for (const n of nodes) if (n !== a && n !== b && Math.hypot(n.x - (a.x + b.x) / 2, n.y - (a.y + b.y) / 2) < length / 2 + reach) others.push(n);
  let best = EDGE_BEND * length;
  let bestGap = -Infinity;
  for (const share of BENDS) {
    for (const side of [1, -1]) {
      const offset = side * share * length;
      const gap = clearance(others, a, b, offset);
      if (gap >= 0) return offset;
      if (gap > bestGap) [best, bestGap] = [offset, gap];
    }
  }
  return best;
}

/** The least distance, model pixels, between the curve a→b bent by `offset` and the border (plus CLEARANCE) of any of `others`: negative where it runs into one. */
function clearance(others: readonly PlacedNode[], a: PlacedNode, b: PlacedNode, offset: number): number {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const cx = (a.x + b.x) / 2 + ((b.y - a.y) / length) * offset;
  const cy = (a.y + b.y) / 2 - ((b.x - a.x) / length) * offset;
  let gap = Infinity;
  for (let i = 1; i < SAMPLES; i++) {
    const t = i / SAMPLES;
    const x = (1 - t) * (1 - t) * a.x + 2 * t * (1 - t) * cx + t * t * b.x;
    const y = (1 - t) * (1 - t) * a.y + 2 * t * (1 - t) * cy + t * t * b.y;
    for (const n of others) gap = Math.min(gap, Math.hypot(x - n.x, y - n.y) - n.size / 2 - CLEARANCE);
  }
  return gap;
}

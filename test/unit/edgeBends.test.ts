/** The actor network's edges bend round the nodes between their ends (src/webview/edgeBends.ts). */
import { strict as assert } from 'node:assert';
import { edgeOffset, EDGE_BEND, type PlacedNode } from '../../src/webview/edgeBends';

const node = (id: string, x: number, y: number, size = 40): PlacedNode & { id: string } => ({ id, size, x, y });

/** The least distance from the quadratic curve a→b with control offset `offset` to node `n`'s centre. */
function passesAt(a: PlacedNode, b: PlacedNode, offset: number, n: PlacedNode): number {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const cx = (a.x + b.x) / 2 + ((b.y - a.y) / length) * offset;
  const cy = (a.y + b.y) / 2 - ((b.x - a.x) / length) * offset;
  let least = Infinity;
  for (let i = 1; i < 100; i++) {
    const t = i / 100;
    least = Math.min(least, Math.hypot((1 - t) ** 2 * a.x + 2 * t * (1 - t) * cx + t * t * b.x - n.x, (1 - t) ** 2 * a.y + 2 * t * (1 - t) * cy + t * t * b.y - n.y));
  }
  return least;
}

describe('network: an edge never runs through the nodes between its ends (fresh64b clicked an edge that passed behind two nodes)', () => {
  it('bends further, to either side, until the curve passes every node in a row and on both sides of it', () => {
    const [a, m, b] = [node('a', 0, 0), node('m', 100, 0), node('b', 200, 0)];
    const offset = edgeOffset([a, m, b], a, b);
    assert.ok(passesAt(a, b, offset, m) > m.size / 2, `${passesAt(a, b, offset, m)}`);
    // a node on each side of the straight line: the bend goes round both
    const [up, down] = [node('up', 100, -30), node('down', 100, 30)];
    const both = edgeOffset([a, up, down, b], a, b);
    for (const n of [up, down]) assert.ok(passesAt(a, b, both, n) > n.size / 2, `${n.id}: ${passesAt(a, b, both, n)}`);
  });
  it('near miss: with no node in the way the edge keeps its slight bend, and two nodes apart get none', () => {
    const [a, b, far] = [node('a', 0, 0), node('b', 200, 0), node('far', 100, 400)];
    assert.equal(edgeOffset([a, b, far], a, b), EDGE_BEND * 200);
    assert.equal(edgeOffset([a], a, a), 0);
  });
});

#!/usr/bin/env node
// What a heap snapshot (the probe's CORPUS_NAV_PROBE_HEAPSNAP, or DevTools') holds, in plain text:
// self size by kind of object (constructor, or the V8 type for strings, arrays, code), and the
// retained size of the largest dominators, by the path of edge names that leads to them from the
// roots (their owners' constructor names), so that a share of the heap can be put on one structure.
// With --under KIND (e.g. object:Corpus), also what each object of that kind dominates directly, by kind.
//   node --max-old-space-size=6000 scripts/bench-editor/heapsnap.mjs FILE [--top 40] [--under KIND]...
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const top = Number(process.argv[process.argv.indexOf('--top') + 1] || 40);
const snap = JSON.parse(readFileSync(file, 'utf8'));
const meta = snap.snapshot.meta;
const nf = meta.node_fields;
const ef = meta.edge_fields;
const NF = nf.length;
const EF = ef.length;
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const [nType, nName, nSelf, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f));
const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f));
const nodes = snap.nodes;
const edges = snap.edges;
const strings = snap.strings;
const N = nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let i = 0, e = 0; i < N; i++) {
  firstEdge[i] = e;
  e += nodes[i * NF + nEdges] * EF;
  firstEdge[i + 1] = e;
}
const typeOf = (i) => nodeTypes[nodes[i * NF + nType]];
const nameOf = (i) => strings[nodes[i * NF + nName]];
const selfOf = (i) => nodes[i * NF + nSelf];
const label = (i) => {
  const t = typeOf(i);
  if (t === 'object' || t === 'closure' || t === 'native') return `${t}:${nameOf(i).slice(0, 60)}`;
  if (t === 'hidden' || t === 'code' || t === 'array') return `${t}:${nameOf(i).slice(0, 40)}`;
  return t;
};
const isWeak = (e) => edgeTypes[edges[e + eType]] === 'weak';
const edgeName = (e) => {
  const t = edgeTypes[edges[e + eType]];
  return t === 'element' || t === 'hidden' ? `[${edges[e + eName]}]` : String(strings[edges[e + eName]]);
};

// self sizes by kind
const byKind = new Map();
let total = 0;
for (let i = 0; i < N; i++) {
  const k = label(i);
  const s = selfOf(i);
  total += s;
  const v = byKind.get(k) ?? [0, 0];
  v[0] += s;
  v[1]++;
  byKind.set(k, v);
}
const mb = (b) => (b / 1048576).toFixed(1).padStart(7);
console.log(`${N} nodes, ${mb(total)} MB self in all`);
console.log('\nself size by kind (MB, count):');
for (const [k, [s, c]] of [...byKind].sort((a, b) => b[1][0] - a[1][0]).slice(0, top)) console.log(`${mb(s)} ${String(c).padStart(9)}  ${k}`);

// dominators (Cooper, Harvey, Kennedy) over strong edges from the root (node 0), in reverse postorder
const order = new Int32Array(N).fill(-1);
const post = new Uint32Array(N);
let count = 0;
{
  const stack = new Uint32Array(N);
  const edgeAt = new Uint32Array(N);
  const seen = new Uint8Array(N);
  let sp = 0;
  stack[sp++] = 0;
  seen[0] = 1;
  edgeAt[0] = firstEdge[0];
  while (sp) {
    const v = stack[sp - 1];
    if (edgeAt[v] < firstEdge[v + 1]) {
      const e = edgeAt[v];
      edgeAt[v] += EF;
      if (isWeak(e)) continue;
      const w = edges[e + eTo] / NF;
      if (!seen[w]) {
        seen[w] = 1;
        edgeAt[w] = firstEdge[w];
        stack[sp++] = w;
      }
    } else {
      sp--;
      order[v] = count;
      post[count++] = v;
    }
  }
}
// predecessors (strong edges between reached nodes)
const predCount = new Uint32Array(N + 1);
for (let v = 0; v < N; v++) {
  if (order[v] < 0) continue;
  for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += EF) if (!isWeak(e)) predCount[edges[e + eTo] / NF]++;
}
const predStart = new Uint32Array(N + 1);
for (let v = 0; v < N; v++) predStart[v + 1] = predStart[v] + predCount[v];
const preds = new Uint32Array(predStart[N]);
const fill = predStart.slice(0, N);
for (let v = 0; v < N; v++) {
  if (order[v] < 0) continue;
  for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += EF) if (!isWeak(e)) preds[fill[edges[e + eTo] / NF]++] = v;
}
const idom = new Int32Array(N).fill(-1);
idom[0] = 0;
const intersect = (a, b) => {
  while (a !== b) {
    while (order[a] < order[b]) a = idom[a];
    while (order[b] < order[a]) b = idom[b];
  }
  return a;
};
for (let changed = true; changed; ) {
  changed = false;
  for (let k = count - 1; k >= 0; k--) {
    const v = post[k];
    if (v === 0) continue;
    let d = -1;
    for (let p = predStart[v]; p < predStart[v + 1]; p++) {
      const u = preds[p];
      if (idom[u] < 0) continue;
      d = d < 0 ? u : intersect(u, d);
    }
    if (d >= 0 && idom[v] !== d) {
      idom[v] = d;
      changed = true;
    }
  }
}
const retained = new Float64Array(N);
for (let k = 0; k < count; k++) {
  const v = post[k];
  retained[v] += selfOf(v);
  if (v !== 0) retained[idom[v]] += retained[v];
}
// a dominator's name: the edge that leads to it from its dominator, when there is one
const via = (v) => {
  const d = idom[v];
  for (let e = firstEdge[d]; e < firstEdge[d + 1]; e += EF) if (edges[e + eTo] / NF === v) return `${label(d)} .${edgeName(e)}`;
  return `${label(d)} ?`;
};
// the largest retainers that are not the system's roots, with the retained sizes of their largest children
const children = new Map();
for (let v = 1; v < N; v++) if (idom[v] >= 0 && retained[v] > 1048576) (children.get(idom[v]) ?? children.set(idom[v], []).get(idom[v])).push(v);
console.log(`\nlargest retained (MB) below the roots, a tree down to 1 MB:`);
const show = (v, depth) => {
  if (depth > 9) return;
  const kids = (children.get(v) ?? []).sort((a, b) => retained[b] - retained[a]);
  for (const w of kids.slice(0, 12)) {
    console.log(`${mb(retained[w])} ${'  '.repeat(depth)}${label(w)}  <- ${via(w)}`);
    show(w, depth + 1);
  }
};
show(0, 0);
// retained by kind: the largest objects of a kind that no other object of the kind dominates
console.log('\nretained by kind, outermost of each kind only (MB, count):');
const outer = new Map();
for (let k = 0; k < count; k++) {
  const v = post[k];
  const kind = label(v);
  let d = idom[v];
  let nested = false;
  for (let hops = 0; d > 0 && hops < 64; hops++, d = idom[d]) if (label(d) === kind) { nested = true; break; }
  if (nested) continue;
  const x = outer.get(kind) ?? [0, 0];
  x[0] += retained[v];
  x[1]++;
  outer.set(kind, x);
}
for (const [k, [s, c]] of [...outer].sort((a, b) => b[1][0] - a[1][0]).slice(0, top)) console.log(`${mb(s)} ${String(c).padStart(9)}  ${k}`);

// what the objects of each --under kind dominate directly, by kind (retained MB, count)
for (let a = 2; a < process.argv.length; a++) {
  if (process.argv[a] !== '--under') continue;
  const kind = process.argv[a + 1];
  const byKid = new Map();
  for (let v = 1; v < N; v++) {
    if (idom[v] < 0 || label(idom[v]) !== kind) continue;
    const k = label(v);
    const x = byKid.get(k) ?? [0, 0];
    x[0] += retained[v];
    x[1]++;
    byKid.set(k, x);
  }
  console.log(`\ndominated directly by ${kind} (retained MB, count):`);
  for (const [k, [s, c]] of [...byKid].sort((x, y) => y[1][0] - x[1][0]).slice(0, top)) console.log(`${mb(s)} ${String(c).padStart(9)}  ${k}`);
}

// with --shapes KIND: the commonest sets of property names among objects of that kind (their self and retained MB)
for (let a = 2; a < process.argv.length; a++) {
  if (process.argv[a] !== '--shapes') continue;
  const kind = process.argv[a + 1];
  const shapes = new Map();
  for (let v = 0; v < N; v++) {
    if (label(v) !== kind || idom[v] < 0) continue;
    const names = [];
    for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += EF) if (edgeTypes[edges[e + eType]] === 'property') names.push(strings[edges[e + eName]]);
    const k = names.join(',').slice(0, 120);
    const x = shapes.get(k) ?? [0, 0, 0];
    x[0] += selfOf(v);
    x[1] += retained[v];
    x[2]++;
    shapes.set(k, x);
  }
  console.log(`\nshapes of ${kind} (self MB, retained MB, count):`);
  for (const [k, [s, r, c]] of [...shapes].sort((x, y) => y[1][1] - x[1][1]).slice(0, top)) console.log(`${mb(s)} ${mb(r)} ${String(c).padStart(9)}  {${k}}`);
}

#!/usr/bin/env node
/**
 * Lists the matched quotes whose speaker mention disagrees with the gold (the scorer's pairing:
 * coverage > 0.3, one to one, highest coverage first), grouped by kind of error, so the most
 * frequent kinds can be fixed first.
 *   node dist/cli.js extract DIR --json > pred.json
 *   node scripts/speaker-errors.mjs --gold GOLD.json --pred pred.json [--texts DIR] [--show N] [--kind K]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const gold = JSON.parse(readFileSync(arg('--gold'), 'utf8'));
const pred = JSON.parse(readFileSync(arg('--pred'), 'utf8'));
const textsDir = arg('--texts', null);
const show = Number(arg('--show', '8'));
const onlyKind = arg('--kind', null);

const coverage = (p, g) => { const s = Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start)); return g.end > g.start ? s / (g.end - g.start) : 0; };
const overlaps = (a, b) => !!a && !!b && Math.min(a.end, b.end) > Math.max(a.start, b.start);
function match(ps, gs) {
  const pairs = [];
  ps.forEach((p, i) => gs.forEach((g, j) => { const c = coverage(p, g); if (c > 0.3) pairs.push([c, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const up = new Set(), ug = new Set(), out = [];
  for (const [, i, j] of pairs) { if (up.has(i) || ug.has(j)) continue; up.add(i); ug.add(j); out.push([ps[i], gs[j]]); }
  return out;
}
const word = (s) => (s ?? '').toLowerCase();
const PRON = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'who', 'which']);
function kindOf(p, g) {
  const pm = p.speakerMention, gm = g.speakerMention;
  if (!gm) return 'pred mention, gold none';
  if (!pm) return p.continuation ? 'continuation, gold has mention' : 'no mention, gold has one';
  const gt = word(gm.text), pt = word(pm.text);
  if (PRON.has(gt) && !PRON.has(pt)) return 'gold pronoun, pred other';
  if (PRON.has(pt) && !PRON.has(gt)) return 'pred pronoun, gold other';
  if (Math.abs(pm.start - gm.start) > 300) return 'far apart (other sentence)';
  return 'both, same area, no overlap';
}
const docs = new Map(pred.documents.map((d) => [d.path.split('\\').join('/'), d]));
const find = (p) => { for (const [k, d] of docs) if (k === p || k.endsWith('/' + p) || p.endsWith('/' + k)) return d; return null; };
const kinds = new Map();
let of = 0, right = 0;
for (const gd of gold.documents) {
  const pd = find(gd.path);
  if (!pd) continue;
  const scored = gd.quotes.filter((q) => !q.borderline);
  for (const [p, g] of match(pd.quotes, scored)) {
    of++;
    const ok = g.speakerMention ? overlaps(p.speakerMention, g.speakerMention) : !p.speakerMention || !!p.continuation;
    if (ok) { right++; continue; }
    const k = kindOf(p, g);
    if (!kinds.has(k)) kinds.set(k, []);
    kinds.get(k).push({ path: gd.path, p, g });
  }
}
console.log(`speaker mention ${right}/${of} = ${(100 * right / of).toFixed(1)}%`);
for (const [k, list] of [...kinds].sort((a, b) => b[1].length - a[1].length)) console.log(`${String(list.length).padStart(5)}  ${k}`);
const textOf = (path) => { try { return readFileSync(join(textsDir, path.replace(/^.*texts\//, '')), 'utf8').replace(/^\uFEFF/, ''); } catch { return null; } };
for (const [k, list] of kinds) {
  if (onlyKind && k !== onlyKind) continue;
  console.log(`\n== ${k} (${list.length})`);
  for (const { path, p, g } of list.slice(0, show)) {
    const text = textsDir ? textOf(path) : null;
    const from = Math.min(p.start, g.start, p.speakerMention?.start ?? 1e9, g.speakerMention?.start ?? 1e9);
    const to = Math.max(p.end, g.end);
    const ctx = text ? text.slice(Math.max(0, from - 60), Math.min(to, from + 400)).replace(/\s+/g, ' ') : '';
    console.log(`- ${path} pred=${JSON.stringify(p.speakerMention?.text ?? null)}@${p.speakerMention?.start ?? ''} gold=${JSON.stringify(g.speakerMention?.text ?? null)}@${g.speakerMention?.start ?? ''} cue=${JSON.stringify(p.cue?.text ?? null)}/${JSON.stringify(g.cue?.text ?? null)}`);
    if (ctx) console.log(`    ${ctx}`);
  }
}

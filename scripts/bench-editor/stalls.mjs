#!/usr/bin/env node
// What the extension host ran during its longest stalls, from a `npm run bench:editor -- --cpu-prof DIR`
// run: for every stall the probe logged (timer drift >= --min ms, default 50) inside the CPU profile's
// span, the share of the profiler's samples that were idle, the garbage collector or V8's own work,
// the functions that ran (self time) and those on the stack (total time), and the collections the
// probe's PerformanceObserver saw overlapping it.
//
// On a loaded machine most of a stall's wall time is waiting for a core: --cpu-min MS keeps only the
// stalls during which the thread was on the CPU for MS or more (10 ms ticks), sorted by that time.
//
//   node scripts/bench-editor/stalls.mjs DIR [--run 1] [--min 50] [--cpu-min MS] [--top 8]
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dir = args[0];
if (!dir || dir.startsWith('--')) {
  process.stderr.write('usage: stalls.mjs DIR [--run N] [--min MS] [--top N]\n');
  process.exit(2);
}
const run = option('run', '1');
const min = Number(option('min', 50));
const top = Number(option('top', 8));
const cpuMin = option('cpu-min', undefined) === undefined ? null : Number(option('cpu-min'));

const records = readFileSync(path.join(dir, `run-${run}-probe.jsonl`), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const profiles = records.filter((r) => r.type === 'cpuprof');
if (!profiles.length) throw new Error('the probe log has no cpuprof record: was the run started with --cpu-prof, and did an index complete?');
const out = [];
for (const prof of profiles) out.push(...host(prof));
process.stdout.write(out.join('\n') + '\n');

/** The report on one extension host's profile. */
function host(prof) {
  const own = records.filter((r) => r.pid === prof.pid);
  const started = own.find((r) => r.type === 'start');
  const indexed = own.find((r) => r.type === 'indexed');
  const profile = JSON.parse(readFileSync(prof.file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const frameName = (n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return `${functionName || '(anonymous)'}${url ? ` ${path.basename(url)}:${lineNumber + 1}` : ''}`;
  };
  // sample i covers [times[i], times[i + 1]), in µs of the monotonic clock
  const times = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const toMono = (wallMs) => (wallMs - prof.monoZeroWallMs) * 1000;

  /** Self and total time (ms) per function over the samples in [fromUs, toUs). */
  const attribute = (fromUs, toUs) => {
    const self = new Map();
    const total = new Map();
    let all = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      if (times[i] < fromUs || times[i] >= toUs) continue;
      const ms = ((times[i + 1] ?? profile.endTime) - times[i]) / 1000;
      all += ms;
      const leaf = nodes.get(profile.samples[i]);
      const name = frameName(leaf);
      self.set(name, (self.get(name) ?? 0) + ms);
      const seen = new Set();
      for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
        const f = frameName(nodes.get(id));
        if (seen.has(f)) continue;
        seen.add(f);
        total.set(f, (total.get(f) ?? 0) + ms);
      }
    }
    total.delete('(root)');
    const best = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
    return { all, self: best(self), total: best(total) };
  };

  const inProfile = (wall) => toMono(wall) >= profile.startTime && toMono(wall) <= profile.endTime;
  const stalls = own.filter((r) => r.type === 'stall' && (cpuMin === null ? r.ms >= min : (r.cpuMs ?? 0) >= cpuMin) && inProfile(r.t));
  const order = cpuMin === null ? (s) => s.ms : (s) => (s.cpuMs ?? 0) * 1e6 + s.ms;
  const gcs = own.filter((r) => r.type === 'gc');
  const phase = (wall) =>
    indexed && wall > indexed.t ? `${((wall - indexed.t) / 1000).toFixed(1)} s after the index completed` : `${((wall - started.t) / 1000).toFixed(1)} s after the probe started${indexed ? `, ${((indexed.t - wall) / 1000).toFixed(1)} s before the index completed` : ''}`;
  const lines = [`host ${prof.pid}: ${stalls.length} stall(s) of ${cpuMin === null ? `${min} ms` : `${cpuMin} ms on the CPU`} or more within its CPU profile (${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s)${indexed ? `; index complete ${((indexed.t - started.t) / 1000).toFixed(1)} s after the probe started` : ''}`];
  for (const s of stalls.sort((a, b) => order(b) - order(a))) {
    const startWall = s.t - s.ms - 10;
    const a = attribute(toMono(startWall), toMono(s.t));
    lines.push('', `stall ${s.ms} ms (${s.cpuMs ?? '?'} ms on the CPU), ending ${phase(s.t)}; ${a.all.toFixed(0)} ms sampled`);
    for (const g of gcs.filter((g) => g.end >= startWall && g.end - g.ms <= s.t)) lines.push(`  gc: ${g.kind} ${g.ms} ms, heap ${g.heapMB} MB after`);
    lines.push('  self:');
    for (const [f, ms] of a.self) lines.push(`    ${ms.toFixed(0).padStart(5)} ms  ${f}`);
    lines.push('  on the stack:');
    for (const [f, ms] of a.total) lines.push(`    ${ms.toFixed(0).padStart(5)} ms  ${f}`);
  }
  const bigGc = gcs.filter((g) => g.ms >= min);
  lines.push('', `host ${prof.pid}: collections of ${min} ms or more: ${bigGc.length ? bigGc.map((g) => `${g.kind} ${g.ms} ms (${phase(g.end)}, heap ${g.heapMB} MB)`).join('; ') : 'none'}`, '');
  return lines;
}

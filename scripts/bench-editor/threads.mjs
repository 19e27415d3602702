#!/usr/bin/env node
// How busy each extension host's threads were until its index was complete, from a probe log
// (BENCH_EDITOR_KEEP_PROBE, or --cpu-prof's run-N-probe.jsonl): the CPU time (s) its `mem` records
// give per window of W seconds (default 5) of the main thread, of each thread born after the
// probe started (the indexing workers, and libuv's pool when it first runs), and of the
// threads there from the start but the main one (V8's collector and compiler helpers) together,
// and how many of those articles were filed. A worker well under a core's share while the host
// waits is starved (by the host, the machine, or a job queue left empty).
//   node scripts/bench-editor/threads.mjs PROBE.jsonl [W]
import { readFileSync } from 'node:fs';

const records = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const windowS = Number(process.argv[3] ?? 5);
const s = (ms) => (ms / 1000).toFixed(1).padStart(5);
for (const start of records.filter((r) => r.type === 'start')) {
  const mine = records.filter((r) => r.pid === start.pid);
  const indexed = mine.find((r) => r.type === 'indexed');
  const mems = mine.filter((r) => r.type === 'mem' && r.threadMs && (!indexed || r.t <= indexed.t + 1000));
  if (!mems.length) {
    console.log(`host ${start.pid}: no per-thread CPU in its records`);
    continue;
  }
  const main = String(start.pid);
  const first = new Set(Object.keys(start.threadMs ?? mems[0].threadMs));
  const born = [...new Set(mems.flatMap((m) => Object.keys(m.threadMs)))].filter((t) => !first.has(t));
  console.log(`host ${start.pid}: index complete at ${indexed ? ((indexed.t - start.t) / 1000).toFixed(1) : '?'} s; CPU s per ${windowS} s window`);
  console.log(`${'t (s)'.padStart(6)} articles  main  ${born.map((t) => `t${t}`.padStart(8)).join(' ')}  helpers`);
  const last = { ...(start.threadMs ?? mems[0].threadMs) };
  const totals = { main: 0, helpers: 0 };
  let windowEnd = mems[0].t + windowS * 1000;
  let acc = { main: 0, helpers: 0 };
  const flush = (m) => {
    console.log(`${((m.t - start.t) / 1000).toFixed(0).padStart(6)} ${String(m.articles ?? '').padStart(8)} ${s(acc.main)} ${born.map((t) => s(acc[t] ?? 0).padStart(8)).join(' ')}  ${s(acc.helpers)}`);
    acc = { main: 0, helpers: 0 };
  };
  for (const m of mems) {
    for (const [tid, ms] of Object.entries(m.threadMs)) {
      const d = ms - (last[tid] ?? 0);
      last[tid] = ms;
      const k = tid === main ? 'main' : born.includes(tid) ? tid : 'helpers';
      acc[k] = (acc[k] ?? 0) + d;
      totals[k] = (totals[k] ?? 0) + d;
    }
    if (m.t >= windowEnd) {
      flush(m);
      windowEnd += windowS * 1000;
    }
  }
  flush(mems.at(-1));
  console.log(`${'total'.padStart(6)} ${''.padStart(8)} ${s(totals.main)} ${born.map((t) => s(totals[t] ?? 0).padStart(8)).join(' ')}  ${s(totals.helpers)}`);
}

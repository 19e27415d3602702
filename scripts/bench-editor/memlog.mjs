#!/usr/bin/env node
// Each extension host's memory over time, from a probe log (BENCH_EDITOR_KEEP_PROBE, or --cpu-prof's
// run-N-probe.jsonl): its `mem` records (one a second; every Nth, and each one at which VmHWM rose),
// its major collections of 10 ms or more, and when its index was complete, the edit saved and the
// Events tree walked, in seconds from the host's start. Where a peak falls and what the heap then was.
//   node scripts/bench-editor/memlog.mjs PROBE.jsonl [N]
import { readFileSync } from 'node:fs';

const records = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const every = Number(process.argv[3] ?? 5);
for (const start of records.filter((r) => r.type === 'start')) {
  const mine = records.filter((r) => r.pid === start.pid);
  const at = (t) => ((t - start.t) / 1000).toFixed(1).padStart(6);
  const indexed = mine.find((r) => r.type === 'indexed');
  console.log(`host ${start.pid}: index complete at ${indexed ? at(indexed.t).trim() : '?'} s`);
  let n = 0;
  let hwm = 0;
  for (const r of mine) {
    if (r.type === 'mem') {
      const rose = r.hwmMB > hwm;
      hwm = Math.max(hwm, r.hwmMB);
      if (n++ % every && !rose) continue;
      const s = r.spaces ?? {};
      console.log(`${at(r.t)} articles ${String(r.articles).padStart(5)}  RSS ${r.rssMB}  HWM ${r.hwmMB}${rose ? '*' : ' '}  threads ${r.threads}  heap ${r.heapTotalMB} (used ${r.heapUsedMB}; old ${s.old} new ${s.new} large ${s.large_object} code ${s.code})  external ${r.externalMB}`);
    } else if (r.type === 'gc' && r.kind === 'major') console.log(`${at(r.end ?? r.t)}   major collection ${r.ms} ms, heap after ${r.heapMB} MB`);
    else if (['indexed', 'editSave', 'events'].includes(r.type)) console.log(`${at(r.t)}   ${r.type}`);
  }
}

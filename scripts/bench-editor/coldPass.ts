/**
 * A cold pass replayed in plain Node, without VS Code (session 34, cold34): the real worker script
 * (dist/indexWorker.js) and WorkerPool with the options indexPool gives, every article of the 10k
 * archive sent as a cold pass with a cache folder sends it (tails and search terms left in the
 * workers' tails files), each result taken by PassTails and, unless --no-file, filed into a Corpus
 * with the extension's Settler in HostSlices' turns, then settled. Prints one JSON line: wall
 * seconds (first result, pool done, settled), process CPU, the main thread's CPU, the busiest
 * other threads' CPU (the workers, then V8's helpers), RSS and VmHWM, and the main thread's longest
 * drifts of a 10 ms timer (lagMs) and how many drifted 50 and 20 ms or more (as the extension's
 * probe measures stalls; the replay's turns are not the extension host's).
 *
 *   node esbuild.config.mjs worker coldPass
 *   flock /tmp/bench-editor.lock node dist/coldPass.js [--workers 2] [--n 10164] [--no-file]
 *     [--young 4] [--hgp 30|default] [--inl 460|default] [--flags --v8-flag,…] [--archive DIR]
 *     [--tail 0.4] [--helper-compiles]
 *
 * --hgp and --inl are the heap growth and inlining budget the extension sets (heapGrowth.ts,
 * pass.ts); --flags sets more V8 flags at run time, before the first worker starts. --tail is the
 * pool's bulkTail (0: none) and --helper-compiles has the workers compile on V8's helper threads,
 * not on their own (see workerCompiles.ts).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { WorkerPool } from '../../src/workers/pool';
import { PassTails } from '../../src/vscode/indexing/passTails';
import { Corpus } from '../../src/corpus/corpus';
import { HostSlices, SETTLE_EVERY, Settler } from '../../src/vscode/indexing/hostSlices';
import type { Extracted, IndexJob } from '../../src/vscode/indexing/job';
import { BULK_TAIL, ownCompiles } from '../../src/vscode/indexing/workerCompiles';
import { archiveFiles, flag, option, threadCpuMs } from './replayTools';

const workers = Number(option('--workers', '2'));
const file = !flag('--no-file');
if (option('--hgp', '30') !== 'default') setFlagsFromString(`--heap-growing-percent=${option('--hgp', '30')}`);
if (option('--inl', '460') !== 'default') setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${option('--inl', '460')}`);
for (const f of option('--flags', '').split(',').filter(Boolean)) setFlagsFromString(f);

const files = archiveFiles();

const tailsBase = path.join(tmpdir(), `corpus-nav-coldpass-${process.pid}`);
mkdirSync(tailsBase, { recursive: true });
const tails = new PassTails(tailsBase, () => undefined);
const pool = new WorkerPool<IndexJob, Extracted>({
  script: path.join(__dirname, 'indexWorker.js'),
  size: workers,
  bulkNice: 19,
  depth: 16,
  timeoutMs: () => 20_000,
  resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: Number(option('--young', '4')) },
  idleMs: 10_000,
  bulkJobs: 200,
  bulkTail: Number(option('--tail', String(BULK_TAIL))) || undefined,
  isolateSetup: flag('--helper-compiles') ? undefined : ownCompiles,
});
const host = new HostSlices(8);
const corpus = new Corpus();
const settler = new Settler(host, corpus, SETTLE_EVERY, { changed: () => undefined, eventsChanged: () => undefined });

/** CPU ms of each thread of this process (ended threads keep their last reading, see the sampling below). */
function threadsMs(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of readdirSync('/proc/self/task')) {
    try {
      out[t] = threadCpuMs(t);
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

/** The main thread's event-loop lag: drifts of a 10 ms timer (as the extension's probe measures stalls), ms. */
const lags: number[] = [];
let tick = performance.now();
const lagProbe = setInterval(() => {
  const now = performance.now();
  lags.push(now - tick - 10);
  tick = now;
}, 10);

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const seen: Record<string, number> = {};
const sampling = setInterval(() => Object.assign(seen, threadsMs()), 200);
let firstAt = 0;
const s = (ms: number): number => Math.round(ms / 100) / 10;
void (async () => {
  await Promise.all(
    files.map((f) => {
      tails.send(f);
      return pool.run({ key: f, file: f, maxBytes: 4 << 20, options: {}, termsLater: true, tails: tails.dir }).then((o) =>
        host.run(() => {
          firstAt ||= performance.now() - t0;
          tails.taken(o.ok ? o.value : undefined);
          if (!o.ok || !file) return;
          corpus.upsert(f, o.value.record, o.value.tail?.quotes ?? o.value.record.quotes.length);
          settler.merged();
        }),
      );
    }),
  );
  const poolMs = performance.now() - t0;
  if (file) await settler.settle();
  const settledMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampling);
  clearInterval(lagProbe);
  lags.sort((a, b) => b - a);
  const threads = { ...seen, ...threadsMs() };
  const others = Object.entries(threads)
    .filter(([t]) => t !== String(process.pid))
    .map(([, ms]) => ms)
    .sort((a, b) => b - a);
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
  console.log(
    JSON.stringify({ args: process.argv.slice(2).join(' '), articles: files.length, firstResultS: s(firstAt), poolS: s(poolMs), settledS: s(settledMs), cpuS: s((cpu.user + cpu.system) / 1000), mainS: s(threads[String(process.pid)]), threadsS: others.slice(0, 8).map(s), rssMB: Math.round(process.memoryUsage().rss / 1048576), hwmMB: Math.round(hwm / 1024), lagMs: lags.slice(0, 5).map(Math.round), lags50: lags.filter((l) => l >= 50).length, lags20: lags.filter((l) => l >= 20).length }),
  );
  await pool.dispose();
  tails.dispose();
  rmSync(tailsBase, { recursive: true, force: true });
})();

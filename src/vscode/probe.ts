/**
 * A measurement hook for `npm run bench:editor` (scripts/bench-editor/). It does nothing unless the
 * extension host runs with CORPUS_NAV_PROBE=1; then it appends JSON lines to the file named by
 * CORPUS_NAV_PROBE_OUT (one object per line, `t` in epoch milliseconds so the benchmark can lay
 * them on its own clock, and `pid` the host's, as a reloaded window's host writes to the same file):
 * - `start`: the extension host's pid (the benchmark reads its memory from /proc/PID/status);
 * - `stall`: event-loop lag, the drift of a 10 ms timer, whenever it reaches 5 ms (less the probe's
 *   own work: tree walks, its records' appends, the memory sample), with the CPU time the host's main thread used meanwhile; `beat` once a second;
 * - `indexed`: when the exported API's whenIndexed() resolves, with the article count and the CPU
 *   time (ms) since the probe started of the host's main thread (`hostCpuMs`, 10 ms ticks) and of
 *   the whole process (`processCpuMs`: the indexing workers, the collector's and compiler's threads
 *   too), and that of its busiest other threads (`threadsCpuMs`, since they started): on a shared
 *   machine these tell work from waiting for a core;
 * - `search`: the duration of each call of the index's search function (wrapped in place), and
 *   the main thread's CPU time during it;
 * - `gc`: every garbage collection of the host's heap that took 10 ms or more (kind: major, minor,
 *   incremental, weak), from Node's PerformanceObserver: it tells a collector's pause from the
 *   extension's own work;
 * - `mem`: once a second, the host process's memory: VmRSS, VmHWM and thread count from
 *   /proc/self/status (worker threads included), the main thread's process.memoryUsage() and its
 *   V8 heap spaces (MB), each thread's CPU time so far (ms, by thread id: scripts/bench-editor/threads.mjs
 *   says how busy the workers were), and the index's article count (it stops growing once the corpus settles); what RSS holds beyond the main heap and `external` is the workers' heaps,
 *   malloc and code. With CORPUS_NAV_PROBE_MEM_OUT=FILE the records also go to FILE, which the
 *   benchmark does not delete after a run;
 * - `cpuprof`: with CORPUS_NAV_PROBE_CPUPROF=FILE, the host's main thread is sampled (V8's CPU
 *   profiler through node:inspector, 1 ms) from the start until the first index is complete and
 *   `CPUPROF_TAIL_MS` after, and the profile written to FILE with the host's pid added (a reloaded
 *   window's host writes its own); the record gives the wall-clock
 *   time of the profile's monotonic clock's zero, so scripts/bench-editor/stalls.mjs can say
 *   what ran during each stall; with CORPUS_NAV_PROBE_HEAPPROF=live|old|all too, its allocations
 *   are sampled over the same span into a `.heapprofile` beside it (see the benchmark's README);
 * - `heapsnap`: with CORPUS_NAV_PROBE_HEAPSNAP=DIR (and CORPUS_NAV_PROBE_HEAPSNAP_ARTICLES=N, the
 *   archive's article count), a heap snapshot of each host (what is live: V8 collects first) once
 *   its index holds HEAPSNAP_AT of N articles (a cold pass: near its peak of memory), and one
 *   HEAPSNAP_AFTER_MS after its first index is complete, into DIR (read them with
 *   scripts/bench-editor/heapsnap.mjs); each holds the thread for seconds to a minute, so for
 *   finding what the heap holds, not for timing runs;
 * - `editSave`, `events`: the results of two scenarios the benchmark requests by appending their
 *   names to the file CORPUS_NAV_PROBE_CONTROL: an edit and save of one article timed until the
 *   Actors tree shows the new speaker, and a walk of the whole Events tree (events, duplicate ids).
 * It reads the extension only through its exported API and tree data providers, so it survives
 * rewrites of the index; a missing surface is written as a `note` and reported as n/a.
 */
import * as vscode from 'vscode';
import { appendFileSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance, PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { Session } from 'node:inspector';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { OPEN_SPAN } from './commands/ids';

const TICK_MS = 10;
const STALL_RECORD_MS = 5;
/** Collections shorter than this are not written (a minor one takes a few ms). */
const GC_RECORD_MS = 10;
/** The CPU profile goes on this long after the first index is complete (the cache and search writes that follow). */
const CPUPROF_TAIL_MS = 15_000;
/** Share of the articles filed at the first heap snapshot (see CORPUS_NAV_PROBE_HEAPSNAP). */
const HEAPSNAP_AT = 0.9;
/** The second heap snapshot, this long after the first index is complete (the writers and search done), ms. */
const HEAPSNAP_AFTER_MS = 20_000;
/** How long to wait for the trees to show an edit before giving up (ms). */
const TREE_TIMEOUT_MS = 60_000;
/** Tree walks stop after this many rows: a guard, far above any real corpus's events. */
const WALK_BUDGET = 400_000;

interface Tree {
  onDidChangeTreeData?: vscode.Event<unknown>;
  getChildren(node?: unknown): vscode.ProviderResult<unknown[]>;
  getTreeItem(node: unknown): vscode.TreeItem | Thenable<vscode.TreeItem>;
}

/** The parts of the exported API the probe uses; each may be missing after a rewrite. */
interface ProbedApi {
  whenIndexed?: () => Promise<void>;
  actorsTree?: Tree;
  eventsTree?: Tree;
  index?: { size?: unknown; search?: Record<string, unknown> };
}

const WRAPPED = Symbol('corpusNavigatorProbeWrapped');
/** Time the probe itself kept the thread busy since the last tick (tree walks): not the extension's stall. */
let selfMs = 0;

/** The main thread's stat file, kept open: read at every 10 ms tick, an open and close each time cost twice the read. */
let statFd: number | null | undefined;
const statBuf = Buffer.alloc(1024);

/** User plus system CPU time (ms) in a /proc task stat line (Linux counts it in ticks of 10 ms). */
function statCpuMs(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * CPU time (ms) of the extension host's main thread, or null off Linux: it tells a busy thread from
 * one the machine did not schedule (other processes on a shared machine also delay a timer).
 */
function threadCpuMs(): number | null {
  try {
    statFd ??= openSync(`/proc/self/task/${process.pid}/stat`, 'r');
    if (statFd === null) return null;
    const n = readSync(statFd, statBuf, 0, statBuf.length, 0);
    return statCpuMs(statBuf.toString('latin1', 0, n));
  } catch {
    statFd = null;
    return null;
  }
}

/**
 * CPU time (ms) of each of the process's threads by thread id, the main one included (Linux only,
 * else empty): the indexing workers (threads born after the probe started, ended a second after a
 * pass), the collector's and compiler's helpers. Node names every thread alike, so they are told
 * apart by when they came and by their CPU only.
 */
function threadsCpuMs(): Record<string, number> {
  const out: Record<string, number> = {};
  try {
    for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
      try {
        out[tid] = statCpuMs(readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8'));
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch {
    // not Linux
  }
  return out;
}

/** CPU time (ms) of the process's busiest threads but the main one, largest first (those of 200 ms or more, alive now; see threadsCpuMs). */
function busiestThreads(): number[] {
  return Object.entries(threadsCpuMs())
    .filter(([tid, ms]) => Number(tid) !== process.pid && ms >= 200)
    .map(([, ms]) => ms)
    .sort((a, b) => b - a);
}

/**
 * Runs the probe's own synchronous work (its records' appends, the memory sample's /proc reads)
 * and counts its duration as the probe's, not the extension's: run in the lag timer's phase, it
 * delays the next tick as the extension's work would (the memory sample took 2-30 ms, more on a
 * busy machine, once a second).
 */
function ownNow<T>(work: () => T): T {
  if (inOwnNow) return work();
  inOwnNow = true;
  const t0 = performance.now();
  try {
    return work();
  } finally {
    inOwnNow = false;
    selfMs += performance.now() - t0;
  }
}
let inOwnNow = false;

/** Runs the probe's own work and counts its duration as the probe's, not the extension's. */
async function ownWork<T>(work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    selfMs += performance.now() - t0;
  }
}

/**
 * Starts the probe when CORPUS_NAV_PROBE=1; call it first thing in activate() so the lag probe
 * covers the first index. Returns a disposable that stops the timer and the watcher.
 */
export function startProbe(context: vscode.ExtensionContext): vscode.Disposable {
  if (process.env.CORPUS_NAV_PROBE !== '1') return new vscode.Disposable(() => undefined);
  const out = process.env.CORPUS_NAV_PROBE_OUT || path.join(tmpdir(), `corpus-nav-probe-${process.pid}.jsonl`);
  const write = (record: Record<string, unknown>): void => ownNow(() => appendRecord(out, record));
  write({ type: 'start', pid: process.pid, hostUptimeS: process.uptime(), threadMs: threadsCpuMs() });
  const cpuAtStart = { host: threadCpuMs(), process: process.cpuUsage() };

  let lastCpu = threadCpuMs();
  let last = performance.now();
  let beatMax = 0;
  let beatAt = Date.now();
  const lag = setInterval(() => {
    const now = performance.now();
    const drift = now - last - TICK_MS - selfMs;
    last = now;
    selfMs = 0;
    const cpu = threadCpuMs();
    if (drift >= STALL_RECORD_MS) write({ type: 'stall', ms: Math.round(drift), cpuMs: cpu !== null && lastCpu !== null ? cpu - lastCpu : null });
    lastCpu = cpu;
    beatMax = Math.max(beatMax, drift);
    if (Date.now() - beatAt >= 1000) {
      write({ type: 'beat', maxMs: Math.round(beatMax) });
      beatMax = 0;
      beatAt = Date.now();
    }
  }, TICK_MS);

  const gcKinds: Record<number, string> = {
    [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak',
  };
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.duration < GC_RECORD_MS) continue;
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? -1;
      // entries come after the pause: its end in wall-clock time is when it started plus its duration
      const heapMB = ownNow(() => Math.round(process.memoryUsage().heapUsed / 1048576));
      write({ type: 'gc', ms: Math.round(e.duration), kind: gcKinds[kind] ?? String(kind), end: Math.round(performance.timeOrigin + e.startTime + e.duration), heapMB });
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  // starting V8's profiler holds the thread (20-80 ms seen): the probe's own work, not a stall of the extension's
  const profilerAt = performance.now();
  const profiler = startCpuProfile(write);
  selfMs += performance.now() - profilerAt;
  const snapshots = heapSnapshots(write);
  const memory = setInterval(() => {
    const articles = typeof api?.index?.size === 'number' ? api.index.size : null;
    ownNow(() => sampleMemory(write, articles));
    snapshots?.filed(articles);
  }, 1000);

  let api: ProbedApi | undefined;
  const withApi = async (): Promise<ProbedApi> => {
    for (let i = 0; !api && i < 600; i++) {
      const ext = vscode.extensions.getExtension(context.extension.id);
      if (ext?.isActive) api = (ext.exports ?? {}) as ProbedApi;
      else await sleep(50);
    }
    return api ?? {};
  };

  void withApi().then(async (a) => {
    wrapSearch(a, write);
    if (typeof a.whenIndexed !== 'function') return write({ type: 'note', msg: 'the API has no whenIndexed(): index completion only from the log' });
    try {
      await a.whenIndexed();
      const host = threadCpuMs();
      const used = process.cpuUsage(cpuAtStart.process);
      write({
        type: 'indexed',
        articles: typeof a.index?.size === 'number' ? a.index.size : null,
        hostCpuMs: host !== null && cpuAtStart.host !== null ? host - cpuAtStart.host : null,
        processCpuMs: Math.round((used.user + used.system) / 1000),
        threadsCpuMs: busiestThreads(),
      });
      if (profiler) setTimeout(profiler.stop, CPUPROF_TAIL_MS);
      snapshots?.indexed();
    } catch (e) {
      write({ type: 'note', msg: `whenIndexed() failed: ${(e as Error).message}` });
    }
    wrapSearch(a, write);
  });

  // the benchmark asks for the two scenarios by appending their names to a control file
  const run = async (what: string): Promise<void> => {
    const a = await withApi();
    if (what === 'editSave') write({ type: 'editSave', ...(await editAndSave(a).catch((e: Error) => ({ error: e.message }))) });
    else if (what === 'events') write({ type: 'events', ...(await ownWork(() => walkEvents(a)).catch((e: Error) => ({ error: e.message }))) });
    wrapSearch(a, write);
  };
  const control = process.env.CORPUS_NAV_PROBE_CONTROL;
  let watcher: FSWatcher | undefined;
  if (control) {
    // requests made before this host started (a reload) are not this host's
    let offset = existsSync(control) ? statSync(control).size : 0;
    try {
      watcher = watch(control, () => {
        const text = readFileSync(control, 'utf8');
        const requests = text.slice(offset).split('\n').filter(Boolean);
        offset = text.length;
        for (const r of requests) void run(r.trim());
      });
    } catch (e) {
      write({ type: 'note', msg: `cannot watch the control file: ${(e as Error).message}` });
    }
  }
  return new vscode.Disposable(() => {
    clearInterval(lag);
    clearInterval(memory);
    gcObserver.disconnect();
    profiler?.stop();
    watcher?.close();
  });
}

const mb = (bytes: number): number => Math.round(bytes / 1048576);

/** Writes one `mem` record (see the file's comment); off Linux without the /proc figures. */
function sampleMemory(write: (r: Record<string, unknown>) => void, articles: number | null): void {
  const status: Record<string, number> = {};
  try {
    for (const m of readFileSync('/proc/self/status', 'utf8').matchAll(/^(VmRSS|VmHWM|Threads):\s+(\d+)/gm)) status[m[1]] = Number(m[2]);
  } catch {
    // not Linux
  }
  const u = process.memoryUsage();
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ''), mb(s.space_size)]));
  const record = {
    type: 'mem', articles, rssMB: status.VmRSS !== undefined ? Math.round(status.VmRSS / 1024) : mb(u.rss), hwmMB: status.VmHWM !== undefined ? Math.round(status.VmHWM / 1024) : null, threads: status.Threads ?? null,
    heapTotalMB: mb(u.heapTotal), heapUsedMB: mb(u.heapUsed), externalMB: mb(u.external), arrayBuffersMB: mb(u.arrayBuffers), spaces,
    threadMs: threadsCpuMs(),
  };
  write(record);
  const extra = process.env.CORPUS_NAV_PROBE_MEM_OUT;
  if (extra) appendRecord(extra, record);
}

/**
 * The heap snapshots of CORPUS_NAV_PROBE_HEAPSNAP (see the file's comment), or null without it:
 * `filed` is told the index's article count once a second, `indexed` when the first index is complete.
 */
function heapSnapshots(write: (r: Record<string, unknown>) => void): { filed(articles: number | null): void; indexed(): void } | null {
  const dir = process.env.CORPUS_NAV_PROBE_HEAPSNAP;
  if (!dir) return null;
  const expected = Number(process.env.CORPUS_NAV_PROBE_HEAPSNAP_ARTICLES ?? 0);
  let taken = 0;
  let indexed = false;
  const take = (name: string): void => {
    const t0 = performance.now();
    try {
      const file = writeHeapSnapshot(path.join(dir, `${name}-${process.pid}.heapsnapshot`));
      write({ type: 'heapsnap', file, ms: Math.round(performance.now() - t0) });
    } catch (e) {
      write({ type: 'note', msg: `no heap snapshot: ${(e as Error).message}` });
    }
    selfMs += performance.now() - t0;
  };
  return {
    filed: (articles) => {
      if (taken || indexed || !expected || articles === null || articles < expected * HEAPSNAP_AT) return;
      taken++;
      take('filing');
    },
    indexed: () => {
      if (indexed) return;
      indexed = true;
      setTimeout(() => take('settled'), HEAPSNAP_AFTER_MS);
    },
  };
}

/** Appends one record to `file` as a JSON line, stamped with the time (epoch ms) and the host's pid; never throws. */
function appendRecord(file: string, record: Record<string, unknown>): void {
  try {
    appendFileSync(file, JSON.stringify({ t: Date.now(), pid: process.pid, ...record }) + '\n');
  } catch {
    // a probe must never take the extension down
  }
}

/**
 * Starts V8's sampling CPU profiler on the host's main thread when CORPUS_NAV_PROBE_CPUPROF names
 * a file; `stop` writes the profile there (once) and a `cpuprof` record. The profile's times are
 * microseconds of the monotonic clock that process.hrtime reads: the record pairs its zero with
 * the wall clock.
 */
function startCpuProfile(write: (r: Record<string, unknown>) => void): { stop: () => void } | null {
  const named = process.env.CORPUS_NAV_PROBE_CPUPROF;
  if (!named) return null;
  // a reloaded window's host gets the same environment: each host its own file
  const file = named.replace(/(\.cpuprofile)?$/, `-${process.pid}$1`);
  const session = new Session();
  // CORPUS_NAV_PROBE_HEAPPROF: 'all' (every allocation sampled), 'old' (those the young collections did not free) or 'live' (those still live at the end)
  const heapSampling = process.env.CORPUS_NAV_PROBE_HEAPPROF;
  let stopped = false;
  try {
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 1000 });
    session.post('Profiler.start');
    // allocations sampled, the garbage's too: where the heap's growth between collections comes from
    if (heapSampling) session.post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: heapSampling !== 'live', includeObjectsCollectedByMinorGC: heapSampling === 'all' });
  } catch (e) {
    write({ type: 'note', msg: `no CPU profile: ${(e as Error).message}` });
    return null;
  }
  return {
    stop: () => {
      if (stopped) return;
      stopped = true;
      // the monotonic clock's zero in wall-clock ms, read as close together as two calls can be
      const monoZeroWallMs = Date.now() - Number(process.hrtime.bigint() / 1000n) / 1000;
      // stopping (V8 serialises the profile) and writing it hold the thread: the probe's own work, not a stall of the extension's
      const stoppedAt = performance.now();
      let returned = false;
      if (heapSampling) {
        session.post('HeapProfiler.stopSampling', (err, result) => {
          if (err) write({ type: 'note', msg: `heap profile failed: ${err.message}` });
          else writeFileSync(file.replace(/\.cpuprofile$/, '.heapprofile'), JSON.stringify(result.profile));
        });
      }
      session.post('Profiler.stop', (err, result) => {
        const wroteAt = performance.now();
        if (err) write({ type: 'note', msg: `CPU profile failed: ${err.message}` });
        else {
          writeFileSync(file, JSON.stringify(result.profile));
          write({ type: 'cpuprof', pid: process.pid, file, monoZeroWallMs });
        }
        session.disconnect();
        // (a callback during post() itself is counted with it, below)
        if (returned) selfMs += performance.now() - wroteAt;
      });
      returned = true;
      selfMs += performance.now() - stoppedAt;
    },
  };
}

/** Times every call of the index's search function (awaiting it if it returns a promise). */
function wrapSearch(a: ProbedApi, write: (r: Record<string, unknown>) => void): void {
  const search = a.index?.search;
  const fn = search?.search;
  if (!search || typeof fn !== 'function') return write({ type: 'note', msg: 'the index has no search.search(): search timed from the browser only' });
  if ((fn as { [WRAPPED]?: boolean })[WRAPPED]) return;
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    const t0 = performance.now();
    const cpu0 = threadCpuMs();
    const done = (): void => {
      const cpu = threadCpuMs();
      write({ type: 'search', q: String(args[0]).slice(0, 80), ms: +(performance.now() - t0).toFixed(2), cpuMs: cpu !== null && cpu0 !== null ? cpu - cpu0 : null });
    };
    const result = (fn as (...a: unknown[]) => unknown).apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
    else done();
    return result;
  };
  Object.defineProperty(wrapped, WRAPPED, { value: true });
  search.search = wrapped;
}

const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

const description = (item: vscode.TreeItem): string => (typeof item.description === 'string' ? item.description : '');

/**
 * What the Actors tree shows of an edit: whether a top row or one of their children (actors under
 * kind groups, on their first pages) has a label containing `text`, and the top rows' labels and
 * descriptions (the groups' counts), which change when an actor comes or goes even where paging
 * hides the actor's own row.
 */
async function treeState(tree: Tree, text: string): Promise<{ shows: boolean; top: string }> {
  const roots = (await tree.getChildren()) ?? [];
  const items = await Promise.all(roots.map((n) => tree.getTreeItem(n)));
  const top = items.map((i) => `${label(i)}|${description(i)}`).join('\n');
  if (items.some((i) => label(i).includes(text))) return { shows: true, top };
  for (let k = 0; k < roots.length; k++) {
    if (!items[k].collapsibleState) continue;
    for (const child of (await tree.getChildren(roots[k])) ?? []) if (label(await tree.getTreeItem(child)).includes(text)) return { shows: true, top };
  }
  return { shows: false, top };
}

/**
 * Appends a quotation by a new person (CORPUS_NAV_PROBE_NAME) to one article
 * (CORPUS_NAV_PROBE_EDIT, an absolute path), saves at once, and times from the save until the
 * Actors tree shows that person (its row, or its group's count changed); then removes it again,
 * saves, and times until the tree is as before. The tree is checked after each of its change
 * events, outside the event's own call.
 */
async function editAndSave(a: ProbedApi): Promise<Record<string, unknown>> {
  const file = process.env.CORPUS_NAV_PROBE_EDIT;
  const name = process.env.CORPUS_NAV_PROBE_NAME || 'Ottilie Vandermeer';
  const tree = a.actorsTree;
  if (!file) return { error: 'CORPUS_NAV_PROBE_EDIT is not set' };
  if (!tree?.onDidChangeTreeData) return { error: 'the API exposes no actorsTree with onDidChangeTreeData' };
  const surname = name.split(' ').at(-1)!;
  const uri = vscode.Uri.file(file);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  await sleep(1000);
  const original = doc.getText();
  const before = await ownWork(() => treeState(tree, surname));
  const addition = `\n\n“We will rebuild the harbour bridge before the winter storms,” said ${name}, the mayor of Port Wexley.\n`;

  /** Runs `change` and saves; resolves with the ms from the save to the first tree change after which the tree is as wanted. */
  const timeUntilTree = async (want: boolean, change: () => Promise<void>): Promise<Record<string, unknown>> => {
    let fires = 0;
    let settled: (v: Record<string, unknown>) => void = () => undefined;
    const result = new Promise<Record<string, unknown>>((r) => (settled = r));
    let t0 = 0;
    let checking = false;
    /** A change event that came while a check ran: checked next, timed from its own moment. */
    let again: number | null = null;
    const check = async (firedAt: number): Promise<void> => {
      if (checking) return void (again = firedAt);
      checking = true;
      try {
        const now = await ownWork(() => treeState(tree, surname));
        const done = want ? now.shows || now.top !== before.top : !now.shows && now.top === before.top;
        if (done) return settled({ ms: firedAt - t0, fires, via: now.shows ? 'row' : 'count' });
      } finally {
        checking = false;
      }
      if (again !== null) {
        const at = again;
        again = null;
        void check(at);
      }
    };
    const sub = tree.onDidChangeTreeData!(() => {
      fires++;
      const firedAt = Date.now();
      if (t0) setTimeout(() => void check(firedAt), 0);
    });
    const timer = setTimeout(() => settled({ error: `the Actors tree did not ${want ? 'show' : 'drop'} “${name}” (row or group count) within ${TREE_TIMEOUT_MS / 1000} s (${fires} change events)` }), TREE_TIMEOUT_MS);
    try {
      await change();
      t0 = Date.now();
      await doc.save();
      const saveMs = Date.now() - t0;
      return { ...(await result), saveMs };
    } finally {
      clearTimeout(timer);
      sub.dispose();
    }
  };

  const add = await timeUntilTree(true, async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, doc.positionAt(original.length), addition);
    await vscode.workspace.applyEdit(edit);
  });
  await sleep(1500);
  const revert = await timeUntilTree(false, async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    await vscode.workspace.applyEdit(edit);
  });
  await sleep(1500);
  return { saveToTreesMs: add.ms ?? null, revertToTreesMs: revert.ms ?? null, saveCallMs: add.saveMs, fires: add.fires, seenBy: add.via, error: add.error ?? revert.error };
}

/** A "Show more… (N more)" row of a paged list: how many rows it stands for, else null. */
function moreRows(item: vscode.TreeItem): number | null {
  if (item.collapsibleState || !item.command || item.command.command === OPEN_SPAN) return null;
  const m = /\(([\d,]+) more\)/.exec(label(item));
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

/**
 * Walks the whole Events tree as the workbench would on expanding every row: an event is a row
 * whose children are passages (rows that open a span), perhaps with a "Show more…" row; events
 * behind a "Show more…" row among events are counted from its label, as a user reaches them by
 * clicking it. Ids must be unique over every row, or VS Code refuses to render the tree.
 */
async function walkEvents(a: ProbedApi): Promise<Record<string, unknown>> {
  const tree = a.eventsTree;
  if (!tree) return { error: 'the API exposes no eventsTree' };
  const t0 = Date.now();
  const ids = new Map<string, number>();
  let rows = 0;
  let events = 0;
  let behindMore = 0;
  let passages = 0;
  let withoutId = 0;
  type Kind = 'passage' | 'more' | 'event' | 'other';
  const visit = async (node: unknown | undefined, depth: number): Promise<{ kind: Kind; more: number }> => {
    if (node !== undefined) {
      const item = await tree.getTreeItem(node);
      rows++;
      if (item.id === undefined) withoutId++;
      else ids.set(item.id, (ids.get(item.id) ?? 0) + 1);
      if (!item.collapsibleState) {
        const more = moreRows(item);
        if (more !== null) return { kind: 'more', more };
        if (item.command?.command === OPEN_SPAN) passages++;
        return { kind: item.command?.command === OPEN_SPAN ? 'passage' : 'other', more: 0 };
      }
    }
    if (depth > 5 || rows > WALK_BUDGET) return { kind: 'other', more: 0 };
    const children = await Promise.all(((await tree.getChildren(node)) ?? []).map((c) => visit(c, depth + 1)));
    const kinds = new Set(children.map((c) => c.kind));
    if (kinds.has('event')) behindMore += children.filter((c) => c.kind === 'more').reduce((n, c) => n + c.more, 0);
    if (node !== undefined && kinds.has('passage') && [...kinds].every((k) => k === 'passage' || k === 'more')) {
      events++;
      return { kind: 'event', more: 0 };
    }
    return { kind: 'other', more: 0 };
  };
  await visit(undefined, 0);
  const duplicates = [...ids].filter(([, n]) => n > 1);
  return { rows, events: events + behindMore, onFirstPages: events, behindMore, passages, withoutId, duplicateIds: duplicates.length, duplicateExample: duplicates[0]?.[0] ?? null, walkMs: Date.now() - t0 };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

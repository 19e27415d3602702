/**
 * A measurement hook for `npm run bench:editor` (scripts/bench-editor/). It does nothing unless the
 * extension host runs with CORPUS_NAV_PROBE=1; then it appends JSON lines to the file named by
 * CORPUS_NAV_PROBE_OUT (one object per line, `t` in epoch milliseconds so the benchmark can lay
 * them on its own clock):
 * - `start`: the extension host's pid (the benchmark reads its memory from /proc/PID/status);
 * - `stall`: event-loop lag, the drift of a 10 ms timer, whenever it reaches 5 ms (less the probe's
 *   own tree walks), with the CPU time the host's main thread used meanwhile; `beat` once a second;
 * - `indexed`: when the exported API's whenIndexed() resolves, with the article count;
 * - `search`: the duration of each call of the index's search function (wrapped in place), and
 *   the main thread's CPU time during it;
 * - `editSave`, `events`: the results of two scenarios the benchmark requests by appending their
 *   names to the file CORPUS_NAV_PROBE_CONTROL: an edit and save of one article timed until the
 *   Actors tree shows the new speaker, and a walk of the whole Events tree (events, duplicate ids).
 * It reads the extension only through its exported API and tree data providers, so it survives
 * rewrites of the index; a missing surface is written as a `note` and reported as n/a.
 */
import * as vscode from 'vscode';
import { appendFileSync, existsSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const TICK_MS = 10;
const STALL_RECORD_MS = 5;
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

/**
 * CPU time (ms) of the extension host's main thread, or null off Linux: it tells a busy thread from
 * one the machine did not schedule (other processes on a shared machine also delay a timer).
 * Linux counts it in ticks of 10 ms.
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

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
  const write = (record: Record<string, unknown>): void => {
    try {
      appendFileSync(out, JSON.stringify({ t: Date.now(), ...record }) + '\n');
    } catch {
      // a probe must never take the extension down
    }
  };
  write({ type: 'start', pid: process.pid, hostUptimeS: process.uptime() });

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
      write({ type: 'indexed', articles: typeof a.index?.size === 'number' ? a.index.size : null });
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
    watcher?.close();
  });
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

/**
 * Whether a row of `tree` has a label containing `text`, level by level: the top rows, their
 * children (actors under kind groups), and a third level only when the second is small enough to
 * be groups or pages rather than actors (expanding every actor would cost more than the refresh).
 */
async function treeShows(tree: Tree, text: string): Promise<boolean> {
  let level: unknown[] = (await tree.getChildren()) ?? [];
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const items = await Promise.all(level.map((n) => tree.getTreeItem(n)));
    if (items.some((item) => label(item).includes(text))) return true;
    if (depth === 1 && level.length > 1000) return false;
    const next: unknown[] = [];
    for (let i = 0; i < level.length && next.length < WALK_BUDGET; i++) if (items[i].collapsibleState) next.push(...((await tree.getChildren(level[i])) ?? []));
    level = next;
  }
  return false;
}

/**
 * Appends a quotation by a new person (CORPUS_NAV_PROBE_NAME) to one article
 * (CORPUS_NAV_PROBE_EDIT, an absolute path), saves at once, and times from the save until the
 * Actors tree shows that person; then removes it again, saves, and times until the tree no longer
 * does. The tree is checked after each of its change events, outside the event's own call.
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
  const addition = `\n\n“We will rebuild the harbour bridge before the winter storms,” said ${name}, the mayor of Port Wexley.\n`;

  /** Runs `change`, then resolves with the ms from `from()` to the first tree change after which the tree shows (or no longer shows) the name. */
  const timeUntilTree = async (want: boolean, change: () => Promise<void>): Promise<Record<string, unknown>> => {
    let fires = 0;
    let settled: (v: Record<string, unknown>) => void = () => undefined;
    const result = new Promise<Record<string, unknown>>((r) => (settled = r));
    let t0 = 0;
    let checking = false;
    let again = false;
    const check = async (firedAt: number): Promise<void> => {
      if (checking) return void (again = true);
      checking = true;
      try {
        if ((await ownWork(() => treeShows(tree, surname))) === want) return settled({ ms: firedAt - t0, fires });
      } finally {
        checking = false;
      }
      if (again) {
        again = false;
        void check(Date.now());
      }
    };
    const sub = tree.onDidChangeTreeData!(() => {
      fires++;
      const firedAt = Date.now();
      if (t0) setTimeout(() => void check(firedAt), 0);
    });
    const timer = setTimeout(() => settled({ error: `the Actors tree did not ${want ? 'show' : 'drop'} “${name}” within ${TREE_TIMEOUT_MS / 1000} s (${fires} change events)` }), TREE_TIMEOUT_MS);
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
  return { saveToTreesMs: add.ms ?? null, revertToTreesMs: revert.ms ?? null, saveCallMs: add.saveMs, fires: add.fires, error: add.error ?? revert.error };
}

/**
 * Walks the whole Events tree as the workbench would on expanding every row: an event is a row
 * whose children are all passages (rows with a command and no children); ids must be unique over
 * every row, or VS Code refuses to render the tree.
 */
async function walkEvents(a: ProbedApi): Promise<Record<string, unknown>> {
  const tree = a.eventsTree;
  if (!tree) return { error: 'the API exposes no eventsTree' };
  const t0 = Date.now();
  const ids = new Map<string, number>();
  let rows = 0;
  let events = 0;
  let passages = 0;
  let withoutId = 0;
  const visit = async (node: unknown | undefined, depth: number): Promise<'passage' | 'other'> => {
    let item: vscode.TreeItem | undefined;
    if (node !== undefined) {
      item = await tree.getTreeItem(node);
      rows++;
      if (item.id === undefined) withoutId++;
      else ids.set(item.id, (ids.get(item.id) ?? 0) + 1);
      if (!item.collapsibleState) {
        if (item.command) passages++;
        return item.command ? 'passage' : 'other';
      }
    }
    if (depth > 5 || rows > WALK_BUDGET) return 'other';
    const children = (await tree.getChildren(node)) ?? [];
    let allPassages = children.length > 0;
    for (const c of children) if ((await visit(c, depth + 1)) !== 'passage') allPassages = false;
    if (node !== undefined && allPassages) events++;
    return 'other';
  };
  await visit(undefined, 0);
  const duplicates = [...ids].filter(([, n]) => n > 1);
  return { rows, events, passages, withoutId, duplicateIds: duplicates.length, duplicateExample: duplicates[0]?.[0] ?? null, walkMs: Date.now() - t0 };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

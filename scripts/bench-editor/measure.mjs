// One run of the editor benchmark: open the archive in a fresh code-server (cold), reload the
// window (warm), edit and save an article, type searches letter by letter, walk the Events tree.
// Every row that fails is recorded with its reason; the run goes on with the next row.
import { appendFileSync, copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ProbeLog, descendantsRssMb, openSession, procMemory } from './session.mjs';

/** Queries a user of a US political news archive types, letter by letter. */
export const QUERIES = ['trump', 'health care', 'supreme court', 'iran deal', 'clinton said'];
/** The person each run's edit adds (a new name each run, so no run meets another's leftovers). */
const EDIT_NAMES = ['Ottilie Vandermeer', 'Casimir Oyelowo', 'Leopoldine Marchetti', 'Bartholomew Quillfeather', 'Seraphina Okafor'];
/** The extension's closing log line of an index pass (with or without a parenthesis on the cache). */
const INDEX_LINE = /Indexed (\d+) article\(s\)(?: \(([^)]*)\))?: (\d+) actors, (\d+) quotes, (\d+) events; (\d+) skipped; (\d+) ms/;
const indexLine = (line) => {
  const m = INDEX_LINE.exec(line);
  return m && { articles: +m[1], detail: m[2] ?? '', actors: +m[3], quotes: +m[4], events: +m[5], skipped: +m[6], ms: +m[7] };
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const EXTENSION_ID = 'corpus-navigator.corpus-navigator';

/** p-th percentile (0–100) by nearest rank. */
export function percentile(values, p) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Waits for the index to complete in the host whose probe `start` record is `start`: the probe's
 * `indexed` record (the API's whenIndexed()), else a new "Indexed N article(s)" line in the log.
 */
async function waitIndexed(session, log, start, timeoutMs, logLinesBefore) {
  const from = log.records.indexOf(start);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const rec = await log.waitFor((r) => r.type === 'indexed', 500, from);
    if (rec) return { t: rec.t, articles: rec.articles, hostCpuMs: rec.hostCpuMs, processCpuMs: rec.processCpuMs, threadsCpuMs: rec.threadsCpuMs, via: 'probe' };
    const lines = session.extensionLog().filter((l) => INDEX_LINE.test(l));
    if (lines.length > logLinesBefore && log.records.slice(from).some((r) => r.type === 'note' && /whenIndexed/.test(r.msg))) return { t: Date.now(), articles: Number(INDEX_LINE.exec(lines.at(-1))[1]), via: 'log' };
  }
  return null;
}

/**
 * The longest stall the probe saw overlapping [from, to] (a stall at t of ms covers [t - ms - 10, t]):
 * wall-clock, and the part of it the host's thread spent on the CPU (busy, not waiting for a core).
 */
function stallIn(log, from, to) {
  let wall = 0;
  let busy = 0;
  for (const r of log.of('stall')) {
    if (r.t < from || r.t - r.ms - 10 > to) continue;
    wall = Math.max(wall, r.ms);
    if (typeof r.cpuMs === 'number') busy = Math.max(busy, Math.min(r.ms, r.cpuMs));
  }
  return { wall, busy };
}

/** One run; `run` numbers it (1-based). Returns the figures and the reasons for any n/a. */
export async function measureRun({ run, archive, editFile, indexTimeoutS, cpuProfDir, log: say }) {
  const probeFile = path.join(tmpdir(), `corpus-bench-probe-${process.pid}-${run}.jsonl`);
  const name = EDIT_NAMES[(run - 1) % EDIT_NAMES.length];
  const control = `${probeFile}.control`;
  writeFileSync(control, '');
  const request = (what) => appendFileSync(control, `${what}\n`);
  const backup = `${probeFile}.orig`;
  copyFileSync(editFile, backup);
  const r = { run, notes: [], windows: [] };
  const fail = (row, why) => {
    r.notes.push(`${row}: ${why}`);
    say(`  run ${run}: ${row}: n/a (${why})`);
  };
  let session;
  const log = new ProbeLog(probeFile);
  const peaks = new Map();
  /** Per host pid: when its VmHWM last rose (epoch ms) and its threads then (the index's workers are threads of it). */
  const peakSeen = new Map();
  let childrenPeak = 0;
  let ticks = 0;
  const sampler = setInterval(() => {
    const pids = log.of('start').map((x) => x.pid);
    for (const pid of pids) {
      const m = procMemory(pid);
      if (!m) continue;
      if (m.hwmMb > (peaks.get(pid) ?? 0)) peakSeen.set(pid, { t: Date.now(), threads: m.threads });
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, m.hwmMb));
    }
    // once a second: processes the host may have started (threads are already in its own figure)
    if (++ticks % 4 === 0 && pids.length) childrenPeak = Math.max(childrenPeak, descendantsRssMb(pids.at(-1)));
  }, 250);
  try {
    const env = { CORPUS_NAV_PROBE: '1', CORPUS_NAV_PROBE_OUT: probeFile, CORPUS_NAV_PROBE_CONTROL: control, CORPUS_NAV_PROBE_EDIT: editFile, CORPUS_NAV_PROBE_NAME: name };
    // each extension host's CPU profile (the probe adds the host's pid to the name)
    if (cpuProfDir) env.CORPUS_NAV_PROBE_CPUPROF = path.join(cpuProfDir, `run-${run}-host.cpuprofile`);
    session = await openSession({ env });
    const { page } = session;
    const logLines = () => session.extensionLog().filter((l) => INDEX_LINE.test(l));

    // cold: a fresh user-data folder holds no cache of the extension's
    const t0 = Date.now();
    await page.goto(session.url(archive));
    const start1 = await log.waitFor((x) => x.type === 'start', 180_000);
    if (!start1) throw new Error('the probe never started: did the extension activate, and was it built with src/vscode/probe.ts?');
    const cold = await waitIndexed(session, log, start1, indexTimeoutS * 1000, 0);
    if (!cold) throw new Error(`cold index did not complete within ${indexTimeoutS} s`);
    r.coldOpenS = (cold.t - t0) / 1000;
    r.coldIndexS = (cold.t - start1.t) / 1000;
    r.indexedArticles = cold.articles;
    // CPU time until then: the host's main thread, and the process (the workers too)
    r.coldHostCpuS = typeof cold.hostCpuMs === 'number' ? cold.hostCpuMs / 1000 : null;
    r.coldProcessCpuS = typeof cold.processCpuMs === 'number' ? cold.processCpuMs / 1000 : null;
    r.windows.push(['cold indexing', start1.t, cold.t]);
    r.coldLog = indexLine(logLines().at(-1) ?? '');
    if (cold.threadsCpuMs) say(`  run ${run}: CPU until indexed: host thread ${cold.hostCpuMs} ms, process ${cold.processCpuMs} ms, busiest other threads ${cold.threadsCpuMs.join(', ')} ms`);
    say(`  run ${run}: open → indexed ${r.coldOpenS.toFixed(1)} s, activation → indexed ${r.coldIndexS.toFixed(1)} s (via ${cold.via})`);
    await sleep(2000);
    // a user works a while before reloading: let whatever the extension stores settle first
    r.storageSettleS = (await session.storageSettled(EXTENSION_ID, 5000, 300_000)) / 1000;

    // warm: reload the window; the new extension host should start from its cache
    const linesBefore = logLines().length;
    const allLinesBefore = session.extensionLog().length;
    const mark = log.records.length;
    const t1 = Date.now();
    try {
      await session.palette('Developer: Reload Window');
      const start2 = await log.waitFor((x) => x.type === 'start' && x.pid !== start1.pid, 180_000, mark);
      if (!start2) throw new Error('no new extension host started after the reload');
      const warm = await waitIndexed(session, log, start2, indexTimeoutS * 1000, linesBefore);
      if (!warm) throw new Error(`warm index did not complete within ${indexTimeoutS} s`);
      r.warmReloadS = (warm.t - t1) / 1000;
      r.warmIndexS = (warm.t - start2.t) / 1000;
      r.windows.push(['warm indexing', start2.t, warm.t]);
      await sleep(500);
      r.warmLog = indexLine(logLines().at(-1) ?? '');
      say(`  run ${run}: reload → indexed ${r.warmReloadS.toFixed(1)} s, activation → indexed ${r.warmIndexS.toFixed(1)} s`);
      // where the warm start's time went, as the extension logs it (cache, snapshot, pass)
      for (const l of session.extensionLog().slice(allLinesBefore)) if (/\d ms\b|dropped/.test(l)) say(`    ${l.replace(/^\S+ \S+ /, '')}`);
    } catch (e) {
      fail('warm index', e.message);
    }
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    try {
      await page.getByRole('tab', { name: /^Corpus/ }).click({ timeout: 30_000 });
    } catch {
      r.notes.push('the Corpus view could not be opened: the trees were timed without being shown');
    }
    await sleep(3000);

    await measureEditSave(request, log, r, fail);
    await measureSearch(session, log, r, fail);
    await measureEvents(session, request, log, r, fail);
    const stalls = r.windows.map(([w, a, b]) => [w, stallIn(log, a, b)]);
    r.stalls = Object.fromEntries(stalls.map(([w, s]) => [w, s.wall]));
    r.maxStallMs = log.of('beat').length && stalls.length ? Math.max(...stalls.map(([, s]) => s.wall)) : null;
    r.maxBusyStallMs = r.maxStallMs === null ? null : Math.max(...stalls.map(([, s]) => s.busy));
  } catch (e) {
    fail('run', e.message);
  } finally {
    clearInterval(sampler);
    for (const { pid } of log.of('start')) {
      const m = procMemory(pid);
      if (m) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, m.hwmMb));
    }
    r.peakHostMB = peaks.size ? Math.max(...peaks.values()) : null;
    r.hostPeaks = [...peaks.values()].map((v) => Math.round(v));
    r.hostPeakWhen = peakWhen(log, peaks, peakSeen);
    r.childrenPeakMB = childrenPeak;
    if (r.peakHostMB === null) r.notes.push('peak memory: no extension-host pid was seen');
    await session?.close();
    copyFileSync(backup, editFile);
    if (cpuProfDir && existsSync(probeFile)) copyFileSync(probeFile, path.join(cpuProfDir, `run-${run}-probe.jsonl`));
    // the probe's log kept for a look at its records (memory once a second, stalls, phases)
    if (process.env.BENCH_EDITOR_KEEP_PROBE && existsSync(probeFile)) copyFileSync(probeFile, `${process.env.BENCH_EDITOR_KEEP_PROBE}-run-${run}.jsonl`);
    for (const f of [backup, control, probeFile]) rmSync(f, { force: true });
  }
  return r;
}

/**
 * Where each host's peak fell: seconds from its index completing (its probe's `indexed` record;
 * negative: during the pass) to the last sample at which its VmHWM rose (250 ms apart), and its
 * threads then against those at its start: the indexing workers are threads of the host, so a
 * peak with them alive is the pass's end, one without them the writes and settling after it.
 */
function peakWhen(log, peaks, peakSeen) {
  log.poll();
  return log.of('start').flatMap(({ pid }) => {
    const seen = peakSeen.get(pid);
    if (!seen || !peaks.has(pid)) return [];
    const indexed = log.records.find((x) => x.type === 'indexed' && x.pid === pid);
    const firstMem = log.records.find((x) => x.type === 'mem' && x.pid === pid && typeof x.threads === 'number');
    return [{ pid, mb: Math.round(peaks.get(pid)), afterIndexedS: indexed ? +((seen.t - indexed.t) / 1000).toFixed(1) : null, threads: seen.threads, threadsAtStart: firstMem?.threads ?? null }];
  });
}

async function measureEditSave(request, log, r, fail) {
  const mark = log.records.length;
  const t = Date.now();
  request('editSave');
  const rec = await log.waitFor((x) => x.type === 'editSave', 240_000, mark);
  r.windows.push(['edit and save', t, rec?.t ?? Date.now()]);
  if (!rec) return fail('save → trees', 'the probe gave no result within 240 s');
  if (typeof rec.saveToTreesMs === 'number') r.saveToTreesMs = rec.saveToTreesMs;
  r.revertToTreesMs = rec.revertToTreesMs ?? null;
  if (rec.error) fail('save → trees', rec.error);
}

async function measureSearch(session, log, r, fail) {
  const { page } = session;
  const inHost = [];
  const onCpu = [];
  const inBrowser = [];
  let missed = 0;
  const t = Date.now();
  try {
    await page.keyboard.press('Escape');
    await session.palette('Corpus Navigator: Search');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await page.evaluate(() => {
      const w = window;
      if (w.__cnBench) return;
      w.__cnBench = { muts: [] };
      new MutationObserver(() => w.__cnBench.muts.push(Date.now())).observe(document.querySelector('.quick-input-list'), { childList: true, subtree: true, characterData: true });
    });
    for (const query of QUERIES) {
      await input.fill('');
      await sleep(400);
      for (let i = 0; i < query.length; i++) {
        const value = query.slice(0, i + 1);
        log.poll();
        const mark = log.records.length;
        const tKey = Date.now();
        await page.keyboard.type(query[i]);
        const rec = await log.waitFor((x) => x.type === 'search' && x.q === value, 20_000, mark);
        if (!rec) {
          missed++;
          continue;
        }
        await sleep(200);
        // every call for this value is the keystroke's cost (e.g. a second, fuzzier try after no hits)
        const calls = log.records.slice(mark).filter((x) => x.type === 'search' && x.q === value);
        inHost.push(calls.reduce((n, x) => n + x.ms, 0));
        if (calls.every((x) => typeof x.cpuMs === 'number')) onCpu.push(calls.reduce((n, x) => n + Math.min(x.ms, x.cpuMs), 0));
        const muts = await page.evaluate(() => window.__cnBench.muts.splice(0));
        const shown = muts.find((m) => m >= rec.t);
        if (shown !== undefined) inBrowser.push(shown - tKey);
      }
    }
    await page.keyboard.press('Escape');
  } catch (e) {
    fail('search', e.message);
  }
  r.windows.push(['search typing', t, Date.now()]);
  r.keystrokes = QUERIES.join('').length;
  r.searchCalls = inHost.length;
  r.searchP95Ms = percentile(inHost, 95);
  r.searchMedianMs = percentile(inHost, 50);
  r.searchCpuP95Ms = percentile(onCpu, 95);
  r.keyToListP95Ms = percentile(inBrowser, 95);
  if (!inHost.length) fail('search', log.of('note').find((n) => /search/.test(n.msg))?.msg ?? 'no search call was seen for any keystroke');
  else if (missed) r.notes.push(`search: ${missed} of ${r.keystrokes} keystrokes ran no search of their own (debounced or dropped)`);
}

async function measureEvents(session, request, log, r, fail) {
  const { page } = session;
  const mark = log.records.length;
  request('events');
  const rec = await log.waitFor((x) => x.type === 'events', 300_000, mark);
  if (!rec) return fail('Events tree', 'the probe gave no result within 300 s');
  if (rec.error) return fail('Events tree', rec.error);
  r.eventsRows = rec.events;
  r.eventsBehindMore = rec.behindMore ?? 0;
  const logged = (r.warmLog ?? r.coldLog)?.events;
  if (typeof logged === 'number' && logged !== rec.events) r.notes.push(`Events tree: ${rec.events} event rows reachable, the log counts ${logged} events`);
  r.eventsDuplicateIds = rec.duplicateIds;
  r.eventsDuplicateExample = rec.duplicateExample;
  r.eventsWalk = rec;
  // what the user sees: the Events pane renders rows, and no "already registered" error
  try {
    const header = page.locator('.pane-header', { hasText: 'Events' }).first();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await sleep(3000);
    const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Events' }) }).first();
    r.eventsUiRows = await pane.locator('.monaco-list-row').count();
    r.eventsUiError = (await page.locator('.notifications-toasts, .notifications-center').filter({ hasText: 'already registered' }).count()) > 0;
  } catch (e) {
    r.notes.push(`Events pane not inspected in the browser: ${e.message.split('\n')[0]}`);
  }
  if (rec.duplicateIds) fail('Events tree', `${rec.duplicateIds} duplicate row id(s), e.g. ${rec.duplicateExample}: VS Code refuses to render such a tree`);
}

// One benchmark session: a fresh code-server (fresh user data, so no extension cache survives from
// an earlier run) with the probe switched on, Debian's Chromium through playwright-core, and
// readers for what the harness measures through: the probe's JSON lines, the extension's log file
// and /proc/PID/status of the extension host.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, startCodeServer } from '../../test/support/codeServer.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The probe's JSON lines, read incrementally from its file. */
export class ProbeLog {
  constructor(file) {
    this.file = file;
    this.records = [];
    this.offset = 0;
    this.partial = '';
  }

  poll() {
    if (!existsSync(this.file)) return;
    const buf = readFileSync(this.file);
    if (buf.length <= this.offset) return;
    const text = this.partial + buf.subarray(this.offset).toString('utf8');
    this.offset = buf.length;
    const lines = text.split('\n');
    this.partial = lines.pop();
    for (const l of lines) {
      try {
        this.records.push(JSON.parse(l));
      } catch {
        // a torn line cannot happen with appendFileSync, but never let one stop the run
      }
    }
  }

  /** Resolves with the first record (after index `from`) that satisfies `test`, or null after `ms`. */
  async waitFor(test, ms, from = 0) {
    const until = Date.now() + ms;
    for (;;) {
      this.poll();
      for (let i = from; i < this.records.length; i++) if (test(this.records[i])) return this.records[i];
      if (Date.now() > until) return null;
      await sleep(50);
    }
  }

  of(type) {
    this.poll();
    return this.records.filter((r) => r.type === type);
  }
}

/** VmHWM and VmRSS of a process in MB, or null once it is gone. */
export function procMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const hwm = kb('VmHWM');
    // a process that has exited but not been reaped (a zombie) has no memory lines
    const threads = Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? NaN);
    return Number.isNaN(hwm) ? null : { hwmMb: hwm / 1024, rssMb: kb('VmRSS') / 1024, threads };
  } catch {
    return null;
  }
}

/** The summed VmRSS in MB of every descendant of `pid` (worker processes, if the extension forks any). */
export function descendantsRssMb(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // the command name is in parentheses and may hold spaces: fields start after the last ')'
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [...(children.get(pid) ?? [])];
  while (stack.length) {
    const p = stack.pop();
    total += procMemory(p)?.rssMb ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** The newest modification time (ms) of any file under `dir`, or 0. */
function newestMtime(dir) {
  let newest = 0;
  let entries = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    try {
      newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
    } catch {
      // a file replaced while we looked
    }
  }
  return newest;
}

/** Every file named `name` under `dir`. */
function findFiles(dir, name, out = []) {
  let entries = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, name, out);
    else if (e.name === name) out.push(p);
  }
  return out;
}

/**
 * Starts code-server and a browser page. `env` reaches the extension host (it inherits
 * code-server's environment). Returns the session's handles and helpers.
 */
export async function openSession({ env }) {
  const server = await startCodeServer({ env });
  const { userData } = server;
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

  return {
    page,
    userData,
    url: (folder) => server.url(folder),
    /** The lines of the extension's own log ("Output → Corpus Navigator"), all sessions so far. */
    extensionLog() {
      return findFiles(path.join(userData, 'logs'), 'Corpus Navigator.log')
        .sort()
        .flatMap((f) => readFileSync(f, 'utf8').split('\n'));
    },
    /**
     * Waits until nothing in the extension's storage folders (its storageUri and globalStorageUri,
     * where a cache lives) has changed for `quietMs`, or `timeoutMs` passed; resolves with the ms
     * waited. A reload right after indexing would otherwise cut a cache write short.
     */
    async storageSettled(extensionId, quietMs, timeoutMs) {
      const t0 = Date.now();
      const folders = () => ['workspaceStorage', 'globalStorage'].flatMap((kind) => {
        const base = path.join(userData, 'User', kind);
        if (kind === 'globalStorage') return [path.join(base, extensionId)];
        try {
          return readdirSync(base).map((w) => path.join(base, w, extensionId));
        } catch {
          return [];
        }
      });
      while (Date.now() - t0 < timeoutMs) {
        const newest = Math.max(0, ...folders().map(newestMtime));
        if (Date.now() - newest >= quietMs) return Date.now() - t0;
        await sleep(500);
      }
      return Date.now() - t0;
    },
    async palette(command) {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      await input.fill(`>${command}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first().waitFor({ timeout: 30_000 });
      await page.keyboard.press('Enter');
    },
    async close() {
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}

// Starts code-server (VS Code from npm, installed by scripts/install-code-server.sh) on a free
// loopback port with scratch settings, and opens its workbench in Debian's Chromium through
// playwright-core. See ../shared/notes/real-vscode.md for why and how.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/node_modules/.bin/code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function haveCodeServer() {
  return existsSync(CODE_SERVER) && existsSync(CHROMIUM);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

// Scratch folders of this run (a workspace holds a 20 MB file): removed when the process exits.
const scratchDirs = new Set();
process.on('exit', () => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder under the system's temporary folder, deleted when this process exits. */
export function scratchDir(prefix) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratchDirs.add(dir);
  return dir;
}

/** A copy of the seeds plus the bad files an extension must survive (deleted when the run ends). */
export function prepareWorkspace() {
  const dir = scratchDir('corpus-ws-');
  cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  mkdirSync(path.join(dir, 'bad'));
  writeFileSync(path.join(dir, 'bad', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(path.join(dir, 'bad', 'latin1.txt'), Buffer.from('Caf\xe9 au lait, d\xe9j\xe0 vu', 'latin1'));
  writeFileSync(path.join(dir, 'bad', 'empty.txt'), '');
  const line = 'The committee met again and discussed the budget at length without any decision. ';
  writeFileSync(path.join(dir, 'bad', 'big.txt'), line.repeat(Math.ceil((20 * 1024 * 1024) / line.length)));
  return dir;
}

/**
 * Starts code-server (on `port`, or a free one); resolves when /healthz answers. With `trust`, the
 * workspace trust feature is on (a folder not trusted opens in Restricted Mode, without a prompt);
 * otherwise it is off and every folder is trusted. `env` is added to the extension host's variables.
 */
export async function startCodeServer({ port: wanted = 0, trust = false, env: extra = {} } = {}) {
  const port = wanted || (await freePort());
  const scratch = scratchDir('corpus-cs-');
  const env = { ...process.env, ...extra, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_DATA_HOME: path.join(scratch, 'data') };
  const userData = path.join(scratch, 'user-data');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  // quiet, predictable workbench: no welcome page, no trust prompt, no extension recommendations;
  // no auto-save (the web workbench saves after a delay by default), so an unsaved edit stays unsaved
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': trust,
      'security.workspace.trust.startupPrompt': 'never',
      'extensions.ignoreRecommendations': true,
      'workbench.tips.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'window.commandCenter': false,
      'editor.wordWrap': 'on',
      'files.autoSave': 'off',
      'workbench.colorTheme': 'Default Dark Modern',
    }),
  );
  const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust']), '--user-data-dir', userData, '--extensions-dir', path.join(scratch, 'extensions')];
  const child = spawn(CODE_SERVER, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  // the tail is enough to say why a start failed; a long benchmark session logs a lot
  const keep = (d) => (output = (output + d).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > until) throw new Error(`code-server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    port,
    base,
    userData,
    /** The workbench URL for a folder, with the extension under development and optionally its tests. */
    url(folder, { tests } = {}) {
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
      const payload = [['extensionDevelopmentPath', remote(ROOT)], ['skipWelcome', 'true']];
      if (tests) payload.push(['extensionTestsPath', remote(tests)]);
      return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    async stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 300));
      rmSync(scratch, { recursive: true, force: true });
      scratchDirs.delete(scratch);
    },
  };
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS.filter((f) => f !== '--headless'), headless: true });
}

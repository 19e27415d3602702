// Runs the extension-host suite (dist/test/vscode/index.js) inside a real VS Code: code-server
// serves the workbench, Chromium runs it, and the extension host runs our mocha suite. The suite
// runs in phases, each a fresh load of the workbench (a window reload: a new extension host):
//   main        the features, edits, a worker stopped on a slow article; ends with the cache written
//   reload      after one article changed on disk: the index starts from the cache, re-extracts one
//   settled     nothing changed since: the settled corpus is restored whole from its snapshot
//   corrupt     after a cache shard was damaged on disk: the cache is dropped, logged and rebuilt
//   restricted  another code-server with workspace trust on, the folder not trusted: Restricted Mode
// The phase is named in a file whose path the extension host gets in CORPUS_NAV_TEST_PHASE_FILE.
import { format } from 'node:util';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, launchBrowser, prepareWorkspace, scratchDir, startCodeServer } from '../support/codeServer.mjs';

const ENTRY = path.join(ROOT, 'dist/test/vscode/index.js');
/** The article the harness changes between the main and the reload phase. */
export const CHANGED_SEED = 'seeds/002_03b1580d72243570.txt';

/** Loads the workbench on `folder` with the suite of `phase`; resolves to { passed, failed, error? }. */
async function runPhase({ browser, server, folder, phase, phaseFile, verbose }) {
  writeFileSync(phaseFile, phase);
  const lines = [];
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    // done when the workbench reports the run's exit code, or when our suite logs its count
    let finish;
    const done = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      lines.push(line);
      if (verbose && !/ENOTFOUND|ERR_NAME_NOT_RESOLVED|open-vsx|404/.test(line)) process.stdout.write(`  [ext-host ${phase}] ${line}\n`);
      if (/vscode-suite: \d+ passed, \d+ failed/.test(line)) setTimeout(() => finish('reported'), 500);
    });
    await page.goto(server.url(folder, { tests: ENTRY }));
    const code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), 240_000).unref())]);
    const summary = lines.map((l) => /vscode-suite: (\d+) passed, (\d+) failed/.exec(l)).find(Boolean);
    if (!summary) return { passed: 0, failed: 1, error: `the ${phase} phase reported no result (exit ${code})` };
    return { passed: Number(summary[1]), failed: Number(summary[2]) };
  } finally {
    await page.close();
  }
}

/** The extension's index cache folder in this server's workspace storage (one workspace is opened). */
function cacheFolder(server) {
  const storage = path.join(server.userData, 'User', 'workspaceStorage');
  for (const ws of readdirSync(storage)) {
    const dir = path.join(storage, ws, 'corpus-navigator.corpus-navigator', 'index-cache');
    try {
      readdirSync(dir);
      return dir;
    } catch {
      // another workspace's storage
    }
  }
  throw new Error(`no index cache under ${storage}`);
}

/** Flips bytes in the middle of every shard: gzip's CRC no longer matches. */
function damageCache(server) {
  const dir = cacheFolder(server);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.gz'))) {
    const bytes = readFileSync(path.join(dir, f));
    for (let i = bytes.length >> 1; i < Math.min(bytes.length, (bytes.length >> 1) + 8); i++) bytes[i] ^= 0xa5;
    writeFileSync(path.join(dir, f), bytes);
  }
}

/** Resolves to { passed, failed, error? } summed over the phases. */
export async function runExtensionHostSuite({ verbose = true } = {}) {
  const phaseFile = path.join(scratchDir('corpus-phase-'), 'phase');
  const env = { CORPUS_NAV_TEST_PHASE_FILE: phaseFile };
  const browser = await launchBrowser();
  const results = [];
  try {
    const server = await startCodeServer({ env });
    const folder = prepareWorkspace();
    try {
      results.push(await runPhase({ browser, server, folder, phase: 'main', phaseFile, verbose }));
      appendFileSync(path.join(folder, CHANGED_SEED), '\n“The harbour stays open,” Minister Lea Sorlie said.\n');
      results.push(await runPhase({ browser, server, folder, phase: 'reload', phaseFile, verbose }));
      results.push(await runPhase({ browser, server, folder, phase: 'settled', phaseFile, verbose }));
      damageCache(server);
      results.push(await runPhase({ browser, server, folder, phase: 'corrupt', phaseFile, verbose }));
    } finally {
      await server.stop();
    }
    const untrusted = await startCodeServer({ env, trust: true });
    try {
      results.push(await runPhase({ browser, server: untrusted, folder: prepareWorkspace(), phase: 'restricted', phaseFile, verbose }));
    } finally {
      await untrusted.stop();
    }
  } catch (e) {
    results.push({ passed: 0, failed: 1, error: (e && e.message) || String(e) });
  } finally {
    await browser.close();
  }
  const errors = results.map((r) => r.error).filter(Boolean);
  return { passed: results.reduce((n, r) => n + r.passed, 0), failed: results.reduce((n, r) => n + r.failed, 0), ...(errors.length ? { error: errors.join('\n') } : {}) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runExtensionHostSuite();
  console.log(`${r.passed} passed, ${r.failed} failed`);
  if (r.error) console.error(r.error);
  process.exitCode = r.failed ? 1 : 0;
}

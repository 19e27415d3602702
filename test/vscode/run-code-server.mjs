// Runs the extension-host suite (dist/test/vscode/index.js) inside a real VS Code: code-server
// serves the workbench, Chromium runs it, and the extension host runs our mocha suite.
import { format } from 'node:util';
import * as path from 'node:path';
import { ROOT, launchBrowser, prepareWorkspace, startCodeServer } from '../support/codeServer.mjs';

/** Resolves to { passed, failed, log }. */
export async function runExtensionHostSuite({ verbose = true } = {}) {
  const server = await startCodeServer();
  const browser = await launchBrowser();
  const workspace = prepareWorkspace();
  const lines = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // done when the workbench reports the run's exit code, or when our suite logs its count
    let finish;
    const done = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      lines.push(line);
      if (verbose && !/ENOTFOUND|ERR_NAME_NOT_RESOLVED|open-vsx|404/.test(line)) process.stdout.write(`  [ext-host] ${line}\n`);
      if (/vscode-suite: \d+ passed, \d+ failed/.test(line)) setTimeout(() => finish('reported'), 500);
    });
    await page.goto(server.url(workspace, { tests: path.join(ROOT, 'dist/test/vscode/index.js') }));
    const code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), 240_000).unref())]);
    const summary = lines.map((l) => /vscode-suite: (\d+) passed, (\d+) failed/.exec(l)).find(Boolean);
    if (!summary) return { passed: 0, failed: 1, error: `the extension-host suite reported no result (exit ${code})` };
    return { passed: Number(summary[1]), failed: Number(summary[2]) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runExtensionHostSuite();
  console.log(`${r.passed} passed, ${r.failed} failed`);
  if (r.error) console.error(r.error);
  process.exitCode = r.failed ? 1 : 0;
}

/**
 * Entry of the extension-host suite, the same contract as @vscode/test-electron's: VS Code loads
 * this module in the real extension host and awaits run(). Used by code-server here and by
 * test-electron on a desktop. The harness names the phase (see run-code-server.mjs) in the file
 * CORPUS_NAV_TEST_PHASE_FILE points to; without one, the main phase runs. The last line it logs is
 * the count the test runner sums.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Suites of the phases after the main one; the main phase runs every other suite of this folder. */
const PHASES: Record<string, string[]> = {
  reload: ['reload.test.js'],
  settled: ['settled.test.js'],
  corrupt: ['corrupt.test.js'],
  restricted: ['restricted.test.js'],
};

/** The main phase: every other compiled suite, indexing.test.js last (it ends by closing the index). */
function mainSuites(): string[] {
  const others = new Set(Object.values(PHASES).flat());
  const files = readdirSync(__dirname).filter((n) => n.endsWith('.test.js') && !others.has(n) && n !== 'indexing.test.js');
  return [...files.sort(), 'indexing.test.js'];
}

function phase(): string {
  const file = process.env.CORPUS_NAV_TEST_PHASE_FILE;
  if (!file) return 'main';
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return 'main';
  }
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  // CORPUS_NAV_TEST_ONLY=editor65.test.js,ui.test.js (in code-server's environment): those suites of the phase alone, for a quick run
  const only = process.env.CORPUS_NAV_TEST_ONLY?.split(',').filter(Boolean);
  const files = (PHASES[phase()] ?? mainSuites()).filter((f) => !only?.length || only.includes(f));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`vscode-suite: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    // each failure's error as it happens: a test that hangs the phase afterwards (the harness then
    // stops it, with no summary) must not hide why the one before it failed
    runner.on('fail', (test, err: Error) => console.log(`vscode-suite failure: ${test.fullTitle()}: ${err.stack ?? err.message}`));
  });
}

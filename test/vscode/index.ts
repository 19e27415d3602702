/**
 * Entry of the extension-host suite, the same contract as @vscode/test-electron's: VS Code loads
 * this module in the real extension host and awaits run(). Used by code-server here and by
 * test-electron on a desktop. The harness names the phase (see run-code-server.mjs) in the file
 * CORPUS_NAV_TEST_PHASE_FILE points to; without one, the main phase runs. The last line it logs is
 * the count the test runner sums.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const PHASES: Record<string, string[]> = {
  main: ['extension.test.js', 'indexing.test.js'],
  reload: ['reload.test.js'],
  corrupt: ['corrupt.test.js'],
  restricted: ['restricted.test.js'],
};

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
  const files = PHASES[phase()] ?? PHASES.main;
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`vscode-suite: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}

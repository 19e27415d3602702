/**
 * Entry of the extension-host suite, the same contract as @vscode/test-electron's: VS Code loads
 * this module in the real extension host and awaits run(). Used by code-server here and by
 * test-electron on a desktop. The last line it logs is the count the test runner sums.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  // every compiled *.test.js of this folder (extension.test.js, ui*.test.js, …)
  for (const f of readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`vscode-suite: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}

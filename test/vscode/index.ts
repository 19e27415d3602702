/**
 * Entry of the extension-host suite, the same contract as @vscode/test-electron's: VS Code loads
 * this module in the real extension host and awaits run(). Used by code-server here and by
 * test-electron on a desktop. The last line it logs is the count the test runner sums.
 */
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`vscode-suite: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}

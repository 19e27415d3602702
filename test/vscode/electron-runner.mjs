// npm run test:electron: the same extension-host suite in desktop VS Code via @vscode/test-electron
// (it downloads VS Code, so it needs a desktop with internet; here code-server runs the suite).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, prepareWorkspace } from '../support/codeServer.mjs';

try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'dist/test/vscode/index.js'),
    launchArgs: [prepareWorkspace(), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
} catch (e) {
  console.error(`test-electron failed: ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
}

// npm start: opens the seeds (or the folder given: npm start -- ~/news) in VS Code with the
// extension loaded. Desktop `code` when it is on the PATH; otherwise a local code-server on
// 127.0.0.1 (installed on first use, which takes about a minute) whose URL it prints. PORT=8080 npm start picks the port (default: a free one).
// Ctrl+C stops code-server and everything it started.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = path.resolve(process.argv[2] ?? path.join(ROOT, 'seeds'));
const say = (line) => console.log(`[npm start] ${line}`);
if (!existsSync(FOLDER) || !statSync(FOLDER).isDirectory()) {
  console.error(`[npm start] ${FOLDER} is no folder: give a folder of articles (npm start -- ~/news), or nothing for the seeds.`);
  process.exit(1);
}

say('Building the extension…');
execFileSync(process.execPath, [path.join(ROOT, 'esbuild.config.mjs'), 'extension'], { stdio: 'inherit', cwd: ROOT });

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.CORPUS_NAV_USE_CODE_SERVER) {
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, FOLDER], { stdio: 'inherit', detached: true }).unref();
  say(`Opened ${FOLDER} in VS Code with Corpus Navigator loaded.`);
} else {
  const { haveCodeServer, startCodeServer } = await import('../test/support/codeServer.mjs');
  if (!haveCodeServer()) say('No desktop VS Code here: installing code-server (VS Code 1.100 from npm) and Chromium into .vscode-test/ — about a minute, once…');
  execFileSync('bash', [path.join(ROOT, 'scripts/setup-test-env.sh')], { stdio: 'inherit' });
  const port = Number(process.env.PORT) || 0;
  say(`Starting code-server on 127.0.0.1${port ? `:${port}` : ' (a free port; set PORT to choose one)'}…`);
  const server = await startCodeServer({ port });
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    say(`Stopping code-server (${signal})…`);
    await server.stop();
    process.exit(0);
  };
  // code-server runs in a process group of its own: stop() ends the whole group
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(signal));
  console.log(`\nCorpus Navigator is running in code-server. Open this URL in a browser:\n\n  ${server.url(FOLDER)}\n\nPress Ctrl+C to stop.`);
  setInterval(() => undefined, 1 << 30);
}

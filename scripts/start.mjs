// npm start: opens the seeds in VS Code with the extension loaded. Desktop `code` when it is on
// the PATH; otherwise a local code-server on 127.0.0.1 (installed on first use) whose URL it prints.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(ROOT, 'seeds');

execFileSync(process.execPath, [path.join(ROOT, 'esbuild.config.mjs'), 'extension'], { stdio: 'inherit', cwd: ROOT });

const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.CORPUS_NAV_USE_CODE_SERVER) {
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, SEEDS], { stdio: 'inherit', detached: true }).unref();
  console.log(`Opened ${SEEDS} in VS Code with Corpus Navigator loaded.`);
} else {
  execFileSync('bash', [path.join(ROOT, 'scripts/setup-test-env.sh')], { stdio: 'inherit' });
  const { startCodeServer } = await import('../test/support/codeServer.mjs');
  const port = Number(process.env.PORT) || 0;
  const server = await startCodeServer({ port });
  console.log(`\nCorpus Navigator is running in code-server. Open this URL in a browser:\n\n  ${server.url(SEEDS)}\n\nPress Ctrl+C to stop.`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

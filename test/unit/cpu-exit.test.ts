import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { loadCorpus } from '../../src/cli/load';
import { writeCorpusJson } from '../../src/cli/extract';
import { analyzeOptions, parseArgs } from '../../src/cli/args';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

/** Runs the command line, its stdout read only after `readAfterMs` (a slow reader: the pipe fills and the writes wait). */
function run(args: string[], readAfterMs = 0): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.pause();
    setTimeout(() => child.stdout.on('data', (b: Buffer) => out.push(b)).resume(), readAfterMs);
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: err }));
  });
}

describe('corpus-nav ends once its output is written (process.exit, not the heap teardown)', () => {
  it('a reader that starts late still gets every byte of extract --json', async function () {
    this.timeout(30_000);
    const r = await run(['extract', '--json', 'seeds'], 500);
    assert.equal(r.code, 0, r.stderr);
    const { corpus } = await loadCorpus([path.join(ROOT, 'seeds')], analyzeOptions(parseArgs([])), () => undefined, (f) => path.relative(ROOT, f));
    const chunks: Buffer[] = [];
    writeCorpusJson(corpus, (b) => chunks.push(Buffer.from(b)));
    // larger than a pipe's buffer (64 KB): the writes had to wait for the reader
    assert.ok(r.stdout.length > 65_536, `${r.stdout.length} bytes`);
    assert.ok(r.stdout.equals(Buffer.concat(chunks)));
  });

  it('keeps the exit codes and the messages on stderr', async function () {
    this.timeout(30_000);
    const unknown = await run(['no-such-command']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command 'no-such-command'\n(.|\n)*usage:/);
    const nothing = await run(['extract', path.join(ROOT, 'no-such-folder-here')]);
    assert.equal(nothing.code, 1);
    assert.match(nothing.stderr, /skipped .*no-such-folder-here: no such file or folder\ncorpus-nav extract: no article could be read\n$/);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout.toString(), /^usage:/);
  });
});

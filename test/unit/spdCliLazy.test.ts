import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { childProcess } from '../../src/cli/benchScaling';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

describe('corpus-nav loads child_process only for bench', () => {
  let dir: string;
  let probe: string;
  before(() => {
    // preloaded into the run: on exit, names which of these Node modules were loaded
    dir = mkdtempSync(path.join(tmpdir(), 'cn-lazy-'));
    probe = path.join(dir, 'probe.js');
    writeFileSync(
      probe,
      `process.on('exit', () => process.stderr.write('loaded:' + ['child_process'].filter((m) => process.moduleLoadList.includes('NativeModule ' + m)).join(',') + '\\n'));`,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const loaded = (...args: string[]): { status: number | null; stdout: string; modules: string[] } => {
    const r = spawnSync(process.execPath, ['--require', probe, CLI, ...args], { encoding: 'utf8', cwd: ROOT });
    const line = /loaded:(.*)/.exec(r.stderr);
    assert.ok(line, r.stderr);
    return { status: r.status, stdout: r.stdout, modules: line[1] ? line[1].split(',') : [] };
  };

  it('extract and --help do not load node:child_process, which only bench needs', () => {
    const extract = loaded('extract', '--json', 'seeds/000_6d5c066a89ae0d63.txt');
    assert.equal(extract.status, 0);
    assert.equal(JSON.parse(extract.stdout).documents.length, 1);
    assert.deepEqual(extract.modules, []);
    const help = loaded('--help');
    assert.match(help.stdout, /corpus-nav export PATH/);
    assert.deepEqual(help.modules, []);
  });

  it('eval and export still run; bench spawns through the module loaded on first use', () => {
    const evaluated = loaded('eval', '--gold', 'test/fixtures/seeds.gold.json', 'seeds/000_6d5c066a89ae0d63.txt');
    assert.equal(evaluated.status, 0);
    assert.match(evaluated.stdout, /speaker accuracy strict/);
    assert.deepEqual(evaluated.modules, []);
    const exported = loaded('export', 'seeds/000_6d5c066a89ae0d63.txt', '--format', 'csv');
    assert.equal(exported.status, 0);
    // (a CSV opens with the UTF-8 byte-order mark Excel needs)
    assert.match(exported.stdout, /^\uFEFFid,path,title/);
    const r = childProcess().spawnSync(process.execPath, ['-e', 'process.stdout.write(String(6 * 7))'], { encoding: 'utf8' });
    assert.equal(r.stdout, '42');
  });
});

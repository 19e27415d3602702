import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const ARTICLE = path.join(ROOT, 'seeds/000_6d5c066a89ae0d63.txt');

describe('corpus-nav launcher (V8 code cache)', () => {
  let dir: string;
  let cache: string;
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(dir, 'cli.js'), ...args], { encoding: 'utf8' });
  const extract = () => run('extract', '--json', ARTICLE);

  beforeEach(() => {
    // a copy of the built command line, so that its cache is this test's own
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-launch-'));
    for (const f of ['cli.js', 'cliMain.js']) copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, f));
    cache = path.join(dir, 'cliMain.js.v8cache');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the cache after an analysing run, and a run that uses it gives the same output', () => {
    const first = extract();
    assert.equal(first.status, 0, first.stderr);
    assert.ok(existsSync(cache), 'no cache after extract');
    const written = statSync(cache).mtimeMs;
    const second = extract();
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout, first.stdout);
    // accepted, so not written again
    assert.equal(statSync(cache).mtimeMs, written);
  });

  it('writes no cache for a run that analyses nothing, or fails', () => {
    assert.equal(run('--help').status, 0);
    assert.ok(!existsSync(cache));
    assert.notEqual(run('extract', '--json', path.join(dir, 'no-such-article.txt')).status, 0);
    assert.ok(!existsSync(cache));
  });

  it('never hands V8 a cache whose data changed, and replaces it', () => {
    const clean = extract().stdout;
    const file = readFileSync(cache);
    // bytes changed deep in V8's data: V8 itself would take them (it keeps no checksum)
    for (let i = 0; i < 64; i++) file[Math.floor(file.length / 2) + i] ^= 0x5a;
    writeFileSync(cache, file);
    const r = extract();
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, clean);
    assert.notDeepEqual(readFileSync(cache), file, 'the changed cache was kept');
  });

  it('does not run an earlier bundle of the same length from its cache', () => {
    assert.equal(extract().status, 0);
    const main = path.join(dir, 'cliMain.js');
    const source = readFileSync(main, 'utf8');
    // the same length, other code: V8 compares only the length
    const changed = source.replaceAll("'direct'", "'DIRECT'").replaceAll('"direct"', '"DIRECT"');
    assert.equal(changed.length, source.length);
    assert.notEqual(changed, source);
    writeFileSync(main, changed);
    const r = extract();
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /"kind":"DIRECT"/);
  });

  it('replaces a damaged cache and still answers right', () => {
    const clean = extract().stdout;
    writeFileSync(cache, Buffer.from('not a V8 code cache at all'));
    const r = extract();
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, clean);
    assert.ok(readFileSync(cache).length > 1000, 'the damaged cache was not replaced');
  });

  it('runs, and leaves nothing behind, where it cannot write the cache', () => {
    // a folder where the cache would go: reading it fails, and so does renaming onto it (root too)
    mkdirSync(cache);
    writeFileSync(path.join(cache, 'keep'), '');
    const r = extract();
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.ok(JSON.parse(r.stdout).documents.length === 1);
    assert.deepEqual(readdirSync(dir).sort(), ['cli.js', 'cliMain.js', 'cliMain.js.v8cache']);
  });
});

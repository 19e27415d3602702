import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** A short article of its own: speakers, places and days vary with `i`, so actors merge across some articles and not others. */
function article(i: number): string {
  const people = ['Ana Ruiz', 'Tom Becker', 'Leila Haddad', 'Jun Takeda', 'Marta Kowalski', 'Ravi Mehta'];
  const towns = ['Springfield', 'Harbourview', 'Elm Row', 'Portland'];
  const days = ['Monday', 'Tuesday', 'Friday'];
  const a = people[i % people.length];
  const b = people[(i * 7 + 3) % people.length];
  return [
    `Council ${i} weighs plan for ${towns[i % towns.length]}`,
    '',
    `Mayor ${a} said on ${days[i % days.length]} that the council would meet again in March.`,
    '',
    `“We will rebuild the bridge number ${i},” ${a.split(' ')[1]} said. “It will take time.”`,
    '',
    `${b}, a county engineer, told reporters the budget was short by ${i} million dollars.`,
  ].join('\n');
}

describe('corpus-nav extract in worker threads', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    // a copy of the built command line (its code cache is this test's own) and a folder of articles
    dir = mkdtempSync(path.join(tmpdir(), 'corpus-workers-'));
    for (const f of ['cli.js', 'cliMain.js']) copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, f));
    const articles = path.join(dir, 'articles');
    require('node:fs').mkdirSync(articles);
    for (let i = 0; i < 130; i++) writeFileSync(path.join(articles, `a${String(i).padStart(3, '0')}.txt`), article(i));
    writeFileSync(path.join(articles, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(path.join(articles, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
    writeFileSync(path.join(articles, 'empty.txt'), '');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(dir, 'cli.js'), ...args], { encoding: 'utf8', cwd: dir });

  it('gives the same output and the same skipped files as one thread, and keeps the code cache a worker made', () => {
    const cache = path.join(dir, 'cliMain.js.v8cache');
    const workers = run('extract', '--json', '--jobs', '2', 'articles');
    assert.equal(workers.status, 0, workers.stderr);
    // the main thread analysed nothing: the cache kept is a worker's, holding the extractor's code
    assert.ok(existsSync(cache), 'no code cache after a run in workers');
    const one = run('extract', '--json', '--jobs', '1', 'articles');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(workers.stdout, one.stdout);
    assert.equal(workers.stderr, one.stderr);
    const out = JSON.parse(workers.stdout);
    assert.equal(out.documents.length, 130);
    // in the order of the files, not of the workers
    assert.deepEqual(
      out.documents.map((d: { path: string }) => d.path),
      [...out.documents.map((d: { path: string }) => d.path)].sort(),
    );
    for (const name of ['binary.txt: binary', 'latin1.txt: not valid UTF-8', 'empty.txt: empty']) assert.ok(workers.stderr.includes(name), workers.stderr);
    const ruiz = out.actors.find((a: { name: string }) => a.name === 'Ana Ruiz');
    assert.ok(ruiz && ruiz.quoteCount > 0, 'Ana Ruiz is one actor with her quotes');
    assert.ok(readFileSync(cache).length > 100_000, 'the cache holds the extractor');
  });

  it('eval in workers scores as in one thread', () => {
    const gold = path.join(dir, 'gold.json');
    writeFileSync(gold, JSON.stringify({ documents: [] }));
    const workers = run('eval', '--gold', gold, '--jobs', '2', 'articles');
    const one = run('eval', '--gold', gold, '--jobs', '1', 'articles');
    assert.equal(workers.status, one.status, workers.stderr);
    assert.equal(workers.stdout, one.stdout);
  });

  it('refuses a --jobs that is no whole number of threads from 1', () => {
    for (const bad of ['0', 'two', '1.5']) {
      const r = run('extract', '--jobs', bad, 'articles');
      assert.equal(r.status, 2);
      assert.match(r.stderr, /--jobs takes a whole number of threads from 1/);
    }
  });
});

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RECORD_VERSION, type ArticleRecord } from '../../src/corpus/record';
import { IndexCache, SHARDS, type CachedArticle } from '../../src/vscode/indexing/cache';
import type { Extracted } from '../../src/vscode/indexing/job';
import { PassTails, takeSearchable } from '../../src/vscode/indexing/passTails';
import { runJob } from '../../src/vscode/indexing/runJob';
import { lazyArticleCodec, quoteCount } from '../../src/vscode/indexing/validate';

/** A cold pass's records: their tails written by the worker, read back by the host only when asked, then moved into the cache. */
describe('cold pass: record tails stay in the workers’ files until asked', () => {
  let root: string;
  let base: string;
  let tailsDir: string;
  const articles = [
    'Ferry captain Odile Marchetti said the crossing would resume on Friday.\n“The swell has dropped,” Marchetti said. Harbour officials said the quay was safe.',
    'Orchard grower Tamsin Hale said the frost had spared the pears.\n“We lost the early blossom, nothing more,” Hale told the cooperative on Monday.',
  ];
  const files: string[] = [];

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cn-pass-'));
    base = path.join(root, 'cache-tails');
    tailsDir = path.join(base, String(process.pid));
    files.length = 0;
    articles.forEach((t, i) => {
      const f = path.join(root, `a${i}.txt`);
      writeFileSync(f, t);
      files.push(f);
    });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const job = (i: number, tails?: string) => runJob({ key: `file://${files[i]}`, file: files[i], maxBytes: 1 << 20, options: {}, tails });
  const value = (o: ReturnType<typeof runJob>): Extracted => {
    assert.ok(o.ok, 'the job succeeds');
    return o.value;
  };

  it('the worker sends the head only; the host reads the tail when asked, equal to the whole record, and search gets what it files', () => {
    const whole = value(job(0)).record;
    const passTails = new PassTails(base, () => assert.fail('no tail is damaged'));
    passTails.send(`file://${files[0]}`);
    const v = value(job(0, tailsDir));
    assert.ok(v.tail, 'the tail was written');
    assert.equal(v.record.quotes.length, 0, 'no quotes travel');
    assert.equal(v.record.surfaces.length, 0, 'no surfaces travel');
    assert.ok(whole.quotes.length > 0 && v.tail.quotes === whole.quotes.length);
    passTails.taken(v);
    const lazy: ArticleRecord = v.record;
    assert.equal(quoteCount(lazy), whole.quotes.length, 'counted without reading the tail');
    const searchable = takeSearchable(lazy);
    assert.ok(searchable);
    assert.deepEqual(Array.from(searchable.sentences), Array.from(whole.sentences));
    assert.deepEqual(searchable.quotes.map((q) => [q.start, q.end]), whole.quotes.map((q) => [q.spans[0], q.spans[1]]));
    assert.equal(takeSearchable(lazy), undefined, 'taken once');
    // read from the file now
    assert.deepEqual(lazy.quotes, whole.quotes);
    assert.deepEqual(lazy.surfaces, whole.surfaces);
    assert.deepEqual([...lazy.mentions], [...whole.mentions]);
    assert.deepEqual(lazy.actors, whole.actors);
    passTails.dispose();
    // as a window closes, the cache's last write comes after the index is disposed
    assert.deepEqual(lazy.surfaces, whole.surfaces);
  });

  it('a record not written to the cache yet when the index is disposed still reads its tail (the last write copies it)', () => {
    const whole = value(job(1)).record;
    const passTails = new PassTails(base, () => assert.fail('no tail is damaged'));
    passTails.send(`file://${files[0]}`);
    const v = value(job(1, tailsDir));
    passTails.taken(v);
    passTails.dispose();
    assert.deepEqual(v.record.quotes, whole.quotes);
  });

  it('tails of several jobs share a file, each at its own place; a job with a text keeps its record whole', () => {
    const passTails = new PassTails(base, () => undefined);
    const a = value(job(0, tailsDir)).tail!;
    const b = value(job(1, tailsDir)).tail!;
    assert.equal(a.file, b.file);
    assert.equal(b.at, a.at + a.len);
    const fromText = value(runJob({ key: 'x', text: articles[1], maxBytes: 1 << 20, options: {}, tails: tailsDir }));
    assert.equal(fromText.tail, undefined);
    assert.ok(fromText.record.quotes.length > 0);
    passTails.dispose();
  });

  it('the cache’s write moves the tails into its shards; the workers’ file then goes, and the tails read back whole from the cache', async () => {
    const passTails = new PassTails(base, () => assert.fail('no tail is damaged'));
    const wholes = [0, 1].map((i) => value(job(i)).record);
    const entries: CachedArticle<ArticleRecord>[] = [];
    for (const i of [0, 1]) {
      passTails.send(`file://${files[0]}`);
      const v = value(job(i, tailsDir));
      passTails.taken(v);
      entries.push({ key: `file://${files[i]}`, size: v.size, mtimeMs: v.mtimeMs, lineStarts: v.lineStarts, record: v.record });
    }
    const tailsFile = path.join(tailsDir, readdirSync(tailsDir)[0]);
    const cacheDir = path.join(root, 'cache');
    await new IndexCache(cacheDir, RECORD_VERSION, lazyArticleCodec(() => undefined)).write(entries, Array.from({ length: SHARDS }, (_, s) => s));
    assert.equal(existsSync(tailsFile), false, 'no record reads from the workers’ file: removed');
    entries.forEach((e, i) => assert.deepEqual(e.record.quotes, wholes[i].quotes, 'read from the cache’s tails'));
    passTails.dispose();
    // and loaded again, as the next start does
    const loaded = await new IndexCache(cacheDir, RECORD_VERSION, lazyArticleCodec(() => assert.fail('no tail is damaged'))).load();
    assert.equal(loaded.dropped, undefined);
    entries.forEach((e, i) => {
      const back = loaded.entries.get(e.key)!.record;
      assert.deepEqual(back.actors, wholes[i].actors);
      assert.deepEqual(back.quotes, wholes[i].quotes);
    });
  });

  it('a file is kept while a job may still write to it, and removed once none is out and no record reads it', () => {
    const passTails = new PassTails(base, () => undefined);
    passTails.send(`file://${files[0]}`);
    passTails.send(`file://${files[0]}`);
    const v = value(job(0, tailsDir));
    passTails.taken(v);
    const tailsFile = v.tail!.file;
    // the record is read (its tail parsed): it no longer reads from the file, but a job is out
    assert.ok(v.record.quotes.length > 0);
    assert.ok(existsSync(tailsFile), 'kept: the second job may be writing to it');
    passTails.taken(undefined);
    assert.equal(existsSync(tailsFile), false, 'removed once the last job came back');
    passTails.dispose();
  });

  it('a tail damaged on disk reads as empty and its record is reported (extracted again, its record then sent whole)', () => {
    const damaged: string[] = [];
    const passTails = new PassTails(base, (p) => damaged.push(p));
    const key = `file://${files[0]}`;
    assert.equal(passTails.send(key), true);
    const v = value(job(0, tailsDir));
    passTails.taken(v);
    writeFileSync(v.tail!.file, 'x'.repeat(v.tail!.at + v.tail!.len));
    assert.deepEqual(v.record.quotes, []);
    assert.deepEqual(damaged, [key]);
    assert.equal(passTails.send(key), false, 'the next job for it keeps its tail: a fault that repeats cannot loop');
    assert.equal(passTails.send(key), true, 'once');
    passTails.dispose();
  });

  it('an article whose line ends the editor rewrites (its text longer than its file) reads its tail back whole', () => {
    // lone CR line ends: the editor (and the extractor) read CRLF, one character more per line
    const f = path.join(root, 'lone-cr.txt');
    const lines = Array.from({ length: 40 }, (_, i) => `Note ${i}.`);
    writeFileSync(f, lines.join('\r') + '\r“The sluices hold,” Engineer Pim Verhoeven said on Monday.\r');
    const one = (tails?: string) => value(runJob({ key: `file://${f}`, file: f, maxBytes: 1 << 20, options: {}, tails }));
    const whole = one().record;
    const passTails = new PassTails(base, () => assert.fail('no tail is damaged'));
    passTails.send(`file://${f}`);
    const v = one(tailsDir);
    assert.ok(v.tail!.end > v.size, 'offsets reach past the file’s bytes');
    passTails.taken(v);
    assert.ok(whole.quotes.length > 0);
    assert.deepEqual(v.record.quotes, whole.quotes);
    assert.deepEqual(Array.from(v.record.mentions), Array.from(whole.mentions));
    passTails.dispose();
  });

  it('a new PassTails removes what sessions no longer running left, and leaves a running one’s folder', async () => {
    const first = new PassTails(base, () => undefined);
    assert.equal(first.dir, tailsDir);
    first.send('k');
    const v = value(job(0, first.dir));
    // a process that ran and ended (this test's own child), and one that runs (this one's parent)
    const ended = spawnSync(process.execPath, ['-e', '0']).pid!;
    const endedDir = path.join(base, String(ended));
    const runningDir = path.join(base, String(process.ppid));
    const notPid = path.join(base, 'stray');
    for (const d of [endedDir, runningDir, notPid]) mkdirSync(d, { recursive: true });
    const second = new PassTails(base, () => undefined);
    assert.equal(existsSync(v.tail!.file), false, 'this process’s own, an earlier session’s: moved away at once');
    await second.swept;
    second.dispose();
    assert.deepEqual(readdirSync(base).sort(), [String(process.ppid)], 'the earlier session’s folder removed, once moved away');
    assert.equal(existsSync(endedDir), false);
    assert.equal(existsSync(notPid), false);
    assert.equal(existsSync(runningDir), true, 'a running host may still be copying from it');
  });
});

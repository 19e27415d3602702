import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { collectArticles, dateInFileName, decodeArticle, normaliseLineEnds, readArticleSync } from '../../src/corpus/files';
import { tempDir } from './tempDirs';

describe('files: what is an article, and bad input', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const d = decodeArticle(Buffer.from('\ufeffHéllo', 'utf8'));
    assert.deepEqual(d, { ok: true, text: 'Héllo' });
  });

  it('decodes an article after one that was not UTF-8 as if it came first', () => {
    assert.equal(decodeArticle(Buffer.from([0x4e, 0xe9, 0x65])).ok, false);
    assert.deepEqual(decodeArticle(Buffer.from('“Né,” she said.', 'utf8')), { ok: true, text: '“Né,” she said.' });
    // an invalid sequence cut at the end must not leave half a character for the next article
    assert.equal(decodeArticle(Buffer.from([0x41, 0xe2, 0x80])).ok, false);
    assert.deepEqual(decodeArticle(Buffer.from([0x99, 0x42])), { ok: false, reason: 'not valid UTF-8 text' });
    assert.deepEqual(decodeArticle(Buffer.from('Plain.', 'utf8')), { ok: true, text: 'Plain.' });
  });

  it('says why binary, non-UTF-8, empty and huge files are skipped', () => {
    assert.match((decodeArticle(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x10])) as { reason: string }).reason, /binary/);
    assert.match((decodeArticle(Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f])) as { reason: string }).reason, /UTF-8/);
    assert.match((decodeArticle(Buffer.from('  \n\t ')) as { reason: string }).reason, /empty/);
    assert.match((decodeArticle(Buffer.alloc(2000, 97), 1000) as { reason: string }).reason, /too large/);
  });

  it('reads a day from a file name, and only a real one', () => {
    assert.equal(dateInFileName('archive/wire_2019-04-30_rates-hold.txt'), '2019-04-30');
    assert.equal(dateInFileName('2021-12-01.md'), '2021-12-01');
    assert.equal(dateInFileName('report-2019-13-01.txt'), null);
    assert.equal(dateInFileName('ids/12019-04-30.txt'), null);
    assert.equal(dateInFileName('2019-04-30/notes.txt'), null);
  });

  it('a file that vanished is a reason, not an exception', () => {
    const d = readArticleSync(path.join(tmpdir(), 'no-such-article-here.txt'));
    assert.deepEqual(d, { ok: false, reason: 'file vanished before it could be read' });
  });

  it('line ends come out as VS Code’s editor shows them: the majority kind everywhere', () => {
    // more LF than CR-ended lines: all LF
    assert.equal(normaliseLineEnds('Ann Lee spoke.\r\nBo Kim replied.\nThen Cy.\n'), 'Ann Lee spoke.\nBo Kim replied.\nThen Cy.\n');
    // CR and CRLF end more than half: all CRLF
    assert.equal(normaliseLineEnds('a\r\nb\r\nc\nd'), 'a\r\nb\r\nc\r\nd');
    // lone CR (old Mac files) becomes CRLF, as the editor does
    assert.equal(normaliseLineEnds('one\rtwo\rthree'), 'one\r\ntwo\r\nthree');
    // a tie is not a majority: LF
    assert.equal(normaliseLineEnds('a\r\nb\nc'), 'a\nb\nc');
    // one kind only: the same string
    const lf = 'x\ny\n';
    assert.equal(normaliseLineEnds(lf), lf);
    assert.equal(normaliseLineEnds('x\r\ny'), 'x\r\ny');
    assert.deepEqual(decodeArticle(Buffer.from('\ufeffHi there.\r\nMore.\nEnd.\n')), { ok: true, text: 'Hi there.\nMore.\nEnd.\n' });
  });

  describe('on disk', () => {
    let dir: string;
    before(() => (dir = mkdtempSync(path.join(tmpdir(), 'cn-files-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('a FIFO named .txt is refused without waiting for a writer, and never walked into', async () => {
      const fifo = path.join(dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      writeFileSync(path.join(dir, 'real.txt'), 'Real text.');
      assert.deepEqual(readArticleSync(fifo), { ok: false, reason: 'not a regular file (a pipe, socket or device)' });
      const { files, problems } = await collectArticles([dir, fifo]);
      assert.deepEqual(files.map((f) => path.basename(f)), ['real.txt']);
      assert.deepEqual(problems.map((p) => p.reason), ['not a regular file (a pipe, socket or device)']);
    });

    it('a file over the limit is refused from its size, before it is read', () => {
      // 64 GB, sparse: reading it would take minutes and more memory than the machine has
      const huge = path.join(dir, 'huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, 64 * 1024 ** 3);
      const started = Date.now();
      const d = readArticleSync(huge);
      assert.match((d as { reason: string }).reason, /^too large \(65536\.0 MB/);
      assert.ok(Date.now() - started < 500);
    });

    it('a read reports the size and modification time its bytes had', () => {
      const file = path.join(dir, 'sized.txt');
      writeFileSync(file, 'Ten bytes.');
      const d = readArticleSync(file);
      assert.ok(d.ok);
      assert.equal(d.size, 10);
      assert.ok(d.mtimeMs > 0);
    });
  });

  it('walks folders with include and exclude globs, and reports missing paths', async () => {
    const dir = tempDir('cn-walk-');
    mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
    mkdirSync(path.join(dir, 'news'));
    writeFileSync(path.join(dir, 'news', 'a.txt'), 'A');
    writeFileSync(path.join(dir, 'b.md'), 'B');
    writeFileSync(path.join(dir, 'c.json'), '{}');
    writeFileSync(path.join(dir, 'node_modules', 'x', 'readme.md'), 'no');
    const { files, problems } = await collectArticles([dir, path.join(dir, 'missing')]);
    assert.deepEqual(files.map((f) => path.relative(dir, f)).sort(), ['b.md', path.join('news', 'a.txt')]);
    assert.deepEqual(problems.map((p) => p.reason), ['no such file or folder']);
  });

  it('walks a linked folder as the editor’s file search follows it, each real folder once (a link to a folder above does not loop)', async () => {
    const dir = tempDir('cn-links-');
    const elsewhere = tempDir('cn-links-target-');
    writeFileSync(path.join(elsewhere, 'far.txt'), 'F');
    mkdirSync(path.join(dir, 'news'));
    writeFileSync(path.join(dir, 'news', 'a.txt'), 'A');
    symlinkSync(elsewhere, path.join(dir, 'archive'));
    symlinkSync(dir, path.join(dir, 'news', 'up'));
    symlinkSync(path.join(dir, 'news'), path.join(dir, 'again'));
    const { files } = await collectArticles([dir]);
    const rel = files.map((f) => path.relative(dir, f)).sort();
    assert.ok(rel.includes(path.join('archive', 'far.txt')), rel.join(', '));
    // news/a.txt once, under its own path though the link 'again' comes first, never again through news/up
    // (the watcher names the file by its own path: under the link's it would be filed twice once saved)
    assert.deepEqual(rel, [path.join('archive', 'far.txt'), path.join('news', 'a.txt')]);
  });

  it('walks a chain of 600 nested folders to the article at its end', async function () {
    // (a realpath per folder, a look-up per path segment each, took 3.7 s here, 0.5 s without: timed
    // by hand, as a timed test would fail on a busy machine)
    this.timeout(20000);
    const dir = tempDir('cn-deep-');
    let sub = dir;
    for (let d = 0; d < 600; d++) mkdirSync((sub = path.join(sub, 'd')));
    writeFileSync(path.join(sub, 'a.txt'), 'A');
    const { files } = await collectArticles([dir]);
    assert.deepEqual(files, [path.join(sub, 'a.txt')]);
  });

  it('gives nested files the paths path.join gives, and matches globs against the path inside the named folder, however it is spelled', async () => {
    const dir = tempDir('cn-nest-');
    mkdirSync(path.join(dir, 'wire', 'late', 'night'), { recursive: true });
    mkdirSync(path.join(dir, 'skip'));
    for (const f of ['top.txt', 'wire/w1.txt', 'wire/late/l1.md', 'wire/late/night/n1.txt', 'skip/s.txt']) writeFileSync(path.join(dir, ...f.split('/')), 'X');
    const filter = { include: ['wire/**/*.txt', '*.txt'], exclude: ['skip/**'] };
    const spellings = [dir, `${dir}${path.sep}`, path.join(dir, 'wire', '..') + `${path.sep}.`, path.relative(process.cwd(), dir) || '.'];
    for (const input of spellings) {
      const { files } = await collectArticles([input], filter);
      const expected = ['top.txt', 'wire/late/night/n1.txt', 'wire/w1.txt'].map((f) => path.join(input, ...f.split('/')));
      assert.deepEqual(files, expected, input);
    }
  });
});

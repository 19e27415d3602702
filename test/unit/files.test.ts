import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { collectArticles, dateInFileName, decodeArticle, readArticle } from '../../src/corpus/files';

describe('files: what is an article, and bad input', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const d = decodeArticle(Buffer.from('\ufeffHéllo', 'utf8'));
    assert.deepEqual(d, { ok: true, text: 'Héllo' });
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

  it('a file that vanished is a reason, not an exception', async () => {
    const d = await readArticle(path.join(tmpdir(), 'no-such-article-here.txt'));
    assert.deepEqual(d, { ok: false, reason: 'file vanished before it could be read' });
  });

  it('walks folders with include and exclude globs, and reports missing paths', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cn-walk-'));
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
});

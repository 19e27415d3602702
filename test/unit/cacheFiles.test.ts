/** The index cache's files: its one gunzip (the whole text in one buffer of the trailer's length, or a rejection), and tails read at their place. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { gunzip, TailFile } from '../../src/vscode/indexing/cacheFiles';

/** Lines of made-up JSON, `n` of them: text that compresses as the cache's files do. */
const lines = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => JSON.stringify(['harbour', i, `Talvi Rusk ${i % 97}`])).join('\n'));

describe('cache files: gunzip', () => {
  it('unzips a text of several output chunks whole, into a buffer of its own length', async () => {
    const text = lines(400_000); // ~12 MB: three of zlib's 4 MB chunks
    const out = await gunzip(gzipSync(text));
    assert.equal(out.length, text.length);
    assert.ok(out.equals(text));
    assert.equal(out.buffer.byteLength, text.length, 'no larger buffer behind it');
  });

  it('unzips an empty text', async () => {
    assert.equal((await gunzip(gzipSync(Buffer.alloc(0)))).length, 0);
  });

  it('rejects a trailer whose length is not the text’s, larger or smaller', async () => {
    const text = lines(1000);
    for (const delta of [1, -1]) {
      const gz = Buffer.from(gzipSync(text));
      gz.writeUInt32LE(text.length + delta, gz.length - 4);
      await assert.rejects(gunzip(gz));
    }
  });

  it('rejects a trailer claiming more than deflate can expand to, before allocating it', async () => {
    const gz = Buffer.from(gzipSync(lines(10)));
    gz.writeUInt32LE(0xffffffff, gz.length - 4);
    await assert.rejects(gunzip(gz), /impossible length/);
  });

  it('rejects a cut-off file, a damaged CRC and bytes that are no gzip', async () => {
    const gz = Buffer.from(gzipSync(lines(1000)));
    await assert.rejects(gunzip(gz.subarray(0, gz.length - 8)));
    const crc = Buffer.from(gz);
    crc[crc.length - 8] ^= 0xff;
    await assert.rejects(gunzip(crc));
    await assert.rejects(gunzip(Buffer.from('not a gzip file at all, just text')));
  });
});

describe('cache files: a tails file read at its places', () => {
  it('reads into the buffer given when it is long enough (a view of its start), else into one of its own', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corpus-nav-tails-'));
    try {
      const file = path.join(dir, 'tails.bin');
      writeFileSync(file, '{"a":1}{"bb":22}');
      const tails = new TailFile(file);
      const into = Buffer.alloc(16, 0x2e);
      const first = tails.read(0, 7, into)!;
      assert.equal(first.toString(), '{"a":1}');
      assert.equal(first.buffer, into.buffer, 'read into the buffer given');
      assert.equal(first.byteOffset, into.byteOffset);
      const second = tails.read(7, 9, into)!;
      assert.equal(second.toString(), '{"bb":22}');
      const own = tails.read(7, 9, Buffer.alloc(4))!;
      assert.equal(own.toString(), '{"bb":22}');
      assert.equal(tails.read(7, 10, into), null, 'past the end of the file');
      tails.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

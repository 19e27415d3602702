import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CHUNK_BYTES, ChunkPool, Utf8Chunks } from '../../src/corpus/utf8Chunks';
import { writeGzipLines } from '../../src/vscode/indexing/writers';

/** Buffers of CHUNK_BYTES made while `run` runs. */
async function chunksMade(run: () => Promise<void>): Promise<number> {
  const allocUnsafe = Buffer.allocUnsafe;
  let made = 0;
  Buffer.allocUnsafe = (size: number) => {
    if (size === CHUNK_BYTES) made++;
    return allocUnsafe(size);
  };
  try {
    await run();
  } finally {
    Buffer.allocUnsafe = allocUnsafe;
  }
  return made;
}

describe('gzip writers: chunks from a pool', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'cn-pool-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const roundTrip = async (lines: Array<string | null>, newline: 'between' | 'after'): Promise<string> => {
    const file = path.join(dir, 'out.gz');
    await writeGzipLines(file, lines, newline);
    return gunzipSync(readFileSync(file)).toString('utf8');
  };
  const joined = (lines: Array<string | null>, newline: 'between' | 'after'): string => {
    const real = lines.filter((l): l is string => l !== null);
    return newline === 'after' ? real.map((l) => l + '\n').join('') : real.join('\n');
  };

  // about 6 MB of lines of records in several scripts: two dozen chunks
  const manyLines = (): string[] =>
    Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ n: i, who: 'Ødegård Şahin Ивано́ва 李明', said: `“${'ταχύ '.repeat(i % 40)}” 🗳️`, at: [i, i + 9] }));

  for (const newline of ['between', 'after'] as const) {
    it(`lines over many chunks unzip to the same bytes (${newline}), from no more than 3 buffers of a chunk`, async () => {
      const lines = manyLines();
      assert.ok(Buffer.byteLength(joined(lines, newline)) > 20 * CHUNK_BYTES);
      let text = '';
      const made = await chunksMade(async () => void (text = await roundTrip(lines, newline)));
      assert.equal(text, joined(lines, newline));
      assert.ok(made <= 3, `${made} chunk buffers made`);
    });
  }

  // the character starts 1, 2 or 3 bytes before a chunk's end, where an encoder cutting at the
  // byte would split it: 255 lines of 1 KB with their newlines, then one whose `𝄞` or `€` crosses
  for (const before of [1, 2, 3]) {
    for (const ch of ['𝄞', '€', 'é']) {
      it(`a ${Buffer.byteLength(ch)}-byte character across a chunk's end (${before} byte(s) before it) comes back whole`, async () => {
        const lines = [...Array.from({ length: 255 }, (_, i) => String(i % 10).repeat(1023)), 'x'.repeat(1024 - before) + ch + 'ü'.repeat(50), ch.repeat(5000), 'end'];
        const text = joined(lines, 'between');
        assert.equal(Buffer.byteLength(text.slice(0, text.indexOf(ch))), CHUNK_BYTES - before);
        assert.equal(await roundTrip(lines, 'between'), text);
      });
    }
  }

  it('an empty input, and one of pauses only, unzip to nothing', async () => {
    assert.equal(await roundTrip([], 'after'), '');
    assert.equal(await roundTrip([null, null, null], 'between'), '');
    assert.equal(await roundTrip([''], 'after'), '\n');
  });

  it('a folder that is not there rejects (not waits for chunks the broken stream never gives back), and leaves no file', async () => {
    const file = path.join(dir, 'missing', 'out.gz');
    await assert.rejects(writeGzipLines(file, manyLines(), 'between'), /ENOENT/);
    assert.ok(!existsSync(file));
  });

  it('lines that throw half-way reject with their error, and the file goes', async () => {
    const file = path.join(dir, 'out.gz');
    function* lines(): Iterable<string> {
      yield* manyLines();
      throw new Error('record gone');
    }
    await assert.rejects(writeGzipLines(file, lines(), 'after'), /record gone/);
    assert.ok(!existsSync(file));
  });
});

describe('Utf8Chunks with a pool', () => {
  it('takes a buffer back once its chunk is done, and waits for room when all are out', async () => {
    const pool = new ChunkPool(2);
    const held: Array<{ chunk: Buffer; done: () => void }> = [];
    const seen = new Set<ArrayBufferLike>();
    let bytes = '';
    const out = new Utf8Chunks((chunk, done) => {
      seen.add(chunk.buffer);
      bytes += chunk.toString('utf8');
      held.push({ chunk, done });
    }, pool);
    const piece = 'ж'.repeat(CHUNK_BYTES / 6); // half a chunk, at most
    out.add(piece);
    out.add(piece);
    out.add(piece); // the first chunk goes out, the second fills
    assert.equal(held.length, 1);
    assert.ok(!pool.hasRoom());
    let roomy = false;
    const room = pool.room().then(() => (roomy = true));
    await new Promise((r) => setImmediate(r));
    assert.ok(!roomy);
    held.shift()!.done();
    await room;
    out.add(piece);
    out.add(piece); // second out, the first's buffer fills again
    out.flush();
    for (const h of held.splice(0)) h.done();
    assert.equal(seen.size, 2);
    assert.equal(bytes, piece.repeat(5));
    assert.ok(pool.hasRoom());
  });

  it('without a pool, every chunk is a buffer of its own (a pipe may hold it)', () => {
    const chunks: Buffer[] = [];
    const out = new Utf8Chunks((chunk) => chunks.push(chunk));
    for (let i = 0; i < 10; i++) out.add('q'.repeat(80_000));
    out.flush();
    assert.equal(chunks.length, 10);
    assert.equal(new Set(chunks.map((c) => c.buffer)).size, chunks.length);
    assert.ok(Buffer.concat(chunks).toString() === 'q'.repeat(800_000));
  });
});

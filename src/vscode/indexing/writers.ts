/**
 * The writers of the cache's folder (./cache.ts, ./settledStore.ts, ./searchStore.ts): JSON lines
 * streamed through gzip as they are made, and one writer at a time. No vscode import.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { ChunkPool, Utf8Chunks } from '../../corpus/utf8Chunks';

/** Time one serialising slice may take before yielding, ms. */
const SLICE_MS = 8;

/** Lets the event loop run (timers, I/O, the workbench's messages) before going on. */
export const yieldToHost = (): Promise<void> => new Promise((r) => setImmediate(r));

let writing: Promise<unknown> = Promise.resolve();

/**
 * Runs `job` once every job handed here before it has ended (resolved or rejected); resolves or
 * rejects as it does. The record cache, the settled snapshot and the search snapshot are all
 * written as a cold index completes: at once, their lines, chunks and gzip buffers added up at the
 * extension host's peak of memory.
 */
export function oneWriterAtATime<T>(job: () => Promise<T>): Promise<T> {
  const next = writing.then(job, job);
  writing = next.catch(() => undefined);
  return next;
}

/** Chunks of a gzip writer filling or in flight: one filling, one deflating, one waiting its turn. */
const POOL_CHUNKS = 3;

/**
 * Writes `lines` to `file` through gzip, each separated by '\n' ('between': none after the last)
 * or ended by one ('after'). Lines are taken as they are written, encoded into 256 KB buffers and
 * in slices of the event loop, so neither one long string nor one long turn builds up; a null among
 * them is no line, only a point where the writer may give the host its turn (for work between two
 * lines). On an error (the file system's, or one thrown by `lines`) the file is removed and the
 * error rethrown.
 */
export async function writeGzipLines(file: string, lines: Iterable<string | null>, newline: 'between' | 'after'): Promise<void> {
  // lines encoded straight into buffers: joined into 256K-character strings first, each chunk was
  // flattened into one string in the large-object space, where garbage waits for a full
  // collection. The buffers are a pool's, each used again once gzip has read it: a new buffer a
  // chunk was freed only by a collection, and the snapshots written as a cold index completes left
  // 50-60 MB of them at the extension host's peak of memory.
  const gzip = createGzip({ level: 3 });
  const written = pipeline(gzip, createWriteStream(file));
  let broken = false;
  // a broken stream may not call back the writes it holds: the wait for a chunk ends with it
  const failed = written.then(
    () => undefined,
    () => void (broken = true),
  );
  const pool = new ChunkPool(POOL_CHUNKS);
  // a write is called back once zlib has deflated the chunk (after the file stream took enough of
  // its output: the backpressure), or with the stream's error
  const out = new Utf8Chunks((chunk, done) => gzip.write(chunk, () => done()), pool);
  /** Adds `s` once a chunk is free: no more than the pool's chunks are filling or in flight. */
  const add = async (s: string): Promise<void> => {
    if (!pool.hasRoom()) await Promise.race([pool.room(), failed]);
    out.add(s);
  };
  try {
    let first = true;
    let sliceStart = performance.now();
    for (const line of lines) {
      if (broken) break;
      if (line !== null) {
        if (newline === 'between' && !first) await add('\n');
        await add(line);
        if (newline === 'after') await add('\n');
        first = false;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToHost();
        sliceStart = performance.now();
      }
    }
    out.flush();
    gzip.end();
    await written;
  } catch (e) {
    gzip.destroy();
    await failed;
    await fs.rm(file, { force: true });
    throw e;
  }
}

/**
 * The writers of the cache's folder (./cache.ts, ./settledStore.ts, ./searchStore.ts): JSON lines
 * streamed through gzip as they are made, and one writer at a time. No vscode import.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Utf8Chunks } from '../../corpus/utf8Chunks';

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
  // collection (the cache, the settled and the search snapshots, written as a cold index
  // completes, added up to tens of MB at the host's peak); a buffer's memory goes with the young
  // object that holds it
  async function* chunks(): AsyncGenerator<Buffer> {
    /** Chunks filled, to be handed on. */
    const full: Buffer[] = [];
    const out = new Utf8Chunks((chunk) => full.push(chunk));
    let first = true;
    let sliceStart = performance.now();
    for (const line of lines) {
      if (line !== null) {
        if (newline === 'between' && !first) out.add('\n');
        out.add(line);
        if (newline === 'after') out.add('\n');
        first = false;
      }
      while (full.length) yield full.shift()!;
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToHost();
        sliceStart = performance.now();
      }
    }
    out.flush();
    yield* full;
  }
  try {
    // one chunk read ahead, not the stream's default 16 (4 MB waiting on gzip)
    await pipeline(Readable.from(chunks(), { highWaterMark: 1 }), createGzip({ level: 3 }), createWriteStream(file));
  } catch (e) {
    await fs.rm(file, { force: true });
    throw e;
  }
}


/**
 * The index cache's files as bytes: a whole gzip file unzipped (the cache's shards and string
 * table, the settled snapshot), and the tails files a record's tail is read from at its place.
 * No vscode import.
 */
import { closeSync, readSync } from 'node:fs';
import { createGunzip, crc32 } from 'node:zlib';
import { openRegular } from './regularFiles';

/**
 * zlib's largest output chunk. A text up to this long is unzipped into one chunk of its own
 * length, which is the text: no copy of it. Copied from zlib's buffer into one of the trailer's
 * length, each of the ~30 MB a warm start unzips at 10,000 articles was written to fresh memory
 * twice (page faults cost this VM ~20 µs a page) and the copies were external garbage at the
 * host's peak; with zlib's default 16 KB a shard took a few hundred turns to unzip. A longer text
 * comes in chunks of this size, copied into one buffer.
 */
const UNZIP_CHUNK = 1 << 26;
/** zlib's default chunk, the least asked for. */
const MIN_CHUNK = 1 << 14;
/** The most a deflate stream expands (zlib's own bound is ~1032:1): a trailer that claims more is damage, not a size to allocate. */
const MAX_RATIO = 1032;

/**
 * The text of a whole gzip file's bytes (one member, as writeGzipLines writes), unzipped on
 * libuv's thread pool: zlib's one chunk when the text fits one (see UNZIP_CHUNK), else one buffer
 * of the length the trailer gives, each chunk copied in as it comes and let go: the text is never
 * in memory twice over (zlib's gunzip joins its chunks at the end: the settled snapshot's 26 MB at
 * 10,000 articles were once 52 MB of ArrayBuffers at a warm start's peak). Rejects as zlib does (a
 * bad header, a CRC that does not match, a cut-off file) and when the text's length is not the
 * trailer's. `maxChunk`: UNZIP_CHUNK, but for tests.
 */
export async function gunzip(data: Buffer, maxChunk = UNZIP_CHUNK): Promise<Buffer> {
  if (data.length < 18) throw new Error('gzip file too short');
  const size = data.readUInt32LE(data.length - 4);
  if (size > MAX_RATIO * data.length) throw new Error('gzip trailer gives an impossible length');
  const unzip = createGunzip({ chunkSize: Math.min(maxChunk, Math.max(MIN_CHUNK, size)) });
  unzip.end(data);
  // the first chunk kept as it is: the whole text when it fits one chunk (copied once a second comes)
  let first: Buffer | null = null;
  let out: Buffer | null = null;
  let at = 0;
  for await (const chunk of unzip as AsyncIterable<Buffer>) {
    if (chunk.length > size - at) {
      unzip.destroy();
      throw new Error('gzip text longer than its trailer says');
    }
    if (!first) first = chunk;
    else {
      if (!out) (out = Buffer.allocUnsafe(size)), first.copy(out);
      chunk.copy(out, at);
    }
    at += chunk.length;
  }
  if (at !== size) throw new Error('gzip text shorter than its trailer says');
  return out ?? first ?? Buffer.alloc(0);
}

/** Where a stored tail can be read from, synchronously (a view asks for a record's fields synchronously). */
export interface TailSource {
  /**
   * Bytes [at, at + len) of the source: read into the start of `into` (a view of it returned) when
   * it is given and long enough, else into a buffer of their own; null when they cannot be read
   * (the file gone or shorter).
   */
  read(at: number, len: number, into?: Buffer): Buffer | null;
  /** One record reads its tail from here no more (it moved, or was parsed): see ./passTails.ts. */
  release?(): void;
}

/** Where one record's tail lies: bytes [at, at + len) of `file`, whose CRC-32 is `crc`. */
export interface TailRef {
  file: TailSource;
  at: number;
  len: number;
  crc: number;
}

/** The CRC-32 of `bytes` (zlib's): a tail read back that does not match it is never used. */
export const tailCrc = (bytes: Buffer): number => crc32(bytes);

/**
 * A shard's tails file, read at the places asked (its descriptor opened at the first read and kept
 * until close(): views read tails one at a time, hundreds in a row).
 */
export class TailFile implements TailSource {
  private fd: number | null = null;

  constructor(readonly path: string) {}

  read(at: number, len: number, into?: Buffer): Buffer | null {
    try {
      this.fd ??= openRegular(this.path);
      const bytes = into && into.length >= len ? into.subarray(0, len) : Buffer.allocUnsafe(len);
      return readSync(this.fd, bytes, 0, len, at) === len ? bytes : null;
    } catch {
      return null;
    }
  }

  close(): void {
    if (this.fd === null) return;
    try {
      closeSync(this.fd);
    } catch {
      // closed already: nothing to free
    }
    this.fd = null;
  }
}

/**
 * The index cache's files as bytes: a whole gzip file unzipped (the cache's shards and string
 * table, the settled snapshot), and the tails files a record's tail is read from at its place.
 * No vscode import.
 */
import { closeSync, readSync } from 'node:fs';
import { createGunzip, crc32 } from 'node:zlib';
import { openRegular } from './regularFiles';

/**
 * zlib's largest output chunk: the settled snapshot's text in a few pieces, each a round trip
 * through this thread's event loop (with zlib's default 16 KB a shard took a few hundred turns to
 * unzip). A smaller text gets a chunk of its own length: a shard's heads (~0.5 MB at 10,000
 * articles) had 4 MB each, 16-20 MB of them at once at a warm start with the shards unzipped ahead.
 */
const UNZIP_CHUNK = 1 << 22;
/** zlib's default chunk, the least asked for. */
const MIN_CHUNK = 1 << 14;
/** The most a deflate stream expands (zlib's own bound is ~1032:1): a trailer that claims more is damage, not a size to allocate. */
const MAX_RATIO = 1032;

/**
 * The text of a whole gzip file's bytes (one member, as writeGzipLines writes), unzipped on
 * libuv's thread pool into one buffer of the length the trailer gives, each chunk copied in as it
 * comes and let go: the text is never in memory twice over. zlib's gunzip joins its chunks at the
 * end, and joined after the stream (a copy per turn), the settled snapshot's 26 MB at 10,000
 * articles were 52 MB of ArrayBuffers at once at a warm start's peak, and the malloc'd memory they
 * had stayed in the process after. Rejects as zlib does (a bad header, a CRC that does not match, a
 * cut-off file) and when the text's length is not the trailer's.
 */
export async function gunzip(data: Buffer): Promise<Buffer> {
  if (data.length < 18) throw new Error('gzip file too short');
  const size = data.readUInt32LE(data.length - 4);
  if (size > MAX_RATIO * data.length) throw new Error('gzip trailer gives an impossible length');
  const out = Buffer.allocUnsafe(size);
  const unzip = createGunzip({ chunkSize: Math.min(UNZIP_CHUNK, Math.max(MIN_CHUNK, size)) });
  unzip.end(data);
  let at = 0;
  for await (const chunk of unzip as AsyncIterable<Buffer>) {
    if (chunk.length > size - at) {
      unzip.destroy();
      throw new Error('gzip text longer than its trailer says');
    }
    at += chunk.copy(out, at);
  }
  if (at !== size) throw new Error('gzip text shorter than its trailer says');
  return out;
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

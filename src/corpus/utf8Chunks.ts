/** Text written as UTF-8 in buffers of a fixed size: the command line's JSON and the extension's gzip writers. */

/**
 * Bytes gathered before a write (256 KB): few writes, and a buffer that stays in the processor's
 * cache while it fills (1 MB and 4 MB took longer, 64 KB about as long).
 */
export const CHUNK_BYTES = 1 << 18;

/**
 * Buffers of CHUNK_BYTES taken and given back, `size` of them at most kept: a writer that reuses
 * them makes no garbage outside the heap (a new buffer a chunk is freed only by a collection, and
 * the gzip writers' tens of MB of them were still held at the extension host's peak of memory).
 */
export class ChunkPool {
  private readonly free: Buffer[] = [];
  /** Buffers taken and not yet given back. */
  private out = 0;
  private waiting: Array<() => void> = [];

  constructor(readonly size: number) {}

  /** A buffer of CHUNK_BYTES (its bytes are left over from before): a new one if none is free. */
  take(): Buffer {
    this.out++;
    return this.free.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
  }

  /** Takes back a buffer of take()'s (kept for use again if fewer than `size` are); wakes room()'s waiters. */
  give(buffer: Buffer): void {
    this.out--;
    if (this.free.length + this.out < this.size) this.free.push(buffer);
    if (this.hasRoom()) for (const wake of this.waiting.splice(0)) wake();
  }

  /** True when a buffer may be taken without going over `size`. */
  hasRoom(): boolean {
    return this.out < this.size;
  }

  /** Resolves once hasRoom() (at once if it does now). */
  room(): Promise<void> {
    return this.hasRoom() ? Promise.resolve() : new Promise((r) => this.waiting.push(r));
  }
}

/**
 * Hands a chunk on; `done()` is called once the chunk's bytes are no longer needed (after a
 * stream's write callback), when its buffer goes back to the pool. A writer without a pool need
 * not call it.
 */
export type ChunkWrite = (chunk: Buffer, done: () => void) => void;

const noop = (): void => undefined;

/**
 * Strings encoded as UTF-8 into buffers of CHUNK_BYTES, each handed to `write` once full; a string
 * is never split between two chunks (one longer than a chunk is a buffer of its own). Without a
 * pool, every chunk is a new buffer never touched again; with one, chunks are the pool's and an
 * add() takes at most one buffer from it, so a writer that awaits `pool.room()` before each add()
 * has no more than `pool.size` chunks filling or in flight.
 */
export class Utf8Chunks {
  private buffer: Buffer | null = null;
  private used = 0;

  constructor(
    private readonly write: ChunkWrite,
    private readonly pool?: ChunkPool,
  ) {}

  add(s: string): void {
    // a UTF-16 code unit is at most 3 bytes of UTF-8 (a lone surrogate too: U+FFFD, as Buffer.from writes it)
    const most = 3 * s.length;
    if (this.buffer && this.used + most > this.buffer.length) this.flush();
    if (most > CHUNK_BYTES) {
      this.write(Buffer.from(s, 'utf8'), noop);
      return;
    }
    this.buffer ??= this.pool ? this.pool.take() : Buffer.allocUnsafe(CHUNK_BYTES);
    this.used += this.buffer.write(s, this.used, 'utf8');
  }

  /** Hands over what the current chunk holds (an empty one goes back to the pool). */
  flush(): void {
    const buffer = this.buffer;
    if (!buffer) return;
    const done = this.pool ? () => this.pool!.give(buffer) : noop;
    if (this.used) this.write(buffer.subarray(0, this.used), done);
    else done();
    this.buffer = null;
    this.used = 0;
  }
}

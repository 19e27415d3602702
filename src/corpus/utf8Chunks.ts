/** Text written as UTF-8 in buffers of a fixed size: the command line's JSON and the extension's gzip writers. */

/**
 * Bytes gathered before a write (256 KB): few writes, and a buffer that stays in the processor's
 * cache while it fills (1 MB and 4 MB took longer, 64 KB about as long).
 */
export const CHUNK_BYTES = 1 << 18;

/** Strings encoded as UTF-8 into buffers of CHUNK_BYTES, each handed to `write` once full. */
export class Utf8Chunks {
  private buffer: Buffer | null = null;
  private used = 0;

  constructor(private readonly write: (chunk: Buffer) => void) {}

  add(s: string): void {
    // a UTF-16 code unit is at most 3 bytes of UTF-8 (a lone surrogate too: U+FFFD, as Buffer.from writes it)
    const most = 3 * s.length;
    if (this.buffer && this.used + most > this.buffer.length) this.flush();
    if (most > CHUNK_BYTES) {
      this.write(Buffer.from(s, 'utf8'));
      return;
    }
    this.buffer ??= Buffer.allocUnsafe(CHUNK_BYTES);
    this.used += this.buffer.write(s, this.used, 'utf8');
  }

  /** Hands over what the current chunk holds. */
  flush(): void {
    if (this.buffer && this.used) this.write(this.buffer.subarray(0, this.used));
    this.buffer = null;
    this.used = 0;
  }
}

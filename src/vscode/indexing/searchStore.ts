/**
 * The search index's snapshot beside the record cache (./cache.ts), so a reload loads the index
 * instead of reading every article's text again (10,000 files) and making its terms. One gzip'd
 * JSON-lines file (CorpusSearch.snapshot()); each article's line
 * carries a stamp (size, modification time, record version) and is used only when the record the
 * index starts from has the same stamp. Saving and loading go a line at a time, yielding to the
 * event loop between slices; gzip runs on libuv's thread pool. Nothing read back is trusted: a
 * file that fails gzip's CRC or any check is deleted and every article is indexed from its text.
 * No vscode import.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { CorpusSearch } from '../../corpus/search';
import { oneWriterAtATime, writeGzipLines, yieldToHost } from './writers';
import { openRegularHandle } from './regularFiles';

const FILE = 'search.jsonl.gz';
/** Time one slice of saving or loading may take before yielding, ms. */
const SLICE_MS = 8;
/** Lines are handed to gzip in chunks of about this many characters. */
const CHUNK = 1 << 18;

/** What an article's search entry was made from: its file's size and time, and the record version. */
export const searchStamp = (size: number, mtimeMs: number, version: string): string => `${size}:${mtimeMs}:${version}`;

export class SearchStore {
  private saving: Promise<unknown> = Promise.resolve();

  /** @param dir the cache's folder (shared with IndexCache, which may delete it whole) */
  constructor(readonly dir: string) {}

  /**
   * Loads the snapshot into `search`, keeping the articles `keep` accepts (what is set in `search`
   * meanwhile stays). False when there is none; throws (after deleting the file) when it is bad.
   */
  async load(search: CorpusSearch, keep: (path: string, stamp: unknown) => boolean): Promise<boolean> {
    let input: NodeJS.ReadableStream;
    try {
      const handle = await openRegularHandle(path.join(this.dir, FILE));
      // streamed: the unzipped file (35 MB at 10k articles) is never in memory whole; a read or
      // gzip error ends the loop below through `unzip`
      const unzip = createGunzip({ chunkSize: CHUNK });
      pipeline(handle.createReadStream(), unzip).catch(() => undefined);
      input = unzip;
    } catch {
      return false;
    }
    const restore = search.restore(keep);
    try {
      // the bytes of a line begun in earlier chunks (most chunks end inside a line): only that
      // line is joined, not the chunk it ends in (a copy of every chunk was 35 MB more of fresh
      // memory at 10k articles, garbage at the host's peak)
      let rest: Buffer[] = [];
      let sliceStart = performance.now();
      for await (const chunk of input as AsyncIterable<Buffer>) {
        let pos = 0;
        if (rest.length) {
          const end = chunk.indexOf(10);
          if (end < 0) {
            rest.push(chunk);
            continue;
          }
          restore.line(Buffer.concat([...rest, chunk.subarray(0, end)]).toString('utf8'));
          rest = [];
          pos = end + 1;
        }
        for (let end = chunk.indexOf(10, pos); end >= 0; end = chunk.indexOf(10, pos)) {
          restore.line(chunk.toString('utf8', pos, end));
          pos = end + 1;
          if (performance.now() - sliceStart > SLICE_MS) {
            await yieldToHost();
            sliceStart = performance.now();
          }
        }
        if (pos < chunk.length) rest.push(chunk.subarray(pos));
      }
      if (rest.length) restore.line(Buffer.concat(rest).toString('utf8'));
      restore.finish();
      return true;
    } catch (e) {
      restore.abandon();
      await this.clear();
      throw e;
    }
  }

  /**
   * Writes a snapshot of `search` (write and rename), each article stamped by `stampOf` (null:
   * not to be trusted on load). False when the index changed while it was written: nothing is
   * replaced, the caller tries again later. Rejects on a file system error. Saves queue behind
   * each other and behind the cache's other writers (oneWriterAtATime).
   */
  save(search: CorpusSearch, stampOf: (path: string) => string | null): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      await fs.mkdir(this.dir, { recursive: true });
      const tmp = path.join(this.dir, `${FILE}.tmp`);
      const lines = search.snapshot(stampOf);
      try {
        await writeGzipLines(tmp, lines, 'after');
      } catch (e) {
        if (/changed while it was saved/.test((e as Error).message)) return false;
        throw e;
      }
      await fs.rename(tmp, path.join(this.dir, FILE));
      return true;
    };
    const queued = (): Promise<boolean> => oneWriterAtATime(run);
    const next = this.saving.then(queued, queued);
    this.saving = next.catch(() => undefined);
    return next;
  }

  /** Deletes the snapshot. */
  async clear(): Promise<void> {
    await fs.rm(path.join(this.dir, FILE), { force: true });
  }
}

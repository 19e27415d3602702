/**
 * The persistent index cache: each article's record with the size and modification time its file
 * had, so a reload re-extracts only what changed. On disk: a manifest (format, record version, the
 * shard files and how many entries each holds) and a few gzip'd JSON-lines shards, an article's
 * shard chosen by a hash of its key, so one edit rewrites one shard: each shard's heads in a gzip'd
 * JSON-lines file, and its records' tails (two thirds of the bytes) as plain JSON, one after
 * another, in a file of its own (`tails-N-gG.bin`) that is never read at load: a record's tail is
 * read from it, at its place, when a view first asks for it (see RecordCodec), so that neither the
 * load nor the heap carries the tails of records no view reads (36 MB at 10,000 articles). A head
 * names its tail's place, length and CRC-32; a tail that fails it is never used. And a string table: each
 * distinct string of the entries' heads once, each distinct list of strings once (as indexes of
 * its strings), and each distinct actor once (its fields as numbers, see ./validate.ts actorsFlat),
 * the heads holding indexes into it, so a load makes each string, list and actor once instead
 * of once per use (names, kinds and name words repeat across articles: at 10,000 articles 1.2
 * million strings in the heads, 65,000 distinct; 204,000 lists, 17,000 distinct; 243,000 actors,
 * 41,000 distinct), in lines of
 * TABLE_LINE entries so that it is parsed in slices too. The table only grows while
 * single shards are rewritten (the indexes in the others stay valid) and starts afresh when every
 * shard is. Nothing read back is trusted:
 * a manifest of another format or version, a shard that fails gzip's CRC or JSON, or an entry that
 * fails validation drops the whole cache (the caller then extracts everything again). Parsing runs
 * in slices that yield to the event loop; gzip runs on libuv's thread pool. No vscode import.
 */
import { closeSync, openSync, writeSync, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { fnv1a } from '../../corpus/hash';
import { isInt } from '../../corpus/guards';
import { oneWriterAtATime, writeGzipLines, yieldToHost } from './writers';
import { readRegular } from './regularFiles';
import { gunzip, tailCrc, TailFile, type TailRef } from './cacheFiles';
import { slicedTableWriter, type TableEntry, type TableWriter } from './cacheTable';
import { numbersText, readNumbers } from './cacheNumbers';
import { relaxedWhile } from './heapGrowth';

export { yieldToHost };
export { TailFile, tailCrc, type TailRef, type TailSource } from './cacheFiles';
export { tableWriter, type TableEntry, type TableWriter } from './cacheTable';

/** The on-disk layout's own version; RECORD_VERSION covers what the records hold. 9: actors in the string table (see ./validate.ts actorsFlat). */
const FORMAT = 9;
/** Shards of the cache: one edit rewrites a 32nd of it, and no one step of a load handles more than that. */
export const SHARDS = 32;
const MANIFEST = 'manifest.json';
const SHARD_NAME = /^shard-(\d{1,2})-g(\d{1,12})-[0-9a-f]{8}\.jsonl\.gz$/;
/** A shard's tails file, named after its heads file. */
const tailsName = (shardFile: string): string => shardFile.replace(/^shard-/, 'tails-').replace(/\.jsonl\.gz$/, '.bin');
const STRINGS_NAME = /^strings-g\d{1,12}-[0-9a-f]{8}\.jsonl\.gz$/;
/** Time one serialising slice may take before yielding, ms. */
const SLICE_MS = 8;
/**
 * Time one parsing slice may take, ms (the extension host's views slice their work as finely): a
 * scavenge of the young records parsed can land on any slice, and the two together are to stay
 * under the host's 50 ms. At 12 ms a slice and its collection took 22-37 ms at 10,000 articles.
 */
const LOAD_SLICE_MS = 4;
/** Entries of the string table made ready between two looks at the clock. */
const TABLE_STEP = 512;
/** Entries of the string table on one line of its file (each line a JSON list, parsed at once: a few tenths of a millisecond). */
const TABLE_LINE = 1024;
/** Shards read and unzipped at once while the load parses: one alone was not always ready when the parse came to it. */
const UNZIP_AHEAD = 3;
/** A string table this short is never started afresh for its size (see IndexCache.baseline). */
const MIN_TABLE = 4096;
/** Tails are gathered in a buffer of this many bytes and written to their file when it fills (a write of it takes well under a millisecond). */
const TAIL_STAGE = 1 << 19;

/** One article as the cache keeps it. Offsets in `lineStarts` are UTF-16 indexes. */
export interface CachedArticle<R> {
  key: string;
  size: number;
  mtimeMs: number;
  lineStarts: Uint32Array;
  record: R;
}

/**
 * The most bytes a tail of an article of `size` bytes may take: a record's spans and surfaces are a
 * few times its text at most. A head claiming more is damaged (a crafted one could make the host
 * read gigabytes), and its article is extracted again.
 */
const maxTailBytes = (size: number): number => 16 * size + 65536;

/**
 * The most UTF-16 units the text of a file of `size` bytes may have, which no offset of its record
 * passes: decoded UTF-8 has no more characters than bytes, and line ends read as the editor shows
 * them (normaliseLineEnds: a lone CR or LF may become CRLF) at most double that. Bounded by the
 * bytes alone, one lone-CR article had the whole cache dropped at every start.
 */
const textBound = (size: number): number => 2 * size;

/**
 * How records go to the cache's JSON and back, in two parts: a head parsed at load and a tail left
 * in its shard's tails file until the codec reads it (see TailRef). The head holds its strings as
 * indexes into the cache's string table. `read` checks what a file holds (shape and bounds, every
 * index into `strings` too, never trusting it, and that it is the record of `key`) and returns
 * null when the head fails.
 */
export interface RecordCodec<R> {
  /** `end`: no offset in the record may lie past it (the file's size in bytes, at least its text's length in UTF-16 units); `table`: the cache's table, as `table` gave it. */
  read(head: unknown, tail: TailRef, key: string, end: number, table: readonly unknown[]): R | null;
  /**
   * `table`: the index of a string, of a non-empty list of strings or of an actor in the cache's
   * table (added when new); `tail`: the tail's bytes, as `read` is to find them, valid only until the next call
   * (they may lie in a buffer every call reuses).
   */
  store(r: R, table: TableWriter): { head: unknown; tail: Buffer };
  /** A stored record's tail now lies at `tail` (its shard was written again, the old file is about to go). */
  moved(r: R, tail: TailRef): void;
  /** Whether the record's tail was found damaged (it reads as empty): such a record is not written. */
  damaged?(r: R): boolean;
  /**
   * The cache's string table as read (checked: strings, lists of the indexes of strings before
   * them, and actors as lists of integers, whose meaning the codec checks), made ready for `read`
   * (lists made lists of strings, strings shared with the rest of the heap, actors made objects,
   * say) into `out`: entries [from, to), those before `from` being ready already (a load does it in
   * slices); returns `out`.
   */
  table(entries: ReadonlyArray<TableEntry>, from?: number, to?: number, out?: unknown[]): unknown[];
  /** A load is over (done or failed): what `read` kept for the heads of one table may go. */
  loaded?(): void;
}

export type CacheLoad<R> = { entries: Map<string, CachedArticle<R>>; dropped?: string };

interface Manifest {
  format: number;
  version: string;
  generation: number;
  /** The string table's file. */
  strings: string;
  /** Each shard's heads file, its number of entries, and the size of its tails file (see tailsName). */
  shards: Array<{ file: string; count: number; tails: number }>;
}

/** Which shard an article goes to: a string hash (FNV-1a) of its key. */
export function shardOf(key: string): number {
  return fnv1a(key) % SHARDS;
}

/** Line starts as the cache stores them: the first (0), then each one's distance from the one before (fewer digits), as numbersText writes them. */
function gapsOf(starts: Uint32Array): string {
  const gaps = new Array<number>(starts.length);
  for (let i = 0; i < starts.length; i++) gaps[i] = i ? starts[i] - starts[i - 1] : starts[0];
  return numbersText(gaps);
}

/** Whether `x` is a list of the string table: non-empty, of the indexes of strings before it in `before`. */
function isTableList(x: unknown, before: readonly unknown[]): boolean {
  if (!Array.isArray(x) || !x.length) return false;
  for (let n = 0; n < x.length; n++) {
    const j = x[n];
    if (!isInt(j, 0, before.length) || typeof before[j] !== 'string') return false;
  }
  return true;
}

/** Whether `x` is an actor of the string table as far as the cache knows it: `{ actor: string }`, nothing else (the codec's `table` reads and checks its numbers). */
function isTableActor(x: unknown): x is { actor: string } {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  if (typeof (x as { actor?: unknown }).actor !== 'string') return false;
  // its own keys counted, not listed (an array for each of 41,000 actors at 10,164 articles)
  let keys = 0;
  for (const k in x) if (Object.hasOwn(x, k)) keys++;
  return keys === 1;
}

/** Line starts of a load's entries taken from this many of them at once (a chunk is freed once all its entries are). */
const STARTS_CHUNK = 1 << 15;

/**
 * Where a load's line starts lie: views into a few large arrays, not an array (and an ArrayBuffer,
 * outside the heap, that V8 tracks one by one) for each of 10,000 entries, which every young
 * collection of the load then had to copy and sweep.
 */
class LineStartsPool {
  private chunk = new Uint32Array(0);
  private used = 0;

  /** A zeroed array of `n` entries. */
  take(n: number): Uint32Array {
    if (n > STARTS_CHUNK >> 4) return new Uint32Array(n);
    if (this.used + n > this.chunk.length) (this.chunk = new Uint32Array(STARTS_CHUNK)), (this.used = 0);
    this.used += n;
    return this.chunk.subarray(this.used - n, this.used);
  }
}

/** A shard as the manifest lists it (see Manifest), with its tails file. */
interface Shard {
  file: string;
  count: number;
  tails: number;
  tailFile: TailFile;
}

export class IndexCache<R> {
  private generation = 0;
  /**
   * In every file name this writes: two windows on one folder share the storage, and each counts
   * generations from the one it loaded, so without it they wrote files of the same names (one
   * window's heads could then be read through the other's string table).
   */
  private readonly writerTag = randomBytes(4).toString('hex');
  /** The shards the manifest on disk lists: shard -> its heads file, entry count, tails file's size, and the tails file as records read it. */
  private current = new Map<number, Shard>();
  /**
   * The string table the shards on disk (those in `current`) index into (strings, and lists as
   * indexes of strings); its file. After a load, until a write needs them, only the file's zipped
   * bytes (`tableBytes`, outside the heap) and its length: held as read, its ~130,000 entries (~5 MB
   * at 10,164 articles, 57,000 of them lists and actors) were live through the whole warm start.
   */
  private strings: ReadonlyArray<TableEntry> = [];
  private tableBytes: Buffer | null = null;
  private tableLength = 0;
  private stringsFile = '';
  /** The table's length when it was loaded or last started afresh: edits that more than double it (strings of old edits kept) have every shard rewritten. */
  private baseline = 0;
  private writing: Promise<void> = Promise.resolve();

  /**
   * @param dir folder the cache owns (created on first write)
   * @param version the record version a usable entry must have been written with
   * @param codec reads one stored record back (validating it) and makes one to store
   */
  constructor(
    readonly dir: string,
    private readonly version: string,
    private readonly codec: RecordCodec<R>,
  ) {}

  /** Reads every entry; a missing cache is empty, a bad one is deleted and said so in `dropped`. */
  async load(): Promise<CacheLoad<R>> {
    let manifestText: string;
    try {
      manifestText = (await readRegular(path.join(this.dir, MANIFEST))).toString('utf8');
    } catch {
      return { entries: new Map() };
    }
    try {
      // nearly all a load makes stays live: fewer major collections meanwhile (see ./heapGrowth.ts)
      return { entries: await relaxedWhile(() => this.parse(manifestText)) };
    } catch (e) {
      await this.clear();
      return { entries: new Map(), dropped: (e as Error).message };
    } finally {
      this.codec.loaded?.();
    }
  }

  private async parse(manifestText: string): Promise<Map<string, CachedArticle<R>>> {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(manifestText);
    } catch {
      throw new Error('manifest is not JSON');
    }
    if (manifest?.format !== FORMAT) throw new Error(`cache format ${manifest?.format} is not ${FORMAT}`);
    if (manifest.version !== this.version) throw new Error(`cache made by version ${String(manifest.version)}, this is ${this.version}`);
    if (!isInt(manifest.generation, 0) || !Array.isArray(manifest.shards)) throw new Error('manifest has no shard list');
    if (!STRINGS_NAME.test(String(manifest.strings))) throw new Error('manifest names no string table');
    const entries = new Map<string, CachedArticle<R>>();
    const current = new Map<number, Shard>();
    for (const shard of manifest.shards) {
      const m = SHARD_NAME.exec(String(shard?.file));
      if (!m || Number(m[1]) >= SHARDS || current.has(Number(m[1])) || !isInt(shard.count, 0) || !isInt(shard.tails, 0)) throw new Error(`manifest names a bad shard (${String(shard?.file).slice(0, 40)})`);
      current.set(Number(m[1]), { file: shard.file, count: shard.count, tails: shard.tails, tailFile: new TailFile(path.join(this.dir, tailsName(shard.file))) });
    }
    // each tails file as long as the manifest says (a tail's own damage shows when it is read: see TailRef)
    const sizes = await Promise.all([...current.values()].map((s) => fs.stat(s.tailFile.path).then((st) => st.size, () => -1)));
    [...current.values()].forEach((s, i) => {
      if (sizes[i] !== s.tails) throw new Error(`the tails of shard ${s.file} are missing or cut short`);
    });
    // shards are read and unzipped (in libuv) a few ahead of the one parsed here
    const unzip = async (file: string): Promise<Buffer | Error> => {
      try {
        return await gunzip(await readRegular(path.join(this.dir, file)));
      } catch (e) {
        return new Error(`shard ${file} is unreadable (${(e as Error).message})`);
      }
    };
    const shards = manifest.shards as Manifest['shards'];
    // the table's zipped bytes kept (see storedTable), its entries made ready here
    let tableBytes: Buffer | null = null;
    const table = (async (): Promise<Buffer | Error> => {
      try {
        return await gunzip((tableBytes = await readRegular(path.join(this.dir, manifest.strings))));
      } catch (e) {
        return new Error(`shard ${manifest.strings} is unreadable (${(e as Error).message})`);
      }
    })();
    const ahead = shards.slice(0, UNZIP_AHEAD).map((s) => unzip(s.file));
    const tableData = await table;
    if (tableData instanceof Error) throw tableData;
    const stored = await this.table(tableData);
    if (!stored) throw new Error('the string table holds other than strings and lists of them');
    // made ready in slices too: at 10k articles the table holds ~80,000 entries (~90 ms of CPU at once)
    const strings: unknown[] = [];
    let sliceStart = performance.now();
    for (let from = 0; from < stored.length; from += TABLE_STEP) {
      this.codec.table(stored, from, Math.min(stored.length, from + TABLE_STEP), strings);
      if (performance.now() - sliceStart > LOAD_SLICE_MS) {
        await yieldToHost();
        sliceStart = performance.now();
      }
    }
    const starts = new LineStartsPool();
    for (const [i, shard] of shards.entries()) {
      const m = SHARD_NAME.exec(shard.file)!;
      const data = await ahead.shift()!;
      if (i + UNZIP_AHEAD < shards.length) ahead.push(unzip(shards[i + UNZIP_AHEAD].file));
      if (data instanceof Error) throw data;
      // lines found in the bytes: only each head becomes a string
      const tails = current.get(Number(m[1]))!;
      let lines = 0;
      let sliceStart = performance.now();
      for (let start = 0; start < data.length; lines++) {
        let end = data.indexOf(10, start);
        if (end < 0) end = data.length;
        const entry = this.entry(data, start, end, tails, strings, starts);
        if (!entry || shardOf(entry.key) !== Number(m[1]) || entries.has(entry.key)) throw new Error(`shard ${shard.file} holds an invalid entry`);
        entries.set(entry.key, entry);
        start = end + 1;
        if (performance.now() - sliceStart > LOAD_SLICE_MS) {
          await yieldToHost();
          sliceStart = performance.now();
        }
      }
      if (lines !== shard.count) throw new Error(`shard ${shard.file} holds ${lines} entries, the manifest says ${shard.count}`);
    }
    this.generation = manifest.generation;
    this.current = current;
    // the entries as read go with the load (a write reads them again from these bytes: see storedTable)
    this.strings = [];
    this.tableBytes = tableBytes;
    this.tableLength = stored.length;
    this.stringsFile = manifest.strings;
    this.baseline = stored.length;
    return entries;
  }

  /** The string table in `data` (lines of JSON lists, their entries in order), checked: strings, and non-empty lists of the indexes of strings before them; null when it holds anything else. */
  private async table(data: Buffer): Promise<TableEntry[] | null> {
    const v: unknown[] = [];
    let sliceStart = performance.now();
    for (let start = 0; start < data.length; ) {
      let end = data.indexOf(10, start);
      if (end < 0) end = data.length;
      let line: unknown;
      try {
        line = JSON.parse(data.toString('utf8', start, end));
      } catch {
        return null;
      }
      if (!Array.isArray(line)) return null;
      for (const x of line) {
        if (typeof x !== 'string' && !isTableList(x, v) && !isTableActor(x)) return null;
        v.push(x);
      }
      start = end + 1;
      if (performance.now() - sliceStart > LOAD_SLICE_MS) {
        await yieldToHost();
        sliceStart = performance.now();
      }
    }
    return v as TableEntry[];
  }

  /**
   * One line, bytes [start, end) of `data`, a JSON list: the entry's key (its index in `strings`),
   * size, modification time, the gaps between its line starts (see ./cacheNumbers.ts), its record's head, and where its
   * tail lies in the shard's tails file: offset, length, CRC-32.
   */
  private entry(data: Buffer, start: number, end: number, shard: Shard, strings: readonly unknown[], starts: LineStartsPool): CachedArticle<R> | null {
    let v: unknown;
    try {
      v = JSON.parse(data.toString('utf8', start, end));
    } catch {
      return null;
    }
    if (!Array.isArray(v) || v.length !== 8) return null;
    // indexed reads, not a destructuring (its iterator), for every entry of a load
    const k = v[0] as unknown;
    const size = v[1] as unknown;
    const mtimeMs = v[2] as unknown;
    const gaps = v[3] as unknown;
    const at = v[5] as unknown;
    const len = v[6] as unknown;
    const crc = v[7] as unknown;
    if (!isInt(k, 0, strings.length) || typeof strings[k] !== 'string' || !isInt(size, 0) || typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs)) return null;
    if (!isInt(at, 0, shard.tails + 1) || !isInt(len, 0, Math.min(shard.tails - at, maxTailBytes(size)) + 1) || !isInt(crc, 0, 2 ** 32)) return null;
    const read = readNumbers(gaps);
    if (!read || !read.count || read.numbers[0] !== 0) return null;
    const bound = textBound(size);
    const lineStarts = starts.take(read.count);
    let pos = 0;
    for (let i = 1; i < read.count; i++) {
      const gap = read.numbers[i];
      if (gap < 1 || (pos += gap) > bound) return null;
      lineStarts[i] = pos;
    }
    const key = strings[k] as string;
    const record = this.codec.read(v[4], { file: shard.tailFile, at, len, crc }, key, bound, strings);
    if (record === null) return null;
    return { key, size, mtimeMs, lineStarts, record };
  }

  /**
   * The string table the shards on disk index into: as the last write left it, or read again
   * (checked as a load checks it) from the bytes the load read; null when they no longer read so.
   */
  private async storedTable(): Promise<ReadonlyArray<TableEntry> | null> {
    if (!this.tableBytes) return this.strings;
    try {
      const stored = await this.table(await gunzip(this.tableBytes));
      if (stored?.length !== this.tableLength) return null;
      this.strings = stored;
      this.tableBytes = null;
      return stored;
    } catch {
      return null;
    }
  }

  /**
   * Rewrites the shards in `shards` from `articles` (every article the index holds now; those of
   * other shards are passed over), then the manifest, atomically (write and rename). Writes queue
   * behind each other. Rejects on a file system error; the cache on disk stays the last good one.
   */
  write(articles: Iterable<CachedArticle<R>>, shards: Iterable<number>): Promise<void> {
    const wanted = new Set(shards);
    const run = async (): Promise<void> => {
      if (!wanted.size) return;
      // the table as loaded, read again from its bytes for a write of some shards; unreadable now, every shard is written
      const stored = wanted.size === SHARDS ? [] : await this.storedTable();
      if (!stored || this.tableLength > 2 * Math.max(this.baseline, MIN_TABLE)) for (let s = 0; s < SHARDS; s++) wanted.add(s);
      await fs.mkdir(this.dir, { recursive: true });
      // articles bucketed by shard first, then each shard streamed to gzip in chunks: a shard's (let
      // alone the cache's) JSON as one string lingers in the large-object space at the host's peak
      const buckets = new Map<number, CachedArticle<R>[]>([...wanted].map((s) => [s, []]));
      let sliceStart = performance.now();
      for (const a of articles) {
        // a record whose tail was found damaged waits for its article's new analysis: left out, the
        // next load extracts it again rather than trusting what it read as empty
        if (!this.codec.damaged?.(a.record)) buckets.get(shardOf(a.key))?.push(a);
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToHost();
          sliceStart = performance.now();
        }
      }
      const generation = ++this.generation;
      const next = new Map(this.current);
      const codec = this.codec;
      // a write of every shard starts the table afresh (strings of edits gone are dropped); else it
      // grows, so that the shards left as they are keep their indexes
      const strings = wanted.size === SHARDS || !stored ? [] : [...stored];
      const table = await slicedTableWriter(strings);
      // where each record's tail now lies, told to the codec once the manifest names the new files
      const placed: Array<[R, TailRef]> = [];
      // each tail copied here as it is made and written out as this fills: tails kept until their
      // shard was written (then copied whole once more) outlived young collections, and every
      // shard's (about 100 MB at 10,000 articles) waited for a full one at the host's peak
      const stage = Buffer.allocUnsafe(TAIL_STAGE);
      for (const [shard, bucket] of buckets) {
        const file = `shard-${shard}-g${generation}-${this.writerTag}.jsonl.gz`;
        const tailFile = new TailFile(path.join(this.dir, tailsName(file)));
        const fd = openSync(tailFile.path, 'w');
        let at = 0;
        let staged = 0;
        const writeOut = (bytes: Buffer, n: number): void => {
          for (let off = 0; off < n; ) off += writeSync(fd, bytes, off, n - off);
        };
        try {
          // each line made as it is written, its tail staged for the tails file
          const lines = (function* () {
            for (const a of bucket) {
              const k = table.string(a.key);
              const { head, tail } = codec.store(a.record, table);
              const ref: TailRef = { file: tailFile, at, len: tail.length, crc: tailCrc(tail) };
              if (staged + tail.length > stage.length) (writeOut(stage, staged), (staged = 0));
              if (tail.length > stage.length) writeOut(tail, tail.length);
              else staged += tail.copy(stage, staged);
              at += tail.length;
              placed.push([a.record, ref]);
              yield JSON.stringify([k, a.size, a.mtimeMs, gapsOf(a.lineStarts), head, ref.at, ref.len, ref.crc]);
            }
          })();
          // lines joined by '\n' with none after the last, as load() splits them
          await writeGzipLines(path.join(this.dir, file), lines, 'between');
          writeOut(stage, staged);
        } catch (e) {
          await fs.rm(tailFile.path, { force: true });
          throw e;
        } finally {
          closeSync(fd);
        }
        next.set(shard, { file, count: bucket.length, tails: at, tailFile });
      }
      // the table after the shards that index into it, before the manifest that names both
      const stringsFile = `strings-g${generation}-${this.writerTag}.jsonl.gz`;
      const tableLines = (function* () {
        for (let i = 0; i < strings.length; i += TABLE_LINE) yield JSON.stringify(strings.slice(i, i + TABLE_LINE));
      })();
      await writeGzipLines(path.join(this.dir, stringsFile), tableLines, 'between');
      const manifest: Manifest = { format: FORMAT, version: this.version, generation, strings: stringsFile, shards: [...next].sort((a, b) => a[0] - b[0]).map(([, s]) => ({ file: s.file, count: s.count, tails: s.tails })) };
      const tmp = path.join(this.dir, `${MANIFEST}.tmp`);
      await fs.writeFile(tmp, JSON.stringify(manifest));
      await fs.rename(tmp, path.join(this.dir, MANIFEST));
      for (const [r, ref] of placed) codec.moved(r, ref);
      const replaced = [...this.current.values()].filter((old) => next.get(Number(SHARD_NAME.exec(old.file)?.[1]))?.file !== old.file);
      for (const old of replaced) old.tailFile.close();
      const files = replaced.flatMap((old) => [old.file, tailsName(old.file)]);
      if (this.stringsFile) files.push(this.stringsFile);
      this.current = next;
      this.strings = strings;
      this.tableBytes = null;
      this.tableLength = strings.length;
      this.stringsFile = stringsFile;
      if (wanted.size === SHARDS) this.baseline = strings.length;
      await Promise.all(files.map((file) => fs.rm(path.join(this.dir, file), { force: true })));
    };
    const queued = (): Promise<void> => oneWriterAtATime(run);
    this.writing = this.writing.then(queued, queued);
    return this.writing;
  }

  /** Resolves when the writes queued so far are done (failed or not). */
  settled(): Promise<void> {
    return this.writing.catch(() => undefined);
  }

  /** Closes the tails files' descriptors (a record's tail read later opens its file again). */
  close(): void {
    for (const s of this.current.values()) s.tailFile.close();
  }

  /** Deletes the cache's files. */
  async clear(): Promise<void> {
    for (const s of this.current.values()) s.tailFile.close();
    this.current = new Map();
    this.strings = [];
    this.tableBytes = null;
    this.tableLength = 0;
    this.stringsFile = '';
    await fs.rm(this.dir, { recursive: true, force: true });
  }
}

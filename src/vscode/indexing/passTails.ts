/**
 * The tails of records just extracted (surfaces, mentions, quotes, sentences: two thirds of a
 * record), which the workers append to files of their own in a folder beside the cache instead of
 * sending them to the host: the host files the head and reads a tail when a view asks, as it does
 * for a record from the cache (see lazyRecord). At the end of a cold pass of 10,164 articles the
 * host so holds ~22 MB less (V8's heap sampling: 193 -> 171 MB), it no longer unpacks and copies
 * the tails from the workers' messages, and the cache's write copies their bytes instead of
 * making their JSON again. A file
 * goes once no record reads from it (the cache's write moved them to its shards) and no job is
 * under way; what is left when the index goes, at a later start once its process has ended.
 * No vscode import.
 */
import { promises as fs, renameSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { TailFile, tailCrc, type TailRef } from './cacheFiles';
import type { ArticleTerms } from '../../corpus/searchTerms';
import { isInt } from '../../corpus/guards';
import { shareParsed } from '../../corpus/record';
import { lazyRecord } from './validate';
import type { Extracted, WrittenTail } from './job';

/** One worker's tails file, as records read it: how many of them still do. */
class PassFile extends TailFile {
  records = 0;

  constructor(
    path: string,
    private readonly owner: PassTails,
  ) {
    super(path);
  }

  release(): void {
    this.records--;
    this.owner.tidy();
  }
}

export class PassTails {
  private readonly files = new Map<string, PassFile>();
  /** Jobs told to write their tails here whose outcome has not been taken yet. */
  private out = 0;
  /** Articles (by path) whose tail read from here failed: their next job sends its record whole, so a fault that repeats cannot loop. */
  private readonly whole = new Set<string>();
  private readonly failed = (key: string): void => {
    this.whole.add(key);
    this.damaged(key);
  };
  private disposed = false;

  /** This extension host's folder, in `base`: one named after its process. */
  readonly dir: string;
  /** Resolves once the folders of sessions no longer running are removed (never rejects: what cannot go is left for a later start). */
  readonly swept: Promise<void>;

  /**
   * `base`: the folder of every session's folder (those of processes no longer running are
   * removed: their tails are no record's, and a window closing may still copy from its own);
   * `damaged` is told the path of a record whose tail then fails its checks (it is extracted again).
   * The removal runs on libuv's pool (at activation, removing a few sessions' tails at once held
   * the host for 22 ms): a folder of this process's pid (an earlier session's, the pid reused) is
   * first renamed out of the way, so that this session's tails never go into what is being removed.
   */
  constructor(
    base: string,
    private readonly damaged: (path: string) => void,
  ) {
    this.dir = path.join(base, String(process.pid));
    try {
      // a name no pid has: a later start removes it, should this process end before it is gone
      renameSync(this.dir, `${this.dir}-old-${Date.now().toString(36)}`);
    } catch {
      // none: the usual case
    }
    this.swept = sweep(base);
  }

  /** Whether the next job for the article of `key` may write its tail here (false once: after its tail failed); if so, it is counted as sent. */
  send(key: string): boolean {
    if (this.disposed || this.whole.delete(key)) return false;
    this.out++;
    return true;
  }

  /**
   * The outcome of a job `sent` here, taken: a record whose tail a worker wrote is replaced by one
   * that reads it from there when asked (see lazyRecord); others are left as they are.
   */
  taken(value: Extracted | undefined): void {
    this.out--;
    if (value?.tail && !this.disposed) {
      const { file, at, len, crc, quotes, end } = value.tail;
      let f = this.files.get(file);
      if (!f) this.files.set(file, (f = new PassFile(file, this)));
      f.records++;
      const ref: TailRef = { file: f, at, len, crc };
      value.record = lazyRecord(value.record, ref, quotes, end, this.failed);
      if (value.searchable) searchables.set(value.record, value.searchable);
      if (value.tail.terms) {
        // the file stays while the terms wait in it (see takeTerms)
        f.records++;
        laterTerms.set(value.record, { file: f, ...value.tail.terms });
      }
    }
    this.tidy();
  }

  /** Removes the files no record reads from, unless a worker may be writing to one (a job under way). */
  tidy(): void {
    if (this.out > 0) return;
    for (const [name, f] of this.files) {
      if (f.records > 0) continue;
      f.close();
      this.files.delete(name);
      rmSync(name, { force: true });
    }
  }

  /**
   * Closes the files, and takes no more tails. They stay: as a window closes, the cache's last
   * write (after the index is disposed) copies the tails not in it yet from them; a later start
   * removes them once this process has ended.
   */
  dispose(): void {
    this.disposed = true;
    for (const f of this.files.values()) f.close();
  }
}

/** Removes the folders in `base` of processes no longer running (every name not a running pid's), but this one's. */
async function sweep(base: string): Promise<void> {
  let left: string[];
  try {
    left = await fs.readdir(base);
  } catch {
    return; // none yet
  }
  const own = String(process.pid);
  await Promise.all(left.filter((name) => name !== own && !running(Number(name))).map((name) => fs.rm(path.join(base, name), { recursive: true, force: true }).catch(() => undefined)));
}

/** Whether process `pid` runs (false for what is no pid). */
function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // another user's process: running
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What search files of a record whose tail stayed on disk, until search takes it (see takeSearchable). */
const searchables = new WeakMap<object, NonNullable<Extracted['searchable']>>();

/** What search files of `record`'s tail, when a worker sent it apart (see PassTails.taken); taken once. */
export function takeSearchable(record: object): Extracted['searchable'] {
  const s = searchables.get(record);
  searchables.delete(record);
  return s;
}

/** Search terms a worker left in its tails file after a record's tail (see WrittenTail.terms), until search takes them. */
const laterTerms = new WeakMap<object, NonNullable<WrittenTail['terms']> & { file: PassFile }>();

/**
 * The search terms a worker left on disk for `record` (see IndexJob.termsLater), with what search
 * keeps of its tail, read and checked (their CRC-32, one weight per term, sentences and quotes in
 * shape); taken once. Undefined when there are none, or they fail: search then makes them from the
 * article's text (and its tail).
 */
export function takeTerms(record: object): { terms: ArticleTerms; searchable: NonNullable<Extracted['searchable']> } | undefined {
  const t = laterTerms.get(record);
  if (!t) return undefined;
  laterTerms.delete(record);
  const bytes = t.file.read(t.at, t.len);
  t.file.release();
  if (!bytes || tailCrc(bytes) !== t.crc || t.weights > bytes.length) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(bytes.toString('utf8', t.weights));
  } catch {
    return undefined;
  }
  if (!Array.isArray(v) || v.length !== 3 || typeof v[0] !== 'string') return undefined;
  const [terms, sentences, flat] = v as [string, unknown, unknown];
  if ((terms ? terms.split(' ').length : 0) !== t.weights) return undefined;
  if (!Array.isArray(sentences) || sentences.length % 2 || !sentences.every((n) => isInt(n, 0))) return undefined;
  if (!Array.isArray(flat) || flat.length % 3) return undefined;
  const quotes: Array<{ start: number; end: number; speakerName: string | null }> = [];
  for (let i = 0; i < flat.length; i += 3) {
    const [start, end, speakerName] = [flat[i], flat[i + 1], flat[i + 2]];
    if (!isInt(start, 0) || !isInt(end, start) || !(speakerName === null || typeof speakerName === 'string')) return undefined;
    quotes.push({ start, end, speakerName: speakerName === null ? null : shareParsed(speakerName) });
  }
  return { terms: { terms, weights: Uint8Array.from(bytes.subarray(0, t.weights)), length: t.length }, searchable: { sentences: Int32Array.from(sentences), quotes } };
}

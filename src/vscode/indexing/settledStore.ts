/**
 * The settled corpus's snapshot (../../corpus/snapshot.ts) beside the record cache, so that a
 * reload restores the actors, their order and the events in host turns instead of filing and
 * settling every record again (seconds at 10,000 articles); the pass then files only the articles
 * changed since. One gzip'd JSON-lines file, each article stamped with its file's size and
 * modification time; used only when every article in it has the cached record it was made from
 * (stamped alike). Saved a moment after the corpus
 * settles from a change, a line at a time in slices of the event loop (gzip runs on libuv's thread
 * pool); a save the corpus overtakes is dropped and tried again later. Never written in Restricted
 * Mode. A snapshot that fails gzip's CRC or any check is deleted and the records are filed as usual.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Corpus } from '../../corpus/corpus';
import type { ArticleRecord } from '../../corpus/record';
import { BufferLines, checkSnapshot, lineEnds, parseSnapshot, restoreStep, runSliced, snapshotLines, type ParsedSnapshot, type SnapshotLines } from '../../corpus/snapshot';
import { readRegular } from './regularFiles';
import { gunzip } from './cacheFiles';
import { oneWriterAtATime, writeGzipLines } from './writers';
import { quoteCount } from './validate';
import { relaxedWhile } from './heapGrowth';

const FILE = 'settled.jsonl.gz';
/** Saved this long after the corpus last changed, ms (a save costs the host about half a second in slices at 10k articles). */
const SAVE_MS = 10_000;
/**
 * Time one slice of reading the snapshot may take before yielding, ms: a step of the reader (a
 * few dozen lines parsed) takes up to ~10 ms more, a young collection as long again (its objects
 * all survive), and VS Code's own messages may share the event loop's turn with it.
 */
const SLICE_MS = 4;

/** A snapshot's parse (an Error when it failed) and how long it took, ms, once done (see SettledStore.parse). */
interface Parsing {
  parsed: Promise<ParsedSnapshot | Error>;
  ms: number;
}

/**
 * The snapshot's lines as load() gives them, with their parse begun as they were read (restore()
 * takes it): it goes with them when the pass lets them go unrestored (its record cache was not loaded).
 */
export class SettledLines extends BufferLines {
  parsing?: Parsing;
}

export class SettledStore {
  /** corpus.revision when the snapshot was last saved or restored. */
  private saved = -1;
  private timer?: NodeJS.Timeout;
  private saving: Promise<void> = Promise.resolve();

  /**
   * @param dir the cache's folder (IndexCache may delete it whole)
   * @param stampOf an article's file size and time, undefined when its record is not the file's (an unsaved buffer)
   */
  constructor(
    readonly dir: string,
    private readonly corpus: Corpus,
    private readonly version: string,
    private readonly stampOf: (key: string) => { size: number; mtimeMs: number } | undefined,
    private readonly settle: () => Promise<void>,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /**
   * Restores the snapshot's `lines` into the (empty) corpus when each of its articles has a cached
   * record (`record`) stamped as the snapshot stamps it; `step` runs the restore's steps in the
   * host's turns. Returns the keys restored (the caller compares them with the files now), else why
   * not (the corpus untouched): a record changed since, or the snapshot failed a check (then it is
   * dropped).
   */
  async restore(
    lines: SnapshotLines,
    record: (key: string) => { size: number; mtimeMs: number; record: ArticleRecord } | undefined,
    step: (work: (deadline: number) => boolean) => Promise<void>,
  ): Promise<string[] | string> {
    // nearly all a restore makes stays live: fewer major collections meanwhile (see ./heapGrowth.ts)
    return relaxedWhile(() => this.restoreRelaxed(lines, record, step));
  }

  private async restoreRelaxed(
    lines: SnapshotLines,
    record: (key: string) => { size: number; mtimeMs: number; record: ArticleRecord } | undefined,
    step: (work: (deadline: number) => boolean) => Promise<void>,
  ): Promise<string[] | string> {
    let r;
    const started = performance.now();
    const parsing = (lines instanceof SettledLines && lines.parsing) || this.parse(lines);
    let waited = 0;
    try {
      const parsed = await parsing.parsed;
      // the pass holds `lines` to its end: the parse (~8 MB at 10,164 articles) goes with the restore
      if (lines instanceof SettledLines) lines.parsing = undefined;
      if (parsed instanceof Error) throw parsed;
      waited = performance.now() - started;
      r = await runSliced(checkSnapshot(parsed, (key) => record(key)?.record), SLICE_MS);
    } catch (e) {
      await this.drop((e as Error).message);
      return `dropped: ${(e as Error).message}`;
    }
    for (const a of r.articles) {
      const cached = record(a.key);
      if (!cached || cached.size !== a.size || cached.mtimeMs !== a.mtimeMs) {
        const why = `the cache's record of ${a.key} is not the snapshot's`;
        this.log.info(`Settled-corpus snapshot not used: ${why}`);
        return why;
      }
    }
    const read = performance.now();
    await step(restoreStep(this.corpus, r, (key) => record(key)!.record, quoteCount));
    this.saved = this.corpus.revision;
    this.log.info(`Settled corpus of ${r.articles.length} article(s) parsed in ${Math.round(parsing.ms)} ms (waited for ${Math.round(waited)} ms of it), checked against the cache in ${Math.round(read - started - waited)} ms, restored in ${Math.round(performance.now() - read)} ms`);
    return r.articles.map((a) => a.key);
  }

  /**
   * Parses `lines` in slices (see parseSnapshot), then lets go of their bytes; `parsed` resolves
   * with what it throws, `ms` is its time once done. Begun by load() as soon as the lines are read,
   * it runs while the record cache loads (neither waits for the other) and is done, or nearly,
   * when restore() asks for it.
   */
  private parse(lines: SnapshotLines): Parsing {
    const started = performance.now();
    const parsing: Parsing = { parsed: Promise.resolve(new Error('not parsed')), ms: 0 };
    parsing.parsed = relaxedWhile(() => runSliced(parseSnapshot(lines, this.version), SLICE_MS))
      .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))))
      .finally(() => {
        parsing.ms = performance.now() - started;
        // parsed whole: its bytes are not needed any more
        if (lines instanceof BufferLines) lines.release();
      });
    return parsing;
  }

  /**
   * The snapshot's lines (see BufferLines), their parse begun at once (restore() takes it); null
   * when there is none or it cannot be read (then it is deleted).
   */
  async load(): Promise<SettledLines | null> {
    let data: Buffer;
    try {
      data = await readRegular(path.join(this.dir, FILE));
    } catch {
      return null;
    }
    try {
      const text = await gunzip(data);
      const lines = new SettledLines(text, await runSliced(lineEnds(text), SLICE_MS));
      lines.parsing = this.parse(lines);
      return lines;
    } catch (e) {
      await this.drop(`unreadable (${(e as Error).message})`);
      return null;
    }
  }

  /** The snapshot failed a check: logged and deleted. */
  async drop(reason: string): Promise<void> {
    this.log.warn(`Settled-corpus snapshot dropped (the records are filed one by one): ${reason}`);
    await fs.rm(path.join(this.dir, FILE), { force: true });
  }

  /** Saves after `ms` when the corpus changed since the last save, unless another change comes first. */
  schedule(ms = SAVE_MS): void {
    if (!vscode.workspace.isTrusted || this.corpus.revision === this.saved) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  /**
   * Saves now (write and rename) when the corpus changed since the last save; the caller has it
   * settled. A corpus that changes meanwhile, or holds an unsaved buffer's record, is saved later.
   * Never rejects.
   */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const run = async (): Promise<void> => {
      if (!vscode.workspace.isTrusted || this.corpus.revision === this.saved) return;
      await this.settle();
      const revision = this.corpus.revision;
      // an unsaved buffer's record is no file's: saved once it is
      if (!this.corpus.paths().every((key) => this.stampOf(key))) return this.schedule();
      const tmp = path.join(this.dir, `${FILE}.tmp`);
      try {
        await fs.mkdir(this.dir, { recursive: true });
        await writeGzipLines(tmp, snapshotLines(this.corpus, this.version, this.stampOf), 'between');
        await fs.rename(tmp, path.join(this.dir, FILE));
        this.saved = revision;
      } catch (e) {
        const message = (e as Error).message;
        if (/changed while|no stamp/.test(message)) this.schedule();
        else this.log.warn(`Settled-corpus snapshot not written: ${message}`);
      }
    };
    // behind the cache's other writers (after a cold index, the record cache's write)
    const queued = (): Promise<void> => oneWriterAtATime(run);
    this.saving = this.saving.then(queued, queued);
    return this.saving;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

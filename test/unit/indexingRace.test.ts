/**
 * An article's jobs racing the watcher's reports (src/vscode/indexing/articleJobs.ts): the worker
 * is a promise the test resolves, so each interleaving is run on purpose, not by chance. The
 * index's part is played by a map (filed records) and `drop` (what CorpusIndex.drop does to the
 * jobs: forget). Every wait is bounded, so a job whose caller never resolves fails the test.
 */
import { strict as assert } from 'node:assert';
import { ArticleJobs } from '../../src/vscode/indexing/articleJobs';
import { HostSlices } from '../../src/vscode/indexing/hostSlices';
import { removeDeleted, type DeletionParts } from '../../src/vscode/indexing/deletions';

const KEY = 'file:///corpus/churn/a1.txt';

/** A worker's job the test ends: `read(text)` hands back what it read. */
function workerJob(): { produce: () => Promise<string>; read: (text: string) => void } {
  let read!: (text: string) => void;
  const result = new Promise<string>((resolve) => (read = resolve));
  return { produce: () => result, read };
}

/** `p`, or a failure saying what never ended, after `ms`. */
function within<T>(p: Promise<T>, what: string, ms = 1000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not end within ${ms} ms`)), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** An index of one article: records filed by the jobs' results, and drop as CorpusIndex does it. */
function index(): { jobs: ArticleJobs<string>; filed: Map<string, string>; file: (text: string) => void; drop: () => void; history: string[] } {
  const jobs = new ArticleJobs<string>(new HostSlices(8));
  const filed = new Map<string, string>();
  const history: string[] = [];
  return {
    jobs,
    filed,
    history,
    file: (text) => {
      filed.set(KEY, text);
      history.push(text);
    },
    drop: () => {
      jobs.forget(KEY);
      filed.delete(KEY);
    },
  };
}

describe('indexing: an article deleted or changed while its job is in flight', () => {
  it('deleted (the watcher drops it) while a pass’s job reads it: the job ends, its record is not filed, no read is left under way', async () => {
    const ix = index();
    const worker = workerJob();
    const pass = ix.jobs.run(KEY, worker.produce, ix.file);
    // the watcher's batch: the file is gone while its job is under way
    assert.ok(ix.jobs.reading(KEY), 'the job is under way');
    ix.drop();
    // the worker had read it before it went
    worker.read('Mayor Ada Lind1 said');
    await within(pass, 'the pass’s job of a deleted file');
    assert.equal(ix.filed.has(KEY), false, 'no ghost: the deleted file’s record is not filed');
    assert.equal(ix.jobs.reading(KEY), undefined);
  });

  it('deleted while a job overtaken by a later one waits for it: both end, neither is filed', async () => {
    const ix = index();
    const first = workerJob();
    const second = workerJob();
    const a = ix.jobs.run(KEY, first.produce, ix.file);
    const b = ix.jobs.run(KEY, second.produce, ix.file);
    first.read('old');
    ix.drop();
    second.read('new');
    await within(Promise.all([a, b]), 'the two jobs of a deleted file');
    assert.deepEqual(ix.history, []);
  });

  it('changed while its job is in flight: the later job’s record is filed, the older never, whichever ends first', async () => {
    for (const olderEndsFirst of [true, false]) {
      const ix = index();
      const older = workerJob();
      const later = workerJob();
      let olderDone = false;
      const a = ix.jobs.run(KEY, older.produce, ix.file).then(() => (olderDone = true));
      const b = ix.jobs.run(KEY, later.produce, ix.file);
      if (olderEndsFirst) {
        older.read('before the change');
        await new Promise((r) => setTimeout(r, 20));
        // the overtaken job's caller waits for the later job: a pass ends with the latest record filed
        assert.equal(olderDone, false, 'the overtaken job waits for the later one');
        later.read('after the change');
      } else {
        later.read('after the change');
        await within(b, 'the later job');
        older.read('before the change');
      }
      await within(Promise.all([a, b]), 'both jobs');
      assert.deepEqual(ix.history, ['after the change'], `older ends ${olderEndsFirst ? 'first' : 'last'}`);
    }
  });

  it('deleted, then created again with the same name, while the first job is in flight: the new file’s record is filed, the deleted one’s never', async () => {
    const ix = index();
    const before = workerJob();
    const after = workerJob();
    const pass = ix.jobs.run(KEY, before.produce, ix.file);
    ix.drop();
    // the watcher's next batch: the file is there again, and read
    const reread = ix.jobs.run(KEY, after.produce, ix.file);
    after.read('created again');
    await within(reread, 'the new file’s job');
    before.read('deleted');
    await within(pass, 'the deleted file’s job');
    assert.deepEqual(ix.history, ['created again']);
    assert.equal(ix.filed.get(KEY), 'created again');
  });

  it('a result that comes after its article was dropped and before the host’s turn is not filed', async () => {
    const ix = index();
    const worker = workerJob();
    const pass = ix.jobs.run(KEY, worker.produce, ix.file);
    worker.read('read before the deletion');
    // the result waits for a host turn (setImmediate); the drop comes first in this one
    await Promise.resolve();
    ix.drop();
    await within(pass, 'the job');
    assert.deepEqual(ix.history, []);
  });
});

describe('indexing: a watcher’s batch of deletions while jobs are in flight', () => {
  const FOLDER = 'file:///corpus/churn';

  /** An index of records by key, its jobs, and the parts removeDeleted works on, as CorpusIndex gives them. */
  function folderIndex(): { jobs: ArticleJobs<string>; filed: Map<string, string>; parts: DeletionParts; read: (key: string) => { done: Promise<void>; read: (text: string) => void }; skipsTold: () => number } {
    let skipsTold = 0;
    const host = new HostSlices(8);
    const jobs = new ArticleJobs<string>(host);
    const filed = new Map<string, string>();
    const parts: DeletionParts = {
      entries: filed,
      skippedFiles: new Map(),
      host,
      readsUnderWay: () => jobs.underWay(),
      generationOf: (key) => jobs.generationOf(key),
      drop: (key) => {
        jobs.forget(key);
        filed.delete(key);
      },
      skipsChanged: () => skipsTold++,
    };
    const read = (key: string): { done: Promise<void>; read: (text: string) => void } => {
      const worker = workerJob();
      return { done: jobs.run(key, worker.produce, (text) => filed.set(key, text)), read: worker.read };
    };
    return { jobs, filed, parts, read, skipsTold: () => skipsTold };
  }

  it('a skipped file deleted (or its folder) drops its reason and tells the status bar; other deletions tell it nothing (fresh63b)', async () => {
    const ix = folderIndex();
    ix.parts.skippedFiles.set(`${FOLDER}/scan.txt`, 'binary');
    ix.parts.skippedFiles.set('file:///corpus/other/latin1.txt', 'not UTF-8');
    ix.filed.set(`${FOLDER}/a0.txt`, 'indexed before');
    await removeDeleted(ix.parts, new Set([`${FOLDER}/a0.txt`]));
    assert.equal(ix.skipsTold(), 0);
    await removeDeleted(ix.parts, new Set([FOLDER]));
    assert.deepEqual([...ix.parts.skippedFiles.keys()], ['file:///corpus/other/latin1.txt']);
    assert.equal(ix.skipsTold(), 1);
  });

  it('a folder deleted while a job reads a file in it: the file never comes back, the job ends', async () => {
    const ix = folderIndex();
    ix.filed.set(`${FOLDER}/a0.txt`, 'indexed before');
    const job = ix.read(`${FOLDER}/a1.txt`);
    const removed = await within(removeDeleted(ix.parts, new Set([FOLDER])), 'the removal');
    assert.deepEqual(removed, [`${FOLDER}/a0.txt`]);
    job.read('read before the folder went');
    await within(job.done, 'the job of a file in the deleted folder');
    assert.deepEqual([...ix.filed.keys()], []);
  });

  it('deleted, then created again and read before the deletion’s turn came: the new file’s record stays', async () => {
    const ix = folderIndex();
    const key = `${FOLDER}/a1.txt`;
    ix.filed.set(key, 'the deleted file');
    // the batch takes what the index holds as it comes; its drop waits for a host turn
    const removing = removeDeleted(ix.parts, new Set([key]));
    // meanwhile the file is there again and a job reads it (a pass's, or the next batch's)
    const job = ix.read(key);
    job.read('created again');
    assert.deepEqual(await within(removing, 'the removal'), []);
    await within(job.done, 'the new file’s job');
    assert.equal(ix.filed.get(key), 'created again');
  });

  it('a file read before it was deleted, its result coming as the batch is handled: never filed, and its job ends', async () => {
    const ix = folderIndex();
    const key = `${FOLDER}/a1.txt`;
    const job = ix.read(key);
    const removing = removeDeleted(ix.parts, new Set([key]));
    job.read('read before the deletion');
    await within(Promise.all([removing, job.done]), 'the removal and the job');
    assert.equal(ix.filed.has(key), false);
    assert.equal(ix.jobs.reading(key), undefined);
  });
});

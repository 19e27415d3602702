/** Reads the articles named on the command line into a corpus, reporting every skipped file on stderr. */
import * as path from 'node:path';
import { Corpus } from '../corpus/corpus';
import { AnalysingCorpus } from '../corpus/analysingCorpus';
import { collectArticles } from '../corpus/files';
import type { AnalyzeOptions } from '../extractor/analyze';
import { WorkerPool, type Outcome } from '../workers/pool';
import { CLOSE, EXTRACT_WORKER, extractOne, type Extracted, type ExtractJob } from './extractWorker';

export interface Loaded {
  corpus: Corpus;
  texts: Map<string, string>;
}

/** Paths in the output are relative to the working folder, with forward slashes, as the spec shows. */
export function displayPath(file: string): string {
  const rel = relativeToWorkingFolder(file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** The last folder relativeToWorkingFolder met, the working folder then, and the folder's path from it. */
let lastFolder = { dir: '', cwd: '', rel: '' };

/**
 * `path.relative(process.cwd(), file)`, with the folder's part worked out once for a folder's files
 * (a corpus's files come folder by folder): a thousand path.relative calls, before they are
 * optimised, took 10-20 ms. A file's last segment, after its last separator, is appended to its
 * folder's relative path, as path.relative would append it; a name that is no plain segment
 * ('', '.', '..') goes the long way.
 */
function relativeToWorkingFolder(file: string): string {
  const cwd = process.cwd();
  const cut = Math.max(file.lastIndexOf(path.sep), file.lastIndexOf('/'));
  const name = file.slice(cut + 1);
  if (cut < 0 || name === '' || name === '.' || name === '..') return path.relative(cwd, file);
  const dir = file.slice(0, cut + 1);
  if (lastFolder.dir !== dir || lastFolder.cwd !== cwd) lastFolder = { dir, cwd, rel: path.relative(cwd, dir) };
  return lastFolder.rel ? `${lastFolder.rel}${path.sep}${name}` : name;
}

/**
 * Article keys that do not depend on the working folder, for exports whose ids are built from them:
 * a file found in a folder named in `inputs` is that folder's own name, then its path inside it
 * (`seeds/000_x.txt` from `seeds`, `.` inside seeds, or `/abs/seeds`); a file named itself is its
 * file name. With nested folders named, the innermost one counts. Forward slashes throughout.
 */
export function exportPaths(inputs: string[]): (file: string) => string {
  const named = inputs.map((i) => path.resolve(i));
  return (file) => {
    const full = path.resolve(file);
    if (named.includes(full)) return path.basename(full);
    let root = '';
    for (const dir of named) if (full.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep) && dir.length > root.length) root = dir;
    // (a file outside every named folder cannot come from collectArticles; its name is all we give)
    if (!root) return path.basename(full);
    return [path.basename(root), ...path.relative(root, full).split(path.sep)].filter(Boolean).join('/');
  };
}

/**
 * Reads and analyses the articles in `inputs` (files and folders); each gets the key `keyOf(file)`
 * (by default its path from the working folder). Files that cannot be read or trip the extractor
 * are skipped and reported through `warn`. With `workers` above one and enough articles, worker
 * threads analyse them (see analyseInWorkers); either way the corpus files the records in the
 * order of the files, so its result does not depend on which finished first.
 */
export async function loadCorpus(
  inputs: string[],
  options: AnalyzeOptions = {},
  warn: (msg: string) => void = (m) => process.stderr.write(m + '\n'),
  keyOf: (file: string) => string = displayPath,
  workers = 1,
): Promise<Loaded> {
  const corpus = new AnalysingCorpus(options);
  const texts = new Map<string, string>();
  const { files, problems } = await collectArticles(inputs);
  for (const p of problems) warn(`corpus-nav: skipped ${p.path}: ${p.reason}`);
  const jobs = files.map((file): ExtractJob => ({ file, key: keyOf(file), options }));
  const threads = Math.min(workers, Math.floor(jobs.length / MIN_ARTICLES_PER_WORKER));
  const take = (job: ExtractJob, outcome: Outcome<Extracted>, own: boolean): void => {
    if (!outcome.ok) return warn(`corpus-nav: skipped ${job.file}: ${outcome.reason}`);
    if (own) corpus.fileOwn(job.key, outcome.value.record);
    else corpus.upsert(job.key, outcome.value.record);
    texts.set(job.key, outcome.value.text);
  };
  if (threads > 1) {
    usedWorkers = true;
    await analyseInWorkers(jobs, threads, (job, outcome) => take(job, outcome, false));
  } else {
    for (const job of jobs) take(job, extractOne(job), true);
  }
  return { corpus, texts };
}

let usedWorkers = false;
/** Whether a loadCorpus of this run had worker threads analyse its articles. */
export function analysedInWorkers(): boolean {
  return usedWorkers;
}

/**
 * Fewest articles per worker thread worth its start: a worker loads the bundle and warms up the
 * extractor's code on its own (about 0.3 s of a core), which a few articles do not pay back.
 */
const MIN_ARTICLES_PER_WORKER = 50;

/**
 * Longest one article may take in a worker, ms: far beyond the extractor's 3 s per MB on the
 * largest file it reads (5 MB), so that only a runaway is stopped; its worker is replaced.
 */
const ARTICLE_TIME_LIMIT_MS = 120_000;

/**
 * Analyses `jobs` in `threads` worker threads, each running the command line's own launcher in
 * the worker role (./extractWorker.ts), and hands each job's outcome to `take` in the jobs'
 * order. A worker that fails or runs past the time limit costs only its article.
 */
async function analyseInWorkers(jobs: ExtractJob[], threads: number, take: (job: ExtractJob, outcome: Outcome<Extracted>) => void): Promise<void> {
  const pool = new WorkerPool<ExtractJob, Extracted>({
    script: path.join(__dirname, 'cli.js'),
    workerData: EXTRACT_WORKER,
    closeMessage: CLOSE,
    size: threads,
    timeoutMs: () => ARTICLE_TIME_LIMIT_MS,
  });
  try {
    const outcomes = jobs.map((job) => pool.run(job));
    for (let i = 0; i < jobs.length; i++) {
      take(jobs[i], await outcomes[i]);
      // filed: its record now lives in the corpus only
      outcomes[i] = DONE;
    }
  } finally {
    await pool.dispose();
  }
}
const DONE: Promise<Outcome<Extracted>> = Promise.resolve({ ok: false, reason: 'filed' });

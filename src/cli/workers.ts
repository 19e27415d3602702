/**
 * Reads and analyses articles on every core: each worker thread takes every n-th file and sends
 * back what the corpus keeps of each article. Object identity inside one message survives the
 * structured clone, so a quote's speaker is still the same object as the actor in the list.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle, type ArticleResult } from '../corpus/corpus';
import { readArticleSync } from '../corpus/files';
import type { AnalyzeOptions } from '../extractor/analyze';
import type { LocalEvent } from '../extractor/events';

export type FileOutcome =
  | { file: string; ok: true; analysis: ArticleResult; events: LocalEvent[]; text: string; bytes: number }
  | { file: string; ok: false; reason: string };

interface Job {
  role: 'corpus-nav-analysis';
  files: string[];
  options: AnalyzeOptions;
}

/** Below this many files a worker costs more to start than it saves. */
const MIN_FILES_PER_WORKER = 40;

export function analyzeFile(file: string, options: AnalyzeOptions): FileOutcome {
  const decoded = readArticleSync(file);
  if (!decoded.ok) return { file, ok: false, reason: decoded.reason };
  try {
    const { analysis, events } = analyzeArticle(decoded.text, options);
    return { file, ok: true, analysis, events, text: decoded.text, bytes: Buffer.byteLength(decoded.text) };
  } catch (e) {
    // one article that trips the extractor must not cost the others their results
    return { file, ok: false, reason: `extractor error (${(e as Error).message})` };
  }
}

/** Outcomes in the order of `files`. */
export async function analyzeFiles(files: string[], options: AnalyzeOptions): Promise<FileOutcome[]> {
  const threads = Math.min(availableParallelism(), Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (threads < 2) return files.map((f) => analyzeFile(f, options));
  const shares = Array.from({ length: threads }, (_, w) => files.filter((_, i) => i % threads === w));
  const results = await Promise.all(shares.map((share) => runWorker({ role: 'corpus-nav-analysis', files: share, options })));
  const byFile = new Map(results.flat().map((o) => [o.file, o]));
  return files.map((f) => byFile.get(f)!);
}

function runWorker(job: Job): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: job });
    worker.once('message', (outcomes: FileOutcome[]) => resolve(outcomes));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`analysis worker exited with code ${code}`)));
  });
}

/** True (and the work done) when this thread is an analysis worker. */
export function serveIfWorker(): boolean {
  const job = workerData as Job | undefined;
  if (isMainThread || job?.role !== 'corpus-nav-analysis') return false;
  parentPort!.postMessage(job.files.map((f) => analyzeFile(f, job.options)));
  return true;
}

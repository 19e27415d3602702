/**
 * The command line's extraction workers (see ./load.ts): each is a worker thread running this
 * bundle (through the launcher, with its code cache) that reads and analyses the articles it is
 * handed, one job at a time, with the protocol of ../workers/pool.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalyzeOptions } from '../extractor/analyze';
import { analyzeToRecord } from '../corpus/analyzeRecord';
import { readArticleSync } from '../corpus/files';
import type { ArticleRecord } from '../corpus/record';
import type { Outcome } from '../workers/pool';

/** `workerData` of a thread started as an extraction worker. */
export const EXTRACT_WORKER = { role: 'corpus-nav extract worker' };

export interface ExtractJob {
  file: string;
  /** The article's key in the corpus. */
  key: string;
  options: AnalyzeOptions;
}

export interface Extracted {
  record: ArticleRecord;
  text: string;
}

/** Whether this thread was started as an extraction worker. */
export function isExtractWorker(): boolean {
  return (workerData as typeof EXTRACT_WORKER | undefined)?.role === EXTRACT_WORKER.role;
}

/**
 * One job: the article's record and text, or why it was skipped, in the words the command line
 * prints after "skipped FILE: " (an unreadable file, or an article that trips the extractor).
 */
export function extractOne(job: ExtractJob): Outcome<Extracted> {
  const decoded = readArticleSync(job.file);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  try {
    return { ok: true, value: { record: analyzeToRecord(decoded.text, job.options, job.key), text: decoded.text } };
  } catch (e) {
    // one article that trips the extractor must not cost the others their results
    return { ok: false, reason: `extractor error (${(e as Error).message})` };
  }
}

/** What the pool posts to end a worker (its closeMessage): the thread then ends by itself, and the launcher's exit handler keeps its code cache. */
export const CLOSE = { close: true };

/** Serves jobs on this worker thread's port until it is told to close. */
export function serveExtractJobs(): void {
  const port = parentPort!;
  port.on('message', (msg: ExtractJob | typeof CLOSE) => {
    if ('close' in msg) port.close();
    else port.postMessage(extractOne(msg));
  });
  port.postMessage({ ready: true });
}

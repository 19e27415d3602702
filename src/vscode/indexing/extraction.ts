/**
 * Articles to the worker pool and back. Each article's jobs are numbered (./articleJobs.ts): a
 * result overtaken by a later job for the same article is dropped, and its caller waits for the
 * later one. A result is handed to the index in one of the host's turns.
 */
import * as vscode from 'vscode';
import type { Outcome, WorkerPool } from '../../workers/pool';
import type { HostSlices } from './hostSlices';
import { indexPool } from './pass';
import { warmUpJob, type Extracted, type IndexJob } from './job';
import { readThroughVscode } from './workspaceFiles';
import { PassTails } from './passTails';
import { ArticleJobs } from './articleJobs';
import { TermNames } from '../../corpus/searchTerms';

/** Whether a failed job's reason says its worker was stopped (time or memory limit) or died. */
export const workerStopped = (reason: string): boolean => /^(stopped|ran out of memory|worker)/.test(reason);

export class Extraction {
  private pool: WorkerPool<IndexJob, Extracted>;
  private readonly jobs: ArticleJobs<Outcome<Extracted>>;
  /** Where workers leave the tails of the records of files they read (none: no cache folder, they come whole). */
  private readonly tails: PassTails | null;
  /** The terms of the workers' vocabularies: every job's result is taken here, in the order it came. */
  private readonly termNames = new TermNames();

  constructor(
    private readonly workerScript: string,
    host: HostSlices,
    /** The size limit of an article, bytes. */
    private readonly maxFileBytes: () => number,
    /** Whether a document is one of the index's articles. */
    private readonly isArticle: (uri: vscode.Uri) => boolean,
    /** With a cache folder: the folder for the records' tails (see ./passTails.ts), and who hears of a tail that then fails its checks (by the record's path). */
    tails?: { dir: string; damaged: (key: string) => void },
  ) {
    this.pool = indexPool(workerScript, this.unsavedArticle);
    this.jobs = new ArticleJobs(host);
    this.tails = tails ? new PassTails(tails.dir, tails.damaged) : null;
  }

  /** Whether an article holds unsaved edits: its save will want a warm worker (see indexPool); a scratch file or the settings do not. */
  private readonly unsavedArticle = (): boolean => vscode.workspace.textDocuments.some((d) => d.isDirty && this.isArticle(d.uri));

  /**
   * Has a worker analyse one article (from `text` when given: an unsaved buffer; `urgent` before
   * the bulk of a pass; without `terms` its search terms left for later, see IndexJob.termsLater) and hands the outcome to `settle` in a host turn unless a later job for
   * the article overtook it. Resolves once that is done or the later job's is.
   */
  run(key: string, uri: vscode.Uri, { text, urgent = false, terms = true }: { text?: string; urgent?: boolean; terms?: boolean }, settle: (outcome: Outcome<Extracted>) => void): Promise<void> {
    return this.jobs.run(key, (current) => this.analyse(key, uri, text, urgent, terms, current), settle);
  }

  /** The number of the article's latest job (0: none yet): a later job's is higher. */
  generationOf(key: string): number {
    return this.jobs.generationOf(key);
  }

  /** The article's job under way, if any. */
  reading(key: string): Promise<void> | undefined {
    return this.jobs.reading(key);
  }

  /** Keys of the articles with a job under way. */
  readsUnderWay(): IterableIterator<string> {
    return this.jobs.underWay();
  }

  /** Any result still to come for the article is dropped (it left the index). */
  forget(key: string): void {
    this.jobs.forget(key);
  }

  /** Starts a worker ahead of a save of the article at `uri` (half a second of start-up otherwise), warmed up on that article. */
  warm(uri?: vscode.Uri): void {
    this.pool.warm(warmUpJob(this.maxFileBytes(), uri?.scheme === 'file' ? uri.fsPath : undefined));
  }

  /** New workers with the limits the settings now give. */
  restart(): void {
    void this.pool.dispose();
    this.pool = indexPool(this.workerScript, this.unsavedArticle);
  }

  dispose(): void {
    void this.pool.dispose();
    this.tails?.dispose();
  }

  private async analyse(key: string, uri: vscode.Uri, text: string | undefined, urgent: boolean, terms: boolean, current: () => boolean): Promise<Outcome<Extracted>> {
    // terms later: the worker's vocabulary is not used, and TermNames hears nothing of the job
    const job: IndexJob = terms ? { key, maxBytes: this.maxFileBytes(), options: {}, numberTerms: true } : { key, maxBytes: this.maxFileBytes(), options: {}, termsLater: true };
    if (text !== undefined) job.text = text;
    else if (uri.scheme === 'file') job.file = uri.fsPath;
    else {
      // another file system (a virtual workspace): the host reads, the worker analyses
      const read = await readThroughVscode(uri, job.maxBytes);
      if (!read.ok) return read;
      job.text = read.value;
    }
    // the tail to disk only where the cache is written (never in Restricted Mode), for it moves there
    const tails = job.file !== undefined && vscode.workspace.isTrusted && this.tails?.send(key) ? this.tails : null;
    if (tails) job.tails = tails.dir;
    const outcome = await this.pool.run(job, urgent);
    // (its worker's results come in order, each one's continuation here in the same order)
    if (outcome.ok && outcome.value.numberedTerms) {
      outcome.value.searchTerms = this.termNames.take(outcome.value.numberedTerms);
      outcome.value.numberedTerms = undefined;
    }
    tails?.taken(outcome.ok && current() ? outcome.value : undefined);
    return outcome;
  }
}

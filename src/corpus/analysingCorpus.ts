/**
 * A corpus that analyses article texts itself: the command line's and the tests'. The extension host
 * only files records its workers made (../vscode/indexing/job.ts), so it uses Corpus and its bundle
 * leaves the extractor out.
 */
import type { AnalyzeOptions } from '../extractor/analyze';
import { analyzeToRecord } from './analyzeRecord';
import { Corpus } from './corpus';
import type { ArticleRecord } from './record';

export class AnalysingCorpus extends Corpus {
  /** `options` go to every analysis; `textOf` as Corpus's. */
  constructor(
    private readonly options: AnalyzeOptions = {},
    textOf?: (path: string) => string | undefined,
  ) {
    super(textOf);
  }

  /** Analyses (or re-analyses) one article: upsert of its record. Throws what the extractor throws. */
  set(path: string, text: string): ArticleRecord {
    const record = analyzeToRecord(text, this.options, path);
    this.fileOwn(path, record);
    return record;
  }

  /** Upsert of a record made in this thread by analyzeToRecord: its strings are this thread's own, so they are not shared (see upsert). */
  fileOwn(path: string, record: ArticleRecord): void {
    this.file(path, record, false);
  }
}

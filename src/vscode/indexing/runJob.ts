/** Runs one indexing job inside a worker thread: read (or take) an article's text, analyse it into its record. No vscode import. */
import { analyzeToRecord } from '../../corpus/analyzeRecord';
import { withoutQuoteTexts, type ArticleRecord } from '../../corpus/record';
import { readArticleSync } from '../../corpus/files';
import { searchableArticle, searchTermsOf } from '../../corpus/search';
import type { Outcome } from './pool';
import type { Extracted, IndexJob } from './job';

/** Reads and analyses one article; a bad file or an extractor error is a reason, not a throw. */
export function runJob(job: IndexJob): Outcome<Extracted> {
  let text: string;
  let size = 0;
  let mtimeMs = 0;
  if (job.text !== undefined) {
    text = job.text;
  } else {
    const read = readArticleSync(job.file ?? '', job.maxBytes);
    if (!read.ok) return read;
    ({ text, size, mtimeMs } = read);
  }
  let record: ArticleRecord;
  try {
    record = analyzeToRecord(text, job.options, job.key);
  } catch (e) {
    return { ok: false, reason: `extractor error (${(e as Error).message})` };
  }
  const searchTerms = searchTermsOf(searchableArticle(record, text));
  // a record of a file read here carries no quote texts: the host reads them from the file when a
  // view shows one. One of a text handed over (an unsaved buffer, a file read through VS Code) keeps
  // them: the host could not read that text again as it was.
  return { ok: true, value: { record: job.text === undefined ? withoutQuoteTexts(record) : record, lineStarts: lineStarts(text), size, mtimeMs, searchTerms } };
}

/** Offsets where lines start; a line ends at LF, CRLF or a lone CR, as in VS Code. */
export function lineStarts(text: string): Uint32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return Uint32Array.from(starts);
}

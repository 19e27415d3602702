/** Runs one indexing job inside a worker thread: read (or take) an article's text, analyse it into its record. No vscode import. */
import { closeSync, constants, fstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import { analyzeToRecord } from '../../corpus/analyzeRecord';
import { withoutQuoteTexts, type ArticleRecord } from '../../corpus/record';
import { readArticleSync } from '../../corpus/files';
import { numberedTermsOf, searchableArticle, searchTermsOf, type SearchableArticle } from '../../corpus/search';
import { TermNumbering, type ArticleTerms } from '../../corpus/searchTerms';
import { tailCrc } from './cacheFiles';
import { tailJson } from './validate';
import type { Outcome } from '../../workers/pool';
import type { Extracted, IndexJob, WrittenTail } from './job';

/** This thread's vocabulary of search terms (see IndexJob.numberTerms), made at its first such job. */
let numbering: TermNumbering | undefined;
/** Vocabularies this thread has made: a vocabulary's number is its thread's and this count. */
let vocabularies = 0;
/**
 * Terms a vocabulary holds at most: then a new one starts (the host takes it as any new one), so
 * that junk (numbers, codes, a word list) cannot grow it without bound (some 7 MB of a worker's heap when full).
 */
const MAX_VOCABULARY = 100_000;

/** The vocabulary this thread's next search terms are numbered in. */
function vocabulary(): TermNumbering {
  if (!numbering || numbering.size >= MAX_VOCABULARY) numbering = new TermNumbering(threadId * 65536 + (vocabularies++ % 65536));
  return numbering;
}

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
  const searchable = searchableArticle(record, text);
  const later = job.termsLater === true && job.text === undefined && job.tails !== undefined;
  const terms: Pick<Extracted, 'searchTerms' | 'numberedTerms'> = later ? {} : job.numberTerms ? { numberedTerms: numberedTermsOf(searchable, vocabulary()) } : { searchTerms: searchTermsOf(searchable) };
  const starts = lineStarts(text);
  // a record of a file read here carries no quote texts: the host reads them from the file when a
  // view shows one. One of a text handed over (an unsaved buffer, a file read through VS Code) keeps
  // them: the host could not read that text again as it was.
  if (job.text !== undefined) return { ok: true, value: { record, lineStarts: starts, size, mtimeMs, ...terms } };
  withoutQuoteTexts(record);
  const tail = job.tails !== undefined ? writeTail(job.tails, record, text.length, later ? searchable : undefined) : null;
  if (!tail) return { ok: true, value: { record, lineStarts: starts, size, mtimeMs, ...terms } };
  // the tail stays on disk: the host gets the head, and what search files of the tail (unless that went with the terms)
  const head: ArticleRecord = { ...record, surfaces: [], mentions: new Int32Array(0), quotes: [], sentences: new Int32Array(0) };
  if (tail.terms) return { ok: true, value: { record: head, lineStarts: starts, size, mtimeMs, tail } };
  return { ok: true, value: { record: head, lineStarts: starts, size, mtimeMs, ...terms, tail, searchable: { sentences: searchable.sentences, quotes: searchable.quotes } } };
}

/** An article's search terms and what search keeps of its tail as WrittenTail.terms lays them out: the weights, then the rest as JSON. */
function termsBytes(t: ArticleTerms, a: SearchableArticle): Buffer {
  const text = Buffer.from(JSON.stringify([t.terms, Array.from(a.sentences), a.quotes.flatMap((q) => [q.start, q.end, q.speakerName])]));
  const out = Buffer.allocUnsafe(t.weights.length + text.length);
  out.set(t.weights, 0);
  text.copy(out, t.weights.length);
  return out;
}

/** Opening a tails file to append to: created when missing, never through a link, never waiting on a FIFO. */
const APPEND = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** This thread's tails file while jobs come one after another (see writeTail): its path and descriptor. */
let open: { file: string; fd: number } | null = null;

/**
 * Appends the record's tail (surfaces, mentions, quotes, sentences: its JSON as the index cache
 * stores it, see tailJson) to this thread's file in `dir`, the only one writing there; where it
 * went, or null when it could not be written (the record then travels whole); `end`: the length
 * of the text analysed, which no offset passes. The file's size, read at each write, is where
 * the tail starts. The file stays open while jobs queue here (an open and a close per article
 * were 2% of a worker's time): closed once this thread's queue is drained (setImmediate runs
 * after the port's pending messages), reopened when the host removed it meanwhile (the host
 * removes a file only while no job that writes there is under way: never during this one).
 */
function writeTail(dir: string, record: ArticleRecord, end: number, searchable?: SearchableArticle): WrittenTail | null {
  const file = path.join(dir, `tails-${threadId}.bin`);
  const bytes = tailJson(record);
  const terms = searchable && searchTermsOf(searchable);
  const termBytes = searchable && terms && termsBytes(terms, searchable);
  try {
    let st = open?.file === file ? fstatSync(open.fd) : null;
    if (!st || st.nlink === 0) {
      closeTails();
      open = { file, fd: openTails(dir, file) };
      setImmediate(closeTails);
      st = fstatSync(open.fd);
    }
    if (!st.isFile()) return closeTails(), null;
    const { fd } = open!;
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    const written: WrittenTail = { file, at: st.size, len: bytes.length, crc: tailCrc(bytes), quotes: record.quotes.length, end };
    if (terms && termBytes) {
      // right after the tail: this thread alone appends to the file
      for (let off = 0; off < termBytes.length; ) off += writeSync(fd, termBytes, off, termBytes.length - off);
      written.terms = { at: st.size + bytes.length, len: termBytes.length, crc: tailCrc(termBytes), weights: terms.weights.length, length: terms.length };
    }
    return written;
  } catch {
    closeTails();
    return null;
  }
}

/** Closes this thread's tails file, if open. */
function closeTails(): void {
  if (!open) return;
  const { fd } = open;
  open = null;
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
}

/** The tails file opened to append, its folder made first only when missing (not a mkdir per article). */
function openTails(dir: string, file: string): number {
  try {
    return openSync(file, APPEND, 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    mkdirSync(dir, { recursive: true });
    return openSync(file, APPEND, 0o600);
  }
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

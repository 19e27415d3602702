/**
 * One indexing job and what it gives back; ./runJob.ts runs it inside a worker thread
 * (./worker.ts). Only types and the warm-up job here, so the host's bundle leaves the extractor
 * out. No vscode import.
 */
import type { AnalyzeOptions } from '../../extractor/analyze';
import type { ArticleRecord } from '../../corpus/record';
import type { ArticleTerms, NumberedTerms } from '../../corpus/searchTerms';
import type { SearchableArticle } from '../../corpus/search';

export interface IndexJob {
  /** The article's key in the corpus (its URI as a string). */
  key: string;
  /** File to read (a local path) when `text` is not given. */
  file?: string;
  /** An editor's unsaved buffer, analysed as it is. */
  text?: string;
  maxBytes: number;
  options: AnalyzeOptions;
  /**
   * A folder where the worker appends the tail of a file's record (./passTails.ts) instead of
   * sending it: the host then holds the head only, as it does for a record from the cache.
   */
  tails?: string;
  /**
   * The search terms numbered in the worker's vocabulary (Extracted.numberedTerms): the host must
   * then take every such result, in order (see TermNames), as Extraction does.
   */
  numberTerms?: boolean;
  /**
   * The search terms go to the tails file right after the record's tail (see WrittenTail.terms),
   * not to the host: a pass with a cache folder files them after its end, once the workers have
   * ended (see SEARCH_AFTER_PASS in ./fullPass.ts). Wins over numberTerms. Where the tail does not
   * go to a file, none are made: the host then makes them from the text read again.
   */
  termsLater?: boolean;
}

/**
 * Where a worker wrote a record's tail (see IndexJob.tails): bytes [at, at + len) of `file`, with
 * their CRC-32, the record's number of quotes, and the length of the text analysed (UTF-16 units:
 * no offset passes it; the file's bytes may be fewer, as line ends are read as the editor shows them).
 */
export interface WrittenTail {
  file: string;
  at: number;
  len: number;
  crc: number;
  quotes: number;
  end: number;
  /**
   * With IndexJob.termsLater: the article's search terms and what search keeps of the tail (then
   * not sent: see Extracted.searchable), bytes [at, at + len) of the same file with their CRC-32:
   * `weights` bytes of weights, then as JSON the terms (separated by spaces), the sentences (flat
   * start/end pairs) and the quotes (flat start, end, speaker's name or null); `length` the
   * article's number of words (see ArticleTerms).
   */
  terms?: { at: number; len: number; crc: number; weights: number; length: number };
}

export interface Extracted {
  record: ArticleRecord;
  /** UTF-16 offsets where lines start in the text analysed. */
  lineStarts: Uint32Array;
  /** Bytes and modification time (ms) of the file read; 0 for a buffer. */
  size: number;
  mtimeMs: number;
  /**
   * The search index's terms of the article, made here so that the host only files them. The
   * text itself stays here: the host keeps none, and copying it over (47 MB at 10k articles) only
   * made garbage on the host's heap.
   */
  searchTerms?: ArticleTerms;
  /** Instead of `searchTerms` when the job said numberTerms: made into them as the result comes (see TermNames). */
  numberedTerms?: NumberedTerms;
  /** Where the record's tail went, when the job said (its surfaces, mentions, quotes and sentences then empty). */
  tail?: WrittenTail;
  /** With `tail`: what search keeps of the tail (see searchableArticle). */
  searchable?: Pick<SearchableArticle, 'sentences' | 'quotes'>;
}

/** A short made-up article with the kinds of sentences the extractor handles: a headline, a quotation with a cue and a speaker with a role, a date, an organisation, a reported statement. */
const WARM_UP_TEXT = [
  'Harbour tolls to rise in spring',
  '',
  '“The tolls have not changed since 2009, and the quays are crumbling,” said Marguerite Osei, the port commissioner, on Tuesday.',
  'The Coastal Freight Association said its members would pay the higher fees if the repairs began before March 3.',
  'Osei told reporters that the council would vote next week.',
].join('\n');

/** Largest article a warm-up job reads, bytes: a save must not wait long behind it. */
const WARM_UP_MAX_BYTES = 256 * 1024;

/**
 * A job a new worker runs before an edit's job comes (see WorkerPool.warm), so the extractor's
 * code is compiled and its data loaded by then: the article being edited (`file`, when it is a
 * local one of WARM_UP_MAX_BYTES at most; its record is dropped), else WARM_UP_TEXT. The article
 * itself, because a first analysis runs much of the extractor's code unoptimised whatever it
 * read before: a 9 KB article took 200-380 ms after WARM_UP_TEXT, 25-80 ms the next time.
 */
export function warmUpJob(maxBytes: number, file?: string): IndexJob {
  const key = 'corpus-navigator:warm-up';
  return file ? { key, file, maxBytes: Math.min(maxBytes, WARM_UP_MAX_BYTES), options: {} } : { key, text: WARM_UP_TEXT, maxBytes, options: {} };
}

/**
 * What the corpus keeps of one article: a compact record of its analysis (actors, mentions,
 * quotes, events, sentence spans), with no article text and no object graph, so that a worker
 * thread can make it and `postMessage` can carry it (structured clone). Plain data but for the two
 * long flat number lists, typed arrays (half the heap of a JS array of numbers); a cache stores it
 * as JSON with those as arrays (../vscode/indexing/validate.ts reads it back). Actors are referred
 * to by their index in `actors`.
 */
import type { LocalActor } from '../extractor/actors';
import type { EventKind, QuoteKind } from '../extractor/types';
import { version as PACKAGE_VERSION } from '../../package.json';

/**
 * Bumped by hand whenever the record's shape changes or the extractor's output changes for the same
 * text (a rule added or fixed in src/extractor/): a cached record of another version is never used.
 */
const RECORD_REVISION = 138;

/** The version a record is made with: the package version, then the record revision ("0.1.0+r1"). */
export const RECORD_VERSION = `${PACKAGE_VERSION}+r${RECORD_REVISION}`;

/** One actor as the article knows it (the extractor's LocalActor as plain data), with its counts here. */
export interface RecordActor extends LocalActor {
  /** Mentions of this actor in the article. */
  mentions: number;
  /** Quotes this actor is the speaker of in the article. */
  quotes: number;
}

/** Stride of `ArticleRecord.mentions`: actor index, start, end, index of its surface form in `surfaces`. */
export const MENTION_STRIDE = 4;

export interface RecordQuote {
  kind: QuoteKind;
  /** The quote's text, the article's text from start to end; '' in a record made without quote texts (see withoutQuoteTexts). */
  text: string;
  /** start, end, speaker mention start, end, cue start, end; -1 where there is none (UTF-16 offsets). */
  spans: number[];
  /** Actor index of the speaker, -1 when no source was found. */
  speaker: number;
  speakerText: string | null;
  cueText: string | null;
  continuation?: true;
  /** Pieces of one attribution interrupted by its cue: flat start, end pairs, with their texts. */
  pieces?: number[];
  /** Each piece's text ('' each in a record made without quote texts). */
  pieceTexts?: string[];
}

export interface RecordEvent {
  kind: EventKind;
  label: string;
  date: string | null;
  dateText: string | null;
  /** Actor index of the place, -1 when none. */
  place: number;
  placeName: string | null;
  /** Actor indexes; an actor the article lost track of is left out. */
  participants: number[];
  /** The passage first speaking of the event and each later one: flat start, end pairs. */
  spans: number[];
  /** Month and day of a date that lacked the article's year (LocalEvent.yearless). */
  yearless?: string;
}

export interface ArticleRecord {
  /** RECORD_VERSION of the code that made it. */
  version: string;
  path: string;
  title: string | null;
  published: string | null;
  actors: RecordActor[];
  /** Surface forms of the mentions, each once. */
  surfaces: string[];
  /** Flat, MENTION_STRIDE numbers per mention, in text order. */
  mentions: Int32Array;
  quotes: RecordQuote[];
  events: RecordEvent[];
  /** Sentence spans of the body text (what search indexes), flat start, end pairs. */
  sentences: Int32Array;
}

/**
 * The record (in place; returned) with its quotes' texts left out ('' each): each is the article's
 * text between the quote's offsets, which a corpus with a reader of the articles reads when a view
 * shows it (Corpus's `textOf`). The editor's records: at 10,000 articles the texts are ~37 MB of
 * heap (a quarter of them two-byte strings), a fifth of what the records hold.
 */
export function withoutQuoteTexts(r: ArticleRecord): ArticleRecord {
  if (!r.quotes.length) return r;
  for (const q of r.quotes) {
    q.text = '';
    if (q.pieceTexts) q.pieceTexts = q.pieceTexts.map(() => '');
  }
  return r;
}

/** Whether withoutQuoteTexts left the record's quote texts out (a quote's own text is never empty). */
export const quoteTextsLeftOut = (r: ArticleRecord): boolean => r.quotes.length > 0 && r.quotes[0].text === '';


/** One copy of each short string (names, keys, aliases, cues, labels) however many records carry it: records from a worker or a cache each bring their own. */
const shared = new Map<string, string>();
const share = (s: string): string => {
  const got = shared.get(s);
  if (got !== undefined) return got;
  if (shared.size > 500_000) shared.clear();
  shared.set(s, s);
  return s;
};
/**
 * Lets go of the table of shared strings (not of the strings: whoever holds them keeps them), once a
 * whole corpus is filed: its hash table alone was 3.7 MB at 10,000 articles, kept for the few
 * records filed later, which then share their strings among themselves only.
 */
export const forgetSharedStrings = (): void => {
  shared.clear();
  sharedLists.clear();
  sharedActors.clear();
};

/**
 * V8's JSON.parse already gives one (internalized) copy of each string value of up to 10 UTF-16
 * units (v8/src/json/json-parser.h, kMaxInternalizedStringValueLength): looking those up again
 * costs a cache load a tenth of its time and saves nothing. A structured clone (a worker's record) shares none.
 */
export const shareParsed = (s: string): string => (s.length <= 10 ? s : share(s));

/**
 * As shareParsed for a string of a cache's string table, whose strings are distinct: it becomes the
 * shared copy with one operation on the table of shared strings instead of a look-up and an insert
 * (83,000 strings at a warm start of 10,164 articles; an equal string shared before keeps its holders).
 */
export const shareTableString = (s: string): string => {
  if (s.length > 10) {
    if (shared.size > 500_000) shared.clear();
    shared.set(s, s);
  }
  return s;
};
/** Records compactRecord made already. */
const compacted = new WeakSet<ArticleRecord>();

/** Marks a record whose strings are shared already (a cache's, made from its string table): compactRecord leaves it as it is, and reads none of its fields. */
export const markCompacted = (r: ArticleRecord): void => {
  compacted.add(r);
};
/** The one empty list that every record's empty lists become (most actors' roles, hints, aliases). */
const EMPTY: string[] = [];

/**
 * One copy of each list of strings of actors (name words, aliases, roles, hints) however many
 * actors carry it, by its JSON: a worker's records bring a list per actor and field (at 10,000
 * articles ~200,000 lists, ~17,000 distinct). Lists of records are only read.
 */
const sharedLists = new Map<string, string[]>();
function shareList(list: string[], one: (s: string) => string): string[] {
  if (!list.length) return EMPTY;
  const key = JSON.stringify(list);
  let got = sharedLists.get(key);
  if (got === undefined) {
    if (sharedLists.size > 200_000) sharedLists.clear();
    sharedLists.set(key, (got = list.map(one)));
  }
  return got;
}

/**
 * One object for the actors records bring alike (every field equal once their strings and lists
 * are shared): an archive names the same places, organisations and people with the same counts
 * over and over (243,000 actors at 10,164 articles, 49,000 distinct, ~104 bytes each). By key (the
 * shared string itself: no key made per actor), each key's actors in order of their counts, found
 * by a binary search (a popular key comes with hundreds of counts and names). Actors of records are
 * only read; those with a field only some have stay their own.
 */
const sharedActors = new Map<string, RecordActor[]>();

/** Whether two compacted actors of one key and the same counts (their strings and lists shared) are alike. */
const alike = (a: RecordActor, b: RecordActor): boolean =>
  a.name === b.name && a.kind === b.kind && a.anonymous === b.anonymous && a.aliases === b.aliases && a.roles === b.roles && a.orgHints === b.orgHints && a.nameTokens === b.nameTokens && b.capitalOf === undefined && b.pendingRole === undefined && b.gender === undefined && b.introduced === undefined;

/** `a` (compacted, fresh), or an actor alike met before that `record` (its actors so far) does not hold already: a record's actors are told apart by identity. */
function sharedActor(a: RecordActor, record: readonly RecordActor[]): RecordActor {
  if (a.capitalOf !== undefined || a.pendingRole !== undefined || a.gender !== undefined || a.introduced !== undefined) return a;
  const known = sharedActors.get(a.key);
  if (known === undefined) {
    if (sharedActors.size > 200_000) sharedActors.clear();
    sharedActors.set(a.key, [a]);
    return a;
  }
  // the first of the key's actors whose counts are not below a's
  let lo = 0;
  for (let hi = known.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    const b = known[mid];
    if (b.mentions < a.mentions || (b.mentions === a.mentions && b.quotes < a.quotes)) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < known.length && known[i].mentions === a.mentions && known[i].quotes === a.quotes; i++) {
    if (alike(a, known[i]) && !record.includes(known[i])) return known[i];
  }
  known.splice(lo, 0, a);
  return a;
}

/** Lists of n empty strings (a record's piece texts left out), each made once. */
const blanks: string[][] = [];
/** `texts`, or the shared list of as many empty strings when each is empty (see withoutQuoteTexts). */
const orBlanks = (texts: string[]): string[] => (texts.length > 64 || texts.some((t) => t !== '') ? texts : (blanks[texts.length] ??= texts.map(() => '')));

/**
 * Makes a record (in place; returned) take less heap with the same values: its repeated strings
 * replaced by shared copies, its empty lists by one shared list, and its actors, quotes and events
 * made again as literals of their own shape, or shared with records alike (a worker's record comes through a structured clone,
 * whose objects keep only a few fields in the object and spill the rest into a second block: about
 * 8 MB more at 10,000 articles). For records from a worker or a cache, not needed for one made in
 * this thread; to be called before the record is filed (its actors are new objects, or those of
 * records alike, never one twice in the record; a record made compact already is left as it is). Quote texts,
 * unique, are left as they are. `fromJson`: the record is fresh from JSON.parse, whose short
 * strings are shared already.
 */
export function compactRecord(r: ArticleRecord, fromJson = false): ArticleRecord {
  // a record filed again as it is (the same object) keeps its actors: the registry knows them by identity
  if (compacted.has(r)) return r;
  compacted.add(r);
  const one = fromJson ? shareParsed : share;
  const orNull = (s: string | null): string | null => (s === null ? null : one(s));
  const all = (list: string[]): string[] => shareList(list, one);
  r.version = one(r.version);
  r.published = orNull(r.published);
  // a worker's record brings its own copy of every kind word (hundreds of thousands at 10k articles)
  const actors: RecordActor[] = [];
  for (const a of r.actors) {
    const c: RecordActor = {
      key: one(a.key),
      name: one(a.name),
      kind: one(a.kind) as RecordActor['kind'],
      aliases: all(a.aliases),
      roles: all(a.roles),
      orgHints: all(a.orgHints),
      nameTokens: all(a.nameTokens),
      anonymous: a.anonymous,
      mentions: a.mentions,
      quotes: a.quotes,
    };
    if (a.capitalOf !== undefined) c.capitalOf = one(a.capitalOf);
    if (a.pendingRole !== undefined) c.pendingRole = a.pendingRole;
    if (a.gender !== undefined) c.gender = a.gender;
    if (a.introduced !== undefined) c.introduced = true;
    actors.push(sharedActor(c, actors));
  }
  r.actors = actors;
  r.surfaces = r.surfaces.map(one);
  r.quotes = r.quotes.map((q): RecordQuote => {
    const c: RecordQuote = { kind: one(q.kind) as QuoteKind, text: q.text, spans: q.spans, speaker: q.speaker, speakerText: orNull(q.speakerText), cueText: orNull(q.cueText) };
    if (q.continuation) c.continuation = true;
    if (q.pieces) [c.pieces, c.pieceTexts] = [q.pieces, q.pieceTexts && orBlanks(q.pieceTexts)];
    return c;
  });
  r.events = r.events.map((e): RecordEvent => {
    const c: RecordEvent = {
      kind: one(e.kind) as EventKind,
      label: one(e.label),
      date: orNull(e.date),
      dateText: orNull(e.dateText),
      place: e.place,
      placeName: orNull(e.placeName),
      participants: e.participants,
      spans: e.spans,
    };
    if (e.yearless !== undefined) c.yearless = e.yearless;
    return c;
  });
  return r;
}

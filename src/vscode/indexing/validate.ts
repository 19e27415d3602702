/**
 * Checks that a value read back from the cache is an ArticleRecord of this version, in shape and
 * bounds (every actor and surface index in range, every offset a non-negative integer no further
 * than the file's size where the caller gives it, flat arrays of the right stride), so that nothing
 * a damaged or foreign file holds reaches the corpus. Linear in the record's size. Also the cache's
 * codec for records (JSON arrays on disk, typed arrays and shared strings in memory). No vscode
 * import.
 */
import { compactRecord, markCompacted, MENTION_STRIDE, RECORD_VERSION, shareTableString, type ArticleRecord, type RecordActor, type RecordEvent } from '../../corpus/record';
import type { RecordCodec } from './cache';
import { exact } from '../../corpus/group';
import { tailCrc, type TailRef } from './cacheFiles';
import type { TableEntry, TableWriter } from './cacheTable';
import { numbersText, readNumbers } from './cacheNumbers';
import { ACTOR_KINDS, isInt, isObject, isString, isStringOrNull, strings } from '../../corpus/guards';

const QUOTE_KINDS = new Set(['direct', 'indirect', 'mixed']);

/** A flat list of numbers: an array as JSON gives it, or the typed array a live record holds. */
const isNumbers = (v: unknown): v is ArrayLike<number> & { every(f: (n: number) => boolean): boolean } => Array.isArray(v) || v instanceof Int32Array;
/** A flat array of offsets (or -1 for none) up to `end`, of length a multiple of `stride`. */
const offsets = (v: unknown, stride: number, min: number, end: number): boolean => isNumbers(v) && v.length % stride === 0 && v.every((n) => isInt(n, min, end + 1));

function isActor(a: unknown): boolean {
  return (
    isObject(a) &&
    isString(a.key) &&
    isString(a.name) &&
    ACTOR_KINDS.has(a.kind as string) &&
    strings(a.aliases) &&
    strings(a.roles) &&
    strings(a.orgHints) &&
    strings(a.nameTokens) &&
    typeof a.anonymous === 'boolean' &&
    (a.capitalOf === undefined || isString(a.capitalOf)) &&
    (a.pendingRole === undefined || (isObject(a.pendingRole) && isString(a.pendingRole.org) && isString(a.pendingRole.role))) &&
    (a.gender === undefined || a.gender === 'male' || a.gender === 'female') &&
    (a.introduced === undefined || a.introduced === true) &&
    isInt(a.mentions, 0) &&
    isInt(a.quotes, 0)
  );
}

/**
 * True when `r` is a well-formed ArticleRecord of RECORD_VERSION, live or as stored (its flat number
 * lists as arrays), no offset past `end` (its text's length, or any bound above it: the file's bytes).
 */
export function isArticleRecord(r: unknown, end = Number.MAX_SAFE_INTEGER - 1): r is ArticleRecord {
  return isRecordHead(r, end) && isRecordTail(r, (r.actors as unknown[]).length, end);
}

/** The fields a record is filed by (./cache.ts reads them at once): version, path, title, date, actors (unless `actorsChecked`: see actorOf), events; no offset past `end`. */
function isRecordHead(r: unknown, end: number, actorsChecked = false): r is Record<string, unknown> {
  if (!isObject(r) || r.version !== RECORD_VERSION || !isString(r.path) || !isStringOrNull(r.title) || !isStringOrNull(r.published)) return false;
  if (!Array.isArray(r.actors) || (!actorsChecked && !r.actors.every(isActor))) return false;
  const actors = r.actors.length;
  const eventOk = (e: unknown): boolean =>
    isObject(e) &&
    isString(e.kind) &&
    isString(e.label) &&
    isStringOrNull(e.date) &&
    isStringOrNull(e.dateText) &&
    isInt(e.place, -1, actors) &&
    isStringOrNull(e.placeName) &&
    Array.isArray(e.participants) &&
    e.participants.every((p) => isInt(p, 0, actors)) &&
    offsets(e.spans, 2, 0, end) &&
    (e.spans as number[]).length >= 2;
  return Array.isArray(r.events) && r.events.every(eventOk);
}

/** The rest of a record (read when first asked): surfaces, mentions, quotes and sentences, checked against its number of actors. */
function isRecordTail(r: unknown, actors: number, end: number): boolean {
  if (!isObject(r) || !strings(r.surfaces)) return false;
  const surfaces = (r.surfaces as string[]).length;
  const m = r.mentions;
  if (!isNumbers(m) || m.length % MENTION_STRIDE !== 0) return false;
  for (let i = 0; i < m.length; i += MENTION_STRIDE) {
    if (!isInt(m[i], -1, actors) || !isInt(m[i + 1], 0, end + 1) || !isInt(m[i + 2], m[i + 1], end + 1) || !isInt(m[i + 3], 0, surfaces)) return false;
  }
  const quoteOk = (q: unknown): boolean =>
    isObject(q) &&
    QUOTE_KINDS.has(q.kind as string) &&
    isString(q.text) &&
    offsets(q.spans, 6, -1, end) &&
    (q.spans as number[]).length === 6 &&
    isInt(q.speaker, -1, actors) &&
    isStringOrNull(q.speakerText) &&
    isStringOrNull(q.cueText) &&
    (q.continuation === undefined || q.continuation === true) &&
    (q.pieces === undefined || (offsets(q.pieces, 2, 0, end) && strings(q.pieceTexts) && (q.pieceTexts as string[]).length * 2 === (q.pieces as number[]).length));
  return Array.isArray(r.quotes) && r.quotes.every(quoteOk) && offsets(r.sentences, 2, 0, end) && ascending(r.sentences as ArrayLike<number>);
}

/** Spans in text order that do not overlap (search reads each sentence's text: overlapping ones would make it quadratic). */
function ascending(spans: ArrayLike<number>): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i] < spans[i - 1]) return false;
  return true;
}

/** A record as read from the cache's JSON, checked (null when it fails), with typed arrays and shared strings. */
export function readArticleRecord(v: unknown): ArticleRecord | null {
  if (!isArticleRecord(v)) return null;
  if (!(v.mentions instanceof Int32Array)) v.mentions = Int32Array.from(v.mentions);
  if (!(v.sentences instanceof Int32Array)) v.sentences = Int32Array.from(v.sentences);
  return compactRecord(v, true);
}

/** A record as the cache writes it: plain JSON (a typed array would stringify as an object). */
export function storedArticleRecord(r: ArticleRecord): unknown {
  return { ...r, mentions: Array.from(r.mentions), sentences: Array.from(r.sentences) };
}

/** A head that fails to decode (an index out of the table, a list that is none): the whole head is refused. */
const BAD = new Error('bad head');
/** The one empty list that a cached head's empty lists become (most actors' roles, hints, aliases). */
const NONE: string[] = [];

/** A head's strings, lists of strings and actors as indexes into the cache's table (./cache.ts), and back. */
interface Strings {
  /** The string at index `i`; throws BAD when `i` is no string's index in the table. */
  at(i: unknown): string;
  /** As `at`, -1 standing for null. */
  orNull(i: unknown): string | null;
  /** The list of strings at index `i` (shared: lists are only read), -1 standing for the empty list; throws BAD when `i` is no list's index. */
  list(i: unknown): string[];
  /**
   * Per entry of the table, the number of the head that last took it as an actor (see headOf), 0
   * for none yet, -1 for an entry that is no actor (or one that failed its checks): the heads' 243,000
   * look-ups at 10,164 articles read this, not the entries themselves.
   */
  readonly takenBy: Int32Array;
  /** Heads decoded with this table so far. */
  heads: number;
  /** The table, made ready. */
  readonly table: readonly unknown[];
}

/** A table entry made ready (see the codec's `table`) that is an actor: an object (strings are strings, lists arrays, an actor that failed its checks null). */
const isReadyActor = (e: unknown): e is Record<string, unknown> => typeof e === 'object' && e !== null && !Array.isArray(e);

function stringsOf(table: readonly unknown[]): Strings {
  const at = (i: unknown): string => {
    if (!isInt(i, 0, table.length) || typeof table[i] !== 'string') throw BAD;
    return table[i] as string;
  };
  const takenBy = new Int32Array(table.length);
  for (let i = 0; i < table.length; i++) if (!isReadyActor(table[i])) takenBy[i] = -1;
  return {
    at,
    table,
    takenBy,
    heads: 0,
    orNull: (i) => (i === -1 ? null : at(i)),
    list(i) {
      if (i === -1) return NONE;
      if (!isInt(i, 0, table.length) || !Array.isArray(table[i])) throw BAD;
      return table[i] as string[];
    },
  };
}

/** Numbers per actor in the cache's table (see actorsFlat). */
const ACTOR_FIELDS = 10;

/**
 * A record's actors as the cache stores them: each as the index of an actor entry of the string
 * table, whose ten numbers are its fields in a fixed order (strings and lists as indexes, -1 an
 * empty list; `anonymous` 1 or 0), so that actors stored alike are one entry and a load makes each
 * once (243,000 actors in 10,164 heads, 41,000 distinct); the indexes in one string
 * (./cacheNumbers.ts); and apart, flat, each actor's index and the fields it may lack (as they
 * are), for the few that have them. Before cache format 9 each head held its actors' ten numbers,
 * and a load looked each actor up by them: the load's instructions were ~9% more (callgrind).
 */
function actorsFlat(actors: readonly RecordActor[], table: TableWriter): { flat: string; more: unknown[] } {
  const list = (l: string[]): number => (l.length ? table.list(l) : -1);
  const indexes: number[] = [];
  const more: unknown[] = [];
  actors.forEach((a, i) => {
    indexes.push(table.actor([table.string(a.key), table.string(a.name), table.string(a.kind), list(a.aliases), list(a.roles), list(a.orgHints), list(a.nameTokens), a.anonymous ? 1 : 0, a.mentions, a.quotes]));
    if (a.capitalOf !== undefined || a.pendingRole !== undefined || a.gender !== undefined || a.introduced !== undefined) more.push(i, { capitalOf: a.capitalOf, pendingRole: a.pendingRole, gender: a.gender, introduced: a.introduced });
  });
  return { flat: numbersText(indexes), more };
}

/**
 * An actor entry of the table (`numbers`, its numbers' string) made an actor, checked as isActor
 * checks one: its strings and lists entries before it (`ready`, made ready already), its kind one,
 * `anonymous` 1 or 0, its counts whole; null for what is no such actor (a head that names it is refused).
 */
function tableActor(numbers: string, ready: readonly unknown[], before: number): Record<string, unknown> | null {
  const read = readNumbers(numbers);
  if (!read || read.count !== ACTOR_FIELDS) return null;
  const f = read.numbers;
  const str = (j: number): string | null => (j < before && typeof ready[j] === 'string' ? (ready[j] as string) : null);
  const list = (j: number): string[] | null => (j === -1 ? NONE : j < before && Array.isArray(ready[j]) ? (ready[j] as string[]) : null);
  const key = str(f[0]);
  const name = str(f[1]);
  const kind = str(f[2]);
  const aliases = list(f[3]);
  const roles = list(f[4]);
  const orgHints = list(f[5]);
  const nameTokens = list(f[6]);
  const anonymous = f[7];
  if (key === null || name === null || kind === null || !ACTOR_KINDS.has(kind) || !aliases || !roles || !orgHints || !nameTokens || (anonymous !== 0 && anonymous !== 1) || !isInt(f[8], 0) || !isInt(f[9], 0)) return null;
  return { key, name, kind, aliases, roles, orgHints, nameTokens, anonymous: anonymous === 1, mentions: f[8], quotes: f[9] };
}

/** Gives actor `a` the fields it may lack, as actorsFlat stored them apart (`more`, checked here); throws BAD for what is no such fields. */
function addMore(a: Record<string, unknown>, more: unknown): void {
  if (!isObject(more)) throw BAD;
  const { capitalOf, pendingRole, gender, introduced } = more;
  if (!(capitalOf === undefined || isString(capitalOf))) throw BAD;
  if (!(pendingRole === undefined || (isObject(pendingRole) && isString(pendingRole.org) && isString(pendingRole.role)))) throw BAD;
  if (!(gender === undefined || gender === 'male' || gender === 'female')) throw BAD;
  if (!(introduced === undefined || introduced === true)) throw BAD;
  // in the order analyzeToRecord sets them
  if (capitalOf !== undefined) a.capitalOf = capitalOf;
  if (pendingRole !== undefined) a.pendingRole = pendingRole;
  if (gender !== undefined) a.gender = gender;
  if (introduced !== undefined) a.introduced = true;
}

/** An event as the cache stores it: its fields in a fixed order, strings as indexes (-1 for null; its yearless day last, when it has one). */
function eventTuple(e: RecordEvent, table: TableWriter): unknown[] {
  const str = (s: string): number => table.string(s);
  const orNull = (v: string | null): number => (v === null ? -1 : str(v));
  const t: unknown[] = [str(e.kind), str(e.label), orNull(e.date), orNull(e.dateText), e.place, orNull(e.placeName), e.participants, e.spans];
  if (e.yearless !== undefined) t.push(str(e.yearless));
  return t;
}

/** An event back from eventTuple (checked later, as every event is); throws BAD for what is no such tuple. */
function eventOf(t: unknown, s: Strings): Record<string, unknown> {
  if (!Array.isArray(t) || (t.length !== 8 && t.length !== 9)) throw BAD;
  const e: Record<string, unknown> = { kind: s.at(t[0]), label: s.at(t[1]), date: s.orNull(t[2]), dateText: s.orNull(t[3]), place: t[4], placeName: s.orNull(t[5]), participants: t[6], spans: t[7] };
  if (t.length === 9) e.yearless = s.at(t[8]);
  return e;
}

/**
 * A record's head as the cache stores it (version, path, title, published, actors flat, events,
 * number of quotes, the actors' fields stored apart: see actorsFlat), made the object lazyShell
 * would make of it (no second object per record at a load).
 */
function headOf(v: unknown, s: Strings): ArticleRecord {
  if (!Array.isArray(v) || v.length !== 8 || !Array.isArray(v[5]) || !Array.isArray(v[7])) throw BAD;
  // the actors' indexes in a buffer the next head's read reuses: each is read here
  const read = readNumbers(v[4]);
  if (!read) throw BAD;
  const indexes = read.numbers;
  const events = v[5] as unknown[];
  const more = v[7] as unknown[];
  if (more.length % 2) throw BAD;
  // pushed, not written into arrays made of a length (holey, and slower for all that reads them)
  const a: Array<Record<string, unknown>> = [];
  // `more` in ascending actor order, each once: a cursor (anything else is left over, and refused)
  let m = 0;
  const head = ++s.heads;
  const { takenBy } = s;
  for (let k = 0; k < read.count; k++) {
    const i = indexes[k];
    const taken = i >= 0 && i < takenBy.length ? takenBy[i] : -1;
    if (taken < 0) throw BAD;
    const shared = s.table[i] as Record<string, unknown>;
    if (m < more.length && more[m] === a.length) {
      // an actor with fields of its own is its own (its fields in the order actorsFlat stored them, then those)
      const actor = { ...shared };
      addMore(actor, more[m + 1]);
      m += 2;
      a.push(actor);
    } else if (taken === head) {
      // never one object twice in a record, whose actors are told apart by identity (events name their participants by them)
      a.push({ ...shared });
    } else {
      takenBy[i] = head;
      a.push(shared);
    }
  }
  if (m !== more.length) throw BAD;
  const e: Array<Record<string, unknown>> = [];
  for (let i = 0; i < events.length; i++) e.push(eventOf(events[i], s));
  // kept for as long as the record: without the room pushing left them (see exact)
  return { version: s.at(v[0]), path: s.at(v[1]), title: s.orNull(v[2]), published: s.orNull(v[3]), actors: exact(a), events: exact(e) } as unknown as ArticleRecord;
}

const TAIL = ['surfaces', 'mentions', 'quotes', 'sentences'] as const;
type Tail = Pick<ArticleRecord, (typeof TAIL)[number]>;
/** A record's tail as the cache stores it, before it is parsed: where its JSON lies, and what to do if it fails its checks. */
type LazyTail = { ref: TailRef; quotes: number; end: number; damaged: (path: string) => void };
const unparsed = new WeakMap<ArticleRecord, LazyTail>();

/**
 * Where the cache's write reads the unread tails it copies as they are (see RecordCodec.store): one
 * buffer, grown to the longest tail up to SCRATCH_MAX, instead of one per tail. A cold index's
 * first write read all 10,164 tails (~57 MB) into buffers of their own, which only a collection
 * freed, and none came: they were the extension host's peak of memory.
 */
let scratch = Buffer.alloc(0);
/** Longest tail read into the scratch buffer, bytes; a longer one (a rare huge article) gets its own. */
const SCRATCH_MAX = 1 << 20;

/** A stored tail's bytes, read from its place (into the scratch buffer when `scratchOk`: valid until the next such read); null when they cannot be read or fail their CRC. */
function tailBytes(ref: TailRef, scratchOk = false): Buffer | null {
  if (scratchOk && ref.len <= SCRATCH_MAX && scratch.length < ref.len) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_MAX, Math.max(ref.len, 2 * scratch.length, 1 << 16)));
  const bytes = ref.file.read(ref.at, ref.len, scratchOk ? scratch : undefined);
  return bytes && tailCrc(bytes) === ref.crc ? bytes : null;
}

/** A parsed record's tail as the cache stores it: JSON (its typed arrays as arrays). */
export const tailJson = (r: ArticleRecord): Buffer => Buffer.from(JSON.stringify({ surfaces: r.surfaces, mentions: Array.from(r.mentions), quotes: r.quotes, sentences: Array.from(r.sentences) }));

/** Records whose tail failed when read: they read as empty until their article is extracted again, and the cache writes them no more. */
const damagedTails = new WeakSet<ArticleRecord>();

/** Parses and checks a lazy record's tail (once), making its fields plain data; an empty tail, and `damaged` told, when it fails. */
function parseTail(r: ArticleRecord): void {
  const lazy = unparsed.get(r);
  if (!lazy) return;
  unparsed.delete(r);
  let tail: Tail | null = null;
  try {
    const bytes = tailBytes(lazy.ref);
    // read: the record needs its file no more
    lazy.ref.file.release?.();
    const v = bytes && JSON.parse(bytes.toString('utf8'));
    if (isRecordTail(v, r.actors.length, lazy.end) && v.quotes.length === lazy.quotes) tail = v;
  } catch {
    // checked below
  }
  if (!tail) {
    damagedTails.add(r);
    lazy.damaged(r.path);
  }
  const t: Tail = tail ?? { surfaces: [], mentions: new Int32Array(0), quotes: [], sentences: new Int32Array(0) };
  // the tail's strings shared as a whole record's are (compactRecord), its head left as it is
  const shared = compactRecord({ version: r.version, path: r.path, title: null, published: null, actors: [], events: [], surfaces: t.surfaces, quotes: t.quotes, mentions: t.mentions, sentences: t.sentences }, true);
  const data = (v: unknown): PropertyDescriptor => ({ value: v, writable: true, enumerable: true, configurable: true });
  Object.defineProperties(r, {
    surfaces: data(shared.surfaces),
    quotes: data(shared.quotes),
    mentions: data(t.mentions instanceof Int32Array ? t.mentions : Int32Array.from(t.mentions)),
    sentences: data(t.sentences instanceof Int32Array ? t.sentences : Int32Array.from(t.sentences)),
  });
}

/**
 * The accessors of an unread tail's fields: parse it, then answer. The same functions for every
 * record, so that V8 gives all lazy records one shape (closures of their own made a shape, and
 * four functions, per record).
 */
const LAZY_TAIL: PropertyDescriptorMap = Object.fromEntries(
  TAIL.map((k) => [
    k,
    {
      get(this: ArticleRecord) {
        parseTail(this);
        return this[k];
      },
      set(this: ArticleRecord, v: unknown) {
        parseTail(this);
        (this[k] as unknown) = v;
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

/** A record's number of quotes, without parsing a lazy record's tail. */
export function quoteCount(r: ArticleRecord): number {
  return unparsed.get(r)?.quotes ?? r.quotes.length;
}

/**
 * How the index cache reads and writes ArticleRecords: the head (what filing a record reads: its
 * actors and events) parsed and checked at once, the tail (surfaces, mentions, quotes, sentences:
 * about two thirds of the bytes) left in the cache's tails file (see TailRef) and read, parsed and
 * checked when one of its fields is first read (a view asks); written again as the bytes it was
 * read from while unread. A tail that then cannot be read or fails its CRC or its checks reads as
 * empty and `damaged` is told the record's path (the caller extracts the article again).
 */
export function lazyArticleCodec(damaged: (path: string) => void): RecordCodec<ArticleRecord> {
  // the table's reader made once per load, not once per record, and dropped after it (it holds the load's shared actors)
  let lastTable: readonly unknown[] | null = null;
  let lastStrings: Strings | null = null;
  return {
    read(stored, tail, key, end, table) {
      let r: ArticleRecord;
      try {
        r = headOf(stored, table === lastTable ? lastStrings! : ((lastTable = table), (lastStrings = stringsOf(table))));
      } catch {
        return null;
      }
      const quotes = (stored as unknown[])[6];
      // a record of another path: a damaged tail would have that file extracted again, not this one
      if (!isRecordHead(r, end, true) || r.path !== key || !isInt(quotes, 0)) return null;
      // its strings shared already (the shard's table), its empty lists one list: no compactRecord
      return makeLazy(r, { ref: tail, quotes, end, damaged });
    },
    loaded() {
      lastTable = null;
      lastStrings = null;
    },
    moved(r, tail) {
      const lazy = unparsed.get(r);
      if (!lazy) return;
      const was = lazy.ref.file;
      lazy.ref = tail;
      was.release?.();
    },
    damaged: (r) => damagedTails.has(r),
    table(entries, from = 0, to = entries.length, out = []) {
      // strings shared with the rest of the heap once per load, not once per use; lists (of the
      // indexes of strings before them, as ./cache.ts checked, so made ready already) made lists of
      // those strings; actors made objects of the entries before them, null when they fail (see tableActor)
      for (let i = from; i < to; i++) {
        const e: TableEntry = entries[i];
        out[i] = typeof e === 'string' ? shareTableString(e) : Array.isArray(e) ? e.map((j) => out[j]) : tableActor(e.actor, out, i);
      }
      return out;
    },
    store(r, table) {
      const lazy = unparsed.get(r);
      const str = (s: string): number => table.string(s);
      const orNull = (v: string | null): number => (v === null ? -1 : str(v));
      const actors = actorsFlat(r.actors, table);
      const head = [str(r.version), str(r.path), orNull(r.title), orNull(r.published), actors.flat, r.events.map((e) => eventTuple(e, table)), quoteCount(r), actors.more];
      // an unread tail is copied as it is; one that no longer reads back is parsed (read as empty, the article extracted again)
      const bytes = lazy && tailBytes(lazy.ref, true);
      return { head, tail: bytes ?? tailJson(r) };
    },
  };
}

/**
 * A record like one read from the cache, made of `r` just extracted: its head (surfaces, mentions,
 * quotes and sentences empty) compacted now, its tail read from `tail` (where a worker wrote it,
 * see ./passTails.ts) when one of those fields is first read; `quotes` its number of quotes,
 * `end` the bound of its offsets (the length of the text analysed). A tail that then fails its CRC
 * or its checks reads as empty and `damaged` is told the record's path, as for a cached one.
 */
export function lazyRecord(r: ArticleRecord, tail: TailRef, quotes: number, end: number, damaged: (path: string) => void): ArticleRecord {
  return lazyShell(compactRecord(r), { ref: tail, quotes, end, damaged });
}

/**
 * A record of `head`'s head fields whose tail fields are LAZY_TAIL's accessors, added to an object
 * that lacks them: one shape for every lazy record, its properties fast. Made over a record that
 * had them as data (redefined as accessors), each record became a dictionary: ~850 bytes more a
 * record. Marked compacted: filing would otherwise read (and so parse) its tail.
 */
function lazyShell(head: ArticleRecord, lazy: LazyTail): ArticleRecord {
  return makeLazy({ version: head.version, path: head.path, title: head.title, published: head.published, actors: head.actors, events: head.events } as ArticleRecord, lazy);
}

/** `r` (an object of lazyShell's head fields only, in its order: see headOf) given LAZY_TAIL's accessors and its tail `lazy`. */
function makeLazy(r: ArticleRecord, lazy: LazyTail): ArticleRecord {
  Object.defineProperties(r, LAZY_TAIL);
  unparsed.set(r, lazy);
  markCompacted(r);
  return r;
}

/** How the index cache reads and writes ArticleRecords, where nobody hears of a damaged tail (the command line's bench, tests). */
export const articleRecordCodec: RecordCodec<ArticleRecord> = lazyArticleCodec(() => undefined);

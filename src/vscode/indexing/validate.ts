/**
 * Checks that a value read back from the cache is an ArticleRecord of this version, in shape and
 * bounds (every actor and surface index in range, every offset a non-negative integer, flat arrays
 * of the right stride), so that nothing a damaged or foreign file holds reaches the corpus. Linear
 * in the record's size. Also the cache's codec for records (JSON arrays on disk, typed arrays and
 * shared strings in memory). No vscode import.
 */
import { compactRecord, MENTION_STRIDE, RECORD_VERSION, type ArticleRecord } from '../../corpus/record';
import type { RecordCodec } from './cache';

const KINDS = new Set(['person', 'organization', 'country', 'place', 'group']);
const QUOTE_KINDS = new Set(['direct', 'indirect', 'mixed']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v < max;
const strings = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
/** A flat list of numbers: an array as JSON gives it, or the typed array a live record holds. */
const isNumbers = (v: unknown): v is ArrayLike<number> & { every(f: (n: number) => boolean): boolean } => Array.isArray(v) || v instanceof Int32Array;
/** A flat array of offsets (or -1 for none), of length a multiple of `stride`. */
const offsets = (v: unknown, stride: number, min = 0): boolean => isNumbers(v) && v.length % stride === 0 && v.every((n) => isInt(n, min));

function isActor(a: unknown): boolean {
  return (
    isObject(a) &&
    isString(a.key) &&
    isString(a.name) &&
    KINDS.has(a.kind as string) &&
    strings(a.aliases) &&
    strings(a.roles) &&
    strings(a.orgHints) &&
    strings(a.nameTokens) &&
    typeof a.anonymous === 'boolean' &&
    (a.capitalOf === undefined || isString(a.capitalOf)) &&
    (a.pendingRole === undefined || (isObject(a.pendingRole) && isString(a.pendingRole.org) && isString(a.pendingRole.role))) &&
    (a.gender === undefined || a.gender === 'male' || a.gender === 'female') &&
    isInt(a.mentions, 0) &&
    isInt(a.quotes, 0)
  );
}

/** True when `r` is a well-formed ArticleRecord of RECORD_VERSION, live or as stored (its flat number lists as arrays). */
export function isArticleRecord(r: unknown): r is ArticleRecord {
  if (!isObject(r) || r.version !== RECORD_VERSION || !isString(r.path) || !isStringOrNull(r.title) || !isStringOrNull(r.published)) return false;
  if (!Array.isArray(r.actors) || !r.actors.every(isActor) || !strings(r.surfaces)) return false;
  const actors = r.actors.length;
  const surfaces = (r.surfaces as string[]).length;
  const m = r.mentions;
  if (!isNumbers(m) || m.length % MENTION_STRIDE !== 0) return false;
  for (let i = 0; i < m.length; i += MENTION_STRIDE) {
    if (!isInt(m[i], -1, actors) || !isInt(m[i + 1], 0) || !isInt(m[i + 2], m[i + 1]) || !isInt(m[i + 3], 0, surfaces)) return false;
  }
  const quoteOk = (q: unknown): boolean =>
    isObject(q) &&
    QUOTE_KINDS.has(q.kind as string) &&
    isString(q.text) &&
    offsets(q.spans, 6, -1) &&
    (q.spans as number[]).length === 6 &&
    isInt(q.speaker, -1, actors) &&
    isStringOrNull(q.speakerText) &&
    isStringOrNull(q.cueText) &&
    (q.continuation === undefined || q.continuation === true) &&
    (q.pieces === undefined || (offsets(q.pieces, 2) && strings(q.pieceTexts) && (q.pieceTexts as string[]).length * 2 === (q.pieces as number[]).length));
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
    offsets(e.spans, 2) &&
    (e.spans as number[]).length >= 2;
  return Array.isArray(r.quotes) && r.quotes.every(quoteOk) && Array.isArray(r.events) && r.events.every(eventOk) && offsets(r.sentences, 2);
}

/** A record as read from the cache's JSON, checked (null when it fails), with typed arrays and shared strings. */
export function readArticleRecord(v: unknown): ArticleRecord | null {
  if (!isArticleRecord(v)) return null;
  if (!(v.mentions instanceof Int32Array)) v.mentions = Int32Array.from(v.mentions);
  if (!(v.sentences instanceof Int32Array)) v.sentences = Int32Array.from(v.sentences);
  return compactRecord(v);
}

/** A record as the cache writes it: plain JSON (a typed array would stringify as an object). */
export function storedArticleRecord(r: ArticleRecord): unknown {
  return { ...r, mentions: Array.from(r.mentions), sentences: Array.from(r.sentences) };
}

/** How the index cache reads and writes ArticleRecords. */
export const articleRecordCodec: RecordCodec<ArticleRecord> = { read: readArticleRecord, store: storedArticleRecord };

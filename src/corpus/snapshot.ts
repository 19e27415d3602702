/**
 * A settled corpus saved and given back: the registry's groups (ids, final actors, index keys,
 * gender, offices, acronym merges), the list's order, which group each article's actors joined,
 * and the merged events (drafts, the draft each article's event went to, years learnt across
 * articles, the order), and which contributions wait for a lookup and on which keys (reading
 * actors' names for them again took a third of a restore at 10,000 articles, and loaded the
 * given-name list). Restoring files every record straight into its group, with no resolving,
 * aggregating, merging or sorting: a reload with unchanged files answers as the corpus did.
 *
 * As JSON lines: a header, then one line per group, the list's order, the keys contributions
 * listen to (each once: an article's lookups index into it), one line per article (its
 * key, size and modification time, its actors' groups, its events' drafts, what its deferred
 * contributions wait for), one per event kind, one
 * per draft, the drafts whose year was learnt, the event order, the event labels' order. The reader trusts nothing: every
 * line is checked in shape and bounds against the records it is restored with (a record's actors
 * and events), and any fault throws, before the corpus is touched. No vscode import.
 */
import type { Actor, CorpusEvent, EventKind } from '../extractor/types';
import type { Corpus } from './corpus';
import { NO_PATHS, withDatedBy, type Draft } from './events';
import { exact, Group, NO_STRINGS } from './group';
import { ACTOR_KINDS, actorKind, isInt, isString, isStringOrNull, strings } from './guards';
import { shareParsed, type ArticleRecord } from './record';
import type { Lookups } from './registryRules';

/**
 * The snapshot's own layout; the record version covers what the records hold. 5: its layout is
 * 4's, but it is parsed as soon as it is read, while the record cache loads (see parseSnapshot), and
 * a 4 beside a cache of format 7 (dropped at the first start of format 8) would be parsed for nothing.
 * 6: the event labels' collator order last (see labelsLine).
 */
const FORMAT = 6;
/** Keys listened to per line: one line of them all was a 50 ms turn of parsing and collecting at 10k articles. */
const KEYS_PER_LINE = 4096;

/** One article as a snapshot stamps it: its file's size and modification time when its record was made. */
export interface SnapshotArticle {
  key: string;
  size: number;
  mtimeMs: number;
}

/**
 * The corpus's settled state as lines (each made when asked), with nulls between some of them
 * where a writer may pause (no line: see writeGzipLines). `stamp` gives each article's size and
 * modification time. Throws if the corpus changes while the lines are taken (`corpus.revision`);
 * call it on a settled corpus (else Corpus.settled() settles it at once).
 */
export function* snapshotLines(corpus: Corpus, version: string, stamp: (key: string) => { size: number; mtimeMs: number } | undefined): Generator<string | null> {
  const revision = corpus.revision;
  const settled = corpus.settled();
  const { groups, sorted, events } = settled;
  const moved = (): void => {
    if (corpus.revision !== revision) throw new Error('the corpus changed while its snapshot was taken');
  };
  // pauses between the settled state and each index (all at once: 15-19 ms of the thread's CPU at 10k articles)
  yield null;
  // in path order: a restore adds them to the corpus's path order so, which then needs no sort (see PathOrder.add)
  const byPath = new Map(settled.articles.map((a) => [a.path, a]));
  const articles = corpus.sortedPaths().map((p) => byPath.get(p)!);
  yield null;
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  yield null;
  const articleIndex = new Map(articles.map((a, i) => [a.path, i]));
  yield null;
  const listenIndex = new Map<string, number>();
  for (let i = 0; i < articles.length; i++) {
    for (const c of articles[i].contributions) for (const k of c.listens) if (!listenIndex.has(k)) listenIndex.set(k, listenIndex.size);
    // no line: a point where the writer may pause (every article's contributions, 240,000 at 10k, took ~35 ms at once)
    if (i % 256 === 255) yield null;
  }
  moved();
  const keyLines = Math.ceil(listenIndex.size / KEYS_PER_LINE);
  yield JSON.stringify({ format: FORMAT, version, articles: articles.length, groups: groups.length, keyLines, kinds: events.kinds.length, drafts: events.kinds.reduce((n, k) => n + k.drafts.length, 0) });
  for (const g of groups) {
    moved();
    yield JSON.stringify([g.key, g.kind, g.id, g.indexKeys, g.gender, g.offices, g.mergedInto ? groupIndex.get(g.mergedInto) : -1, g.merged.map((m) => groupIndex.get(m)), g.actor && actorTuple(g.actor, g.id)]);
  }
  yield JSON.stringify(sorted.map((g) => groupIndex.get(g)));
  const keys = [...listenIndex.keys()];
  for (let i = 0; i < keyLines; i++) yield JSON.stringify(keys.slice(i * KEYS_PER_LINE, (i + 1) * KEYS_PER_LINE));
  const draftIndex = new Map<Draft, [number, number]>();
  const eventIndex = new Map<CorpusEvent, [number, number]>();
  events.kinds.forEach((k, ki) => k.drafts.forEach((d, di) => (draftIndex.set(d, [ki, di]), eventIndex.set(d.event, [ki, di]))));
  for (const a of articles) {
    moved();
    const st = stamp(a.path);
    if (!st) throw new Error(`no stamp for ${a.path}`);
    const ds = events.draftsOf(a.path).map((d) => draftIndex.get(d!)![1]);
    // actor index, deferred (1 or 0), number of keys listened to, their indexes, of each contribution that waits or listens, flat
    const waits: number[] = [];
    for (const c of a.contributions) if (c.deferred || c.listens.length) waits.push(c.index, c.deferred ? 1 : 0, c.listens.length, ...c.listens.map((k) => listenIndex.get(k)!));
    yield JSON.stringify([a.path, st.size, st.mtimeMs, a.contributions.map((c) => groupIndex.get(c.group!)), ds, waits]);
  }
  for (const k of events.kinds) yield JSON.stringify([k.kind, k.drafts.length]);
  for (const k of events.kinds) {
    for (const d of k.drafts) {
      moved();
      const e = d.event;
      const sources = e.sources.flatMap((s) => [articleIndex.get(s.path), s.start, s.end]);
      yield JSON.stringify([e.id, e.label, e.date, e.dateText, e.place, e.participants, sources, d.placeKey, d.lead, d.datedBy.map((p) => articleIndex.get(p)), d.ownDate]);
    }
  }
  yield JSON.stringify(events.assigned.flatMap((d) => draftIndex.get(d)!));
  yield JSON.stringify(events.all.flatMap((e) => eventIndex.get(e)!));
  yield labelsLine(events.all, events.labels ?? []);
  moved();
}

/**
 * The event labels' collator order (CorpusEvents' LabelOrder) as the places in the event order
 * (`all`) of an event of each label: a restore ranks them without sorting 16,000 labels with the
 * collator (~50 ms of a warm start's host thread at 10,164 articles). Labels no event has are left out.
 */
function labelsLine(all: readonly CorpusEvent[], labels: readonly string[]): string {
  const firstOf = new Map<string, number>();
  all.forEach((e, i) => firstOf.has(e.label) || firstOf.set(e.label, i));
  const places: number[] = [];
  for (const l of labels) {
    const at = firstOf.get(l);
    if (at !== undefined) places.push(at);
  }
  return JSON.stringify(places);
}

const ints = (v: unknown, min: number, max: number): v is number[] => Array.isArray(v) && v.every((n) => isInt(n, min, max));
const distinct = (v: readonly unknown[]): boolean => new Set(v).size === v.length;

/** distinct for integers in [0, n), by a byte per value (a Set of 24,000 numbers was a 10-20 ms step at 10,164 articles). */
function distinctBelow(v: readonly number[], n: number): boolean {
  const seen = new Uint8Array(n);
  for (let i = 0; i < v.length; i++) {
    if (seen[v[i]]) return false;
    seen[v[i]] = 1;
  }
  return true;
}

function fail(what: string): never {
  throw new Error(`snapshot: ${what}`);
}

function parse(line: string | undefined, what: string): unknown {
  if (line === undefined) fail(`ends before ${what}`);
  try {
    return JSON.parse(line);
  } catch {
    return fail(`${what} is not JSON`);
  }
}

/**
 * A list of strings just parsed (no one else holds it), its strings replaced in place by those the
 * records share (see shareParsed; not a copy of each list: 40,000 at 10,164 articles), an empty one
 * the shared empty list.
 */
function sharedList(list: string[]): string[] {
  if (!list.length) return NO_STRINGS;
  for (let i = 0; i < list.length; i++) list[i] = shareParsed(list[i]);
  return list;
}

/** A group's final actor as the snapshot stores it: its fields in a fixed order, its id null when it is the group's (`groupId`). */
const actorTuple = (a: Actor, groupId: string | null): unknown[] => [a.id === groupId ? null : a.id, a.name, a.kind, a.aliases, a.roles, a.mentionCount, a.quoteCount];

/** A group's final actor read back from actorTuple's form; `id`, its group's id, is the one copy of that string when they agree. */
function actorOf(v: unknown, id: string): Actor | null {
  if (v === null) return null;
  if (!Array.isArray(v) || v.length !== 7) fail('a bad final actor');
  // indexed reads, not a destructuring (its iterator's results, for each of 20,000 groups)
  const own = v[0] as unknown;
  const name = v[1] as unknown;
  const kind = v[2] as unknown;
  const aliases = v[3] as unknown;
  const roles = v[4] as unknown;
  const mentionCount = v[5] as unknown;
  const quoteCount = v[6] as unknown;
  if (!(own === null || isString(own)) || !isString(name) || !ACTOR_KINDS.has(kind as string) || !strings(aliases) || !strings(roles) || !isInt(mentionCount, 0) || !isInt(quoteCount, 0)) fail('a bad final actor');
  return { id: own ?? id, name: shareParsed(name), kind: actorKind(kind as string), aliases: sharedList(aliases), roles: sharedList(roles), mentionCount, quoteCount };
}

/** A snapshot's lines as the reader takes them: an array, or lines cut from a file's bytes as asked (see ../vscode/indexing/settledStore.ts). */
export interface SnapshotLines {
  readonly length: number;
  at(i: number): string | undefined;
}

/**
 * Lines of UTF-8 text, each made a string only when asked: the unzipped snapshot (tens of MB at
 * 10,000 articles) is never one string, whose split lines (V8 slices of it) would keep all of it
 * alive for as long as any one of them lives. `release` lets go of the bytes.
 */
export class BufferLines implements SnapshotLines {
  private readonly ends: Uint32Array;
  readonly length: number;

  /** `ends`: lineEnds(data)'s result, when it was run apart (in slices); found here otherwise. */
  constructor(
    private data: Buffer,
    ends?: Uint32Array,
  ) {
    if (!ends) {
      const find = lineEnds(data);
      let r;
      while (!(r = find.next()).done);
      ends = r.value;
    }
    this.ends = ends;
    this.length = ends.length;
  }

  at(i: number): string | undefined {
    if (i < 0 || i >= this.length || !this.data.length) return undefined;
    return this.data.toString('utf8', i ? this.ends[i - 1] + 1 : 0, this.ends[i]);
  }

  release(): void {
    this.data = Buffer.alloc(0);
  }
}

/**
 * Where each line of UTF-8 `data` ends (the offset of its '\n', the data's length for the last),
 * for BufferLines. A generator that yields after every few thousand lines, so that a host thread
 * finds them in slices (see runSliced): at 10,000 articles (26 MB, 86,000 lines) one go took 5-9 ms
 * of the thread's CPU, and a collection landing on it made that a stall.
 */
export function* lineEnds(data: Buffer): Generator<void, Uint32Array> {
  const ends: number[] = [];
  for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) {
    ends.push(i);
    if (ends.length % 2048 === 0) yield;
  }
  ends.push(data.length);
  return Uint32Array.from(ends);
}

/**
 * What the contribution of each actor of an article waits for (Contribution.deferred, .listens), by
 * actor index; undefined (none, no keys) where unlisted. The Lookups given is valid until the next
 * call (the restore copies its two fields into the contribution; its `listens` list may be kept).
 */
export interface Wants {
  get(actor: number): Lookups | undefined;
}

/** The wants of an article whose contributions wait for nothing. */
const NO_WANTS: Wants = { get: () => undefined };

/**
 * An article's wants as the snapshot lists them (checked): flat, per contribution its actor index
 * (ascending), deferred (1 or 0), number of keys and their indexes into `keys`. Each Lookups is
 * made when the restore asks for it (in actor order: a cursor), not held from the read to the
 * restore: a Map and its Lookups per article were ~8 MB at 10,000 articles, all of it promoted
 * to the old space and garbage right after.
 */
class FlatWants implements Wants {
  private at = 0;
  /** The one Lookups each get() fills (see Wants): 94,000 of them at 10,164 articles were garbage as soon as read. */
  private readonly out: Lookups = { deferred: false, listens: NO_STRINGS };

  constructor(
    private readonly flat: readonly number[],
    private readonly keys: readonly string[],
    private readonly lone: string[][],
  ) {}

  get(actor: number): Lookups | undefined {
    const f = this.flat;
    if (this.at >= f.length || f[this.at] > actor) this.at = 0;
    while (this.at < f.length && f[this.at] < actor) this.at += 3 + f[this.at + 2];
    if (this.at >= f.length || f[this.at] !== actor) return undefined;
    const n = f[this.at + 2];
    const from = this.at + 3;
    let listens: string[];
    if (n === 1) {
      listens = this.lone[f[from]] ??= [this.keys[f[from]]];
    } else {
      // the keys' indexes copied (an array of their length, not one pushed to: room for 16), each then made its key
      listens = f.slice(from, from + n) as unknown[] as string[];
      for (let k = 0; k < n; k++) listens[k] = this.keys[f[from + k]];
    }
    this.out.deferred = f[this.at + 1] === 1;
    this.out.listens = listens;
    return this.out;
  }
}

/** A snapshot read and checked, ready to restore (see restoreStep). */
export interface Restorable {
  /** Each article with the groups its actors joined (indexes into `groups`), the draft each of its record's events went to, and its contributions' lookups (see Wants). */
  articles: Array<SnapshotArticle & { groups: number[]; drafts: Draft[]; wants: Wants }>;
  groups: Group[];
  /**
   * The groups by key and by id (those with one), in the order of `groups`: made as they are read
   * (each key and id checked once there), they become the registry's own tables at the restore
   * rather than being filled again (see Registry.restoreGroups).
   */
  byKey: Map<string, Group>;
  byId: Map<string, Group>;
  sorted: Group[];
  kinds: Array<{ kind: EventKind; drafts: Draft[] }>;
  assigned: Draft[];
  all: CorpusEvent[];
  /** The event labels in collator order as saved (checked as they are ranked). */
  labels: string[];
}

/**
 * A snapshot read and checked in itself (see parseSnapshot), not yet against the records it is to
 * be restored with (see checkSnapshot): each article's lines hold its groups, the drafts of its
 * events by index within their kinds, and its lookups as stored.
 */
export interface ParsedSnapshot extends Omit<Restorable, 'articles'> {
  articles: Array<SnapshotArticle & { groups: number[]; draftIdx: number[]; waits: unknown[] }>;
  /** The keys contributions listen to, which each article's lookups index. */
  listenKeys: string[];
}

/**
 * Reads a snapshot's lines (as snapshotLines wrote them) against the records it is to be restored
 * with (`record(key)`, checked: each article's actors and events must match in number and kind).
 * Throws an Error saying what is wrong for anything else: another format or version, a line out of
 * place, an index out of bounds, an article without a record. A generator that yields after every
 * few lines, so that a host thread reads it in slices (see runSliced); returns the result.
 */
export function* readSnapshot(lines: SnapshotLines, version: string, record: (key: string) => ArticleRecord | undefined): Generator<void, Restorable> {
  return yield* checkSnapshot(yield* parseSnapshot(lines, version), record);
}

/**
 * The first half of readSnapshot, which needs no record: every line parsed and checked in shape,
 * in bounds and against the others (so that a warm start does it while the record cache loads).
 * Throws as readSnapshot does; a generator as readSnapshot is.
 */
export function* parseSnapshot(lines: SnapshotLines, version: string): Generator<void, ParsedSnapshot> {
  let at = 0;
  const next = (what: string): unknown => parse(at < lines.length ? lines.at(at++) : undefined, what);
  const head = next('the header') as { format?: unknown; version?: unknown; articles?: unknown; groups?: unknown; keyLines?: unknown; kinds?: unknown; drafts?: unknown };
  if (head?.format !== FORMAT) fail(`format ${String(head?.format)} is not ${FORMAT}`);
  if (head.version !== version) fail(`made by version ${String(head.version)}, this is ${version}`);
  if (!isInt(head.articles, 0) || !isInt(head.groups, 0) || !isInt(head.keyLines, 0) || !isInt(head.kinds, 0) || !isInt(head.drafts, 0)) fail('a bad header');
  const [nArticles, nGroups, nKeyLines, nKinds, nDrafts] = [head.articles, head.groups, head.keyLines, head.kinds, head.drafts];
  if (lines.length !== 1 + nGroups + 1 + nKeyLines + nArticles + nKinds + nDrafts + 3) fail(`holds ${lines.length} lines, its header says otherwise`);
  const groups: Group[] = [];
  // each group's merge target (-1: none) and the groups merged into it, as two lists (not a pair per group)
  const intoOf = new Int32Array(nGroups);
  const mergedOf: number[][] = [];
  const byKey = new Map<string, Group>();
  for (let i = 0; i < nGroups; i++) {
    const v = next('a group');
    if (!Array.isArray(v) || v.length !== 9) fail('a bad group');
    // indexed reads, not a destructuring (its iterator), for each of some 20,000 groups
    const key = v[0];
    const kind = v[1];
    const id = v[2];
    const indexKeys = v[3];
    const gender = v[4];
    const offices = v[5];
    const mergedInto = v[6];
    const merged = v[7];
    if (!isString(key) || byKey.has(key) || !ACTOR_KINDS.has(kind) || !isString(id) || !strings(indexKeys) || !(gender === null || gender === 'male' || gender === 'female') || !strings(offices) || !isInt(mergedInto, -1, nGroups) || !ints(merged, 0, nGroups)) fail('a bad group');
    // the key as its members' records have it (one copy)
    const g = new Group(shareParsed(key), actorKind(kind));
    byKey.set(g.key, g);
    g.id = id;
    if (indexKeys.length) g.indexKeys = indexKeys;
    g.gender = gender;
    if (offices.length) g.offices = offices;
    g.actor = actorOf(v[8], id);
    groups.push(g);
    intoOf[i] = mergedInto;
    mergedOf.push(merged);
    // a yield costs next to nothing and a step's length is what a turn can run past its slice: few lines a step
    if (i % 16 === 15) yield;
  }
  // one level of merges, each listed by its target: nothing followed later loops or points astray
  // (plain loops that yield: 20,000 groups at 10,000 articles, most with no merge)
  for (let i = 0; i < nGroups; i++) {
    const into = intoOf[i];
    const merged = mergedOf[i];
    if (into >= 0 && (into === i || intoOf[into] >= 0 || !mergedOf[into].includes(i))) fail('a bad merge');
    if (merged.length && ((merged.length > 1 && !distinct(merged)) || merged.some((m) => intoOf[m] !== i))) fail('a bad merge');
    if (into >= 0) groups[i].mergedInto = groups[into];
    if (merged.length) groups[i].merged = merged.map((m) => groups[m]);
    if (i % 1024 === 1023) yield;
  }
  // each id once (an event names its participants and lead by their groups' ids: the one copy of each, below)
  const byId = new Map<string, Group>();
  for (let i = 0; i < nGroups; i++) {
    const id = groups[i].id;
    if (id && byId.size === byId.set(id, groups[i]).size) fail('two groups with one id');
    if (i % 2048 === 2047) yield;
  }
  const sortedIdx = next('the order');
  if (!ints(sortedIdx, 0, nGroups) || !distinctBelow(sortedIdx, nGroups)) fail('a bad order');
  yield;
  const sorted = sortedIdx.map((i) => groups[i]);
  const listenKeys: string[] = [];
  for (let i = 0; i < nKeyLines; i++) {
    const keys = next('the keys listened to');
    if (!strings(keys) || (i < nKeyLines - 1 && keys.length !== KEYS_PER_LINE)) fail('bad keys listened to');
    for (let k = 0; k < keys.length; k++) listenKeys.push(keys[k]);
    yield;
  }
  const articles: ParsedSnapshot['articles'] = [];
  const articleKeys: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < nArticles; i++) {
    const v = next('an article');
    if (!Array.isArray(v) || v.length !== 6) fail('a bad article');
    const key = v[0];
    const size = v[1];
    const mtimeMs = v[2];
    const groupIdx = v[3];
    const draftIdx = v[4];
    const waits = v[5];
    if (!isString(key) || seen.has(key)) fail('an article without a record, or listed twice');
    if (!isInt(size, 0) || typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs)) fail('a bad stamp');
    if (!ints(groupIdx, 0, nGroups)) fail(`groups that do not fit ${key}`);
    if (!ints(draftIdx, 0, nDrafts)) fail(`events that do not fit ${key}`);
    if (!Array.isArray(waits)) fail(`lookups that do not fit ${key}`);
    articles.push({ key, size, mtimeMs, groups: groupIdx, draftIdx, waits });
    articleKeys.push(key);
    seen.add(key);
    if (i % 16 === 15) yield;
  }
  yield;
  // the list shows final groups that some article files into: any other would be a phantom (one with no actor, a crash)
  // marked in a byte per group: a set of every article's groups took a 30 ms step at 10,000 articles
  const used = new Uint8Array(nGroups);
  for (let i = 0; i < articles.length; i++) {
    const groupIdx = articles[i].groups;
    for (let g = 0; g < groupIdx.length; g++) used[groupIdx[g]] = 1;
  }
  yield;
  if (sortedIdx.some((g) => intoOf[g] >= 0 || !used[g])) fail('a bad order');
  const idOf = (id: string): string => byId.get(id)?.id ?? id;
  const orShared = (s: string | null): string | null => (s === null ? null : shareParsed(s));
  const kinds: Restorable['kinds'] = [];
  const counts: number[] = [];
  for (let i = 0; i < nKinds; i++) {
    const v = next('an event kind');
    if (!Array.isArray(v) || !isString(v[0]) || kinds.some((k) => k.kind === v[0]) || !isInt(v[1], 0, nDrafts + 1)) fail('a bad event kind');
    kinds.push({ kind: v[0] as EventKind, drafts: [] });
    counts.push(v[1]);
  }
  if (counts.reduce((n, c) => n + c, 0) !== nDrafts) fail('drafts that do not add up');
  for (const [ki, k] of kinds.entries()) {
    for (let i = 0; i < counts[ki]; i++) {
      const v = next('an event');
      if (!Array.isArray(v) || v.length !== 11) fail('a bad event');
      // indexed reads, not a destructuring (a generator's array iterator allocates a result per field: ~25 MB of a warm start's garbage at 10k articles)
      const id = v[0] as unknown;
      const label = v[1] as unknown;
      const date = v[2] as unknown;
      const dateText = v[3] as unknown;
      const place = v[4] as unknown;
      const participants = v[5] as unknown;
      const sources = v[6] as unknown;
      const placeKey = v[7] as unknown;
      const lead = v[8] as unknown;
      const datedBy = v[9] as unknown;
      const ownDate = v[10] as unknown;
      if (!isString(id) || !isString(label) || !isStringOrNull(date) || !isStringOrNull(dateText) || !isStringOrNull(place) || !strings(participants) || !isStringOrNull(placeKey) || !isStringOrNull(lead) || !ints(datedBy, 0, nArticles) || !isStringOrNull(ownDate)) fail('a bad event');
      if (!ints(sources, -1, Number.MAX_SAFE_INTEGER) || sources.length < 3 || sources.length % 3) fail('bad event sources');
      const pushed = [];
      for (let s = 0; s < sources.length; s += 3) {
        if (sources[s] >= nArticles || sources[s] < 0 || sources[s + 1] < 0 || sources[s + 2] < sources[s + 1]) fail('bad event sources');
        pushed.push({ path: articleKeys[sources[s]], start: sources[s + 1], end: sources[s + 2] });
      }
      const src = exact(pushed);
      // participants named by their groups' ids, labels and places as the records have them: one copy of each
      // (the parsed list itself, its names replaced in place)
      for (let p = 0; p < participants.length; p++) participants[p] = idOf(participants[p]);
      const event: CorpusEvent = { id, label: shareParsed(label), kind: k.kind, date, dateText: orShared(dateText), place: orShared(place), participants, sources: src };
      let dated = NO_PATHS;
      for (const a of datedBy) dated = withDatedBy(dated, articleKeys[a]);
      k.drafts.push({ placeKey, lead: lead === null ? null : idOf(lead), datedBy: dated, event, ownDate });
      if (i % 16 === 15) yield;
    }
  }
  const pairs = (what: string): Draft[] => {
    const v = next(what);
    if (!Array.isArray(v) || v.length % 2) fail(`a bad ${what}`);
    const out: Draft[] = [];
    for (let i = 0; i < v.length; i += 2) {
      if (!isInt(v[i], 0, nKinds) || !isInt(v[i + 1], 0, kinds[v[i]].drafts.length)) fail(`a bad ${what}`);
      out.push(kinds[v[i]].drafts[v[i + 1]]);
    }
    return out;
  };
  // the last lines and checks each in a step of their own (16,000 events at 10,000 articles)
  const assigned = pairs('list of years learnt');
  if (!distinct(assigned)) fail('a bad list of years learnt');
  yield;
  const all = pairs('event order').map((d) => d.event);
  yield;
  if (all.length !== nDrafts || !distinct(all)) fail('an event order that misses events');
  yield;
  if (!distinct(all.map((e) => e.id))) fail('two events with one id');
  yield;
  // in bounds; their order is checked as they are ranked (see CorpusEvents.restore)
  const labelPlaces = next('the labels\' order');
  if (!ints(labelPlaces, 0, all.length)) fail('a bad labels\' order');
  const labels = labelPlaces.map((i) => all[i].label);
  return { articles, groups, byKey, byId, sorted, kinds, assigned, all, listenKeys, labels };
}

/**
 * The second half of readSnapshot: a parsed snapshot's articles against their records
 * (`record(key)`): each has one, whose actors and events fit its groups and drafts in number and
 * kind, and its lookups its actors. Throws as readSnapshot does; a generator as readSnapshot is.
 */
export function* checkSnapshot(p: ParsedSnapshot, record: (key: string) => ArticleRecord | undefined): Generator<void, Restorable> {
  const { groups, kinds, listenKeys } = p;
  // each article's events went to drafts of their own kind
  const draftsByKind = new Map(kinds.map((k) => [k.kind as string, k.drafts]));
  // one list per key for the many contributions that listen to one key alone (lists are only read)
  const lone: string[][] = [];
  const articles: Restorable['articles'] = [];
  for (let i = 0; i < p.articles.length; i++) {
    const { key, size, mtimeMs, groups: groupIdx, draftIdx, waits } = p.articles[i];
    const r = record(key);
    if (!r) fail('an article without a record, or listed twice');
    if (groupIdx.length !== r.actors.length) fail(`groups that do not fit ${key}`);
    for (let a = 0; a < groupIdx.length; a++) if (groups[groupIdx[a]].kind !== r.actors[a].kind) fail(`groups that do not fit ${key}`);
    if (draftIdx.length !== r.events.length) fail(`events that do not fit ${key}`);
    // actors ascending, each once; only a person's contribution waits for rule 2 (see ./registryRules.ts lookupsWanted)
    for (let w = 0, last = -1; w < waits.length; w += 3 + (waits[w + 2] as number)) {
      const actor = waits[w];
      const deferred = waits[w + 1];
      const n = waits[w + 2];
      if (!isInt(actor, last + 1, r.actors.length) || (deferred !== 0 && deferred !== 1) || (deferred && r.actors[actor].kind !== 'person') || !isInt(n, 0, waits.length - w - 2)) fail(`lookups that do not fit ${key}`);
      for (let k = w + 3; k < w + 3 + n; k++) if (!isInt(waits[k], 0, listenKeys.length)) fail(`lookups that do not fit ${key}`);
      last = actor;
    }
    // most articles' contributions wait for nothing: one empty want for them all
    const wants: Wants = waits.length ? new FlatWants(waits as number[], listenKeys, lone) : NO_WANTS;
    const events = r.events;
    const drafts: Draft[] = [];
    for (let e = 0; e < draftIdx.length; e++) drafts.push(draftsByKind.get(events[e].kind)?.[draftIdx[e]] ?? fail(`events that do not fit ${key}`));
    articles.push({ key, size, mtimeMs, groups: groupIdx, drafts, wants });
    if (i % 16 === 15) yield;
  }
  return { articles, groups, byKey: p.byKey, byId: p.byId, sorted: p.sorted, kinds, assigned: p.assigned, all: p.all, labels: p.labels };
}

/**
 * Restores `r` into `corpus` (which must hold nothing), each article's record from `record(key)`
 * (those readSnapshot checked; `quotes` counts a record's quotes), in steps: each call files articles until `deadline`
 * (performance.now() ms) passes and returns true once the corpus holds the whole settled state.
 */
export function restoreStep(corpus: Corpus, r: Restorable, record: (key: string) => ArticleRecord, quotes = (rec: ArticleRecord): number => rec.quotes.length): (deadline: number) => boolean {
  let next = 0;
  let finish: ((deadline: number) => boolean) | null = null;
  // one list of an article's groups, filled again for each (the restore reads it during its call only)
  const groupOf: Group[] = [];
  return (deadline) => {
    while (next < r.articles.length) {
      const a = r.articles[next++];
      const rec = record(a.key);
      groupOf.length = 0;
      for (let i = 0; i < a.groups.length; i++) groupOf.push(r.groups[a.groups[i]]);
      corpus.restoreArticle(a.key, rec, groupOf, a.wants, quotes(rec));
      if (next % 16 === 0 && performance.now() > deadline) return false;
    }
    if (!finish) {
      const byPath = new Map(r.articles.map((a) => [a.key, a.drafts]));
      finish = corpus.restoreFinish(r, r.sorted, { kinds: r.kinds, assigned: r.assigned, all: r.all, draftsOf: (path) => byPath.get(path)!, labels: r.labels });
    }
    return finish(deadline);
  };
}

/** Runs a generator (such as readSnapshot) to its end in slices of `sliceMs`, yielding to the event loop between them; resolves with its result, rejects with what it throws. */
export async function runSliced<T>(gen: Generator<void, T>, sliceMs: number): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
    if (performance.now() - start > sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      start = performance.now();
    }
  }
}

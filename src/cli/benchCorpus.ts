/**
 * corpus-nav bench --corpus: the corpus at archive scale. The articles named are analysed once, then
 * filed COPIES times under different path prefixes (persons renamed in each copy, so each copy adds
 * people of its own as a real archive would), and the run reports, as medians with their ranges:
 * the records' heap, the extension's record cache (size, write and load times, the heap of what it
 * loads), a full build from records, one changed article's upsert with the questions the trees then
 * ask, the search index (build time, heap, its snapshot's size and save and restore times) and
 * search per keystroke over typical queries typed letter by letter, against plain minisearch on the
 * same sentences in the same run.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { Corpus } from '../corpus/corpus';
import { CorpusLookup } from '../corpus/lookup';
import { CorpusSearch, searchableArticle, searchTermsOf } from '../corpus/search';
import { analyzeToRecord } from '../corpus/analyzeRecord';
import { compactRecord, RECORD_VERSION, withoutQuoteTexts, type ArticleRecord } from '../corpus/record';
import { IndexCache, SHARDS, type CachedArticle } from '../vscode/indexing/cache';
import { articleRecordCodec, quoteCount, storedArticleRecord } from '../vscode/indexing/validate';
import { BufferLines, readSnapshot, restoreStep, runSliced, snapshotLines } from '../corpus/snapshot';
import { collectArticles, readArticleSync } from '../corpus/files';
import { normaliseName } from '../extractor/actors';
import { displayPath } from './load';
import { HostSlices, SETTLE_EVERY, Settler } from '../vscode/indexing/hostSlices';

const COPIES = 11;
const BUILD_RUNS = 3;
const UPSERT_RUNS = 21;
/** What people look for in a news archive, one typo among them ("dictatr"). */
const QUERIES = ['trump', 'clinton said', 'immigration', 'dictators', 'dictatr', 'north korea', 'supreme court', 'email server', 'climate change', 'obamacare', 'sanders rally', 'tax returns'];

/** Heap in use after a full collection (the flag is set here, for this bench only). */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/**
 * heapAfterGc() and the array buffers' bytes (typed arrays' contents live outside the heap proper),
 * once the buffers freed by the collection are swept (V8 does that on another thread, a moment later).
 */
async function heapAndBuffersAfterGc(): Promise<number> {
  heapAfterGc();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return heapAfterGc() + process.memoryUsage().arrayBuffers;
}

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const range = (xs: number[]): string => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);

/**
 * Copy `k` of a record: its path under `copyK/`, each person's name words marked with the copy; a
 * structured clone, as a worker's record reaches the extension host (objects of its own), made
 * compact as the corpus files it (compactRecord), so that the records' heap is what the corpus keeps.
 */
function copyOf(r: ArticleRecord, k: number): ArticleRecord {
  const path = `copy${k}/${r.path}`;
  if (k === 0) return compactRecord(structuredClone({ ...r, path }));
  const mark = (s: string): string => s.replace(/\b([A-Z][a-z]+)\b/g, `$1${String.fromCharCode(97 + k)}`);
  const actors = r.actors.map((a) => {
    if (a.kind !== 'person' || a.anonymous || a.pendingRole) return { ...a };
    const name = mark(a.name);
    const norm = normaliseName(name);
    return { ...a, name, aliases: a.aliases.map(mark), key: `person:${norm.split(' ').sort().join(' ')}`, nameTokens: norm.split(' ') };
  });
  return compactRecord(structuredClone({ ...r, path, actors }));
}

function row(label: string, xs: number[], unit = 'ms'): string {
  return `${label.padEnd(58)} median ${median(xs).toFixed(1).padStart(8)} ${unit}   range ${range(xs)} (${xs.length} runs)`;
}

export async function runCorpusBench(paths: string[], { peer = true } = {}): Promise<number> {
  const { files } = await collectArticles(paths);
  const texts = new Map<string, string>();
  for (const f of files) {
    const d = readArticleSync(f);
    if (d.ok) texts.set(displayPath(f), d.text);
  }
  if (!texts.size) {
    process.stderr.write('corpus-nav bench --corpus: no article could be read\n');
    return 1;
  }
  // each figure as soon as it is known: the whole run takes minutes
  const say = (line: string): void => void process.stdout.write(line + '\n');
  // a shared machine's load stretches every figure: it is printed with them
  say(`node ${process.version}, ${new Date().toISOString()}, ${texts.size} articles x ${COPIES} copies, load average ${loadavg()[0].toFixed(1)}`);
  let t0 = process.hrtime.bigint();
  // as the extension's workers make them: no quote texts (its corpus reads them from the article)
  const records = [...texts].map(([p, t]) => withoutQuoteTexts(analyzeToRecord(t, {}, p)));
  const textOf = (p: string): string | undefined => texts.get(p.slice(p.indexOf('/') + 1));
  say(`analysis of the ${texts.size} distinct articles (once): ${(ms(t0) / 1000).toFixed(2)} s`);
  const all: ArticleRecord[] = [];
  let heapBefore = heapAfterGc();
  for (let k = 0; k < COPIES; k++) for (const r of records) all.push(copyOf(r, k));
  const recordBytes = all.reduce((n, r) => n + JSON.stringify(storedArticleRecord(r)).length, 0);
  say(`${all.length} records, ${mb(recordBytes)} MB as JSON, ${mb(heapAfterGc() - heapBefore)} MB of heap`);

  // the record cache a reload starts from (the extension's IndexCache), written and read back
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'corpus-bench-cache-'));
  try {
    const cache = new IndexCache<ArticleRecord>(cacheDir, RECORD_VERSION, articleRecordCodec);
    const entries = cacheEntries(all, textOf);
    t0 = process.hrtime.bigint();
    await cache.write(
      entries,
      Array.from({ length: SHARDS }, (_, i) => i),
    );
    const written = ms(t0);
    const bytes = readdirSync(cacheDir).reduce((n, f) => n + statSync(path.join(cacheDir, f)).size, 0);
    heapBefore = heapAfterGc();
    t0 = process.hrtime.bigint();
    const loaded = await cache.load();
    const loadMs = ms(t0);
    say(`record cache: ${mb(bytes)} MB on disk, written in ${written.toFixed(0)} ms, loaded in ${loadMs.toFixed(0)} ms (${loaded.entries.size} articles${loaded.dropped ? `, dropped: ${loaded.dropped}` : ''}), ${mb(heapAfterGc() - heapBefore)} MB of heap`);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }

  // full build: every record filed, then what the two trees show first
  const builds: number[] = [];
  let corpus = new Corpus(textOf);
  heapBefore = heapAfterGc();
  for (let run = 0; run < BUILD_RUNS; run++) {
    corpus = new Corpus(textOf);
    heapAfterGc();
    t0 = process.hrtime.bigint();
    for (const r of all) corpus.upsert(r.path, r);
    const lookup = new CorpusLookup(corpus);
    lookup.actorList();
    lookup.eventsByDate();
    builds.push(ms(t0));
  }
  say(row(`full build (${all.length} upserts + actors + events)`, builds));
  const stats = corpus.stats();
  say(`  ${stats.actors} actors, ${stats.quotes} quotes, ${corpus.events().length} events; the corpus takes ${mb(heapAfterGc() - heapBefore)} MB of heap besides the records`);

  // as the extension host does it: merges in turns of 10 ms, the corpus settling a step per turn
  const sliced = await inHostSlices(all, textOf);
  say(row('full build in host turns (merges, actors, events): total', sliced.total));
  say(row('  longest turn of the host (target <= ~10 ms a turn)', sliced.longest));
  corpus = sliced.corpus;

  // one article changed (it alternates between two analyses), then the trees' questions
  const lookup = new CorpusLookup(corpus);
  const target = all[Math.floor(all.length / 2)];
  const other = { ...all[Math.floor(all.length / 2) + 1], path: target.path };
  const upserts: number[] = [];
  for (let run = 0; run < UPSERT_RUNS; run++) {
    t0 = process.hrtime.bigint();
    const record = run % 2 ? target : other;
    corpus.upsert(target.path, record);
    lookup.actorList();
    lookup.eventsByDate();
    const doc = lookup.documents.get(target.path)!;
    // the rows that show the changed article's actors: their quote and article counts
    for (const id of new Set(doc.mentions.map((m) => m.actor))) {
      lookup.quotes(id).length;
      lookup.articles(id).length;
    }
    upserts.push(ms(t0));
  }
  say(row('upsert of one changed article + the trees\' questions', upserts));
  const settle = await upsertsInHostSlices(corpus, target, other);
  say(row('one changed article in host turns: until the actors are current', settle.actors));
  say(row('  until the events are current too', settle.events));
  say(row('  longest turn of the host', settle.longest));
  // a reload, before the search sections (whose garbage would blur its heap figures); the changed article as the archive has it again (its analysis fits its text)
  corpus.upsert(target.path, target);
  say(await warmStart(corpus, textOf));

  // search: the same sentences in ours and in plain minisearch; its postings are typed arrays, outside the JS heap proper.
  // Each article's terms are made where it is analysed (the extension's workers), then filed on the host.
  const articles = all.map((r) => searchableArticle(r, texts.get(r.path.slice(r.path.indexOf('/') + 1))!));
  heapBefore = await heapAndBuffersAfterGc();
  t0 = process.hrtime.bigint();
  const terms = articles.map(searchTermsOf);
  const termsMs = ms(t0);
  const search = new CorpusSearch();
  let longestSet = 0;
  t0 = process.hrtime.bigint();
  articles.forEach((a, i) => {
    const t1 = process.hrtime.bigint();
    search.set(a, terms[i]);
    longestSet = Math.max(longestSet, ms(t1));
  });
  const filedMs = ms(t0);
  terms.length = 0;
  say(`search index of ${search.size} articles (BM25 over per-article postings, prefixes and typos through minisearch's radix tree, then matched by sentence): terms made in ${(termsMs / 1000).toFixed(2)} s (in the workers), filed in ${(filedMs / 1000).toFixed(2)} s (on the host; longest article ${longestSet.toFixed(1)} ms), ${mb((await heapAndBuffersAfterGc()) - heapBefore)} MB of heap and array buffers`);
  // the snapshot a reload starts from: saved and restored line by line (each line one slice's work at most)
  t0 = process.hrtime.bigint();
  const lines = [...search.snapshot((p) => p.length)];
  const saved = ms(t0);
  const zipped = gzipSync(lines.join('\n'), { level: 3 });
  t0 = process.hrtime.bigint();
  const restored = new CorpusSearch((p) => texts.get(p.slice(p.indexOf('/') + 1)));
  const restore = restored.restore(() => true);
  let longest = 0;
  for (const line of lines) {
    const t1 = process.hrtime.bigint();
    restore.line(line);
    longest = Math.max(longest, ms(t1));
  }
  restore.finish();
  const restoreMs = ms(t0);
  say(`  snapshot: ${lines.length} lines, ${mb(lines.reduce((n, l) => n + l.length + 1, 0))} MB (${mb(zipped.length)} MB gzip'd), saved in ${saved.toFixed(0)} ms, restored in ${restoreMs.toFixed(0)} ms (longest line ${longest.toFixed(1)} ms; ${restored.size} articles, the same first hits: ${JSON.stringify(restored.search('north korea', { limit: 5 }).map((h) => h.id)) === JSON.stringify(search.search('north korea', { limit: 5 }).map((h) => h.id))})`);

  const ours: number[] = [];
  const slow: Array<[string, number]> = [];
  for (const q of QUERIES) {
    for (let n = 1; n <= q.length; n++) {
      const typed = q.slice(0, n);
      t0 = process.hrtime.bigint();
      search.search(typed, { limit: 60 });
      const took = ms(t0);
      ours.push(took);
      slow.push([typed, took]);
    }
  }
  say(`search per keystroke, ${ours.length} keystrokes over ${QUERIES.length} queries typed letter by letter:`);
  say(`  ours                     p50 ${quantile(ours, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(ours, 0.95).toFixed(1).padStart(7)} ms   max ${Math.max(...ours).toFixed(1)} ms`);
  say(`  slowest: ${slow.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([q, t]) => `"${q}" ${t.toFixed(1)}`).join(', ')}`);
  const typo = search.search('dictatr', { limit: 5 });
  say(`  "dictatr" finds: ${typo.map((h) => h.terms.join('+')).join(', ') || 'nothing'}`);
  if (!peer) {
    say(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB; load average ${loadavg()[0].toFixed(1)}`);
    return 0;
  }

  const plain = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  let id = 0;
  t0 = process.hrtime.bigint();
  for (const r of all) {
    const text = texts.get(r.path.slice(r.path.indexOf('/') + 1))!;
    const docs = [];
    for (let i = 0; i + 1 < r.sentences.length; i += 2) docs.push({ id: id++, text: text.slice(r.sentences[i], r.sentences[i + 1]) });
    plain.addAll(docs);
  }
  say(`plain minisearch index of ${plain.documentCount} sentences: ${(ms(t0) / 1000).toFixed(2)} s`);

  const peerTimes: number[] = [];
  for (const q of QUERIES) {
    for (let n = 1; n <= q.length; n++) {
      t0 = process.hrtime.bigint();
      plain.search(q.slice(0, n), { prefix: true, fuzzy: 0.2 }).slice(0, 60);
      peerTimes.push(ms(t0));
    }
  }
  say(`  plain minisearch (prefix, fuzzy 0.2) p50 ${quantile(peerTimes, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(peerTimes, 0.95).toFixed(1).padStart(7)} ms   max ${Math.max(...peerTimes).toFixed(1)} ms`);
  say(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB (ours and the peer together); load average ${loadavg()[0].toFixed(1)}`);
  return 0;
}

/** The records as the extension's cache stores them: each with its article's size and its own line starts (a made-up list could claim lines past a short article's end, and the load would drop the cache). */
function cacheEntries(all: ArticleRecord[], textOf: (path: string) => string | undefined): Array<CachedArticle<ArticleRecord>> {
  return all.map((record) => {
    const text = textOf(record.path) ?? '';
    return { key: record.path, size: Buffer.byteLength(text), mtimeMs: 1, lineStarts: Uint32Array.from([0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)]), record };
  });
}

/**
 * A reload's corpus, as the extension host starts from its cache: the records loaded (their tails
 * left unread) and the settled snapshot of `corpus` restored over them; says the heap the restored
 * corpus takes besides its records (after a full collection) and what it answers.
 */
async function warmStart(corpus: Corpus, textOf: (path: string) => string | undefined): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-bench-warm-'));
  try {
    // the corpus's own records (an upsert above filed another analysis under one path)
    await new IndexCache<ArticleRecord>(dir, RECORD_VERSION, articleRecordCodec).write(cacheEntries(corpus.sortedPaths().map((p) => corpus.record(p)!), textOf), Array.from({ length: SHARDS }, (_, i) => i));
    const lines = Buffer.from([...snapshotLines(corpus, RECORD_VERSION, () => ({ size: 1, mtimeMs: 1 }))].filter((l) => l !== null).join('\n'));
    // loaded by a cache of its own, as a new extension host does (the records' heap is the record cache line's)
    const loaded = await new IndexCache<ArticleRecord>(dir, RECORD_VERSION, articleRecordCodec).load();
    const heapBefore = heapAfterGc();
    const t0 = process.hrtime.bigint();
    const warm = new Corpus(textOf);
    const record = (key: string): ArticleRecord | undefined => loaded.entries.get(key)?.record;
    const read = await runSliced(readSnapshot(new BufferLines(lines), RECORD_VERSION, record), 10);
    const readMs = ms(t0);
    const step = restoreStep(warm, read, (key) => record(key)!, quoteCount);
    while (!step(Infinity));
    // the index is complete here; the organisations' aggregates are made after it, in the host's turns
    const completeMs = ms(t0);
    while (!warm.prepareStep(Infinity));
    const restoreMs = ms(t0);
    const corpusHeap = heapAfterGc() - heapBefore;
    return `warm start (a reload): the settled corpus restored over the cache's ${loaded.entries.size} records in ${restoreMs.toFixed(0)} ms (snapshot read ${readMs.toFixed(0)}, filed ${(completeMs - readMs).toFixed(0)}, aggregates after the index is complete ${(restoreMs - completeMs).toFixed(0)}), ${mb(corpusHeap)} MB of heap besides them (${warm.actors().length} actors as the built corpus's ${corpus.actors().length}, ${warm.events().length} events)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times each turn of a HostSlices (wall clock, ms), as the extension host's event loop meets it. */
function timedTurns(host: HostSlices): number[] {
  const turns: number[] = [];
  const inner = host as unknown as { turn(): void };
  const turn = inner.turn.bind(host);
  inner.turn = () => {
    const t = performance.now();
    turn();
    turns.push(performance.now() - t);
  };
  return turns;
}

/** Every record filed as CorpusIndex files them: one merge per piece, the corpus settling a step per turn, then the events. */
async function inHostSlices(all: ArticleRecord[], textOf: (path: string) => string | undefined): Promise<{ corpus: Corpus; total: number[]; longest: number[] }> {
  const total: number[] = [];
  const longest: number[] = [];
  let corpus = new Corpus(textOf);
  for (let run = 0; run < BUILD_RUNS; run++) {
    corpus = new Corpus(textOf);
    const host = new HostSlices(10);
    const turns = timedTurns(host);
    const t0 = performance.now();
    // as CorpusIndex: one merge per piece, the registry settled by a Settler, then actors and events
    const settler = new Settler(host, corpus, SETTLE_EVERY, { changed: () => undefined, eventsChanged: () => undefined });
    await Promise.all(
      all.map((r) =>
        host.run(() => {
          corpus.upsert(r.path, r);
          settler.merged();
        }),
      ),
    );
    await settler.settle();
    total.push(performance.now() - t0);
    longest.push(Math.max(...turns));
  }
  return { corpus, total, longest };
}

/** One article changed, as the host settles it: ms until the actors are current, until the events are, and the longest turn. */
async function upsertsInHostSlices(corpus: Corpus, a: ArticleRecord, b: ArticleRecord): Promise<{ actors: number[]; events: number[]; longest: number[] }> {
  const out = { actors: [] as number[], events: [] as number[], longest: [] as number[] };
  for (let run = 0; run < UPSERT_RUNS; run++) {
    const host = new HostSlices(10);
    const turns = timedTurns(host);
    const t0 = performance.now();
    await host.run(() => corpus.upsert(a.path, run % 2 ? a : b));
    await host.step((d) => corpus.actorsStep(d));
    out.actors.push(performance.now() - t0);
    await host.step((d) => corpus.eventsStep(d));
    out.events.push(performance.now() - t0);
    out.longest.push(Math.max(...turns));
  }
  return out;
}

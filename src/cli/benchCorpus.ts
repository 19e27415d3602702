/**
 * corpus-nav bench --corpus: the corpus at archive scale. The articles named are analysed once, then
 * filed COPIES times under different path prefixes (persons renamed in each copy, so each copy adds
 * people of its own as a real archive would), and the run reports, as medians with their ranges:
 * a full build from records, one changed article's upsert with the questions the trees then ask,
 * and search per keystroke over typical queries typed letter by letter, against plain minisearch on
 * the same sentences in the same run.
 */
import MiniSearch from 'minisearch';
import { Corpus } from '../corpus/corpus';
import { CorpusLookup } from '../corpus/lookup';
import { CorpusSearch, searchableArticle } from '../corpus/search';
import { analyzeToRecord, type ArticleRecord } from '../corpus/record';
import { collectArticles, readArticleSync } from '../corpus/files';
import { normaliseName } from '../extractor/actors';
import { displayPath } from './load';

const COPIES = 11;
const BUILD_RUNS = 3;
const UPSERT_RUNS = 21;
/** What people look for in a news archive, one typo among them ("dictatr"). */
const QUERIES = ['trump', 'clinton said', 'immigration', 'dictators', 'dictatr', 'north korea', 'supreme court', 'email server', 'climate change', 'obamacare', 'sanders rally', 'tax returns'];

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const range = (xs: number[]): string => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);

/** Copy `k` of a record: its path under `copyK/`, each person's name words marked with the copy. */
function copyOf(r: ArticleRecord, k: number): ArticleRecord {
  const path = `copy${k}/${r.path}`;
  if (k === 0) return { ...r, path };
  const mark = (s: string): string => s.replace(/\b([A-Z][a-z]+)\b/g, `$1${String.fromCharCode(97 + k)}`);
  const actors = r.actors.map((a) => {
    if (a.kind !== 'person' || a.anonymous || a.pendingRole) return { ...a };
    const name = mark(a.name);
    const norm = normaliseName(name);
    return { ...a, name, aliases: a.aliases.map(mark), key: `person:${norm.split(' ').sort().join(' ')}`, nameTokens: norm.split(' ') };
  });
  return { ...r, path, actors };
}

function row(label: string, xs: number[], unit = 'ms'): string {
  return `${label.padEnd(58)} median ${median(xs).toFixed(1).padStart(8)} ${unit}   range ${range(xs)} (${xs.length} runs)`;
}

export async function runCorpusBench(paths: string[]): Promise<number> {
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
  const out: string[] = [`node ${process.version}, ${new Date().toISOString()}, ${texts.size} articles x ${COPIES} copies`];
  let t0 = process.hrtime.bigint();
  const records = [...texts].map(([p, t]) => analyzeToRecord(t, {}, p));
  out.push(`analysis of the ${texts.size} distinct articles (once): ${(ms(t0) / 1000).toFixed(2)} s`);
  const all: ArticleRecord[] = [];
  for (let k = 0; k < COPIES; k++) for (const r of records) all.push(copyOf(r, k));
  const recordBytes = all.reduce((n, r) => n + JSON.stringify(r).length, 0);
  out.push(`${all.length} records, ${mb(recordBytes)} MB as JSON`);

  // full build: every record filed, then what the two trees show first
  const builds: number[] = [];
  let corpus = new Corpus();
  const heapBefore = process.memoryUsage().heapUsed;
  for (let run = 0; run < BUILD_RUNS; run++) {
    corpus = new Corpus();
    t0 = process.hrtime.bigint();
    for (const r of all) corpus.upsert(r.path, r);
    const lookup = new CorpusLookup(corpus);
    lookup.actorList();
    lookup.eventsByDate();
    builds.push(ms(t0));
  }
  out.push(row(`full build (${all.length} upserts + actors + events)`, builds));
  const stats = corpus.stats();
  out.push(`  ${stats.actors} actors, ${stats.quotes} quotes, ${corpus.events().length} events; heap ${mb(process.memoryUsage().heapUsed - heapBefore)} MB over the records`);

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
  out.push(row('upsert of one changed article + the trees\' questions', upserts));

  // search: the same sentences in ours and in plain minisearch
  const search = new CorpusSearch();
  t0 = process.hrtime.bigint();
  for (const r of all) search.set(searchableArticle(r, texts.get(r.path.slice(r.path.indexOf('/') + 1))!));
  out.push(`search index of ${search.size} sentences: ${(ms(t0) / 1000).toFixed(2)} s`);
  t0 = process.hrtime.bigint();
  const json = JSON.stringify(search);
  const saved = ms(t0);
  t0 = process.hrtime.bigint();
  const loaded = CorpusSearch.loadJSON(json);
  out.push(`  as JSON: ${mb(json.length)} MB, saved in ${saved.toFixed(0)} ms, loaded in ${ms(t0).toFixed(0)} ms (${loaded.size} sentences)`);

  const plain = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  let id = 0;
  t0 = process.hrtime.bigint();
  for (const r of all) {
    const text = texts.get(r.path.slice(r.path.indexOf('/') + 1))!;
    const docs = [];
    for (let i = 0; i + 1 < r.sentences.length; i += 2) docs.push({ id: id++, text: text.slice(r.sentences[i], r.sentences[i + 1]) });
    plain.addAll(docs);
  }
  out.push(`plain minisearch index of ${plain.documentCount} sentences: ${(ms(t0) / 1000).toFixed(2)} s`);

  const ours: number[] = [];
  const peer: number[] = [];
  for (const q of QUERIES) {
    for (let n = 1; n <= q.length; n++) {
      const typed = q.slice(0, n);
      t0 = process.hrtime.bigint();
      search.search(typed, { limit: 60 });
      ours.push(ms(t0));
      t0 = process.hrtime.bigint();
      plain.search(typed, { prefix: true, fuzzy: 0.2 }).slice(0, 60);
      peer.push(ms(t0));
    }
  }
  out.push(`search per keystroke, ${ours.length} keystrokes over ${QUERIES.length} queries typed letter by letter:`);
  out.push(`  ours                     p50 ${quantile(ours, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(ours, 0.95).toFixed(1).padStart(7)} ms   max ${Math.max(...ours).toFixed(1)} ms`);
  out.push(`  plain minisearch (prefix, fuzzy 0.2) p50 ${quantile(peer, 0.5).toFixed(1).padStart(7)} ms   p95 ${quantile(peer, 0.95).toFixed(1).padStart(7)} ms   max ${Math.max(...peer).toFixed(1)} ms`);
  const typo = search.search('dictatr', { limit: 5 });
  out.push(`  "dictatr" finds: ${typo.map((h) => h.terms.join('+')).join(', ') || 'nothing'}`);
  out.push(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

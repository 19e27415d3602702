/**
 * corpus-nav bench: throughput and peak memory of the extractor against a peer (compromise's
 * people/organizations/places/quotations) on the same text in the same run. Each side runs in a
 * child process of its own, so its peak memory is its own.
 */
import { availableParallelism } from 'node:os';
import { parseArgs, workerThreads } from './args';
import { collectArticles, readArticleSync } from '../corpus/files';
import { AnalysingCorpus } from '../corpus/analysingCorpus';
import { countQuotes } from '../corpus/corpus';
import { childProcess, scalingCheck } from './benchScaling';
import { runCorpusBench } from './benchCorpus';

interface Figures {
  side: string;
  articles: number;
  megabytes: number;
  seconds: number;
  peakRssMb: number;
  actors: number;
  quotes: number;
}

const WHOLE_RUNS = 7;
/** compromise's throughput on the machine the goals were set on (issue 2). */
const REFERENCE_PEER_MB_PER_S = 0.16;

async function readTexts(paths: string[], limitMb: number): Promise<string[]> {
  const { files } = await collectArticles(paths);
  const texts: string[] = [];
  let bytes = 0;
  for (const f of files) {
    const d = readArticleSync(f);
    if (!d.ok) continue;
    if (limitMb > 0 && bytes >= limitMb * 1e6) break;
    texts.push(d.text);
    bytes += Buffer.byteLength(d.text);
  }
  return texts;
}

/** MB are 10^6 bytes of UTF-8 text, as throughput figures usually are. */
const megabytes = (texts: string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

/** Runs inside the child: one side over the texts, figures as JSON on stdout. */
async function worker(side: string, paths: string[], limitMb: number): Promise<Figures> {
  const texts = await readTexts(paths, limitMb);
  const t0 = process.hrtime.bigint();
  let actors = 0;
  let quotes = 0;
  if (side === 'corpus-navigator') {
    const corpus = new AnalysingCorpus();
    texts.forEach((t, i) => corpus.set(String(i), t));
    const { result } = corpus.build();
    actors = result.actors.length;
    quotes = countQuotes(result);
  } else {
    // compromise is a development dependency, loaded only here
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nlp = require('compromise') as (text: string) => {
      people(): { out(f: 'array'): string[] };
      organizations(): { out(f: 'array'): string[] };
      places(): { out(f: 'array'): string[] };
      quotations(): { out(f: 'array'): string[] };
    };
    const names = new Set<string>();
    for (const t of texts) {
      const doc = nlp(t);
      for (const n of [...doc.people().out('array'), ...doc.organizations().out('array'), ...doc.places().out('array')]) names.add(n);
      quotes += doc.quotations().out('array').length;
    }
    actors = names.size;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { side, articles: texts.length, megabytes: megabytes(texts), seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, actors, quotes };
}

function child(side: string, paths: string[], limitMb: number): Figures {
  const r = childProcess().spawnSync(process.execPath, [process.argv[1], 'bench', '--worker', side, '--limit', String(limitMb), ...paths], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${side} run failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Figures;
}

/**
 * The whole `corpus-nav extract --json` process, start to exit, as a user runs it: the median of
 * `runs`, and the best run (on a shared machine other work only ever adds time).
 */
function wholeProcess(paths: string[], runs: number, jobs: number): { median: number; best: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = childProcess().spawnSync(process.execPath, [process.argv[1], 'extract', '--json', '--jobs', String(jobs), ...paths], { stdio: ['ignore', 'ignore', 'ignore'] });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0) throw new Error('extract failed');
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], best: times[0] };
}

export async function runBench(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['--worker', '--limit', '--peer-limit', '--jobs']);
  const side = args.values.get('--worker');
  if (side) {
    process.stdout.write(JSON.stringify(await worker(side, args.paths, Number(args.values.get('--limit') ?? 0))));
    return 0;
  }
  if (!args.paths.length) {
    process.stderr.write('usage: corpus-nav bench PATH... [--peer-limit MB] [--no-peer] [--corpus]\n');
    return 2;
  }
  if (args.flags.has('--corpus')) return runCorpusBench(args.paths, { peer: !args.flags.has('--no-peer') });
  const peerLimit = Number(args.values.get('--peer-limit') ?? 0);
  const ours = child('corpus-navigator', args.paths, 0);
  if (ours.articles === 0) {
    process.stderr.write('corpus-nav bench: no article could be read\n');
    return 1;
  }
  // as a user runs it (threads as workerThreads gives them), and in one thread, the peer's condition
  const threads = workerThreads(args);
  const whole = wholeProcess(args.paths, WHOLE_RUNS, threads);
  const wholeOneThread = threads > 1 ? wholeProcess(args.paths, WHOLE_RUNS, 1) : whole;
  const rows: Figures[] = [ours];
  if (!args.flags.has('--no-peer')) rows.push(child('compromise', args.paths, peerLimit));
  const line = (f: Figures): string =>
    `${f.side.padEnd(18)} ${f.articles.toString().padStart(6)} ${f.megabytes.toFixed(2).padStart(8)} ${f.seconds.toFixed(2).padStart(8)} ${(f.megabytes / f.seconds).toFixed(3).padStart(8)} ${(f.articles / f.seconds).toFixed(1).padStart(10)} ${f.peakRssMb.toFixed(0).padStart(8)} ${String(f.actors).padStart(7)} ${String(f.quotes).padStart(7)}`;
  const wholeLine = (flags: string, threadsUsed: string, run: { median: number; best: number }): string =>
    `corpus-nav extract --json${flags}, whole process, ${threadsUsed}, ${WHOLE_RUNS} runs: median ${run.median.toFixed(2)} s (${(ours.megabytes / run.median).toFixed(2)} MB/s), best ${run.best.toFixed(2)} s (${(ours.megabytes / run.best).toFixed(2)} MB/s)`;
  const out = [
    `node ${process.version}, in-process figures on one core, ${availableParallelism()} cores here, ${new Date().toISOString()}`,
    `${'side'.padEnd(18)} ${'files'.padStart(6)} ${'MB'.padStart(8)} ${'seconds'.padStart(8)} ${'MB/s'.padStart(8)} ${'articles/s'.padStart(10)} ${'peak MB'.padStart(8)} ${'actors'.padStart(7)} ${'quotes'.padStart(7)}`,
    ...rows.map(line),
    wholeLine('', threads > 1 ? `${threads} worker threads` : 'one thread', whole),
  ];
  if (threads > 1) out.push(wholeLine(' --jobs 1', 'one thread', wholeOneThread));
  if (rows[1]) {
    const peer = rows[1];
    const peerMbPerSecond = peer.megabytes / peer.seconds;
    out.push(`ratio (corpus-navigator / compromise): ${((ours.megabytes / ours.seconds) / peerMbPerSecond).toFixed(1)}x throughput, ${(ours.peakRssMb / peer.peakRssMb).toFixed(2)}x peak memory`);
    // machines differ; against the peer measured in this run, the whole process is compared where
    // compromise's full pipeline runs at 0.16 MB/s (the reference machine)
    const ratioLine = (label: string, run: { median: number }): string => {
      const ratio = ours.megabytes / run.median / peerMbPerSecond;
      return `${label} / compromise: ${ratio.toFixed(1)}x, i.e. ${(ratio * REFERENCE_PEER_MB_PER_S).toFixed(2)} MB/s where compromise runs at ${REFERENCE_PEER_MB_PER_S} MB/s`;
    };
    out.push(ratioLine('whole process', whole));
    if (threads > 1) out.push(ratioLine('whole process in one thread', wholeOneThread));
  }
  process.stdout.write(out.join('\n') + '\n');
  if (!args.flags.has('--no-scaling')) process.stdout.write(['', ...(await scalingCheck(process.argv[1], args.paths))].join('\n') + '\n');
  return 0;
}

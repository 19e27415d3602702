import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from '../extractor/analyze';

/** A small argument reader: flags, flags with a value, and the remaining paths. */
export interface Args {
  paths: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export function parseArgs(argv: string[], withValue: string[] = []): Args {
  const args: Args = { paths: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (withValue.includes(a)) args.values.set(a, argv[++i] ?? '');
    else if (a.startsWith('--')) args.flags.add(a);
    else args.paths.push(a);
  }
  return args;
}

/** Extractor options shared by extract, eval and bench. */
export function analyzeOptions(args: Args): AnalyzeOptions {
  return { attitudes: !args.flags.has('--no-attitudes'), joinContinuations: !args.flags.has('--split-continuations') };
}

/**
 * Threads that analyse articles (loadCorpus): `--jobs N`, by default half the cores the machine
 * offers this process (one on two cores: analysing in the command line's own thread). One thread
 * of analysis keeps more than one core busy, V8 compiling and collecting garbage on threads of its
 * own: over the development corpus on two cores, 9.2 s of CPU in 6.7 s, and two worker threads
 * took as long as one thread (7.6 s, 2026-12-03). At most one per core.
 */
export function workerThreads(args: Args): number {
  const asked = args.values.get('--jobs');
  if (asked === undefined) return Math.max(1, Math.floor(availableParallelism() / 2));
  const n = Number(asked);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of threads from 1, not '${asked}'`);
  // more threads than cores only add V8 heaps (64 threads over 3,000 short articles: 1.9 GB against 118 MB, five times slower)
  return Math.min(n, availableParallelism());
}

/** A command line the command cannot run: its message is printed with the usage. */
export class UsageError extends Error {}

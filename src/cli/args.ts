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
 * Worker threads that analyse articles (loadCorpus): `--jobs N`, by default one per core the
 * machine offers this process. `--jobs 1` analyses in the command line's own thread.
 */
export function workerThreads(args: Args): number {
  const asked = args.values.get('--jobs');
  if (asked === undefined) return availableParallelism();
  const n = Number(asked);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs takes a whole number of threads from 1, not '${asked}'`);
  return n;
}

/** A command line the command cannot run: its message is printed with the usage. */
export class UsageError extends Error {}

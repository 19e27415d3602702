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

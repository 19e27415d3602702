/** corpus-nav: extract, eval and bench over files and folders of articles (started by ./launch.ts). */
import { runExtract } from './extract';
import { runEval } from './eval';
import { runBench } from './bench';
import { EXPORT_USAGE, runExport } from './export';
import { isExtractWorker, serveExtractJobs } from './extractWorker';
import { analysedInWorkers } from './load';
import { UsageError } from './args';

const USAGE = `usage:
  corpus-nav extract PATH... [--json] [--no-attitudes] [--split-continuations] [--curation FILE] [--jobs N]
  corpus-nav eval --gold GOLD.json PATH... [--json] [--no-attitudes] [--split-continuations] [--jobs N]

  --no-attitudes        report speech only, not beliefs and intentions ("X thinks that …")
  --curation FILE       the user's corrections (merge, hide, rename, kind, split); by default
                        .corpus-navigator/curation.json in a folder named
  --split-continuations “A,” he said. “B.” as two quotes, the second marked continuation (the
                        seeds gold's convention), instead of one quote of two pieces (the default,
                        PolNeAR's convention)
  --jobs N              threads that analyse articles (default: half the cores, at most one
                        per core; 1 analyses in the command's own thread)
  corpus-nav bench PATH... [--peer-limit MB] [--no-peer]
${EXPORT_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'extract':
      return runExtract(rest);
    case 'eval':
      return runEval(rest);
    case 'bench':
      return runBench(rest);
    case 'export':
      return runExport(rest);
    case '--help':
    case '-h':
    case undefined:
      process.stdout.write(USAGE + '\n');
      return command ? 0 : 2;
    default:
      process.stderr.write(`corpus-nav: unknown command '${command}'\n${USAGE}\n`);
      return 2;
  }
}

/**
 * Whether this thread analysed articles, and so compiled the extractor: the launcher keeps V8's
 * code cache of a run only then. A command's main thread whose workers analysed compiled little
 * of it; `bench` analyses only in its children (`bench --worker`).
 */
export function analysedHere(): boolean {
  if (isExtractWorker()) return true;
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'bench') return rest.includes('--worker');
  return (command === 'extract' || command === 'eval' || command === 'export') && !analysedInWorkers();
}

if (isExtractWorker()) {
  serveExtractJobs();
} else {
  // `corpus-nav extract … | head` closes the pipe early: that ends the run quietly, as for any Unix
  // tool. Any other failure to write (a full disk) ends it with one line that says so.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`corpus-nav: cannot write the output: ${e.message}\n`);
    process.exit(1);
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`corpus-nav: ${e.message}\n`);
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`corpus-nav: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}

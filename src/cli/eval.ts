/** corpus-nav eval: scores the extraction of PATH... against a gold file. */
import { promises as fs } from 'node:fs';
import { analyzeOptions, parseArgs, workerThreads } from './args';
import { loadCorpus } from './load';
import { formatScores, score, speakerMentionErrors, type GoldFile } from '../eval/score';
import { formatSpeakerErrors } from '../eval/speakerErrors';

export async function runEval(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['--gold', '--speaker-errors', '--jobs']);
  const goldPath = args.values.get('--gold');
  if (!goldPath || !args.paths.length) {
    process.stderr.write('usage: corpus-nav eval --gold GOLD.json PATH... [--json] [--speaker-errors N]\n');
    return 2;
  }
  let gold: GoldFile;
  try {
    gold = JSON.parse(await fs.readFile(goldPath, 'utf8')) as GoldFile;
  } catch (e) {
    process.stderr.write(`corpus-nav eval: cannot read gold file ${goldPath}: ${(e as Error).message}\n`);
    return 1;
  }
  const { corpus, texts } = await loadCorpus(args.paths, analyzeOptions(args), undefined, undefined, workerThreads(args));
  if (corpus.size === 0) {
    process.stderr.write('corpus-nav eval: no article could be read\n');
    return 1;
  }
  const readText = (p: string): string | null => texts.get(p) ?? null;
  const { result } = corpus.build();
  const errorsShown = args.values.get('--speaker-errors');
  if (errorsShown !== undefined) {
    process.stdout.write(formatSpeakerErrors(speakerMentionErrors(result, gold, readText), Number(errorsShown) || 0, readText) + '\n');
    return 0;
  }
  const scores = score(result, gold, readText);
  process.stdout.write(args.flags.has('--json') ? JSON.stringify(scores, null, 1) + '\n' : formatScores(scores) + '\n');
  return 0;
}

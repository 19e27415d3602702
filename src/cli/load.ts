/** Reads the articles named on the command line into a corpus, reporting every skipped file on stderr. */
import * as path from 'node:path';
import { Corpus } from '../corpus/corpus';
import { collectArticles } from '../corpus/files';
import { analyzeFiles } from './workers';
import type { AnalyzeOptions } from '../extractor/analyze';

export interface Loaded {
  corpus: Corpus;
  texts: Map<string, string>;
  bytes: number;
  skipped: number;
}

/** Paths in the output are relative to the working folder, with forward slashes, as the spec shows. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

export async function loadCorpus(inputs: string[], options: AnalyzeOptions = {}, warn: (msg: string) => void = (m) => process.stderr.write(m + '\n')): Promise<Loaded> {
  const corpus = new Corpus(options);
  const texts = new Map<string, string>();
  const { files, problems } = await collectArticles(inputs);
  let skipped = problems.length;
  for (const p of problems) warn(`corpus-nav: skipped ${p.path}: ${p.reason}`);
  let bytes = 0;
  for (const outcome of await analyzeFiles(files, options)) {
    if (!outcome.ok) {
      warn(`corpus-nav: skipped ${outcome.file}: ${outcome.reason}`);
      skipped++;
      continue;
    }
    const key = displayPath(outcome.file);
    corpus.add(key, outcome.analysis, outcome.events);
    texts.set(key, outcome.text);
    bytes += outcome.bytes;
  }
  return { corpus, texts, bytes, skipped };
}

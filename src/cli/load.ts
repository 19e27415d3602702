/** Reads the articles named on the command line into a corpus, reporting every skipped file on stderr. */
import * as path from 'node:path';
import { Corpus } from '../corpus/corpus';
import { collectArticles, readArticleSync } from '../corpus/files';
import type { AnalyzeOptions } from '../extractor/analyze';

export interface Loaded {
  corpus: Corpus;
  texts: Map<string, string>;
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
  for (const p of problems) warn(`corpus-nav: skipped ${p.path}: ${p.reason}`);
  for (const file of files) {
    const decoded = readArticleSync(file);
    if (!decoded.ok) {
      warn(`corpus-nav: skipped ${file}: ${decoded.reason}`);
      continue;
    }
    const key = displayPath(file);
    try {
      corpus.set(key, decoded.text);
    } catch (e) {
      // one article that trips the extractor must not cost the others their results
      warn(`corpus-nav: skipped ${file}: extractor error (${(e as Error).message})`);
      continue;
    }
    texts.set(key, decoded.text);
  }
  return { corpus, texts };
}

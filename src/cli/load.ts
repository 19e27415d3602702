/** Reads the articles named on the command line into a corpus, reporting every skipped file on stderr. */
import * as path from 'node:path';
import { Corpus } from '../corpus/corpus';
import { AnalysingCorpus } from '../corpus/analysingCorpus';
import { collectArticles, readArticleSync } from '../corpus/files';
import type { AnalyzeOptions } from '../extractor/analyze';

export interface Loaded {
  corpus: Corpus;
  texts: Map<string, string>;
}

/** Paths in the output are relative to the working folder, with forward slashes, as the spec shows. */
export function displayPath(file: string): string {
  const rel = relativeToWorkingFolder(file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}

/** The last folder relativeToWorkingFolder met, the working folder then, and the folder's path from it. */
let lastFolder = { dir: '', cwd: '', rel: '' };

/**
 * `path.relative(process.cwd(), file)`, with the folder's part worked out once for a folder's files
 * (a corpus's files come folder by folder): a thousand path.relative calls, before they are
 * optimised, took 10-20 ms. A file's last segment, after its last separator, is appended to its
 * folder's relative path, as path.relative would append it; a name that is no plain segment
 * ('', '.', '..') goes the long way.
 */
function relativeToWorkingFolder(file: string): string {
  const cwd = process.cwd();
  const cut = Math.max(file.lastIndexOf(path.sep), file.lastIndexOf('/'));
  const name = file.slice(cut + 1);
  if (cut < 0 || name === '' || name === '.' || name === '..') return path.relative(cwd, file);
  const dir = file.slice(0, cut + 1);
  if (lastFolder.dir !== dir || lastFolder.cwd !== cwd) lastFolder = { dir, cwd, rel: path.relative(cwd, dir) };
  return lastFolder.rel ? `${lastFolder.rel}${path.sep}${name}` : name;
}

/**
 * Article keys that do not depend on the working folder, for exports whose ids are built from them:
 * a file found in a folder named in `inputs` is that folder's own name, then its path inside it
 * (`seeds/000_x.txt` from `seeds`, `.` inside seeds, or `/abs/seeds`); a file named itself is its
 * file name. With nested folders named, the innermost one counts. Forward slashes throughout.
 */
export function exportPaths(inputs: string[]): (file: string) => string {
  const named = inputs.map((i) => path.resolve(i));
  return (file) => {
    const full = path.resolve(file);
    if (named.includes(full)) return path.basename(full);
    let root = '';
    for (const dir of named) if (full.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep) && dir.length > root.length) root = dir;
    // (a file outside every named folder cannot come from collectArticles; its name is all we give)
    if (!root) return path.basename(full);
    return [path.basename(root), ...path.relative(root, full).split(path.sep)].filter(Boolean).join('/');
  };
}

/**
 * Reads and analyses the articles in `inputs` (files and folders); each gets the key `keyOf(file)`
 * (by default its path from the working folder). Files that cannot be read or trip the extractor
 * are skipped and reported through `warn`.
 */
export async function loadCorpus(
  inputs: string[],
  options: AnalyzeOptions = {},
  warn: (msg: string) => void = (m) => process.stderr.write(m + '\n'),
  keyOf: (file: string) => string = displayPath,
): Promise<Loaded> {
  const corpus = new AnalysingCorpus(options);
  const texts = new Map<string, string>();
  const { files, problems } = await collectArticles(inputs);
  for (const p of problems) warn(`corpus-nav: skipped ${p.path}: ${p.reason}`);
  for (const file of files) {
    const decoded = readArticleSync(file);
    if (!decoded.ok) {
      warn(`corpus-nav: skipped ${file}: ${decoded.reason}`);
      continue;
    }
    const key = keyOf(file);
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

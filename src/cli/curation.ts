/** The command line applies the user's corrections as the editor does: `--curation FILE`, else the first folder read that holds `.corpus-navigator/curation.json`. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Corpus } from '../corpus/corpus';
import { CURATION_FILE, parseCuration } from '../corpus/curation';
import type { Args } from './args';

/** Finds, reads and applies the curation file; a bad file is named on stderr and left out. Returns the file applied, if any. */
export function applyCuration(corpus: Corpus, args: Args, warn: (msg: string) => void = (m) => process.stderr.write(m + '\n')): string | null {
  const given = args.values.get('--curation');
  const file = given ?? args.paths.map((p) => path.join(p, CURATION_FILE)).find((f) => existsSync(f) && statSync(f).isFile());
  if (!file) return null;
  try {
    corpus.setCuration(parseCuration(readFileSync(file, 'utf8')));
    return file;
  } catch (e) {
    warn(`corpus-nav: curation file ${file} not applied: ${(e as Error).message}`);
    return null;
  }
}

/**
 * The `corpus-nav` executable: runs the command line's bundle (dist/cliMain.js) with V8's code
 * cache. A run compiles the bundle's code before it can run it; with the code cache kept beside
 * the bundle (dist/cliMain.js.v8cache), the next runs start from V8's bytecode instead of the
 * source, as Node 22's `module.enableCompileCache()` does (this project runs on Node 20).
 *
 * The cache is written when there is none or V8 refused it (another Node, another bundle: V8
 * checks the source's hash and its own version and flags), after a run that analysed articles, so
 * that it holds the extractor's functions, compiled lazily, and not only the top level. Writing is
 * best effort (a read-only install just runs without it) and atomic (a temporary file renamed), so
 * two runs at once cannot leave half a cache. Nothing else is cached: every run analyses its
 * articles afresh.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// A command-line run lasts a second or two, and most of it is spent before V8 has optimised the
// extractor: a smaller inlining budget makes optimised code ready sooner (development corpus, whole
// process: 1.42 -> 1.29 s, median of 9; 100 and 300 did less). Set before the bundle is compiled:
// V8 accepts a code cache only under the flags it was made with.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

/**
 * Whether this run analyses articles itself, and so compiles the extractor: a cache worth keeping.
 * (`bench` analyses only in its children, `bench --worker`.)
 */
function analyses(argv: string[]): boolean {
  return argv[0] === 'extract' || argv[0] === 'eval' || argv[0] === 'export' || (argv[0] === 'bench' && argv.includes('--worker'));
}

const bundle = path.join(__dirname, 'cliMain.js');
const cacheFile = `${bundle}.v8cache`;

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function writeCache(script: Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // best effort: without a cache the next run compiles, as this one did
    rmSync(temporary, { force: true });
  }
}

const cachedData = readCache();
const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if ((!cachedData || script.cachedDataRejected) && analyses(process.argv.slice(2))) {
  process.once('exit', () => writeCache(script));
}
// the bundle runs as the CommonJS module it was built as (Module.wrap's parameters)
const exports = {};
(script.runInThisContext() as (...args: unknown[]) => void).call(exports, exports, createRequire(bundle), { exports }, bundle, __dirname);

/**
 * The `corpus-nav` executable: runs the command line's bundle (dist/cliMain.js) with V8's code
 * cache. A run compiles the bundle's code before it can run it; with the code cache kept beside
 * the bundle (dist/cliMain.js.v8cache), the next runs start from V8's bytecode instead of the
 * source, as Node 22's `module.enableCompileCache()` does (this project runs on Node 20).
 *
 * The cache is written when there is none, it does not fit, or V8 refused it (another Node,
 * other flags), after a run that analysed articles and succeeded, so that it holds the
 * extractor's functions, compiled lazily, and not only the top level. V8 checks little of what it
 * is handed (Node 20's V8 compares the source's length, not its text, and keeps no checksum of
 * the data: a damaged cache can crash the run or change its answers), so the file starts with a
 * CRC-32 of the bundle it was made from and one of the V8 data after it, both checked before V8
 * sees the data. (CRC-32, not SHA-256: they guard against a damaged file or another build of the
 * same length, not a forger, who could as well change the bundle; SHA-256 of the two megabytes
 * was 60 million instructions of every start, CRC-32 is 8 million.) Writing is best effort (a
 * read-only install just runs without it) and atomic (a temporary file renamed), so two runs at
 * once cannot leave half a cache. Nothing else is cached: every run analyses its articles afresh.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { crc32 } from 'node:zlib';

// Node's own modules come with V8 code caches made under V8's default flags: once the flags below
// are set, V8 rejects those caches and compiles each module loaded after from its source. The ones
// every run of the bundle loads are loaded here, before (the imports above were loaded before
// already): 48 M instructions fewer at every start. (Not measured by instructions over 100 dev
// articles, which runs with --hash-seed: a flag of its own that makes V8 reject them all.)
require('node:crypto');
require('node:os');
require('node:perf_hooks');
// made on first use: the folder walk's promises, and the main thread's output stream
void (require('node:fs') as typeof import('node:fs')).promises;
if (isMainThread) void process.stdout;

// A command-line run lasts a second or two, and most of it is spent before V8 has optimised the
// extractor: a smaller inlining budget makes optimised code ready sooner (development corpus, whole
// process: 1.42 -> 1.29 s, median of 9; 100 and 300 did less). Set before the bundle is compiled:
// V8 accepts a code cache only under the flags it was made with.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
// Each regular expression is compiled when first run; by default to V8's regexp bytecode, then,
// once run again, compiled anew to machine code: nearly all of the bundle's are run many times, so
// a run compiled most of them twice (the Unicode and case-insensitive ones, parsed twice through
// ICU, the costliest). Straight to machine code: 111 M instructions fewer over the seeds (1.62 G).
setFlagsFromString('--no-regexp-tier-up');

const bundle = path.join(__dirname, 'cliMain.js');
const cacheFile = `${bundle}.v8cache`;
/** The cache file: this tag, the bundle's CRC-32, the V8 data's CRC-32 (each 4 bytes, big-endian), the V8 data. */
const TAG = Buffer.from('corpus-nav code cache 2\n');
const HASH_BYTES = 4;

/** The CRC-32 of `data` as 4 bytes. */
function checksum(data: Buffer): Buffer {
  const out = Buffer.alloc(HASH_BYTES);
  out.writeUInt32BE(crc32(data));
  return out;
}

/** The V8 data of a cache file made from the bundle whose CRC-32 is `bundleHash`, undefined when there is none or it does not check out. */
function readCache(bundleHash: Buffer): Buffer | undefined {
  try {
    // a regular file only: reading a FIFO would wait for a writer
    if (!statSync(cacheFile).isFile()) return undefined;
    const file = readFileSync(cacheFile);
    const data = file.subarray(TAG.length + 2 * HASH_BYTES);
    const fits =
      file.length > TAG.length + 2 * HASH_BYTES &&
      file.subarray(0, TAG.length).equals(TAG) &&
      file.subarray(TAG.length, TAG.length + HASH_BYTES).equals(bundleHash) &&
      file.subarray(TAG.length + HASH_BYTES, TAG.length + 2 * HASH_BYTES).equals(checksum(data));
    return fits ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(script: Script, bundleHash: Buffer): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    writeFileSync(temporary, Buffer.concat([TAG, bundleHash, checksum(data), data]));
    renameSync(temporary, cacheFile);
  } catch {
    // best effort: without a cache the next run compiles, as this one did
    rmSync(temporary, { force: true });
  }
}

// hashed as read: the bytes are the UTF-8 that hashing the source text would make (the same hash),
// without encoding a megabyte of two-byte text back (the bundle's regular expressions keep a few
// non-ASCII characters): 5-15 ms of every start
const bytes = readFileSync(bundle);
const source = bytes.toString('utf8');
const bundleHash = checksum(bytes);
const cachedData = readCache(bundleHash);
const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
// the bundle runs as the CommonJS module it was built as (Module.wrap's parameters)
const bundleModule = { exports: {} as { analysedHere?: () => boolean } };
if (!cachedData || script.cachedDataRejected) {
  // kept only from a thread that analysed articles (see analysedHere in ./main.ts), and not after a
  // failed run, which may have compiled little of the extractor: its cache would stay, half made
  process.once('exit', (code) => {
    if (code === 0 && bundleModule.exports.analysedHere?.()) writeCache(script, bundleHash);
  });
}
(script.runInThisContext() as (...args: unknown[]) => void).call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, __dirname);

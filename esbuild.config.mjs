// Bundles the extension (vscode external), the corpus-nav command line and the test suites.
// world-countries is trimmed at build time to the few fields the gazetteer reads.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
// --production: the packaged extension, minified; keepNames because the date parser is trimmed by class name
const production = process.argv.includes('--production');

const trimCountries = {
  name: 'trim-world-countries',
  setup(build) {
    build.onResolve({ filter: /^world-countries$/ }, () => ({ path: 'world-countries', namespace: 'countries' }));
    build.onLoad({ filter: /.*/, namespace: 'countries' }, () => {
      const all = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
      const trimmed = all.map((c) => ({
        cca2: c.cca2,
        independent: c.independent,
        name: { common: c.name.common, official: c.name.official },
        altSpellings: c.altSpellings,
        capital: c.capital,
        demonyms: { eng: c.demonyms?.eng },
      }));
      return { contents: `export default ${JSON.stringify(trimmed)};`, loader: 'js' };
    });
  },
};

// gender-detection-from-name's English table is a 760 KB literal of 32,500 pairs (half of the
// command line's bundle): parsed at every start and compiled on first use. Rebuilt at build time
// as two strings: the names, sorted, separated by spaces, and one letter (m/f) per name. The
// extractor searches the sorted names (src/extractor/gender.ts) instead of building a Map of
// 32,500 entries at every start (78 M instructions, and a table the young generation copies).
const compactGenderNames = {
  name: 'compact-gender-names',
  setup(build) {
    build.onLoad({ filter: /gender-detection-from-name[\\/]names[\\/]en\.js$/ }, (args) => {
      const names = require(args.path);
      // sorted by code unit, the order the extractor's search compares in
      const sorted = [...names.keys()].sort();
      const genders = sorted.map((n) => (names.get(n) === 'female' ? 'f' : 'm')).join('');
      return { contents: `module.exports = { names: ${JSON.stringify(sorted.join(' '))}, genders: ${JSON.stringify(genders)} };`, loader: 'js' };
    });
  },
};

// an-array-of-english-words (275,000 words, a 3 MB JSON array) is read at build time into a Bloom
// filter of 1% false positives (330 KB, base64): the extractor asks it whether a capitalised word
// opening a sentence is a common word (src/extractor/commonWords.ts, which hashes as this does).
// A false positive only keeps a name from being taken for a body's, the cautious side.
const commonWordList = {
  name: 'common-word-list',
  setup(build) {
    build.onResolve({ filter: /^an-array-of-english-words$/ }, () => ({ path: 'english-words', namespace: 'common-words' }));
    build.onLoad({ filter: /.*/, namespace: 'common-words' }, async () => {
      const { BLOOM_HASHES, bloomBits, bloomPositions } = await import('./scripts/bloom.mjs');
      const words = require('an-array-of-english-words').filter((w) => w.length >= 3 && /^[a-z][a-z'-]*$/.test(w));
      const bits = new Uint8Array(Math.ceil(bloomBits(words.length) / 8));
      for (const w of words) for (const p of bloomPositions(w, bits.length * 8, BLOOM_HASHES)) bits[p >> 3] |= 1 << (p & 7);
      return { contents: `module.exports = { bloom: ${JSON.stringify(Buffer.from(bits).toString('base64'))} };`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild 0.28 lowers every /\p{…}/u literal to `new RegExp(…)` for node20, which Node 20 runs as
  // written: lowered, a pattern inside a function is constructed again at each call
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  keepNames: production,
  logLevel: 'warning',
  plugins: [trimCountries, compactGenderNames, commonWordList],
};

// The webviews' style sheets sit beside their scripts, the one folder a webview may load from.
const copyWebviewStyles = {
  name: 'copy-webview-styles',
  setup(build) {
    build.onEnd(() => {
      mkdirSync('dist/webview', { recursive: true });
      copyFileSync(require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css'), 'dist/webview/vis-timeline.css');
      copyFileSync('media/views.css', 'dist/webview/views.css');
    });
  },
};

// What CommonJS gave each test file and the ES module output does not: `require` (Node's built-ins, the
// externals) and the file's own folder.
const esmCommonJsGlobals = [
  "import { createRequire as createRequireOfModule } from 'node:module';",
  "import { fileURLToPath as pathOfFileUrl } from 'node:url';",
  'const require = createRequireOfModule(import.meta.url);',
  'const __filename = pathOfFileUrl(import.meta.url);',
  "const __dirname = pathOfFileUrl(new URL('.', import.meta.url));",
].join('\n');

const testEntries = (dir) => readdirSync(`test/${dir}`).filter((f) => f.endsWith('.test.ts') || f === 'index.ts').map((f) => `test/${dir}/${f}`);

const targets = {
  extension: () => ({ ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // the indexing workers' entry: extraction runs there, off the extension host's thread
  worker: () => ({ ...common, entryPoints: ['src/vscode/indexing/worker.ts'], outfile: 'dist/indexWorker.js' }),
  cli: () => ({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cliMain.js', external: ['compromise'] }),
  // the `corpus-nav` executable: runs dist/cliMain.js with V8's code cache (see src/cli/launch.ts)
  cliLauncher: () => ({ ...common, plugins: [], entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  // One bundle per test file held its own copy of the extractor: 333 copies (610 MB of code) in one
  // process reached V8's 4 GB heap. As ES modules split into shared chunks, each module loads once.
  unit: () => ({
    ...common,
    entryPoints: testEntries('unit'),
    outdir: 'dist/test/unit',
    external: ['mocha', 'fast-check'],
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'shared-[hash]',
    banner: { js: esmCommonJsGlobals },
  }),
  vscodeTests: () => ({ ...common, entryPoints: testEntries('vscode'), outdir: 'dist/test/vscode', external: ['vscode', 'mocha'] }),
  // the webviews' scripts run in the browser: one self-contained file each, libraries bundled (no CDN)
  webview: () => ({ ...common, plugins: [copyWebviewStyles], platform: 'browser', format: 'iife', target: 'es2020', minify: true, sourcemap: false, entryPoints: ['src/webview/timeline.ts', 'src/webview/network.ts', 'src/webview/networkGraph.ts'], outdir: 'dist/webview' }),
};
// `node esbuild.config.mjs cli unit` builds just those; no names builds everything.
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// built only when named: `node esbuild.config.mjs worker coldPass` (a cold pass in plain Node, see the script)
const onDemand = {
  coldPass: () => ({ ...common, entryPoints: ['scripts/bench-editor/coldPass.ts'], outfile: 'dist/coldPass.js' }),
  // the extractor alone over the archive in one thread, its CPU per block of articles (see the script)
  analyzeLoop: () => ({ ...common, entryPoints: ['scripts/bench-editor/analyzeLoop.ts'], outfile: 'dist/analyzeLoop.js' }),
  // a warm start in plain Node (see the script); `vscode` is the few parts the cache's stores touch
  warmStart: () => ({ ...common, entryPoints: ['scripts/bench-editor/warmStart.ts'], outfile: 'dist/warmStart.js', alias: { vscode: './scripts/bench-editor/vscodeStub.ts' } }),
};
const builds = (names.length ? names : Object.keys(targets)).map((n) => (targets[n] ?? onDemand[n])());

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { displayPath, loadCorpus } from '../../src/cli/load';
import { CHUNK_BYTES, Streamed, writeCorpusJson, writeJson } from '../../src/cli/extract';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { score, type GoldFile } from '../../src/eval/score';
import gold from '../fixtures/seeds.gold.json';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });

describe('corpus-nav command line', () => {
  // scratch folders (one holds a 50 MB file) go when the suite ends
  const scratch: string[] = [];
  const tempDir = (prefix: string): string => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    scratch.push(dir);
    return dir;
  };
  after(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('extract --json prints the spec’s object', () => {
    const r = run('extract', 'seeds/000_6d5c066a89ae0d63.txt', '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(out), ['tool', 'documents', 'actors', 'events']);
    assert.equal(out.documents[0].path, 'seeds/000_6d5c066a89ae0d63.txt');
    assert.equal(out.documents[0].published, '2023-07-10');
    const text = require('node:fs').readFileSync(path.join(ROOT, 'seeds/000_6d5c066a89ae0d63.txt'), 'utf8');
    for (const q of out.documents[0].quotes) assert.equal(q.text, text.slice(q.start, q.end));
  });

  it('extract without --json is a readable summary', () => {
    const r = run('extract', 'seeds');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /ACTORS/);
    assert.match(r.stdout, /Jens Stoltenberg/);
    assert.match(r.stdout, /EVENTS BY DATE/);
  });

  it('bad input: each bad file is named on stderr, the rest still processed', () => {
    const dir = tempDir('cn-bad-');
    writeFileSync(path.join(dir, 'good.txt'), '“We will rebuild,” Mayor Ana Ruiz said.');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
    mkdirSync(path.join(dir, 'nothing-here'));
    const r = run('extract', dir, path.join(dir, 'nothing-here'), path.join(dir, 'missing.txt'), '--json');
    assert.equal(r.status, 0);
    for (const name of ['binary.txt: binary', 'latin1.txt: not valid UTF-8', 'empty.md: empty', 'huge.txt: too large', 'nothing-here: folder has no articles', 'missing.txt: no such file']) {
      assert.ok(r.stderr.includes(name), `stderr names ${name}:\n${r.stderr}`);
    }
    const out = JSON.parse(r.stdout);
    assert.equal(out.documents.length, 1);
    assert.equal(out.documents[0].quotes[0].text, 'We will rebuild,');
  });

  it('exits non-zero only when nothing could be read', () => {
    const dir = tempDir('cn-none-');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const r = run('extract', dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no article could be read/);
  });

  it('a reader that stops early (extract … | head) ends the run quietly: no EPIPE stack', () => {
    // a shell pipeline whose reader takes one line and closes the pipe
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" extract seeds seeds seeds --json | head -c 100`], { encoding: 'utf8', cwd: ROOT });
    assert.equal(r.stdout.length, 100);
    assert.doesNotMatch(r.stderr, /EPIPE|Error|at /);
  });

  it('output to a full disk ends with one line that says so, not a stack', function () {
    if (!existsSync('/dev/full')) this.skip();
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" extract seeds --json > /dev/full`], { encoding: 'utf8', cwd: ROOT });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'corpus-nav: cannot write the output: ENOSPC: no space left on device, write\n');
  });

  it('export to a file it cannot write ends with one line naming the file', function () {
    if (!existsSync('/dev/full')) this.skip();
    const full = run('export', 'seeds', '--format', 'jsonl', '--out', '/dev/full');
    assert.equal(full.status, 1);
    assert.equal(full.stderr, 'corpus-nav: cannot write /dev/full: ENOSPC: no space left on device, write\n');
    const missing = run('export', 'seeds', '--format', 'csv', '--out', '/nonexistent-dir/quotes.csv');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^corpus-nav: cannot write \/nonexistent-dir\/quotes\.csv: ENOENT[^\n]*\n$/);
  });

  it('eval prints every score the spec defines', () => {
    const r = run('eval', '--gold', 'test/fixtures/seeds.gold.json', 'seeds');
    assert.equal(r.status, 0, r.stderr);
    for (const label of ['coverage 0.3', 'coverage 0.8', 'speaker mention accuracy', 'speaker accuracy strict', 'actor recall', 'actor wrong merges', 'events found', 'events correctly dated']) {
      assert.ok(r.stdout.includes(label), label);
    }
  });
});

describe('article paths as the output shows them', () => {
  // what displayPath gives, path by path, with nothing remembered between calls
  const plain = (file: string): string => {
    const rel = path.relative(process.cwd(), file);
    return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
  };

  it('a path relative to the working folder, whatever folder came before and however the path is spelled', () => {
    const segment = fc.constantFrom('a', 'b', '.', '..', '', 'news', '..x', 'x..', 'c.txt');
    const file = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 }), fc.constantFrom('f.txt', '.', '..', '', '..f.md', 'g.md'))
      .map(([absolute, dirs, name]) => (absolute ? path.sep : '') + [...dirs, name].join(path.sep));
    fc.assert(fc.property(fc.array(file, { minLength: 1, maxLength: 8 }), (files) => {
      for (const f of files) assert.equal(displayPath(f), plain(f), f);
    }));
    for (const f of [path.join(process.cwd(), 'seeds', 'x.txt'), 'seeds/x.txt', path.join(tmpdir(), 'y.txt'), '../shared/a.txt', './b.txt', 'c.txt', path.sep + 'd.txt']) assert.equal(displayPath(f), plain(f), f);
  });
});

describe('extract --json writes in pieces', () => {
  // each chunk copied as it comes: a chunk handed over is the writer's no longer
  const written = (value: object): Buffer[] => {
    const chunks: Buffer[] = [];
    writeJson(value, (b) => chunks.push(Buffer.from(b)));
    return chunks;
  };
  const bytes = (value: object): Buffer => Buffer.concat(written(value));
  const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

  it('the same bytes as the UTF-8 of JSON.stringify and a newline, whatever the object holds', () => {
    // arrays with holes JSON.stringify writes as null, keys it leaves out, nested values and odd keys
    const item = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant(() => 1));
    const value = fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(fc.array(item), item));
    fc.assert(fc.property(value, (v) => assert.deepEqual(bytes(v), utf8(JSON.stringify(v) + '\n'))));
  });

  it('text beyond Latin-1, at chunk ends and in items longer than a chunk, is written whole', () => {
    // 3-byte and 4-byte characters around the chunk boundary, and one item three chunks long
    const near = (n: number): string => 'ä'.repeat(n) + '€😀';
    const documents = [near(CHUNK_BYTES / 2 - 7), near(CHUNK_BYTES / 4), 'ø€'.repeat(CHUNK_BYTES), near(5), '\u201cquoted\u201d'];
    const value = { tool: { name: 'nav €' }, documents };
    const chunks = written(value);
    assert.deepEqual(Buffer.concat(chunks), utf8(JSON.stringify(value) + '\n'));
    assert.ok(chunks.length >= 3, `${chunks.length} chunks`);
  });

  it('a Streamed value is written as the array of its items, made only when its field is reached', () => {
    const made: string[] = [];
    const value = {
      a: new Streamed(function* () {
        made.push('a');
        yield 1;
        yield undefined;
        yield { b: [2] };
      }),
      c: new Streamed(() => (made.push('c'), [])),
      d: 'x',
    };
    assert.equal(bytes(value).toString(), '{"a":[1,null,{"b":[2]}],"c":[],"d":"x"}\n');
    assert.deepEqual(made, ['a', 'c']);
  });

  it('a corpus is written as JSON.stringify of its build(), documents made one at a time', () => {
    const c = new AnalysingCorpus();
    c.set('b/two.txt', 'Harbour master Ines Vale said the quay would reopen. Vale added that "the cranes are safe".');
    c.set('a.txt', 'The Port Authority of Lund (PAL) said fees would rise. PAL chief Omar Brandt said the rise was small.');
    c.set('c.txt', 'Vale told reporters on Tuesday that the PAL had agreed.');
    const chunks: Buffer[] = [];
    writeCorpusJson(c, (b) => chunks.push(Buffer.from(b)));
    assert.deepEqual(Buffer.concat(chunks), utf8(JSON.stringify(c.build().result) + '\n'));
    assert.ok(c.build().result.documents.length === 3 && c.build().result.actors.length > 2);
  });

  it('a long array goes in several chunks, none over CHUNK_BYTES, most of them nearly full', () => {
    const documents = Array.from({ length: 3000 }, (_, i) => ({ path: `a${i}.txt`, text: 'w'.repeat(1000) }));
    const chunks = written({ tool: { name: 't' }, documents, actors: [] });
    assert.ok(chunks.length >= 10, `${chunks.length} chunks`);
    assert.ok(chunks.every((b) => b.length <= CHUNK_BYTES));
    assert.ok(chunks.slice(0, -1).every((b) => b.length > CHUNK_BYTES * 0.9), chunks.map((b) => b.length).join(' '));
    assert.deepEqual(Buffer.concat(chunks), utf8(JSON.stringify({ tool: { name: 't' }, documents, actors: [] }) + '\n'));
  });
});

describe('seeds gold: the bar the extractor must clear', () => {
  it('quote F1 at 0.3 >= 0.95, strict speaker accuracy >= 0.95, actor recall >= 0.95 with no wrong merges', async () => {
    const { corpus } = await loadCorpus([path.join(ROOT, 'seeds')], {}, () => undefined);
    const s = score(corpus.build().result, gold as unknown as GoldFile);
    assert.equal(s.documents, 5);
    assert.ok(s.quotes.lenient.f1 >= 0.95, `quote F1 ${s.quotes.lenient.f1}`);
    assert.ok(s.speaker!.strict >= 0.95, `speaker accuracy ${s.speaker!.strict}`);
    assert.ok(s.actors!.recall >= 0.95, `actor recall ${s.actors!.recall}`);
    assert.deepEqual(s.actors!.wrongMerges, []);
  });
});

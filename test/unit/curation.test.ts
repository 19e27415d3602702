import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { parseCuration, emptyCuration, type Curation } from '../../src/corpus/curation';
import type { CorpusResult } from '../../src/extractor/types';
import { tempDir } from './tempDirs';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const extract = (...args: string[]): CorpusResult => {
  const r = spawnSync(process.execPath, [CLI, 'extract', ...args, '--json'], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};
const byName = (r: CorpusResult, name: string) => r.actors.find((a) => a.name === name);
const allIds = (r: CorpusResult): Set<string> => {
  const ids = new Set<string>();
  for (const d of r.documents) {
    for (const m of d.mentions) ids.add(m.actor);
    for (const q of d.quotes) {
      if (q.speaker) ids.add(q.speaker);
      for (const a of q.about ?? []) ids.add(a);
    }
  }
  for (const e of r.events) for (const p of e.participants) ids.add(p);
  return ids;
};

describe('curation: the user corrects the extractor', () => {
  it('corpus-nav extract applies .corpus-navigator/curation.json found in the folder: merge, hide, rename, kind', () => {
    const plain = extract('seeds');
    const dir = tempDir('cn-curation-');
    cpSync(path.join(ROOT, 'seeds'), dir, { recursive: true });
    mkdirSync(path.join(dir, '.corpus-navigator'));
    const curation: Curation = { ...emptyCuration(), merge: [['China', 'Beijing']], hide: ['Indo-Pacific'], rename: { 'Jens Stoltenberg': 'Jens Stoltenberg (NATO)' }, kind: { 'Asia-Pacific partners': 'organization' } };
    writeFileSync(path.join(dir, '.corpus-navigator', 'curation.json'), JSON.stringify(curation));
    const cur = extract(dir);

    const china = byName(cur, 'China')!;
    const plainChina = byName(plain, 'China')!;
    const plainBeijing = byName(plain, 'Beijing')!;
    assert.equal(byName(cur, 'Beijing'), undefined, 'Beijing is no actor of its own');
    assert.ok(china.aliases.includes('Beijing'));
    assert.equal(china.mentionCount, plainChina.mentionCount + plainBeijing.mentionCount);
    assert.ok(!allIds(cur).has(plainBeijing.id), 'no mention, speaker, about or participant keeps the merged id');

    assert.equal(byName(cur, 'Indo-Pacific'), undefined);
    assert.ok(!allIds(cur).has(byName(plain, 'Indo-Pacific')!.id), 'a hidden actor is gone from mentions and events too');

    const renamed = byName(cur, 'Jens Stoltenberg (NATO)')!;
    assert.ok(renamed, 'renamed');
    assert.equal(renamed.id, byName(plain, 'Jens Stoltenberg')!.id, 'a rename keeps the id');
    assert.ok(renamed.aliases.includes('Jens Stoltenberg'));
    assert.equal(renamed.quoteCount, byName(plain, 'Jens Stoltenberg')!.quoteCount);

    assert.equal(byName(cur, 'Asia-Pacific partners')!.kind, 'organization');
    assert.equal(byName(plain, 'Asia-Pacific partners')!.kind, 'group');

    // nothing else changed: the other actors are the same, and every quote keeps its span and text
    const changed = new Set(['China', 'Beijing', 'Indo-Pacific', 'Jens Stoltenberg', 'Asia-Pacific partners']);
    // (ids aside: an anonymous source's id names its article, and the copy's path differs)
    const withoutId = ({ id: _id, ...rest }: { id: string }) => rest;
    for (const a of plain.actors.filter((x) => !changed.has(x.name))) assert.deepEqual(withoutId(byName(cur, a.name)!), withoutId(a), a.name);
    assert.deepEqual(cur.documents.map((d) => d.quotes.map((q) => [q.start, q.end, q.text])), plain.documents.map((d) => d.quotes.map((q) => [q.start, q.end, q.text])));
  });

  it('split: an alias wrongly folded into an actor becomes an actor of its own, with its mentions and quotes', () => {
    const text = ['Port board votes', 'Harbour chief Tilde Marsh met Oskar Lind on Monday.', '“We will dredge in May,” Marsh said.', 'Lind said the board would pay.'].join('\n');
    const corpus = new AnalysingCorpus();
    corpus.set('a.txt', text);
    const before = corpus.build().result;
    const marsh = before.actors.find((a) => a.name === 'Tilde Marsh')!;
    assert.ok(marsh.aliases.includes('Marsh'));
    corpus.setCuration({ ...emptyCuration(), split: [['Tilde Marsh', 'Marsh']] });
    const after = corpus.build().result;
    const split = after.actors.find((a) => a.name === 'Marsh')!;
    assert.ok(split, 'Marsh is an actor');
    assert.equal(split.quoteCount, 1);
    assert.equal(split.mentionCount, after.documents[0].mentions.filter((m) => m.actor === split.id).length);
    assert.equal(after.documents[0].quotes.find((q) => q.text.includes('dredge'))!.speaker, split.id);
    const tilde = after.actors.find((a) => a.name === 'Tilde Marsh')!;
    assert.ok(!tilde.aliases.includes('Marsh'));
    assert.equal(tilde.quoteCount, marsh.quoteCount - 1);
    assert.deepEqual(corpus.mentionsOf(split.id).map((m) => m.item.text), ['Marsh']);
    // and undone
    corpus.setCuration(null);
    assert.deepEqual(corpus.build().result.actors, before.actors);
  });

  it('a curation survives changes to the articles (applied again after each)', () => {
    const corpus = new AnalysingCorpus();
    corpus.setCuration({ ...emptyCuration(), hide: ['Oskar Lind'] });
    corpus.set('b.txt', 'Oskar Lind said the ferry would run.');
    assert.equal(corpus.actors().find((a) => a.name === 'Oskar Lind'), undefined);
    assert.equal(corpus.document('b.txt')!.quotes[0].speaker, null, 'a hidden speaker is no speaker');
  });

  it('refuses a file of the wrong shape, naming the field', () => {
    assert.throws(() => parseCuration('[]'), /one JSON object/);
    assert.throws(() => parseCuration('{"merge": [["a"]]}'), /"merge"/);
    assert.throws(() => parseCuration('{"kind": {"X": "planet"}}'), /"kind"/);
    assert.deepEqual(parseCuration('{"hide": ["X"]}'), { ...emptyCuration(), hide: ['X'] });
  });

  it('the command line names a bad curation file and goes on without it', () => {
    const dir = tempDir('cn-curation-bad-');
    writeFileSync(path.join(dir, 'a.txt'), 'Oskar Lind said the ferry would run.');
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, '{"hide": "Oskar Lind"}');
    const r = spawnSync(process.execPath, [CLI, 'extract', dir, '--json', '--curation', file], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.match(r.stderr, /curation file .*bad\.json not applied: "hide"/);
    assert.ok(JSON.parse(r.stdout).actors.some((a: { name: string }) => a.name === 'Oskar Lind'));
  });
});

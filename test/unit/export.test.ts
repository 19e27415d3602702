import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { aboutOf } from '../../src/corpus/about';
import { defuseFormula, exportRecords, toCsv, toOpenSearchBulk, type EventRecord, type QuoteRecord } from '../../src/corpus/export';
import { tempDir } from './tempDirs';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });

describe('about: whom a quote talks about', () => {
  it('takes the actors mentioned inside the content, once each, in order, without the speaker', () => {
    const mentions = [
      { actor: 'ana', start: 0, end: 3, text: 'Ana' },
      { actor: 'peru', start: 10, end: 14, text: 'Peru' },
      { actor: 'chile', start: 20, end: 25, text: 'Chile' },
      { actor: 'peru', start: 30, end: 34, text: 'Peru' },
      { actor: 'ana', start: 36, end: 39, text: 'Ana' },
      { actor: 'bolivia', start: 50, end: 57, text: 'Bolivia' },
    ];
    assert.deepEqual(aboutOf([{ start: 8, end: 40 }], mentions, 'ana'), ['peru', 'chile']);
    assert.deepEqual(aboutOf([{ start: 8, end: 22 }, { start: 45, end: 60 }], mentions, null), ['peru', 'bolivia']);
    // a mention that only starts inside the content is not inside it
    assert.deepEqual(aboutOf([{ start: 8, end: 23 }], mentions, null), ['peru']);
  });

  it('resolves the names in a quotation as the extractor does', () => {
    const corpus = new AnalysingCorpus();
    corpus.set('a.txt', 'Foreign Minister Lena Kovacs met Chancellor Otto Brandt in Vienna.\n“Austria and Hungary will sign the accord together,” Kovacs said.');
    const { result } = corpus.build();
    const q = [...exportRecords(result, ['quotes'])][0] as QuoteRecord;
    assert.ok(q, 'one quote');
    assert.deepEqual(q.aboutNames.sort(), ['Austria', 'Hungary']);
  });

  it('seeds: the quote with "China is learning from Russia" is about China and Russia; most quotes have an about', () => {
    const r = run('export', 'seeds', '--format', 'jsonl', '--records', 'quotes');
    assert.equal(r.status, 0, r.stderr);
    const quotes = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as QuoteRecord);
    const china = quotes.find((q) => q.text.includes('China is learning from Russia'));
    assert.ok(china);
    assert.ok(china.aboutNames.includes('China') && china.aboutNames.includes('Russia'), china.aboutNames.join());
    const withAbout = quotes.filter((q) => q.about.length > 0).length;
    assert.ok(withAbout * 2 >= quotes.length, `${withAbout} of ${quotes.length} quotes have an about`);
  });
});

describe('corpus-nav export', () => {
  it('jsonl: every line is JSON, with quotes, actors and events', () => {
    const r = run('export', 'seeds', '--format', 'jsonl');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    const records = lines.map((l) => JSON.parse(l));
    const types = new Set(records.map((x) => x.type));
    assert.deepEqual([...types].sort(), ['actor', 'event', 'quote']);
    const q = records.find((x) => x.type === 'quote');
    for (const field of ['speaker', 'speakerName', 'about', 'kind', 'text', 'path', 'published', 'start', 'end']) assert.ok(field in q, field);
  });

  it('a quote\'s date is its article\'s published date, else the date in its file name (published stays the text\'s)', () => {
    const dir = tempDir('cn-export-date-');
    writeFileSync(path.join(dir, 'wash-post_2016-07-13_budget.txt'), 'Budget vote delayed\n\nThe mayor said the vote would wait.\n');
    writeFileSync(path.join(dir, 'dated.txt'), 'Budget vote delayed\nMarch 3, 2021\n\nThe mayor said the vote would wait.\n');
    writeFileSync(path.join(dir, 'undated.txt'), 'Budget vote delayed\n\nThe mayor said the vote would wait.\n');
    const r = run('export', dir, '--format', 'jsonl', '--records', 'quotes');
    assert.equal(r.status, 0, r.stderr);
    const quotes = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as QuoteRecord);
    const of = (name: string): QuoteRecord | undefined => quotes.find((q) => q.path.endsWith(name));
    assert.deepEqual([of('budget.txt')?.published, of('budget.txt')?.date], [null, '2016-07-13']);
    assert.deepEqual([of('dated.txt')?.published, of('dated.txt')?.date], ['2021-03-03', '2021-03-03']);
    assert.deepEqual([of('undated.txt')?.published, of('undated.txt')?.date], [null, null]);
  });

  it('csv: round-trips through a CSV parser with the text intact', () => {
    const r = run('export', 'seeds', '--format', 'csv');
    assert.equal(r.status, 0, r.stderr);
    const rows = parse(r.stdout, { columns: true, bom: true }) as Array<Record<string, string>>;
    const json = run('export', 'seeds', '--format', 'jsonl', '--records', 'quotes').stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, json.length);
    rows.forEach((row, i) => {
      assert.equal(row.text, defuseFormula(json[i].text));
      assert.equal(row.speaker_name, json[i].speakerName ?? '');
      assert.equal(Number(row.start), json[i].start);
    });
    for (const table of ['actors', 'events']) {
      const t = run('export', 'seeds', '--format', 'csv', '--records', table);
      assert.ok((parse(t.stdout, { columns: true, bom: true }) as unknown[]).length > 0, table);
    }
  });

  it('csv quotes fields holding commas, quotation marks and line breaks (RFC 4180)', () => {
    const record: QuoteRecord = {
      type: 'quote', id: 'q-1', path: 'a,b.txt', title: 'He said "no"', published: null, date: null, start: 0, end: 5, kind: 'direct',
      text: 'one, "two"\r\nthree', pieces: null, continuation: false, speaker: null, speakerName: null, speakerMention: null, cue: null, about: [], aboutNames: [],
    };
    const csv = toCsv([record], 'quotes');
    const [row] = parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
    assert.equal(row.text, record.text);
    assert.equal(row.path, record.path);
    assert.equal(row.title, record.title);
  });

  it('csv: a lone LF or CR in a field (a file name, a quotation over paragraphs) stays inside its row', () => {
    const record: QuoteRecord = {
      type: 'quote', id: 'q-3', path: 'new\nline.txt', title: 'one\rtwo', published: null, date: null, start: 0, end: 5, kind: 'direct',
      text: 'first paragraph\nsecond paragraph', pieces: null, continuation: false, speaker: null, speakerName: null, speakerMention: null, cue: null, about: [], aboutNames: [],
    };
    // (a reader that takes any line break for a row's end, as spreadsheets do)
    const rows = parse(toCsv([record], 'quotes'), { columns: true, bom: true }) as Array<Record<string, string>>;
    assert.equal(rows.length, 1);
    assert.equal(rows[0].path, record.path);
    assert.equal(rows[0].title, record.title);
    assert.equal(rows[0].text, record.text);
  });

  it('csv: a cell that a spreadsheet would run as a formula is written as text', () => {
    const record: QuoteRecord = {
      type: 'quote', id: 'q-2', path: 'a.txt', title: null, published: null, date: null, start: 0, end: 5, kind: 'direct',
      text: "=HYPERLINK('http://evil.example','click') is what we saw", pieces: null, continuation: false, speaker: null, speakerName: '@admin', speakerMention: null, cue: null, about: [], aboutNames: ['-1+2'],
    };
    const [row] = parse(toCsv([record], 'quotes'), { columns: true, bom: true }) as Array<Record<string, string>>;
    assert.equal(row.text, "'=HYPERLINK('http://evil.example','click') is what we saw");
    assert.equal(row.speaker_name, "'@admin");
    assert.equal(row.about_names, "'-1+2");
    assert.equal(row.path, 'a.txt');
  });

  it('opensearch: action and document lines alternate, ids unique, --out writes a file', () => {
    const out = path.join(tempDir('cn-export-'), 'bulk.ndjson');
    const r = run('export', 'seeds', '--format', 'opensearch', '--out', out, '--index', 'news');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /corpus-nav export: 5 articles written to .*bulk\.ndjson/);
    const lines = readFileSync(out, 'utf8').split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length % 2, 0);
    const ids = new Set<string>();
    for (let i = 0; i < lines.length; i += 2) {
      const action = JSON.parse(lines[i]);
      const doc = JSON.parse(lines[i + 1]);
      assert.equal(action.index._index, 'news');
      assert.equal(action.index._id, `${doc.type}:${doc.id}`);
      ids.add(action.index._id);
    }
    assert.equal(ids.size, lines.length / 2, 'ids unique');
  });

  it('the same corpus gives the same bulk body twice (stable ids)', () => {
    const corpus = new AnalysingCorpus();
    corpus.set('x.txt', '“We will win,” said Mara Quist, the mayor of Tolby.');
    const once = [...toOpenSearchBulk(exportRecords(corpus.build().result), 'i')].join('');
    const again = [...toOpenSearchBulk(exportRecords(corpus.build().result), 'i')].join('');
    assert.equal(once, again);
  });

  describe('paths and ids do not depend on where the export runs', () => {
    // a folder "harbour" with an article and one in a subfolder, under a temporary parent
    const parent = tempDir('cn-export-cwd-');
    const folder = path.join(parent, 'harbour');
    mkdirSync(path.join(folder, 'north'), { recursive: true });
    writeFileSync(path.join(folder, 'pier.txt'), '“The pier reopens on 3 May 2021,” Harbour Master Ilse Norgaard said on Friday.\nThe council met in Tolby on Monday.');
    writeFileSync(path.join(folder, 'north', 'ferry.txt'), '“Ferries will run every hour,” said Councillor Bram Okafor, who chairs the transport board.');
    const exportFrom = (cwd: string, target: string, format = 'opensearch') => {
      const r = spawnSync(process.execPath, [CLI, 'export', target, '--format', format], { encoding: 'utf8', cwd });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    const docs = (bulk: string) => bulk.split('\n').filter(Boolean).filter((_, i) => i % 2 === 1).map((l) => JSON.parse(l) as QuoteRecord | EventRecord | { type: 'actor' });

    it('a folder: from its parent, from inside it and by its absolute path, the same bulk body; paths start with the folder’s name', () => {
      const fromParent = exportFrom(parent, 'harbour');
      assert.equal(exportFrom(folder, '.'), fromParent, 'from inside the folder');
      assert.equal(exportFrom(ROOT, folder), fromParent, 'by absolute path from elsewhere');
      assert.equal(exportFrom(path.join(folder, 'north'), '..'), fromParent, 'from a subfolder, as ..');
      const quotes = docs(fromParent).filter((d): d is QuoteRecord => d.type === 'quote');
      assert.deepEqual([...new Set(quotes.map((q) => q.path))].sort(), ['harbour/north/ferry.txt', 'harbour/pier.txt']);
      assert.ok(!fromParent.includes(parent), 'no local folder in the export');
    });

    it('a file named itself is its file name, wherever the export runs; csv and jsonl agree', () => {
      const fromParent = exportFrom(parent, path.join('harbour', 'pier.txt'), 'jsonl');
      assert.equal(exportFrom(folder, 'pier.txt', 'jsonl'), fromParent);
      assert.equal(exportFrom(ROOT, path.join(folder, 'pier.txt'), 'jsonl'), fromParent);
      const quote = fromParent.split('\n').map((l) => (l ? JSON.parse(l) : null)).find((d) => d?.type === 'quote') as QuoteRecord;
      assert.equal(quote.path, 'pier.txt');
      const rows = parse(exportFrom(folder, '.', 'csv'), { columns: true, bom: true }) as Array<{ id: string; path: string }>;
      assert.deepEqual(rows.map((r) => r.path).sort(), ['harbour/north/ferry.txt', 'harbour/pier.txt']);
      assert.deepEqual(rows.map((r) => r.id).sort(), docs(exportFrom(parent, 'harbour')).filter((d): d is QuoteRecord => d.type === 'quote').map((q) => q.id).sort());
    });
  });

  it('refuses an unknown format with exit code 2', () => {
    const r = run('export', 'seeds', '--format', 'xml');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--format must be one of/);
  });
});

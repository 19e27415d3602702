/** Session 65's editor faults that plain Node can test: a search row's speaker, the CSV's byte-order mark. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { CorpusLookup } from '../../src/corpus/lookup';
import { CorpusSearch, searchableArticle } from '../../src/corpus/search';
import { sentenceRowQuote } from '../../src/corpus/searchMatch';
import { CSV_BOM, exportRecords, toCsv, toJsonl } from '../../src/corpus/export';
import { tempDir } from './tempDirs';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

// one sentence, two speakers' quotes: the Herald's report of Lee's plan, then Costa's own words
const STORY = [
  'Harbour wall vote splits council',
  '',
  'The Harbour Herald reported that Councillor Ann Lee wants to demolish the old sea wall, and Mayor Ines Costa later called the plan "reckless for the fishing families."',
  '',
].join('\n');

describe('editor65: a search row names the speaker of the quote that holds the match', () => {
  const corpus = new AnalysingCorpus();
  const record = corpus.set('harbour.txt', STORY);
  const search = new CorpusSearch((p) => (p === 'harbour.txt' ? STORY : undefined));
  search.set(searchableArticle(record, STORY));
  const lookup = new CorpusLookup(corpus);
  const nameOf = (id: string | null | undefined) => (id ? lookup.actors.get(id)?.name : undefined);

  it('the extractor gives the sentence two quotes: the Herald\'s, then Ines Costa\'s', () => {
    const quotes = corpus.build().result.documents[0].quotes;
    assert.deepEqual(quotes.map((q) => nameOf(q.speaker)), ['Harbour Herald', 'Ines Costa']);
  });

  it('“reckless fishing herald” (the Herald only named): the row\'s speaker is Ines Costa, as the CLI gives the quote', () => {
    const [hit] = search.search('reckless fishing herald');
    assert.ok(hit && hit.path === 'harbour.txt', 'the sentence is found');
    const quote = sentenceRowQuote(lookup, hit, 'reckless fishing herald');
    assert.equal(nameOf(quote?.speaker), 'Ines Costa');
    assert.equal(quote?.start, STORY.indexOf('the plan'));
  });

  it('a match in the Herald\'s quote still names the Herald', () => {
    const [hit] = search.search('demolish');
    assert.equal(nameOf(sentenceRowQuote(lookup, hit, 'demolish')?.speaker), 'Harbour Herald');
  });

  it('speaker\'s quote rows: quoteIn takes the quote holding the match', () => {
    const at = STORY.indexOf('reckless');
    assert.equal(nameOf(lookup.quoteIn('harbour.txt', at - 100, at + 5, [at])?.speaker), 'Ines Costa');
  });
});

// two speakers' mixed quotes in one sentence, the words of a search in both ("as", "the")
const MIXED = [
  'Rivals trade barbs in Trenton',
  '',
  'Ann Lee refers to the candidate as "the mayor," while Tom Hale refers to the governor as "Annie."',
  '',
].join('\n');

describe('lead65: a search row names the quote that holds the most of the search\'s words, short words aside', () => {
  const corpus = new AnalysingCorpus();
  const record = corpus.set('barbs.txt', MIXED);
  const search = new CorpusSearch((p) => (p === 'barbs.txt' ? MIXED : undefined));
  search.set(searchableArticle(record, MIXED));
  const lookup = new CorpusLookup(corpus);
  const nameOf = (id: string | null | undefined) => (id ? lookup.actors.get(id)?.name : undefined);

  it('the extractor gives the sentence two quotes, Ann Lee\'s and Tom Hale\'s', () => {
    const quotes = corpus.build().result.documents[0].quotes;
    assert.deepEqual(quotes.map((q) => nameOf(q.speaker)), ['Ann Lee', 'Tom Hale']);
  });

  it('"governor as Annie" and "refers to the governor" are Tom Hale\'s row', () => {
    for (const value of ['governor as Annie', 'refers to the governor']) {
      const [hit] = search.search(value);
      assert.ok(hit, value);
      assert.equal(nameOf(sentenceRowQuote(lookup, hit, value)?.speaker), 'Tom Hale', value);
    }
  });

  it('near miss: words only in Ann Lee\'s quote are her row', () => {
    const [hit] = search.search('candidate as the mayor');
    assert.equal(nameOf(sentenceRowQuote(lookup, hit, 'candidate as the mayor')?.speaker), 'Ann Lee');
  });
});

describe('editor65: CSV opens with a UTF-8 byte-order mark for Excel, JSON Lines does not', () => {
  const corpus = new AnalysingCorpus();
  corpus.set('cote.txt', 'Budget vote\n\n"We will not raise taxes," said Mayor Évelyne Côté on Tuesday.\n');

  it('toCsv starts with U+FEFF once; toJsonl without', () => {
    const records = () => exportRecords(corpus.build().result, ['quotes']);
    const csv = toCsv(records(), 'quotes');
    assert.equal(CSV_BOM, '\uFEFF');
    assert.ok(csv.startsWith('\uFEFFid,'), JSON.stringify(csv.slice(0, 10)));
    assert.ok(!csv.slice(1).includes('\uFEFF'));
    assert.ok(csv.includes('Côté'));
    const jsonl = [...toJsonl(exportRecords(corpus.build().result, ['quotes']))].join('');
    assert.ok(!jsonl.startsWith('\uFEFF'));
  });

  it('the command line\'s CSV file starts with the bytes EF BB BF, its JSON Lines file with "{"', () => {
    const dir = tempDir('cn-e65-');
    writeFileSync(path.join(dir, 'cote.txt'), 'Budget vote\n\n"We will not raise taxes," said Mayor Évelyne Côté on Tuesday.\n');
    const csv = path.join(dir, 'q.csv');
    const jsonl = path.join(dir, 'q.jsonl');
    for (const [format, out] of [['csv', csv], ['jsonl', jsonl]]) {
      const r = spawnSync(process.execPath, [CLI, 'export', dir, '--format', format, '--out', out], { encoding: 'utf8', cwd: ROOT });
      assert.equal(r.status, 0, r.stderr);
    }
    const bytes = readFileSync(csv);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bytes.toString('utf8').includes('Évelyne Côté'));
    assert.equal(readFileSync(jsonl, 'utf8')[0], '{');
  });
});

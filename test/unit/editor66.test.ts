/**
 * Session 66's fresh user, the faults of the editor that plain Node can test: Export…'s message
 * (it counted articles as "exported 924"), search rows' snippets (a late match out of sight) and
 * search's order (a quote matched only by its speaker's name above one whose text holds the word).
 */
import { strict as assert } from 'node:assert';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { countingExport, exportRecords, exportSummary, toCsv, toJsonl, type ExportCounts } from '../../src/corpus/export';
import { CorpusSearch, searchableArticle } from '../../src/corpus/search';
import { matchAt } from '../../src/corpus/searchMatch';
import { searchRowText } from '../../src/vscode/text';

const fresh = (): ExportCounts => ({ quotes: 0, actors: 0, events: 0, articles: 0 });

describe('editor66: Export… says how many quotes it wrote, from how many articles, and where', () => {
  const corpus = new AnalysingCorpus();
  corpus.set('a.txt', 'Harbour plan approved\n\n“The harbour will be dredged next spring,” Mayor Ines Costa said on Monday. “It is overdue,” Costa said.');
  corpus.set('b.txt', 'Budget passes\n\n“Taxes will not rise,” Councillor Tomas Berg said.');
  corpus.set('c.txt', 'Weather\n\nIt rained all week in the valley.');
  const { result } = corpus.build();

  it('the CSV of quotes: its rows and their articles, not the corpus\'s articles', () => {
    const counts = fresh();
    const csv = toCsv(countingExport(exportRecords(result, ['quotes']), counts), 'quotes');
    const rows = csv.trim().split('\r\n').length - 1;
    assert.equal(counts.quotes, rows);
    assert.equal(rows, 3);
    assert.equal(counts.articles, 2);
    const said = exportSummary(counts, ['quotes'], '/home/ann/corpus-quotes.csv');
    assert.equal(said, 'exported 3 quotes from 2 articles to /home/ann/corpus-quotes.csv');
    assert.ok(!said.includes(String(result.documents.length) + ' articles'), said);
  });

  it('JSON Lines: each table\'s records, counted as written', () => {
    const counts = fresh();
    const lines = [...toJsonl(countingExport(exportRecords(result), counts))];
    assert.equal(counts.quotes + counts.actors + counts.events, lines.length);
    const said = exportSummary(counts, ['quotes', 'actors', 'events'], 'corpus-export.jsonl');
    assert.match(said, /^exported 3 quotes, \d+ actors? and \d+ events? from 2 articles to corpus-export\.jsonl$/);
  });

  it('one quote, one article, thousands with separators; the actors table alone names no articles', () => {
    assert.equal(exportSummary({ quotes: 1, actors: 0, events: 0, articles: 1 }, ['quotes'], 'q.csv'), 'exported 1 quote from 1 article to q.csv');
    assert.equal(exportSummary({ quotes: 13040, actors: 0, events: 0, articles: 901 }, ['quotes'], 'q.csv'), 'exported 13,040 quotes from 901 articles to q.csv');
    assert.equal(exportSummary({ quotes: 0, actors: 8102, events: 0, articles: 0 }, ['actors'], 'a.csv'), 'exported 8,102 actors to a.csv');
  });
});

describe('editor66: a search row\'s snippet opens near its first matched word', () => {
  // a sentence shorter than the row's 120 characters, the searched word at its end: the quick pick
  // shows only the first 70 or so characters of a row and cut the match off
  const sentence = 'The committee met for nearly four hours on Tuesday evening and heard from residents, staff and, at the very end, Garcia.';

  it('a late match: the words before it cut, marked "…", the match in the first 45 characters', () => {
    assert.ok(sentence.length <= 120, 'a sentence the row could hold whole');
    const at = matchAt(sentence, ['garcia'], 'garcia');
    assert.equal(at, sentence.indexOf('Garcia'));
    const shown = searchRowText(sentence, at);
    assert.ok(shown.startsWith('…'), shown);
    const where = shown.indexOf('Garcia');
    assert.ok(where >= 0 && where <= 45, `${where}: ${shown}`);
  });

  it('an early match: the sentence from its start', () => {
    const early = 'Garcia said the committee met for nearly four hours.';
    assert.equal(searchRowText(early, matchAt(early, ['garcia'], 'garcia')), early);
  });

  it('the first matched word is one the term opens, not a term inside an earlier word', () => {
    const text = 'The syntax of the new law is unclear, and its tax rules are worse, the auditor said in a long report to the council.';
    assert.equal(matchAt(text, ['tax'], 'tax'), text.indexOf(' tax') + 1);
  });
});

describe('editor66: search puts a quote whose text holds the word before one matched only by its speaker', () => {
  const search = new CorpusSearch();
  const add = (path: string, text: string): void => search.set(searchableArticle(analyzeToRecord(text, {}, path), text));
  // Garcia's own quotes hold no "garcia" ("she said"); her name as speaker (boosted) makes her article rank first
  add('garcia.txt', 'Council votes on transit\n\nMayor Elena Garcia spoke after the vote on Tuesday. “We will build the line,” she said. “It will take four years,” she said. “Buses come first,” she added.');
  add('about.txt', 'Opposition responds\n\nCouncillor Tom Reyes said the plan was rushed. “Garcia has not costed any of it,” Reyes said. Residents were divided on the matter.');
  const holds = (h: { text: string }): boolean => /garcia/i.test(h.text);
  const shown = (hits: Array<{ speaker: string; text: string }>): string => hits.map((h) => `${h.speaker}: ${h.text}`).join('\n');

  it('"garcia": every sentence whose text holds it first, then her own quotes, which hold it only as their speaker', () => {
    const hits = search.search('garcia');
    assert.ok(hits.some((h) => !holds(h) && h.speaker === 'Elena Garcia'), shown(hits));
    assert.ok(hits.some((h) => /Garcia has not costed/.test(h.text)), shown(hits));
    const firstSpoken = hits.findIndex((h) => !holds(h));
    assert.ok(hits.slice(firstSpoken).every((h) => !holds(h)), shown(hits));
    assert.ok(holds(hits[0]), shown(hits));
  });

  it('within one speaker\'s quotes (Search Quotes by Speaker) her quotes are all there', () => {
    const hits = search.search('garcia', { within: (path) => path === 'garcia.txt' });
    assert.ok(hits.filter((h) => h.speaker === 'Elena Garcia').length >= 3, shown(hits));
  });
});

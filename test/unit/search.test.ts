import { strict as assert } from 'node:assert';
import { analyzeToRecord } from '../../src/corpus/record';
import { CorpusSearch, searchableArticle } from '../../src/corpus/search';

function add(search: CorpusSearch, path: string, text: string): void {
  search.set(searchableArticle(analyzeToRecord(text, {}, path), text));
}

describe('search', () => {
  const search = new CorpusSearch();
  add(search, 'a.txt', 'Harbour Plans Approved\n\n“The harbour will be dredged next spring,” Mayor Ines Costa said. Fishermen were angry.');
  add(search, 'b.txt', 'The council debated the budget. Ines Costa said taxes would not rise.');

  it('finds a phrase with its sentence, article and speaker', () => {
    const [hit] = search.search('harbour dredged');
    assert.equal(hit.path, 'a.txt');
    assert.match(hit.text, /^“The harbour will be dredged/);
    assert.equal(hit.speaker, 'Ines Costa');
  });

  it('matches prefixes and small typos', () => {
    assert.equal(search.search('dredg')[0]?.path, 'a.txt');
    assert.equal(search.search('budgrt')[0]?.path, 'b.txt');
  });

  it('narrows to the sentences a filter keeps (one speaker’s quotes)', () => {
    assert.equal(search.search('Costa').length, 2);
    const hits = search.search('Costa', { within: (path) => path === 'b.txt' });
    assert.deepEqual(hits.map((h) => h.path), ['b.txt']);
  });

  it('replacing or removing an article replaces only its entries', () => {
    add(search, 'b.txt', 'The council adjourned.');
    assert.equal(search.search('taxes').length, 0);
    assert.equal(search.search('harbour').length, 1);
    search.remove('a.txt');
    assert.equal(search.search('harbour').length, 0);
  });
});

describe('lookup: what the editor asks of the corpus', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Corpus } = require('../../src/corpus/corpus') as typeof import('../../src/corpus/corpus');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CorpusLookup } = require('../../src/corpus/lookup') as typeof import('../../src/corpus/lookup');
  const text = 'EU Commission President Ursula von der Leyen visited Kyiv. The Commission chief said support would continue.';

  it('finds the actor under an offset, the person before the organisation', () => {
    const c = new Corpus();
    c.set('a.txt', text);
    const lookup = new CorpusLookup(c);
    const at = (phrase: string) => lookup.actors.get(lookup.mentionAt('a.txt', text.indexOf(phrase) + 1)!.actor)?.name;
    assert.equal(at('Ursula'), 'Ursula von der Leyen');
    assert.equal(at('Commission chief'), 'Ursula von der Leyen');
    assert.equal(at('Kyiv'), 'Kyiv');
    assert.equal(lookup.mentionAt('a.txt', text.indexOf('visited')), undefined);
  });

  it('answers quotes by actor and by offset', () => {
    const c = new Corpus();
    c.set('a.txt', text);
    const lookup = new CorpusLookup(c);
    const q = lookup.quoteAt('a.txt', text.indexOf('support'))!;
    assert.equal(lookup.actors.get(q.speaker!)?.name, 'Ursula von der Leyen');
    assert.equal(lookup.quotes(q.speaker!).length, 1);
    assert.deepEqual(lookup.articles(q.speaker!), ['a.txt']);
  });
});

describe('escaping corpus text for hover cards', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { escapeMarkdown } = require('../../src/vscode/text') as typeof import('../../src/vscode/text');

  it('leaves no link, HTML, emphasis or theme icon in the text', () => {
    const out = escapeMarkdown('[x](command:workbench.action.terminal.new) <img src=x> **bold** $(alert) `code`');
    assert.ok(!/(^|[^\\])[[\]()<>*`$]/.test(out), out);
  });

  it('keeps the words readable', () => {
    assert.equal(escapeMarkdown('NATO chief said so'), 'NATO chief said so');
  });
});

import { strict as assert } from 'node:assert';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { CorpusSearch, searchableArticle } from '../../src/corpus/search';
import { CommonTerms, SHORT_PREFIX_POSTINGS, SHORT_PREFIX_TERMS, shortPrefixShare } from '../../src/corpus/shortPrefix';

function add(search: CorpusSearch, path: string, text: string): void {
  search.set(searchableArticle(analyzeToRecord(text, {}, path), text));
}

describe('short prefixes in search', () => {
  it('lists the commonest terms and finds those a prefix begins, in order', () => {
    const counts: Array<[string, { n: number }]> = [
      ['walk', { n: 5 }],
      ['wall', { n: 9 }],
      ['was', { n: 40 }],
      ['walrus', { n: 1 }],
      ['the', { n: 50 }],
      ['with', { n: 30 }],
    ];
    const common = CommonTerms.of(new Map(counts), 50, 0, 4);
    assert.deepEqual(common.startingWith('w'), ['wall', 'was', 'with'], 'the four commonest: the, was, with, wall');
    assert.deepEqual(common.startingWith('wal'), ['wall'], 'walrus and walk are too rare to be listed');
    assert.deepEqual(common.startingWith('x'), []);
    assert.deepEqual(CommonTerms.of(new Map(counts), 50, 0).startingWith('wal'), ['walk', 'wall', 'walrus'], 'a small vocabulary is listed whole');
  });

  it('takes ties at the bar in the order given, no more than asked', () => {
    const common = CommonTerms.of(new Map([['b', { n: 2 }], ['a', { n: 2 }], ['c', { n: 2 }], ['d', { n: 3 }]]), 3, 0, 2);
    assert.deepEqual(common.startingWith(''), ['b', 'd']);
  });

  it('lets a short prefix stand for its best terms while their postings stay within the bound', () => {
    const e = (term: string, n: number): { term: string; p: { n: number } } => ({ term, p: { n } });
    const huge = SHORT_PREFIX_POSTINGS + 1;
    assert.deepEqual(shortPrefixShare([e('the', huge), e('to', 5)]).map((x) => x.term), ['the'], 'the first always, however common');
    assert.deepEqual(shortPrefixShare([e('to', 10), e('the', huge), e('tax', 5)]).map((x) => x.term), ['to'], 'stops at the first over the bound, best first');
    const many = Array.from({ length: 20 }, (_, i) => e(`t${i}`, 1));
    assert.equal(shortPrefixShare(many).length, SHORT_PREFIX_TERMS);
  });

  it('is made again once an eighth of the articles were filed or removed, edits counted, or at any change while it lists every term', () => {
    const big = new Map(Array.from({ length: 10 }, (_, i) => [`w${i}`, { n: 1 }] as const));
    const common = CommonTerms.of(big, 80, 100, 4);
    assert.equal(common.staleAt(100), false);
    assert.equal(common.staleAt(109), false);
    assert.equal(common.staleAt(110), true);
    assert.equal(common.staleAt(120), true, 'ten edits (a removal and a filing each) leave the count as it was');
    assert.equal(CommonTerms.of(new Map([['a', { n: 1 }]]), 80, 100).staleAt(101), true, 'a list of every term misses a new word at once');
    assert.equal(CommonTerms.of(new Map(), 0, 0).staleAt(1), true, 'an empty index is no guide');
  });

  it('finds a short prefix of the words an edit brought, with the article count unchanged', () => {
    const s = new CorpusSearch();
    for (let i = 0; i < 40; i++) add(s, `${i}.txt`, `Report ${i}\n\nTariffs rose again on Monday, officials said.`);
    s.prepareShortPrefixes();
    for (let i = 0; i < 40; i++) add(s, `${i}.txt`, `Report ${i}\n\nTennis balls bounced on the court, the umpire said.`);
    for (const typed of ['t', 'te', 'ten', 'b', 'ba', 'bal']) assert.ok(s.search(typed).length > 0, `“${typed}” finds the new words`);
  });

  it('finds sentences from the first letter a word is typed, before it is whole', () => {
    const s = new CorpusSearch();
    add(s, 'a.txt', 'Harbour Plans Approved\n\nThe mayor walked along the harbour wall on Monday. Fishermen were angry.');
    add(s, 'b.txt', 'The council debated the budget. Taxes would not rise, the council said.');
    s.prepareShortPrefixes();
    for (const typed of ['w', 'wa', 'wal']) {
      const hits = s.search(typed);
      assert.ok(hits.length > 0, `“${typed}” finds something`);
      assert.ok(hits.every((h) => h.terms.every((t) => t.startsWith(typed))), `“${typed}” stands for words it begins`);
    }
    const wal = s.search('wal');
    assert.match(wal[0].text, /walked along the harbour wall/);
    assert.equal(wal[0].exact, false, 'found by a prefix, not as typed');
    assert.ok(s.search('walk').some((h) => h.terms.includes('walked')), 'four letters as before');
    assert.equal(s.search('q').length, 0, 'a letter no word begins finds nothing');
  });

  it('puts a short word matched as typed before the words it begins', () => {
    const s = new CorpusSearch();
    add(s, 'a.txt', 'The tax rose again. Taxes were paid in March.');
    const hits = s.search('tax');
    assert.equal(hits[0].text, 'The tax rose again.');
    assert.equal(hits[0].exact, true);
    assert.ok(hits.some((h) => h.terms.includes('taxes')), 'and "taxes" after it');
  });

  it('forgets the words of a removed article, and stands for a bounded number of terms', () => {
    const s = new CorpusSearch();
    add(s, 'a.txt', 'Walruses wallow. The mayor walked.');
    add(s, 'b.txt', 'Nothing here but ordinary words.');
    assert.ok(s.search('wal').length > 0);
    s.remove('a.txt');
    assert.equal(s.search('wal').length, 0);
    const many = Array.from({ length: 40 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
    add(s, 'c.txt', `${many.join(' ')}.`);
    const [hit] = s.search('w');
    assert.ok(hit.terms.length <= SHORT_PREFIX_TERMS, `${hit.terms.length} terms`);
  });
});

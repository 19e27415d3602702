import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import type { CorpusView } from '../../src/corpus/corpus';
import { quotesOf } from './helpers';

/** A corpus of the given articles (path -> text). */
function corpusOf(articles: Record<string, string>): AnalysingCorpus {
  const c = new AnalysingCorpus();
  for (const [path, text] of Object.entries(articles)) c.set(path, text);
  return c;
}

/** The speaker's name of the quote whose text matches `re` in the article at `path`. */
function speakerOf(result: CorpusView['result'], path: string, re: RegExp): string | undefined {
  const q = result.documents.find((d) => d.path === path)?.quotes.find((x) => re.test(x.text));
  return result.actors.find((x) => x.id === q?.speaker)?.name;
}

describe('names: a titled lone surname is not lent to a full-named person it disagrees with', () => {
  it('"Mr." does not go to the one woman named with the surname', () => {
    const text = 'Ellen Marsh toured the new clinic on Friday. "We waited too long for this," Ellen Marsh said. Mr. Marsh said, "The roof still leaks."';
    const qs = quotesOf(text);
    assert.equal(qs.find((q) => /waited/.test(q.text))?.who, 'Ellen Marsh');
    const roof = qs.find((q) => /roof/.test(q.text));
    assert.ok(roof, 'the quote is found');
    assert.notEqual(roof.who, 'Ellen Marsh');
  });

  it('an office goes not to the one named with another role', () => {
    const text = 'Ellen Marsh, a county judge, toured the new clinic on Friday. Governor Marsh said, "The budget will cover it."';
    const q = quotesOf(text).find((x) => /budget/.test(x.text));
    assert.ok(q, 'the quote is found');
    assert.notEqual(q.who, 'Ellen Marsh');
  });

  it('an office still goes to the one named with it, and a title that agrees to the one named', () => {
    const text = 'Governor Ellen Marsh toured the new clinic on Friday. Governor Marsh said, "The budget will cover it." Ms. Marsh said, "We start in June."';
    const qs = quotesOf(text);
    assert.equal(qs.find((q) => /budget/.test(q.text))?.who, 'Ellen Marsh');
    assert.equal(qs.find((q) => /June/.test(q.text))?.who, 'Ellen Marsh');
  });

  it('"President" with a surname the lexicon knows a president by is not another of that surname', () => {
    const text = 'Nadia Carter opened the library on Friday. President Carter said, "Books changed my life."';
    const q = quotesOf(text).find((x) => /Books/.test(x.text));
    assert.ok(q, 'the quote is found');
    assert.notEqual(q.who, 'Nadia Carter');
    const v = quotesOf('Nadia Carter opened the library on Friday. Vice President Carter said, "Books changed my life."').find((x) => /Books/.test(x.text));
    assert.equal(v?.who, 'Nadia Carter', 'only the office the lexicon lists');
  });

  it('across the corpus the titled surname joins the holder of the office, not the wife', () => {
    const { result } = corpusOf({
      'a.txt': 'Governor Tobias Marsh signed the water bill on Monday. "It is overdue," Governor Tobias Marsh said.',
      'b.txt': 'Ellen Marsh, a county judge, toured the new clinic. Governor Marsh said, "The budget will cover it."',
    }).build();
    assert.equal(speakerOf(result, 'b.txt', /budget/), 'Tobias Marsh');
    const ellen = result.actors.find((x) => x.name === 'Ellen Marsh');
    assert.ok(ellen, 'Ellen Marsh is an actor');
    assert.ok(!ellen.roles.some((r) => /governor/i.test(r)), `Ellen Marsh has no governor role: ${ellen.roles.join(' | ')}`);
  });
});

describe('corpus: a name with a generational suffix and the same name without it', () => {
  const pratts = (c: AnalysingCorpus): string[] =>
    c.build().result.actors.filter((x) => x.kind === 'person' && x.name.includes('Pratt')).map((x) => `${x.name}:${x.quoteCount}`).sort();

  it('are one person when no article names both', () => {
    const c = corpusOf({ 'a.txt': 'Lionel Pratt Jr. said the mill would reopen.', 'b.txt': 'Lionel Pratt said the mill had new owners.' });
    assert.deepEqual(pratts(c), ['Lionel Pratt Jr.:2']);
  });

  it('are father and son, two people, once one article names both, and one again when it goes', () => {
    const c = corpusOf({ 'a.txt': 'Lionel Pratt Jr. said the mill would reopen.', 'b.txt': 'Lionel Pratt said the mill had new owners.' });
    c.build();
    c.set('c.txt', 'Lionel Pratt Jr. took over the mill from Lionel Pratt, who said he was proud.');
    assert.deepEqual(pratts(c), ['Lionel Pratt Jr.:1', 'Lionel Pratt:2']);
    c.delete('c.txt');
    assert.deepEqual(pratts(c), ['Lionel Pratt Jr.:2']);
  });
});

describe('corpus: a suffixed name beside an initialed one', () => {
  it('an article naming "Nolan T. Reyes" and "Nolan Reyes Jr." keeps the son apart everywhere', () => {
    const c = corpusOf({
      'a.txt': 'Nolan T. Reyes said the port would grow. His son Nolan Reyes Jr. said the plan was his.',
      'b.txt': 'Nolan Reyes Jr. said the cranes were new.',
      'c.txt': 'Nolan Reyes said the port had grown.',
    });
    const names = c.build().result.actors.filter((x) => x.kind === 'person' && x.name.includes('Reyes')).map((x) => x.name).sort();
    assert.deepEqual(names, ['Nolan Reyes Jr.', 'Nolan T. Reyes']);
  });
});

describe('corpus: a suffixed name and a nickname', () => {
  it('"Tom Keller" does not join "Thomas Keller III" (a nickname and a suffix are two doubts)', () => {
    const c = corpusOf({ 'a.txt': 'Thomas Keller III said the barn burned.', 'b.txt': 'Tom Keller said the levy would pass.' });
    const names = c.build().result.actors.filter((x) => x.kind === 'person' && x.name.includes('Keller')).map((x) => x.name).sort();
    assert.deepEqual(names, ['Thomas Keller III', 'Tom Keller']);
  });
});

import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';

describe('corpus: actors across articles', () => {
  it('one person is one actor in every article, found by full name or surname', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'EU foreign policy chief Josep Borrell said the talks would resume.');
    c.set('b.txt', 'Borrell said on Monday that the sanctions would stay.');
    const { result } = c.build();
    const borrell = result.actors.filter((a) => a.name.includes('Borrell'));
    assert.equal(borrell.length, 1);
    assert.equal(borrell[0].name, 'Josep Borrell');
    assert.equal(borrell[0].quoteCount, 2);
    const speakers = result.documents.map((d) => d.quotes[0].speaker);
    assert.deepEqual(speakers, [borrell[0].id, borrell[0].id]);
  });

  it('an acronym and its expansion are one organisation, named as readers know it', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'The International Monetary Fund warned of slower growth.');
    c.set('b.txt', 'The IMF said inflation was easing. The IMF also said rates would fall.');
    const { result } = c.build();
    const imf = result.actors.filter((a) => a.kind === 'organization');
    assert.equal(imf.length, 1);
    assert.equal(imf[0].name, 'IMF');
    assert.ok(imf[0].aliases.includes('International Monetary Fund'));
  });

  it('does not merge two people who share a family name', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Kim Jong Un met envoys. Adviser Kim Tae-hyo told reporters the visit was useful.');
    const { result } = c.build();
    const kims = result.actors.filter((a) => a.name.startsWith('Kim '));
    assert.equal(kims.length, 2);
  });

  it('updates, renames and deletes change only that article', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Mayor Ada Lind said the park would open.');
    c.set('b.txt', 'Governor Bo Falk said the road would close.');
    c.set('a.txt', 'Mayor Ada Lind said the park would stay shut.');
    c.rename('b.txt', 'c.txt');
    assert.deepEqual(c.paths().sort(), ['a.txt', 'c.txt']);
    assert.match(c.build().result.documents[0].quotes[0].text, /stay shut/);
    c.delete('a.txt');
    assert.equal(c.build().result.actors.some((a) => a.name === 'Ada Lind'), false);
  });

  it('aliases differing only in case are one alias', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Mayor Ann Cole opened the bridge.\nThe mayor said the repairs were finished.\nLater the mayor said the toll would end.');
    const cole = c.build().result.actors.find((a) => a.name === 'Ann Cole')!;
    assert.equal(cole.aliases.filter((x) => x.toLowerCase() === 'the mayor').length, 1, cole.aliases.join('; '));
  });

  it('the same event in two articles is one event with both passages', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'date 2024-03-04\nThe G7 summit in Rome opens on Thursday.');
    c.set('b.txt', 'date 2024-03-08\nLeaders arrived for the G7 summit in Rome on Thursday.');
    const summits = c.build().result.events.filter((e) => e.kind === 'summit');
    assert.equal(summits.length, 1);
    assert.equal(summits[0].sources.length, 2);
    assert.equal(summits[0].date, '2024-03-07');
    assert.equal(summits[0].place, 'Rome');
  });
});

describe('corpus: event dates', () => {
  it('a date word inside a quotation does not date the event', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'date 2024-07-08\n“Today is a good day,” Prime Minister Ito Ren told the U.S. Congress in April.');
    const speech = c.build().result.events.find((e) => e.kind === 'speech');
    assert.equal(speech?.date, '2024-04');
  });

  it('an undated text takes its relative dates from the day in its file name', () => {
    const c = new AnalysingCorpus();
    c.set('news/wire_2019-04-30_vote.txt', 'The senators met on Monday in Boise to discuss the budget.');
    c.set('news/wire-vote.txt', 'The senators met on Monday in Nampa to discuss the budget.');
    const dates = c.build().result.events.map((e) => e.date);
    assert.deepEqual(dates.sort(), ['2019-04-29', null].sort());
  });

  it('“met with X” after a meeting is a meeting of its own; “said in a statement” is a statement', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'The ministers held a meeting in Oslo on the budget.\nLater the premier met with the union leaders.\nThe ministry said in a statement that the budget was final.');
    const kinds = c.build().result.events.map((e) => e.kind).sort();
    assert.deepEqual(kinds, ['meeting', 'meeting', 'statement']);
  });

  it('"the summit" again is the same event; a summit with a time of its own is another', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'A summit of the alliance is planned for June in Oslo.\nDelegates said the summit would be short.\nWhen the leaders held a summit last month, they issued a statement.');
    const summits = c.build().result.events.filter((e) => e.kind === 'summit');
    assert.equal(summits.length, 2);
    assert.equal(summits[0].sources.length, 2);
    assert.equal(summits[1].sources.length, 1);
  });
});

describe('corpus: article records', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RECORD_VERSION } = require('../../src/corpus/record') as typeof import('../../src/corpus/record');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyzeToRecord } = require('../../src/corpus/analyzeRecord') as typeof import('../../src/corpus/analyzeRecord');
  const texts: Record<string, string> = {
    'x/2021-05-02-port.txt': 'Harbour chief Lena Voss said on Friday the port would reopen. The cranes are painted blue. “We are ready,” Voss said.\nThe ministers met in Tallinn on Monday.',
    'x/notes.txt': 'Voss told reporters the cranes were fixed. The Baltic Port Authority (BPA) said traffic grew.',
  };

  it('a record survives the cache\'s JSON and structured clone, and upserting it equals analysing the text', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readArticleRecord, storedArticleRecord } = require('../../src/vscode/indexing/validate') as typeof import('../../src/vscode/indexing/validate');
    const direct = new AnalysingCorpus();
    const viaJson = new AnalysingCorpus();
    const viaClone = new AnalysingCorpus();
    for (const [path, text] of Object.entries(texts)) {
      direct.set(path, text);
      const record = analyzeToRecord(text, {}, path);
      assert.equal(record.version, RECORD_VERSION);
      viaJson.upsert(path, readArticleRecord(JSON.parse(JSON.stringify(storedArticleRecord(record))))!);
      viaClone.upsert(path, structuredClone(record));
    }
    const expected = JSON.stringify(direct.build().result);
    assert.ok(expected.includes('Lena Voss'));
    assert.equal(JSON.stringify(viaJson.build().result), expected);
    assert.equal(JSON.stringify(viaClone.build().result), expected);
  });

  it('keeps no article text: only quotes and short surface forms', () => {
    const text = texts['x/2021-05-02-port.txt'];
    const record = JSON.stringify(analyzeToRecord(text, {}, 'x/2021-05-02-port.txt'));
    assert.ok(!record.includes('painted blue'), 'a sentence no quote holds is not kept');
    assert.ok(record.includes('We are ready'));
  });

  it('remove takes an article out; a removed path is reported', () => {
    const c = new AnalysingCorpus();
    c.upsert('a.txt', analyzeToRecord(texts['x/notes.txt'], {}, 'a.txt'));
    assert.equal(c.remove('a.txt'), true);
    assert.equal(c.remove('a.txt'), false);
    assert.equal(c.build().result.actors.length, 0);
  });
});

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { Corpus } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { emptyCuration, type Curation } from '../../src/corpus/curation';
import { buildTimeline } from '../../src/corpus/timeline';
import { buildNetwork, togetherPassages } from '../../src/corpus/network';
import { CorpusLookup } from '../../src/corpus/lookup';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { withoutQuoteTexts } from '../../src/corpus/record';

const ARTICLE_A = [
  'Harbour talks open',
  'Published: 2024-03-05',
  'Mayor Ilse Varga met Governor Tomas Brenn in Tolby on Monday.',
  '“Brenn has kept every promise to Tolby,” Varga said.',
].join('\n');
const ARTICLE_B = ['Ferry strike ends', '“The council was wrong and Ilse Varga was right about the ferries,” Governor Tomas Brenn said.'].join('\n');

function corpus(): Corpus {
  const c = new AnalysingCorpus();
  c.set('a.txt', ARTICLE_A);
  c.set('b.txt', ARTICLE_B);
  return c;
}

describe('timeline data', () => {
  it('places quotes at their article date and lists undated ones apart', () => {
    const t = buildTimeline(corpus());
    const dated = t.items.filter((i) => i.type === 'quote');
    assert.equal(dated.length, 1);
    assert.equal(dated[0].date, '2024-03-05');
    assert.match(dated[0].label, /^Ilse Varga: Brenn has kept/);
    assert.equal(t.undated.filter((i) => i.type === 'quote').length, 1, 'the undated article’s quote is not guessed');
  });

  it('filters by actor and by kind, and caps what it draws', () => {
    const c = corpus();
    const brenn = c.actors().find((a) => a.name === 'Tomas Brenn')!;
    const onlyBrenn = buildTimeline(c, { actor: brenn.id });
    assert.ok([...onlyBrenn.items, ...onlyBrenn.undated].every((i) => i.actors.includes(brenn.id)));
    // Brenn speaks in b.txt and is spoken about in a.txt: both quotes are his
    assert.equal([...onlyBrenn.items, ...onlyBrenn.undated].filter((i) => i.type === 'quote').length, 2);
    assert.equal(buildTimeline(c, { kinds: ['indirect'] }).items.filter((i) => i.type === 'quote').length, 0);
    // the checkboxes' two rows: event kinds apart from quote kinds, and all of them even when filtered out
    const narrowed = buildTimeline(c, { kinds: ['indirect'] });
    assert.deepEqual(narrowed.kinds.quotes, ['direct']);
    assert.ok(narrowed.kinds.events.length > 0 && !narrowed.kinds.events.includes('direct'), `event kinds: ${narrowed.kinds.events}`);
    const capped = buildTimeline(c, { limit: 0 });
    assert.equal(capped.items.length, 0);
    assert.ok(capped.omitted > 0);
  });
});

describe('network data', () => {
  it('links a speaker to whom they spoke about, and actors mentioned in one paragraph', () => {
    const c = corpus();
    const { result } = c.build();
    const id = (name: string) => result.actors.find((a) => a.name === name)!.id;
    const paragraphs = (path: string) => {
      const text = path === 'a.txt' ? ARTICLE_A : ARTICLE_B;
      return [...text.matchAll(/[^\n]+/g)].flatMap((m) => [m.index, m.index + m[0].length]);
    };
    const g = buildNetwork(c, paragraphs);
    const about = g.edges.find((e) => e.type === 'quotedAbout' && e.source === id('Ilse Varga') && e.target === id('Tomas Brenn'));
    assert.ok(about, 'Varga quoted about Brenn');
    assert.equal(about.quotes.length, 1);
    assert.ok(g.edges.find((e) => e.type === 'quotedAbout' && e.source === id('Tomas Brenn') && e.target === id('Ilse Varga')));
    const together = g.edges.find((e) => e.type === 'together' && [e.source, e.target].sort().join() === [id('Ilse Varga'), id('Tomas Brenn')].sort().join());
    assert.ok(together && together.weight >= 1);
    assert.equal(buildNetwork(c, paragraphs, { top: 1 }).nodes.length, 1);
    assert.ok(buildNetwork(c, paragraphs, { from: '2024-03-01', to: '2024-03-31' }).edges.every((e) => e.type !== 'quotedAbout' || e.source === id('Ilse Varga')), 'the undated article falls outside a date range');
  });
});

describe('passages behind a "mentioned together" edge', () => {
  const OLDER = ['Dam vote delayed', 'Published: 2023-11-20', 'Senator Rufa Okonjo spoke at the Lindqvist Foundation gala.', 'The gala raised little.'].join('\n');
  const NEWER = [
    'Grain deal signed',
    'Published: 2024-02-14',
    'The Lindqvist Foundation praised the harvest.',
    'Farmers in Merovia cheered as Senator Rufa Okonjo and the Lindqvist Foundation signed the deal.',
    'Senator Rufa Okonjo left early.',
  ].join('\n');
  // the newer article's path sorts last: the order is the dates', not the paths'
  const texts: Record<string, string> = { 'dam.txt': OLDER, 'grain.txt': NEWER };
  const lines = (path: string) => [...texts[path].matchAll(/[^\n]+/g)].flatMap((m) => [m.index, m.index + m[0].length]);

  it('lists the paragraphs both actors are in, newest article first, capped, and in the date range', () => {
    const c = new AnalysingCorpus();
    for (const [path, text] of Object.entries(texts)) c.set(path, text);
    const id = (name: string) => c.actors().find((a) => a.name === name)!.id;
    const [senator, foundation] = [id('Rufa Okonjo'), id('Lindqvist Foundation')];
    const edge = buildNetwork(c, lines).edges.find((e) => e.type === 'together' && [e.source, e.target].sort().join() === [senator, foundation].sort().join());
    assert.ok(edge, 'the two are mentioned together');
    const shared = (path: string, line: string) => ({ path, start: texts[path].indexOf(line), end: texts[path].indexOf(line) + line.length });
    const { passages, total } = togetherPassages(c, lines, edge.source, edge.target);
    assert.deepEqual(
      passages.map(({ path, start, end }) => ({ path, start, end })),
      [shared('grain.txt', NEWER.split('\n')[3]), shared('dam.txt', OLDER.split('\n')[2])],
    );
    assert.equal(total, edge.weight);
    assert.equal(NEWER.slice(passages[0].at, passages[0].at + 5), 'Rufa ', 'the excerpt starts from the first of the two');
    const capped = togetherPassages(c, lines, foundation, senator, {}, 1);
    assert.deepEqual([capped.passages.length, capped.total], [1, 2]);
    assert.deepEqual(togetherPassages(c, lines, senator, foundation, { from: '2024-01-01' }).passages.map((p) => p.path), ['grain.txt']);
  });
});

describe('views read the records as the JSON says', () => {
  /** The seeds under names that date two of them, with the user's corrections, as the extension holds them. */
  function seeds(): Corpus {
    const c = new AnalysingCorpus();
    readdirSync('seeds').forEach((f, i) => c.set(i === 1 || i === 2 ? `2021-06-0${i}-${f}` : f, readFileSync(`seeds/${f}`, 'utf8')));
    c.setCuration({ ...emptyCuration(), merge: [['China', 'Beijing']], hide: ['Indo-Pacific'] });
    return c;
  }

  it('gives every quote the speaker and about of the built corpus', () => {
    const c = seeds();
    const t = buildTimeline(c);
    const shown = new Map([...t.items, ...t.undated].map((i) => [i.id, i]));
    const { result } = c.build();
    let quotes = 0;
    for (const d of result.documents) {
      for (const q of d.quotes) {
        const item = shown.get(`q:${d.path}:${q.start}`);
        assert.ok(item, `${d.path}:${q.start} is on the timeline`);
        assert.deepEqual(item.actors, q.speaker ? [q.speaker, ...q.about!] : q.about);
        assert.equal(item.date, d.published ?? (d.path.startsWith('2021-06-0') ? d.path.slice(0, 10) : ''));
        quotes++;
      }
    }
    assert.ok(quotes > 20);
    assert.equal(t.omitted, 0);
  });

  it('sizes nodes and weighs quote edges as the built corpus counts them, in and out of a date range', () => {
    const c = seeds();
    const { result } = c.build();
    for (const range of [{}, { from: '2021-06-01', to: '2021-06-02' }]) {
      const g = buildNetwork(c, () => undefined, { top: 1000, minor: true, ...range });
      const docs = result.documents.filter((d) => !('from' in range) || d.path.startsWith('2021-06-0'));
      const quoted = new Map<string, number>();
      const about = new Map<string, number>();
      for (const d of docs) {
        for (const q of d.quotes) {
          if (!q.speaker) continue;
          quoted.set(q.speaker, (quoted.get(q.speaker) ?? 0) + 1);
          for (const a of q.about!) about.set(`q:${q.speaker}>${a}`, (about.get(`q:${q.speaker}>${a}`) ?? 0) + 1);
        }
      }
      assert.ok(g.nodes.length > 5);
      for (const n of g.nodes) assert.equal(n.quoteCount, quoted.get(n.id) ?? 0, n.name);
      assert.deepEqual(new Map(g.edges.map((e) => [e.id, e.weight])), about);
    }
  });

  it('reads quote texts from the articles when the records carry none, answering as records with texts do', () => {
    const names = readdirSync('seeds');
    const texts = new Map(names.map((f) => [`seeds/${f}`, readFileSync(`seeds/${f}`, 'utf8')]));
    const curation: Curation = { ...emptyCuration(), merge: [['China', 'Beijing']], hide: ['Indo-Pacific'] };
    const stored = new AnalysingCorpus();
    const reads: string[] = [];
    const reading = new AnalysingCorpus({}, (path) => (reads.push(path), texts.get(path)));
    for (const [path, text] of texts) {
      stored.set(path, text);
      reading.upsert(path, withoutQuoteTexts(analyzeToRecord(text, {}, path)));
    }
    stored.setCuration(curation);
    reading.setCuration(curation);
    assert.ok(names.every((f) => reading.record(`seeds/${f}`)!.quotes.every((q) => q.text === '' && (q.pieceTexts ?? []).every((t) => t === ''))), 'no quote text is kept');
    assert.equal(JSON.stringify(reading.build().result), JSON.stringify(stored.build().result));
    assert.ok(reads.length > 0);
    assert.deepEqual(buildTimeline(reading), buildTimeline(stored));
    const top = stored.actors()[0].id;
    const [a, b] = [new CorpusLookup(stored), new CorpusLookup(reading)];
    assert.ok(a.quotes(top).length > 1);
    assert.equal(JSON.stringify(b.rankedQuotes(top)), JSON.stringify(a.rankedQuotes(top)));
    // an article that can no longer be read gives empty texts, not a failure
    texts.clear();
    assert.ok(reading.document(`seeds/${names[0]}`)!.quotes.every((q) => q.text === ''));
  });

  it('a record that keeps its quote texts answers from them, whatever the article reads now', () => {
    const path = 'seeds/000_6d5c066a89ae0d63.txt';
    const text = readFileSync(path, 'utf8');
    // a buffer's record (made from text the reader cannot give again): the reader has moved on
    const reading = new AnalysingCorpus({}, () => 'EDITED ' + text);
    reading.upsert(path, analyzeToRecord(text, {}, path));
    const stored = new AnalysingCorpus();
    stored.set(path, text);
    assert.equal(JSON.stringify(reading.document(path)), JSON.stringify(stored.document(path)));
    for (const q of reading.document(path)!.quotes) assert.equal(q.text, text.slice(q.start, q.end));
  });
});

import { strict as assert } from 'node:assert';
import { analyzeToRecord } from '../../src/corpus/analyzeRecord';
import { CorpusSearch, searchableArticle } from '../../src/corpus/search';
import { TermIndex } from '../../src/corpus/searchIndex';
import { TermFinder } from '../../src/corpus/searchTerms';
import { runJob } from '../../src/vscode/indexing/runJob';

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

  it('finds a word typed with two neighbouring letters swapped, in a query of two words', () => {
    const s = new CorpusSearch();
    add(s, 'r.txt', 'Senators voted on Tuesday to repeal Obamacare. The markets were calm.');
    const hits = s.search('obamacare repael');
    assert.equal(hits.length, 1);
    assert.match(hits[0].text, /to repeal Obamacare/);
    assert.equal(hits[0].exact, false);
    assert.match(s.search('repael obamacare')[0]?.text ?? '', /to repeal Obamacare/, 'a swapped word before the last');
    assert.equal(s.search('obamacare rpeael').length, 0, 'two swaps are two typos');
  });

  it('narrows to the sentences a filter keeps (one speaker’s quotes)', () => {
    assert.equal(search.search('Costa').length, 2);
    const hits = search.search('Costa', { within: (path) => path === 'b.txt' });
    assert.deepEqual(hits.map((h) => h.path), ['b.txt']);
  });

  it('puts sentences matched as typed before those found by a prefix or a typo', () => {
    const s = new CorpusSearch();
    add(s, 'x.txt', 'The old dictators fell one by one.\nA dictator rose in the north.\nHe dictated the terms.');
    const typo = s.search('dictatr');
    assert.ok(typo.some((h) => h.terms.includes('dictators')), 'a typo still finds the word');
    const hits = s.search('dictator');
    assert.equal(hits[0].text, 'A dictator rose in the north.');
    assert.equal(hits[0].exact, true);
    assert.ok(hits.slice(1).every((h) => !h.exact));
  });

  it('puts a sentence holding every word itself before one that needs the title for a word', () => {
    const s = new CorpusSearch();
    add(s, 'c.txt', 'Clinton Leads in Iowa\n\nThe Post reported that Klein said he was gathering material. Voters were divided. “We will win Iowa,” Clinton said on Monday.');
    const hits = s.search('clinton said');
    assert.equal(hits.length, 2, hits.map((h) => h.text).join(' | '));
    assert.match(hits[0].text, /Clinton said on Monday/);
    assert.match(hits[1].text, /Klein said/);
  });

  it('lists a word only its headline holds once, on the headline, not on every sentence of the article', () => {
    const s = new CorpusSearch();
    add(s, 'h.txt', 'Ferry Fares Rise\n\nThe province set new prices on Monday. Riders were angry. “It is too much,” said Ana Roy.');
    assert.deepEqual(s.search('ferry').map((h) => h.text), ['Ferry Fares Rise']);
    // near miss: a word the sentence holds, with another the headline gives, still finds it
    assert.deepEqual(s.search('ferry riders').map((h) => h.text), ['Riders were angry.']);
  });

  it('finds a story by its wire dateline\'s place, on the line of the lede or alone above it', () => {
    const s = new CorpusSearch();
    add(s, 'd.txt', 'Home Fails Inspection\n\nSUDBURY, Ont. — Provincial inspectors found residents left alone at night.');
    add(s, 'e.txt', 'Bridge Repairs Delayed\n\nMONTRÉAL —\n\nRepairs to the bridge will take another year, the city said.');
    assert.deepEqual(s.search('sudbury').map((h) => h.text), ['SUDBURY, Ont. — Provincial inspectors found residents left alone at night.']);
    assert.match(s.search('montreal')[0]?.text ?? '', /^MONTRÉAL —\s+Repairs to the bridge/);
    // near miss: the lede's own words still find it, its headline's row apart
    assert.deepEqual(s.search('inspectors').map((h) => h.path), ['d.txt']);
  });

  it('finds a short prefix that no common term begins ("dic" while "dictator" is typed) among the rarer terms', () => {
    const s = new CorpusSearch();
    // more terms held by two articles each than the common list keeps, and one rare word
    const filler = Array.from({ length: 2600 }, (_, i) => `zq${i.toString(36)}`);
    for (let a = 0; a < 26; a++) add(s, `f${a}.txt`, `Filler ${a}\n\n${filler.slice(a * 100, a * 100 + 200).join(' ')}.`);
    add(s, 'r.txt', 'Strongman Rises\n\nThe old dictator fell one year later.');
    for (const typed of ['dic', 'dict', 'dictator']) assert.deepEqual(s.search(typed).map((h) => h.path), ['r.txt'], typed);
    // near miss: a prefix no term begins finds nothing still
    assert.deepEqual(s.search('dqx'), []);
  });

  it('searches only the first words of a pasted paragraph, so a keystroke stays bounded', () => {
    const long = search.search('harbour dredged '.repeat(20_000));
    assert.deepEqual(long.map((h) => h.id), search.search('harbour dredged').map((h) => h.id));
    assert.ok(long.length > 0);
  });

  it('a saved index loads back and answers the same', () => {
    const texts = new Map<string, string>();
    const s = new CorpusSearch((p) => texts.get(p));
    const put = (path: string, text: string) => {
      texts.set(path, text);
      s.set(searchableArticle(analyzeToRecord(text, {}, path), text));
    };
    put('p.txt', 'Port chief Rui Sousa said the cranes were repaired. Ships waited offshore.');
    put('q.txt', 'The cranes at the northern quay stood idle for a week.');
    const restore = (lines: string[], keep: (path: string, stamp: unknown) => boolean = () => true): CorpusSearch => {
      const into = new CorpusSearch((p) => texts.get(p));
      const r = into.restore(keep);
      for (const line of lines) r.line(line);
      r.finish();
      return into;
    };
    const lines = [...s.snapshot((p) => `stamp of ${p}`)];
    const loaded = restore(lines);
    for (const query of ['cranes', 'crane', 'sousa cranes', 'offshor']) assert.deepEqual(loaded.search(query), s.search(query), query);
    assert.ok(s.search('cranes').length >= 2);
    // an article the caller no longer trusts (its stamp is old) is left out, the others answer
    const stamps: unknown[] = [];
    const partial = restore(lines, (p, stamp) => (stamps.push(stamp), p !== 'q.txt'));
    assert.deepEqual(stamps, ['stamp of p.txt', 'stamp of q.txt']);
    assert.deepEqual(partial.search('cranes').map((h) => h.path), ['p.txt']);
    assert.equal(partial.size, 1);
    // a later article gets a serial of its own
    put('r.txt', 'Cranes again.');
    partial.set(searchableArticle(analyzeToRecord('Cranes again.', {}, 'r.txt'), 'Cranes again.'));
    assert.deepEqual(partial.search('cranes').map((h) => h.path).sort(), ['p.txt', 'r.txt']);
    // nothing read back is trusted
    assert.throws(() => restore(['{"format":0}']), /version/);
    assert.throws(() => restore(lines.slice(0, 2)), /cut short/);
    // every term line is there or the count on the last line does not fit
    assert.throws(() => restore([...lines.slice(0, 3), ...lines.slice(4)]), /cut short/);
    assert.throws(() => restore([...lines, '["cranes",1]']), /after the last/);
    // a posting of article 99 of 2, one of weight 0, one that is not a whole number
    assert.throws(() => restore([...lines.slice(0, 3), `["zzz",${99 * 256 + 1}]`, ...lines.slice(3)]), /out of range/);
    assert.throws(() => restore([...lines.slice(0, 3), `["zzz",${1 * 256}]`, ...lines.slice(3)]), /out of range/);
    assert.throws(() => restore([...lines.slice(0, 3), '["zzz",1.5]', ...lines.slice(3)]), /another shape/);
    assert.throws(() => restore([...lines.slice(0, 3), '["cranes",0,[0,1'].concat(lines.slice(3))), /not JSON/);
    assert.throws(() => restore([lines[0], '["p.txt","",[5,2],[""],1,1,null]', ...lines.slice(2)]), /out of order/);
  });

  it('keeps each sentence’s speaker through a snapshot: several speakers, sentences with none', () => {
    const texts = new Map<string, string>();
    const text = 'Ferry Fares Rise\n\nThe ferry fares rose again in May. “The ferry cannot run at a loss,” operator Lotte Brandt said. Riders protested at the pier. “The ferry fares hurt families,” councillor Pavel Novak said. The ferry left late.';
    texts.set('f.txt', text);
    const s = new CorpusSearch((p) => texts.get(p));
    s.set(searchableArticle(analyzeToRecord(text, {}, 'f.txt'), text));
    const speakers = (x: CorpusSearch): string[] => x.search('ferry', { limit: 20 }).map((h) => `${h.start}:${h.speaker}`).sort();
    const said = speakers(s).map((x) => x.split(':')[1]);
    assert.ok(said.includes('Lotte Brandt') && said.includes('Pavel Novak') && said.includes(''), said.join('|'));
    const lines = [...s.snapshot(() => null)];
    const loaded = new CorpusSearch((p) => texts.get(p));
    const r = loaded.restore(() => true);
    for (const line of lines) r.line(line);
    r.finish();
    assert.deepEqual(speakers(loaded), speakers(s));
    // saved again, the restored index gives the same lines
    assert.deepEqual([...loaded.snapshot(() => null)], lines);
  });

  it('a common term’s postings go over several snapshot lines and load back whole', () => {
    const texts = new Map<string, string>();
    const s = new CorpusSearch((p) => texts.get(p));
    const put = (path: string, text: string) => {
      texts.set(path, text);
      s.set({ path, text, title: null, sentences: [0, text.length], quotes: [] });
    };
    for (let n = 0; n < 2500; n++) put(`m${n}.txt`, `Ferry timetable code${n} ${n % 7 ? 'unchanged' : 'revised'} today.`);
    const lines = [...s.snapshot(() => null)];
    const ferry = lines.filter((l) => l.startsWith('["ferry",'));
    assert.equal(ferry.length, 2);
    const loaded = new CorpusSearch((p) => texts.get(p));
    const r = loaded.restore(() => true);
    for (const line of lines) r.line(line);
    r.finish();
    assert.equal(loaded.size, 2500);
    // articles of either line's postings
    for (const n of [3, 2499]) assert.deepEqual(loaded.search(`code${n} ferry`).filter((h) => h.exact).map((h) => h.path), [`m${n}.txt`]);
    assert.deepEqual(loaded.search('ferry revised'), s.search('ferry revised'));
    // a continuation's postings rise from the first line's last: past the last article, or not rising, is refused
    const at = lines.indexOf(ferry[1]);
    for (const [bad, message] of [[`["ferry",${2500 * 256}]`, /out of range/], ['["ferry",0]', /another shape/]] as const) {
      const again = new CorpusSearch().restore(() => true);
      assert.throws(() => [...lines.slice(0, at), bad, ...lines.slice(at + 1)].forEach((l) => again.line(l)), message);
    }
  });

  it('a snapshot taken across a change is abandoned; a restore keeps the changes made meanwhile', () => {
    const fresh = new CorpusSearch();
    add(fresh, 'b.txt', 'The council adjourned.');
    const lines = fresh.snapshot(() => null);
    lines.next();
    add(fresh, 'c.txt', 'The council met again.');
    assert.throws(() => [...lines], /changed/);
    // what is set or removed while a restore runs stays so once it is done
    const r = fresh.restore(() => true);
    for (const line of fresh.snapshot(() => null)) r.line(line);
    add(fresh, 'd.txt', 'Budget talks.');
    add(fresh, 'b.txt', 'The council voted.');
    fresh.remove('c.txt');
    r.finish();
    assert.equal(fresh.search('budget')[0]?.path, 'd.txt');
    assert.deepEqual(fresh.search('council').map((h) => h.path), ['b.txt']);
    assert.equal(fresh.search('adjourned').length, 0);
    assert.equal(fresh.size, 2);
  });

  it('ranks the article that is about a word before one that mentions it in passing', () => {
    const s = new CorpusSearch();
    add(s, 'passing.txt', 'The ferry left at noon. Passengers talked about the weather and the lighthouse.');
    add(s, 'about.txt', 'Lighthouse Keeper Retires\n\nThe lighthouse on the cape has a new keeper. The old lighthouse keeper, Tomas Berg, served forty years.');
    assert.deepEqual([...new Set(s.search('lighthouse').map((h) => h.path))], ['about.txt', 'passing.txt']);
  });

  it('finds words as whole words, whatever their case and the punctuation around them', () => {
    const finder = new TermFinder(['port', 'o', 'brien']);
    assert.deepEqual([...finder.in('PORT-side (Port) report, O’Brien')].sort(), ['brien', 'o', 'port']);
    assert.deepEqual([...finder.in('reports passport')], []);
    const text = 'Port closed. Ships wait. A port reopened.';
    assert.deepEqual([...finder.bySentence(text, [0, 12, 13, 24, 25, 41])].map(([s, t]) => [s, [...t]]), [[0, ['port']], [2, ['port']]]);
  });

  it('files the terms a worker made of an article as it would make them itself; terms that do not fit are made again', () => {
    const text = 'Dockers Strike\n\n“We will not unload the ships,” union leader Mara Quist said. The strike entered its third day.';
    const record = analyzeToRecord(text, {}, 'd.txt');
    const made = runJob({ key: 'd.txt', text, maxBytes: 1 << 20, options: {} });
    assert.ok(made.ok);
    const fromWorker = new CorpusSearch();
    fromWorker.set(searchableArticle(record, text), made.value.searchTerms);
    const here = new CorpusSearch();
    here.set(searchableArticle(record, text));
    for (const q of ['quist', 'strike', 'dockers unload', 'thrid']) assert.deepEqual(fromWorker.search(q), here.search(q), q);
    assert.equal(fromWorker.search('quist')[0]?.speaker, 'Mara Quist');
    const broken = new CorpusSearch();
    broken.set(searchableArticle(record, text), { terms: 'strike', weights: new Uint8Array(5), length: 3 });
    assert.deepEqual(broken.search('unload'), here.search('unload'));
  });

  it('a removed article stops counting at once, and its postings are vacuumed away over later changes', () => {
    const index = new TermIndex();
    const wordsOf = (n: number, version: number) => Array.from({ length: 40 }, (_, i) => `w${version}x${(n + i) % 97}`);
    let serial = 0;
    const serials = new Map<number, number>();
    const put = (n: number, version: number) => {
      const old = serials.get(n);
      if (old) index.removed(old, 40);
      serials.set(n, ++serial);
      index.add(serial, wordsOf(n, version), new Array(40).fill(1), 40);
    };
    for (let n = 0; n < 300; n++) put(n, 0);
    const before = index.size;
    const holding = (word: string, version: number) => Array.from({ length: 300 }, (_, n) => n).filter((n) => wordsOf(n, version).includes(word)).length;
    assert.equal(index.match('w0x5', false, 0).serials.length, holding('w0x5', 0));
    // every article replaced by words of a new version, three times over: the old words go
    for (let version = 1; version <= 3; version++) for (let n = 0; n < 300; n++) put(n, version);
    assert.equal(index.match('w0x5', false, 0).serials.length, 0);
    assert.equal(index.match('w3x5', false, 0).serials.length, holding('w3x5', 3));
    assert.ok(index.size < before * 3, `vacuumed: ${index.size} terms held, ${before} live`);
    assert.throws(() => index.add(serial, ['again'], [1], 1), /taken/);
  });

  it('replacing or removing an article replaces only its entries', () => {
    // a.txt's hits (its headline and sentences) stay as they were
    const harbour = search.search('harbour').length;
    assert.ok(harbour >= 1);
    add(search, 'b.txt', 'The council adjourned.');
    assert.equal(search.search('taxes').length, 0);
    assert.equal(search.search('harbour').length, harbour);
    search.remove('a.txt');
    assert.equal(search.search('harbour').length, 0);
  });
});

describe('lookup: what the editor asks of the corpus', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { AnalysingCorpus } = require('../../src/corpus/analysingCorpus') as typeof import('../../src/corpus/analysingCorpus');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CorpusLookup } = require('../../src/corpus/lookup') as typeof import('../../src/corpus/lookup');
  const text = 'EU Commission President Ursula von der Leyen visited Kyiv. The Commission chief said support would continue.';

  it('finds the actor under an offset, the person before the organisation', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', text);
    const lookup = new CorpusLookup(c);
    const at = (phrase: string) => lookup.actors.get(lookup.mentionAt('a.txt', text.indexOf(phrase) + 1)!.actor)?.name;
    assert.equal(at('Ursula'), 'Ursula von der Leyen');
    assert.equal(at('Commission chief'), 'Ursula von der Leyen');
    assert.equal(at('Kyiv'), 'Kyiv');
    assert.equal(lookup.mentionAt('a.txt', text.indexOf('visited')), undefined);
  });

  it('answers quotes by actor and by offset', () => {
    const c = new AnalysingCorpus();
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

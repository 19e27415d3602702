import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { triggersFor } from '../../src/extractor/eventWords';
import { DraftMerger, NO_PATHS, withDatedBy } from '../../src/corpus/events';
import { Corpus } from '../../src/corpus/corpus';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';

const eventsOf = (text: string, fileDate: string | null = null): LocalEvent[] => extractEvents(analyze(text), fileDate);
const corpusEvents = (files: Record<string, string>) => {
  const c = new AnalysingCorpus();
  for (const [path, text] of Object.entries(files)) c.set(path, text);
  return c.build().result.events;
};

describe('events: event words used as events', () => {
  it('an event word inside a name is no event', () => {
    const ev = eventsOf('Published 4 March 2021\nThe head of the Warsaw Treaty Organisation warned of a long war.');
    assert.deepEqual(ev.map((e) => e.kind), []);
  });

  it('"support to X" gives no place; a visit to X does', () => {
    const [summit] = eventsOf('Published 4 March 2021\nAt the summit the leaders pledged more support to Moldova.');
    assert.equal(summit.placeName, null);
    const [visit] = eventsOf('Published 4 March 2021\nThe premier made a visit to Moldova on Tuesday.');
    assert.equal(visit.placeName, 'Moldova');
  });

  it('a word that modifies a noun or names the topic is no event of the sentence', () => {
    const ev = eventsOf('Published 4 March 2021\nOn Tuesday the institute released a study on the climate summit.\nDiplomats are still drafting the summit declaration.');
    assert.deepEqual(ev.map((e) => e.kind), ['publication']);
  });

  it('an event word inside a quotation is the speaker’s, not an event', () => {
    const ev = eventsOf('Published 4 March 2021\n“The summit will fail,” said Ana Ruiz, before meeting with the trade envoy.');
    assert.deepEqual(ev.map((e) => e.kind), ['meeting']);
  });

  it('a photo caption names no event of its own and dates none', () => {
    const text = 'Published 4 March 2021\nDelegates walk past banners for the climate summit, on March 1, 2021. (AP Photo/Lee Wong)\nThe climate summit opens on Friday in Glasgow.';
    const ev = eventsOf(text);
    assert.equal(ev.length, 1);
    assert.equal(ev[0].date, '2021-03-05');
    assert.equal(ev[0].more.length, 1);
  });

  it('a place after in/at counts when the gazetteer does not know it', () => {
    const ev = eventsOf('Published Friday, 5 March 2021\nThe two ministers held talks on Wednesday in Hammerfest. Union leaders will meet on Monday at Lillestrøm for a rally on pay.');
    assert.deepEqual(ev.map((e) => [e.kind, e.placeName, e.date]), [['talks', 'Hammerfest', '2021-03-03'], ['meeting', 'Lillestrøm', '2021-03-08']]);
  });

  it('the place of another noun is not the event’s ("the war in X")', () => {
    const [e] = eventsOf('Published 4 March 2021\nThe envoys held talks on the fighting in Yemen.');
    assert.equal(e.placeName, null);
  });
});

describe('events: the cheap word test', () => {
  it('every event word passes the shape test and reaches its triggers; common words stop at it', () => {
    for (const w of ['conference', 'briefings', 'told', 'summit', 'talks', 'negotiations', 'meeting', 'gathering', 'forum', 'statement', 'speech', 'said', 'speaking', 'visit', 'trip', 'accord', 'debates', 'hearing', 'rally', 'caucuses', 'election', 'visited', 'travelled', 'met', 'meets', 'meet', 'held', 'sign', 'unveiled', 'published', 'wrote', 'addressed']) {
      assert.ok(triggersFor(w)?.length, w);
    }
    for (const w of ['that', 'this', 'the', 'sad', 'mat', 'summits’', 'élection', '', 'a'.repeat(40)]) assert.equal(triggersFor(w), undefined, w);
  });
});

describe('events: one real event is one event', () => {
  it('a definite reference, "this week’s gathering" and "said at the forum" go back to the event', () => {
    const text = 'Published 4 March 2021\nEnergy ministers ended two days of meetings of the council in Vienna.\nThe ministers had first met at such a meeting in May 2019.\nAhead of this week’s gathering, Ana Ruiz spoke of prices.\n“Prices will fall,” Ana Ruiz said at the forum.';
    const ev = eventsOf(text);
    assert.equal(ev.length, 2);
    assert.equal(ev[0].placeName, 'Vienna');
    assert.equal(ev[0].more.length, 2);
  });

  it('a named event is not "the summit" of before', () => {
    const ev = eventsOf('Published 4 March 2021\nThe alliance summit will be held in Riga.\n“No,” Ana Ruiz said at the Baltic Forum security summit in Tallinn.');
    assert.equal(ev.filter((e) => e.kind === 'summit').length, 2);
  });

  it('the same visit reported twice is one visit, its date the more precise', () => {
    const ev = eventsOf('Published Wednesday, 3 March 2021\nForeign Minister Ana Ruiz is visiting Chile and Peru this week. Ana Ruiz arrived in Chile late Monday.');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].date, '2021-03-01');
  });

  it('a dated attribution is a statement; the speaker going on at a forum is the same occasion', () => {
    const text = 'Published Thursday, 4 March 2021\nTrade envoy Ana Ruiz said Tuesday that tariffs would fall.\n“We are close,” Ruiz said at a business forum.';
    const ev = eventsOf(text);
    assert.equal(ev.length, 1);
    assert.equal(ev[0].kind, 'speech');
    assert.equal(ev[0].date, '2021-03-02');
    assert.equal(ev[0].more.length, 1);
  });

  it('"shortly afterward" takes the year of the event before', () => {
    const ev = eventsOf('Published 4 March 2021\nThe leaders held a summit in Lima in June 2019. The bank said in a statement shortly afterward that rates would rise.');
    assert.deepEqual(ev.map((e) => e.date), ['2019-06', '2019']);
  });
});

describe('events: the date that is the event’s', () => {
  it('a person named like a month is no date', () => {
    // 2021-03-04 is a Thursday
    const [statement] = eventsOf('Published Thursday, 4 March 2021\nApril Castellanos, the union’s negotiator, said on Tuesday that the strike would end.');
    assert.equal(statement.date, '2021-03-02');
    assert.equal(statement.dateText, 'on Tuesday');
    const [meeting] = eventsOf('Published 4 March 2021\nMs. June Okafor met with the harbour board in Tema.');
    assert.equal(meeting.date, null);
    assert.equal(meeting.dateText, null);
    // an undated article: no month and day to learn a year for
    const [undated] = eventsOf('Harbour news\n\nMay Lindqvist met with the harbour board in Tema.');
    assert.equal(undated.yearless, undefined);
  });

  it('an explicit year in the event’s own phrase is not overridden by the sentence’s other date', () => {
    const ev = eventsOf('Published 4 March 2021\nThe ministers agreed on Tuesday to hold a summit in Accra in 2023, the envoy said.\nLast week, Ana Ruiz recalled a meeting in Quito in 2017 where the plan was born.');
    assert.deepEqual(ev.map((e) => [e.kind, e.date]), [['summit', '2023'], ['meeting', '2017']]);
  });

  it('"three years later" counts from the dated event told before, not from the article', () => {
    const ev = eventsOf('Published 4 March 2021\nThe central bank held a summit in Lima in 2015. Three years later, the bank said rates would rise.');
    assert.deepEqual(ev.map((e) => [e.kind, e.date]), [['summit', '2015'], ['statement', '2018']]);
  });

  it('a counted time counts from the last date stated before it, event or not, and not from a date still ahead', () => {
    const text = 'Published 4 March 2021\nIn June 2015, the mill asked workers to take a pay cut. When the owner a month later announced 600 layoffs, workers walked out.';
    assert.deepEqual(eventsOf(text).map((e) => [e.kind, e.date]), [['announcement', '2015-07']]);
    // "will open on May 9" is ahead of the article: no point the story has passed
    const ahead = 'Published 4 March 2021\nThe mill will open its new hall on May 9. When the owner a month later announced 600 layoffs, workers walked out.';
    assert.equal(eventsOf(ahead).find((e) => e.kind === 'announcement')!.date, null);
  });

  it('"meanwhile" is the time of the dated event told before, to the month', () => {
    const text = 'Published 4 March 2021\nOn Monday, trade envoy Ana Ruiz released a report on ports in Dakar.\nShe wrote about shipping ahead of the regional summit which will be held in Senegal.\nMeanwhile, at the summit, Ruiz urged calm.';
    const summit = eventsOf(text).find((e) => e.kind === 'summit')!;
    // the later passage is the same summit, and dates it
    assert.equal(summit.more.length, 1);
    assert.equal(summit.date, '2021-03');
    assert.equal(summit.dateText, 'Meanwhile');
    // nothing dated told before: the summit stays undated
    assert.equal(eventsOf(text.replace('On Monday, t', 'T')).find((e) => e.kind === 'summit')!.date, null);
  });

  it('in an article without its own date, a past weekday on or after a weekday still ahead keeps its month', () => {
    // no date line: the latest stated date (2024-06-03, a Monday) is the reference
    const text =
      'Ports meet\n\nDelegates arrive at the hall in Lusaka, on June 3, 2024.\nThe port summit, which starts Wednesday in Lusaka, will set fees.\n' +
      'Port chief Ana Ruiz said Thursday that fees would fall.\nHer deputy, Tomas Berg, told reporters Friday that fees would rise.';
    const ev = eventsOf(text);
    assert.deepEqual(ev.map((e) => [e.kind, e.date]), [['summit', '2024-06-05'], ['statement', '2024-06'], ['press conference', '2024-05-31']]);
    // with nothing said to be ahead, the nearest Thursday stands
    assert.equal(eventsOf(text.replace('which starts Wednesday in Lusaka, ', '')).find((e) => e.kind === 'statement')!.date, '2024-06-06');
  });

  it('an event without a lead is labelled by who speaks of it', () => {
    const ev = eventsOf('Published 4 March 2021\nNadia Ferreira is an economist at the Tema institute. “Prices will rise,” she wrote in an analysis.');
    const publication = ev.find((e) => e.kind === 'publication')!;
    assert.equal(publication.label, 'Nadia Ferreira publication');
  });
});

describe('events across articles', () => {
  it('an undated article takes its year from an event it shares with a dated one', () => {
    const events = corpusEvents({
      'a.txt': 'Published Monday, 5 July 2021\nLeaders will attend the alliance summit, which starts Tuesday in Vilnius.',
      'b.txt': 'Next week, the alliance will hold its summit in Vilnius.\nOn Friday, envoy Ana Ruiz released a report on energy.\nThe ministers issued a statement on March 24.',
    });
    const summit = events.filter((e) => e.kind === 'summit');
    assert.equal(summit.length, 1);
    assert.equal(summit[0].date, '2021-07-06');
    assert.equal(summit[0].sources.length, 2);
    assert.equal(events.find((e) => e.kind === 'publication')?.date, '2021');
    assert.equal(events.find((e) => e.kind === 'statement')?.date, '2021-03-24');
  });

  it('a merged event remembers the first two articles that dated it, each once: enough to tell whether another one did', () => {
    let dated = NO_PATHS;
    for (const p of ['k.txt', 'k.txt', 'm.txt', 'k.txt', 'n.txt']) dated = withDatedBy(dated, p);
    assert.deepEqual(dated, ['k.txt', 'm.txt']);
  });

  it('an article whose events share nothing keeps its dates unknown', () => {
    const events = corpusEvents({ 'b.txt': 'On Friday, envoy Ana Ruiz released a report on energy.' });
    assert.equal(events[0].date, null);
  });

  it('a placeless event and a placed one of the same lead merge on agreeing months, not on other months', () => {
    const actor = { key: 'nato', name: 'NATO', kind: 'organization' } as never;
    const ev = (date: string | null, placeName: string | null, yearless?: string): LocalEvent => ({ kind: 'summit', label: 's', date, dateText: null, place: null, placeName, participants: [actor], start: 0, end: 1, more: [], ...(yearless !== undefined ? { yearless } : {}) });
    const merged = (second: LocalEvent): number => {
      const merger = new DraftMerger(() => 'nato');
      merger.add('a', [ev('2022-06', null)]);
      merger.add('b', [second]);
      return merger.finish().drafts.length;
    };
    assert.equal(merged(ev(null, 'Madrid', '06')), 1);
    assert.equal(merged(ev(null, 'Madrid', '09')), 2);
  });
});

describe('events: a summit merged over many articles', () => {
  it('lists each participant once in the order first met, its list long (106) too, and merges every report whose lead it lists', () => {
    // each article: the same summit in Oslo, led by the host city's mayor, with one delegate of 60 and one aide of 45 (most seen before)
    const actor = (key: string): never => ({ key, name: key, kind: 'person' }) as never;
    const merger = new DraftMerger((a) => (a as unknown as { key: string }).key);
    const want: string[] = [];
    for (let i = 0; i < 300; i++) {
      const others = ['mayor', `delegate-${(i * 7) % 60}`, `aide-${i % 45}`];
      for (const p of others) if (!want.includes(p)) want.push(p);
      merger.add(`a${i}.txt`, [{ kind: 'summit', label: 'Oslo summit', date: '2023-05', dateText: null, place: null, placeName: 'Oslo', participants: others.map(actor), start: 0, end: 5, more: [] }]);
    }
    const { drafts } = merger.finish();
    assert.equal(drafts.length, 1);
    assert.deepEqual(drafts[0].event.participants, want);
    assert.equal(drafts[0].event.sources.length, 300);
  });
});

describe('events: any input', () => {
  const PIECES = ['“', '”', ',', '.', '\n', ' ', ' said', ' Tuesday', ' on 3 May', ' last month', ' March 24', ' LONDON, 30 October 2024 (Reuters) -', ' Published', ' the summit', ' a summit', ' in', ' at the forum', ' Kirkenes', ' NATO', ' Ana Ruiz', ' met with', ' visiting', ' (AP Photo/X', ' Credit: X', ' shortly afterward', ' 2021', ' Two years later', ' Meanwhile', ' May Lindqvist', ' Thursday’s', ' the 2008 election', ' will be released', ' starts Wednesday', ' on June 3, 2024'];
  const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

  it('never throws, every source lies inside its text, every date is a year, a month or a day', () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, fc.string({ maxLength: 200 })), newsLike, (a, b) => {
        const c = new AnalysingCorpus();
        c.set('a.txt', a);
        c.set('b.txt', b);
        const texts: Record<string, string> = { 'a.txt': a, 'b.txt': b };
        for (const e of c.build().result.events) {
          for (const s of e.sources) assert.ok(0 <= s.start && s.start <= s.end && s.end <= texts[s.path].length);
          assert.ok(e.date === null || /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(e.date), e.date ?? '');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a long article of one repeated event stays fast', () => {
    const text = 'Published 4 March 2021\n' + 'The ministers met on Monday in Oslo. Ana Ruiz said Tuesday at the forum that the summit would go on.\n'.repeat(3000);
    const t0 = performance.now();
    eventsOf(text);
    assert.ok(performance.now() - t0 < 5000);
  });
});

describe('events in the Events tree’s order', () => {
  const collator = new Intl.Collator();
  // what eventsByDate promises: date order (the undated last), each date's events by label, ties as first met
  const expected = (c: Corpus) => [...c.events()].sort((a, b) => (a.date && b.date ? (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) : a.date ? -1 : b.date ? 1 : 0) || collator.compare(a.label, b.label));

  it('by date, each date’s events by label, the undated last by label, and again after articles with new labels come and go', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'Published Tuesday, 9 March 2021\nOn Monday, Mayor Lena Ortiz visited Lyon.\nOn Monday, the union held a rally in Lyon.\nOn Monday, Ortiz gave a speech in Lyon.');
    c.set('b.txt', 'On Friday, envoy Tomas Berg released a report on water.\nThe council issued a statement on fishing.');
    c.set('c.txt', 'Published Tuesday, 9 March 2021\nOn Monday, the governors met in Lyon.\nThe ministers held talks in Oslo on Monday.');
    const first = c.eventsByDate();
    assert.ok(first.filter((e) => e.date === '2021-03-08').length >= 3, 'several events share a day');
    assert.ok(first.some((e) => !e.date), 'some are undated');
    assert.deepEqual(first.map((e) => e.id), expected(c).map((e) => e.id));
    c.set('d.txt', 'Published Tuesday, 9 March 2021\nOn Monday, the premier announced a plan in Lyon.\nAn accord was signed in Bern.');
    assert.deepEqual(c.eventsByDate().map((e) => e.id), expected(c).map((e) => e.id));
    c.remove('a.txt');
    assert.deepEqual(c.eventsByDate().map((e) => e.id), expected(c).map((e) => e.id));
  });
});

import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { readPublished, wireDateline, yearlessDateline } from '../../src/extractor/publishedDate';

const eventsOf = (text: string, fileDate: string | null = null): LocalEvent[] => extractEvents(analyze(text), fileDate);
const HEADLINE = 'Fishery quota talks stall in Reykjavik';

describe('events19: a wire dateline without its year', () => {
  it('gives its month and day, and no date', () => {
    assert.deepEqual(wireDateline('REYKJAVIK, Feb. 3 (AP) — The ministers met.'), { length: 25, date: null, monthDay: '02-03' });
    assert.deepEqual(wireDateline('PERTH, 14 Aug — The ministers met.'), { length: 16, date: null, monthDay: '08-14' });
    assert.equal(wireDateline('TORONTO, Sept 31 — The ministers met.')?.monthDay, null);
    assert.equal(yearlessDateline(`${HEADLINE}\n\nVALLETTA, Malta, March 9 — The ministers met.`), '03-09');
    assert.equal(yearlessDateline(`${HEADLINE}\n\nVALLETTA, Malta, March 9, 2023 — The ministers met.`), null);
  });

  it('takes no year from the text: a full date near its day is a birthday or a first election as often as the article\'s', () => {
    const article = (body: string) => `${HEADLINE}\n\nREYKJAVIK, Feb. 3 (AP) — ${body}`;
    assert.equal(readPublished(article('“I was born on 20 February 1970,” the minister said.')), null);
    assert.equal(readPublished(article('The ministers met on Tuesday. A first round ended on Jan. 20, 2031 without a deal.')), null);
    assert.equal(readPublished(article('The ministers met on Tuesday and will meet again in March.')), null);
  });

  it('is the reference day in the year of the file name', () => {
    // the file is named for a day before the dateline's: "Monday" counts from the dateline's day
    const ev = eventsOf(`${HEADLINE}\n\nVALLETTA, March 9 — Fisheries ministers met with industry leaders on Monday.`, '2027-03-05');
    assert.equal(ev[0].date, '2027-03-08');
  });
});

describe('events19: an event is dated by its own narration, not by what it reports', () => {
  const DATED = 'Port cargo falls as harbour board meets\nPublished 12 June 2030\n';

  it('a date inside the reported content of a statement or a briefing is the content’s', () => {
    const [statement] = eventsOf(`${DATED}Harbour board chair Ines Vale said in a statement that cargo volumes fell 9 per cent last year.`);
    assert.equal(statement.kind, 'statement');
    assert.equal(statement.date, null);
    const [briefing] = eventsOf(`${DATED}Colonel Ama Mensah told reporters that convoys would begin crossing the border on Friday if the rain eased.`);
    assert.equal(briefing.kind, 'press conference');
    assert.equal(briefing.date, null);
    // the narration's own date still dates it
    const [dated] = eventsOf(`${DATED}Colonel Ama Mensah told reporters on Monday that convoys would begin crossing the border on Friday.`);
    assert.equal(dated.date, '2030-06-10');
  });

  it('a date that modifies a noun of the content makes no dated statement; one after the object of the cue does', () => {
    assert.deepEqual(eventsOf(`${DATED}The Hospice Trust said this year's appeal had raised two million pounds.`), []);
    const [confirmed] = eventsOf(`${DATED}Transport Minister Aroha Keane confirmed the closure on Tuesday, citing repair costs.`);
    assert.equal(confirmed.date, '2030-06-11');
  });

  it('an undated event keeps its own date words, not the sentence’s first ones', () => {
    const UNDATED = 'Tram fares to rise\n\n';
    const [meeting] = eventsOf(`${UNDATED}The rise, which takes effect in June, was approved at a board meeting on Tuesday.`);
    assert.equal(meeting.kind, 'meeting');
    assert.equal(meeting.dateText, 'Tuesday');
    assert.equal(meeting.yearless, '');
  });

  it('"the next budget meeting" is one still to come, not the meeting told before', () => {
    const ev = eventsOf('Tram fares to rise\n\nThe fares were approved at a board meeting on Tuesday. Councillor Lena Moss said she would raise them again at the next budget meeting in March.');
    assert.deepEqual(ev.map((e) => [e.kind, e.dateText]), [['meeting', 'Tuesday'], ['meeting', 'March']]);
  });

  it('an undated event told again takes the passage that names its day', () => {
    const ev = eventsOf('Mayor faces recall vote\n\nOpponents said they would boycott next month’s by-election in Ward 4.\n\nThe by-election is set for October 14.');
    assert.equal(ev.length, 1);
    assert.equal(ev[0].dateText, 'October 14');
    assert.equal(ev[0].yearless, '10-14');
  });
});

describe('events19: names that are no date and no party', () => {
  const DATED = 'Ferry fares frozen\nPublished 5 March 2029\n';

  it('"Today" in a name is no date: a programme, a paper', () => {
    assert.deepEqual(eventsOf(`${DATED}Harbour master Owen Pryce told RTÉ Radio 1's Today programme that the ferries would keep running.`), []);
    assert.deepEqual(eventsOf(`${DATED}The minister, Carys Bell, told USA Today the fares were frozen.`), []);
    // opening the sentence it is the day
    const [today] = eventsOf(`${DATED}Today, the minister, Carys Bell, said the fares were frozen.`);
    assert.equal(today.date, '2029-03-05');
  });

  it('a source who only speaks of an event told before is no party to it', () => {
    const ev = eventsOf(`${DATED}The opposition will boycott next month's by-election in Ward 4.\n\nTransport Minister Carys Bell warned that police would stop anyone who tried to disrupt the by-election.`);
    assert.equal(ev.length, 1);
    assert.ok(!ev[0].participants.some((a) => a.name === 'Carys Bell'));
  });

  it('a venue is the place of a briefing, not a party to it', () => {
    const [briefing] = eventsOf(`${DATED}Ferry company chief Liam Doyle told reporters at Harbourside House that fares would stay frozen.`);
    assert.equal(briefing.kind, 'press conference');
    assert.equal(briefing.placeName, 'Harbourside House');
    assert.ok(!briefing.participants.some((a) => a.name === 'Harbourside House'));
  });
});

describe('events19: event words of hearings, releases and rate decisions', () => {
  const UNDATED = 'Regulator under pressure\n\n';

  it('a witness before a committee is at a hearing', () => {
    const [hearing] = eventsOf('Rail chiefs questioned\nPublished 9 October 2031\nNetwork Rail chief Dana Holt appeared before the Public Accounts Committee on Tuesday.');
    assert.equal(hearing.kind, 'hearing');
    assert.equal(hearing.date, '2031-10-07');
    assert.equal(eventsOf(`${UNDATED}The select committee hearing heard from three bosses.`)[0]?.kind, 'hearing');
  });

  it('a film released in cinemas is a publication, dated by its own day', () => {
    const [release] = eventsOf(`${UNDATED}The documentary, shot over four winters, opens in cinemas on 4 April.`);
    assert.equal(release.kind, 'publication');
    assert.equal(release.dateText, '4 April');
    assert.equal(release.yearless, '04-04');
  });

  it('a rate decision is announced on its day; another decision is no event', () => {
    const [decision] = eventsOf(`${UNDATED}The central bank's next rate decision is due on 7 May.`);
    assert.equal(decision.kind, 'announcement');
    assert.equal(decision.yearless, '05-07');
    assert.deepEqual(eventsOf(`${UNDATED}The board's decision was welcomed by tenants.`), []);
  });
});

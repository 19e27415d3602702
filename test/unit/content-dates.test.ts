/**
 * Date lines as wires and press releases write them, and the events' dates a sentence's time words
 * give. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';
import { lastStatedDate, resolveDate } from '../../src/extractor/dates';
import { readPublished } from '../../src/extractor/publishedDate';

const HEADLINE = 'Ferry strike halts island traffic';
const dated = (line: string): string | null => readPublished(`${HEADLINE}\n\n${line}\n\nThe ferry crews walked out on Monday over pay.`);

describe('dates: date lines of wires and press releases', () => {
  it('a place and a date without the comma after the day, with a note in brackets', () => {
    assert.equal(dated('PIRAEUS, Aug 11 2024 (Reuters-style wire copy)'), '2024-08-11');
    assert.equal(dated('PIRAEUS, Aug 11 2024 (Reuters)'), '2024-08-11');
    assert.equal(dated('PIRAEUS, 11 Aug. 2024 (AP)'), '2024-08-11');
  });

  it('a press release’s dateline with the wire’s name in slashes, alone or opening the text', () => {
    assert.equal(dated('Aug. 11, 2024 /PRNewswire/ --'), '2024-08-11');
    assert.equal(dated('TROMSO, Norway, Aug. 11, 2024 /PRNewswire/ -- Nordline Ferries said it would add sailings.'), '2024-08-11');
  });

  it('the forms real date lines take', () => {
    for (const line of ['Aug 11 2024', '11 Aug. 2024', 'August 11th, 2024', 'Monday, 11 August 2024', 'Sun 11 Aug 2024']) assert.equal(dated(line), '2024-08-11', line);
  });

  it('a date in a headline’s words is no article date, with or without a note in brackets', () => {
    assert.equal(dated('Court sets Aug 20 2024 hearing in ferry case'), null);
    assert.equal(dated('Court sets Aug 20 2024 hearing (updated)'), null);
    assert.equal(readPublished('Court sets Aug 20 2024 hearing in ferry pay case\n\nThe ferry crews walked out on Monday.'), null);
  });
});

describe('events: a day counted from the day told before', () => {
  const eventsOf = (text: string) => extractEvents(analyze(text));
  const ARTICLE = 'Harbour workers win pay deal\n\nBERGEN, Norway — March 7, 2025\n\n';

  it('"later in the day" is the last day the body told, past a span’s bound ("since January")', () => {
    const events = eventsOf(
      ARTICLE +
        'Dock workers in Bergen ended their strike on Wednesday after the port operator raised its pay offer.\n\n' +
        'Union leader Sigrid Aasen said members had been without a contract since January.\n\n' +
        '“This was a long fight,” Aasen told reporters later in the day.',
    );
    const conference = events.find((e) => e.kind === 'press conference');
    assert.ok(conference, JSON.stringify(events.map((e) => e.label)));
    assert.equal(conference.date, '2025-03-05');
  });

  it('"the next day" and "the day before" count one day on or back; a day named only inside a quotation does not count', () => {
    const next = eventsOf(
      ARTICLE + 'The port operator made its offer on Monday.\n\nThe next day, the union held a meeting in the docks canteen to vote on it.',
    ).find((e) => e.kind === 'meeting');
    assert.equal(next?.date, '2025-03-04');
    const quoted = eventsOf(
      ARTICLE + 'The dispute began in the winter. “We talked on Monday and again on Tuesday,” Aasen said.\n\nLater that day, the union held a meeting in the docks canteen.',
    ).find((e) => e.kind === 'meeting');
    assert.ok(quoted);
    assert.equal(quoted.date, null);
  });

  it('"Last September … the next day": a month names no day to count from', () => {
    const e = eventsOf(ARTICLE + 'Last September, Aasen held a meeting with the port’s owners.\n\nThe next day, the owners held a press conference at the quay.').find((x) => x.kind === 'press conference');
    assert.ok(e);
    assert.equal(e.date, null);
  });
});

describe('dates: the last stated date whatever was read before', () => {
  it('lastStatedDate finds a date at the passage’s start after an event’s own date was looked for elsewhere', () => {
    const passage = 'The ferry line reopened on Tuesday after the repairs. Crews had worked through the night.';
    const alone = lastStatedDate(passage, '2025-03-07');
    // an event word late in another sentence leaves the shared date pattern's position there
    resolveDate('The harbour board said it would hold a long meeting with the ferry crews and their union on Thursday.', '2025-03-07', undefined, false, 40);
    assert.deepEqual(lastStatedDate(passage, '2025-03-07'), alone);
    assert.equal(alone?.date, '2025-03-04');
  });
});

/**
 * Date lines as wires and press releases write them, and the events' dates a sentence's time words
 * give. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
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

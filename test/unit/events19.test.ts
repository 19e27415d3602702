import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';
import { datelineInYear, readPublished, wireDateline, yearlessDateline } from '../../src/extractor/publishedDate';

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

  it('takes the year of a full date the text states near its day, and only then', () => {
    const article = (body: string) => `${HEADLINE}\n\nREYKJAVIK, Feb. 3 (AP) — ${body}`;
    assert.equal(readPublished(article('The ministers met on Tuesday. A first round ended on Jan. 20, 2031 without a deal.')), '2031-02-03');
    // across the turn of a year: "Dec. 28, 2030" under "Jan. 4" is the next year's January
    assert.equal(datelineInYear('The count began on Dec. 28, 2030 and ended a week later.', '01-04'), '2031-01-04');
    // a date far from the dateline's day (a birth, an old treaty) says nothing of the article's year
    assert.equal(readPublished(article('The treaty of May 5, 1994 set the first quotas. The ministers met on Tuesday.')), null);
    // nor do full dates that disagree on the year
    assert.equal(datelineInYear('Talks began on Jan. 20, 2031; a similar round ended on Feb. 10, 2030.', '02-03'), null);
    // no year anywhere: none is made up
    assert.equal(readPublished(article('The ministers met on Tuesday and will meet again in March.')), null);
  });

  it('dates the article\'s relative days once the year is known', () => {
    const ev = eventsOf(`${HEADLINE}\n\nREYKJAVIK, Feb. 3 (AP) — Fisheries ministers from four countries met with industry leaders on Sunday. An earlier round had ended on Jan. 20, 2031.`);
    assert.equal(ev[0].kind, 'meeting');
    assert.equal(ev[0].date, '2031-02-02');
  });

  it('is the reference day in the year of the file name', () => {
    // the file is named for a day before the dateline's: "Monday" counts from the dateline's day
    const ev = eventsOf(`${HEADLINE}\n\nVALLETTA, March 9 — Fisheries ministers met with industry leaders on Monday.`, '2027-03-05');
    assert.equal(ev[0].date, '2027-03-08');
  });
});

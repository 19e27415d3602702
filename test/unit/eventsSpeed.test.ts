import { strict as assert } from 'node:assert';
import { ownDateText } from '../../src/extractor/dates';
import { latestStatedDate, readPublished, wireDateline } from '../../src/extractor/publishedDate';

const HEADLINE = 'Port board widens the pier';

describe('eventsSpeed: the cheap tests before large date patterns find what those patterns read', () => {
  it('a Title Case dateline with its year before a dash or an agency is still read', () => {
    assert.deepEqual(wireDateline('Calgary — March 6, 2025 — The council met.'), { length: 26, date: '2025-03-06', monthDay: null });
    assert.deepEqual(wireDateline('Calgary, Alta., March 6, 2025 (CP) — The council met.'), { length: 37, date: '2025-03-06', monthDay: null });
    assert.deepEqual(wireDateline('Calgary (March 6, 2025) - The council met.'), { length: 26, date: '2025-03-06', monthDay: null });
    // a year in the line with no dash or bracket after it: no dateline
    assert.equal(wireDateline('Calgary council met in March 2025 to vote.'), null);
  });

  it('dates in full are read whichever parser reads them: month first, day first, ISO, figures', () => {
    assert.equal(readPublished(`${HEADLINE}\nPublished March 6, 2025\nThe board voted.`), '2025-03-06');
    assert.equal(readPublished(`${HEADLINE}\nPublished 6 March 2025\nThe board voted.`), '2025-03-06');
    assert.equal(readPublished(`${HEADLINE}\nPublished 2025-03-06\nThe board voted.`), '2025-03-06');
    assert.equal(readPublished(`${HEADLINE}\nBy Jane Doe | 2025-03-06\nThe board voted.`), '2025-03-06');
    assert.equal(readPublished(`${HEADLINE}\nPublished 03/06/2025\nThe board voted.`), '2025-03-06');
    assert.equal(latestStatedDate('The pier opened on 6 March 2025 and closed on March 9, 2025.'), '2025-03-09');
  });

  it('the date words before an event word end before the words of its name', () => {
    const sentence = 'Voters turned out for last week’s Kentucky primary.';
    assert.equal(ownDateText(sentence, sentence.indexOf('primary')), 'last week');
    const dated = 'Officials prepared for the Dec. 28 meeting.';
    assert.equal(ownDateText(dated, dated.indexOf('meeting')), 'Dec. 28');
    const named = 'She spoke before the Thursday Security Council meeting.';
    assert.equal(ownDateText(named, named.indexOf('meeting')), 'Thursday');
  });
});

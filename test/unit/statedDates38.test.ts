import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';
import { latestStatedDate } from '../../src/extractor/publishedDate';

/** Session 38: an undated article's weekdays are placed by the date its text states only when the dates it states lie within a week. */
describe('the date an undated article runs by', () => {
  it('dates stated far apart give no reference; close ones give the latest', () => {
    assert.equal(latestStatedDate('They met on Oct. 15, 2024. Applications open on Jan. 6, 2025.'), null);
    assert.equal(latestStatedDate('The fund was unveiled on Oct. 15, 2024, after talks on Oct. 11, 2024.'), '2024-10-15');
    assert.equal(latestStatedDate('No date here.'), null);
  });

  it('"announced … on Tuesday" is undated, not the Tuesday after a deadline the article names', () => {
    const text = 'Ottawa unveils housing fund\n\nOTTAWA — The federal government announced a $2-billion fund on Tuesday to help cities build housing.\n\nMinisters unveiled the fund at a news conference in Ottawa on Oct. 15, 2024. Applications open on Jan. 6, 2025.';
    const events = extractEvents(analyze(text));
    const announcement = events.find((e) => e.kind === 'announcement');
    assert.ok(!announcement || announcement.date === null || announcement.date.startsWith('2024-10'), JSON.stringify(announcement));
    assert.ok(!events.some((e) => e.date === '2025-01-07'), JSON.stringify(events.map((e) => [e.label, e.date])));
  });
});

import { strict as assert } from 'node:assert';
import { latestStatedDate, readPublished, resolveDate } from '../../src/extractor/dates';

describe('dates', () => {
  it('reads the article date from a date line or a dateline', () => {
    assert.equal(readPublished('date 2023-07-10 Text'), '2023-07-10');
    assert.equal(readPublished('Published March 3, 2022\nThe council met.'), '2022-03-03');
    assert.equal(readPublished('The council met on Monday.'), null);
  });

  it('a bare weekday lies behind a past verb and ahead of a future one', () => {
    assert.equal(resolveDate('The ministers met on Monday.', '2024-07-10', 'past')?.date, '2024-07-08');
    assert.equal(resolveDate('The ministers will meet on Monday.', '2024-07-10', 'future')?.date, '2024-07-15');
  });

  it('months and relative phrases keep only the precision the text gives', () => {
    assert.equal(resolveDate('Prices rose last month.', '2024-07-10', 'past')?.date, '2024-06');
    assert.equal(resolveDate('The treaty was signed in June 2022.', null, 'past')?.date, '2022-06');
    assert.equal(resolveDate('It happened in 2019.', null, 'past')?.date, '2019');
  });

  it('a past verb puts a later weekday or month of the reference year behind, not ahead', () => {
    // 2016-03-02 is a Wednesday
    assert.equal(resolveDate('The envoys met on Thursday.', '2016-03-02', 'past')?.date, '2016-02-25');
    assert.equal(resolveDate('The envoys met on Tuesday.', '2016-03-02', 'past')?.date, '2016-03-01');
    assert.equal(resolveDate('The congress was held in May.', '2016-03-02', 'past')?.date, '2015-05');
    assert.equal(resolveDate('The congress will be held in May.', '2016-03-02', 'future')?.date, '2016-05');
    assert.equal(resolveDate('The forum opens Thursday.', '2016-03-02', 'unknown')?.date, '2016-03-03');
  });

  it('reads the tense from the sentence: a future word anywhere, a past verb near the date', () => {
    assert.equal(resolveDate('The envoys met on Thursday.', '2016-03-02')?.date, '2016-02-25');
    assert.equal(resolveDate('The envoys, who arrived late, will meet on Thursday.', '2016-03-02')?.date, '2016-03-03');
    // "narrowed" is a clause away from "Thursday": no tense for the date, so chrono's nearest Thursday
    assert.equal(resolveDate('Heading into Thursday’s vote in the northern provinces, the governor’s lead in the polls narrowed.', '2016-03-02')?.date, '2016-03-03');
  });

  it('the verb nearest the date decides; an auxiliary before a future word is no past', () => {
    assert.equal(resolveDate('The talks were wrapped up on Sunday, and the ministers will sign the deal soon.', '2016-03-02')?.date, '2016-02-28');
    assert.equal(resolveDate('The premier’s Dec. 28 visit to the capital was scheduled weeks ago.', '2016-12-10')?.date, '2016-12-28');
  });

  it('a past day a few days after the reference is a dateline, not last year', () => {
    assert.equal(resolveDate('OSLO, March 4 — The council voted to close the mine.', '2016-03-02')?.date, '2016-03-04');
    assert.equal(resolveDate('The council voted on May 4 to close the mine.', '2016-03-02')?.date, '2015-05-04');
  });

  it('abbreviated months count; lower-case "may" and "march" are no months', () => {
    assert.equal(resolveDate('The ministers met on Dec. 3 in Oslo.', '2016-03-02', 'past')?.date, '2015-12-03');
    assert.equal(resolveDate('He said he may march on the capital.', '2016-03-02', 'past'), null);
  });

  it('a relative date without a reference stays unknown', () => {
    assert.equal(resolveDate('They met on Monday.', null, 'past'), null);
  });

  it('finds the latest full date in a text', () => {
    assert.equal(latestStatedDate('On July 8, 2024 crowds gathered; by 2024-07-09 they left. In 2023 it was quiet.'), '2024-07-09');
  });
});

import { strict as assert } from 'node:assert';
import { latestStatedDate, readPublished, resolveDate } from '../../src/extractor/dates';

describe('dates', () => {
  it('reads the article date from a date line or a dateline', () => {
    assert.equal(readPublished('date 2023-07-10 Text'), '2023-07-10');
    assert.equal(readPublished('Published March 3, 2022\nThe council met.'), '2022-03-03');
    assert.equal(readPublished('The council met on Monday.'), null);
  });

  it('a bare weekday lies behind a past verb and ahead of a future one', () => {
    assert.equal(resolveDate('The ministers met on Monday.', '2024-07-10', false)?.date, '2024-07-08');
    assert.equal(resolveDate('The ministers will meet on Monday.', '2024-07-10', true)?.date, '2024-07-15');
  });

  it('months and relative phrases keep only the precision the text gives', () => {
    assert.equal(resolveDate('Prices rose last month.', '2024-07-10', false)?.date, '2024-06');
    assert.equal(resolveDate('The treaty was signed in June 2022.', null, false)?.date, '2022-06');
    assert.equal(resolveDate('It happened in 2019.', null, false)?.date, '2019');
  });

  it('a relative date without a reference stays unknown', () => {
    assert.equal(resolveDate('They met on Monday.', null, false), null);
  });

  it('finds the latest full date in a text', () => {
    assert.equal(latestStatedDate('On July 8, 2024 crowds gathered; by 2024-07-09 they left. In 2023 it was quiet.'), '2024-07-09');
  });
});

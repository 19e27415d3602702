import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';
import { resolveDate } from '../../src/extractor/dates';
import { readPublished } from '../../src/extractor/publishedDate';

/**
 * Unseen Canadian and US news (session 21): each kind in other words than the articles that
 * showed it.
 */
describe('unseen news 21: the date line of a news site', () => {
  it('a line holding the publication date and the update date ("Updated:" between them) is a date line', () => {
    assert.equal(readPublished('Bridge reopens\n\nBy Lea Moss\nTimes Colonist\nMarch 3, 2025 Updated: March 4, 2025 9:02 a.m.\n\nThe bridge reopened.'), '2025-03-03');
  });

  it('a deck between the headline and the byline leaves the date line inside the header', () => {
    const header = 'Last lighthouse keeper on the lake\n\nAfter thirty years, she is handing the keys to the coast guard. Her son is not sure.\n\nBy Ines Cote\nThe Chronicle Herald\nPublished Tuesday, June 9, 2026\n\nMarie Cote still climbs the 114 steps.';
    assert.equal(readPublished(header), '2026-06-09');
  });

  it('a line of prose with two dates is still no date line', () => {
    assert.equal(readPublished('Court sets June 18, 2024 hearing after May 2, 2024 ruling\n\nThe judge ruled.'), null);
  });
});

describe('unseen news 21: a date something was put off or set to', () => {
  it('"postponed … until Oct. 9" in a past sentence lies ahead of the article', () => {
    assert.equal(resolveDate('The board voted 5-2 to postpone the vote until Oct. 9, the chair said.', '2026-09-25')?.date, '2026-10-09');
    assert.equal(resolveDate('The province announced closures for Friday.', '2026-01-14')?.date, '2026-01-16');
    assert.equal(resolveDate('The premier called the election for Oct. 21.', '2026-09-02')?.date, '2026-10-21');
  });

  it('a past date of a past verb stays in the past', () => {
    assert.equal(resolveDate('The plant closed for good on Friday.', '2026-01-14')?.date, '2026-01-09');
    assert.equal(resolveDate('The vote was held on Oct. 9.', '2026-11-25')?.date, '2026-10-09');
  });

  it('an announcement of what happens on a weekday is dated that coming weekday', () => {
    const text = 'Ice storm shuts schools\n\nPosted: Feb. 4, 2026 6:10 AM\n\nTwo school boards in the region have announced closures for Friday, officials said.';
    const dated = extractEvents(analyze(text), null).filter((e) => e.date);
    assert.deepEqual(dated.map((e) => e.date), ['2026-02-06']);
  });
});

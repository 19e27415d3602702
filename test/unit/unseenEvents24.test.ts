import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents, type LocalEvent } from '../../src/extractor/events';

const HEADLINE = 'Ferry operators brace for a long winter';
/** Events of an article dated by its header (Tuesday 10 March 2026). */
const eventsOf = (body: string): LocalEvent[] => extractEvents(analyze(`${HEADLINE}\n\nPublished 10 March 2026\n\n${body}`));
const kinds = (body: string): string[] => eventsOf(body).map((e) => `${e.kind} ${e.date}`);

/**
 * Unseen news (session 24): events and their dates, each kind in sentences of our own.
 */
describe('unseen events 24: what did not happen', () => {
  it('an event undone by its clause is no event ("was cancelled", "…, planned for May, was called off", "postponed the visit")', () => {
    assert.deepEqual(kinds('A planned summit of ferry operators, set for May, was cancelled on Monday.'), []);
    assert.deepEqual(kinds('A meeting of harbour masters in Oban was postponed indefinitely last week.'), []);
    assert.deepEqual(kinds('The minister postponed her visit to the islands.'), []);
    // the event goes ahead when something else is called off
    assert.deepEqual(kinds('Ferry operators met in Oban on Monday after the strike was called off.'), ['meeting 2026-03-09']);
  });

  it('a possible event is no event ("could hold talks"), a planned one is', () => {
    assert.deepEqual(kinds('The operator said it could hold talks with the crews again if the strike was dropped.'), []);
    assert.deepEqual(kinds('The operator will hold talks with the crews on Friday.'), ['talks 2026-03-13']);
  });
});

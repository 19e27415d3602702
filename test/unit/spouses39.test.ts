import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39: "her husband", "his wife", "his widow" is the one other person the article names by
 * the owner's surname, of the gender the noun tells; not a person of its own ("husband of …").
 */
const speakers = (body: string) => analyze(`Couple honoured for charity work\n\n${body}`).quotes.map((q) => `${q.speaker?.name ?? '?'}: ${q.text}`);

describe('a spouse named by the owner’s surname', () => {
  it('"her husband" after "Tom and Rachel Iverson" is Tom Iverson', () => {
    assert.deepEqual(speakers('Tom and Rachel Iverson were honoured on Tuesday for their charity work.\n\n“It was a surprise,” her husband said.'), ['Tom Iverson: It was a surprise,']);
  });

  it('a first name of the other gender, or two namesakes, is no one’s spouse', () => {
    const [q] = speakers('Leah Morin and Anne Morin were honoured on Tuesday.\n\n“It was a surprise,” her husband said.');
    assert.ok(!q.startsWith('Anne Morin'), q);
    const [r] = speakers('Leah Morin, Paul Morin and Steve Morin were honoured on Tuesday.\n\n“It was a surprise,” her husband said.');
    assert.ok(!r.startsWith('Paul Morin') && !r.startsWith('Steve Morin'), r);
  });
});

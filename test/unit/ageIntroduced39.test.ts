import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * Session 39: someone brought in by age at a sentence's opening ("The 19-year-old driver was
 * taken to hospital") is "the 19-year-old" later, not the person named before, when the article
 * states that age of no named person.
 */
const speakers = (body: string) => analyze(`Crash on Highway 7 injures driver\n\n${body}`).quotes.map((q) => `${q.speaker?.name ?? '?'}: ${q.text}`);

describe('a person brought in by age', () => {
  it('"The 19-year-old driver was taken to hospital. The 19-year-old told reporters …" is not the sergeant named before', () => {
    assert.deepEqual(speakers('OPP Sgt. Kerry Schmidt said a car left the road on Sunday.\n\nThe 19-year-old driver was taken to hospital. The 19-year-old told reporters she was lucky to be alive.'), [
      'Kerry Schmidt: a car left the road on Sunday',
      '?: she was lucky to be alive',
    ]);
  });

  it('a named person stated of that age is still the one meant', () => {
    assert.deepEqual(speakers('Dana Pike, 19, was driving the car, police said.\n\nThe 19-year-old driver was taken to hospital. The 19-year-old told reporters she was lucky to be alive.').slice(-1), [
      'Dana Pike: she was lucky to be alive',
    ]);
  });
});

import { strict as assert } from 'node:assert';
import { tokenize } from '../../src/extractor/tokenizer';
import { wentOnTo } from '../../src/extractor/attribution/plausibleCue';
import { quotesOf } from './helpers';

/** The token list of a sentence, for the tests that read tokens near a list's ends. */
const tokensOf = (text: string) => tokenize(text, 0, text.length);

// Session 42's warm-up changes (speed42a) read the same tokens and make the same objects as before
// in another shape: these pin their answers at the edges they changed.
describe('warm-up 42: the same answers at the edges the changes touch', () => {
  it('"went on to" is read only where all three words stand before the cue, at a sentence\'s start too', () => {
    const at = (text: string, cue: string) => {
      const t = tokensOf(text);
      return wentOnTo(t, t.findIndex((x) => x.lower === cue));
    };
    assert.equal(at('to say it again', 'say'), false);
    assert.equal(at('on to say it again', 'say'), false);
    assert.equal(at('went on to say it again', 'say'), true);
    assert.equal(at('She went on to say it again', 'say'), true);
    assert.equal(at('She moved on to say it again', 'say'), false);
  });

  it('a word with no ASCII letter is tokenised and lower-cased as before (the word hash starts as an int32)', () => {
    const t = tokensOf('Ёлка ÉCOLE École 東京 Żółw said.');
    assert.deepEqual(t.map((x) => x.text), ['Ёлка', 'ÉCOLE', 'École', '東京', 'Żółw', 'said', '.']);
    assert.deepEqual(t.map((x) => x.lower), ['ёлка', 'école', 'école', '東京', 'żółw', 'said', '.']);
  });

  it('a cue in -s right after a sentence-opening "That" is read as before (no token before the list\'s start)', () => {
    const text = 'Mayor Ana Ruiz said the budget was sound. That states the obvious, Ruiz added.';
    assert.ok(quotesOf(text).some((q) => q.who === 'Ana Ruiz'));
  });

  it('a continued answer in an interview keeps its answer\'s speaker, kind and cue', () => {
    const text = [
      'Farmer Ines Okafor has grown cassava near Ibadan for thirty years. We met her at the market.',
      'Q: How was the harvest?',
      'Okafor: Poor. The rains came late and the roots stayed small.',
      'We will plant earlier next year, and hope the rains come with us.',
      'Q: And the prices?',
      'Okafor: They doubled since March.',
    ].join('\n\n');
    const qs = quotesOf(text);
    assert.deepEqual(qs.map((q) => [q.who, q.kind, q.continuation, q.text]), [
      ['Ines Okafor', 'direct', false, 'Poor. The rains came late and the roots stayed small.'],
      ['Ines Okafor', 'direct', true, 'We will plant earlier next year, and hope the rains come with us.'],
      ['Ines Okafor', 'direct', false, 'They doubled since March.'],
    ]);
    // the continued answer is made field by field now: the same fields, in the same order, as its answer
    assert.deepEqual(qs[1].cue, qs[0].cue);
    assert.equal(qs[1].cueClass, qs[0].cueClass);
    assert.deepEqual(Object.keys(qs[1]), Object.keys(qs[0]));
  });
});

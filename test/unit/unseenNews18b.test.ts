import { strict as assert } from 'node:assert';
import { CUE_FORMS } from '../../src/extractor/cues';
import { quotesOf } from './helpers';

/**
 * Faults found on an eighteenth set of unseen news (a central bank's governor, a mayor's posts, a
 * wildfire, a governor who would not say, sentence-case headlines), each as its kind, in other
 * words than the articles that showed them.
 */
const one = (sentence: string): Array<{ who: string | null; text: string }> => quotesOf(`Headline\n\n${sentence}`).map((q) => ({ who: q.who, text: q.text }));

describe('unseen news 18b: British spellings of speech verbs', () => {
  it('a verb in one vowel and "l" has both spellings of -ed and -ing, by rule', () => {
    for (const [word, lemma, form] of [
      ['signalled', 'signal', 'ed'],
      ['signaled', 'signal', 'ed'],
      ['signalling', 'signal', 'ing'],
      ['labelled', 'label', 'ed'],
      ['labeling', 'label', 'ing'],
      ['marvelled', 'marvel', 'ed'],
    ] as const) {
      assert.equal(CUE_FORMS.get(word)?.lemma, lemma, word);
      assert.equal(CUE_FORMS.get(word)?.form, form, word);
    }
  });

  it('no doubled form for a verb whose "l" follows two vowels or a consonant ("railed", "feeling")', () => {
    assert.equal(CUE_FORMS.has('raill'), false);
    assert.equal(CUE_FORMS.has('railled'), false);
    assert.equal(CUE_FORMS.get('railed')?.lemma, 'rail');
    assert.equal(CUE_FORMS.has('feelled'), false);
  });

  for (const sentence of [
    'Deputy Governor Mara Lind signalled that rates would stay on hold until spring.',
    'Deputy Governor Mara Lind signaled that rates would stay on hold until spring.',
  ]) {
    it(`"signalled" and "signaled" are the same cue: ${sentence}`, () => {
      assert.deepEqual(one(sentence), [{ who: 'Mara Lind', text: 'rates would stay on hold until spring' }]);
    });
  }

  it('the British form takes its object as the American one does ("labelled the plan …")', () => {
    assert.deepEqual(one('Councillor Tom Reyes labelled the scheme "a vanity project".'), [{ who: 'Tom Reyes', text: 'the scheme "a vanity project"' }]);
  });

  it('"marvelled" is a verb of manner: a cue beside a quotation only', () => {
    assert.deepEqual(one('"It is like nothing I have seen," marvelled the curator, Jo Hale.').map((q) => q.who), ['Jo Hale']);
    assert.deepEqual(one('Jo Hale marvelled at the size of the crowd.'), []);
  });
});

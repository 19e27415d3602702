/**
 * Kinds of wrong attribution the breaker found in session 62's new rules, each with a near miss.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle } from './helpers';

describe('breaker62: a capitalised word opening "X and local officials said" is a surname as often as a level of government', () => {
  it('keeps a surname out of the officials\' group ("Walker and local officials", "Ford and federal officials")', () => {
    assert.equal(speakerInArticle('Mayor Jim Walker toured the site on Monday. Walker and local officials said the bridge was unsafe.', 'bridge was unsafe'), 'local officials');
    assert.equal(speakerInArticle('Premier Doug Ford spoke briefly. Ford and federal officials said a deal was close.', 'deal was close'), 'federal officials');
    assert.equal(speakerInArticle('White and local officials said the plan was sound.', 'plan was sound'), 'local officials');
  });
  it('near miss: a level of government or another modifier the lexicons know, capitalised at the sentence\'s start, joins the group', () => {
    assert.equal(speakerInArticle('Local and state officials said the roads would reopen Tuesday.', 'roads would reopen'), 'Local and state officials');
    assert.equal(speakerInArticle('Provincial and federal officials said the deal was done.', 'deal was done'), 'Provincial and federal officials');
    assert.equal(speakerInArticle('Senior and junior officials said morale was low.', 'morale was low'), 'Senior and junior officials');
  });
});

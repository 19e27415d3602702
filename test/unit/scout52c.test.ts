/**
 * Kinds of wrong or missing speaker scout52c found in reporting built on words said elsewhere
 * (posts, texts, memoirs, interviews), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

describe('scout52c: a message sent in writing ("“…,” X texted Y", "she emailed") reports its quotation', () => {
  it('"texted", "emailed", "messaged" beside a quotation are cues, and the one written to is no content', () => {
    assert.deepEqual(quotes('“Call me before the vote,” Ann Lee texted Mayor Tom Hale on Friday.'), [['Call me before the vote,', 'Ann Lee']]);
    assert.deepEqual(quotes('Ann Lee runs the firm. “The deal is off,” she emailed a supplier late Tuesday.'), [['The deal is off,', 'Ann Lee']]);
    assert.deepEqual(quotes('Ann Lee messaged her staff: “Nobody talks to the press.”'), [['Nobody talks to the press.', 'Ann Lee']]);
  });
  it('near miss: the noun "texts" and a text sent with no quotation report nothing', () => {
    assert.deepEqual(quotes('The texts show Ann Lee met Tom Hale twice.'), []);
    assert.deepEqual(quotes('Ann Lee texted her brother on Monday.'), []);
  });
});

describe('scout52c: "Washington state", "New York state" name a place; "state" there is no cue', () => {
  it('the speaker of a clause after "a Democrat from Washington state," is the person, never a country', () => {
    assert.deepEqual(quotes('Rep. Ann Lee, a Democrat from Washington state, posted a video in which she called the ruling “cruel.”').map((q) => q[1]), ['Ann Lee']);
    assert.equal(speakerOf('Tom Hale, who grew up in New York state, wrote on X that the bill was “a disgrace.”', 'a disgrace'), 'Tom Hale');
  });
  it('near miss: "state" after names that are people is still their verb', () => {
    assert.deepEqual(quotes('Ann Lee and Tom Hale state that the rules are unfair.').map((q) => q[0]), ['the rules are unfair']);
  });
});

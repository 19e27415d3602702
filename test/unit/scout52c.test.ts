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

describe('scout52c: people counted and placed ("More than 300 physicians from across Canada …, warning") are the speakers, never the place', () => {
  it('a counted group with "from across" or "from around" a place speaks, in a clause of its own and after a participle', () => {
    assert.deepEqual(quotes('More than 300 physicians from across Canada have signed an open letter, warning that patients are skipping pills.'), [['patients are skipping pills', 'physicians']]);
    assert.deepEqual(quotes('At least 12 mayors from around Ontario wrote to the premier, saying the cuts would close libraries.'), [['the cuts would close libraries', 'mayors']]);
    assert.deepEqual(quotes('Nurses from across Alberta said the wards were full.').map((q) => q[1] === 'Alberta'), [false]);
  });
  it('the letter the counted people signed speaks for them, not for the place', () => {
    assert.notEqual(speakerOf('More than 300 physicians from across Canada have signed an open letter.\n\n“No patient should have to choose,” the letter says.', 'No patient'), 'Canada');
  });
  it('near miss: an adverbial that opens with "More" still ends at its comma', () => {
    assert.deepEqual(quotes('More recently, Ann Lee wrote to the premier, saying the cuts would close libraries.'), [['the cuts would close libraries', 'Ann Lee']]);
  });
});

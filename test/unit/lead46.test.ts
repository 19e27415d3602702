/**
 * Kinds of wrong quote or source the lead fixed in session 46, each written in sentences of its
 * own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle } from './helpers';

/** [quote text, speaker name or null] of each quote of article `body`. */
const quotes = (body: string): Array<[string, string | null]> => inArticle(body).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe('lead46: "…, NAME, 54, said Sgt. X." — a person closing the sentence after the cue speaks', () => {
  it('"Officers arrested Tom Hale, 54, said Sgt. Ann Roy." is the sergeant\'s, about Tom Hale', () => {
    assert.deepEqual(quotes('Officers arrested Tom Hale, 54, said Sgt. Ann Roy.'), [['Officers arrested Tom Hale, 54', 'Ann Roy']]);
    assert.deepEqual(quotes('The fire started in the kitchen of Tom Hale, 54, said fire chief Ann Roy.'), [['The fire started in the kitchen of Tom Hale, 54', 'Ann Roy']]);
  });
  it('near miss: a thing said closes the sentence ("said nothing"), or a person is whom the cue takes ("warned Premier Doug Ford")', () => {
    assert.deepEqual(quotes('In Ottawa, Ann Lee, the mayor, said nothing.'), []);
    assert.deepEqual(quotes('On Monday, Ann Lee, the mayor, warned Premier Doug Ford.').map((q) => q[1]), ['Ann Lee']);
  });
  it('near miss: "…, Blunt, after a long pause, said of Cruz." is Blunt\'s', () => {
    assert.equal(quotes('“He had a lot of supporters,” Roy Blunt, after a long pause, said of Ted Cruz.')[0]?.[1], 'Roy Blunt');
  });
});

describe('lead46: two lone surnames joined by "and" speak together', () => {
  it('"Obama and Biden said", "Clinton and Trump said" where neither was named in full: both', () => {
    assert.deepEqual(quotes('“We will win this state,” Obama and Biden said in a joint appearance.'), [['We will win this state,', 'Obama and Biden']]);
    assert.deepEqual(quotes('Clinton and Trump said the debate would go ahead.'), [['the debate would go ahead', 'Clinton and Trump']]);
  });
  it('near miss: a place beside a lone name, a plural noun, or a body\'s list of fields stays one side', () => {
    assert.equal(quotes('Blackpool and Liverpool said the match would go ahead.')[0]?.[1], 'Liverpool');
    assert.equal(quotes('Students and Biden said the debate would go ahead.')[0]?.[1], 'Biden');
    assert.notEqual(quotes('The National Academies of Sciences, Engineering and Medicine noted that immigrants fare well.')[0]?.[1], 'Engineering and Medicine');
  });
});

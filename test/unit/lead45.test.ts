/**
 * Kinds of wrong quote or source the lead fixed in session 45, each written in sentences of its
 * own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle } from './helpers';

/** [quote text, speaker name or null] of each quote of article `body`. */
const quotes = (body: string): Array<[string, string | null]> => inArticle(body).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe('lead45: a speech verb whose object names a thing reports no words', () => {
  it('"conceded the governorship race", "conceded the Democratic nomination to …": a contest given up, with its modifiers', () => {
    assert.deepEqual(quotes('Ada Okafor conceded the governorship race on Tuesday.'), []);
    assert.deepEqual(quotes('Ada Okafor conceded the Democratic nomination to Ben Lee on Friday.'), []);
  });
  it('near miss: "conceded the governorship race was lost" reports a clause', () => {
    assert.deepEqual(quotes('Ada Okafor conceded the governorship race was lost.'), [['the governorship race was lost', 'Ada Okafor']]);
  });
  it('"answered questions for an hour": what was answered, no answer', () => {
    assert.deepEqual(quotes('Police Chief Dana Roy answered questions for an hour on Tuesday.'), []);
  });
  it('near miss: "answered that …" and "answered the critics were wrong" report the answer', () => {
    assert.deepEqual(quotes('Police Chief Dana Roy answered that the force would review the case.'), [['the force would review the case', 'Dana Roy']]);
    assert.deepEqual(quotes('Police Chief Dana Roy answered the critics were wrong.'), [['the critics were wrong', 'Dana Roy']]);
  });
  it('"called Jim Banks on Monday", "a group called Citizens for Trump.": a person phoned, a name given', () => {
    assert.deepEqual(quotes('Governor Ann Ode called Jim Banks on Monday.'), []);
    assert.deepEqual(quotes('Tim Selaty leads a group called Citizens for Trump.'), []);
    assert.deepEqual(quotes('Ann Ode, who called Jim Banks shortly after the vote, stayed home.'), []);
  });
  it('near miss: "called Jim Banks a liar", "called Banks “a coward”" say what he is called', () => {
    assert.deepEqual(quotes('Governor Ann Ode called Jim Banks a liar on Monday.'), [['Jim Banks a liar on Monday', 'Ann Ode']]);
    assert.equal(quotes('Governor Ann Ode called Jim Banks “a coward.”')[0]?.[1], 'Ann Ode');
  });
});

describe('lead45: a person and the one a description introduces after "and" speak together', () => {
  const speaker = (body: string): string | null => inArticle(body).quotes[0]?.speaker?.name ?? null;
  it('"Tom Hale and his wife, Rita Hale, said" is both of them, not Rita alone', () => {
    assert.equal(speaker('Tom Hale and his wife, Rita Hale, said they would rebuild.'), 'Tom Hale and Rita Hale');
  });
  it('"Sen. Ann Ode and her chief of staff, Mark Bell, said", "Tom Hale and a neighbour, Rita Lee, said", "Tom Hale and his wife Rita said"', () => {
    assert.equal(speaker('Sen. Ann Ode and her chief of staff, Mark Bell, said the bill was dead.'), 'Ann Ode and Mark Bell');
    assert.equal(speaker('Tom Hale and a neighbour, Rita Lee, said the road flooded.'), 'Tom Hale and Rita Lee');
    assert.equal(inArticle('Tom Hale and his wife Rita said they would rebuild.').quotes[0]?.speaker?.kind, 'group');
  });
  it('near miss: "Tom Hale\'s wife, Rita Hale, said" is Rita alone; "Tom Hale thanked his wife, Rita Hale, who said" too', () => {
    assert.equal(speaker('Tom Hale\'s wife, Rita Hale, said the road flooded.'), 'Rita Hale');
    assert.equal(speaker('Tom Hale thanked his wife, Rita Hale, who said the road flooded.'), 'Rita Hale');
  });
});

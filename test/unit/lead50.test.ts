/**
 * Kinds of wrong or missing speaker the lead fixed in session 50, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

/** Name|kind of each actor of article `body`. */
const actorsOf = (body: string): string[] => inArticle(body).actors.map((a) => `${a.name}|${a.kind}`);

describe('lead50: "X said … — Y disagreed": a clause after a dash with a report of its own', () => {
  it('the words before the dash are the first speaker\'s, not the one who disagreed', () => {
    assert.deepEqual(quotes('Ann Lee said the plan would work — Linda Moss disagreed.'), [['the plan would work', 'Ann Lee']]);
    assert.deepEqual(quotes('The mayor, Tom Hale, said the bridge would reopen in May — Councillor Linda Moss objected.'), [['the bridge would reopen in May', 'Tom Hale']]);
  });
  it('near miss: a clause with no report of its own before a dash is the words of the one after it', () => {
    assert.deepEqual(quotes('The plan would never work — Linda Moss said.'), [['The plan would never work', 'Linda Moss']]);
  });
});

describe('lead50: "“A,” Ann Lee said, and “b,” Tom Hale added": two quotations a conjunction joins, each with its own speaker', () => {
  it('each quotation goes to the speaker whose reporting clause follows it', () => {
    assert.deepEqual(quotes('“We will rebuild,” Ann Lee said, and “we will do it fast,” Tom Hale added.'), [['We will rebuild,', 'Ann Lee'], ['we will do it fast,', 'Tom Hale']]);
    assert.deepEqual(quotes('“The levy is fair,” Ann Lee said, but “it is far too high,” Tom Hale countered.'), [['The levy is fair,', 'Ann Lee'], ['it is far too high,', 'Tom Hale']]);
    assert.equal(speakerOf('Tom Hale, the owner of the bakery, closed the shop early, and “we will be back on Monday,” his daughter Ann Hale said.', 'back on Monday'), 'Ann Hale');
  });
  it('a sentence that opens on the conjunction keeps it out of the quotation', () => {
    assert.deepEqual(quotes('“We will rebuild,” Ann Lee said. And “we will do it fast,” Tom Hale added.'), [['We will rebuild,', 'Ann Lee'], ['we will do it fast,', 'Tom Hale']]);
  });
  it('near miss: with no reporting clause after it, the second quotation goes on with the first speaker\'s', () => {
    const all = quotes('“We will rebuild,” Ann Lee said, and “we will do it fast.”');
    assert.equal(all.length, 1);
    assert.equal(all[0][1], 'Ann Lee');
    assert.match(all[0][0], /^We will rebuild.*do it fast\.$/);
  });
});

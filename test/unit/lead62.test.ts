/**
 * Kinds of wrong or lost attribution the lead fixed in session 62, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';
import { tokenize } from '../../src/extractor/tokenizer';

describe('lead62: an acronym spelled as "who" ("The WHO warned", "the WHO said") is a body, not a relative pronoun', () => {
  it('gives the words to the body, named in full before or by its acronym alone', () => {
    const article = 'The World Health Organization said cases had doubled.\n\nThe WHO warned that vaccination rates were falling. “We are losing ground,” the WHO said.';
    assert.equal(speakerInArticle(article, 'rates were falling'), 'World Health Organization');
    assert.equal(speakerInArticle(article, 'losing ground'), 'World Health Organization');
    assert.equal(speakerInArticle('Cholera is spreading in the region, the WHO said on Friday.', 'Cholera is spreading'), 'WHO');
  });
  it('near miss: "who" in lower case and "Who" opening a question stay pronouns; a line of capitals keeps the word', () => {
    assert.equal(speakerInArticle('“We need a plan,” said Ana Ruiz, who leads the union.', 'need a plan'), 'Ana Ruiz');
    assert.equal(tokenize('Who said it?', 0, 12)[0].lower, 'who');
    assert.equal(tokenize('WHO SAID IT', 0, 11)[0].lower, 'who');
    assert.equal(tokenize('The WHO said', 0, 12)[1].lower, 'WHO');
  });
});

describe('lead62: a colon closes a "quoting" aside before the quotation it introduces ("said, quoting the mayor: “…”")', () => {
  const pairs = (body: string): Array<[string, string | null]> => inArticle(body).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
  it('leaves the aside out of what was said', () => {
    assert.deepEqual(pairs('Police said Tuesday, citing witnesses: “He ran north.”'), [['He ran north.', 'Police']]);
    assert.deepEqual(pairs('Officials said, quoting the mayor: “We will rebuild.”'), [['We will rebuild.', 'Officials']]);
  });
  it('near miss: a colon after words of the cue\'s own that are no aside keeps them out of an aside\'s reading', () => {
    assert.ok(!pairs('She kept quoting the mayor: “We will rebuild,” at every stop.').some(([text]) => text.startsWith('the mayor')));
  });
});

describe('lead62: "the paper" alone is a newspaper, never the statement of the last body that spoke', () => {
  it('gives the words to the newspaper named before, or to no body that spoke', () => {
    assert.equal(speakerInArticle('The Dover Post reported the vote on Monday.\n\nThe paper said, quoting the mayor: “We will not close the schools.”', 'close the schools'), 'Dover Post');
    assert.notEqual(speakerInArticle('The World Health Organization said cases had doubled.\n\nThe paper said the outbreak began in March.', 'outbreak began'), 'World Health Organization');
  });
  it('near miss: a research paper with a year or an adjective is still the body\'s that released it', () => {
    assert.equal(speakerInArticle('The Center for Tax Research released a paper in 2009 on trading taxes.\n\nAccording to the 2009 paper, the tax would raise $110 billion a year.', 'would raise'), 'Center for Tax Research');
  });
});

/**
 * Faults the breaker found in session 52's new rules, each written in sentences of its own, with a
 * near miss each.
 */
import { strict as assert } from 'node:assert';
import { quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

describe('breaker52: "…, accusing X of “…”" after a text\'s noun is the text\'s accusation, no words of the clause\'s subject', () => {
  it('a column, a post, a tweet that accuses: its words are not given to the person the clause names', () => {
    assert.notEqual(speakerOf('Tom Hale sued the Daily Star over a column, accusing him of “running a Ponzi scheme.”', 'Ponzi scheme'), 'Tom Hale');
    assert.notEqual(speakerOf('Ann Lee, responding to a post on X, accusing her of “hypocrisy,” said she had done nothing wrong.', 'hypocrisy'), 'Ann Lee');
    assert.notEqual(speakerOf('Mayor Ann Lee deleted a tweet, accusing her rival of “outright fraud.”', 'outright fraud'), 'Ann Lee');
  });
  it('near miss: a person\'s own accusation after her clause is still hers', () => {
    assert.deepEqual(quotes('Ana Ruiz took aim at her rival, accusing him of “lying to voters.”'), [['him of “lying to voters.”', 'Ana Ruiz']]);
    assert.equal(speakerOf('Police arrested Tom Hale on Monday, accusing him of “a campaign of harassment” against his neighbours.', 'campaign of harassment'), 'Police');
  });
});

describe('breaker52: an event\'s noun after people in the plural is their verb ("The nurses fight on, saying …")', () => {
  it('people who fight, vote or rally speak in the participle after them', () => {
    assert.equal(speakerOf('The nurses fight on, saying they will not give up.', 'they will not give up'), 'nurses');
    assert.equal(speakerOf('Residents rally every Sunday outside the plant, saying the fumes are “unbearable.”', 'fumes are'), 'Residents');
  });
  it('near miss: an event\'s noun a body\'s name modifies still opens no speaker\'s phrase', () => {
    assert.equal(speakerOf('A contested Liberal nomination race took a turn when lawyer Ann Lee withdrew, saying the process was “rigged.”', 'process was'), 'Ann Lee');
    assert.equal(speakerOf('A bitter Conservative leadership race ended Tuesday when Tom Hale withdrew, saying he was “exhausted.”', 'exhausted'), 'Tom Hale');
  });
});

/**
 * Kinds of missed or wrong attribution scout59b found in environment and climate policy news
 * (pipeline approvals, rulings, assessments), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { quotePairsInArticle, speakerInArticle as speakerOf } from './helpers';

describe('scout59b: an inverted cue before a long name past the phrase\'s length ("said Dr. NAME of the University of X\'s Faculty of Law")', () => {
  it('keeps the quotation and gives it to the person named', () => {
    const body = 'The appeal was heard in May. “The province never asked the people who fish there,” said Dr. Rosa Quint of the University of Manitoba\'s Faculty of Law.';
    assert.equal(speakerOf(body, 'never asked the people'), 'Rosa Quint');
    const curly = 'Few expected the ruling. “It changes every review from now on,” said Professor Len Haig of the University of Regina’s Department of Geography, who was not involved in the case.';
    assert.equal(speakerOf(curly, 'changes every review'), 'Len Haig');
    const ahead = 'Scientists said the study was careful. “The numbers hold up,” said Dr. Omar Salas of the University of Guelph\'s School of Environmental Sciences. “They will hold up again.”';
    assert.equal(speakerOf(ahead, 'numbers hold up'), 'Omar Salas');
    assert.equal(speakerOf(ahead, 'study was careful'), 'Scientists');
  });
  it('near miss: a shorter phrase and one that ends on a lower-case word read as before', () => {
    assert.equal(speakerOf('“It changes every review,” said Dr. Len Haig of the University of Regina.', 'changes every review'), 'Len Haig');
    const pairs = quotePairsInArticle('“It changes every review,” said Dr. Len Haig of the University of Regina\'s law school.');
    assert.deepEqual(pairs.map((p) => p[1]), ['Len Haig']);
  });
});

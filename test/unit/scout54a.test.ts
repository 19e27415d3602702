/**
 * Kinds of wrong speaker scout54a found in arts and culture news (session 54), each written in
 * sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout54a: a pronoun in an opening question put to the main clause\'s subject ("Asked what she hoped …, Whitby paused")', () => {
  it('the pronoun after the question word is the one who answers, and so is the "she said" after it', () => {
    const body = 'Critic Tom Reyes called the show a triumph.\n\nAsked what she hoped audiences would feel, Anna Lind paused. “Joy,” she said.';
    assert.equal(speakerOf(body, 'Joy'), 'Anna Lind');
    assert.equal(speakerOf(body, 'audiences would feel'), 'Anna Lind');
    const him = 'Critic Tom Reyes called the show a triumph.\n\nAsked what he thought fans would make of it, Paul Lind shrugged. “They will love it,” he said.';
    assert.equal(speakerOf(him, 'They will love it'), 'Paul Lind');
  });
  it('the subject may follow the article and a role ("the director Paul Lind")', () => {
    const body = 'Critic Tom Reyes called the show a triumph.\n\nAsked whether he believed the run would be extended, the director Paul Lind said it was too early to tell.';
    assert.equal(speakerOf(body, 'the run would be extended'), 'Paul Lind');
  });
  it('near miss: a main clause whose subject is no one named, or a question with no pronoun, changes nothing', () => {
    assert.equal(speakerOf('Critic Tom Reyes called the show a triumph.\n\nAsked what he thought of it, the crowd cheered. “It was fine,” he said.', 'It was fine'), 'Tom Reyes');
    assert.equal(speakerOf('Critic Tom Reyes called the show a triumph.\n\nAsked about it, he said the run would be extended.', 'the run would be extended'), 'Tom Reyes');
  });
});

describe('scout54a: a body named for its members with a plural possessive ("Canadian Artists’ Representation", "Actors’ Equity Association")', () => {
  it('the possessive and the head after it, or a word and then a body\'s head, are inside the name', () => {
    assert.equal(speakerOf('The Canadian Artists’ Representation, a national advocacy group, said it was “deeply troubled” by the decision.', 'deeply troubled'), 'Canadian Artists’ Representation');
    assert.equal(speakerOf('The Actors’ Equity Association said the walkout would go on.', 'walkout would go on'), 'Actors’ Equity Association');
  });
  it('near miss: a body\'s head after the possessive at once is as before, and an event after one is no body', () => {
    assert.equal(speakerOf('The Ontario Home Builders’ Association said permits were down.', 'permits were down'), 'Ontario Home Builders’ Association');
    assert.equal(speakerOf('The Young Artists’ Spring Show opens Friday, organizer Lena Park said.', 'opens Friday'), 'Lena Park');
  });
});

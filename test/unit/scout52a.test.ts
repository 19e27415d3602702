/**
 * Kinds of wrong or missing speaker found by scout52a in election and campaign coverage, each
 * written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

describe('scout52a: "The returning officer for the riding of Compton said …": the place after "the riding of" is no speaker', () => {
  it('the name after "the city/town/riding of" in an office holder\'s phrase is not who speaks', () => {
    assert.notEqual(speakerOf('The returning officer for the riding of Beauceville said Monday that the count was accurate.', 'count was accurate'), 'Beauceville');
    assert.notEqual(speakerOf('The police chief in the town of Marlow said that the road would stay closed.', 'road would stay closed'), 'Marlow');
    assert.notEqual(speakerOf('The deputy clerk of the federal riding of Pembrook said the ballots were sealed.', 'ballots were sealed'), 'Pembrook');
  });
  it('the office holder\'s phrase is read whole', () => {
    assert.deepEqual(quotes('The mayor of the city of Marlow said Tuesday that the budget was balanced.'), [['the budget was balanced', 'mayor of the city of Marlow']]);
  });
  it('near miss: a named holder keeps the quote, and a place owned by no office stays as before', () => {
    assert.equal(speakerOf('Ana Ruiz, the mayor of the city of Marlow, said that the budget was balanced.', 'budget was balanced'), 'Ana Ruiz');
    assert.deepEqual(quotes('The State of Israel said that it would respond.'), [['it would respond', 'Israel']]);
    assert.deepEqual(quotes('The mayor of Marlow said that the budget was balanced.'), [['the budget was balanced', 'mayor of Marlow']]);
  });
});

describe('scout52a: a riding\'s or a double town\'s name joined by an en dash ("Compton–Stanstead")', () => {
  it('the en dash glued between two names joins one name, not the last word alone', () => {
    assert.deepEqual(quotes('The mayor of Lennox–Aldborough said that the plant would reopen.'), [['the plant would reopen', 'mayor of Lennox–Aldborough']]);
    assert.notEqual(speakerOf('The candidate in Rideau–Vanier North said that the polls were wrong.', 'polls were wrong'), 'Vanier North');
  });
  it('near miss: a score or a span of years with an en dash joins nothing', () => {
    assert.equal(speakerOf('The vote went 52–48. Ana Ruiz said that the motion had failed.', 'motion had failed'), 'Ana Ruiz');
    assert.equal(speakerOf('Between 2010–2015, Ana Ruiz said that the plant had lost money.', 'plant had lost money'), 'Ana Ruiz');
  });
});

describe('scout52a: "A contested Liberal nomination race took a turn when Ann Lee withdrew, saying …": a party\'s name modifying an event is no speaker', () => {
  it('the participle goes to the person of the clause, not to the body whose name modifies the race or the meeting', () => {
    assert.equal(speakerOf('HALIFAX — A bitter Conservative leadership race took a new turn Monday when lawyer Dana Pike withdrew, saying the rules had been “rigged from the start.”\n\nThe Conservative Party of Nova Scotia did not respond.', 'rigged from the start'), 'Dana Pike');
    assert.equal(speakerOf('HALIFAX — The Liberal nomination meeting ended early when Tom Hale walked out, saying the vote was unfair.\n\nThe Liberal Party of Nova Scotia did not respond.', 'vote was unfair'), 'Tom Hale');
  });
  it('near miss: a body\'s own caucus, campaign or name as the subject still speaks', () => {
    assert.equal(speakerOf('HALIFAX — The Liberal caucus met Friday after Tom Hale resigned, saying the party had broken no rules.\n\nThe Liberal Party of Nova Scotia did not respond.', 'broken no rules'), 'Liberal Party of Nova Scotia');
    assert.equal(speakerOf('HALIFAX — The Green Party won two seats on Monday, saying the vote was a breakthrough.', 'was a breakthrough'), 'Green Party');
  });
});

describe('scout52a: "…, accusing Tom Hale of “lying to voters”": an accusation\'s participle whose "of" opens a quotation', () => {
  it('the participle after a comma or after "opened by" reports the words quoted, the clause\'s subject speaking', () => {
    assert.deepEqual(quotes('Ana Ruiz took aim at her rival, accusing him of “lying to voters.”'), [['him of “lying to voters.”', 'Ana Ruiz']]);
    assert.deepEqual(quotes('Councillor Ana Ruiz opened by accusing front-runner Tom Hale of “promising everything and paying for nothing.”'), [['front-runner Tom Hale of “promising everything and paying for nothing.”', 'Ana Ruiz']]);
    assert.equal(speakerOf('Premier Tom Hale spoke first. Ana Ruiz hit back on Tuesday, accusing the premier of “hiding the real numbers.”', 'hiding the real numbers'), 'Ana Ruiz');
  });
  it('near miss: an accusation\'s participle with no quotation reports nothing new', () => {
    assert.deepEqual(quotes('Ana Ruiz spoke on Monday, accusing Tom Hale of lying to voters.'), []);
  });
});

/**
 * Kinds scout55c fixed in session 55 (municipal planning, housing and real estate news), each in
 * sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf, inArticle } from './helpers';

/** The text of the first quote of article `body` holding `words`; undefined when none does. */
const quoteHolding = (body: string, words: string): string | undefined => inArticle(body).quotes.find((q) => q.text.includes(words))?.text;

describe('scout55c: a document opening a clause of its own after a subordinator ("… after a staff report estimated …")', () => {
  it('is not put out by the sentence\'s subject: "The staff report says" later is nobody\'s', () => {
    const body = 'Coun. Nadia Ferris, who represents the ward, raised the matter on Tuesday after a staff report estimated the repairs at $2 million.\n\nThe staff report says the roof was never inspected.';
    assert.equal(speakerOf(body, 'never inspected'), null);
    const audit = 'Mayor Glen Abbot ordered a review of the deal when an audit found gaps in the records.\n\nThe audit says two payments were never approved.';
    assert.equal(speakerOf(audit, 'never approved'), null);
  });
  it('near miss: a document that is the subject\'s own object is still the subject\'s ("X issued a statement … The statement said")', () => {
    const body = 'Coun. Nadia Ferris issued a statement after the vote.\n\nThe statement said the ward had been ignored.';
    assert.equal(speakerOf(body, 'had been ignored'), 'Nadia Ferris');
  });
});

describe('scout55c: "Mayor Pro Tem NAME", "President Pro Tempore NAME": the office is no part of the name', () => {
  it('names the person without "Pro Tem"', () => {
    assert.equal(speakerOf('“We will not wait,” Mayor Pro Tem Dana Ortiz said before the vote.', 'will not wait'), 'Dana Ortiz');
    assert.equal(speakerOf('Senate President Pro Tempore Hal Brandt told reporters the bill was dead.', 'bill was dead'), 'Hal Brandt');
  });
  it('near miss: a plain "Mayor NAME" is as before', () => {
    assert.equal(speakerOf('“We will not wait,” Mayor Dana Ortiz said.', 'will not wait'), 'Dana Ortiz');
  });
});

describe('scout55c: a body\'s chapter after a spaced dash ("The X Association – Calgary Region said")', () => {
  it('is the body, not the place that names its chapter', () => {
    assert.equal(speakerOf('The Urban Builders’ Association – Halton Region said in a statement that permit fees were too high.', 'permit fees'), 'Urban Builders’ Association');
    assert.equal(speakerOf('Approvals are slow. The Landlords’ Federation — Ottawa Region said the delays cost money.', 'delays cost money'), 'Landlords’ Federation');
  });
  it('near miss: a place named after a dateline\'s dash, or a place alone, is as before', () => {
    assert.equal(speakerOf('Ottawa Region said the delays cost money.', 'delays cost money'), 'Ottawa Region');
    assert.equal(speakerOf('HALIFAX — Mayor Ann Boyd said the plan was sound.', 'plan was sound'), 'Ann Boyd');
  });
});

describe('scout55c: "said in written testimony that …": a speech\'s participle after a preposition is an adjective', () => {
  it('finds the clause after "that"', () => {
    assert.equal(speakerOf('The housing commissioner, Rita Dunn, said in written testimony that the city was studying the change.', 'was studying the change'), 'Rita Dunn');
    assert.equal(speakerOf('Omar Pike said in sworn testimony that he never saw the permit.', 'never saw the permit'), 'Omar Pike');
  });
  it('near miss: "wrote that" alone is a cue as before', () => {
    assert.equal(speakerOf('Rita Dunn wrote that the city was studying the change.', 'was studying the change'), 'Rita Dunn');
  });
});

describe('scout55c: "CONTENT, X said DAY, a day after …": a time before or after an event is no clause after the cue', () => {
  it('the content is the clause before the cue', () => {
    const q = quoteHolding('The builder will appeal the refusal, its lawyer Sam Roth said Wednesday, a day after council voted the tower down.', 'will appeal');
    assert.equal(q, 'The builder will appeal the refusal');
    const q2 = quoteHolding('Rents rose 9 per cent in October, the board said, two weeks before the province froze increases.', 'Rents rose');
    assert.equal(q2, 'Rents rose 9 per cent in October');
  });
  it('near miss: a clause after the cue\'s comma that is no time span still goes on ("…, he said, and the city would …")', () => {
    const q = quoteHolding('The tower is too tall, Ann Boyd said Wednesday, and the city would lose at the tribunal.', 'too tall');
    assert.ok(q && q.includes('lose at the tribunal'), String(q));
  });
});

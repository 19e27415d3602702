/**
 * Faults the breaker found in session 55's new rules, each a kind written in sentences of its own,
 * with the rule's own case kept as a near miss.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

const quoteHolding = (body: string, words: string): string | undefined => inArticle(body).quotes.find((q) => q.text.includes(words))?.text;
const kindOf = (body: string, name: string): string | undefined => inArticle(body).actors.find((a) => a.name === name)?.kind;

describe('breaker55: a place by a given name and its head is no speaker when the lone head is someone else', () => {
  it('a lone head that an indefinite appositive introduces is someone met there ("said Park, a city worker")', () => {
    const body = 'Victoria Park reopened Monday after repairs.\n\n“It was overdue,” said Park, a city worker who declined to give her full name.';
    assert.notEqual(speakerOf(body, 'It was overdue'), 'Victoria Park');
    assert.notEqual(kindOf(body, 'Victoria Park'), 'person');
  });
  it('a head that two names of the article end in is neither\'s alone ("Grant Park" beside "Sun-hee Park")', () => {
    const body = 'Grant Park was packed for the rally on Tuesday night.\n\nOrganizer Sun-hee Park said the crowd topped 40,000. “It was electric,” said Park.';
    assert.notEqual(speakerOf(body, 'It was electric'), 'Grant Park');
  });
  it('near miss: the lead\'s case stays a person ("Gerald Hall … said Hall, 68")', () => {
    assert.equal(speakerOf('Gerald Hall has run the sawmill since 1984.\n\n“We never missed a payroll,” said Hall, 68.', 'never missed a payroll'), 'Gerald Hall');
  });
});

describe('breaker55: a region\'s name that is a given name too, before a farm product ("Virginia Corn, a teacher")', () => {
  it('is a person, no producers\' body', () => {
    const body = 'Virginia Corn, a teacher, said the school was flooded. “We lost everything,” Corn said.';
    assert.equal(kindOf(body, 'Virginia Corn'), 'person');
    assert.equal(speakerOf(body, 'lost everything'), 'Virginia Corn');
  });
  it('near miss: "Manitoba Pork" stays a body', () => {
    assert.equal(kindOf('Manitoba Pork said prices fell.', 'Manitoba Pork'), 'organization');
  });
});

describe('breaker55: a spaced dash after a body\'s head, then a person who speaks ("the Fraser Institute – Smith said")', () => {
  it('the person speaks, not the body', () => {
    assert.notEqual(speakerOf('The grant came from the Fraser Institute – Smith said it proves her point.', 'proves her point'), 'Fraser Institute');
  });
  it('near miss: a chapter by its region still is the body\'s', () => {
    assert.equal(speakerOf('The Urban Builders’ Association – Halton Region said in a statement that permit fees were too high.', 'permit fees'), 'Urban Builders’ Association');
  });
});

describe('breaker55: "weeks earlier" before a verb after an aside ("The bank, she said, weeks earlier had warned …")', () => {
  it('goes on with the clause before the aside', () => {
    assert.equal(quoteHolding('The bank, she said, weeks earlier had warned investors about the risk.', 'warned investors'), 'The bank, she said, weeks earlier had warned investors about the risk');
  });
  it('near miss: a time before an event after the cue still ends the content', () => {
    assert.equal(quoteHolding('The vote is set for Tuesday, the clerk said Monday, two weeks after the petition was filed.', 'vote is set'), 'The vote is set for Tuesday');
  });
});

describe('breaker55: an armed service modifying a people noun after "the" ("the Army veteran said")', () => {
  it('is no body that speaks: the veteran does', () => {
    assert.equal(speakerOf('“We were abandoned,” said the Army veteran, who asked not to be named.', 'abandoned'), 'Army veteran');
  });
  it('near miss: "the Navy said" is the Navy\'s', () => {
    assert.equal(speakerOf('“We do not comment on operations,” the Navy said.', 'comment on operations'), 'Navy');
  });
});

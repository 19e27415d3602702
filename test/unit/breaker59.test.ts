/**
 * Kinds of wrong attribution the breaker found in session 59's new rules, each written in sentences
 * of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('breaker59: a trade\'s acronym before a description\'s noun ("Tesla said … The EV maker said")', () => {
  it('is the field of the body that spoke before, not another body\'s name', () => {
    assert.equal(speakerOf('Tesla cut prices on Monday.\n\nTesla said demand remained strong. The EV maker said it expected deliveries to grow.', 'deliveries to grow'), 'Tesla');
    assert.equal(speakerOf('OpenAI released a new model on Tuesday.\n\nOpenAI said the model was its best. The AI company said it would open the model to customers.', 'open the model'), 'OpenAI');
    assert.equal(speakerOf('CBC announced 600 job cuts on Monday.\n\nThe TV network said the cuts would be spread over two years.', 'spread over two years'), 'CBC');
  });
  it('near miss: a body\'s acronym still names another body ("Frontex said … The U.N. refugee agency said")', () => {
    assert.equal(speakerOf('Frontex said 40 migrants were rescued off Crete.\n\nThe U.N. refugee agency said the toll could rise.', 'toll could rise'), 'U.N. refugee agency');
  });
});

describe('breaker59: plural people, a thinking verb and a clause after "if", "when" or in a question ("If investors think rates will rise, …")', () => {
  it('is a supposition or a question, no one\'s view', () => {
    assert.equal(speakerOf('If many investors think rates will rise, bonds will fall.', 'rates will rise'), undefined);
    assert.equal(speakerOf('When residents believe a storm will hit, they stock up on water.', 'storm will hit'), undefined);
    assert.equal(speakerOf('Do voters believe the economy will improve?', 'economy will improve'), undefined);
  });
  it('near miss: the same people and verb opening a statement are its speakers', () => {
    assert.equal(speakerOf('Some economists believe rates will fall in the spring.', 'rates will fall'), 'economists');
    assert.equal(speakerOf('Markets were calm, and investors think a cut could happen soon.', 'could happen soon'), 'investors');
  });
});

describe('breaker59: a role\'s "of" phrase ending in a trade\'s noun, then a name ("said a partner of the law firm Miller Thomson")', () => {
  it('the name is the firm\'s own, no person who holds the role', () => {
    assert.notEqual(speakerOf('“It is a good fit,” said a partner of the law firm Miller Thomson.', 'good fit'), 'Miller Thomson');
    assert.notEqual(speakerOf('“We are pleased,” said a lawyer of the firm Baker McKenzie.', 'are pleased'), 'Baker McKenzie');
  });
  it('near miss: after a council\'s or a board\'s noun the name is the role\'s holder', () => {
    assert.equal(speakerOf('“We will vote in May,” said chair of the board Joe Ruiz.', 'vote in May'), 'Joe Ruiz');
    assert.equal(speakerOf('The head of the council Dan Ives said the vote stands.', 'vote stands'), 'Dan Ives');
  });
});

describe('breaker59: a country, a press noun and a person\'s noun ("A U.S. media executive said")', () => {
  it('is a person of the trade, not read as an unnamed outlet', () => {
    assert.equal(speakerOf('A U.S. media executive said the merger was good.', 'merger was good'), 'U.S. media executive');
  });
  it('near miss: the press noun as the head is an unnamed outlet, no speaker', () => {
    assert.equal(speakerOf('A U.S. newspaper reported that the embassy had closed.', 'embassy had closed'), null);
  });
});

/**
 * Faults the breaker found in session 58's new rules, each with a near miss.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('breaker58: "identified herself as" a faith, a nation, a party or someone\'s relative names no one', () => {
  it('after an inverted cue, the speaker is the person described, not the word after "as"', () => {
    assert.equal(speakerOf('“It frightened me,” said a woman who identified herself as Jewish.', 'It frightened me'), 'woman');
    assert.equal(speakerOf('“It frightened me,” said a woman who identified herself as Canadian.', 'It frightened me'), 'woman');
    assert.equal(speakerOf('“We were scared,” said a tenant who identified herself as Ortiz\'s sister.', 'We were scared'), 'tenant');
    assert.equal(speakerOf('“We were scared,” said a tenant who asked to be identified only as Maria Garcia\'s cousin.', 'We were scared'), 'tenant');
  });
  it('one word no given name after "identified herself as", with no "only", is what she is ("Ojibwe", "MAGA")', () => {
    assert.equal(speakerOf('“It frightened me,” said a woman who identified herself as Ojibwe.', 'It frightened me'), 'woman');
    assert.equal(speakerOf('“It frightened me,” said a woman who identified herself as MAGA.', 'It frightened me'), 'woman');
    assert.equal(speakerOf('“It frightened me,” said a woman who identified herself only as Hernandez.', 'It frightened me'), 'Hernandez');
  });
  it('before the cue, too', () => {
    assert.equal(speakerOf('A woman who identified herself as Jewish said the rally frightened her.', 'rally frightened'), 'woman');
    assert.equal(speakerOf('A woman, who identified herself only as Jewish, said the rally frightened her.', 'rally frightened'), 'woman');
  });
  it('near miss: a name given is still the speaker\'s', () => {
    assert.equal(speakerOf('“It was terrifying,” said a resident who asked to be identified only as Maria.', 'It was terrifying'), 'Maria');
    assert.equal(speakerOf('“We were scared,” said a tenant who identified himself as Steve from Toronto.', 'We were scared'), 'Steve');
    assert.equal(speakerOf('A woman who identified herself only as Colleen said the line was too long.', 'line was too long'), 'Colleen');
  });
});

describe('breaker58: a gerund after "believes" or "thinks" opens the reported clause as its subject', () => {
  it('the clause is reported, its speaker the thinker', () => {
    assert.equal(speakerOf('Ann Lee believes raising the minimum wage helps workers.', 'minimum wage helps'), 'Ann Lee');
    assert.equal(speakerOf('Ann Lee thinks cutting the budget, as the mayor wants, would hurt schools.', 'cutting the budget'), 'Ann Lee');
    assert.equal(speakerOf('Ann Lee thinks putting the money into transit makes sense.', 'into transit makes sense'), 'Ann Lee');
  });
  it('near miss: "feared losing her job" fears a thing and reports no clause', () => {
    assert.equal(speakerOf('Ann Lee feared losing her job.', 'losing her job'), undefined);
  });
});

/**
 * Kinds of wrong or missed attribution scout 58c found in local-election and city-hall news, each
 * written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

describe('scout58c: a person who "identified herself only as NAME" or "asked to be identified only as NAME" is NAME', () => {
  it('before the cue, with or without commas', () => {
    assert.equal(speakerOf('A man who identified himself only as Hector said the crosswalk was dangerous.', 'crosswalk was dangerous'), 'Hector');
    assert.equal(speakerOf('One tenant, who identified herself as Noor, told council her rent had doubled.', 'rent had doubled'), 'Noor');
    assert.equal(speakerOf('A cyclist who asked to be identified only as Benoit said the lane ends without warning.', 'lane ends without warning'), 'Benoit');
  });
  it('after an inverted cue', () => {
    assert.equal(speakerOf('“Nobody plows our street,” said a resident who asked to be identified only as Ingrid.', 'Nobody plows our street'), 'Ingrid');
    assert.equal(speakerOf('“The bus never comes,” said one rider, who gave her name only as Fatou.', 'bus never comes'), 'Fatou');
    assert.equal(speakerOf('“We were never asked,” said a neighbour who gave only his first name, Otto.', 'never asked'), 'Otto');
  });
  it('near miss: a name the clause gives someone else stays theirs', () => {
    assert.notEqual(speakerOf('“The bus never comes,” said a driver who picked up a man identified as Otto.', 'bus never comes'), 'Otto');
    assert.notEqual(speakerOf('The officer who stopped a man who identified himself as Otto said the car was stolen.', 'car was stolen'), 'Otto');
    assert.notEqual(speakerOf('“We were never asked,” said a neighbour who gave the shop\'s name, Blue Heron.', 'never asked'), 'Blue Heron');
  });
});

describe('scout58c: a weak title before a given name and a surname that is a place head ("Trustee Yvonne Park")', () => {
  it('is that person, and the surname alone later is the same person', () => {
    const body = 'Trustee Hannah Park said the board would review the bus routes.\n\n“We owe parents an answer,” Park said.';
    assert.equal(speakerOf(body, 'review the bus routes'), 'Hannah Park');
    assert.equal(speakerOf(body, 'owe parents an answer'), 'Hannah Park');
    assert.equal(speakerOf('“The levy will pass,” said Supervisor Martin Hall.', 'levy will pass'), 'Martin Hall');
    assert.equal(speakerOf('Westgate Middle School Principal Lorna Lake told trustees the gym was unsafe.', 'gym was unsafe'), 'Lorna Lake');
  });
  it('near miss: a park known by name, or one with no given name, stays a place', () => {
    const known = inArticle('The march ended at Teacher Victoria Park on Sunday, organizers said.');
    assert.ok(!known.actors.some((a) => a.kind === 'person' && a.name === 'Victoria Park'));
    const noGiven = inArticle('Crews closed Trustee Riverside Park on Monday, the city said.');
    assert.ok(!noGiven.actors.some((a) => a.kind === 'person' && /Riverside Park/.test(a.name)));
  });
});

/**
 * Wrong speakers breaker54 found in session 54's new attribution rules, each with a near miss.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('breaker54: a country before a body\'s noun ("The U.K. agency said") after a body whose nation nothing tells', () => {
  it('is not that body when the article names no body of another nation to tell it from', () => {
    const faa = 'The Federal Aviation Administration said it grounded the jets.\n\nThe U.K. agency said it would follow.';
    assert.notEqual(speakerOf(faa, 'it would follow'), 'Federal Aviation Administration');
    const caa = 'The Civil Aviation Authority said it grounded the jets.\n\nThe U.S. agency said it would follow.';
    assert.notEqual(speakerOf(caa, 'it would follow'), 'Civil Aviation Authority');
  });
  it('near miss: beside a body of another nation, the one whose nation nothing tells is the nation\'s', () => {
    const body = 'The Federal Railroad Administration said it would inspect the bridge. Transport Canada said it was waiting for the findings.\n\nThe U.S. agency said inspectors would arrive on Monday.';
    assert.equal(speakerOf(body, 'arrive on Monday'), 'Federal Railroad Administration');
  });
});

describe('breaker54: "Asked whether she …, NAME, her lawyer, said": the pronoun is not the subject whose aside names her', () => {
  it('what "she" told is not the lawyer\'s', () => {
    const body = 'Maria Gomez, 34, was charged with fraud.\n\nAsked whether she told investigators that she had forged the cheques, Diane Cole, her lawyer, said her client would plead not guilty.';
    assert.notEqual(speakerOf(body, 'forged the cheques'), 'Diane Cole');
  });
  it('near miss: with no such aside the question is put to the subject', () => {
    const body = 'Maria Gomez, 34, was charged with fraud.\n\nAsked whether she told investigators that she had seen the car, Diane Cole, a neighbour, said she could not remember.';
    assert.equal(speakerOf(body, 'seen the car'), 'Diane Cole');
  });
});

describe('breaker54: a letter read out that the reader wrote ("read a letter he wrote")', () => {
  it('is the reader\'s, where the writer is the reader\'s own pronoun', () => {
    assert.equal(speakerOf('Mark Hale read a letter he wrote to his son. “I am proud of you,” the letter said.', 'proud of you'), 'Mark Hale');
  });
  it('near miss: another\'s letter, or a pronoun of the other gender, is no one\'s guess', () => {
    assert.equal(speakerOf('Mark Hale read aloud a letter his mother wrote to him. “I am proud of you,” the letter said.', 'proud of you'), null);
    assert.equal(speakerOf('Mark Hale read a letter she wrote to him in 1990. “Come home,” the letter said.', 'Come home'), null);
  });
});

describe('breaker54: a description with a trade after a lone name shown a body ("Brightwell said it …. The chemical firm said")', () => {
  it('is not that body: the trade is one its words never gave it', () => {
    const body = 'Brightwell said it would close two stores in March.\n\n“Our plant is safe,” the chemical firm said.';
    assert.notEqual(speakerOf(body, 'plant is safe'), 'Brightwell');
  });
  it('near miss: a bare "the company" is that body', () => {
    const body = 'Brightwell said it would close two stores in March.\n\n“We regret the loss of jobs,” the company said.';
    assert.equal(speakerOf(body, 'regret the loss'), 'Brightwell');
  });
});

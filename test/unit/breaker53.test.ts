/**
 * Kinds of wrong speaker the breaker found in session 53's new rules, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { assertLinear, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

describe('breaker53: a named owner\'s claim that is a clause\'s subject, not an object taken up', () => {
  it('a claim after a complementiser "that", or with a verb of its own after its quotation, is the cue\'s subject\'s', () => {
    assert.equal(speakerOf('Tom Hale noted that Rita Moss\'s claim that the deficit was “under control” was false.', 'under control'), 'Tom Hale');
    assert.equal(speakerOf('Tom Hale replied that Rita Moss\'s claim that he “lied” was baseless.', 'lied'), 'Tom Hale');
    assert.equal(speakerOf('Tom Hale noted Rita Moss\'s claim that the deficit was “under control” was false.', 'under control'), 'Tom Hale');
    assert.equal(speakerOf('Tom Hale hopes Rita Moss\'s promise that the school will “stay open” holds.', 'stay open'), 'Tom Hale');
  });
  it('a claim whose clause another reports after its quotation is not the owner\'s alone', () => {
    assert.notEqual(speakerOf('The union disputed Rita Moss\'s statement that wages were “competitive,” Tom Hale said.', 'competitive'), 'Rita Moss');
  });
  it('a day\'s statement is no one\'s claim', () => {
    assert.equal(speakerOf('Tom Hale noted Tuesday\'s statement that prices would rise “sharply.”', 'sharply'), 'Tom Hale');
  });
  it('near miss: a claim taken up as an object, its clause ending with its quotation, stays the owner\'s', () => {
    assert.equal(speakerOf('Auditors rejected Rita Moss\'s claim that the deficit was “under control.”', 'under control'), 'Rita Moss');
    assert.equal(speakerOf('Tom Hale denied Rita Moss\'s allegation that he had “lied to council.”', 'lied to council'), 'Rita Moss');
  });
});

describe('breaker53: the one who takes up a claim goes on speaking in the sentence', () => {
  it('a participle after an owned claim is the cue\'s subject\'s, not the owner\'s', () => {
    const pairs = quotes('Tom Hale rejected Rita Moss\'s claim that the deficit was “under control,” saying, “The numbers are clear.”');
    assert.deepEqual(pairs.map(([, who]) => who), ['Rita Moss', 'Tom Hale']);
    assert.notEqual(speakerOf('The senator mocked Trump\'s claim that the wall was “fully paid for,” calling it a lie.', 'a lie'), 'Trump\'s');
  });
});

describe('breaker53: a finding come upon on the ground, closing its sentence, is no report', () => {
  it('"…, the police found." and "…, divers found." report no one\'s words', () => {
    assert.deepEqual(quotes('The house was empty, the police found.'), []);
    assert.deepEqual(quotes('The body was in the river, divers found.'), []);
  });
  it('near miss: a study\'s finding closing its sentence is its authors\'', () => {
    assert.equal(speakerOf('The drug cut deaths by a third, the researchers found.', 'cut deaths'), 'researchers');
  });
});

describe('breaker53: a description of a state\'s body repeated through one paragraph', () => {
  it('resolves in time linear in the paragraph\'s length ("The B.C. regulator said the Ontario Securities Commission and the Ohio agency." thousands of times)', function () {
    this.timeout(180000);
    // (the lede's role holder read every mention of the paragraph for each description, with no paragraph after it to name one)
    const para = (n: number) => 'Headline for the story\n\n' + 'The B.C. regulator said the Ontario Securities Commission and the Ohio agency. '.repeat(n);
    assert.doesNotThrow(() => analyze(para(200)));
    assertLinear(para, 5000);
  });
});

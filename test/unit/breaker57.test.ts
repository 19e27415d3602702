/**
 * Kinds of wrong attribution and slow reading the breaker found in session 57's new rules, each
 * written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerInArticle as speakerOf } from './helpers';

describe('breaker57: a name "identified as" or "gave his name as" in a clause not the subject\'s own', () => {
  it('is not the speaker: the subject is', () => {
    assert.equal(speakerOf('The officer who arrested a man identified as Darren said he resisted.', 'he resisted'), 'officer');
    assert.equal(speakerOf('A woman whose son gave his name as Darren said the shelter was full.', 'shelter was full'), 'woman');
  });
  it('near miss: the subject\'s own clause gives the speaker\'s name', () => {
    assert.equal(speakerOf('A man who gave his name as Darren said he had slept outside for weeks.', 'slept outside'), 'Darren');
    assert.equal(speakerOf('Outside the shelter, a man who gave his name as Darren said he had slept outside for weeks.', 'slept outside'), 'Darren');
  });
});

describe('breaker57: a body\'s or a thing\'s noun shaped as an agent\'s, placed by a town ("A shelter in Halifax said")', () => {
  it('is no person a later "she said" means', () => {
    assert.notEqual(speakerOf('A shelter in Halifax said it was full. “We turn people away every night,” she said.', 'turn people away'), 'shelter in Halifax');
    assert.notEqual(speakerOf('A computer in Halifax said the system failed. “It is down,” she said.', 'It is down'), 'computer in Halifax');
  });
  it('near miss: one worker placed by a town is still that person', () => {
    assert.equal(speakerOf('A teller in Halifax said the branch would close.', 'branch would close'), 'teller in Halifax');
  });
});

describe('breaker57: a line of ministries\' lists with "of the", no full stop', () => {
  it('reads in time linear in its length', function () {
    this.timeout(60000);
    const unit = 'Ministry of the Environment, Conservation and ';
    const started = Date.now();
    analyze(unit.repeat(3000));
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });
  it('near miss: one such ministry is still one body', () => {
    assert.equal(speakerOf('A spokesperson for the Ministry of the Environment, Conservation and Parks said the spill was contained.', 'spill was contained'), 'Ministry of the Environment, Conservation and Parks');
  });
});

describe('breaker57: a name after kin or a lawyer "for" people in the plural, or with another\'s death in its aside', () => {
  it('is the one before the comma, who speaks by name', () => {
    assert.equal(speakerOf('The lawyer for the families, Tom Reid, whose son died in the fire, said the city was negligent.', 'city was negligent'), 'Tom Reid');
  });
  it('near miss: the family of "one of" the patients, the named one dead, still speaks', () => {
    assert.equal(speakerOf('The family of one of the patients, 37-year-old Lisa Moreau, who died in 2023, said the hospital failed her.', 'hospital failed her'), 'family of one of the patients');
  });
});

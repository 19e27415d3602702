/**
 * Kinds of wrong attribution scout59c found in international wire copy (summits, refugees, UN
 * votes), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout59c: a description with another body\'s acronym before its noun ("The U.N. refugee agency said") after a body that spoke', () => {
  it('is not the body that spoke before', () => {
    const border = 'Frontex said in a statement that its aircraft had “done its duty.”\n\nThe U.N. refugee agency said the shelter was “not fit for people.”';
    assert.notEqual(speakerOf(border, 'not fit for people'), 'Frontex');
    const cross = 'The Red Cross said its teams had reached the valley.\n\nThe WHO agency said cholera cases were “rising fast.”';
    assert.notEqual(speakerOf(cross, 'rising fast'), 'Red Cross');
    const lower = 'Oxfam said its trucks were waiting at the border. The UN aid agency said the road was “too dangerous.”';
    assert.notEqual(speakerOf(lower, 'too dangerous'), 'Oxfam');
  });
  it('near miss: a description without an acronym, or with the body\'s own, still means the body that spoke', () => {
    const plain = 'Frontex said in a statement that its aircraft had “done its duty.”\n\nThe agency said it had “offered further help.”';
    assert.equal(speakerOf(plain, 'offered further help'), 'Frontex');
    const own = 'The Federal Aviation Administration said the runway was closed. The FAA agency said it was “reviewing the tapes.”';
    assert.equal(speakerOf(own, 'reviewing the tapes'), 'Federal Aviation Administration');
    const nation = 'The U.S. Food and Drug Administration said the drug was safe.\n\nThe U.S. agency said it would “keep watching.”';
    assert.equal(speakerOf(nation, 'keep watching'), 'U.S. Food and Drug Administration');
  });
});

describe('scout59c: "COUNTRY\'s Foreign Ministry" beside another country\'s "DEMONYM Foreign Ministry"', () => {
  it('is not folded into the other country\'s ministry', () => {
    const body = 'Peru\'s Foreign Ministry said the envoy had been “called home for talks.”\n\nThe Chilean Foreign Ministry said it regretted the decision.';
    assert.notEqual(speakerOf(body, 'called home for talks'), 'Chilean Foreign Ministry');
    const defence = 'Egypt\'s Defence Ministry said the drone fell “outside our borders.”\n\nThe Sudanese Defence Ministry said it was tracking the flight.';
    assert.notEqual(speakerOf(defence, 'outside our borders'), 'Sudanese Defence Ministry');
  });
  it('near miss: the same country\'s ministry by its possessive, and a bare "the Coast Guard", still join the body', () => {
    const same = 'Peru\'s Foreign Ministry said the envoy had been “called home for talks.”\n\nThe Peruvian Foreign Ministry said it regretted the decision.';
    assert.equal(speakerOf(same, 'called home for talks'), 'Peruvian Foreign Ministry');
    const bare = 'The Canadian Coast Guard said the ship sank.\n\nThe Coast Guard said it had “rescued the crew.”';
    assert.equal(speakerOf(bare, 'rescued the crew'), 'Canadian Coast Guard');
  });
});

describe('scout59c: a country by its name or initials before a press noun ("A U.S. newspaper reported", "U.S. media said")', () => {
  it('is where an unnamed outlet is, not the country speaking', () => {
    assert.notEqual(speakerOf('A U.S. newspaper reported on Sunday that the two envoys had “met twice in Oman.”', 'met twice in Oman'), 'United States');
    assert.notEqual(speakerOf('A report in a U.K. newspaper said the minister would “step down by March.”', 'step down by March'), 'United Kingdom');
    assert.notEqual(speakerOf('U.S. media said the ship had been “boarded at dawn.”', 'boarded at dawn'), 'United States');
  });
  it('near miss: the country\'s officials, or the country itself, still speak', () => {
    assert.equal(speakerOf('The U.S. said the ship had been “boarded at dawn.”', 'boarded at dawn'), 'United States');
    assert.notEqual(speakerOf('U.S. officials said the ship had been “boarded at dawn.”', 'boarded at dawn'), null);
  });
});

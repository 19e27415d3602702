/**
 * Kinds of wrong or missing speaker scout53c found in unseen science, medicine and research news
 * (session 53), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

describe('scout53c: a body\'s name with a serial comma inside a speaker\'s appositive ("a biologist at the School of Marine, Atmospheric, and Earth Science, said")', () => {
  it('the list\'s pieces are the body\'s name; the person before the appositive speaks', () => {
    assert.equal(speakerOf('Dr. Nell Varga, a geologist at the Faculty of Mines, Metals, and Energy, said the core samples were intact.', 'core samples'), 'Nell Varga');
    assert.equal(speakerOf('Omar Fitch, the dean of the College of Arts, Humanities, and Social Sciences, said enrolment had doubled.', 'enrolment had doubled'), 'Omar Fitch');
    assert.equal(speakerOf('Prof. Ida Rahm, who directs the Institute of Ocean, Ice, and Atmosphere Studies, said the buoys had drifted.', 'buoys had drifted'), 'Ida Rahm');
  });
  it('near miss: people listed after a role, and places listed after a verb, stay as they were', () => {
    assert.equal(speakerOf('The chair of the board, Tom Hale, and Ann Lee, said the vote passed.', 'vote passed'), 'Tom Hale');
    assert.equal(speakerOf('Rita Oduya, who studied at Harvard, Yale, and Princeton, said the test failed.', 'test failed'), 'Rita Oduya');
    assert.equal(speakerOf('Ann Lee, head of the Kenya Medical Practitioners, Pharmacists and Dentists Union, said the strike would go on.', 'strike would go on'), 'Ann Lee');
  });
});

describe('scout53c: a finding told before its finders ("…, the researchers found.")', () => {
  it('a report verb in the past that closes the sentence after a comma and a short subject reports the clause before it', () => {
    assert.equal(speakerOf('Infections fell by a fifth in the treated wards, the researchers found.', 'Infections fell'), 'researchers');
    assert.equal(speakerOf('Children who slept less scored lower on memory tests, the authors concluded.', 'scored lower'), 'authors');
    assert.equal(speakerOf('The older cohort gained the most, investigators found.', 'older cohort'), 'investigators');
  });
  it('near miss: "found" with its object, or inside a clause that goes on, reports nothing', () => {
    assert.equal(speakerOf('Hikers found the missing dog near the lake.', 'missing dog'), undefined);
    assert.equal(speakerOf('The man who found the wallet returned it, and the owner thanked him.', 'returned it'), undefined);
  });
});

describe('scout53c: a body named by a head in the plural, "for" and two fields joined by "and" ("Centers for Disease Control and Prevention")', () => {
  it('the "and" goes on with the body\'s name, as after a head in the singular', () => {
    assert.equal(speakerOf('The Centers for Disease Control and Prevention said the risk remained low.', 'risk remained low'), 'Centers for Disease Control and Prevention');
    assert.equal(speakerOf('The Institutes for Marine and Coastal Research said the buoys failed.', 'buoys failed'), 'Institutes for Marine and Coastal Research');
  });
  it('near miss: a person\'s name after the "and" is no part of the body\'s name, whether its head is plural or not', () => {
    const names = inArticle('The National Institutes of Health and Ann Lee said the plan was sound. The Department of Health and Rita Oduya said it too.').actors.map((a) => a.name);
    assert.ok(!names.some((n) => / and (Ann|Rita)/.test(n)), names.join('; '));
    assert.ok(names.includes('Department of Health'), names.join('; '));
  });
});

describe('scout53c: the one name a source gives, then the reason it is all ("who asked to be identified only by his first name, Greg, because of …, said")', () => {
  it('the name before the reason aside speaks', () => {
    assert.equal(speakerOf('One caller, who asked to be identified only by her first name, Marta, because of her job, said the line was busy.', 'line was busy'), 'Marta');
    assert.equal(speakerOf('A miner, who gave only his first name, Ruben, for fear of losing work, said the shaft flooded.', 'shaft flooded'), 'Ruben');
  });
  it('near miss: a reason aside with no name given before it leaves the description as it was', () => {
    assert.equal(speakerOf('A tenant, who moved in last May, because of the rent, said the heat failed.', 'heat failed'), 'tenant');
    assert.equal(speakerOf('A nurse, who gave only her first name, Rosa, said the ward was full.', 'ward was full'), 'Rosa');
  });
});

describe('scout53c: a plural noun and its relative clause with "that" open the sentence ("Firms that build chips said …")', () => {
  it('the plural noun speaks, no word of its clause', () => {
    assert.equal(speakerOf('Clinics that offer the test said demand had tripled.', 'demand had tripled'), 'Clinics');
    assert.equal(speakerOf('Unions that represent nurses have said the shifts are too long.', 'shifts are too long'), 'Unions');
    assert.equal(speakerOf('Hospitals that sequence the virus say the variant is spreading.', 'variant is spreading'), 'Hospitals');
  });
  it('near miss: "that" as a determiner before a time, and a "that" clause after a cue, stay as they were', () => {
    assert.equal(speakerOf('Officials that day said the bridge was safe.', 'bridge was safe'), 'Officials');
    assert.equal(speakerOf('Critics say that clinics that offer the test are overwhelmed.', 'overwhelmed'), 'Critics');
  });
});

import { strict as assert } from 'node:assert';
import { actorNames, inArticle, speakerInArticle as speaker } from './helpers';
import { analyze } from '../../src/extractor/analyze';

/** Session 46's names the extractor got wrong on unseen Canadian and US news (scout46d): each kind with a near miss. */
describe('scout46d: a title, a given name and a surname that is a state\'s name ("Coach Paul Washington") is a person', () => {
  const game = (who: string, surname: string): string => `The Tigers lost again on Friday.\n\n${who} was blunt.\n\n“We did not play well enough to win,” ${surname} said.`;
  it('the quote is the coach\'s, not the United States\'', () => {
    assert.equal(speaker(game('Coach Paul Washington', 'Washington'), 'play well'), 'Paul Washington');
    assert.equal(speaker(game('Trainer Ann Victoria', 'Victoria'), 'play well'), 'Ann Victoria');
    assert.deepEqual(actorNames(inArticle(game('Coach Paul Washington', 'Washington')), 'organization'), []);
  });
  it('near miss: a province\'s agency named by common words and the province stays a body', () => {
    const a = inArticle('Legal Aid Ontario said the cuts would hurt clients.');
    assert.ok(actorNames(a, 'organization').includes('Legal Aid Ontario'), actorNames(a).join(', '));
    assert.deepEqual(actorNames(a, 'person'), []);
  });
});

describe('scout46d: a title in the plural before two given names and one surname ("Drs. Priya and Anil Mehta")', () => {
  it('names two people of that surname, and a later "she" is the woman', () => {
    const body = 'Drs. Priya and Anil Mehta opened the clinic in 2010.\n\nShe said the town needed it. “We had no choice,” she said.';
    assert.deepEqual(actorNames(inArticle(body), 'person').sort(), ['Anil Mehta', 'Priya Mehta']);
    assert.equal(speaker(body, 'no choice'), 'Priya Mehta');
    assert.deepEqual(actorNames(inArticle('Sens. Maria and Tom Lind wrote to the agency.'), 'person').sort(), ['Maria Lind', 'Tom Lind']);
  });
  it('near miss: two full names after the title stay two people of their own', () => {
    const body = 'Sens. Maria Cantwell and Patty Murray wrote to the agency. Murray said it was late.';
    assert.deepEqual(actorNames(inArticle(body), 'person').sort(), ['Maria Cantwell', 'Patty Murray']);
    assert.equal(speaker(body, 'it was late'), 'Patty Murray');
  });
});

describe('scout46d: an abstract noun opening a headline or a sentence is no person ("Evacuation orders expand …")', () => {
  it('no person "Evacuation" nor "Opposition"', () => {
    assert.deepEqual(actorNames(analyze('Evacuation orders expand as wildfire nears Yellowknife\n\nThe fire grew on Sunday.'), 'person'), []);
    assert.deepEqual(actorNames(analyze('Opposition questions minister\'s role in land deal\n\nThe minister defended the plan on Monday.'), 'person'), ['minister']);
  });
  it('near miss: a lone surname opening a sentence before a cue is still the person', () => {
    assert.equal(speaker('Mayor Ann Clement spoke Monday.\n\nClement said the plan would pass.', 'the plan'), 'Ann Clement');
  });
});

describe('scout46d: a side of the house before a member\'s title is no seat ("Opposition MPP Ann Lee")', () => {
  it('no place "Opposition"', () => {
    const a = inArticle('Opposition MPP Ann Lee said the cuts were wrong.');
    assert.deepEqual(actorNames(a), ['Ann Lee']);
  });
  it('near miss: the seat before a member\'s title stays a place', () => {
    assert.ok(actorNames(inArticle('Hamilton Mountain MPP Ann Lee said the cuts were wrong.'), 'place').includes('Hamilton Mountain'));
  });
});

describe('scout46d: a transit line by its colour ("the Pink Line") is no person', () => {
  it('a body, not a person', () => {
    const a = inArticle('Service on the Pink Line was suspended Monday. Pink Line riders were angry.');
    assert.ok(!actorNames(a, 'person').includes('Pink Line'), actorNames(a).join(', '));
    assert.ok(actorNames(a, 'organization').includes('Pink Line'));
  });
  it('near miss: a body named short after its full name keeps it ("Harbour Line spokesperson")', () => {
    const a = analyze('Strike ends\n\nThe union reached a deal with Harbour Line Ferry Company.\n\nHarbour Line spokesperson Tina Roe said service would resume.');
    assert.ok(!actorNames(a, 'person').includes('Harbour Line'));
    assert.equal(a.quotes[0]?.speaker?.name, 'Tina Roe');
  });
});

describe('scout46d: a party\'s name in the singular is a modifier ("the Progressive Conservative government")', () => {
  it('the government speaks, and no person "Progressive Conservative"', () => {
    const body = 'The Progressive Conservative government said the plan would save money.';
    assert.equal(speaker(body, 'save money'), 'Progressive Conservative government');
    assert.deepEqual(actorNames(inArticle(body), 'person'), []);
  });
  it('near miss: the party by its members in the plural stays a body', () => {
    assert.ok(actorNames(inArticle('The Progressive Conservatives said the plan would save money.'), 'organization').includes('Progressive Conservatives'));
  });
});

describe('scout46d: a rank\'s word before a chief\'s or director\'s title is the office\'s ("National Chief")', () => {
  it('"Assembly of First Nations National Chief Ross Bighetty": the body whole, no "National" in it', () => {
    const a = inArticle('Assembly of First Nations National Chief Ross Bighetty said the deal was overdue.');
    assert.deepEqual(actorNames(a, 'organization'), ['Assembly of First Nations']);
    assert.equal(speaker('Assembly of First Nations National Chief Ross Bighetty said the deal was overdue.', 'overdue'), 'Ross Bighetty');
  });
  it('near miss: a body\'s name holding "National" stays whole', () => {
    assert.ok(actorNames(inArticle('The National Farmers Union said the deal was overdue.'), 'organization').includes('National Farmers Union'));
  });
});

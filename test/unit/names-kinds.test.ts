import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

const person = (text: string, name: string) => analyze(text).actors.find((a) => a.name === name && a.kind === 'person');

describe('names: titles, offices and occupations are roles', () => {
  it('offices of other countries and levels, in full and abbreviated', () => {
    const a = analyze('Councillor Mirela Dobos said the depot would close. Cllr Dobos said staff had been told. Assemblyman Rafe Odum said the state would pay.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Mirela Dobos', 'Rafe Odum']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Mirela Dobos', 'Mirela Dobos', 'Rafe Odum']);
    assert.ok(a.actors.find((x) => x.name === 'Mirela Dobos')!.roles.includes('Councillor'));
  });

  it('a member with a constituency: the constituency is part of the role, not of the name', () => {
    const bedi = person('Lakeside MPP Arun Bedi said the grant was late.', 'Arun Bedi');
    assert.ok(bedi, 'the person is named without the constituency and the title');
    assert.deepEqual(bedi.roles, ['Lakeside MPP']);
  });

  it('occupations and epithets before a name, and "State" before an office', () => {
    const a = analyze('Organizer Tova Reyes said the march would go ahead. Billionaire Ike Strand said he would pay. State Sen. Lyle Moss agreed. Pollster Nadia Kern said voters were split.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Ike Strand', 'Lyle Moss', 'Nadia Kern', 'Tova Reyes']);
  });

  it('a word that is a title elsewhere is no title where no personal name follows', () => {
    const a = analyze('Author Services Group filed for bankruptcy. State Farm paid the claim.');
    assert.ok(actorNames(a, 'organization').includes('Author Services Group'), actorNames(a).join(', '));
    assert.ok(!actorNames(a, 'person').includes('Farm'), actorNames(a).join(', '));
  });

  it('a month that is a given name stays in the name; a month after a preposition is a date', () => {
    assert.ok(person('Ms. June Okafor said the appeal was lodged.', 'June Okafor'));
    assert.ok(person('April Dunmore said she agreed with the ruling.', 'April Dunmore'));
    assert.deepEqual(actorNames(analyze('In June the council met. The audit is due in May.')), []);
  });

  it('a compound modifier ("Ohio-born") is not part of the name', () => {
    assert.ok(person('Ohio-born Pella Stavros said the mine would reopen.', 'Pella Stavros'));
  });
});

describe('names: what is not a person', () => {
  it('an adverb in -ly that opens a sentence; names in -ly stay names', () => {
    const a = analyze('Fortunately, the road reopened, said Ivo Marsh. Kelly Ayotte and Carly Simmons said little.');
    assert.ok(!actorNames(a).includes('Fortunately'));
    assert.deepEqual(actorNames(a, 'person').sort(), ['Carly Simmons', 'Ivo Marsh', 'Kelly Ayotte']);
  });

  it('a gerund that opens a sentence is no given name', () => {
    const a = analyze('Wendell Pratt ran again. Negotiating Pratt’s terms took a week, said Rhea Wong.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Rhea Wong', 'Wendell Pratt']);
  });

  it('a label or byline in capitals', () => {
    assert.deepEqual(actorNames(analyze('FULL TRANSCRIPT.\n\nBY ROSA KEEL.\n\nThe mayor spoke on Monday.')), []);
  });

  it('a Title Case headline gives its names, not the run of capitalised words', () => {
    const a = analyze('Dara Lindqvist Slams Tomas Berg Over Budget.\n\nDara Lindqvist said the budget was wrong. Response To Berg was muted.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Dara Lindqvist', 'Tomas Berg']);
  });

  it('a head word alone is no organisation: "the Board", "Union"', () => {
    const a = analyze('The Board approved the plan. Board Chair Ama Boateng said it was final. Union members cheered.');
    assert.ok(!actorNames(a).includes('Board') && !actorNames(a).includes('Union'), actorNames(a).join(', '));
    assert.deepEqual(a.actors.find((x) => x.name === 'Ama Boateng')?.roles, ['Board Chair']);
  });

  it('a party label or a plural people noun alone is no person', () => {
    const a = analyze('Tenants said rents would rise. Republicans said the bill was dead.');
    assert.deepEqual(actorNames(a, 'person'), []);
    assert.ok(actorNames(a, 'group').includes('Tenants'));
  });
});

describe('names: places and organisations the lists do not know', () => {
  it('a direction before a known place, a place prefix, a lone name after "in"', () => {
    const a = analyze('Flooding hit Eastern Oregon. The plant in Port Alder closed. Talks were held in Skagafjord on Monday.');
    assert.deepEqual(actorNames(a, 'place').sort(), ['Eastern Oregon', 'Port Alder', 'Skagafjord']);
    assert.deepEqual(actorNames(a, 'person'), []);
  });

  it('"in" before an adjective or a known person is not a place', () => {
    const a = analyze('Turnout in Democratic primaries fell. Harriet Vance won. Voters placed their trust in Vance.');
    assert.ok(!actorNames(a).includes('Democratic'));
    assert.deepEqual(actorNames(a, 'place'), []);
  });

  it('companies by their trade words', () => {
    const a = analyze('Ridgeback Energy cut 90 jobs. Lowmoor Coal and Tamsin Foods followed.');
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Lowmoor Coal', 'Ridgeback Energy', 'Tamsin Foods']);
  });

  it('a known organisation at the end of a run is split from the word before it', () => {
    const a = analyze('Aides to the Reagan White House disagreed.');
    assert.deepEqual(actorNames(a, 'organization'), ['White House']);
    assert.deepEqual(actorNames(a, 'person'), []);
  });
});

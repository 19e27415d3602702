import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, speakerOf } from './helpers';

/** Session 35's unseen names (scout35b): offices' fields, currencies, bodies by their shape and their verbs, given names the table lacks. */
const article = (body: string) => analyze(`Headline\n\n${body}`);
const kindOf = (body: string, name: string): string | undefined => article(body).actors.find((a) => a.name === name)?.kind;

describe('scout35b: an office\'s fields name no one', () => {
  it('"Minister of Emergency Preparedness and Minister responsible for …, Harjit Sajjan, said" is Harjit Sajjan\'s', () => {
    const body = 'The Minister of Emergency Preparedness and Minister responsible for the Pacific Economic Development Agency of Canada, Harjit Sajjan, said the government was reviewing the request.';
    assert.deepEqual(actorNames(article(body), 'person'), ['Harjit Sajjan']);
    assert.equal(speakerOf(`Headline\n\n${body}`, /reviewing/), 'Harjit Sajjan');
    // the body named after "responsible for" stays a body
    assert.equal(kindOf(body, 'Pacific Economic Development Agency of Canada'), 'organization');
  });

  it('fields after "responsible for" and "and" are no persons, the holder after the comma is', () => {
    const a = article('The Minister of Forests and Minister responsible for Emergency Management and Climate Readiness, Kelly Greene, said 2,300 homes were under evacuation order.');
    assert.deepEqual(actorNames(a, 'person'), ['Kelly Greene']);
  });

  it('"The Minister of Emergency Preparedness said" and "Minister of Tourism Development" name no actor; "Minister of Health Ana Ruiz" stays', () => {
    assert.deepEqual(actorNames(article('The Minister of Emergency Preparedness said the plan was ready.')), []);
    assert.deepEqual(actorNames(article('The Minister of Tourism Development said it was late.')), []);
    assert.deepEqual(actorNames(article('Minister of Health Ana Ruiz said no.'), 'person'), ['Ana Ruiz']);
  });
});

describe('scout35b: a currency\'s letters are no country', () => {
  it('"US$2,610", "NZ$40", "below US60 cents" name no actor; "The US said" does', () => {
    assert.deepEqual(actorNames(article('Gold fell to US$2,610 an ounce. It cost NZ$40 and HK$50. The dollar fell below US60 cents.')), []);
    assert.ok(actorNames(article('The US said it would reply.'), 'country').includes('United States'));
  });
});

describe('scout35b: bodies and places by their shape', () => {
  it('a broadcaster by its last word: "Sky Sport", "Citizen TV"; a portfolio\'s list is none', () => {
    assert.equal(kindOf('Havili told Sky Sport he was honoured.', 'Sky Sport'), 'organization');
    assert.equal(kindOf('Ethekon told Citizen TV he would be independent.', 'Citizen TV'), 'organization');
    assert.equal(kindOf('The Department for Culture, Media and Sport said no.', 'Department for Culture, Media and Sport'), 'organization');
  });

  it('two words before a country of two are a body: "Business Unity South Africa"', () => {
    assert.equal(kindOf('Business Unity South Africa said factories could lose R2 billion a week.', 'Business Unity South Africa'), 'organization');
    // near miss: a person named before a country stays a person
    assert.equal(kindOf('Jacob Zuma said South Africa was ready.', 'Jacob Zuma'), 'person');
  });

  it('words the name table lists for a few births open bodies and places: "Royal Mail", "Temple Bar"', () => {
    assert.equal(kindOf('Royal Mail delivered 77 per cent of letters on time. Royal Mail said it was "working hard to improve".', 'Royal Mail'), 'organization');
    assert.equal(kindOf('A tourist was hurt in an assault in Temple Bar early on Sunday.', 'Temple Bar'), 'place');
    // ("a Royal Mail spokesperson" is the body's, no place's as "a Boca Raton lawyer" is)
    assert.deepEqual(actorNames(article('Royal Mail said it was disappointed. "We have made a fair offer," a Royal Mail spokesperson said.'), 'place'), []);
  });

  it('"An Garda Síochána" is the Irish police', () => {
    assert.equal(kindOf('A spokesperson for An Garda Síochána said the victim was taken to hospital.', 'Garda Síochána'), 'organization');
  });

  it('a kind of group before a name makes a body though a given name opens it: "Campaign group River Action"', () => {
    assert.equal(kindOf('Campaign group River Action said the penalty was too small.', 'River Action'), 'organization');
  });

  it('a person\'s role of a body in apposition leaves the person: "Linda Burnip, a co-founder of the group,"', () => {
    assert.equal(kindOf('"These cuts will hurt," said Linda Burnip, a co-founder of the group, addressing the crowd.', 'Linda Burnip'), 'person');
  });

  it('one word in the singular with a plural verb is a club or a company: "Celtic have been fined"', () => {
    assert.equal(kindOf('Celtic have been fined by UEFA after fans set off flares.', 'Celtic'), 'organization');
    assert.equal(kindOf('Arsenal are top of the league.', 'Arsenal'), 'organization');
    // near misses: common nouns, countries' teams and pronouns are not
    assert.deepEqual(actorNames(article('Police have said nothing. Staff were told. Management have refused. They have left.')), []);
    assert.equal(kindOf('Germany have won the cup.', 'Germany'), 'country');
  });
});

describe('scout35b: a known body and a country is its national branch', () => {
  it('"Greenpeace Brasil said", "Oxfam Australia said": the branch speaks, not the country', () => {
    assert.equal(speakerOf('Headline\n\nGreenpeace Brasil said fires in the Pantanal remained a concern.', /fires/), 'Greenpeace Brasil');
    assert.equal(kindOf('Oxfam Australia said aid was late.', 'Oxfam Australia'), 'organization');
    // near miss: the body and the country apart stay two
    assert.deepEqual(actorNames(article('Greenpeace and Brazil signed the pact.')).sort(), ['Brazil', 'Greenpeace']);
  });
});

describe('scout35b: a union named by a list of its members', () => {
  it('"Kenya Medical Practitioners, Pharmacists and Dentists Union" is one body', () => {
    assert.deepEqual(actorNames(article('The Kenya Medical Practitioners, Pharmacists and Dentists Union said its members would return to work.')), ['Kenya Medical Practitioners, Pharmacists and Dentists Union']);
    // near miss: companies listed stay apart (and speak together as a group of their own, session 38)
    assert.deepEqual(actorNames(article('Apple, Google and Microsoft Corp. said they would comply.'), 'organization').length, 3);
  });
});

describe('scout35b: a part of a place', () => {
  it('"in south Fulton" is the place, not the Fulton County Commission', () => {
    const a = article('Residents in south Fulton packed a meeting on Tuesday. The Fulton County Commission delayed its vote.');
    assert.equal(a.actors.find((x) => x.name === 'Fulton')?.kind, 'place');
    assert.deepEqual(actorNames(a, 'organization'), ['Fulton County Commission']);
  });
});

describe('scout35b: one-word bodies by their officers and their shape', () => {
  it('"Eskom chief executive Dan Marokane" makes Eskom a body', () => {
    assert.equal(kindOf('Eskom said on Friday that power cuts could return. Eskom chief executive Dan Marokane told reporters that repairs would take weeks.', 'Eskom'), 'organization');
  });

  it('Britain\'s regulators "Ofwat", "Ofcom", "Ofgem" are bodies; "Often", "Office" are no names', () => {
    assert.equal(kindOf('Thames Water has been fined by Ofwat after an investigation.', 'Ofwat'), 'organization');
    assert.equal(kindOf('Ofgem said bills would rise.', 'Ofgem'), 'organization');
    assert.deepEqual(actorNames(article('Often the plan fails.')), []);
  });
});

describe('scout35b: given names the table lacks or tells wrong', () => {
  it('"Geoff and Shelly Sanderson" are two people', () => {
    assert.deepEqual(actorNames(article('Geoff and Shelly Sanderson say they will have to leave their home.'), 'person').sort(), ['Geoff Sanderson', 'Shelly Sanderson']);
  });

  it('"Blair W. Effron" and "Mr. Effron" are one person (Blair is borne by both sexes)', () => {
    assert.deepEqual(actorNames(article('The bank was co-founded by Blair W. Effron. Mr. Effron declined to comment on the deal.'), 'person'), ['Blair W. Effron']);
  });
});

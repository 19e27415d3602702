import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames } from './helpers';

/** The kind the analysis gives the actor of that name, or undefined when it has none. */
const kindOf = (text: string, name: string): string | undefined => analyze(text).actors.find((a) => a.name === name)?.kind;

describe('types: publications, broadcasters and bodies introduced by their context', () => {
  it('"the journal X", "published in X", "told El X", "the newspaper X" are organisations, no people', () => {
    const a = analyze(
      'The survey appeared last week in the journal Polar Ice Letters. A second paper was published in Arctic Soil Review, a third was published in Nature Tidal Physics. ' +
        '"We saw it twice," Ines Holberg told El Heraldo. She told the newspaper Tromso Courier the same.',
    );
    assert.deepEqual(actorNames(a, 'person'), ['Ines Holberg']);
    for (const name of ['Polar Ice Letters', 'Arctic Soil Review', 'Nature Tidal Physics', 'El Heraldo', 'Tromso Courier']) assert.equal(a.actors.find((x) => x.name === name)?.kind, 'organization', name);
  });

  it('a charity before its name, an office after its possessive, a side before a club', () => {
    assert.equal(kindOf('The charity ShelterNow said beds were full. "It is the worst winter," said Olu Bakare.', 'ShelterNow'), 'organization');
    assert.equal(kindOf('Riverkeep\'s executive director, Mona Sadiq, said the river was low.', 'Riverkeep'), 'organization');
    assert.equal(kindOf('Fourth-tier side Dunmore Athletic sacked its coach. Fans of Dunmore Athletic said nothing.', 'Dunmore Athletic'), 'organization');
    assert.equal(kindOf('League side Carrow Borough won again, said Wes Ibe.', 'Carrow Borough'), 'organization');
  });

  it('well-known charities, and a body named with its head word first, are organisations', () => {
    const a = analyze('"Nobody listened," said Amnesty International. Human Rights Watch agreed. Banca Orsini and Grupo Ferraz said they would pay, said Dario Renzi.');
    assert.deepEqual(actorNames(a, 'person'), ['Dario Renzi']);
  });

  it('a brand word with a capital inside is a company; a surname with one is not', () => {
    assert.equal(kindOf('The founder of TrailMint was charged. TrailMint said it would appeal.', 'TrailMint'), 'organization');
    assert.equal(kindOf('Colin McKenna said the vote was close. McKenna said he would stay.', 'Colin McKenna'), 'person');
  });

  it('words before a title that no given name opens are its body, not a person', () => {
    const a = analyze('Disaster Relief Minister Arvo Kallas said the dykes would hold.');
    assert.deepEqual(actorNames(a, 'person'), ['Arvo Kallas']);
    assert.equal(kindOf('Disaster Relief Minister Arvo Kallas said the dykes would hold.', 'Disaster Relief'), 'organization');
  });

  it('an adjective of a region before a known company leaves the company', () => {
    const a = analyze('The regulator fined Google over the data of Asian Instagram users, said Kim Ode.');
    assert.ok(!actorNames(a, 'person').includes('Asian Instagram'));
    assert.equal(a.actors.find((x) => x.name === 'Instagram')?.kind, 'organization');
  });

  it('a government named with its nation is an organisation', () => {
    assert.equal(kindOf('Talks with the Welsh Government stalled, said Rhian Powys.', 'Welsh Government'), 'organization');
  });
});

describe('types: towns the lists lack are places', () => {
  it('after "in", "near", "from … to", "the village of", "mayor of", or in an appositive', () => {
    const text =
      'He was arrested at his flat in Mosgiel Flats on Friday. Vans were seen near Kettle Ford. ' +
      '"I drove from Red Gully to the coast," said Noor Haddad. Pupils in the village of Ballymore Eustace stayed home. ' +
      'The mayor of Kilcullen Downs said the road was shut. Talbotstown, a village near the river, was cut off, said Eoin Daly.';
    const a = analyze(text);
    // (the mayor is a description of a person, named by the phrase)
    assert.deepEqual(actorNames(a, 'person').filter((n) => !n.startsWith('mayor')).sort(), ['Eoin Daly', 'Noor Haddad']);
    for (const name of ['Mosgiel Flats', 'Kettle Ford', 'Red Gully', 'Ballymore Eustace', 'Kilcullen Downs', 'Talbotstown']) assert.equal(a.actors.find((x) => x.name === name)?.kind, 'place', name);
  });

  it('a settlement or landform head, and a surname-like place head after no given name', () => {
    assert.equal(kindOf('Crews reached the Amundsen Ice Shelf, said Lars Dahl.', 'Amundsen Ice Shelf'), 'place');
    assert.equal(kindOf('Traffic was blocked in Kestrel Town, said Lars Dahl.', 'Kestrel Town'), 'place');
    assert.equal(kindOf('Crowds gathered on Senate Hill, said Lars Dahl.', 'Senate Hill'), 'place');
    assert.equal(kindOf('Fiona Hill said the talks had failed.', 'Fiona Hill'), 'person');
    assert.equal(kindOf('R.J. Heath said the talks had failed.', 'R.J. Heath'), 'person');
  });

  it('a person named like a place or a country stays a person', () => {
    const a = analyze('"We cannot sell," Chad Morrow said. Sydney Tran said prices fell. Paris Okafor, a fisher in Mosgiel Flats, agreed.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Chad Morrow', 'Paris Okafor', 'Sydney Tran']);
  });

  it('"believe in" a person still reads a person; a possessive after "in" is a person\'s', () => {
    const a = analyze('Voters said they believed in Marguerite Oyelaran. Support in Anil Ravindran\'s district fell, said Tom Fry.');
    assert.ok(actorNames(a, 'person').includes('Marguerite Oyelaran'), actorNames(a).join(', '));
  });
});

describe('types: ships and trades', () => {
  it('a ship named after "the tanker", "the research vessel" is no actor', () => {
    const a = analyze('The tanker Baltic Swan ran aground. Crew from the research vessel Grey Heron helped, said Ulla Berg.');
    assert.deepEqual(actorNames(a, 'person'), ['Ulla Berg']);
  });

  it('a trade in the plural that opens a sentence is a group', () => {
    const a = analyze('Winemakers said the frost had cost half the harvest.');
    assert.deepEqual(actorNames(a, 'person'), []);
    assert.deepEqual(actorNames(a, 'group'), ['Winemakers']);
  });
});

describe('types: bodies named by field and nation, and known names over small words', () => {
  it('"Health Canada", "Police Scotland" are bodies; "Tom Holland", "Jimmy Wales" stay people', () => {
    const a = analyze('Health Canada said the drug was safe. Police Scotland said two men were held. Tom Holland said he was glad. Jimmy Wales said no.');
    assert.deepEqual(actorNames(a, 'person').sort(), ['Jimmy Wales', 'Tom Holland']);
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Health Canada', 'Police Scotland']);
  });

  it('a known charity whose name holds "the", "of" or "Without" is one organisation, a lower-case phrase is none', () => {
    const a = analyze('Save the Children said schools were shut. Doctors Without Borders said clinics were full. Her foreign policy was praised.');
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Doctors Without Borders', 'Save the Children']);
    assert.deepEqual(actorNames(a, 'group'), []);
  });
});

describe('types: company words, a union\'s office, provinces', () => {
  it('"… Networks", "… Ports", "… Residential" are companies; a general secretary belongs to a body', () => {
    const a = analyze(
      'Harrow Valley Networks said the outage was over. Tamar Ports said ships were waiting. Oakmere Residential said homes were sold. ' +
        'Tidewater\'s general secretary, Bryn Ollis, said members would vote.',
    );
    assert.deepEqual(actorNames(a, 'person'), ['Bryn Ollis']);
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Harrow Valley Networks', 'Oakmere Residential', 'Tamar Ports', 'Tidewater']);
  });

  it('a province named with a demonym-like word is one place', () => {
    const a = analyze('Fires spread across British Columbia and Queensland, said Hana Ito.');
    assert.deepEqual(actorNames(a, 'place').sort(), ['British Columbia', 'Queensland']);
  });

  it('libraries, school districts and brokerages are named by their head words', () => {
    const a = analyze('Harbour Street Library will close on Sundays, said Tomas Evanko. Brightvale Public Schools and Norland Securities agreed, as did Osprey Capital Equities.');
    assert.deepEqual(actorNames(a, 'person'), ['Tomas Evanko']);
    for (const name of ['Brightvale Public Schools', 'Norland Securities', 'Osprey Capital Equities']) assert.equal(a.actors.find((x) => x.name === name)?.kind, 'organization', name);
  });

  it('an institution named with a possessive, and a body named with the place it is in, are one organisation', () => {
    const a = analyze('"Beds are full," said St. Oswin\'s Infirmary. Nurse Cara Dunne of Queen\'s College said so too, as did Marsh College Dublin.');
    assert.deepEqual(actorNames(a, 'person'), ['Cara Dunne']);
    for (const name of ["St. Oswin's Infirmary", "Queen's College", 'Marsh College Dublin']) assert.equal(a.actors.find((x) => x.name === name)?.kind, 'organization', name);
    // a person's possessive before an ordinary word stays the person's
    assert.deepEqual(actorNames(analyze("Lena Ortiz's office said the Budget would pass."), 'person'), ['Lena Ortiz']);
  });

  it('an airline named "Air" and a place or a word is an organisation', () => {
    const a = analyze('Air Moldova and Air Tindall cut flights on Monday, said Petra Laine.');
    assert.deepEqual(actorNames(a, 'person'), ['Petra Laine']);
    assert.deepEqual(actorNames(a, 'organization').sort(), ['Air Moldova', 'Air Tindall']);
  });
});

/**
 * Kinds of wrong attribution scout60b fixed in session 60 (aviation and travel news), each written
 * in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The names of the actors of article `body`. */
const namesIn = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout60b: an office\'s compound over "in", "at" or "of" before a name ("Investigator-in-charge NAME said")', () => {
  it('is the office, no word of the name', () => {
    const body = 'The jet left the runway.\n\nInvestigator-in-charge Halvard Brekke said the crew had been on duty for 14 hours. "We are still reading the recorders," Brekke said.';
    assert.equal(speakerOf(body, 'on duty for 14 hours'), 'Halvard Brekke');
    assert.equal(speakerOf(body, 'still reading the recorders'), 'Halvard Brekke');
    assert.ok(!namesIn(body).some((n) => n.includes('Investigator')));
    assert.equal(speakerOf('The fire spread overnight.\n\nOfficer-in-Charge Marisa Kell said two homes were lost.', 'two homes were lost'), 'Marisa Kell');
  });
  it('near miss: a hyphenated given name whose first part is no office keeps its words', () => {
    assert.equal(speakerOf('The ferry was late.\n\nJean-de-Dieu Habimana said the crossing took four hours.', 'crossing took four hours'), 'Jean-de-Dieu Habimana');
  });
});

describe('scout60b: a plural noun placed by "in" before a name the names layer read as a person ("Hotels in West Maui say")', () => {
  it('are the noun\'s bodies or people named by the phrase, not a person of the place\'s name', () => {
    const hotels = 'Visitors are slowly returning.\n\nHotels in West Maui say occupancy has improved since spring.';
    assert.equal(speakerOf(hotels, 'occupancy has improved'), 'Hotels in West Maui');
    const resorts = 'Fares keep climbing.\n\nResorts in South Kona say bookings have fallen by a third.';
    assert.equal(speakerOf(resorts, 'bookings have fallen'), 'Resorts in South Kona');
    const some = 'Fares keep climbing.\n\nSome hotels in West Maui said prices had doubled.';
    assert.equal(speakerOf(some, 'prices had doubled'), 'hotels in West Maui');
  });
  it('near miss: a person named before the place still speaks, and a plural name is no noun', () => {
    assert.equal(speakerOf('Visitors are slowly returning.\n\nLeilani Kaho in West Maui said occupancy had improved.', 'occupancy had improved'), 'Leilani Kaho');
  });
});

describe('scout60b: travel\'s trades in a company\'s name ("Seabreeze Cruises", "Meridian Sea Voyages") and "the cruise line"', () => {
  it('are companies that "the company" and "the cruise line" mean', () => {
    const cruises = 'The ship docked in Miami.\n\nSeabreeze Cruises said the crew had disinfected every cabin. The cruise line said a health team had sailed with it.';
    assert.equal(speakerOf(cruises, 'disinfected every cabin'), 'Seabreeze Cruises');
    assert.equal(speakerOf(cruises, 'health team had sailed'), 'Seabreeze Cruises');
    const voyages = 'Crime rose in the port.\n\nMeridian Sea Voyages said it would skip Nassau. The company said its ships would call at Cozumel.';
    assert.equal(speakerOf(voyages, 'ships would call at Cozumel'), 'Meridian Sea Voyages');
    const charters = 'The floatplane sank.\n\nClayoquot Air Charters said it had grounded its fleet. The company said inspectors were on site.';
    assert.equal(speakerOf(charters, 'inspectors were on site'), 'Clayoquot Air Charters');
  });
  it('near miss: a person whose surname is no trade stays a person, and "the cruise line" is no union named before', () => {
    const person = 'The ship docked in Miami.\n\nMarta Cruz said the crew had disinfected every cabin.';
    assert.equal(inArticle(person).actors.find((a) => a.name === 'Marta Cruz')?.kind, 'person');
    const union = 'Talks stalled.\n\nThe Seafarers International Union said the crew was tired. The cruise line said fares would not change.';
    assert.notEqual(speakerOf(union, 'fares would not change'), 'Seafarers International Union');
  });
});

describe('scout60b: "Centers for …" in the plural before its "for" is a government agency ("the agency said")', () => {
  it('is what "the agency" means', () => {
    const body = 'More than 200 passengers fell ill.\n\nThe Centers for Disease Control and Prevention said 187 passengers had reported symptoms. Laboratory tests confirmed norovirus, the agency said.';
    assert.equal(speakerOf(body, 'confirmed norovirus'), 'Centers for Disease Control and Prevention');
  });
  it('near miss: a centre in the singular is no agency "the agency" means past a real one', () => {
    const body = 'The storm moved east.\n\nThe Federal Emergency Management Agency said shelters were open. The Center for Climate Policy said the damage was worse than forecast. The agency said 40 shelters were full.';
    assert.equal(speakerOf(body, '40 shelters were full'), 'Federal Emergency Management Agency');
  });
});

describe('scout60b: trades of airports and airliners in the plural ("Flight attendants said", "Baggage handlers at Pearson said")', () => {
  it('are a group named by the phrase, never no one nor the body they work at', () => {
    assert.equal(speakerOf('Talks broke off.\n\nFlight attendants said that they are paid only while the plane moves.', 'paid only while'), 'Flight attendants');
    assert.equal(speakerOf('Talks broke off.\n\nBaggage handlers at Pearson said the belts had jammed twice.', 'belts had jammed'), 'Baggage handlers at Pearson');
    const at = 'Talks broke off.\n\nFlight attendants at Skyward Airlines said they would vote on Friday.';
    assert.notEqual(speakerOf(at, 'vote on Friday'), 'Skyward Airlines');
    assert.equal(speakerOf('Lines grew long.\n\nScreeners at the airport said the new scanners were slow.', 'scanners were slow'), 'Screeners at the airport');
  });
  it('near miss: the airline that speaks for itself is still the airline, and an office before a name is still the person', () => {
    assert.equal(speakerOf('Talks broke off.\n\nSkyward Airlines said its flight attendants would vote on Friday.', 'vote on Friday'), 'Skyward Airlines');
    assert.equal(speakerOf('The audit was late.\n\nCity Controller Ben Lowe said the books were in order.', 'books were in order'), 'Ben Lowe');
  });
});

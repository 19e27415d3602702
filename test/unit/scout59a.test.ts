/**
 * Kinds of wrong or cut attribution scout59a fixed in session 59 (housing and real estate news),
 * each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The names of the actors of article `body`. */
const namesIn = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout59a: a body named by a place and capitalised words no stage knew ("Ottawa Community Housing said")', () => {
  it('is that body, not the capital\'s government nor the place', () => {
    const ottawa = 'OTTAWA — Tenants are angry.\n\nOttawa Community Housing, the city’s largest landlord, said it has a repair backlog of $600 million.';
    assert.equal(speakerOf(ottawa, 'repair backlog'), 'Ottawa Community Housing');
    assert.ok(!namesIn(ottawa).includes('Canada'));
    const toronto = 'The outbreak spread to three shelters.\n\nToronto Public Health said it had sent nurses to each of them.';
    assert.equal(speakerOf(toronto, 'sent nurses'), 'Toronto Public Health');
    const the = 'Rents rose again.\n\nThe Halifax Tenant Resource Centre said calls had doubled since June.';
    assert.equal(speakerOf(the, 'calls had doubled'), 'Halifax Tenant Resource Centre');
  });
  it('near miss: a capital alone still speaks for its government, and a place before people or an office is no body', () => {
    assert.equal(speakerOf('Trade talks stalled again.\n\nOttawa said it would not lift the tariffs this year.', 'lift the tariffs'), 'Canada');
    const mayor = 'The budget passed.\n\nThe Toronto Mayor said the budget was tight.';
    // (an office in capitals that no one named holds is a person by the office's name since lead66, never a body)
    assert.ok(!inArticle(mayor).actors.some((a) => a.kind === 'organization' && a.name === 'Toronto Mayor'));
  });
});

describe('scout59a: "the city\'s DEPARTMENT" in a capital\'s story ("the city\'s housing services department said")', () => {
  it('is the city\'s body, not the nation\'s government', () => {
    const body = 'OTTAWA — The city is short of shelter beds.\n\nA spokesperson for the city’s housing services department said Ottawa would ask the province for more money.';
    assert.notEqual(speakerOf(body, 'ask the province'), 'Canada');
    const dept = 'OTTAWA — The city is short of shelter beds.\n\nThe city’s planning department said it had issued 400 permits.';
    assert.notEqual(speakerOf(dept, 'issued 400 permits'), 'Canada');
  });
  it('near miss: a capital named by its name before a ministry still speaks for its government', () => {
    const body = 'Talks resumed on Monday.\n\nBeijing’s foreign ministry said the talks were useful.';
    assert.equal(speakerOf(body, 'talks were useful'), 'China');
  });
});

describe('scout59a: people placed by a thing a body owns or runs ("Residents of a building owned by ORG say")', () => {
  it('are the people, never the body that owns or runs the place', () => {
    const owned = 'Rents are rising.\n\nResidents of a seniors’ building owned by Harbourview Holdings say the elevators have been broken since July.';
    assert.notEqual(speakerOf(owned, 'elevators have been broken'), 'Harbourview Holdings');
    const managed = 'The heat was off for weeks.\n\nTenants at two towers managed by Apex Rental Group said the boilers failed in January.';
    assert.notEqual(speakerOf(managed, 'boilers failed'), 'Apex Rental Group');
    const run = 'The shelter opened last winter.\n\nFamilies in a motel run by Northgate Services said they had no kitchen.';
    assert.notEqual(speakerOf(run, 'had no kitchen'), 'Northgate Services');
  });
  it('near miss: a body that a body owns still speaks for itself, and a person named before the place still speaks', () => {
    const company = 'Sales fell.\n\nA company owned by Harbourview Holdings said it would cut 40 jobs.';
    assert.notEqual(speakerOf(company, 'cut 40 jobs'), null);
    const body = 'Sales fell.\n\nHarbourview Holdings, which owns the tower, said the repairs would be done by spring.';
    assert.equal(speakerOf(body, 'repairs would be done'), 'Harbourview Holdings');
  });
});

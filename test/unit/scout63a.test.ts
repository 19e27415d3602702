/**
 * Kinds of wrong or lost attribution scout63a fixed in session 63 (mining, forestry and natural
 * resources), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout63a: an adjective that opens sentences opening a company\'s name without "the" ("Big Sky Carbon Co. said")', () => {
  it('keeps the adjective in the name, at a sentence\'s start and in an appositive', () => {
    assert.equal(speakerOf('Big Creek Lumber Ltd. said it would restart the planer mill in May.', 'restart the planer mill'), 'Big Creek Lumber Ltd.');
    assert.equal(speakerOf('The claim holder, Great Northern Timber Corp., said the road would be rebuilt.', 'road would be rebuilt'), 'Great Northern Timber Corp.');
  });
  it('near miss: the adjective before people in the plural stays a group\'s word', () => {
    assert.equal(speakerOf('New owners said they would reopen the sawmill by spring.', 'reopen the sawmill'), 'New owners');
  });
});

describe('scout63a: "the First Nation of" a nation\'s own name ("The First Nation of Na-Cho Nyäk Dun said")', () => {
  it('is the nation named in full', () => {
    assert.equal(speakerOf('The First Nation of Nacho Nyak Dun said it had signed an exploration agreement.', 'signed an exploration agreement'), 'First Nation of Nacho Nyak Dun');
  });
  it('near miss: a nation named before "First Nation" keeps its name', () => {
    assert.equal(speakerOf('The Tsleil-Waututh First Nation said it had signed an exploration agreement.', 'signed an exploration agreement'), 'Tsleil-Waututh First Nation');
  });
});

describe('scout63a: a Newfoundland and Labrador member\'s title after the seat ("Labrador West MHA Jordan Brown said")', () => {
  it('is the member, whom the surname later names', () => {
    const body = 'Topsail MHA Karen Oake said the layoffs hurt the whole region.\n\n"Families are leaving," Oake said.';
    assert.equal(speakerOf(body, 'hurt the whole region'), 'Karen Oake');
    assert.equal(speakerOf(body, 'Families are leaving'), 'Karen Oake');
  });
  it('near miss: the seat before people in the plural is their place', () => {
    assert.equal(speakerOf('Labrador West residents said the layoffs hurt the whole region.', 'hurt the whole region'), 'Labrador West residents');
  });
});

describe('scout63a: trades of mines and mills, and firms by their trade, in the plural as a group ("Prospectors say", "Local businesses said")', () => {
  it('are the group', () => {
    assert.equal(speakerOf('Prospectors say the freeze on new claims has cost them a season.', 'cost them a season'), 'Prospectors');
    assert.equal(speakerOf('Millwrights said the new saws were unsafe.', 'new saws were unsafe'), 'Millwrights');
    assert.equal(speakerOf('Local businesses said sales had fallen since the layoffs.', 'sales had fallen'), 'Local businesses');
  });
  it('near miss: "Sawyer", a surname, stays one person\'s name', () => {
    const body = 'Mill manager Jim Sawyer said the saws were sold.\n\n"We had no choice," Sawyer said.';
    assert.equal(speakerOf(body, 'We had no choice'), 'Jim Sawyer');
  });
});

describe('scout63a: a union local numbered by district and local ("USW Local 1-2017, which represents …, said")', () => {
  it('is the local, its number whole, before a relative clause and alone', () => {
    assert.equal(speakerOf('The United Steelworkers Local 1-423, which represents sawmill workers in Kelowna, said it would file a grievance.', 'file a grievance'), 'United Steelworkers Local 1-423');
    assert.equal(speakerOf('USW Local 1-1937 said it would file a grievance.', 'file a grievance'), 'USW Local 1-1937');
  });
  it('near miss: a local with a plain number keeps it', () => {
    assert.equal(speakerOf('The Amalgamated Transit Union Local 508, which represents drivers, said it would file a grievance.', 'file a grievance'), 'Amalgamated Transit Union Local 508');
  });
});

describe('scout63a: a district that governs by its legal name ("The Municipal District of Ranchland said", "the District of Squamish")', () => {
  it('is the district', () => {
    assert.equal(speakerOf('The Regional District of Bulkley-Nechako said the mill closure would cut its tax base.', 'cut its tax base'), 'Regional District of Bulkley-Nechako');
    assert.equal(speakerOf('The District of Mackenzie said the mill closure would cut its tax base.', 'cut its tax base'), 'District of Mackenzie');
  });
  it('near miss: people in a district are the people', () => {
    assert.equal(speakerOf('Officials in the District of Columbia said the water was safe to drink.', 'safe to drink'), 'Officials in the District of Columbia');
  });
});

describe('scout63a: a Quebec mill or plant named by its French trade ("Aluminerie Lac-Saint-Jean said", "Scierie Landrienne")', () => {
  it('is a company, which a lede\'s "the company" names', () => {
    const body = 'A smelter in the Saguenay region will shut a potline this summer, the company said Thursday.\n\nAluminerie Lac-Saint-Jean said power costs had made the line unprofitable.';
    assert.equal(speakerOf(body, 'will shut a potline'), 'Aluminerie Lac-Saint-Jean');
    assert.equal(speakerOf('Scierie Landrienne said it would cut a shift.\n\n"We have no logs," the company said.', 'We have no logs'), 'Scierie Landrienne');
  });
  it('near miss: the region\'s name alone before people stays their place', () => {
    assert.equal(speakerOf('Lac-Saint-Jean residents said the smelter had kept the town alive.', 'kept the town alive'), 'Lac-Saint-Jean residents');
  });
});

describe('scout63a: a bare plural subject with its modifiers before "…, saying" ("Environmental groups on Monday sued …, saying")', () => {
  it('is the group, bodies or people', () => {
    assert.equal(speakerOf('Conservation groups on Friday sued the province over the permit, saying caribou habitat was ignored.', 'caribou habitat was ignored'), 'Conservation groups');
    assert.equal(speakerOf('Local mill workers marched to the gate, saying the offer was an insult.', 'offer was an insult'), 'Local mill workers');
  });
  it('near miss: a plural of things, or people counted, opening the clause names no speaker; the clause\'s named subject still speaks', () => {
    assert.equal(speakerOf('Heavy spring rains flooded the pit on Monday, raising fears of a tailings spill.', 'tailings spill'), undefined);
    assert.equal(speakerOf('Four miners were slightly hurt, showing the risk of the new drills.', 'risk of the new drills'), undefined);
    assert.equal(speakerOf('Forester Ann Lee criticized the cutblock, saying the slope was too steep.', 'slope was too steep'), 'Ann Lee');
  });
});

describe('scout63a: people in the plural joined to people or bodies in the plural with modifiers ("Fishermen and tribal governments said")', () => {
  it('speak together', () => {
    assert.equal(speakerOf('Trappers and tribal councils said the road would split the herd.', 'split the herd'), 'Trappers and tribal councils');
    assert.equal(speakerOf('Prospectors and small exploration firms say the claim freeze has cost a season.', 'cost a season'), 'Prospectors and small exploration firms');
  });
  it('near miss: the pair as a preposition\'s object is no speaker', () => {
    assert.equal(speakerOf('The dispute between ranchers and tribal governments has lasted years, officials said.', 'has lasted years'), 'officials');
  });
});

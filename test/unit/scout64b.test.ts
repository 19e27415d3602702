/**
 * Kinds of wrong or lost attribution scout64b fixed in session 64 (fisheries and coastal
 * communities), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

describe('scout64b: people in the plural after three modifiers ("Bristol Bay sockeye fishermen say", "after state wildlife officials said")', () => {
  it('are the group with all its modifiers, at a sentence\'s start and after a clause\'s opening word', () => {
    assert.equal(speakerOf('Copper River sockeye fishermen say the opening came too late.', 'opening came too late'), 'Copper River sockeye fishermen');
    assert.equal(speakerOf('The bay reopened after state shellfish officials said the toxin had cleared.', 'toxin had cleared'), 'state shellfish officials');
  });
  it('and those who hold a licence, permit or quota are people in the plural ("Commercial elver licence holders said")', () => {
    assert.equal(speakerOf('Commercial halibut quota holders said the cut would hurt small boats.', 'hurt small boats'), 'Commercial halibut quota holders');
    assert.equal(speakerOf('Permit holders said the cut would hurt small boats.', 'hurt small boats'), 'Permit holders');
  });
  it('near miss: a pronoun before a plural noun in -s is no modifier ("but she suspects that …")', () => {
    assert.equal(speakerOf('Nobody explained the closure, but she suspects that the buyers reported the boat.', 'the buyers reported the boat'), null);
  });
  it('near miss: a noun in -s before another word ends the modifiers ("the price trends Maine fishermen point to")', () => {
    assert.notEqual(speakerOf('The report cites the price trends Maine fishermen point to as proof that the market has turned.', 'the market has turned'), 'price trends Maine fishermen');
  });
});

describe('scout64b: bodies in the plural placed by a participle ("Shrimp companies based in Newfoundland and Nova Scotia said")', () => {
  it('are the group the phrase names, not the place', () => {
    assert.equal(speakerOf('Processing firms located in Shelburne and Yarmouth said the price was too high.', 'price was too high'), 'Processing firms located in Shelburne and Yarmouth');
    assert.equal(speakerOf('Seafood companies operating in Nova Scotia said the price was too high.', 'price was too high'), 'Seafood companies operating in Nova Scotia');
  });
  it('near miss: people placed so stay the group as before', () => {
    assert.equal(speakerOf('Fish buyers based in New Brunswick and Maine said prices would fall.', 'prices would fall'), 'Fish buyers based in New Brunswick and Maine');
  });
});

describe('scout64b: people in the plural a collective noun gathers, a place\'s name among their modifiers ("A group of Maine lobstermen filed suit …, arguing")', () => {
  it('are the group, not the collective alone nor no one', () => {
    assert.equal(speakerOf('A group of Cape Breton crabbers filed a complaint on Monday, arguing that the quota was cut unfairly.', 'quota was cut unfairly'), 'group of Cape Breton crabbers');
    assert.equal(speakerOf('A coalition of Gulf shrimpers wrote to Congress, saying cheap imports were sinking their boats.', 'cheap imports were sinking'), 'coalition of Gulf shrimpers');
  });
  it('near miss: a person\'s people keep the possessive out of any group\'s name ("Ann Lee’s Senate colleagues")', () => {
    assert.ok(!inArticle('Ann Lee’s Senate colleagues praised the quota bill on Monday.').actors.some((x) => x.name.includes('’')));
  });
  it('near miss: a place before a document\'s noun still makes no one speak ("A Nova Scotia report said")', () => {
    assert.equal(speakerOf('A Nova Scotia report said the survey missed the inshore beds.', 'survey missed the inshore beds'), null);
  });
});

describe('scout64b: an acronym joined by a hyphen to a name before a body\'s noun ("The FFAW-Unifor union said" after another body)', () => {
  it('names a body of its own, not the body named before', () => {
    assert.equal(speakerOf('Ken Roe of the Association of Seafood Producers said prices fell.\n\nThe FFAW-Unifor union said it wanted outside buyers.', 'wanted outside buyers'), 'FFAW-Unifor union');
  });
  it('near miss: the body\'s noun alone still means the body named before', () => {
    assert.equal(speakerOf("The Maritime Fishermen's Union said prices fell.\n\nThe union said it wanted outside buyers.", 'wanted outside buyers'), "Maritime Fishermen's Union");
  });
});

describe('scout64b: three modifiers before a role a name follows, after a quotation ("“…,” tribal council fisheries adviser Ernie Victor said")', () => {
  it('keeps the quotation, the named person its speaker', () => {
    const body = 'The band said the food fishery would go on.\n\n"We fish first for food, and the law says so," band council fisheries adviser Nora Paul said.';
    assert.equal(speakerOf(body, 'We fish first for food'), 'Nora Paul');
  });
  it('near miss: the role as a verb\'s object stays out of the quotation\'s source ("“…,” Chief Ann Lee told band council fisheries adviser …")', () => {
    assert.equal(speakerOf('"We fish first," Chief Ann Lee told band council fisheries adviser Nora Paul.', 'We fish first'), 'Ann Lee');
  });
});

describe('scout64b: a body described by an owner with modifiers of its own, then its name in apposition ("The inshore fleet\'s association, the Full Bay Scallop Association, says")', () => {
  it('is the body named', () => {
    assert.equal(speakerOf("The small-boat fleet's union, the Coastal Harvesters Union, says the quota is unfair.", 'quota is unfair'), 'Coastal Harvesters Union');
  });
  it('near miss: the owner as a preposition\'s object leaves the person before it the speaker', () => {
    assert.equal(speakerOf("A director of the small-boat fleet's union, the Coastal Harvesters Union, said the quota is unfair.", 'quota is unfair'), "director of the small-boat fleet's union");
  });
});

describe('scout64b: a generic description after an opening adjunct means the untraded body that spoke just before ("NOAA said … In a statement, the agency said")', () => {
  it('is that body', () => {
    assert.equal(speakerOf('NOAA said the closure was sound. In a statement, the agency said the whales needed room.', 'whales needed room'), 'NOAA');
  });
  it('near miss: a sentence between them leaves the description to itself', () => {
    assert.equal(speakerOf('NOAA said the closure was sound. Fishermen met on Tuesday. In a statement, the agency said the whales needed room.', 'whales needed room'), 'agency');
  });
});

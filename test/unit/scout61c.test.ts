/**
 * Kinds of wrong or lost attribution scout61c fixed in session 61 (maritime, fisheries and ports
 * news), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The names of the actors of article `body`. */
const namesIn = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout61c: a rank\'s class in figures after an inverted cue ("said Petty Officer 2nd Class NAME")', () => {
  it('is part of the rank, and the name after it speaks', () => {
    const petty = 'The blaze was out within the hour.\n\nThe engine room was sealed off quickly, said Petty Officer 2nd Class Mirela Dunn, a Coast Guard spokesperson.';
    assert.equal(speakerOf(petty, 'sealed off quickly'), 'Mirela Dunn');
    const chief = 'The tanker was boarded.\n\nNo one resisted the boarding team, said Chief Petty Officer 1st Class Tobias Grell.';
    assert.equal(speakerOf(chief, 'No one resisted'), 'Tobias Grell');
  });
  it('near miss: a figure after the name is no rank\'s class', () => {
    const body = 'The regatta ended.\n\n“We were lucky with the wind,” said Cmdr. Ines Baptiste, whose crew came 2nd overall.';
    assert.equal(speakerOf(body, 'lucky with the wind'), 'Ines Baptiste');
  });
});

describe('scout61c: trades of ports and fisheries, and a town\'s selectman ("Processors said", "said Oak Bluffs selectman NAME")', () => {
  it('a trade\'s firms in the plural are a group', () => {
    assert.equal(speakerOf('Crab prices fell.\n\nProcessors said they could not pay more this spring.', 'could not pay more'), 'Processors');
    assert.equal(speakerOf('The port was jammed.\n\nGrain shippers said the delays were costing them millions.', 'costing them millions'), 'Grain shippers');
    assert.equal(speakerOf('The locks closed early, ending a season that shippers say was hurt by low water.', 'hurt by low water'), 'shippers');
  });
  it('a selectman or a sternman before a name is the person\'s role, not a place\'s name', () => {
    const select = 'The ferry ran aground.\n\n“We have no other road,” said Nantucket selectman Orla Pruitt.';
    assert.equal(speakerOf(select, 'no other road'), 'Orla Pruitt');
    assert.equal(speakerOf('The boat sank.\n\n“It rolled over in seconds,” said sternman Kip Delorey.', 'rolled over'), 'Kip Delorey');
  });
  it('near miss: one firm of the trade, in the singular, is made no person', () => {
    const body = 'Harbour Pride Seafoods cut its price.\n\nThe processor said buyers in Boston were paying less.';
    assert.notEqual(speakerOf(body, 'buyers in Boston'), 'processor');
    assert.ok(!namesIn(body).includes('processor'));
  });
});

describe('scout61c: a body\'s name that ends in capitals ("WorkSafeBC said")', () => {
  it('is a body\'s name, not words glued together', () => {
    assert.equal(speakerOf('A tug capsized.\n\nWorkSafeBC said it had opened an investigation.', 'opened an investigation'), 'WorkSafeBC');
    assert.equal(speakerOf('A dock worker was hurt.\n\nWorkSafeNB, the province’s safety agency, said inspectors were on site.', 'inspectors were on site'), 'WorkSafeNB');
  });
  it('near miss: words glued with capitals inside still name no one', () => {
    const body = 'A tug capsized.\n\nPortalShareLikeReplyDana said it had opened an investigation.';
    assert.ok(!namesIn(body).includes('PortalShareLikeReplyDana'));
  });
});

describe('scout61c: a verb of intent in an aside before "said" ("ORG, one of the companies expected to bid on the lease, said")', () => {
  it('modifies the aside\'s noun; the body before it speaks', () => {
    const body = 'The lease sale is next spring.\n\nSeaward Light Energy, one of the companies expected to bid on the lease, said its turbines would be far apart.';
    assert.equal(speakerOf(body, 'turbines would be far apart'), 'Seaward Light Energy');
    const person = 'The talks resumed.\n\nMara Ilic, one of the negotiators expected to sign the deal, said the last clause was settled.';
    assert.equal(speakerOf(person, 'last clause was settled'), 'Mara Ilic');
  });
  it('near miss: with a speaker after its comma, the sentence still reports what the speaker said', () => {
    const body = 'The boats stayed in port.\n\nTwo crews expected to sail on Monday, harbour officials said.';
    assert.equal(speakerOf(body, 'expected to sail'), 'harbour officials');
  });
});

describe('scout61c: a department named by two fields joined by "and" ("The Fisheries and Oceans department said")', () => {
  it('is one department, not its last field', () => {
    assert.equal(speakerOf('Farms must close.\n\nThe Fisheries and Oceans department said it would pay for retraining.', 'pay for retraining'), 'Fisheries and Oceans department');
    assert.equal(speakerOf('The pool closed.\n\nThe Parks and Recreation department said repairs would take a month.', 'repairs would take'), 'Parks and Recreation department');
  });
  it('near miss: two named actors joined by "and" still speak together', () => {
    assert.equal(speakerOf('The strike ended.\n\nCanada and Norway officials said the talks had gone well.', 'talks had gone well'), 'Canada and Norway officials');
    assert.equal(speakerOf('The strike ended.\n\nAnn Duval and Bo Lind said the talks had gone well.', 'talks had gone well'), 'Ann Duval and Bo Lind');
  });
});

describe('scout61c: a French body\'s name closed by a masculine adjective ("Association des crabiers acadiens")', () => {
  it('keeps the adjective', () => {
    assert.equal(speakerOf('Boats stayed tied up.\n\nThe Association des crabiers acadiens said its members would not fish.', 'would not fish'), 'Association des crabiers acadiens');
    assert.equal(speakerOf('Boats stayed tied up.\n\nThe Regroupement des pêcheurs professionnels said the price was too low.', 'price was too low'), 'Regroupement des pêcheurs professionnels');
  });
  it('near miss: the name without an adjective is unchanged', () => {
    assert.equal(speakerOf('Boats stayed tied up.\n\nThe Association des crabiers said its members would not fish.', 'would not fish'), 'Association des crabiers');
  });
});

describe('scout61c: a body ranked by a place\'s possessive ("the nation\'s largest ferry operator said")', () => {
  it('is the body of that kind named before, not a new body of the phrase', () => {
    const airline = 'Porter Airlines cut three routes on Monday.\n\nThe country’s second-largest airline said the routes had lost money for years.';
    assert.equal(speakerOf(airline, 'lost money for years'), 'Porter Airlines');
    const line = 'Caldera Cruise Lines cancelled the sailing.\n\nThe world’s third-largest cruise line said guests would get a refund.';
    assert.equal(speakerOf(line, 'get a refund'), 'Caldera Cruise Lines');
  });
  it('near miss: a thing\'s possessive still tells a body the article did not name', () => {
    const body = 'Porter Airlines cut three routes on Monday.\n\nThe terminal’s operator said the gates would stay open.';
    assert.notEqual(speakerOf(body, 'gates would stay open'), 'Porter Airlines');
  });
});

describe('scout61c: a firm of ports, yards, fish farms or offshore power after a place ("Atlantic Breeze Renewables said")', () => {
  it('is named in full, its place with it', () => {
    assert.equal(speakerOf('The lease was approved.\n\nAtlantic Breeze Renewables said its turbines would be far apart.', 'turbines would be far apart'), 'Atlantic Breeze Renewables');
    assert.equal(speakerOf('The ship was repaired.\n\nTexas Gulf Shipyards said the hull was sound.', 'hull was sound'), 'Texas Gulf Shipyards');
  });
  it('near miss: a place before a people noun is still no part of a name', () => {
    assert.equal(speakerOf('The lease was approved.\n\nAtlantic fishermen said the turbines were too close.', 'turbines were too close'), 'Atlantic fishermen');
  });
});

describe('scout61c: a counting word alone opening its sentence ("Residents packed the hall. Several said …")', () => {
  it('is a member of the group named just before, as "several said" is mid-sentence', () => {
    const body = 'The rezoning passed.\n\nResidents of the north end packed the council chamber. Several said the port had broken its promises.';
    assert.equal(speakerOf(body, 'broken its promises'), 'Residents');
    const many = 'The wharf was crowded.\n\nCrab harvesters at the wharf waited for the buyers. Many said the price was too low to fish.';
    assert.equal(speakerOf(many, 'too low to fish'), 'Crab harvesters');
  });
  it('near miss: a capitalised counting word inside a sentence is no group\'s member', () => {
    const body = 'The rezoning passed.\n\nResidents packed the hall, and Councillor Anna Most said the vote was rushed.';
    assert.equal(speakerOf(body, 'vote was rushed'), 'Anna Most');
  });
});

describe('scout61c: a name with its "of" phrase before a relative clause ("Chief NAME of a nation that partners with one of the farms said")', () => {
  it('the name speaks, and the quote is kept', () => {
    const body = 'The farms must close.\n\nBut Chief Rosalie Tom of a nation that partners with one of the farming companies said the closures would cost her community jobs.';
    assert.equal(speakerOf(body, 'cost her community jobs'), 'Rosalie Tom');
    const works = 'The plant closed.\n\nMayor Ewan Pike of a town that works with the processor said the loss would hurt.';
    assert.equal(speakerOf(works, 'loss would hurt'), 'Ewan Pike');
  });
  it('near miss: people before their own relative clause still speak as before', () => {
    const body = 'The plant closed.\n\nThe head of a union that represents nurses said the loss would hurt.';
    assert.equal(speakerOf(body, 'loss would hurt'), 'head of a union');
  });
});

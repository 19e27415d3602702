/**
 * Kinds of wrong or lost attribution the lead fixed in session 63, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';
import { keyFor } from '../../src/extractor/actors';
import { analyze } from '../../src/extractor/analyze';

describe('lead63: a French body\'s acronym leaves out its particles ("the AMF" for "the Autorité des marchés financiers")', () => {
  it('gives the acronym\'s words to the body named in full before', () => {
    const article = 'The Autorité des marchés financiers fined a Gatineau brokerage on Monday.\n\nThe AMF said the firm had ignored its orders.';
    assert.equal(speakerInArticle(article, 'ignored its orders'), 'Autorité des marchés financiers');
    const elided = 'The Régie de l\'assurance maladie du Québec changed its rules.\n\nThe RAMQ said the new rules start in June.';
    assert.equal(speakerInArticle(elided, 'start in June'), 'Régie de l\'assurance maladie du Québec');
  });
  it('near miss: other letters are another body ("AMQ"), and a capitalised "Le" keeps its letter', () => {
    assert.notEqual(speakerInArticle('The Autorité des marchés financiers fined a brokerage.\n\nThe AMQ said the fine was fair.', 'fine was fair'), 'Autorité des marchés financiers');
    assert.notEqual(speakerInArticle('The Caisse Le Mans Desjardins opened a branch.\n\nThe CMD said the branch was busy.', 'branch was busy'), 'Caisse Le Mans Desjardins');
  });
});

describe('lead63: "the Ontario government" and "the Government of Ontario" are one body', () => {
  it('keys both forms alike and gives both forms\' words to one actor', () => {
    assert.equal(keyFor('organization', 'Government of Ontario'), keyFor('organization', 'Ontario government'));
    assert.equal(keyFor('organization', 'Government of the Northwest Territories'), keyFor('organization', 'Northwest Territories government'));
    const article = 'The Government of Ontario will fund a new wing, the hospital said.\n\n“This wing will serve the region,” the Government of Ontario said.\n\nThe Ontario government said work would start in spring.';
    assert.equal(speakerInArticle(article, 'start in spring'), 'Government of Ontario');
  });
  it('near miss: another place\'s government, or a government named by more than a place, stays apart', () => {
    assert.notEqual(keyFor('organization', 'Government of Ontario'), keyFor('organization', 'Quebec government'));
    assert.notEqual(keyFor('organization', 'Government of Ontario and its agencies in the north'), keyFor('organization', 'Ontario and its agencies in the north government'));
  });
});

describe('lead63: an Indigenous nation\'s government is no company ("The company said" after a First Nation and a firm)', () => {
  it('gives "the company" to the firm, not the nation named after it', () => {
    const article = 'An outage cut service to four communities.\n\nNorthwind Telecom said a line was cut near the river. The Red Pine First Nation said its band office was closed.\n\nThe company said repairs would take two days.';
    assert.equal(speakerInArticle(article, 'repairs would take'), 'Northwind Telecom');
  });
  it('near miss: "the First Nation said" still finds the nation', () => {
    const article = 'Northwind Telecom said a line was cut. The Red Pine First Nation said its band office was closed.\n\nThe First Nation said it would open a warming centre.';
    assert.equal(speakerInArticle(article, 'warming centre'), 'Red Pine First Nation');
  });
});

describe('lead63: a food bank is a charity and a drug mart a company ("the company said")', () => {
  it('gives "the company" to the grocer, not the food bank the story is about, and to a drug mart', () => {
    const article = 'The Lakehead Food Bank says it has food for two more weeks.\n\nGrocery chain Northgate said it would match donations. “We want to help,” the company said.';
    assert.equal(speakerInArticle(article, 'want to help'), 'Northgate');
    const mart = 'PERTH, Ont. — Tay River Drug Mart will close six pharmacies.\n\nThe company said in a statement that the stores no longer pay.';
    assert.equal(speakerInArticle(mart, 'no longer pay'), 'Tay River Drug Mart');
    const drugs = 'Stores closed.\n\nKelso Drugs said its stores in Truro would close.\n\nThe company said staff would be moved.';
    assert.equal(speakerInArticle(drugs, 'staff would be moved'), 'Kelso Drugs');
  });
  it('near miss: a bank is still a company, and "the food bank said" still finds the food bank', () => {
    const bank = 'Harbourline Bank cut its rates on Monday.\n\nThe company said loans would cost less.';
    assert.equal(speakerInArticle(bank, 'loans would cost'), 'Harbourline Bank');
    const food = 'The Lakehead Food Bank opened a new depot.\n\nThe food bank said volunteers were needed.';
    assert.equal(speakerInArticle(food, 'volunteers were needed'), 'Lakehead Food Bank');
  });
});

describe('lead63: ", among the worst hit," is an aside on the subject before the cue', () => {
  it('gives the words to the people before the aside', () => {
    assert.equal(speakerInArticle('Crews worked overnight.\n\nFarmers in the valley, among the worst hit, said the water rose in minutes.', 'water rose'), 'Farmers in the valley');
  });
  it('near miss: a role between the commas is still the name\'s role', () => {
    assert.equal(speakerInArticle('Crews worked overnight.\n\nAnn Lee, a nurse, among the first to arrive, said the door was open.', 'door was open'), 'Ann Lee');
  });
});

describe('lead63: a body\'s name of several words, then a lower-case description ("The Riders Alliance Winnipeg advocacy group said")', () => {
  it('reads the whole phrase and gives the words to the body', () => {
    assert.equal(speakerInArticle('Fares rose.\n\nThe Riders Alliance Winnipeg advocacy group said low-income riders were left behind.', 'left behind'), 'Riders Alliance Winnipeg');
  });
  it('near miss: a shorter name reads as before', () => {
    assert.equal(speakerInArticle('Fares rose.\n\nThe Fair Fares advocacy group said low-income riders were left behind.', 'left behind'), 'Fair Fares');
  });
});

describe('lead63: a verb with its object gapped ("the same firm residents blamed for …") reports nothing before it', () => {
  it('makes no quote of the main clause', () => {
    const body = 'The council gave the contract to Gagnon Inc., the same firm residents blamed for days of unplowed streets.';
    assert.ok(!inArticle(`Snow\n\n${body}`).quotes.some((q) => q.text.startsWith('The council gave')));
  });
  it('near miss: a cue with an adjunct after it still takes the clause before', () => {
    assert.equal(speakerInArticle('Snow fell.\n\nThe plan was reckless, the mayor said with a sigh.', 'plan was reckless'), 'mayor');
  });
});

describe('lead63: a body named again by its last words in lower case ("the wildfire service", "the First Nation")', () => {
  it('gives the words to the body whose name ends so', () => {
    const article = 'The Alberta Wildfire Service said the fire grew overnight.\n\nThe wildfire service said crews would work through the night.';
    assert.equal(speakerInArticle(article, 'work through the night'), 'Alberta Wildfire Service');
    const nation = 'The Red Pine First Nation said its office was closed.\n\nThe First Nation said it would open a warming centre.';
    assert.equal(speakerInArticle(nation, 'warming centre'), 'Red Pine First Nation');
  });
  it('near miss: words no body\'s name ends in find no body by this rule', () => {
    const article = 'The Alberta Wildfire Service said the fire grew overnight.\n\nThe weather service said rain would come Friday.';
    assert.notEqual(speakerInArticle(article, 'rain would come'), 'Alberta Wildfire Service');
  });
});

describe('lead63: a place whose name ends in a place\'s head word ("Pender Island", "Gulf Islands") is no body', () => {
  const kindOf = (text: string, name: string): string | undefined => analyze(`Ferries\n\n${text}\n`).actors.find((a) => a.name === name)?.kind;
  it('types the island a place, before a person\'s noun or after "southern"', () => {
    assert.equal(kindOf('Galiano Island resident Ana Ruiz said she may rent a room.', 'Galiano Island'), 'place');
    assert.equal(kindOf('Ferries to the southern Gulf Islands were cut, the company said.', 'Gulf Islands'), 'place');
  });
  it('near miss: a brand before a city is still its arm there, a team in the plural still a team', () => {
    assert.equal(kindOf('Costco Winnipeg said the store was closed.', 'Costco Winnipeg'), 'organization');
    assert.equal(kindOf('The Toronto Raptors said the game was off.', 'Toronto Raptors'), 'organization');
  });
});

describe('lead63: a place\'s role owning an office ("Texas\'s governor\'s office said") speaks as "the governor\'s office" does', () => {
  it('gives the words to the office of the governor named before, or to the phrase', () => {
    const named = 'Rain fell in Austin.\n\nGov. Dana Whitlock\'s office said troopers were on the way.\n\nTexas\'s governor\'s office said shelters were open.';
    assert.equal(speakerInArticle(named, 'shelters were open'), 'office of Dana Whitlock');
    assert.ok(speakerInArticle('Rain fell.\n\nLouisiana\'s governor\'s office said shelters were open.', 'shelters were open'));
  });
  it('near miss: a place\'s possessive before a body, no role, is read as before', () => {
    assert.equal(speakerInArticle('Rain fell.\n\nTexas\'s largest utility said crews had arrived.', 'crews had arrived'), 'largest utility of Texas');
  });
});

describe('lead63: "the Florida senator" is the senator the article placed in Florida', () => {
  it('finds the holder by a role that opens with the place, "of PLACE" after the name, or a party label', () => {
    assert.equal(speakerInArticle('Talks stalled.\n\nFlorida Sen. Dana Whitlock said no. Sen. Ray Ortiz said yes.\n\nThe Florida senator added that he would vote no.', 'vote no'), 'Dana Whitlock');
    assert.equal(speakerInArticle('Talks stalled.\n\nSen. Ann Berg of Minnesota said the vote would come. Sen. Ray Ortiz disagreed.\n\nThe Minnesota senator said she was hopeful.', 'she was hopeful'), 'Ann Berg');
    assert.equal(speakerInArticle('Talks stalled.\n\nSen. Lena Cho (R-S.C.) said the bill was dead. Sen. Ray Ortiz (D-Va.) disagreed.\n\n“We will try again,” the South Carolina senator said.', 'try again'), 'Lena Cho');
  });
  it('near miss: no senator the article placed there, no speaker by this rule', () => {
    assert.notEqual(speakerInArticle('Talks stalled.\n\nSen. Ray Ortiz (D-Va.) said the bill was dead.\n\n“We will try again,” the South Carolina senator said.', 'try again'), 'Ray Ortiz');
  });
});

describe('lead63: "…, the group said" after a body\'s subject set off by its alias (", known as PIRG,")', () => {
  it('gives the words to the body the subject belongs to, past the alias', () => {
    const article = 'Recalled formula was still on sale, a consumer group said Monday.\n\nVolunteers for the Fair Shelves Project, known as FSP, bought recalled cans at 11 stores, the group said in a report.';
    assert.equal(speakerInArticle(article, 'bought recalled cans'), 'Fair Shelves Project');
  });
  it('near miss: a body named as a place the volunteers went stays out', () => {
    const article = 'Recalled formula was still on sale, a consumer group said Monday.\n\nVolunteers bought recalled cans at nine Loblaw stores, the group said.';
    assert.notEqual(speakerInArticle(article, 'bought recalled cans'), 'Loblaw');
  });
});

describe('lead63: "The company said" after a one-word name that spoke just before (breaker63)', () => {
  it('is that name\'s body, not a company named further back', () => {
    const article = 'PRINCE GEORGE, B.C. — Acme Corp. bought a sawmill last year.\n\nOn Monday, Norwell said the mill would close.\n\nThe company said 120 workers would lose their jobs.';
    assert.equal(speakerInArticle(article, '120 workers'), 'Norwell');
  });
  it('near miss: a person named by a given name who spoke just before is no company', () => {
    const article = 'PRINCE GEORGE, B.C. — Acme Corp. bought a sawmill last year.\n\nOn Monday, Mary said the mill would close.\n\nThe company said 120 workers would lose their jobs.';
    assert.notEqual(speakerInArticle(article, '120 workers'), 'Mary');
  });
});

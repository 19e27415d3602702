/**
 * Kinds of wrong or lost attribution scout60a fixed in session 60 (retail, restaurants and small
 * business news), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle as speakerOf } from './helpers';

/** The names of the actors of article `body`. */
const namesIn = (body: string): string[] => inArticle(body).actors.map((a) => a.name);

describe('scout60a: a hyphened given name whose second syllable ends in -ing ("Mei-Ling Chan said")', () => {
  it('is the person\'s given name, not a headline\'s gerund', () => {
    assert.equal(speakerOf('The mall is half empty.\n\nMei-Ling Chan said she had run her shop there for 19 years.', 'run her shop'), 'Mei-Ling Chan');
    assert.equal(speakerOf('Rents rose.\n\n"We cannot stay," said Xiao-Ming Lau, who sells tea.', 'cannot stay'), 'Xiao-Ming Lau');
    const later = 'Rents rose.\n\nHsiao-Ping Wu, a tailor, said the rent had doubled.\n\n"Where will I go?" Wu said.';
    assert.equal(speakerOf(later, 'Where will I go'), 'Hsiao-Ping Wu');
  });
  it('near miss: a hyphened gerund still opens a headline\'s phrase, not a name', () => {
    const body = 'Sales fell.\n\nCost-Cutting Mayor Ana Ruiz said the budget was tight.';
    assert.ok(!namesIn(body).some((n) => n.startsWith('Cost-Cutting')));
    assert.equal(speakerOf('Sales fell.\n\nChasing Lorimer, the reporters said the mayor had left.', 'mayor had left'), 'reporters');
  });
});

describe('scout60a: a Korean given name before a surname that is a place head ("Ji-woo Park, who owns …, said")', () => {
  it('is a person, whom the surname alone names later', () => {
    const body = 'Food trucks may park closer.\n\nJi-woo Park, who owns a lunch counter on Wells Street, said the trucks brought more people.\n\n"More people is good," Park said.';
    assert.equal(speakerOf(body, 'More people is good'), 'Ji-woo Park');
    assert.equal(speakerOf('Food trucks may park closer.\n\nSeo-yeon Hall said the trucks were welcome.', 'were welcome'), 'Seo-yeon Hall');
  });
  it('near miss: a park named for a place or a word no given name is stays a place', () => {
    const body = 'The swings were broken.\n\nResidents near Riverside Park, who asked for repairs, said the city did nothing.';
    assert.ok(!inArticle(body).actors.some((a) => a.name === 'Riverside Park' && a.kind === 'person'));
  });
});

describe('scout60a: a patron\'s or a small trade\'s noun capitalised before a full name ("Regular Tom Szabo said")', () => {
  it('describes the person and is no part of the name', () => {
    assert.equal(speakerOf('The brewery is growing.\n\nRegular Tom Szabo said he would keep buying its beer.', 'keep buying'), 'Tom Szabo');
    assert.equal(speakerOf('The shop closed.\n\nFlorist Nadia Brooks said the rent had tripled.', 'rent had tripled'), 'Nadia Brooks');
    assert.equal(speakerOf('Wages rose.\n\nFranchisee Omar Haddad said he would cut hours.', 'cut hours'), 'Omar Haddad');
  });
  it('near miss: the adjective before a common noun names no one, and a brewer may be a company', () => {
    const body = 'The brewery is growing.\n\nRegular customers said they would keep buying its beer.';
    assert.notEqual(speakerOf(body, 'keep buying'), 'Regular');
    assert.ok(!namesIn(body).includes('Regular'));
  });
});

describe('scout60a: "say" after people in the plural, before a noun and a participle that is a cue\'s form ("owners say fees charged by the apps are …")', () => {
  it('is the people\'s verb, no compound noun', () => {
    assert.equal(speakerOf('Margins are thin.\n\nRestaurant owners say fees charged by the apps are eating their profits.', 'eating their profits'), 'Restaurant owners');
    assert.equal(speakerOf('Margins are thin.\n\nCouriers say tips promised by customers often never arrive.', 'never arrive'), 'Couriers');
    assert.equal(speakerOf('Margins are thin.\n\nRestaurant owners in Calgary say fees charged by the apps are too high.', 'too high'), 'Restaurant owners in Calgary');
  });
  it('near miss: after a body\'s name the base form still opens a compound ("the Resolution Foundation think tank said")', () => {
    assert.equal(speakerOf('Wages rose.\n\nThe Resolution Foundation think tank said pay had risen 4 per cent.', 'pay had risen'), 'Resolution Foundation');
  });
});

describe('scout60a: a base form after an aside between commas ("Drivers, meanwhile, say they …")', () => {
  it('is the verb of the people before the aside', () => {
    assert.equal(speakerOf('Fees went up.\n\nDrivers, meanwhile, say they earn about $14 an hour after gas.', 'earn about'), 'Drivers');
    assert.equal(speakerOf('Fees went up.\n\nSome owners, however, argue the apps bring new customers.', 'bring new customers'), 'owners');
  });
  it('near miss: a base form after a noun in the singular and an aside is no speech verb of it', () => {
    const body = 'Fees went up.\n\nThe menu, however, say the cooks, is too long.';
    assert.notEqual(speakerOf(body, 'too long'), 'menu');
  });
});

describe('scout60a: people of a plural noun with its modifiers after "of", no determiner ("Owners of corner stores say")', () => {
  it('are the people the phrase opens with, not what they own', () => {
    assert.equal(speakerOf('A ban took effect.\n\nOwners of corner stores across Brooklyn say the ban has cut their sales.', 'cut their sales'), 'Owners of corner stores across Brooklyn');
    assert.equal(speakerOf('A ban took effect.\n\nOperators of food trucks said the rules were unfair.', 'rules were unfair'), 'Operators of food trucks');
  });
  it('near miss: a number after a body\'s "for" is no modifier of people ("the Senate for eight years would raise")', () => {
    const body = 'Polls tightened.\n\nA narrow win in the state she represented in the Senate for eight years would raise questions about her strength.';
    assert.notEqual(speakerOf(body, 'questions about'), 'Senate');
  });
});

describe('scout60a: "say" before a bare noun and its finite verb ("Residents across the city say rents are …")', () => {
  it('is the verb of the people before it, not a noun ("the final say")', () => {
    assert.equal(speakerOf('Rents rose.\n\nResidents across the city say rents are now out of reach.', 'out of reach'), 'Residents across the city');
    assert.equal(speakerOf('Rents rose.\n\nWorkers at stores across the region say wages have not kept up.', 'not kept up'), 'Workers at stores across the region');
  });
  it('near miss: "say" before a preposition stays the noun', () => {
    const body = 'Rents rose.\n\nThe law gives the city say over zoning, and the council wants the final say.';
    assert.equal(inArticle(body).quotes.length, 0);
  });
});

describe('scout60a: a bare quantifier after the same quantifier counted people in its sentence ("While many tenants …, many said")', () => {
  it('is those people, not the group that spoke before', () => {
    const body = 'Landlords backed the plan.\n\nWhile many tenants said they were uneasy, many said the plan would help.';
    assert.equal(speakerOf(body, 'plan would help'), 'tenants');
  });
  it('near miss: a quantifier that counted no one before in its sentence is still the group that spoke', () => {
    const body = 'Tenants said the rent was too high.\n\nOn Monday, many said the plan would help.';
    assert.equal(speakerOf(body, 'plan would help'), 'Tenants');
  });
});

describe('scout60a: a lede\'s role in the plural before the next paragraph names its holders ("the store\'s owners said")', () => {
  it('is the people of the role, never one of the people named after', () => {
    const body = 'The hardware store will move to a business park after its rent doubled, the store’s owners said Thursday.\n\nFerguson’s Hardware is owned by brothers Neil and Duncan Ferguson.';
    const who = speakerOf(body, 'move to a business park');
    assert.notEqual(who, 'Duncan Ferguson');
    assert.notEqual(who, 'Neil Ferguson');
  });
  it('near miss: a role in the singular is still the one person the next paragraph names', () => {
    const body = 'The hardware store will move to a business park after its rent doubled, the store’s owner said Thursday.\n\nNeil Ferguson said the move was hard.';
    assert.equal(speakerOf(body, 'move to a business park'), 'Neil Ferguson');
  });
});

describe('scout60a: a finding of an inquiry no one is named as making, then "according to X" ("The investigation found that …, according to the AG\'s office")', () => {
  it('is X\'s words', () => {
    const body = 'Eleven workers will get back wages.\n\nThe investigation found that the salons paid workers a flat daily rate, according to Hartwell Labour Services.';
    assert.equal(speakerOf(body, 'flat daily rate'), 'Hartwell Labour Services');
  });
  it('near miss: a finding whose subject is a person keeps its speaker, and "according to" a document adds no maker', () => {
    const person = 'Wages were low.\n\nInspector Dana Holt found that the salons paid a flat daily rate, according to Hartwell Labour Services.';
    assert.equal(speakerOf(person, 'flat daily rate'), 'Dana Holt');
    const record = 'Wages were low.\n\nThe audit found that the city overspent by $2 million, according to documents.';
    assert.equal(speakerOf(record, 'overspent'), null);
  });
});

describe('scout60a: a body named by trades listed before its members\' head ("the Retail, Wholesale and Department Store Union said")', () => {
  it('is one body with its whole name', () => {
    assert.equal(speakerOf('Stores will close.\n\nThe Retail, Wholesale and Department Store Union said it would seek severance.', 'seek severance'), 'Retail, Wholesale and Department Store Union');
    assert.equal(speakerOf('Plants will close.\n\nThe Bakery, Confectionery and Tobacco Workers Union said wages were low.', 'wages were low'), 'Bakery, Confectionery and Tobacco Workers Union');
  });
  it('near miss: places or names listed before a council stay apart', () => {
    const body = 'Rents rose.\n\nOttawa, Toronto and Hamilton Community Council said rents rose.';
    assert.ok(!namesIn(body).includes('Ottawa, Toronto and Hamilton Community Council') || inArticle(body).actors.find((a) => a.name === 'Ottawa, Toronto and Hamilton Community Council')?.kind !== 'organization');
  });
});

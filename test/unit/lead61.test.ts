/**
 * Kinds of wrong or lost attribution the lead fixed in session 61, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';
import { analyze } from '../../src/extractor/analyze';

describe('lead61: the phrase a restrictive relative clause modifies speaks, also before an aside ("Several airlines that use SkyLink, including Porter Airlines, said")', () => {
  it('gives the words to the people or bodies the clause modifies, not to its object', () => {
    assert.equal(speakerInArticle('A glitch at SkyLink stranded thousands.\n\nSeveral airlines that use SkyLink, including Porter Airlines, said they were rebooking passengers by hand.', 'rebooking passengers'), 'airlines');
    assert.equal(speakerInArticle('Travellers who booked through SkyLink, including a family from Laval, said they lost two days.', 'lost two days'), 'Travellers');
  });
  it('near miss: a name with a non-restrictive clause of its own ("SkyLink, which serves several airlines, including …,") still speaks', () => {
    assert.equal(speakerInArticle('SkyLink, which serves several airlines, including Porter Airlines, said the fault was fixed.', 'fault was fixed'), 'SkyLink');
  });
});

describe('lead61: "…,” said the coalition." — a body\'s noun alone after "the" closes an inverted source, whether or not a list of nouns holds it', () => {
  it('keeps the quotation and gives it to the body named before, or to the body\'s noun', () => {
    assert.equal(speakerInArticle('The Ferry Now Coalition wants a new vessel.\n\n“We want it now,” said the coalition.', 'want it now'), 'Ferry Now Coalition');
    assert.equal(speakerInArticle('The Ferry Now Coalition wants a new vessel.\n\n“Nothing works,” said the coalition on Monday.', 'Nothing works'), 'Ferry Now Coalition');
    for (const noun of ['alliance', 'federation', 'foundation', 'charity', 'association']) {
      assert.equal(speakerInArticle(`Mayors want a new ferry.\n\n“We will not wait,” said the ${noun}.`, 'will not wait'), noun, noun);
    }
  });
  it('near miss: a person after the body\'s noun, or its officer in apposition, speaks', () => {
    assert.equal(speakerInArticle('Mayors want a new ferry.\n\n“It is late,” said the alliance\'s president, Ann Roe.', 'It is late'), 'Ann Roe');
    assert.equal(speakerInArticle('Mayors want a new ferry.\n\n“We will wait,” said federation leader Tom Ode.', 'will wait'), 'Tom Ode');
  });
});

describe('lead61: a company whose first word the name table lists ("Prairie Aerostructures, a Wichita firm,") is a body', () => {
  const supplier = (name: string, appositive: string): string => `Boeing picked a new supplier for fuselage parts.\n\n${name}, ${appositive}, will build the panels.\n\n“We are proud to be chosen,” the company said.`;
  it('reads the appositive\'s trade past a capitalised place before it, and gives "the company" to the body, not to the company named before', () => {
    assert.equal(speakerInArticle(supplier('Prairie Aerostructures', 'a Wichita firm'), 'proud to be chosen'), 'Prairie Aerostructures');
    assert.equal(speakerInArticle(supplier('Summit Crest', 'a Kansas aircraft company'), 'proud to be chosen'), 'Summit Crest');
  });
  it('near miss: a trade a person may have, or a body capitalised inside a person\'s role, leaves the person', () => {
    const developer = inArticle(supplier('Sterling Jones', 'a local developer'));
    assert.equal(developer.actors.find((a) => a.name === 'Sterling Jones')?.kind, 'person');
    assert.equal(speakerInArticle(supplier('Sterling Jones', 'a local developer'), 'proud to be chosen'), 'Boeing');
    const donor = inArticle('Robert Mercer, a longtime Club for Growth donor who backs the senator, gave again.');
    assert.equal(donor.actors.find((a) => a.name === 'Robert Mercer')?.kind, 'person');
  });
});

describe('lead61: people placed at a body of several lower-case words ("Workers at the Suncor base plant said") speak', () => {
  it('reads back over the place\'s words to the people, whether an article, an owner\'s possessive or modifiers open it', () => {
    assert.equal(speakerInArticle('Workers at the Suncor base plant said they feared cuts.', 'feared cuts'), 'Workers at the Suncor base plant');
    assert.equal(speakerInArticle('Workers at Suncor\'s base plant said they feared deep cuts.', 'feared deep cuts'), 'Workers at Suncor\'s base plant');
    assert.equal(speakerInArticle('Workers at a Halifax fish processing plant said the line had stopped.', 'line had stopped'), 'Workers at a Halifax fish processing plant');
    assert.equal(speakerInArticle('Workers at the state-owned utility said they were told nothing.', 'told nothing'), 'Workers at the state-owned utility');
  });
  it('near miss: a place whose last word is no noun makes no people of the words before a noun that looks like a verb', () => {
    assert.equal(speakerInArticle('Trump leads, according to a survey of operatives in the four early nominating states: Iowa, New Hampshire and Nevada.', 'Iowa, New Hampshire'), undefined);
    assert.equal(speakerInArticle('Inspectors found rust at the Suncor base plant, said a union official.', 'found rust'), 'union official');
  });
});

describe('lead61: a lone name opening the clause, then where its bearer is ("Davis in Fort McMurray said"), speaks, not the place', () => {
  const body = '“We have mortgages,” said pipefitter Lena Davis.\n\nDavis in Fort McMurray said the mood was grim.\n\nSuncor in Calgary said the plan was unchanged.\n\nPolice in Fort McMurray said no one was hurt.\n\nResidents in Fort McMurray said they were worried.';
  it('gives the words to the person or body named', () => {
    assert.equal(speakerInArticle(body, 'mood was grim'), 'Lena Davis');
    assert.equal(speakerInArticle(body, 'plan was unchanged'), 'Suncor');
  });
  it('near miss: a capitalised people noun opening the sentence is the people placed there', () => {
    assert.equal(speakerInArticle(body, 'no one was hurt'), 'Police in Fort McMurray');
    assert.equal(speakerInArticle(body, 'were worried'), 'Residents in Fort McMurray');
  });
});

describe('lead61: a Chinese name whose family name is the pronoun "He" ("spokeswoman He Yadong said", "said He Lifeng")', () => {
  const body = 'Commerce Ministry spokeswoman He Yadong said China would respond.\n\n“Trade must be fair,” said He Lifeng, China\'s vice-premier.\n\nHe Lifeng later met the delegation. He said talks went well.';
  it('is a person who speaks, and "He said" after the name stays the pronoun that stands for him', () => {
    const a = inArticle(body);
    assert.deepEqual(a.actors.filter((x) => x.kind === 'person').map((x) => x.name).sort(), ['He Lifeng', 'He Yadong']);
    assert.equal(speakerInArticle(body, 'would respond'), 'He Yadong');
    assert.equal(speakerInArticle(body, 'must be fair'), 'He Lifeng');
    assert.equal(speakerInArticle(body, 'talks went well'), 'He Lifeng');
  });
  it('near miss: "He" before an English word or a lower-case verb is the pronoun, no name', () => {
    const a = inArticle('The senator left early. He Long ago gave up on the bill, and He Told Reporters so. He said it was over.');
    assert.ok(!a.actors.some((x) => x.name.startsWith('He ')), JSON.stringify(a.actors.map((x) => x.name)));
  });
});

describe('lead61: a "quoting" or "citing" aside between a cue and its content ("said Tuesday, quoting the mayor, “We will rebuild.”")', () => {
  const pairs = (body: string): Array<[string, string | null]> => inArticle(body).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
  it('leaves the aside out of what was said, a quotation or a "that" clause', () => {
    assert.deepEqual(pairs('Officials said Tuesday, quoting the mayor, “We will rebuild.”'), [['We will rebuild.', 'Officials']]);
    assert.deepEqual(pairs('Police said, citing witnesses, “He ran north.”'), [['He ran north.', 'Police']]);
    assert.deepEqual(pairs('The chief said, quoting the ministry, that hope endures.'), [['hope endures', 'chief']]);
  });
  it('near miss: a participle that quotes with no cue before it reports nothing of a cue\'s, and a plain time adjunct still leads to the quotation', () => {
    assert.deepEqual(pairs('Officials said Tuesday, “We will rebuild soon.”'), [['We will rebuild soon.', 'Officials']]);
    assert.ok(!pairs('She kept quoting the mayor, “We will rebuild,” at every stop.').some(([text]) => text.startsWith('the mayor')));
  });
});

describe('lead61: "The office said" after a country\'s office ("Britain\'s statistics office said") is that country, as "the ministry" is', () => {
  it('gives the words to the country that owns the office', () => {
    assert.equal(speakerInArticle('Britain\'s statistics office said on Friday that output fell 0.3 percent.\n\nThe office said construction was weakest.', 'construction was weakest'), 'United Kingdom');
  });
  it('near miss: a person\'s office named nearer is the office meant', () => {
    assert.equal(speakerInArticle('Britain\'s statistics office said output fell.\n\nPrime Minister Keir Starmer\'s office said he would respond.\n\nThe office said a statement was coming.', 'statement was coming'), 'office of Keir Starmer');
  });
});

describe('lead61: a body\'s acronym before a description\'s noun ("The WHO agency said", "The UN agency said") names the body it stands for', () => {
  it('is the body named in full before: its initials, or a body of the UN system', () => {
    assert.equal(speakerInArticle('The World Health Organization warned of a surge. The WHO agency said cases had doubled.', 'cases had doubled'), 'World Health Organization');
    assert.equal(speakerInArticle('The World Health Organization warned of a surge. The UN agency said cases had doubled.', 'cases had doubled'), 'World Health Organization');
    assert.equal(speakerInArticle('The tanker was stopped.\n\nIRNA news agency said the ship was seized.', 'ship was seized'), 'IRNA');
  });
  it('near miss: with no such body named, the acronym\'s own body speaks; a body of another acronym is not meant', () => {
    assert.equal(speakerInArticle('Delegates met in Geneva. The UN agency said talks would go on.', 'talks would go on'), 'UN');
    assert.notEqual(speakerInArticle('Frontex counted fewer crossings. The UN agency said arrivals had fallen.', 'arrivals had fallen'), 'Frontex');
  });
});

describe('lead61: "said the chair of the board, Ann Roe" — an office of a body named by its noun, then the holder in apposition', () => {
  it('gives the words to the holder named after the comma', () => {
    assert.equal(speakerInArticle('The group grew fast.\n\n“We won,” said the chair of the board, Ann Roe.', 'We won'), 'Ann Roe');
    assert.equal(speakerInArticle('The group grew fast.\n\n“We waited,” said the founder of the company, Mark Doyle.', 'We waited'), 'Mark Doyle');
  });
  it('near miss: a body\'s name after the comma is where the office is, no holder', () => {
    assert.notEqual(speakerInArticle('Crews were out all night.\n\n“We are ready,” said the head of the roads department, Halifax Regional Municipality.', 'We are ready'), 'Halifax Regional Municipality');
  });
});

describe('lead61: a headline of two sentences on the first line is the article\'s title', () => {
  const body = 'Officials met on Monday to discuss the budget, and the mayor said the city would cut spending by two percent over the next year.';
  it('is the title in Title Case, or short in sentence case', () => {
    assert.equal(analyze(`One Sentence From Trump Just Set Off A Firestorm. His Response Took Everyone By Surprise.\n\n${body}`).title, 'One Sentence From Trump Just Set Off A Firestorm. His Response Took Everyone By Surprise.');
    assert.equal(analyze(`Virginian could make history. Again.\n\n${body}`).title, 'Virginian could make history. Again.');
  });
  it('near miss: a lede of two longer sentences in sentence case is no title', () => {
    assert.equal(analyze(`Police were called to a house on Elm Street early Sunday morning. No one was hurt in the fire, the chief said.\n\n${body}`).title, null);
  });
});

describe('lead61: "the Florida senator and Republican presidential candidate said" — two roles of one person after one article', () => {
  it('keeps the quotation, its source the whole phrase', () => {
    const q = inArticle('“North Korea is run by a lunatic,” the Florida senator and Republican presidential candidate said in a statement.').quotes.find((x) => x.text.includes('lunatic'));
    assert.ok(q, 'the quote is found');
    assert.equal(q.speakerMention?.text, 'the Florida senator and Republican presidential candidate');
  });
  it('near miss: a plural noun after "and" is people of their own', () => {
    assert.equal(speakerInArticle('The teacher and parents said they were worried.', 'were worried'), 'parents');
  });
});

describe('lead61: a lone word and the lower-case noun after it that a body\'s name opens with ("Credit unions are …" beside "Credit Union Deposit Guarantee Corporation") name no one', () => {
  it('gives the body no alias from the common noun', () => {
    const a = inArticle('Approval from the Credit Union Deposit Guarantee Corporation is pending.\n\n“Credit unions are consolidating because costs do not scale down,” said analyst Mary Fehr.');
    const body = a.actors.find((x) => x.name === 'Credit Union Deposit Guarantee Corporation');
    assert.ok(body && !body.aliases.includes('Credit'), JSON.stringify(body?.aliases));
  });
  it('near miss: the lone word alone is still the body it opens', () => {
    assert.equal(speakerInArticle('Approval from the Harlow Deposit Guarantee Corporation is pending.\n\nHarlow said the review would take a week.', 'take a week'), 'Harlow Deposit Guarantee Corporation');
  });
});

describe('lead61: a person named by a lone common word, then where they are ("Trump in Florida said"), speaks, not the place', () => {
  it('gives the words to the person the article named in full', () => {
    assert.equal(speakerInArticle('Donald Trump held a rally on Monday.\n\nTrump in Florida said the economy was strong.', 'economy was strong'), 'Donald Trump');
  });
  it('near miss: a name inside the clause, not opening it, leaves the people placed before it', () => {
    assert.equal(speakerInArticle('Donald Trump held a rally on Monday.\n\nProtesters outside Trump Tower in Manhattan said they were angry.', 'were angry'), 'Protesters outside Trump Tower');
  });
});

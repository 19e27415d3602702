/**
 * Kinds of wrong or lost attribution the lead fixed in session 62, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, speakerInArticle } from './helpers';
import { tokenize } from '../../src/extractor/tokenizer';
import { analyze } from '../../src/extractor/analyze';

describe('lead62: an acronym spelled as "who" ("The WHO warned", "the WHO said") is a body, not a relative pronoun', () => {
  it('gives the words to the body, named in full before or by its acronym alone', () => {
    const article = 'The World Health Organization said cases had doubled.\n\nThe WHO warned that vaccination rates were falling. “We are losing ground,” the WHO said.';
    assert.equal(speakerInArticle(article, 'rates were falling'), 'World Health Organization');
    assert.equal(speakerInArticle(article, 'losing ground'), 'World Health Organization');
    assert.equal(speakerInArticle('Cholera is spreading in the region, the WHO said on Friday.', 'Cholera is spreading'), 'WHO');
  });
  it('near miss: "who" in lower case and "Who" opening a question stay pronouns; a line of capitals keeps the word', () => {
    assert.equal(speakerInArticle('“We need a plan,” said Ana Ruiz, who leads the union.', 'need a plan'), 'Ana Ruiz');
    assert.equal(tokenize('Who said it?', 0, 12)[0].lower, 'who');
    assert.equal(tokenize('WHO SAID IT', 0, 11)[0].lower, 'who');
    assert.equal(tokenize('The WHO said', 0, 12)[1].lower, 'WHO');
  });
});

describe('lead62: a colon closes a "quoting" aside before the quotation it introduces ("said, quoting the mayor: “…”")', () => {
  const pairs = (body: string): Array<[string, string | null]> => inArticle(body).quotes.map((q) => [q.text, q.speaker?.name ?? null]);
  it('leaves the aside out of what was said', () => {
    assert.deepEqual(pairs('Police said Tuesday, citing witnesses: “He ran north.”'), [['He ran north.', 'Police']]);
    assert.deepEqual(pairs('Officials said, quoting the mayor: “We will rebuild.”'), [['We will rebuild.', 'Officials']]);
  });
  it('near miss: a colon after words of the cue\'s own that are no aside keeps them out of an aside\'s reading', () => {
    assert.ok(!pairs('She kept quoting the mayor: “We will rebuild,” at every stop.').some(([text]) => text.startsWith('the mayor')));
  });
});

describe('lead62: "the paper" alone is a newspaper, never the statement of the last body that spoke', () => {
  it('gives the words to the newspaper named before, or to no body that spoke', () => {
    assert.equal(speakerInArticle('The Dover Post reported the vote on Monday.\n\nThe paper said, quoting the mayor: “We will not close the schools.”', 'close the schools'), 'Dover Post');
    assert.notEqual(speakerInArticle('The World Health Organization said cases had doubled.\n\nThe paper said the outbreak began in March.', 'outbreak began'), 'World Health Organization');
  });
  it('near miss: a research paper with a year or an adjective is still the body\'s that released it', () => {
    assert.equal(speakerInArticle('The Center for Tax Research released a paper in 2009 on trading taxes.\n\nAccording to the 2009 paper, the tax would raise $110 billion a year.', 'would raise'), 'Center for Tax Research');
  });
});

describe('lead62: producers, whose firms speak in the plural as a group ("Producers said", as "Processors said")', () => {
  it('gives the words to the group the plural names', () => {
    for (const trade of ['Producers', 'Processors']) assert.equal(speakerInArticle(`Prices fell again in March.\n\n${trade} said the season was lost.`, 'season was lost'), trade, trade);
  });
  it('near miss: a body named in full by its members\' trade is that body', () => {
    assert.equal(speakerInArticle('Prices fell again in March.\n\nAlberta Beef Producers said the season was lost.', 'season was lost'), 'Alberta Beef Producers');
  });
});

describe('lead62: an unnamed owner\'s possessive before the subject\'s head ("The premier\'s office declined to comment, saying …")', () => {
  it('gives the participle\'s words to the owned head\'s phrase', () => {
    assert.equal(speakerInArticle('Talks went on.\n\nThe premier\'s office declined to comment, saying the file was closed.', 'file was closed'), "premier's office");
    assert.equal(speakerInArticle('Talks went on.\n\nThe company\'s lawyer declined to comment, saying the case was before the court.', 'before the court'), "company's lawyer");
  });
  it('near miss: a thing the possessive owns is no speaker, and the people after "with" speak', () => {
    assert.equal(speakerInArticle('Talks went on.\n\nThe company\'s shares fell, with analysts saying demand was weak.', 'demand was weak'), 'analysts');
  });
});

describe('lead62: two levels of government joined before one plural people noun, opening the sentence ("Local and state officials said")', () => {
  it('names the group by the whole phrase, "local" among the modifiers', () => {
    assert.equal(speakerInArticle('The road flooded.\n\nLocal and state officials said the road was closed.', 'road was closed'), 'Local and state officials');
    assert.equal(speakerInArticle('The road flooded.\n\nState and local officials said the road was closed.', 'road was closed'), 'State and local officials');
    assert.equal(speakerInArticle('The road flooded.\n\nThe road was closed, local and federal officials said.', 'road was closed'), 'local and federal officials');
  });
  it('near miss: people joined to a group stay two, and "a local" alone is a person', () => {
    assert.notEqual(speakerInArticle('The road flooded.\n\nResidents and local officials said the road was closed.', 'road was closed'), 'Residents and local officials');
    assert.equal(speakerInArticle('The road flooded.\n\nA local said the road was closed.', 'road was closed'), 'local');
  });
});

describe('lead62: a body\'s description after two bodies joined by "and" that both fit it is no one\'s ("Marine Atlantic and BC Ferries … The company said")', () => {
  it('names neither body', () => {
    const speaker = speakerInArticle('Ferry strike\n\nMarine Atlantic and BC Ferries both run ships. The company said its fleet was aging.', 'fleet was aging');
    assert.ok(speaker !== 'Marine Atlantic' && speaker !== 'BC Ferries', String(speaker));
    const agency = speakerInArticle('Crash probe\n\nThe FAA and the NTSB opened inquiries. The agency said the plane was new.', 'plane was new');
    assert.ok(agency !== 'FAA' && agency !== 'NTSB', String(agency));
  });
  it('near miss: a body and the other it deals with, not joined by "and", leave the subject the company meant', () => {
    assert.equal(speakerInArticle('Deal news\n\nAcme Corp. agreed to buy Beta Inc. on Monday. The company said the deal would close in May.', 'close in May'), 'Acme Corp.');
  });
});

describe('lead62: a wire dateline alone on its line ("ST. JOHN\'S, N.L. --") is the dateline, never a heading that makes a short headline a label', () => {
  it('keeps the short headline as the title, and reads the date a dateline alone gives', () => {
    for (const dateline of ["ST. JOHN'S, N.L. --", 'HALIFAX, N.S. —']) assert.equal(analyze(`Talks stall\n\n${dateline}\n\nThe union said its members would not return.`).title, 'Talks stall', dateline);
    assert.equal(analyze('Talks stall\n\nLONDON, 30 October 2024 (Reuters) -\n\nThe union said its members would not return.').published, '2024-10-30');
  });
  it('near miss: a dateline that opens the lede\'s line leaves the lede\'s words to it', () => {
    const a = analyze('Talks stall\n\nHALIFAX, N.S. — The union said its members would not return.');
    assert.equal(a.title, 'Talks stall');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.name]), [['its members would not return', 'union']]);
  });
});

describe('lead62: a title in the plural before the given names of its holders ("Owners Jake Morrison and Ana Beltrán") is their office, no word of a name', () => {
  const names = (body: string, kind = 'person') => inArticle(body).actors.filter((a) => a.kind === kind).map((a) => a.name).sort();
  it('names the person without the plural title', () => {
    assert.deepEqual(names('Owners Jake Morrison and Ana Beltrán spent two years restoring the building.\n\n“I used to slide down that pole,” Morrison said.'), ['Ana Beltrán', 'Jake Morrison']);
    assert.equal(speakerInArticle('Owners Jake Morrison and Ana Beltrán spent two years restoring the building.\n\n“I used to slide down that pole,” Morrison said.', 'slide down'), 'Jake Morrison');
    assert.deepEqual(names('Co-founders Jake Lee and Bo Ray opened the shop.'), ['Bo Ray', 'Jake Lee']);
  });
  it('near miss: the plural in a body\'s name, before no given name, stays the name\'s', () => {
    assert.deepEqual(names('The Lakeview Owners Association said the fees would rise.', 'organization'), ['Lakeview Owners Association']);
  });
});

describe('lead62: Quebec\'s health and school bodies by their letters and their region ("CISSS des Laurentides", "CSS de Laval") are one body', () => {
  it('names the body whole, never its region as a person', () => {
    assert.equal(speakerInArticle('The ER closed overnight.\n\nThe CISSS des Laurentides said the ER would reopen.', 'ER would reopen'), 'CISSS des Laurentides');
    assert.equal(speakerInArticle('Schools closed.\n\nThe CSS de Laval said classes would resume.', 'classes would resume'), 'CSS de Laval');
  });
  it('is the body a description names in apposition, its lower-case words and all', () => {
    assert.equal(speakerInArticle('The ER closed overnight.\n\nThe regional health authority, the CISSS des Laurentides, said in a statement that it was “actively recruiting” nurses.', 'actively recruiting'), 'CISSS des Laurentides');
    assert.equal(speakerInArticle('Rates rose.\n\nThe bank, the Banque de Montréal, said rates would fall.', 'rates would fall'), 'Banque de Montréal');
  });
  it('near miss: the letters alone are the body\'s name too', () => {
    assert.equal(speakerInArticle('The ER closed overnight.\n\nThe CISSS said the ER would reopen.', 'ER would reopen'), 'CISSS');
  });
});

describe('lead62: "the city" is never a borough named for the city the article names ("Montréal-Nord" under a MONTRÉAL dateline)', () => {
  it('gives the words to the city', () => {
    assert.equal(speakerInArticle('MONTRÉAL — Repairs to the bridge will take another year.\n\nResidents of Montréal-Nord say the detours add an hour.\n\nThe city said it would add a bus lane.', 'bus lane'), 'Montréal');
  });
  it('near miss: a hyphenated town of its own, no borough of a city named, is "the city"', () => {
    assert.equal(speakerInArticle('Residents of Rouyn-Noranda say the smelter is too loud.\n\nThe city said it would test the air.', 'test the air'), 'Rouyn-Noranda');
  });
});

describe('lead62: bodies the names stage took for people — a Quebec firm named trade first, a home for the old, a unit by its number — and picketers as a group', () => {
  const kindOf = (body: string, name: string) => inArticle(body).actors.find((a) => a.name === name)?.kind;
  it('makes each the kind it is', () => {
    assert.equal(kindOf('Construction Bélanger won the contract, the city said.', 'Construction Bélanger'), 'organization');
    assert.equal(kindOf('Inspectors visited Pioneer Manor on Tuesday. Pioneer Manor said it would hire staff.', 'Pioneer Manor'), 'organization');
    assert.equal(kindOf('The School District No. 23 trustees met. School District No. 23 said classes resume.', 'School District No. 23'), 'organization');
    assert.equal(speakerInArticle('The library closed.\n\nPicketers said the library would stay closed.', 'stay closed'), 'Picketers');
  });
  it('near miss: a surname after a word that is no trade, and a shirt number before a name, stay a person\'s', () => {
    assert.equal(kindOf('Maçonnerie is hard work, Luc Bélanger said.', 'Luc Bélanger'), 'person');
    assert.equal(speakerInArticle('The game ended late.\n\nNo. 5 Jake Lee said the team played well.', 'played well'), 'Jake Lee');
  });
});

describe('lead62: a people noun opening a sentence before a full name with a surname\'s particles ("Rancher Marten van der Berg said")', () => {
  it('is the person\'s description, not a word of the name', () => {
    assert.equal(speakerInArticle('The river rose.\n\nRancher Marten van der Berg said the water rose fast.', 'water rose fast'), 'Marten van der Berg');
  });
  it('near miss: particles alone past the name\'s words make no longer name one', () => {
    assert.equal(speakerInArticle('The river rose.\n\nRancher Marten Berg said the water rose.', 'water rose'), 'Marten Berg');
  });
});

describe('lead62: "…, state police said": a verb\'s base form before a collective or plural people noun that closes the source is its modifier', () => {
  it('keeps the quote and names the group whole', () => {
    assert.equal(speakerInArticle('The highway flooded.\n\nThe road was closed, state police said.', 'road was closed'), 'state police');
    assert.equal(speakerInArticle('The highway flooded.\n\nThe bridge was shut, state troopers said Tuesday.', 'bridge was shut'), 'state troopers');
  });
  it('near miss: a modifier that is no verb reads as before', () => {
    assert.equal(speakerInArticle('The highway flooded.\n\nThe road was closed, provincial police said.', 'road was closed'), 'provincial police');
  });
});

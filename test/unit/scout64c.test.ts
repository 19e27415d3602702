/**
 * Kinds of wrong or lost attribution scout64c fixed in session 64 (international diplomacy and
 * trade), each written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { speakerInArticle as speakerOf } from './helpers';

describe('scout64c: a titled name with a surname\'s lower-case particles before the cue ("…," Trade Minister Ana de la Vega said)', () => {
  it('keeps the quote, and the title with the name', () => {
    assert.equal(speakerOf('"The tariffs will go," Trade Minister Luisa Ortega de la Peña said.', 'tariffs will go'), 'Luisa Ortega de la Peña');
    assert.equal(speakerOf('"We are ready to talk," Ambassador Pieter van der Waal told reporters.', 'ready to talk'), 'Pieter van der Waal');
  });
  it('near miss: a place\'s particle in a group\'s phrase stays the group\'s', () => {
    assert.equal(speakerOf('Diplomats in Rio de Janeiro said the talks had stalled.', 'talks had stalled'), 'Diplomats in Rio de Janeiro');
  });
});

describe('scout64c: a country\'s role in a lede, named in the next paragraph ("Ukraine\'s ambassador to Canada urged … ¶ … Ambassador NAME said")', () => {
  it('is the holder the next paragraph names by the role', () => {
    const body = 'Brazil\'s trade minister warned Monday that the quota deal was in danger.\n\n"We cannot sign this text," Trade Minister Rafael Nogueira told reporters in Brasilia.';
    assert.equal(speakerOf(body, 'quota deal was in danger'), 'Rafael Nogueira');
  });
  it('near miss: a holder of another role in the next paragraph is someone else', () => {
    const body = 'Brazil\'s trade minister warned Monday that the quota deal was in danger.\n\n"We cannot sign this text," Senator Rafael Nogueira told reporters in Brasilia.';
    assert.notEqual(speakerOf(body, 'quota deal was in danger'), 'Rafael Nogueira');
  });
});

describe('scout64c: bodies in the plural after a capitalised modifier and a lower-case one ("Canadian environmental groups said")', () => {
  it('are the group, not a lost quote', () => {
    assert.equal(speakerOf('Mexican business groups said the review would chill investment.', 'chill investment'), 'Mexican business groups');
    assert.equal(speakerOf('Local trade associations said the border delays were costing them sales.', 'costing them sales'), 'Local trade associations');
  });
  it('near miss: the object of a verb before them is no part of the subject', () => {
    assert.equal(speakerOf('The envoy met business groups and said the talks would resume.', 'talks would resume'), 'envoy');
  });
});

describe('scout64c: trades of heavy industry in the plural as a group ("Steelworkers in Hamilton said")', () => {
  it('are the group, placed', () => {
    assert.equal(speakerOf('Autoworkers in Oshawa, Ont., said they expected the plant to close.', 'expected the plant to close'), 'Autoworkers in Oshawa');
  });
  it('near miss: the union named for them stays the union', () => {
    assert.equal(speakerOf('The United Steelworkers said it expected the mill to close.', 'expected the mill to close'), 'United Steelworkers');
  });
});

describe('scout64c: a trade association named by two fields joined before "Industry" ("the Computer and Communications Industry Association")', () => {
  it('is one body', () => {
    assert.equal(speakerOf('The Software and Communications Industry Association said the levy was discriminatory.', 'levy was discriminatory'), 'Software and Communications Industry Association');
  });
  it('near miss: a company\'s name joined without "the" stays a body of its own', () => {
    assert.equal(speakerOf('The ministry met Bell and Communications Industry Association officials, who said the levy was discriminatory.', 'levy was discriminatory'), 'Communications Industry Association officials');
  });
});

describe('scout64c: "Jan" as a woman\'s given name too (English) as well as a man\'s (Dutch, Polish, Czech)', () => {
  it('lets "she" after her reported words go to her, not to a woman named before', () => {
    const body = 'The importers\' council backed the move. Its chair, Nadia Brecht, said members had lost sales.\n\nIn Manitoba, hog farmer Jan Sokolova said she doubted it would help.\n\n"Nothing ever changes out here," she said.';
    assert.equal(speakerOf(body, 'Nothing ever changes'), 'Jan Sokolova');
  });
  it('near miss: "he" still goes to a man named Jan', () => {
    const body = 'Its chair, Nadia Brecht, said members had lost sales.\n\nFormer envoy Jan Vermeulen said the aid came late.\n\n"We waited for weeks," he said.';
    assert.equal(speakerOf(body, 'waited for weeks'), 'Jan Vermeulen');
  });
});

describe('scout64c: a think tank after a place\'s name ("according to a Washington think tank")', () => {
  it('is the think tank, not the place\'s country', () => {
    assert.equal(speakerOf('Sanctions enforcement has lagged for a decade, according to an Ottawa think tank.', 'enforcement has lagged'), 'Ottawa think tank');
  });
  it('near miss: a place alone after "according to" is still the place', () => {
    assert.equal(speakerOf('Sanctions enforcement has lagged for a decade, according to Ottawa.', 'enforcement has lagged'), 'Canada');
  });
});

describe('scout64c: a college named "Polytechnic" ("Seneca Polytechnic … The college said")', () => {
  it('is a body, which "the college" later means', () => {
    const body = 'Humber Polytechnic said enrolment from abroad had halved.\n\nThe college said it had cut 40 contract positions.';
    assert.equal(speakerOf(body, 'enrolment from abroad'), 'Humber Polytechnic');
    assert.equal(speakerOf(body, 'cut 40 contract positions'), 'Humber Polytechnic');
  });
  it('near miss: its president named after it is the one who speaks', () => {
    assert.equal(speakerOf('Humber Polytechnic president Ann Roy said enrolment from abroad had halved.', 'enrolment from abroad'), 'Ann Roy');
  });
});

describe('scout64c: people of one of the bodies a past form modifies ("An official at one of the sanctioned firms said")', () => {
  it('is the phrase whole, which "the official" later means', () => {
    const body = 'A Treasury spokeswoman, Mara Holt, said the measures were coordinated.\n\nAn official at one of the blacklisted shippers said the company had broken no law. The official said the firm "has always complied."';
    assert.equal(speakerOf(body, 'had broken no law'), 'official at one of the blacklisted shippers');
    assert.equal(speakerOf(body, 'has always complied'), 'official at one of the blacklisted shippers');
  });
  it('near miss: a person of the body named before stays named', () => {
    assert.equal(speakerOf('Lena Park, an official at one of the blacklisted shippers, said the company had broken no law.', 'had broken no law'), 'Lena Park');
  });
});

describe('scout64c: a quotation in a clause of speech still to come, which a closing "…, NAME said" reports ("Canada will respond “dollar for dollar” …, the minister said")', () => {
  it('is the words of the one who closes the sentence', () => {
    assert.equal(speakerOf('Mexico will answer "measure for measure" any new duties, Economy Minister Rosa Ibarra said Monday.', 'measure for measure'), 'Rosa Ibarra');
  });
  it('near miss: a quotation someone already spoke stays theirs', () => {
    assert.equal(speakerOf('Lathem called the levy "a direct attack," Economy Minister Rosa Ibarra said Monday.', 'a direct attack'), 'Lathem');
  });
});

describe('scout64c: a closing appositive that sums up the sentence and names another reacting to it ("…, the ministry said, a move Moscow vowed to answer")', () => {
  it('leaves the clause before the cue to the one who said it, and reports nothing of it for the other', () => {
    const body = 'Ottawa has recalled its envoy from Caracas, Global Affairs Canada said Friday, a move Venezuela quickly vowed to match.';
    assert.equal(speakerOf(body, 'recalled its envoy'), 'Global Affairs Canada');
  });
  it('the other\'s own quotation after its verb stays the other\'s', () => {
    const body = 'Ottawa has recalled its envoy from Caracas, Global Affairs Canada said Friday, a move Venezuela called "hostile."';
    assert.equal(speakerOf(body, 'recalled its envoy'), 'Global Affairs Canada');
    assert.equal(speakerOf(body, 'hostile'), 'Venezuela');
  });
  it('near miss: a time after the cue is no appositive that reports', () => {
    assert.equal(speakerOf('Ottawa has recalled its envoy, Global Affairs Canada said Friday, a day after the vote.', 'recalled its envoy'), 'Global Affairs Canada');
  });
});

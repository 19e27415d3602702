/**
 * Kinds of wrong or missing speaker the lead fixed in session 52, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

describe('lead52: an appositive that holds a month spelled like a modal ("Tom Hale, hired in May, said")', () => {
  it('the month is no modal: the appositive is skipped and the name before it speaks', () => {
    assert.equal(speakerOf('Rita Oduya, hired in May, said the clinic would reopen.', 'clinic would reopen'), 'Rita Oduya');
    assert.equal(speakerOf('Rita Oduya, appointed last May, said the clinic would reopen.', 'clinic would reopen'), 'Rita Oduya');
    assert.equal(speakerOf('Rita Oduya, who took over in May, said the clinic would reopen.', 'clinic would reopen'), 'Rita Oduya');
  });
  it('near miss: an appositive with a modal in lower case stays a clause of its own', () => {
    assert.notEqual(speakerOf('The plan, which may change in June, said nothing of the clinic.', 'nothing of the clinic'), 'June');
    assert.equal(speakerOf('Rita Oduya, hired in April, said the clinic would reopen.', 'clinic would reopen'), 'Rita Oduya');
  });
});

describe('lead52: a party\'s member named by two words before a name ("Progressive Conservative Ron Patterson")', () => {
  it('the two words are the person\'s party, no part of the name', () => {
    assert.equal(speakerOf('Progressive Conservative Ron Patterson said he would not seek a recount.', 'seek a recount'), 'Ron Patterson');
    assert.equal(speakerOf('Liberal Democrat Ann Lee said the count was fair.', 'count was fair'), 'Ann Lee');
    assert.equal(speakerOf('The count gave 1,987 votes to Progressive Conservative Ron Patterson.\n\n“We ran a clean race,” Patterson said.', 'clean race'), 'Ron Patterson');
  });
  it('near miss: the party itself, and its members in the plural, are no person', () => {
    const all = inArticle('The Progressive Conservative Party said the count was fair. Progressive Conservatives said it too.').actors.map((a) => `${a.name}|${a.kind}`);
    assert.ok(!all.some((a) => a.endsWith('|person')), all.join('; '));
  });
});

describe('lead52: a company named with its legal form, then by its coined first word ("RentWise" after "RentWise Canada Inc.")', () => {
  it('the first word alone is the company, whatever words stand between it and the legal form', () => {
    assert.equal(speakerOf('RentWise Canada Inc. agreed to pay a penalty.\n\nRentWise said in a statement that it had changed its pricing.', 'changed its pricing'), 'RentWise Canada Inc.');
    assert.equal(speakerOf('CareBridge Health Technologies Inc. denied wrongdoing.\n\nCareBridge said the app was safe.', 'app was safe'), 'CareBridge Health Technologies Inc.');
    assert.equal(speakerOf('KestrelBay Logistics Corp. was fined.\n\nKestrelBay said the claims were false.', 'claims were false'), 'KestrelBay Logistics Corp.');
  });
  it('near miss: a given name or a place as the first word stays apart from the company', () => {
    const body = 'Morgan Freight Lines Inc. was fined.\n\nTom Morgan, a driver, said the rules were unclear.';
    assert.equal(speakerOf(body, 'rules were unclear'), 'Tom Morgan');
    assert.notEqual(speakerOf('Toronto Transit Partners Inc. won the bid.\n\nToronto said it would appeal.', 'would appeal'), 'Toronto Transit Partners Inc.');
  });
});

describe('lead52: a verb of knowing or raising with a plain object reports no words (the fresh user\'s)', () => {
  it('"knows it before he sees it", "knew them from school": an object pronoun with no verb after it is acquaintance', () => {
    assert.equal(quotes('Walter Haskell knows it before he sees it.').length, 0);
    assert.equal(quotes('Mara Voss knew them from school.').length, 0);
  });
  it('"who first raised concerns in 2021": raised concerns with no topic nor content after them', () => {
    assert.equal(quotes('Dwight Castellanos, who first raised concerns in 2021, was not surprised.').length, 0);
    assert.equal(quotes('Parents raised questions at the meeting on Monday.').length, 0);
  });
  it('near miss: a pronoun that opens a clause, and concerns with their topic or content, stay reported', () => {
    assert.deepEqual(quotes('Mara Voss knows it is wrong.').map((q) => q[1]), ['Mara Voss']);
    assert.deepEqual(quotes('Residents raised concerns about the cost of the bridge.').map((q) => q[0]), ['concerns about the cost of the bridge']);
    assert.deepEqual(quotes('Mayor Ann Lee raised concerns that the plan would fail.').map((q) => q[1]), ['Ann Lee']);
  });
});

describe('lead52: a public utility named by what it supplies ("Halifax Water", "Toronto Hydro") is what "the utility" means (the fresh user\'s)', () => {
  it('"the utility said" after the utility\'s name is that body', () => {
    assert.equal(speakerOf('Halifax Water crews worked all night.\n\n“We are replacing pipe as fast as we can,” the utility said.', 'replacing pipe'), 'Halifax Water');
    assert.equal(speakerOf('Toronto Hydro crews worked overnight. The utility said power would return by noon.', 'power would return'), 'Toronto Hydro');
  });
  it('near miss: with no body of such a name, "the utility" is no other body of the article', () => {
    assert.notEqual(speakerOf('The Arden Tribune asked about the outage. The utility said power would return by noon.', 'power would return'), 'Arden Tribune');
  });
});

describe('lead52: a quotation opening after "a.m." or "Inc." opens a sentence of its own (the fresh user\'s)', () => {
  it('the reported clause and the quotation after it are two quotes, each with its own attribution', () => {
    const all = quotes('Spokesperson Brian Tolliver said crews had isolated the break by 7 a.m. “The pipe is cast iron,” he said.');
    assert.deepEqual(all, [['crews had isolated the break by 7 a.m.', 'Brian Tolliver'], ['The pipe is cast iron,', 'Brian Tolliver']]);
    assert.equal(quotes('Ana Ruiz said the deal went to Kestrel Holdings Inc. "We are pleased," she said.').length, 2);
  });
  it('near miss: a clock time before a day or a zone goes on with its sentence', () => {
    assert.deepEqual(quotes('Brian Tolliver said crews arrived at 7 a.m. Monday and stayed.'), [['crews arrived at 7 a.m. Monday and stayed', 'Brian Tolliver']]);
  });
});

describe('lead52: "answered the same questions", "answered our calls": the things answered are no answer (the fresh user\'s)', () => {
  it('an answered thing as object, whatever words before it, reports no words', () => {
    assert.equal(quotes('Walter Haskell answered the same questions dozens of times a day.').length, 0);
    assert.equal(quotes('Mara Voss answered our questions for an hour.').length, 0);
    assert.equal(quotes('The clinic answered hundreds of calls.').length, 0);
  });
  it('near miss: an answer with its clause or its quotation stays reported', () => {
    assert.deepEqual(quotes('Mara Voss answered that the questions were unfair.'), [['the questions were unfair', 'Mara Voss']]);
    assert.deepEqual(quotes('Mara Voss answered: “We will.”'), [['We will.', 'Mara Voss']]);
  });
});

describe('lead52: a cue\'s past form right after a preposition is an adjective ("The number of confirmed cases", the fresh user\'s)', () => {
  it('the participle is no cue, and the reporting clause after the content names the speaker', () => {
    const body = 'The number of confirmed measles cases rose to 212 this week, the regional health unit said Thursday, and officials urged parents to check records.';
    assert.deepEqual(quotes(body)[0], ['The number of confirmed measles cases rose to 212 this week', 'regional health unit']);
    assert.deepEqual(quotes('A rise in reported thefts has worried shop owners, the police chief said.').map((q) => q[0]), ['A rise in reported thefts has worried shop owners']);
  });
  it('near miss: a past form after a subject stays a cue', () => {
    assert.deepEqual(quotes('The mayor of Arden confirmed the clinic would close.').map((q) => q[0]), ['the clinic would close']);
  });
});

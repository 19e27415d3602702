/**
 * Kinds of wrong or missing speaker the lead fixed in session 51, each written in sentences of
 * its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { assertLinear, inArticle, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

/** Name|kind of each actor of article `body`. */
const actorsOf = (body: string): string[] => inArticle(body).actors.map((a) => `${a.name}|${a.kind}`);

describe('lead51: "X said, “A,” and Y said, “B.”": a second reporting clause after a conjunction opens a quote of its own', () => {
  it('each quotation goes to the speaker whose reporting clause stands before it', () => {
    assert.deepEqual(quotes('Ann Lee said, “We will rebuild,” and Tom Hale said, “We will do it fast.”'), [['We will rebuild,', 'Ann Lee'], ['We will do it fast.', 'Tom Hale']]);
    assert.deepEqual(quotes('Ann Lee said “we will rebuild,” but Tom Hale said “we will do it fast.”'), [['we will rebuild,', 'Ann Lee'], ['we will do it fast.', 'Tom Hale']]);
    assert.deepEqual(quotes('Ann Lee said, “We will rebuild,” and Tom Hale, the mayor, said, “We will do it fast.”'), [['We will rebuild,', 'Ann Lee'], ['We will do it fast.', 'Tom Hale']]);
  });
  it('a description as the second subject is never the first speaker\'s', () => {
    const all = quotes('Ann Lee said, “We will rebuild,” and the mayor said: “We will do it fast.”');
    assert.deepEqual(all[0], ['We will rebuild,', 'Ann Lee']);
    assert.equal(all.length, 2);
    assert.notEqual(all[1][1], 'Ann Lee');
  });
  it('near miss: a second quotation with no reporting clause of its own goes on with the first', () => {
    assert.deepEqual(quotes('Ann Lee said, “We will rebuild,” and “we will do it fast.”'), [['“We will rebuild,” and “we will do it fast.”', 'Ann Lee']]);
  });
});

describe('lead51: a surname that is a month or a modal ("May said", "Will wrote")', () => {
  it('"“…,” May said" after "Theresa May" is hers, in the past and in the present', () => {
    assert.equal(speakerOf('Theresa May spoke on Tuesday.\n\n“We have a deal,” May said.', 'We have a deal'), 'Theresa May');
    assert.equal(speakerOf('Theresa May spoke on Tuesday.\n\n“We have a deal,” May says.', 'We have a deal'), 'Theresa May');
    assert.equal(speakerOf('Theresa May spoke on Tuesday.\n\n“We have a deal,” May told reporters.', 'We have a deal'), 'Theresa May');
  });
  it('"George Will reignited his feud" names George Will, whose "Will wrote" is his', () => {
    const body = 'Fox News contributor George Will reignited his feud with Donald Trump this week.\n\n“The eruption of war is a reminder,” Will wrote.';
    assert.ok(actorsOf(body).includes('George Will|person'), actorsOf(body).join('; '));
    assert.equal(speakerOf(body, 'eruption of war'), 'George Will');
  });
  it('near miss: a month after a preposition stays a date, and a title-case "Will" a modal', () => {
    assert.equal(speakerOf('Theresa May spoke on Tuesday. Sales rose in May, Ann Lee said.', 'Sales rose'), 'Ann Lee');
    const a = analyze('Biden Will Veto Spending Bill\n\nPresident Joe Biden will veto the bill, the White House said.');
    assert.deepEqual(a.actors.filter((x) => x.kind === 'person').map((x) => x.name), ['Joe Biden']);
  });
});

describe('lead51: a document obtained or seen by a newsroom', () => {
  it('"emails obtained by this newspaper" is no one who speaks, and "the company" is not the newsroom', () => {
    assert.deepEqual(quotes('The company assured regulators the delays were “isolated,” according to internal emails obtained by this newspaper.'), [['the delays were “isolated,”', 'company']]);
    assert.equal(speakerOf('According to internal emails obtained by the Globe and Mail, the company assured regulators the delays were isolated.', 'delays were isolated'), 'company');
  });
  it('near miss: figures released by a body are that body\'s, and a company named before is "the company"', () => {
    assert.equal(speakerOf('Cases rose 12 per cent last month, according to figures released Thursday by Alberta Health Services.', 'Cases rose'), 'Alberta Health Services');
    assert.equal(speakerOf('Acme Corp. cut 200 jobs. According to emails obtained by the Globe and Mail, the company assured regulators the cuts were final.', 'cuts were final'), 'Acme Corp.');
  });
});

describe('lead51: a product recall is no memory, and a relative who speaks goes on speaking', () => {
  it('"recalled its sleeper", "recalled more than 300,000 vehicles" report no words', () => {
    assert.deepEqual(quotes('NestWell recalled its Cozy Incline sleeper on Tuesday after reports of injuries.'), []);
    assert.deepEqual(quotes('Hale Motors recalled more than 300,000 vehicles in March.'), []);
  });
  it('near miss: "recalled that …" is still a memory told', () => {
    assert.deepEqual(quotes('Ann Lee recalled that the plant had closed twice.'), [['the plant had closed twice', 'Ann Lee']]);
  });
  it('"Her mother disagreed. “…,” she said" is not the woman named before', () => {
    assert.equal(speakerOf('Jo Lee spoke first. Her mother disagreed. “She\'s wrong,” she said.', 'wrong'), null);
    assert.equal(speakerOf('Tom Hale spoke first. His father objected. “He is wrong,” he said.', 'wrong'), null);
  });
  it('near miss: a relative in an aside on the person in view leaves the pronoun hers', () => {
    assert.equal(speakerOf('Jo Lee spoke first. Her mother ran the farm for years. “She\'s wrong,” she said.', 'wrong'), 'Jo Lee');
    assert.equal(speakerOf('Jo Lee spoke first. Her husband disagreed. “She\'s wrong,” she said.', 'wrong'), 'Jo Lee');
  });
});

describe('lead51: a country or state that is a given name, with an age after it, is a person', () => {
  it('"said Jordan, 34," and "Georgia, 12, a student" are people', () => {
    assert.ok(actorsOf('“It was scary,” said Jordan, 34, who lives on the street.').includes('Jordan|person'));
    assert.ok(actorsOf('“It was scary,” said Georgia, 12, a student at the school.').includes('Georgia|person'));
  });
  it('near miss: a country with a year or a count after it stays a country', () => {
    assert.ok(actorsOf('Troops left Jordan, 2014, a year of change, the ministry said.').includes('Jordan|country'));
    assert.ok(actorsOf('Exports to Jordan rose, the ministry said.').includes('Jordan|country'));
  });
});

describe('lead51: bounds and near misses found by the session\'s breaker', () => {
  it('a memory with a quotation stays a quote, whatever follows "recalled"', () => {
    assert.equal(speakerOf('Ann Lee recalled over 300 patients she had treated as “family.”', 'family'), 'Ann Lee');
  });
  it('a run-on sentence of relatives and pronouns reads each pronoun\'s reach only (linear time)', () => {
    const body = (n: number) => 'Linda said that her husband had taken up golf, though he says '.repeat(n) + 'it is fine.';
    assertLinear((n) => body(n), 6000, 400, inArticle);
  });
});

describe('lead51: a place\'s word the article named a person by alone is that person again', () => {
  it('"Her daughter, Sofia, 14, … “…,” Sofia said" is the girl, not Bulgaria', () => {
    const body = 'Her daughter, Sofia, 14, remembers it differently.\n\n“Mom was asleep,” Sofia said.\n\nSofia said the hardest part was losing the photographs.';
    assert.deepEqual(quotes(body).map((q) => q[1]), ['Sofia', 'Sofia']);
    assert.ok(!actorsOf(body).some((a) => a.endsWith('|country') || a === 'Sofia|place'), actorsOf(body).join('; '));
  });
  it('near miss: with no person so named, the city stays a place', () => {
    assert.ok(actorsOf('The talks were held in Sofia on Monday, the ministry said.').some((a) => a === 'Sofia|place' || a === 'Bulgaria|country'));
  });
});

describe('lead51: a document obtained by anyone speaks for itself', () => {
  it('"An email obtained by the Globe and Mail says" is the email\'s, no one\'s', () => {
    assert.equal(speakerOf('An email obtained by the Globe and Mail says the minister “knew about the problem.”', 'knew about'), null);
  });
  it('near miss: a document written by a person is that person\'s', () => {
    assert.equal(speakerOf('A report written by Ann Lee says the cuts were final.', 'cuts were final'), 'Ann Lee');
  });
});

describe('lead51: a relative opening the clause of "said" with no "that"', () => {
  it('"Linda MacPhee said her husband had taken up golf, though he says …" is not hers, and she stays a woman', () => {
    const body = 'Linda MacPhee said her husband had taken up golf, though he says he is “still terrible at it.”\n\n“Do it while you\'re young,” she said.';
    assert.equal(speakerOf(body, 'still terrible'), null);
    assert.equal(speakerOf(body, 'while you'), 'Linda MacPhee');
  });
  it('near miss: the relative named in apposition is whom the pronoun means', () => {
    assert.equal(speakerOf('Linda MacPhee said her husband, Gord MacPhee, had taken up golf, though he says he is “still terrible at it.”', 'still terrible'), 'Gord MacPhee');
  });
});

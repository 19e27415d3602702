import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';

/**
 * Sources on a ninth round of unseen news (session 20): companies told by their trade, adverbs of
 * time after the cue. Each kind in other words than the articles that showed it.
 */
const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);

describe('unseen news 12: a company told by its trade', () => {
  it('"the oil giant", "the chemical company" after a company of another trade that spoke is a body of its own', () => {
    const q = said('Skyhop said it would cancel 40 flights because of the strike. The oil giant said fuel deliveries to the airport were unaffected.');
    assert.equal(q[0][0], 'Skyhop');
    assert.notEqual(q[1][0], 'Skyhop');
  });

  it('"The state-owned oil company said": the whole phrase is the body, not a bare "company" with no one', () => {
    const q = said('Norvik said it would sell its onshore fields. The state-owned oil company said it had not been consulted.');
    assert.equal(q[1][0], 'state-owned oil company');
  });

  it('a trade the company’s name contradicts is another body', () => {
    const q = said('Harlow Power Company said prices would rise. The oil company said its deliveries were late.');
    assert.notEqual(q[1][0], 'Harlow Power Company');
  });

  it('a body typed by its noun as no company ("the aid agency Relieve") is not "the company"', () => {
    const q = said('The aid agency Relieve said a million people were at risk. The company said its trucks could not reach the coast.');
    assert.equal(q[0][0], 'Relieve');
    assert.notEqual(q[1][0], 'Relieve');
  });
});

describe('unseen news 12: a time adverb between the cue and its clause', () => {
  it('"said afterwards he …", "said afterward the …" report a clause', () => {
    assert.deepEqual(said('The goalkeeper Sam Oduya said afterwards he had seen the ball late. Oduya said afterward the pitch was poor.'), [
      ['Sam Oduya', 'he had seen the ball late'],
      ['Sam Oduya', 'the pitch was poor'],
    ]);
  });
});

describe('unseen news 12: who a role phrase, a short name or an appositive names', () => {
  it('"the official" after an anonymous nurse or protester is someone else', () => {
    const q = said('Health Minister Ana Ruiz said the hospital would stay open. A nurse there, who asked not to be named, said staff were leaving. “We will hire 200 more,” the official said.');
    assert.equal(q[2][0], 'Ana Ruiz');
  });

  it('"…,” the official said" after an anonymous source is that source, not a spokesman named only later', () => {
    const q = said('A senior diplomat, who spoke on condition of anonymity, said the talks were failing. “We have run out of ideas,” the official said.\n\nForeign ministry spokesman Tomas Varga said he would not comment.');
    assert.equal(q[1][0], 'senior diplomat');
    assert.equal(q[2][0], 'Tomas Varga');
  });

  it('"the Sawridge First Nation", "the Navajo Nation": an indigenous nation speaks as a body; "Kevin Nation" is a person', () => {
    const q = said('The Kettle Creek First Nation said its members had been evacuated. Kevin Nation, a spokesman for the fire service, said no one had been hurt.');
    assert.equal(q[0][0], 'Kettle Creek First Nation');
    assert.equal(q[1][0], 'Kevin Nation');
  });

  it('"the Commission" is the one body of the article whose name ends in that head word', () => {
    const q = said('The Baltic Fisheries Commission fined three trawlers. The Commission said the quotas had been broken.');
    assert.equal(q[0][0], 'Baltic Fisheries Commission');
  });

  it('"Economists at the Ifo institute in Munich": people at a named place in a town speak, not the town', () => {
    const q = said('Analysts at the Kestrel institute in Lyon said on Monday that France needed more investment.');
    assert.equal(q[0][0], 'Analysts at the Kestrel institute in Lyon');
  });

  it('"The chair of the panel, lawyer NAME, said": the named person speaks, not the role before the comma', () => {
    assert.equal(said('The head of the review board, engineer Tove Lind, said the design had been flawed.')[0][0], 'Tove Lind');
  });

  it('a place’s name with a particle after its noun is no speaker ("the city, Rio de Janeiro,")', () => {
    const q = said('The police chief in the city, Porto de Galinhas, said 12 people had been arrested. The mayor of the province capital, Santa Cruz de la Sierra, said the floods had receded.');
    for (const [who] of q) assert.ok(!/Porto|Santa Cruz/.test(String(who)), String(who));
  });

  it('"The Government said" is not the one government named before (it as often means another)', () => {
    const q = said('The Scottish Government said it would fund the ferries. The Government said in London that it would not pay.');
    assert.notEqual(q[1][0], 'Scottish Government');
  });

  it('an appositive name with a lower-case particle ("Ana de la Vega", "Pieter van der Berg") speaks', () => {
    assert.deepEqual(said('The councillor, Inés de la Fuente, said the strike was political. Its treasurer, Pieter van der Berg, said the books were sound.').map(([who]) => who), ['Inés de la Fuente', 'Pieter van der Berg']);
  });

  it('an aside (", however,", ", for example,") leaves the appositive before it the subject', () => {
    assert.deepEqual(said('Tova Reyes, a lawyer, however, said the rule was unfair. Mara Quist, the chair of the county party, for example, said the rally had been a mistake. Rep. Dale Ruiz (R-Texas), in turn, said it had not.').map(([who]) => who), ['Tova Reyes', 'Mara Quist', 'Dale Ruiz']);
  });
});

describe('unseen news 12: titles, anonymous sources and owners of bodies', () => {
  it('"A Detective Sergeant at Leeds said": someone unnamed, not the town', () => {
    const q = said('A Detective Inspector at Carlisle said the inquiry was continuing.');
    assert.equal(q[0][0], 'Detective Inspector at Carlisle');
  });

  it('"the mayor" is not the anonymous "spokesperson for the mayor" who spoke before', () => {
    const q = said('A spokesperson for the mayor said the plan was sound. The mayor wrote on Friday that the plan was sound.');
    assert.notEqual(q[1][0], 'spokesperson for the mayor');
  });

  it('"Their union said" is no union of a place that spoke before', () => {
    const q = said('Glasgow said the port would reopen. Dockers at the terminal walked out. Their union said pay was too low.');
    assert.ok(!/Glasgow/.test(String(q[1][0])), String(q[1][0]));
  });
});

describe('unseen news 12: a past weekday with a future inside what was said', () => {
  const DATED = 'Water cuts go on\nPublished 18 March 2031\n';

  it('"told a meeting on Sunday that supply would return" is last Sunday’s meeting, not next Sunday’s', () => {
    // 18 March 2031 is a Tuesday
    const [meeting] = extractEvents(analyze(`${DATED}Mayor Lindiwe Dube told a meeting in Soweto on Sunday that supply would return.`), null);
    assert.equal(meeting.kind, 'meeting');
    assert.equal(meeting.date, '2031-03-16');
  });

  it('a relative clause after the date words is no reported speech: "a summit on Sunday that will set the budget" is ahead', () => {
    const [summit] = extractEvents(analyze(`${DATED}Regional leaders agreed to hold a summit on Sunday that will set the budget.`), null);
    assert.equal(summit.date, '2031-03-23');
  });

  it('a future in the clause of the date words still looks ahead', () => {
    const [meeting] = extractEvents(analyze(`${DATED}Mayor Lindiwe Dube will address a meeting in Soweto on Sunday, her office said.`), null);
    assert.equal(meeting.date, '2031-03-23');
  });
});

describe('unseen news 12: people nouns of pastimes', () => {
  it('"A diver said", "One climber said" are someone unnamed, not no one', () => {
    assert.deepEqual(said('A diver said the wreck was intact. One climber said the ridge was icy.').map(([who]) => who), ['diver', 'One climber']);
  });
});

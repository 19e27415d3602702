/**
 * Kinds of wrong quote or source the lead fixed in session 45, each written in sentences of its
 * own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, quotePairsInArticle as quotes } from './helpers';

describe('lead45: a speech verb whose object names a thing reports no words', () => {
  it('"conceded the governorship race", "conceded the Democratic nomination to …": a contest given up, with its modifiers', () => {
    assert.deepEqual(quotes('Ada Okafor conceded the governorship race on Tuesday.'), []);
    assert.deepEqual(quotes('Ada Okafor conceded the Democratic nomination to Ben Lee on Friday.'), []);
  });
  it('near miss: "conceded the governorship race was lost" reports a clause', () => {
    assert.deepEqual(quotes('Ada Okafor conceded the governorship race was lost.'), [['the governorship race was lost', 'Ada Okafor']]);
  });
  it('"answered questions for an hour": what was answered, no answer', () => {
    assert.deepEqual(quotes('Police Chief Dana Roy answered questions for an hour on Tuesday.'), []);
  });
  it('near miss: "answered that …" and "answered the critics were wrong" report the answer', () => {
    assert.deepEqual(quotes('Police Chief Dana Roy answered that the force would review the case.'), [['the force would review the case', 'Dana Roy']]);
    assert.deepEqual(quotes('Police Chief Dana Roy answered the critics were wrong.'), [['the critics were wrong', 'Dana Roy']]);
  });
  it('"called Jim Banks on Monday", "a group called Citizens for Trump.": a person phoned, a name given', () => {
    assert.deepEqual(quotes('Governor Ann Ode called Jim Banks on Monday.'), []);
    assert.deepEqual(quotes('Tim Selaty leads a group called Citizens for Trump.'), []);
    assert.deepEqual(quotes('Ann Ode, who called Jim Banks shortly after the vote, stayed home.'), []);
  });
  it('near miss: "called Jim Banks a liar", "called Banks “a coward”" say what he is called', () => {
    assert.deepEqual(quotes('Governor Ann Ode called Jim Banks a liar on Monday.'), [['Jim Banks a liar on Monday', 'Ann Ode']]);
    assert.equal(quotes('Governor Ann Ode called Jim Banks “a coward.”')[0]?.[1], 'Ann Ode');
  });
});

describe('lead45: a person and the one a description introduces after "and" speak together', () => {
  const speaker = (body: string): string | null => inArticle(body).quotes[0]?.speaker?.name ?? null;
  it('"Tom Hale and his wife, Rita Hale, said" is both of them, not Rita alone', () => {
    assert.equal(speaker('Tom Hale and his wife, Rita Hale, said they would rebuild.'), 'Tom Hale and Rita Hale');
  });
  it('"Sen. Ann Ode and her chief of staff, Mark Bell, said", "Tom Hale and a neighbour, Rita Lee, said", "Tom Hale and his wife Rita said"', () => {
    assert.equal(speaker('Sen. Ann Ode and her chief of staff, Mark Bell, said the bill was dead.'), 'Ann Ode and Mark Bell');
    assert.equal(speaker('Tom Hale and a neighbour, Rita Lee, said the road flooded.'), 'Tom Hale and Rita Lee');
    assert.equal(inArticle('Tom Hale and his wife Rita said they would rebuild.').quotes[0]?.speaker?.kind, 'group');
  });
  it('near miss: "Tom Hale\'s wife, Rita Hale, said" is Rita alone; "Tom Hale thanked his wife, Rita Hale, who said" too', () => {
    assert.equal(speaker('Tom Hale\'s wife, Rita Hale, said the road flooded.'), 'Rita Hale');
    assert.equal(speaker('Tom Hale thanked his wife, Rita Hale, who said the road flooded.'), 'Rita Hale');
  });
});

describe('lead45: a name inside a relative clause on the source phrase is not the source', () => {
  it('"The teacher whose class Mayor Ann Lee visited said", "The nurse whose patient Dr. Amir Saleh treated says": not the name\'s', () => {
    assert.notEqual(quotes('The teacher whose class Mayor Ann Lee visited said the roof leaks.')[0]?.[1], 'Ann Lee');
    assert.notEqual(quotes('The nurse whose patient Dr. Amir Saleh treated says the ward is short-staffed.')[0]?.[1], 'Amir Saleh');
  });
  it('near miss: "Mayor Ann Lee, whose class the teacher visited, said" is the mayor\'s', () => {
    assert.equal(quotes('Mayor Ann Lee, whose school the governor visited, said the roof leaks.')[0]?.[1], 'Ann Lee');
  });
});

describe('lead45: whom one told, and what', () => {
  it('"told the court Dhillon had breached …": the name after the one told opens the clause', () => {
    assert.deepEqual(quotes('Crown attorney Ann Roy told the court Dhillon had breached a previous order.'), [['Dhillon had breached a previous order', 'Ann Roy']]);
  });
  it('near miss: "told the Toronto Star the plan was dead", "told the local CBC station the plan …" keep the name in the one told', () => {
    assert.deepEqual(quotes('Ann Roy told the Toronto Star the plan was dead.'), [['the plan was dead', 'Ann Roy']]);
    assert.deepEqual(quotes('Ann Roy told the local CBC station the plan was dead.'), [['the plan was dead', 'Ann Roy']]);
  });
  it('"told her former colleagues.": "her" is their possessive, nothing told', () => {
    assert.deepEqual(quotes('Omar Hale told her former colleagues.'), []);
  });
  it('near miss: "told her the plan was dead" tells her a clause', () => {
    assert.deepEqual(quotes('Omar Hale told her the plan was dead.'), [['the plan was dead', 'Omar Hale']]);
  });
});

describe('lead45: lists of speakers with a serial comma', () => {
  const speaker = (body: string): string | null => inArticle(body).quotes[0]?.speaker?.name ?? null;
  it('"Sam Cole, Ann Lee, and Bob Tan said", "France, Britain, and Germany said": all of them, not the last alone', () => {
    assert.equal(speaker('Sam Cole, Ann Lee, and Bob Tan said the fare was too high.'), 'Sam Cole, Ann Lee and Bob Tan');
    assert.equal(speaker('France, Britain, and Germany said the talks would resume.'), 'France, United Kingdom and Germany');
    assert.equal(speaker('“The fare is too high,” Sam Cole, Ann Lee, and Bob Tan said.'), 'Sam Cole, Ann Lee and Bob Tan');
  });
  it('near miss: a clause joined by ", and" after an object ("The council thanked Ann Lee, and Bob Tan said") is the last name\'s', () => {
    assert.equal(speaker('The council thanked Ann Lee, and Bob Tan said the fare was too high.'), 'Bob Tan');
  });
});

describe('lead45: breaker45\'s near misses of this session\'s rules', () => {
  it('"Ann Lee of Smith & Wesson said": the person of the body speaks, as "Ann Lee of Acme Corp." does', () => {
    assert.deepEqual(quotes('Ann Lee of Smith & Wesson said sales fell.'), [['sales fell', 'Ann Lee']]);
    assert.deepEqual(quotes('Ann Lee of Johnson & Johnson said sales fell.'), [['sales fell', 'Ann Lee']]);
  });
  it('"Clinton and Trump said": two surnames are no firm', () => {
    assert.ok(!inArticle('Clinton and Trump said the debate was fair.').actors.some((a) => a.kind === 'organization'));
  });
  it('"called Jim Banks on Monday “reckless.”": what he was called, in quotation marks after the adjunct, is reported', () => {
    assert.equal(quotes('Governor Ann Ode called Jim Banks on Monday “reckless.”')[0]?.[1], 'Ann Ode');
  });
  it('"answered calls for her resignation": "calls" after a verb in the past is its object, no cue', () => {
    assert.deepEqual(quotes('Police Chief Dana Roy answered calls for her resignation on Tuesday.'), []);
  });
  it('"As the farmers put it to a vote, …": an idiom of doing, no words; "As the mayor put it to reporters, “…”" reports', () => {
    assert.deepEqual(quotes('As the farmers put it to a vote, prices fell sharply across the province.'), []);
    assert.equal(quotes('As the mayor put it to reporters, “We are broke.”')[0]?.[0], 'We are broke.');
  });
});

describe('lead45: fresh45\'s wrong speakers', () => {
  it('"Her son, Chidi Okafor, and his wife, Ruth, said …. “…,” they said": both of them, and "they" too (was Ruth, then Canada)', () => {
    const q = quotes('Margaret Okafor died on Sunday in Winnipeg.\n\nHer son, Chidi Okafor, and his wife, Ruth, said in a statement that the family was grateful. “Mum would have wanted every one of them answered,” they said.\n\nShe came to Canada in 1968.');
    assert.deepEqual(q.map((x) => x[1]), ['Chidi Okafor and Ruth', 'Chidi Okafor and Ruth']);
  });
  it('"The nurse whose patient fell … says" after a nurse named before is someone new, not her', () => {
    const q = quotes('Karen Tessier, a nurse at the hospital, said the strike would go on.\n\nThe nurse whose patient fell during a night shift in September says the ward had three nurses.');
    assert.notEqual(q[1]?.[1], 'Karen Tessier');
  });
  it('near miss: "The nurse said" after Karen Tessier, a nurse, is hers', () => {
    const q = quotes('Karen Tessier, a nurse at the hospital, said the strike would go on.\n\nThe nurse said the ward had three nurses.');
    assert.equal(q[1]?.[1], 'Karen Tessier');
  });
});

describe('lead45: breaker45\'s relative clauses on the source', () => {
  it('"The teacher whom Mayor Ann Lee praised said …", "Mayor Ann Lee, who Tom Hale praised, said …": the relative\'s verb reports nothing; the main clause\'s subject speaks', () => {
    assert.deepEqual(quotes('The teacher whom Mayor Ann Lee praised said the roof leaks.').map((x) => x[0]), ['the roof leaks']);
    assert.notEqual(quotes('The teacher whom Mayor Ann Lee praised said the roof leaks.')[0]?.[1], 'Ann Lee');
    assert.deepEqual(quotes('Mayor Ann Lee, who Tom Hale praised, said the roof leaks.'), [['the roof leaks', 'Ann Lee']]);
    assert.deepEqual(quotes('Tom Hale, who Mayor Ann Lee praised, said he was proud.'), [['he was proud', 'Tom Hale']]);
  });
  it('near miss: "Mayor Ann Lee praised the teacher and said the roof leaks" is the mayor\'s', () => {
    assert.equal(quotes('Mayor Ann Lee praised the teacher and said the roof leaks.').find((x) => x[0] === 'the roof leaks')?.[1], 'Ann Lee');
  });
  it('"“…,” said the teacher whose class Mayor Ann Lee visited.": the inverted source ends before "whose"', () => {
    assert.notEqual(quotes('“The roof leaks,” said the teacher whose class Mayor Ann Lee visited.')[0]?.[1], 'Ann Lee');
  });
});

import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/** The speaker's name of the quote whose text holds `words`. */
const who = (text: string, words: string): string | null => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q.who;
};

describe('pronouns: a word glued before a name that is also a given name', () => {
  it('"Senior Priya Lamont" is still the she of the next sentence', () => {
    const text = 'Principal Carol Dunmore said the timetable would change.\n\nSenior Priya Lamont, 17, said she works two jobs after school.\n\n“We need the extra hour,” she told the trustees.';
    assert.match(who(text, 'extra hour') ?? '', /Priya Lamont/);
  });

  it('"Junior Heather Quist" is the she after a sentence about another woman', () => {
    const text = 'Board chair Donna Felsham opened the meeting on Monday.\n\nJunior Heather Quist, 15, spoke about the cafeteria.\n\n“The lines are far too long,” she said.';
    assert.match(who(text, 'lines are far') ?? '', /Heather Quist/);
  });
});

describe('pronouns: the organisation that only modifies a role and a name', () => {
  it('"Harwick Rovers boss Tom Ashdown … He said" is Ashdown, not the club', () => {
    const text = 'Harwick Rovers boss Tom Ashdown was angry after the defeat. He said the linesman had missed "a clear offside".';
    assert.equal(who(text, 'linesman'), 'Tom Ashdown');
  });

  it('"Corvane Motors chief executive Ellen Birch … She said" is Birch', () => {
    const text = 'Corvane Motors chief executive Ellen Birch spent Tuesday at the plant in Dunmore. She said output would rise by a fifth next year.';
    assert.equal(who(text, 'output would rise'), 'Ellen Birch');
  });
});

describe('pronouns: a name inside a quotation is not the antecedent', () => {
  it('“… Tomas is a fine player,” he said: the speaker named before, not Tomas', () => {
    const text = 'Winger Leo Haskett, 22, said he had waited all year for a start.\n\n“Nobody wants it like this. Tomas Berglund is a fine player,” he said.';
    assert.match(who(text, 'fine player') ?? '', /Leo Haskett/);
  });

  it('a woman named inside an earlier quotation is not the she of the next cue', () => {
    const text = 'Councillor Nadia Ferris spoke first.\n\n“I have known Joanna Pryce for years,” Ferris said. She said the vote should wait until spring.';
    assert.match(who(text, 'vote should wait') ?? '', /Ferris/);
  });
});

describe('appositives: a role before the comma, the name after it', () => {
  it('"Its chair, retired judge Oswald Pennick, said" is Pennick, and the role is kept', () => {
    const text = 'The Tarrow Water Board has opened an inquiry. Its chair, retired judge Oswald Pennick, said the inquiry would report in March.';
    const q = analyze(text).quotes.find((x) => x.text.includes('report in March'));
    assert.equal(q?.speaker?.name, 'Oswald Pennick');
    assert.ok(q?.speaker?.roles.some((r) => /judge/.test(r)), JSON.stringify(q?.speaker?.roles));
  });

  it('"Her lawyer, veteran barrister Ines Calloway, said" is Calloway, not "lawyer of" her client', () => {
    const text = 'Former treasurer Joy Maddox was fined on Friday. Her lawyer, veteran barrister Ines Calloway, said her client would appeal.';
    assert.equal(who(text, 'would appeal'), 'Ines Calloway');
  });

  it('"The firm\'s spokesman, former reporter Dev Anand, said" is Anand', () => {
    const text = 'Kestrel Freight cut 200 jobs on Monday. The firm\'s spokesman, former reporter Dev Anand, said no depot would close.';
    assert.equal(who(text, 'no depot would close'), 'Dev Anand');
  });

  it('a name after a preposition in the role is no appositive name: "an aide to Gov. Ana Ruiz"', () => {
    const text = 'Governor Ana Ruiz left for Lisbon. The spokesman, a former aide to Gov. Ana Ruiz, said the schedule had not changed.';
    assert.notEqual(who(text, 'schedule had not changed'), 'Ana Ruiz');
  });
});

describe('appositives: "his attorney" is never someone named elsewhere', () => {
  it('"His lawyer, Colm Varga, had asked …, arguing that" is Varga, not the prosecutor named after', () => {
    const text = 'Former port manager Declan Roe was jailed on Monday.\n\nHis lawyer, Colm Varga, had asked for a fine, arguing that Roe had repaid the money.\n\nOutside the court, Crown Attorney Fiona Lusk said the case showed nobody is above the law.';
    assert.equal(who(text, 'repaid the money'), 'Colm Varga');
    const a = analyze(text);
    const lusk = a.actors.find((x) => x.name === 'Fiona Lusk');
    assert.ok(lusk && !lusk.aliases.some((x) => /lawyer/i.test(x)), JSON.stringify(lusk?.aliases));
  });

  it('“…,” his attorney said: not the Crown Attorney named before', () => {
    const text = 'Crown Attorney Fiona Lusk said the case showed nobody is above the law.\n\nFormer port manager Declan Roe was jailed on Monday.\n\n“He has been unwell for months,” his attorney said.';
    assert.notEqual(who(text, 'unwell for months'), 'Fiona Lusk');
  });

  it('"her attorney" after "District Attorney X" is not X', () => {
    const text = 'District Attorney Pablo Reyes filed the charges in April. Nurse Alma Kent pleaded not guilty on Thursday. Her attorney said the charges would not hold.';
    assert.notEqual(who(text, 'charges would not hold'), 'Pablo Reyes');
  });
});

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
  it('"Ranger Priya Lamont" (Ranger a given name too) is still the she of the next sentence', () => {
    const text = 'Park superintendent Carol Dunmore said the fees would rise in May.\n\nSeveral staff spoke at the hearing. Ranger Priya Lamont, 31, said she patrols the northern trails alone.\n\n“We need two more people out there,” she told the council.';
    assert.match(who(text, 'two more people') ?? '', /Priya Lamont/);
  });

  it('"Deacon Maria Ostrova" is the she after a sentence about another woman', () => {
    const text = 'Treasurer Joan Pryce said the appeal had raised $40,000.\n\nSeveral clergy spoke afterwards. Deacon Maria Ostrova said she had never seen such giving.\n\n“The parish surprised us all,” she said.';
    assert.match(who(text, 'parish surprised') ?? '', /Maria Ostrova/);
  });
});

describe('pronouns: the organisation that only modifies a role and a name', () => {
  it('"Harwick Rovers boss Tom Ashdown … He said" is Ashdown, not the club', () => {
    const text = 'Harwick Rovers boss Tom Ashdown was angry after the defeat. He said the linesman had missed "a clear offside".';
    assert.equal(who(text, 'linesman'), 'Tom Ashdown');
  });

  it('"Dunmore Athletic manager Sean Pike … He said" is Pike, not the club', () => {
    const text = 'Dunmore Athletic manager Sean Pike spent Tuesday with the injured players. He said the squad was "tired but together".';
    assert.equal(who(text, 'squad was'), 'Sean Pike');
  });
});

describe('pronouns: a name inside a quotation is not the antecedent', () => {
  it('“… Tomas is a fine player,” he said: the speaker named before, not Tomas', () => {
    const text = 'Winger Leo Haskett, 22, said he had waited all year for a start.\n\n“Nobody wants it like this. Tomas Berglund is a fine player,” he said.';
    assert.match(who(text, 'fine player') ?? '', /Leo Haskett/);
  });

  it('“I spoke with Pavel Novak …,” he said: the coach named before, not Novak', () => {
    const text = 'Coach Ray Dillon, 54, said he had called the family on Sunday.\n\n“I spoke with Pavel Novak this morning and the news is good,” he said.';
    assert.match(who(text, 'news is good') ?? '', /Ray Dillon/);
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
  it('"Her attorney, Colm Varga, had sought …, arguing that" is Varga, not the prosecutor named after', () => {
    const text = 'Former port manager Edna Roe was jailed on Monday.\n\nHer attorney, Colm Varga, had sought probation, arguing that Roe had repaid the money.\n\nOutside the court, Crown Attorney Fiona Lusk said the case showed nobody is above the law.';
    assert.equal(who(text, 'repaid the money'), 'Colm Varga');
    const lusk = analyze(text).actors.find((x) => x.name === 'Fiona Lusk');
    assert.ok(lusk && !lusk.aliases.some((x) => /her attorney/i.test(x)), JSON.stringify(lusk?.aliases));
  });

  it('“…,” his attorney said: not the Crown Attorney named before', () => {
    const text = 'Crown Attorney Fiona Lusk said the case showed nobody is above the law.\n\nFormer port manager Declan Roe was jailed on Monday.\n\n“He has been unwell for months,” his attorney said.';
    assert.notEqual(who(text, 'unwell for months'), 'Fiona Lusk');
  });

  it('"her attorney" after "District Attorney X" is not X', () => {
    const text = 'District Attorney Pablo Reyes filed the charges in April. Nurse Alma Kent pleaded not guilty on Thursday. Her attorney said the charges would not hold.';
    assert.notEqual(who(text, 'charges would not hold'), 'Pablo Reyes');
  });

  it('"Holt\'s campaign manager" is still the campaign manager named before, a role in lower case', () => {
    const text = 'Senator Ada Holt trails in two new polls.\n\nRon Pike, the campaign manager, said the polls were wrong.\n\n“We will win in March,” Holt\'s campaign manager said on Friday.';
    assert.equal(who(text, 'win in March'), 'Ron Pike');
  });

  it('"Roe\'s lawyer" is not "a lawyer for the city" named before', () => {
    const text = 'Mara Quinn, a lawyer for the city, said the lease was valid.\n\nFormer port manager Declan Roe was jailed on Monday.\n\n“He has repaid every cent,” Roe\'s lawyer said.';
    assert.notEqual(who(text, 'repaid every cent'), 'Mara Quinn');
  });
});

import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 41's names carried through an article (scout41b): each kind with a near miss. */
const article = (body: string) => analyze(`Headline for the story\n\n${body}`);
/** The speaker's name of the quote whose text holds `snippet` ("-" for none, undefined for no such quote). */
function speakerOf(a: ReturnType<typeof analyze>, snippet: string): string | undefined {
  const q = a.quotes.find((x) => x.text.includes(snippet));
  return q ? q.speaker?.name ?? '-' : undefined;
}
/** The actor's name each mention of `surface` is of. */
const actorsOf = (a: ReturnType<typeof analyze>, surface: string): string[] => a.mentions.filter((m) => m.text === surface).map((m) => m.actor.name);

describe('scout41b: an officer of a body named in apposition', () => {
  it('a full name the given-name lists lack, after "the president of the … committee,", speaks', () => {
    const a = article('The president of the temple\'s management committee, Gurnam Singh Bains, said the community was shaken.');
    assert.equal(speakerOf(a, 'community was shaken'), 'Gurnam Singh Bains');
    assert.ok(!a.actors.some((x) => /^president of/.test(x.name)), a.actors.map((x) => x.name).join(', '));
  });
  it('a newspaper\'s name after its editor stays the paper\'s: the editor speaks', () => {
    const a = article('The editor of the newspaper, Le Soleil, said the paper would appeal.');
    assert.notEqual(speakerOf(a, 'would appeal'), 'Le Soleil');
  });
});

describe('scout41b: two women of one surname in a house style of courtesy titles', () => {
  const text =
    'When Folasade Adeyemi\'s husband died in 2020, she expected the insurance claim to take a month.\n\n' +
    'Mr. Adeyemi, a pharmacist, died of a stroke at 61.\n\n' +
    '"I have sent every form they asked for," Mrs. Adeyemi said in her living room in Brampton.\n\n' +
    'Mrs. Adeyemi\'s daughter, Temitope Adeyemi, a nursing student, now writes the letters.\n\n' +
    '"My mother should not have to fight for this," Ms. Adeyemi said.\n\n' +
    '"They finally called us last week," Ms. Adeyemi said.';
  it('"Mrs." stays the widow and "Ms." the daughter, and "Mr." is neither', () => {
    const a = analyze(text);
    assert.equal(speakerOf(a, 'every form'), 'Folasade Adeyemi');
    assert.equal(speakerOf(a, 'should not have to fight'), 'Temitope Adeyemi');
    assert.equal(speakerOf(a, 'finally called us'), 'Temitope Adeyemi');
    assert.ok(!actorsOf(a, 'Adeyemi').slice(0, 1).some((n) => n === 'Folasade Adeyemi'), 'Mr. Adeyemi is her husband');
  });
  it('without the house style, one woman named in full keeps her surname', () => {
    const a = article('Folasade Adeyemi said the claim took a year. "I sent every form," Mrs. Adeyemi said.');
    assert.equal(speakerOf(a, 'every form'), 'Folasade Adeyemi');
  });
});

describe('scout41b: a father and son of one name', () => {
  const text =
    'Ken Griffey Jr. signed a new contract with the Mariners on Monday. His father, Hall of Famer Ken Griffey Sr., watched from the stands.\n\n' +
    '"I was nervous for him," the elder Griffey said.\n\n' +
    '"Dad never misses a game," the younger Griffey said.';
  it('"Jr." is the younger and "Sr." the elder, and "Hall of Famer" is no part of a name', () => {
    const a = analyze(text);
    assert.equal(speakerOf(a, 'nervous for him'), 'Ken Griffey Sr.');
    assert.equal(speakerOf(a, 'never misses'), 'Ken Griffey Jr.');
    assert.ok(!a.actors.some((x) => /Hall|Famer/.test(x.name) && x.kind === 'person'), a.actors.map((x) => x.name).join(', '));
  });
  it('a lone surname after both is neither', () => {
    const a = analyze(`${text}\n\n"We'll see," Griffey said.`);
    assert.ok(!['Ken Griffey Jr.', 'Ken Griffey Sr.'].includes(speakerOf(a, "We'll see") ?? ''));
  });
});

describe('scout41b: a family name written first, two people bearing it', () => {
  it('"Kim said" after the sister\'s lede is the sister, and "she" is no brother', () => {
    const a = article(
      'Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, warned Seoul on Sunday of "grave consequences" over the drills.\n\n' +
        'In a statement carried by state media, Kim said the North would answer "with force."\n\n' +
        '"The puppets will regret it," she said.',
    );
    assert.equal(speakerOf(a, 'with force'), 'Kim Yo Jong');
    assert.equal(speakerOf(a, 'will regret it'), 'Kim Yo Jong');
  });
  it('with no passage to tell, "Kim" is neither', () => {
    const a = article('Kim Yo Jong and Kim Jong Un attended the parade. Officials listed the guests.\n\nThe weather was cold. Trucks passed. Bands played.\n\nKim said the parade was a success.');
    assert.ok(!['Kim Yo Jong', 'Kim Jong Un'].includes(speakerOf(a, 'a success') ?? ''));
  });
});

describe('scout41b: a namesake said to be no relation', () => {
  const text =
    'MLA Angus Carmichael left the caucus on Wednesday. Carmichael said he could no longer support the government.\n\n' +
    'Residents are split. Brenda Carmichael, a fisher who is not related to the MLA, said she feared for the river.\n\n' +
    '"You can\'t drink gold," she said.\n\n' +
    'Carmichael said he would sit as an Independent.';
  it('leaves the shared surname to the other', () => {
    const a = article(text);
    assert.equal(speakerOf(a, 'sit as an Independent'), 'Angus Carmichael');
    assert.equal(speakerOf(a, 'feared for the river'), 'Brenda Carmichael');
  });
  it('"not related" in what someone said sets no one apart', () => {
    // (the last sentence with no pronoun: "Carmichael said he …" tells the man by its pronoun, see scout51c's namesakes)
    const a = article(text.replace('a fisher who is not related to the MLA, said she feared for the river', 'a fisher, said the spill was not related to the mine and she feared for the river').replace('Carmichael said he would sit as an Independent.', 'Carmichael said the caucus had lost its way.'));
    assert.notEqual(speakerOf(a, 'lost its way'), 'Angus Carmichael');
  });
});

describe('scout41b: a role given before the name, across a comma, answers "the …" later', () => {
  it('an occupation ("A longshore foreman, NAME,") and a rank before kin ("The driver\'s eldest son, NAME,")', () => {
    const a = article(
      'A longshore foreman, Darren Mackey, said he could hold out for months.\n\n"I saved for this," the foreman said.\n\n' +
        'The driver\'s eldest son, Jaswinder Grewal, 24, said his father had planned to retire.\n\n"He wanted to go home," the son said.',
    );
    assert.equal(speakerOf(a, 'saved for this'), 'Darren Mackey');
    assert.equal(speakerOf(a, 'wanted to go home'), 'Jaswinder Grewal');
  });
  it('an abbreviated rank ("Const.", "Sgt.") answers the rank written out', () => {
    const a = article('Const. Tara Beaulieu said the robbery netted $80.\n\n"It was senseless," the constable said.');
    assert.equal(speakerOf(a, 'senseless'), 'Tara Beaulieu');
    const b = article('Sgt. Omar Haddad said the road was closed.\n\n"It was a mess," the sergeant said.');
    assert.equal(speakerOf(b, 'a mess'), 'Omar Haddad');
  });
  it('a rank no one holds stays no one\'s', () => {
    const a = article('Const. Tara Beaulieu said the robbery netted $80.\n\n"It was senseless," the sergeant said.');
    assert.notEqual(speakerOf(a, 'senseless'), 'Tara Beaulieu');
  });
});

describe('scout41b: a name given only as', () => {
  it('"a man who gave his name only as Ernie" speaks as Ernie, and "identified only as" too', () => {
    const a = article('Another tenant, a 72-year-old man who gave his name only as Ernie, said his flat had no heat.');
    assert.equal(speakerOf(a, 'no heat'), 'Ernie');
    const b = article('One protester, a student identified only as Maria, said the police came at night.');
    assert.equal(speakerOf(b, 'came at night'), 'Maria');
  });
  it('a thing named "as" is no speaker\'s name', () => {
    const a = article('One resident, a woman who described the fire as Biblical, said the smoke was thick.');
    assert.notEqual(speakerOf(a, 'smoke was thick'), 'Biblical');
  });
});

describe('scout41b: a relative who was speaking goes on under the shared surname', () => {
  it('"the mother said" … "Spence said her daughter" is the mother', () => {
    const a = article(
      'Kaylee Norquay, 15, was last seen on Oct. 29.\n\nHer mother, Rebecca Norquay, spoke at a news conference on Tuesday.\n\n' +
        '"Kaylee, please call us," the mother said.\n\nNorquay said her daughter had been struggling since the spring.',
    );
    assert.equal(speakerOf(a, 'had been struggling'), 'Rebecca Norquay');
  });
  it('a relative who never spoke leaves the surname to the one the article is about', () => {
    const a = article(
      'Luc Thibodeau, 66, filed the lawsuit on Monday. His wife, Diane Thibodeau, 63, died in the hallway of the hospital.\n\n' +
        '"She kept saying something is wrong," Thibodeau said.',
    );
    assert.equal(speakerOf(a, 'something is wrong'), 'Luc Thibodeau');
  });
});

describe('scout41b: an Arabic compound given name', () => {
  it('"Shams al-Din Kabbashi" is one name, whatever the lists know of "Shams", and "Kabbashi" is he', () => {
    const a = article('The army sent a delegation led by Lt. Gen. Shams al-Din Kabbashi. Kabbashi said the army would attend.');
    assert.equal(speakerOf(a, 'would attend'), 'Shams al-Din Kabbashi');
  });
  it('the second half alone opens no name, nor carries one past a lower-case word', () => {
    const a = article('The imam spoke of al-Din and of faith. Officials said the mosque would reopen.');
    assert.ok(!a.actors.some((x) => x.kind === 'person' && /Din/.test(x.name)), a.actors.map((x) => `${x.kind}:${x.name}`).join(', '));
  });
});

describe('scout41b: an office just taken and one being left', () => {
  const text = 'Renata Sousa was elected president of the society on Friday.\n\nThe outgoing president, Gerald Tkach, said her experience would help.\n\nThe new president said her priorities would include legal aid.';
  it('"was elected president" is a role, and "the new president" is she, not the outgoing one', () => {
    const a = article(text);
    assert.equal(speakerOf(a, 'legal aid'), 'Renata Sousa');
    assert.deepEqual(a.actors.find((x) => x.name === 'Renata Sousa')?.roles, ['president of the society']);
  });
  it('with no one said to have taken it, "the new president" is not the outgoing one', () => {
    const a = article(text.replace('Renata Sousa was elected president of the society on Friday.', 'The society held its vote on Friday.'));
    assert.notEqual(speakerOf(a, 'legal aid'), 'Gerald Tkach');
  });
});

describe('scout41b: a spouse and an occupation told around the family', () => {
  it('"His wife said" is the one woman of his surname, beside their son', () => {
    const a = article(
      'The first time the river came into their bakery, Hannah and Peter Lam lost everything.\n\n"We learned something," Peter Lam said.\n\n' +
        'His wife said they had thought about leaving town.\n\nTheir son, Daniel Lam, 19, came home to help.',
    );
    assert.equal(speakerOf(a, 'thought about leaving'), 'Hannah Lam');
  });
  it('two women of his surname leave "his wife" no one\'s', () => {
    const a = article('Hannah and Peter Lam lost everything. Grace Lam, a neighbour, helped.\n\nHis wife said they had thought about leaving town.');
    assert.ok(!['Hannah Lam', 'Grace Lam'].includes(speakerOf(a, 'thought about leaving') ?? ''));
  });
  it('one of them called his sister is no wife: "his wife" is the other (scout43a)', () => {
    const a = article('Hannah and Peter Lam lost everything. His sister, Grace Lam, helped.\n\nHis wife said they had thought about leaving town.');
    assert.equal(speakerOf(a, 'thought about leaving'), 'Hannah Lam');
  });
  it('an occupation before its post-modifier and the name ("A longshore foreman with 22 years on the docks, NAME,") answers "the foreman"', () => {
    const a = article('A longshore foreman with 22 years on the docks, Darren Mackey, said he could hold out.\n\n"I saved for this," the foreman said.');
    assert.equal(speakerOf(a, 'saved for this'), 'Darren Mackey');
  });
  it('"a man in his 40s, NAME," gives no role', () => {
    const a = article('Police said a man in his 40s, Darren Mackey, was arrested.');
    assert.deepEqual(a.actors.find((x) => x.name === 'Darren Mackey')?.roles, []);
  });
});

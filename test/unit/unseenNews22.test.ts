import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { actorNames, quotesOf } from './helpers';

const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);
const kindOf = (body: string, name: string) => analyze(`Headline\n\n${body}`).actors.find((a) => a.name === name)?.kind;

/**
 * Unseen British, Irish and Australian news, sports, business and court copy (session 22): each
 * kind in other words than the articles that showed it.
 */
describe('unseen news 22: the source phrase', () => {
  it('"said the 31-year-old" in inverted order is a person told by age, as "the 31-year-old said" is', () => {
    assert.deepEqual(said('Nadia Perez won the sprint. “My legs went in the last fifty,” said the 31-year-old.'), [['Nadia Perez', 'My legs went in the last fifty,']]);
    assert.deepEqual(said('Omar Lutz scored late. “It was a lucky bounce,” said the 19-year-old winger.'), [['Omar Lutz', 'It was a lucky bounce,']]);
  });
});

describe('unseen news 22: titles of other countries are roles, not names', () => {
  it('British police ranks in capitals ("PC", "DC") before a full name or a surname', () => {
    const q = said('Detective Sergeant Tara Quill led the inquiry. PC Owen Marsh said the van was stolen. “We will find them,” DC Quill said.');
    assert.deepEqual(q, [['Owen Marsh', 'the van was stolen'], ['Tara Quill', 'We will find them,']]);
  });

  it('"Taoiseach" before the name is the office', () => {
    assert.deepEqual(said('Taoiseach Niamh Dolan said the budget was fair.'), [['Niamh Dolan', 'the budget was fair']]);
  });

  it('"Minister for Housing Name": the office\'s field after "for", then the holder', () => {
    assert.deepEqual(said('Minister for Rural Affairs Cathal Byrne said grants would rise. “We will pay in May,” Mr Byrne said.'), [
      ['Cathal Byrne', 'grants would rise'],
      ['Cathal Byrne', 'We will pay in May,'],
    ]);
  });

  it('a body after "of" is no field: "the Secretary General of the Arctic Council" names no one', () => {
    const a = analyze('Headline\n\nThe Secretary General of the Arctic Council said talks would resume.');
    assert.deepEqual(actorNames(a, 'person'), []);
  });
});

describe('unseen news 22: names of bodies keep their first word', () => {
  it('a demonym before a plural head and "of" ("British Chambers of Commerce")', () => {
    assert.deepEqual(said('The Irish Chambers of Trade said rents were too high.'), [['Irish Chambers of Trade', 'rents were too high']]);
  });

  it('a word in -ing after "the" or before a body\'s head ("the Housing Industry Association")', () => {
    assert.deepEqual(said('The Roofing Contractors Association said prices would rise.'), [['Roofing Contractors Association', 'prices would rise']]);
    assert.deepEqual(said('Later, the Nursing Workforce Council said shifts were short.'), [['Nursing Workforce Council', 'shifts were short']]);
  });

  it('a sport and a place that speaks ("Rowing Ireland said") is a body; a participle clause is not', () => {
    assert.deepEqual(said('Rowing Ireland said the regatta would go ahead.'), [['Rowing Ireland', 'the regatta would go ahead']]);
    assert.equal(kindOf('Rowing Ireland said the regatta would go ahead.', 'Rowing Ireland'), 'organization');
    assert.deepEqual(said('Visiting Ireland last week, Dana Moss said the talks went well.'), [['Dana Moss', 'the talks went well']]);
  });

  it('a word only a body takes before one name ("state-owned Vattenkraft", "Oslo-based Nordfisk") makes it a body', () => {
    assert.deepEqual(said('State-owned Vattenkraft said output fell in May.'), [['Vattenkraft', 'output fell in May']]);
    assert.equal(kindOf('Oslo-based Nordfisk said catches were down.', 'Nordfisk'), 'organization');
  });
});

describe('unseen news 22: an office held by two people of the article', () => {
  it('"the coach" is the coach named nearest before it, not one named later', () => {
    const q = said('Rovers coach Ian Pell was angry. “We gave it away,” the coach said. United coach Sam Orr was calm. “We stuck at it,” the coach said.');
    assert.deepEqual(q, [['Ian Pell', 'We gave it away,'], ['Sam Orr', 'We stuck at it,']]);
  });
});

describe('unseen news 22: the source phrase, continued', () => {
  it('a name in apposition after a role "of" a body named in capitals speaks ("The chair of the Green group, Cllr Ann Fry, said")', () => {
    assert.deepEqual(said('The chair of the Green group, Cllr Ann Fry, said the scheme was rushed.'), [['Ann Fry', 'the scheme was rushed']]);
  });

  it('a restrictive "who" right after people ("tenant campaigners who say") is those people, a group', () => {
    assert.deepEqual(said('Pressure comes from tenant campaigners who say rents are too high.'), [['tenant campaigners', 'rents are too high']]);
    assert.equal(kindOf('Pressure comes from tenant campaigners who say rents are too high.', 'tenant campaigners'), 'group');
  });

  it('"says the share of renters has doubled" after an aside: a thing\'s noun before "of" is no inverted source', () => {
    const q = said('The survey, carried out in May, says the share of renters has doubled.');
    assert.ok(q.every(([who]) => who !== 'share'), JSON.stringify(q));
    assert.ok(q.every(([, text]) => !String(text).includes('carried out in May')), JSON.stringify(q));
  });
});

describe('unseen news 22: a plea is no speech', () => {
  it('"denied three counts of theft", "admitted manslaughter" report a plea; "denied the allegations" and "admitted he had lied" report words', () => {
    assert.deepEqual(said('Kerr denied three counts of theft but was convicted. Lomax admitted manslaughter.'), []);
    assert.deepEqual(said('Kerr denied the allegations. Lomax admitted he had lied.'), [['Kerr', 'the allegations'], ['Lomax', 'he had lied']]);
  });
});

describe('unseen news 22: a person told by standing or by a word of many offices', () => {
  it('"the top seed said", "the world No.1 said": the nearest person before, as one told by age', () => {
    const q = said('Iva Brandt lost in three sets. “My serve left me,” the top seed said. “I will be back,” the world No.1 said.');
    assert.deepEqual(q, [['Iva Brandt', 'My serve left me,'], ['Iva Brandt', 'I will be back,']]);
  });

  it('"the top seed" is the one whose role it is, where the article gives it', () => {
    assert.deepEqual(said('Top seed Iva Brandt watched from the stands. Lena Kurz lost. “It was a bad day,” the top seed said.'), [['Iva Brandt', 'It was a bad day,']]);
  });

  it('"the Rovers boss" is a club\'s manager named before it, not one named after it', () => {
    const q = said('Rovers manager Neil Ashby was pleased. “We kept going,” the Rovers boss said. Town manager Phil Greer was not.');
    assert.deepEqual(q, [['Neil Ashby', 'We kept going,']]);
  });
});

import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { speakerInArticle as speakerOf } from './helpers';

/** Session 43's unseen attribution by structure (scout43a): families, kin nouns, generations, ledes named later, transcripts that report a third person; each kind with a near miss. */

describe('scout43a: a kin noun names the one relative of the owner\'s surname', () => {
  it('"her sister says" is the sister the article names by the family\'s surname', () => {
    const body =
      'WHITEHORSE — Six months after Renee Tizya left a friend\'s home on Main Street and vanished, her sister says the family has stopped sleeping.\n\n' +
      '"We keep the porch light on," Carla Tizya said at a vigil on Friday.';
    assert.equal(speakerOf(body, 'the family has stopped sleeping'), 'Carla Tizya');
  });
  it('near miss: one the sentence talks of is not the relative talking ("Her sister said Renee had planned …")', () => {
    const body =
      'WHITEHORSE — Renee Tizya has not been seen since March 3.\n\n' +
      '"We keep the porch light on," Carla Tizya said at a vigil on Friday.\n\n' +
      'Her sister said Renee had planned to start a new job at the hospital that week.';
    assert.notEqual(speakerOf(body, 'had planned to start a new job'), 'Renee Tizya');
  });
  it('"His wife said": one called "his father" is no spouse, a unisex given name tells nothing', () => {
    const body =
      'ST. ALBANS, Vt. — Jess and Owen Marchetti opened the cider mill in 2019.\n\n' +
      '"We argued about the name for a year," Jess Marchetti said.\n\n' +
      'His father, Bruno Marchetti, 77, still presses apples every fall.\n\n' +
      '"I work for my son now," the elder Marchetti said.\n\n' +
      'Owen Marchetti said the flood took half the orchard. His wife said the insurance paid for none of it.';
    assert.equal(speakerOf(body, 'the insurance paid for none'), 'Jess Marchetti');
  });
  it('"her father said" of the couple\'s daughter is the husband the article named', () => {
    const body =
      'KELOWNA, B.C. — Maria Santos won the draw with a ticket she bought at a gas station.\n\n' +
      'Her husband, Luis Ferreira, a welder, said he did not believe it at first.\n\n' +
      'Their daughter, Ana Ferreira, 19, said she would finish nursing school.\n\n' +
      'Her father said the family would pay off the house first.';
    assert.equal(speakerOf(body, 'pay off the house first'), 'Luis Ferreira');
  });
  it('near miss: a namesake with an office is no sister, and the phrase names no one by surname', () => {
    const body =
      'HAMILTON, Ont. — Grace Lam was hit by a car on King Street on Tuesday.\n\n' +
      'Dr. Helen Lam, the hospital\'s chief of surgery, said the hospital was short of nurses.\n\n' +
      'Her sister said Grace had been walking home from work.';
    assert.notEqual(speakerOf(body, 'walking home from work'), 'Helen Lam');
  });
  it('near miss: an owner introduced by that very noun names no one by surname ("his brother X … his brother added")', () => {
    const body =
      'Peter Wu was on the flight, according to an interview his brother Daniel Wu gave to CBC.\n\n' +
      'Daniel Wu called him generous. He had just bought a house, his brother added.';
    assert.notEqual(speakerOf(body, 'just bought a house'), 'Peter Wu');
  });
  it('"his daughter said" right after the daughter spoke is she, though "his" went to another man', () => {
    const body =
      'WOODSTOCK, Ont. — Gurpreet Dhillon, 52, drove the bus to safety.\n\n' +
      'OPP Const. Mark Ellis said the fire started in the engine.\n\n' +
      'Dhillon\'s daughter, Amrit Dhillon, said her father came home and went to bed.\n\n' +
      '"He said it was a long day," his daughter said.';
    assert.equal(speakerOf(body, 'it was a long day'), 'Amrit Dhillon');
  });
});

describe('scout43a: family names and generations', () => {
  it('an Acadian surname "d\'Entremont" is a name, the given name alone its bearer', () => {
    const body =
      'YARMOUTH, N.S. — Nadine d\'Entremont wants survival suits on every boat.\n\n' +
      '"Floating is what matters," Nadine d\'Entremont said.\n\n' +
      '"I want the rule," Nadine said later.';
    assert.equal(speakerOf(body, 'Floating is what matters'), "Nadine d'Entremont");
    assert.equal(speakerOf(body, 'I want the rule'), "Nadine d'Entremont");
  });
  it('"Walter Jr." and "Walter Sr." are the full names with those suffixes', () => {
    const body =
      'DEARBORN, Mich. — Frank Kowalski Sr. handed the garage to his son, Frank Kowalski Jr., on Monday.\n\n' +
      '"We never closed a day," Frank Jr. said.\n\n' +
      '"He still can\'t set a timing belt," Frank Sr. said.';
    assert.equal(speakerOf(body, 'never closed a day'), 'Frank Kowalski Jr.');
    assert.equal(speakerOf(body, 'timing belt'), 'Frank Kowalski Sr.');
  });
  it('near miss: "Frank Jr." with two full names of that generation joins neither', () => {
    const body =
      'Frank Kowalski Jr. and Frank Nowak Jr. both ran for council.\n\n' + '"We need a new arena," Frank Jr. said.';
    const name = speakerOf(body, 'a new arena');
    assert.ok(name !== 'Frank Kowalski Jr.' && name !== 'Frank Nowak Jr.', String(name));
  });
});

describe('scout43a: a lede\'s description named in the next paragraph', () => {
  it('"The brother of a hiker who died … told a hearing" is the person the next paragraph opens with', () => {
    const body =
      'GORHAM, N.H. — The brother of a Montreal climber who died on Mount Adams last winter told a hearing on Tuesday that she called him from the ridge.\n\n' +
      'Mathieu Roy, 40, of Laval, testified that the call lasted less than a minute.';
    assert.equal(speakerOf(body, 'she called him from the ridge'), 'Mathieu Roy');
  });
  it('"A paramedic told an inquiry …" then "NAME, who …, was testifying": the verb after the aside and the auxiliary', () => {
    const body =
      'WINNIPEG — A paramedic told a public inquiry Monday that she waited three hours at the hospital door.\n\n' +
      'Kendra Houle, who has worked for the service for 11 years, was testifying at the inquiry into the death of a patient.';
    assert.equal(speakerOf(body, 'waited three hours'), 'Kendra Houle');
  });
  it('near miss: a name after an aside with no verb of speech is no one\'s delayed name', () => {
    const body =
      'WINNIPEG — A paramedic told a public inquiry Monday that she waited three hours at the hospital door.\n\n' +
      'Kendra Houle, who has worked for the service for 11 years, was honoured by the city last spring.';
    assert.notEqual(speakerOf(body, 'waited three hours'), 'Kendra Houle');
  });
});

describe('scout43a: a transcript turn that reports a third person', () => {
  const transcript =
    'The following is an edited transcript of an interview that aired Sunday. Host Lena Varga spoke with Finance Minister Paul Archer.\n\n' +
    'VARGA: Minister, the budget officer, Yves Marchand, said this week that your forecast is "not credible." He says the deficit could be larger. Is he wrong?\n\n' +
    'ARCHER: I have seen his numbers. We don\'t think that is the likely case.\n\n' +
    'VARGA: But you don\'t know that.\n\n' +
    'ARCHER: Nobody knows that. That is why we built in a contingency.';
  it('the reported sentences are the third person\'s, the question the host\'s', () => {
    const a = analyze(transcript);
    const q = (text: string) => a.quotes.find((x) => x.text.includes(text));
    assert.equal(q('not credible')?.speaker?.name, 'Yves Marchand');
    assert.equal(q('the deficit could be larger')?.speaker?.name, 'Yves Marchand');
    assert.equal(q('Is he wrong?')?.speaker?.name, 'Lena Varga');
    assert.ok(!q('Is he wrong?')?.text.includes('not credible'), 'the host\'s own words are a quote of their own');
    assert.equal(q('Nobody knows that')?.speaker?.name, 'Paul Archer');
  });
  it('near miss: "It does say", "They must say" in an answer stay the speaker\'s own words', () => {
    const a = analyze(
      'Senator Dana Whitfield spoke with reporters on Friday.\n\n' +
        'Q: Should the court be filled now?\n\n' +
        'WHITFIELD: Look, I have read the Constitution many times. It does say advise and consent, and that is real.\n\n' +
        'Q: And your rivals?\n\n' +
        'WHITFIELD: They must say there is no way to win on the record. I don\'t know.',
    );
    const q = (text: string) => a.quotes.find((x) => x.text.includes(text));
    assert.equal(q('advise and consent')?.speaker?.name, 'Dana Whitfield');
    assert.equal(q('no way to win on the record')?.speaker?.name, 'Dana Whitfield');
  });
});

describe('scout43a: a council seat by its Canadian title', () => {
  it('"Coun. NAME … the councillor said" is that councillor', () => {
    const body =
      'HALIFAX — More than 200 people came to the meeting, hosted by District 5 Coun. Sam Okoro.\n\n' +
      'Residents were given two minutes each.\n\n' +
      '"Everybody gets their two minutes," the councillor said.';
    assert.equal(speakerOf(body, 'Everybody gets their two minutes'), 'Sam Okoro');
  });
  it('near miss: "the mayor" is no one titled "Coun."', () => {
    const body =
      'HALIFAX — More than 200 people came to the meeting, hosted by District 5 Coun. Sam Okoro.\n\n' +
      '"We will vote in March," the mayor said.';
    assert.notEqual(speakerOf(body, 'We will vote in March'), 'Sam Okoro');
  });
});

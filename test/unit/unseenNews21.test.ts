import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';
import { resolveDate } from '../../src/extractor/dates';
import { readPublished } from '../../src/extractor/publishedDate';
import { quotesOf } from './helpers';

const said = (body: string) => quotesOf(`Headline\n\n${body}`).map((q) => [q.who, q.text]);

/**
 * Unseen Canadian and US news (session 21): each kind in other words than the articles that
 * showed it.
 */
describe('unseen news 21: the date line of a news site', () => {
  it('a line holding the publication date and the update date ("Updated:" between them) is a date line', () => {
    assert.equal(readPublished('Bridge reopens\n\nBy Lea Moss\nTimes Colonist\nMarch 3, 2025 Updated: March 4, 2025 9:02 a.m.\n\nThe bridge reopened.'), '2025-03-03');
  });

  it('a deck between the headline and the byline leaves the date line inside the header', () => {
    const header = 'Last lighthouse keeper on the lake\n\nAfter thirty years, she is handing the keys to the coast guard. Her son is not sure.\n\nBy Ines Cote\nThe Chronicle Herald\nPublished Tuesday, June 9, 2026\n\nMarie Cote still climbs the 114 steps.';
    assert.equal(readPublished(header), '2026-06-09');
  });

  it('a line of prose with two dates is still no date line', () => {
    assert.equal(readPublished('Court sets June 18, 2024 hearing after May 2, 2024 ruling\n\nThe judge ruled.'), null);
  });
});

describe('unseen news 21: a date something was put off or set to', () => {
  it('"postponed … until Oct. 9" in a past sentence lies ahead of the article', () => {
    assert.equal(resolveDate('The board voted 5-2 to postpone the vote until Oct. 9, the chair said.', '2026-09-25')?.date, '2026-10-09');
    assert.equal(resolveDate('The province announced closures for Friday.', '2026-01-14')?.date, '2026-01-16');
    assert.equal(resolveDate('The premier called the election for Oct. 21.', '2026-09-02')?.date, '2026-10-21');
  });

  it('a past date of a past verb stays in the past', () => {
    assert.equal(resolveDate('The plant closed for good on Friday.', '2026-01-14')?.date, '2026-01-09');
    assert.equal(resolveDate('The vote was held on Oct. 9.', '2026-11-25')?.date, '2026-10-09');
  });

  it('an announcement of what happens on a weekday is dated that coming weekday', () => {
    const text = 'Ice storm shuts schools\n\nPosted: Feb. 4, 2026 6:10 AM\n\nTwo school boards in the region have announced closures for Friday, officials said.';
    const dated = extractEvents(analyze(text), null).filter((e) => e.date);
    assert.deepEqual(dated.map((e) => e.date), ['2026-02-06']);
  });
});

describe('unseen news 21: the source phrase', () => {
  it('"the 19-year-old said" after a quotation is a person told by age, the nearest one before', () => {
    const q = said('Lena Ortiz finished second in the slalom. “I skied the top badly,” the 19-year-old said.');
    assert.deepEqual(q, [['Lena Ortiz', 'I skied the top badly,']]);
  });

  it('an indefinite age is no one named ("if a 30-year-old wanted …")', () => {
    const q = quotesOf('Headline\n\nTom Reyes runs the program. If a 30-year-old wanted to apply, she would need a sponsor.');
    assert.ok(q.every((x) => x.who !== 'Tom Reyes'), JSON.stringify(q.map((x) => [x.who, x.text])));
  });

  it('an aside on the circumstances between the subject and the cue ("asked by a reporter how …,") is skipped', () => {
    assert.deepEqual(said('Fire Chief Dana Holt, asked by a reporter how long the highway would stay shut, said crews needed two more days.'), [['Dana Holt', 'crews needed two more days']]);
    assert.deepEqual(said('Mayor Ken Obi, pressed on whether taxes would rise, said the budget was balanced.'), [['Ken Obi', 'the budget was balanced']]);
  });

  it('a party label, then a role between commas, leaves the named person the speaker, not the hearers after the cue', () => {
    assert.deepEqual(said('Rep. Joan Mercer, D-Ore., a member of the budget panel, told reporters she would vote no.'), [['Joan Mercer', 'she would vote no']]);
  });

  it('offices of counties, courts and churches head a source phrase: "the sheriff said", "the coroner said"', () => {
    const q = quotesOf('Headline\n\nSheriff Wade Lutz spoke to reporters. “We found the truck at dawn,” the sheriff said. The coroner said the cause of death was not yet known.');
    assert.deepEqual(q.map((x) => [x.who, x.speakerMention?.text, x.text]), [
      ['Wade Lutz', 'the sheriff', 'We found the truck at dawn,'],
      [null, 'The coroner', 'the cause of death was not yet known'],
    ]);
  });

  it('a phrase never ends in an article ("a deputy in an alleged …" is no subject)', () => {
    const q = said('The man was shot by an off-duty deputy in an alleged road rage incident.');
    assert.deepEqual(q, []);
  });
});

describe('unseen news 21: "she" after a sentence whose subject is another woman', () => {
  it('continues the subject who opens the sentence before, not the last speaker named after a preposition', () => {
    const q = said('Attorney Nora Ames played the video for reporters. Ames said the officer had fired first. The girl’s aunt, Rita Cole, sat beside Ames. She said her niece had been afraid.');
    assert.deepEqual(q.map((x) => x[0]), ['Nora Ames', 'Rita Cole']);
  });

  it('keeps the last speaker when she is the one speaking in that sentence ("… the ablest candidate Viguerie argues")', () => {
    const q = said('Maria Diaz praised the plan. Rosa Vega said it was late. Diaz is right, says Vega. “We need it now,” she said.');
    assert.equal(q[q.length - 1][0], 'Rosa Vega');
  });
});

describe('unseen news 21: who a pronoun or a description is', () => {
  it('"Joan" tells no gender (an English woman’s name, a Catalan man’s): "she" and "he" both find her or him', () => {
    assert.deepEqual(said('Joan Whitby toured the flooded streets. “We will rebuild,” she said.'), [['Joan Whitby', 'We will rebuild,']]);
    assert.deepEqual(said('Barcelona president Joan Puig spoke after the transfer. “We did what the club needed,” he said.'), [['Joan Puig', 'We did what the club needed,']]);
  });

  it('"his" after a role between it and the only named person is not that person (no gender learnt from it)', () => {
    const q = said('Press secretary Robin Hale defended the delay on Monday. Hale was asked whether the president had been warned by his own aides that the bill would fail. “We will see,” she said.');
    assert.equal(q[q.length - 1][0], 'Robin Hale');
    assert.ok(q.every((x) => x[0] !== 'aides of Robin Hale'), JSON.stringify(q));
  });

  it('a court’s titles are one office: "Justice NAME … the judge said"', () => {
    assert.deepEqual(said('Justice Mira Olsen of the Superior Court issued the ruling. “The statute is plain,” the judge said.'), [['Mira Olsen', 'The statute is plain,']]);
  });

  it('the name a relative aside gives ("who gave only her first name, Rosa,") is the speaker', () => {
    assert.deepEqual(said('One picketer, who gave only his first name, Karim, said the line would hold.'), [['Karim', 'the line would hold']]);
  });

  it('"the younger NAME", "the elder NAME" tell apart two people of one surname', () => {
    const family = 'Walter Brandt, 61, has farmed the land since 1988. His daughter, Ilse Brandt, 27, took over the books last year.';
    assert.equal(said(`${family} “The margins are gone,” the younger Brandt said.`)[0][0], 'Ilse Brandt');
    assert.equal(said(`${family} “We have seen worse,” the elder Brandt said.`)[0][0], 'Walter Brandt');
  });
});

describe('unseen news 21: a body described by its national reach', () => {
  it('"the federal agency" is the body named before when its name holds no state, province or city', () => {
    assert.deepEqual(said('Health Canada pulled the eye drops from shelves on Friday. The federal agency said no injuries had been reported.'), [
      ['Health Canada', 'no injuries had been reported'],
    ]);
  });

  it('not a body of a state ("the Ohio Department of Health … the federal agency")', () => {
    const q = said('The Ohio Department of Health closed the lab. The federal agency said it would review the case.');
    assert.notEqual(q[0][0], 'Ohio Department of Health');
  });

  it('not when the description names another body ("the national Asahi newspaper")', () => {
    const q = said('Fox News ran the clip. A column in the national Asahi newspaper attacked the remark.');
    assert.ok(q.every((x) => x[0] !== 'Fox News'), JSON.stringify(q));
  });
});

describe('unseen news 21: people of a body, bodies together', () => {
  it('"the head of the river authority", "the mayor of this lake town" are people of a body described by modifiers', () => {
    assert.deepEqual(said('The chair of the regional transit authority said fares would rise.'), [['chair of the regional transit authority', 'fares would rise']]);
    assert.deepEqual(said('The mayor of this lake town says the ferry must stay.'), [['mayor of this lake town', 'the ferry must stay']]);
  });

  it('"…, the companies said", "Both banks said" speak as a group of bodies', () => {
    assert.deepEqual(said('The merger will close in the spring, the companies said.'), [['companies', 'The merger will close in the spring']]);
    assert.deepEqual(said('Arcturus Bank will buy Pell Trust. Both banks said no branches would close.'), [['banks', 'no branches would close']]);
  });

  it('places counted are not bodies speaking ("insiders in the next two states — … — said")', () => {
    const q = said('Insiders in the next two states — Nevada and South Carolina — said the gap had to close.');
    assert.ok(q.every((x) => x[0] !== 'states'), JSON.stringify(q));
  });
});

describe('unseen news 21: an office named before its holder', () => {
  it('"the mayor of this lake town" in a lede is the mayor the article names after it, and so is "the mayor" later', () => {
    const q = said('The mayor of this lake town says the ferry must stay. Mayor Ines Barros said Monday that she had written to the province. “We need the boat,” the mayor said.');
    assert.deepEqual(q.map((x) => x[0]), ['Ines Barros', 'Ines Barros', 'Ines Barros']);
  });

  it('"the GM", "the CEO" are the one general manager or chief executive the article names, never a company', () => {
    assert.deepEqual(said('Oilers general manager Ray Dunn said the deal was done. “We needed a centre,” the GM said.')[1], ['Ray Dunn', 'We needed a centre,']);
    assert.deepEqual(said('Veltra chief executive Mina Shah said sales rose. “We are not done,” the CEO said.')[1], ['Mina Shah', 'We are not done,']);
  });
});

describe('unseen news 21: delayed identification and generations by what the text says', () => {
  it('"The chief of a northern First Nation says" in the lede is the chief the next paragraph names', () => {
    const q = quotesOf('Headline\n\nThe chief of a remote Manitoba First Nation says the new clinic is two years late.\n\nChief Dolores Ketchum of Red Sucker Lake said the province had stopped answering letters.');
    assert.deepEqual(q.map((x) => x.who), ['Dolores Ketchum', 'Dolores Ketchum']);
  });

  it('"the elder NAME" is the one a kinship noun before the name makes the parent, whoever is named first', () => {
    const q = said('Jenna Holt threw the last stone. Holt’s mother, Carol Holt, who taught her the game, watched from the stands. “I could not breathe,” the elder Holt said.');
    assert.equal(q[q.length - 1][0], 'Carol Holt');
  });

  it('without a kinship noun or ages, "the younger NAME" is no one of the two', () => {
    const q = said('Ana Ruiz and Bo Ruiz run the farm. “We lost the crop,” the younger Ruiz said.');
    assert.ok(q.every((x) => x[0] !== 'Ana Ruiz' && x[0] !== 'Bo Ruiz'), JSON.stringify(q));
  });
});

describe('unseen news 21: what the breaker found', () => {
  it('a fact box under the paragraphs ("WHEN: Saturday, March 7, 2026") is no date line', () => {
    assert.equal(readPublished('Winter market returns\n\nThe market drew 4,000 people last year.\n\nVendors say sales doubled.\n\nWHEN: Saturday, March 7, 2026'), null);
  });

  it('a date put off but told as past ("until Monday, when they met", "to Friday’s crowd") stays in the past', () => {
    assert.equal(resolveDate('Talks were delayed until Monday, when negotiators finally met.', '2026-11-12')?.date, '2026-11-09');
    assert.equal(resolveDate('The mayor announced the agreement to Friday’s crowd.', '2026-11-12')?.date, '2026-11-06');
  });

  it('"the 23-year-old" is no one named with another age, nor anyone when the article introduced "a 23-year-old"', () => {
    assert.ok(said('Police said Gordon Pike, 54, was driving the truck. “He came out of nowhere,” the 23-year-old said.').every((x) => x[0] !== 'Gordon Pike'));
    assert.ok(said('Coach Ben Tarrant watched from the bench. A 23-year-old forward was ejected. “I lost my head,” the 23-year-old said.').every((x) => x[0] !== 'Ben Tarrant'));
  });

  it('"she" after "as NAME turned …" keeps NAME, a subject of its clause', () => {
    const q = said('Prosecutor Nora Ames called the shooting needless. “He never had a chance,” Ames said. The boy’s aunt, Rita Cole, wept in the gallery as Ames turned to the jury. She told jurors the officer had fired first.');
    assert.equal(q[q.length - 1][0], 'Nora Ames');
  });

  it('a role that is an object ("visited the owner of the bakery, and he told") does not stop "he" finding the subject', () => {
    assert.equal(said('Mayor Ken Obi visited the owner of the burned bakery on Sunday, and he told reporters the city would help her rebuild.')[0][0], 'Ken Obi');
  });

  it('"the judge" is no justice minister', () => {
    const q = said('A Superior Court judge struck down the law on Friday. Justice Minister Arif Khan said Ottawa would appeal. “The law protects no one,” the judge wrote.');
    assert.notEqual(q[q.length - 1][0], 'Arif Khan');
  });

  it('a thing’s name after a relative aside ("who picked the restaurant’s name, Blue Heron,") is no speaker', () => {
    assert.ok(said('The owner, who picked the restaurant’s name, Blue Heron, said the bird nests nearby.').every((x) => x[0] !== 'Blue Heron'));
  });
});

describe('unseen news 21: what the second breaker found', () => {
  it('"read" reports no title read ("Students read “The Outsiders”") nor a clause with an object ("Lund read the clause aloud")', () => {
    assert.deepEqual(said('Students at Lakeview High read “The Outsiders” this term.'), []);
    assert.deepEqual(said('Her favourite book is “Wonder,” which she read twice last summer.'), []);
    assert.deepEqual(said('Pia Lund said: “My client read the contract.” Lund read the clause aloud.'), [['Pia Lund', 'My client read the contract.']]);
    assert.deepEqual(said('The letter read: “We regret the delay.”').map((x) => x[1]), ['We regret the delay.']);
  });

  it('a statement read out does not take a quotation that names its own speaker where it closes', () => {
    const q = quotesOf('Headline\n\nHer brother, Karl Dahl, read a statement.\n\n“Ines ran the food bank for ten years.\n\n“We are lost without her,” said her husband, Tom Dahl.');
    assert.ok(q.every((x) => x.who === 'Tom Dahl'), JSON.stringify(q.map((x) => [x.who, x.text])));
  });

  it('a lone capital letter before a name at a sentence’s start is an initial ("F Scott Fitzgerald"), after a team a position', () => {
    assert.ok(analyze('Headline\n\nF Scott Fitzgerald wrote the novel in 1925.').actors.some((a) => a.name === 'F Scott Fitzgerald'));
    assert.ok(analyze('Headline\n\nCanucks D Filip Hronek said the trade hurt.').actors.some((a) => a.name === 'Filip Hronek'));
  });

  it('of two general managers, "the Sabres GM" is the Sabres’, and "the GM" the one named nearest before', () => {
    const q = said('Canucks general manager Brian Ashworth said the deal was done. Sabres general manager Kevin Adair said the trade helped. “He can play,” the Sabres GM said. Ashworth spoke later. “We have a goalie,” the GM said.');
    assert.deepEqual(q.slice(2).map((x) => x[0]), ['Kevin Adair', 'Brian Ashworth']);
  });
});

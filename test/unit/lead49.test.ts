/**
 * Kinds of wrong or missing speaker, false quotes and names the lead fixed in session 49, each
 * written in sentences of its own, with a near miss each.
 */
import { strict as assert } from 'node:assert';
import { inArticle, quotePairsInArticle as quotes, speakerInArticle as speakerOf } from './helpers';

/** Name|kind of each actor of article `body`. */
const actorsOf = (body: string): string[] => inArticle(body).actors.map((a) => `${a.name}|${a.kind}`);

describe('lead49: two "X said, “…”" quotations in one paragraph are two speakers\'', () => {
  it('a cue with its comma before a quotation of its own, after a narrated quotation, opens a new sentence', () => {
    assert.deepEqual(quotes('Ann Lee said, “We will rebuild.” Tom Hale said, “We will help.”'), [['We will rebuild.', 'Ann Lee'], ['We will help.', 'Tom Hale']]);
    assert.deepEqual(quotes('The mayor, Ann Lee, said, “We will rebuild the bridge.” Fire Chief Tom Hale said Tuesday, “We will help them.”'), [['We will rebuild the bridge.', 'Ann Lee'], ['We will help them.', 'Tom Hale']]);
  });
  it('near miss: after a quotation that opens its sentence, "X said, “…”" is that quotation\'s reporting clause and goes on with it', () => {
    const [only, ...rest] = quotes('“We will rebuild.” Ann Lee said, “And we will be stronger.”');
    assert.equal(rest.length, 0);
    assert.equal(only[1], 'Ann Lee');
    assert.match(only[0], /^We will rebuild\..*stronger\.$/);
  });
});

describe('lead49: "Amrit Sandhu and his sister Ann Sandhu … she said" — a possessive of kin after a name tells its gender', () => {
  it('"X and his sister Y": "she" is the sister, not a person whose given name tells no gender', () => {
    assert.equal(speakerOf('Amrit Sandhu and his sister Ann Sandhu opened the bakery in 2019.\n\n“We never expected the lines,” she said.', 'never expected'), 'Ann Sandhu');
    assert.equal(speakerOf('Jordan Lee and her husband Tom Lee sold the farm.\n\n“It was time,” he said.', 'It was time'), 'Tom Lee');
  });
  it('near miss: with no possessive after the name, the subject of unknown gender is still whom "she" means', () => {
    assert.equal(speakerOf('Amrit Sandhu opened the bakery in 2019 with Tom Hale.\n\n“We never expected the lines,” she said.', 'never expected'), 'Amrit Sandhu');
  });
});

describe('lead49: "Mexico’s former president" is not "Mexico’s president"', () => {
  it('an owner\'s phrase of two lower-case words or more is its own actor, every word counted', () => {
    assert.deepEqual(quotes('Mexico’s president said the tariffs were unfair.\n\nMexico’s former president said the deal would survive.'), [
      ['the tariffs were unfair', 'Mexico’s president'],
      ['the deal would survive', 'Mexico’s former president'],
    ]);
  });
  it('near miss: "Mexico’s president" twice is one actor', () => {
    const a = inArticle('Mexico’s president said the tariffs were unfair.\n\nMexico’s president said the deal would survive.');
    assert.equal(new Set(a.quotes.map((q) => q.speaker?.key)).size, 1);
  });
});

describe('lead49: a neighbour, a partner or a colleague is no kin: no surname of the one whose peer it is', () => {
  it('"Reid’s neighbour, Mark," is Mark, not Mark Reid', () => {
    assert.equal(speakerOf('Ann Reid lost her home in the fire. Reid’s neighbour, Mark, said the flames came fast.', 'flames came fast'), 'Mark');
  });
  it('near miss: "Reid’s husband, Mark," is Mark Reid', () => {
    assert.equal(speakerOf('Ann Reid lost her home in the fire. Reid’s husband, Mark, said the flames came fast.', 'flames came fast'), 'Mark Reid');
  });
});

describe('lead49: a place\'s name that is a given name, after a noun of kin or of a peer, is the person', () => {
  it('"Her colleague Victoria", "his daughter Florence", "her partner Regina" are persons', () => {
    assert.equal(speakerOf('Her colleague Victoria said the lab had closed.', 'lab had closed'), 'Victoria');
    assert.equal(speakerOf('His daughter Florence said the lab had closed.', 'lab had closed'), 'Florence');
  });
  it('near miss: "the premier of Victoria" and "officials in Florence" stay places', () => {
    assert.ok(actorsOf('Officials in Florence said the museum would reopen.').includes('Florence|place'));
  });
});

describe('lead49: "The Chinese consulate in Vancouver said" — a consulate placed by its city is the consulate', () => {
  it('a consulate, as an embassy, is a body; the city where it sits does not speak', () => {
    assert.equal(speakerOf('The Chinese consulate in Vancouver said it was aware of the case.', 'aware of the case'), 'Chinese consulate');
  });
  it('near miss: "Officials in Vancouver said" are officials, not the city nor a consulate', () => {
    assert.equal(speakerOf('Officials in Vancouver said they were aware of the case.', 'aware of the case'), 'Officials in Vancouver');
  });
});

describe('lead49: "the couple said" is a group of two who speak', () => {
  it('"“…,” the couple said in a statement" is a quotation of the couple\'s, and so is "The couple said"', () => {
    assert.deepEqual(quotes('Ann and Tom Hale run the farm.\n\n“We are tired,” the couple said in a statement.'), [['We are tired,', 'couple']]);
    assert.deepEqual(quotes('Ann and Tom Hale run the farm.\n\nThe couple said they were tired.'), [['they were tired', 'couple']]);
  });
  it('near miss: "a couple of weeks" is a count, never a speaker', () => {
    const said = quotes('Several people I’ve spoken with over the last couple of weeks said Mr. Hale had peppered the mayor with advice.');
    assert.ok(!said.some(([, who]) => /couple/.test(who ?? '')), JSON.stringify(said));
  });
});

describe('lead49: "BC Housing said … The agency said" — a body of no known trade that just spoke is "the agency"', () => {
  it('a generic description opening the next sentence is the body that spoke just before', () => {
    assert.deepEqual(quotes('BC Housing said the building would reopen. The agency said repairs would take a year.').map((q) => q[1]), ['BC Housing', 'BC Housing']);
    assert.deepEqual(quotes('Metrolinx said the line would reopen. The agency said repairs would take a year.').map((q) => q[1]), ['Metrolinx', 'Metrolinx']);
  });
  it('near miss: "the city said" after it is not the housing body', () => {
    assert.notEqual(quotes('BC Housing said the building would reopen. The city said repairs would take a year.')[1][1], 'BC Housing');
  });
});

describe('lead49: "spoke with her lawyer, Paul, who said" — a lone given name before ", who" is whom the clause is about', () => {
  it('the given name alone is a person, the relative clause\'s speaker', () => {
    assert.equal(speakerOf('Diane Charbonneau spoke with her lawyer, Paul, who said the case would go to trial.', 'go to trial'), 'Paul');
    assert.equal(speakerOf('Diane Charbonneau spoke with Paul, who said the case would go to trial.', 'go to trial'), 'Paul');
  });
  it('near miss: a name in full before ", who" is that person, and a word that is no given name leaves the subject', () => {
    assert.equal(speakerOf('Diane Charbonneau spoke with her lawyer, Paul Roy, who said the case would go to trial.', 'go to trial'), 'Paul Roy');
    assert.equal(speakerOf('Diane Charbonneau, who said the case would go to trial, left the court.', 'go to trial'), 'Diane Charbonneau');
  });
});

describe('lead49: "its chief says" of a First Nation is no premier', () => {
  it('a chief is the holder the article names as chief, never a premier named after', () => {
    const article = 'A First Nation has signed an agreement with the mining giant that its chief says will bring jobs.\n\n“This is about our young people,” said Chief Darin Poorman.\n\nPremier Scott Moe praised the agreement.';
    assert.equal(speakerOf(article, 'will bring jobs'), 'Darin Poorman');
    assert.equal(speakerOf('A First Nation has signed an agreement that its chief says will bring jobs.\n\nPremier Scott Moe praised the agreement.', 'will bring jobs'), null);
  });
  it('near miss: "the leader said" after a premier is the premier', () => {
    assert.equal(speakerOf('Premier Scott Moe praised the agreement.\n\nThe leader said it would bring jobs.', 'would bring jobs'), 'Scott Moe');
  });
});

describe('lead49: a notary is a role, a reader a person', () => {
  it('"Notary Josée Beauchemin" is Josée Beauchemin, a notary; "A reader wrote … she wrote" is no one named before', () => {
    assert.equal(speakerOf('Notary Josée Beauchemin said couples rarely sign such agreements.', 'rarely sign'), 'Josée Beauchemin');
    // (since session 65 the unnamed reader is an actor named by the phrase, not no one)
    assert.equal(speakerOf('Notary Josée Beauchemin said couples rarely sign such agreements.\n\nA reader wrote in after my last column to share her experience. “I wish someone had told me,” she wrote.', 'I wish someone'), 'reader');
  });
  it('near miss: "she wrote" after the notary alone is the notary', () => {
    assert.equal(speakerOf('Notary Josée Beauchemin said couples rarely sign such agreements. “I wish someone had told them,” she wrote.', 'I wish someone'), 'Josée Beauchemin');
  });
});

describe('lead49: "The office of Mayor Tom Hale said" — a person\'s own body, not the person (fresh49)', () => {
  it('the office of a named person is an actor linked to them, and "the office" after it is that office', () => {
    assert.deepEqual(quotes('The office of Immigration Minister Lena Metlege Diab said in a statement that the cuts would be offset. “We remain committed,” the office said.').map((q) => q[1]), ['office of Lena Metlege Diab', 'office of Lena Metlege Diab']);
  });
  it('near miss: "Tom Hale’s office" is the same office, and "The Office of the Prime Minister" a body of its own', () => {
    assert.equal(speakerOf('Tom Hale’s office said in a statement that the cuts would be offset.', 'cuts would be offset'), 'office of Tom Hale');
    assert.equal(speakerOf('The Office of the Prime Minister said in a statement that the cuts would be offset.', 'cuts would be offset'), 'Office of the Prime Minister');
  });
});

describe('lead49: "The judge also ordered restitution. She said …" — a pronoun opening its sentence goes on with the subject described just before (fresh49)', () => {
  it('the judge, not the accused named in the paragraphs before', () => {
    const article = 'Karen Doucette, 58, pleaded guilty. Justice Elizabeth Van den Eynden said the thefts were a betrayal.\n\nDoucette spoke only once. “I am sorry,” she said.\n\nThe judge also ordered restitution of $386,000. She said the order would follow Doucette for life.';
    assert.equal(speakerOf(article, 'order would follow'), 'Elizabeth Van den Eynden');
    assert.equal(speakerOf(article, 'I am sorry'), 'Karen Doucette');
  });
  it('near miss: a named person between them is whom "she" goes on with', () => {
    const article = 'Karen Doucette, 58, pleaded guilty. Justice Elizabeth Van den Eynden said the thefts were a betrayal.\n\nThe judge also ordered restitution of $386,000. Doucette wept. She said the order would follow her for life.';
    assert.equal(speakerOf(article, 'order would follow'), 'Karen Doucette');
  });
});

describe('lead49: "said Me Paul Roy", "said Mme. Julie Roy" — a Quebec title after an inverted cue (breaker49)', () => {
  it('the lawyer\'s "Me" and "Mme." with its stop are titles of the person named after them', () => {
    assert.equal(speakerOf('“It was late,” said Me Paul Roy.', 'It was late'), 'Paul Roy');
    assert.equal(speakerOf('“It was late,” said Mme. Julie Roy.', 'It was late'), 'Julie Roy');
  });
  it('near miss: "said me" is still the narrator\'s pronoun, no one\'s name', () => {
    assert.equal(speakerOf('“It was late,” said me, and I was right.', 'It was late'), null);
  });
});

describe('lead49: "Canada’s former prime minister" is not "Canada’s prime minister" named by its phrase (breaker49)', () => {
  it('a former holder\'s phrase never takes the actor a phrase of the office now made', () => {
    assert.deepEqual(quotes('Canada’s prime minister said the deal would survive. Canada’s former prime minister said it was dead.').map((q) => q[1]), ['prime minister of Canada', 'former prime minister of Canada']);
  });
  it('near miss: the same phrase twice is one actor', () => {
    assert.deepEqual(quotes('Canada’s prime minister said the deal would survive. Canada’s prime minister said it was not dead.').map((q) => q[1]), ['prime minister of Canada', 'prime minister of Canada']);
  });
});

describe('lead49: a letter signed by a place alone is no one\'s (breaker49)', () => {
  it('"— Montreal, Quebec" and "— Victoria, Montreal" give the place no quotation', () => {
    assert.deepEqual(quotes('“Why did nobody warn us?” — Montreal, Quebec'), []);
    assert.deepEqual(quotes('“Why did nobody warn us?” — Victoria, Montreal'), []);
  });
  it('near miss: "— Linda, Pointe-Claire" is the reader Linda', () => {
    assert.deepEqual(quotes('“Why did nobody warn us?” — Linda, Pointe-Claire'), [['Why did nobody warn us?', 'Linda']]);
  });
});

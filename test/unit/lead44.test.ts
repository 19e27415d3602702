/**
 * Kinds of wrong source the lead fixed in session 44, each written in sentences of its own, with a
 * near miss each.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

const speakers = (text: string): string[] => analyze(text).quotes.map((q) => q.speaker?.name ?? 'null');

describe('lead44: a name that modifies a people noun is no antecedent of "he"', () => {
  it('"Mayor Tom Reyes, a staunch Kevin Walsh ally, acknowledged … even as he defended …, saying …" is Reyes\'s', () => {
    const text = 'Budget fight\n\nMayor Tom Reyes, a staunch Kevin Walsh ally, acknowledged some errors even as he defended the plan, saying, “Most of it is sound.”';
    assert.deepEqual([...new Set(speakers(text))], ['Tom Reyes']);
  });
  it('near miss: a name in apposition to the people noun ("a staunch ally, Kevin Walsh, …") is whom "he" means', () => {
    const text = 'Budget fight\n\nMayor Tom Reyes spoke first. A staunch ally, Kevin Walsh, then acknowledged some errors even as he defended the plan, saying, “Most of it is sound.”';
    assert.deepEqual([...new Set(speakers(text))], ['Kevin Walsh']);
  });
});

describe('lead44: a field of government is no one\'s name', () => {
  const actorsOf = (text: string): string[] => analyze(text).actors.map((a) => `${a.name}:${a.kind}`);
  it('"Minister of Jobs and Economic Growth Brenda Bailey": the office\'s fields of several words, then the holder', () => {
    const a = analyze('Jobs figures\n\nMinister of Jobs and Economic Growth Brenda Bailey said jobs grew.');
    assert.equal(a.quotes[0]?.speaker?.name, 'Brenda Bailey');
  });
  it('"The Minister of Jobs and Economic Growth said": no person "Economic Growth" speaks', () => {
    const a = analyze('Jobs figures\n\nThe Minister of Jobs and Economic Growth said jobs grew.');
    assert.ok(!actorsOf('Jobs figures\n\nThe Minister of Jobs and Economic Growth said jobs grew.').some((x) => x.startsWith('Economic Growth')));
    assert.notEqual(a.quotes[0]?.speaker?.kind, 'person');
  });
  it('near miss: a person whose given name opens the words keeps them ("Grace Labour said")', () => {
    assert.deepEqual(speakers('Pay\n\nUnion steward Grace Labour said pay was late.'), ['Grace Labour']);
  });
  it('"85th Avenue North" is a street, no person "Avenue North"', () => {
    assert.ok(actorsOf('Crash\n\nThe crash happened on 85th Avenue North, police said.').includes('Avenue North:place'));
  });
});

describe('lead44: a person\'s name before a body or people noun owns it, as a possessive does', () => {
  it('"The Okafor campaign said" after "Ada Okafor" is her campaign\'s, not hers', () => {
    assert.deepEqual(speakers('Race\n\nAda Okafor lost the primary. The Okafor campaign said it would ask for a recount.'), ['campaign of Ada Okafor']);
  });
  it('"A Lindqvist aide said" is an aide of his, a person of their own', () => {
    assert.deepEqual(speakers('Race\n\nPer Lindqvist spoke on Monday. A Lindqvist aide said he was tired.'), ['aide of Per Lindqvist']);
  });
  it('near miss: "the Okafor family" is the family, no one person\'s', () => {
    const who = speakers('Race\n\nAda Okafor and Ben Okafor lost their home. The Okafor family said they would rebuild.')[0];
    assert.ok(who !== 'Ada Okafor' && who !== 'Ben Okafor' && !who.includes(' of '), who);
  });
  it('near miss: the name alone still speaks ("Okafor said")', () => {
    assert.deepEqual(speakers('Race\n\nAda Okafor lost the primary. Okafor said she would ask for a recount.'), ['Ada Okafor']);
  });
});

describe('lead44: a document its subject did not make speaks for no one', () => {
  it('"Police are investigating a note saying …": the document, no maker named', () => {
    const a = analyze('Threat\n\nPolice are investigating a note saying a bomb was hidden in the school.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.name ?? null, q.speakerMention?.text]), [[null, 'a note']]);
  });
  it('near miss: "issued a statement saying …" and "the Okafor campaign sent an email saying …" speak for the one who made it', () => {
    assert.deepEqual(speakers('Race\n\nAda Okafor spoke. Councillor Ben Lee issued a statement saying he would resign. The Okafor campaign sent an email saying it had won.'), ['Ben Lee', 'campaign of Ada Okafor']);
  });
});

describe('lead44: the words around a speaker', () => {
  it('"Sam Cole, 54, Toronto, said": a home town after the age is an aside too', () => {
    assert.deepEqual(speakers('Fares\n\nSam Cole, 54, Toronto, said the fare hike was unfair.'), ['Sam Cole']);
  });
  it('near miss: "Mr. Regalado, 69, said" is still the man', () => {
    assert.deepEqual(speakers('Fares\n\nMr. Regalado, 69, said the fare hike was unfair.'), ['Regalado']);
  });
  it('"Farmers whose fields flooded say …", "Workers whom Acme Corp. laid off say …": the phrase the relative clause modifies speaks', () => {
    const a = analyze('Floods\n\nFarmers whose fields flooded say the province abandoned them.\n\nWorkers whom Acme Corp. laid off last year say they were never paid.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.text]), [['Farmers', 'the province abandoned them'], ['Workers', 'they were never paid']]);
  });
  it('near miss: "asked who they thought was …" has no relative clause\'s head', () => {
    const a = analyze('Poll\n\nOne petition has 250 signatures.\n\nAnd when asked who they thought was the closest ally, most named Britain.');
    assert.ok(!a.quotes.some((q) => q.speakerMention?.text.includes('asked')), JSON.stringify(a.quotes.map((q) => q.speakerMention?.text)));
  });
  it('a transcript\'s one-word question ("HOST: When?") is the host\'s turn, not the guest\'s answer', () => {
    const a = analyze('Interview\n\nAn interview with Defence Minister Ana Ruiz.\n\nHOST: Is the budget officer wrong?\n\nMINISTER RUIZ: He is wrong.\n\nHOST: When?\n\nMINISTER RUIZ: In the fall update.');
    assert.ok(!a.quotes.some((q) => q.text.includes('When?')), JSON.stringify(a.quotes.map((q) => q.text)));
    assert.deepEqual(a.quotes.map((q) => q.text), ['He is wrong.', 'In the fall update.']);
  });
});

describe('lead44: a nation\'s standing conference is one body', () => {
  it('"The U.S. Conference of Mayors said": the conference speaks, not the country', () => {
    const a = analyze('Cities\n\nThe U.S. Conference of Mayors said cities needed help.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.speaker?.kind]), [['U.S. Conference of Mayors', 'organization']]);
  });
  it('"The Conference of Catholic Bishops said" is a body, no person "Catholic Bishops"', () => {
    const a = analyze('Law\n\nThe Conference of Catholic Bishops said the law was unjust.');
    assert.equal(a.quotes[0]?.speaker?.kind, 'organization');
  });
  it('near miss: a conference held is no body ("a conference of mayors in Ottawa")', () => {
    const a = analyze('Cities\n\nMayor Ann Lee spoke at a conference of mayors in Ottawa. Lee said cities needed help.');
    assert.deepEqual(speakers('Cities\n\nMayor Ann Lee spoke at a conference of mayors in Ottawa. Lee said cities needed help.'), ['Ann Lee']);
    assert.ok(!a.actors.some((x) => /conference/i.test(x.name)));
  });
});

describe('lead44: a people named by its nation before "of" a place', () => {
  it('"The Armenians of Lebanon say …" is not Lebanon\'s', () => {
    const a = analyze('Fear\n\nThe Armenians of Lebanon say they are afraid.');
    assert.equal(a.quotes.length, 1);
    assert.notEqual(a.quotes[0].speaker?.name, 'Lebanon');
  });
  it('near miss: "The Democrats of Vermont said" stays the group', () => {
    assert.deepEqual(speakers('Bill\n\nThe Democrats of Vermont said the bill was good.'), ['Democrats of Vermont']);
  });
});

describe('lead44: after breaker44b', () => {
  it('"a top Clinton aide", "A senior Cruz adviser", "A Trump administration official": modifiers before the name, a noun between', () => {
    assert.deepEqual(speakers('Race\n\nHillary Clinton spoke Monday. “We will win Ohio,” said a top Okafor aide.'.replace('Hillary Clinton', 'Ada Okafor')), ['aide of Ada Okafor']);
    assert.deepEqual(speakers('Race\n\nPer Lindqvist spoke. A Lindqvist administration official said the talks failed.'), ['administration official of Per Lindqvist']);
  });
  it('near miss: a given name or a colour is no owner, nor the speaker ("The Paul campaign" after Paul Ryan, "A Black voter" after Tom Black)', () => {
    assert.deepEqual(speakers('Race\n\nPaul Ryan spoke in Wisconsin. The Paul campaign said it would compete in Iowa.'), ['Paul campaign']);
    assert.deepEqual(speakers('Vote\n\nTom Black runs the shelter. A Black voter said the line was long.'), ['Black voter']);
  });
  it('"Lawmakers whom the governor says ignored him …": the governor speaks, no relative head', () => {
    assert.deepEqual(speakers('Vote\n\nLawmakers whom the governor says ignored him voted no.'), ['governor']);
  });
  it('"The hacker whose attack first revealed that …": the cue is the clause\'s own, the owner speaks', () => {
    const a = analyze('Plea\n\nThe Romanian hacker whose attack first revealed that the server was open pleaded guilty on Wednesday.');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speakerMention?.text, 'The Romanian hacker');
  });
  it('"responded to the complaint saying it would refund …": the one who responded says it', () => {
    assert.deepEqual(speakers('Refunds\n\nThe company responded to the complaint saying it would refund every customer.'), ['company']);
  });
});

import { strict as assert } from 'node:assert';
import { AnalysingCorpus } from '../../src/corpus/analysingCorpus';
import { analyze } from '../../src/extractor/analyze';
import { quotesOf } from './helpers';

/** The quote whose text holds `words`, with its speaker's name. */
const quote = (text: string, words: string) => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return q;
};

describe('resolution: pronouns agree in gender and kind', () => {
  it('she skips a nearer man for the woman named before him', () => {
    const q = quote('Helga Brandt runs the harbour board. Tobias Wren inspected the docks on Tuesday. “The cranes are too old,” she said.', 'cranes');
    assert.equal(q.who, 'Helga Brandt');
  });

  it('a courtesy title tells the gender where the first name does not', () => {
    const q = quote('Ms. Okafor met Kenji Sato on Monday. Sato left early. “We agreed on nothing,” she said.', 'agreed');
    assert.match(q.who ?? '', /Okafor/);
  });

  it('a courtesy title before any mention of a person tells the gender', () => {
    const q = quote('Mr. Olu met Ms. Adebayo on Friday. She said the talks had failed.', 'talks');
    assert.equal(q.who, 'Adebayo');
  });

  it('he goes to the man, not to the woman who spoke last', () => {
    const q = quote('“Rents are rising,” said Marta Quill. Her deputy, Anton Reyes, disagreed. He said the market had cooled.', 'market');
    assert.equal(q.who, 'Anton Reyes');
  });

  it('“it” is the organisation named before, never a person', () => {
    const q = quote('Corvane Motors hired Lena Fisk in May. It said sales had doubled.', 'sales');
    assert.equal(q.who, 'Corvane Motors');
  });
});

describe('resolution: descriptions and linked actors', () => {
  it('“the ministry” is the ministry named earlier', () => {
    const q = quote('The Ministry of Fisheries opened an inquiry into the trawlers on Monday. The ministry said the nets were illegal.', 'nets');
    assert.equal(q.who, 'Ministry of Fisheries');
  });

  it('“the company” is the company named earlier, not a person between', () => {
    const text = 'Saltmarsh Provisions Inc. recalled 9,000 tins of soup. Owen Harte lost his job. The company said demand had fallen.';
    assert.ok(!quotesOf(text).some((x) => x.text.includes('tins of soup')), 'a recalled product is no quote');
    const q = quote(text, 'demand');
    assert.equal(q.speaker?.kind, 'organization');
    assert.match(q.who ?? '', /Saltmarsh Provisions/);
  });

  it('“X’s office” speaks for itself, linked to X', () => {
    const q = quote('Senator Hugo Varela missed the vote. Varela’s office said he was ill.', 'ill');
    assert.ok(q.speaker && q.who !== 'Hugo Varela', String(q.who));
    assert.ok(q.speaker!.roles.some((r) => r.includes('Hugo Varela')), q.speaker!.roles.join('; '));
  });

  it('“her lawyer”, “its spokesman”: an actor of its own, owned by the pronoun’s referent', () => {
    const a = quote('Rhea Moss was charged on Monday. Her lawyer said she would plead not guilty.', 'plead');
    assert.ok(a.speaker && a.who !== 'Rhea Moss', String(a.who));
    assert.ok(a.speaker!.roles.some((r) => r.includes('Rhea Moss')), a.speaker!.roles.join('; '));
    const b = quote('Larkfield Bank cut its rates on Monday. Its spokesman said inflation had eased.', 'inflation');
    assert.ok(b.speaker && b.who !== 'Larkfield Bank', String(b.who));
    assert.ok(b.speaker!.roles.some((r) => r.includes('Larkfield Bank')), b.speaker!.roles.join('; '));
  });

  it('“a spokesman for X” and “whose attorney” are not X', () => {
    const a = quote('A spokesman for Larkfield Bank said the branch would reopen.', 'branch');
    assert.ok(a.speaker && a.who !== 'Larkfield Bank', String(a.who));
    assert.equal(a.speaker!.kind, 'person');
    const inverted = quote('“We will appeal,” said a spokesman for Larkfield Bank.', 'appeal');
    assert.equal(inverted.speakerMention?.text, 'a spokesman for Larkfield Bank');
    assert.ok(inverted.speaker!.roles.some((r) => r.includes('Larkfield Bank')), inverted.speaker!.roles.join('; '));
    const b = quote('The plan was challenged by Mira Castell, whose attorney said the deadline had passed.', 'deadline');
    assert.ok(b.speaker && b.who !== 'Mira Castell', String(b.who));
  });
});

describe('resolution: an office is held only at its rank', () => {
  it('the mayor is not the deputy mayor named before', () => {
    const q = quote('Deputy Mayor Jane Roe opened the new library on Monday.\n\nThe mayor said the city would build two more by 2027.', 'two more');
    assert.notEqual(q.who, 'Jane Roe');
  });

  it('the prime minister is not the health minister named before, nor is his spokesman hers', () => {
    const text = 'Health Minister Simeon Brown announced 2,000 extra operations.\n\nThe prime minister\'s spokesman said the government had full confidence in the minister.';
    const q = quote(text, 'full confidence');
    assert.ok(q.speaker, 'the spokesman is an actor');
    assert.ok(!q.speaker.roles.some((r) => r.includes('Simeon Brown')), `roles: ${q.speaker.roles}`);
    assert.notEqual(q.who, 'Simeon Brown');
  });

  it('the vice president is not the president named before, and the same rank still resolves', () => {
    const text = 'President Ana Ruiz and Vice President Tom Hale toured the plant.\n\nThe vice president said the jobs would stay. The president said the plant would grow.';
    assert.equal(quote(text, 'jobs would stay').who, 'Tom Hale');
    assert.equal(quote(text, 'plant would grow').who, 'Ana Ruiz');
  });
});

describe('resolution: events', () => {
  it('a summit speaks for its organisation, never for the city it met in', () => {
    const q = quote('The Arctic Council summit in Oslo said the ice was thinning fast.', 'ice');
    assert.equal(q.who, 'Arctic Council');
  });
});

describe('resolution: groups and anonymous sources', () => {
  it('a group named by its phrase, not the place inside it', () => {
    const q = quote('Tenants of Birch Court say the heating has failed.', 'heating');
    assert.equal(q.speaker?.kind, 'group');
    assert.equal(q.who?.toLowerCase(), 'tenants of birch court');
  });

  it('people nouns beyond the old lists, with modifiers and post-modifiers', () => {
    const a = quote('“The road is flooded again,” farm inspectors warned on Sunday.', 'flooded');
    assert.equal(a.who, 'farm inspectors');
    const b = quote('Several paramedics at the county hospital said the shifts were too long.', 'shifts');
    assert.match(b.speakerMention?.text ?? '', /paramedics/);
    assert.equal(b.speaker?.kind, 'group');
    const c = quote('Local dockworkers say the new cranes will cost jobs.', 'cranes');
    assert.match(quote('Veteran longshoremen say the channel is silting up.', 'channel').who ?? '', /longshoremen/);
    assert.match(c.who ?? '', /dockworkers/);
  });

  it('a bare group noun opening the sentence is a group, not a person', () => {
    for (const [text, words] of [['Authorities say the fire was set deliberately.', 'fire'], ['Experts warn that the levee could fail.', 'levee']]) {
      const q = quote(text, words);
      assert.equal(q.speaker?.kind, 'group', text);
    }
    const q = quote('Officials with the county water board said the wells were safe.', 'wells');
    assert.equal(q.speaker?.kind, 'group');
    assert.match(q.who ?? '', /^Officials with/);
  });

  it('“a spokeswoman for the ministry” is linked to the ministry named before', () => {
    const q = quote('The Ministry of Mines issued new rules. A spokeswoman for the ministry said the quarry would close.', 'quarry');
    assert.equal(q.speaker?.kind, 'person');
    assert.ok(q.speaker!.roles.some((r) => r.includes('Ministry of Mines')), q.speaker!.roles.join('; '));
  });

  it('people with a participle or adjective post-modifier, capitalised at the start', () => {
    const a = quote('People living near the quarry said the blasts cracked their walls.', 'blasts');
    assert.equal(a.speaker?.kind, 'group');
    assert.match(a.who ?? '', /^People living near the quarry/);
    const b = quote('A source familiar with the merger said the talks had stalled.', 'stalled');
    assert.match(b.speakerMention?.text ?? '', /source familiar with/);
    assert.ok(b.speaker?.anonymous);
  });

  it('“the mayor’s office”: linked to the mayor where the article names one, else a body of its own', () => {
    const a = quote('Mayor Ines Falk opened the fair. The mayor’s office later said the rides were safe.', 'rides');
    assert.equal(a.speaker?.kind, 'organization');
    assert.ok(a.speaker!.roles.some((r) => r.includes('Ines Falk')), a.speaker!.roles.join('; '));
    const b = quote('The mayor’s office said the rides were safe.', 'rides');
    assert.equal(b.speaker?.kind, 'organization');
  });

  it('an anonymous source with a participle post-modifier', () => {
    const q = quote('A lawyer involved in the case says the ruling will be appealed.', 'ruling');
    assert.match(q.speakerMention?.text ?? '', /lawyer/);
    assert.equal(q.speaker?.kind, 'person');
    assert.ok(q.speaker?.anonymous);
  });

  it('the same phrase is one group in an article', () => {
    const a = analyze('Health inspectors said the kitchen was dirty. Health inspectors said the owner had been warned.');
    assert.equal(a.actors.filter((x) => x.kind === 'group').length, 1);
  });
});

describe('source phrases: roles, appositives and post-modifiers', () => {
  it('a lower-case role before the name, before and after the cue', () => {
    assert.equal(quote('“The tunnel will close in June,” county surveyor Imre Halasz said.', 'tunnel').who, 'Imre Halasz');
    assert.equal(quote('“The valves failed overnight,” said site engineer Piet Anker.', 'valves').who, 'Piet Anker');
    // a month word opening the name, which the name lists do not take
    assert.equal(quote('“The gates stay shut,” said lock keeper May Tanaka.', 'gates').who, 'May Tanaka');
  });

  it('“said a spokesman, NAME”: the named person speaks', () => {
    const q = quote('“We cannot comment on the audit,” said a spokesman, Olaf Brenner.', 'audit');
    assert.equal(q.who, 'Olaf Brenner');
    assert.equal(q.speakerMention?.text, 'Olaf Brenner');
  });

  it('a person “at” or “with” an organisation speaks, not the organisation', () => {
    assert.equal(quote('Botany professor Lise Nyberg at Harlow University says the moss is spreading.', 'moss').who, 'Lise Nyberg');
    assert.equal(quote('Ravi Kant with the Eastmoor Transit Authority says the trains are late.', 'trains').who, 'Ravi Kant');
  });

  it('a long appositive with commas of its own', () => {
    const q = quote('Rosa Ibanez, a teacher based in Elk Grove, Calif., and a union delegate, said classes were too large.', 'classes');
    assert.equal(q.who, 'Rosa Ibanez');
  });

  it('a described subject of a joined clause, not a name after it', () => {
    const q = quote('The regional newspaper has long opposed Mayor Ines Vold, arguing that the dam will flood farms.', 'dam');
    assert.equal(q.speakerMention?.text, 'The regional newspaper');
    assert.notEqual(q.who, 'Ines Vold');
  });

  it('asides after a quotation reach back to the subject; an adverb before a role', () => {
    const a = quote('“The audit is incomplete,” a ministry source, who was not authorised to speak publicly, told the Daily Ledger.', 'audit');
    assert.match(a.speakerMention?.text ?? '', /source/);
    assert.notEqual(a.who, 'Daily Ledger');
    const b = quote('Dana Holm, also a member of the panel, said the plan was reckless.', 'reckless');
    assert.equal(b.who, 'Dana Holm');
  });

  it('a floating quantifier is not the subject: the phrase before it is', () => {
    const a = quote('Anton Reyes has long opposed the plan. Reyes and his deputy have both argued that rents are too high.', 'rents');
    assert.notEqual(a.speakerMention?.text, 'both');
    const b = quote('The two senators both said the count was wrong.', 'count');
    assert.match(b.speakerMention?.text ?? '', /senators/);
  });

  it('people before a relative clause without commas speak, not the name inside it', () => {
    const q = quote('Former aides who spoke with the Daily Ledger said the office was chaotic.', 'chaotic');
    assert.equal(q.speaker?.kind, 'group');
    assert.match(q.speakerMention?.text ?? '', /aides/);
  });

  it('a long opening adverbial before a described subject', () => {
    const q = quote('At a closed meeting on Tuesday of the county board, several members complained about the delay and said they had lost patience.', 'patience');
    assert.match(q.speakerMention?.text ?? '', /members/);
  });

  it('an adverb and a clause before an inverted cue are content, not the speaker', () => {
    const q = quote('Happily, the ferry will keep running all year, adds harbour master Gus Lindqvist.', 'ferry');
    assert.equal(q.who, 'Gus Lindqvist');
  });
});

describe('speaker ids', () => {
  it('every quote’s speaker is an actor of the corpus or null, also after an acronym merge', () => {
    const c = new AnalysingCorpus();
    c.set('a.txt', 'The World Grain Council warned of poor harvests. The council said prices would rise.');
    c.set('b.txt', 'The WGC said the stocks were low. “We are worried,” a farmer said.');
    const { result } = c.build();
    const ids = new Set(result.actors.map((a) => a.id));
    const speakers = result.documents.flatMap((d) => d.quotes.map((q) => q.speaker));
    assert.ok(speakers.length >= 3);
    for (const s of speakers) assert.ok(s === null || ids.has(s), `speaker ${JSON.stringify(s)} is no actor`);
  });
});

describe('resolution: a pronoun that refers ahead', () => {
  it('"Even as he accused …, NAME …": the pronoun is the main clause’s subject, not the last speaker', () => {
    const qs = quotesOf('“We will appeal,” Mayor Tom Hale said.\n\nEven as he accused the council of bias, Governor Rui Sousa declined to speculate about its motives.');
    const q = qs.find((x) => x.cue?.text === 'accused');
    assert.equal(q?.who, 'Rui Sousa');
    // a pronoun in a main clause still refers back
    const [, r] = quotesOf('“We will appeal,” Mayor Tom Hale said. He accused the council of bias, and Governor Rui Sousa left.');
    assert.equal(r?.who, 'Tom Hale');
  });
});

import { strict as assert } from 'node:assert';
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
    const q = quote('Saltmarsh Provisions Inc. closed two plants. Owen Harte lost his job. The company said demand had fallen.', 'demand');
    assert.equal(q.speaker?.kind, 'organization');
    assert.match(q.who ?? '', /Saltmarsh Provisions/);
  });

  it('“X’s office” speaks for itself, linked to X', () => {
    const q = quote('Senator Hugo Varela missed the vote. Varela’s office said he was ill.', 'ill');
    assert.ok(q.speaker && q.who !== 'Hugo Varela', String(q.who));
    assert.ok(q.speaker!.roles.some((r) => r.includes('Hugo Varela')), q.speaker!.roles.join('; '));
  });

  it('“a spokesman for X” and “whose attorney” are not X', () => {
    const a = quote('A spokesman for Larkfield Bank said the branch would reopen.', 'branch');
    assert.ok(a.speaker && a.who !== 'Larkfield Bank', String(a.who));
    assert.equal(a.speaker!.kind, 'person');
    const b = quote('The plan was challenged by Mira Castell, whose attorney said the deadline had passed.', 'deadline');
    assert.ok(b.speaker && b.who !== 'Mira Castell', String(b.who));
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

  it('an adverb and a clause before an inverted cue are content, not the speaker', () => {
    const q = quote('Happily, the ferry will keep running all year, adds harbour master Gus Lindqvist.', 'ferry');
    assert.equal(q.who, 'Gus Lindqvist');
  });
});

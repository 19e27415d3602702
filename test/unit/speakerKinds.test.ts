import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The quote of `text` whose cue is the word `cue`. */
function cueQuote(text: string, cue: string): ReturnType<typeof quotesOf>[number] | undefined {
  return quotesOf(text).find((x) => x.cue?.text === cue);
}

/** A test that the quote of `text` cued by `cue` has the source phrase `mention`. */
function mentionCase(title: string, text: string, cue: string, mention: string): void {
  it(title, () => assert.equal(cueQuote(text, cue)?.speakerMention?.text, mention));
}

describe('source kinds: relative clauses and documents', () => {
  it('a document someone puts out speaks for its maker, not for the relative "that"', () => {
    const q = cueQuote('Councillor Ravi Menon released a short video that accuses the harbour board of hiding the costs.', 'accuses');
    assert.equal(q?.speakerMention?.text, 'Councillor Ravi Menon');
    const r = cueQuote('The tenants union is running a radio ad that says rents rose twice as fast as wages.', 'says');
    assert.ok(r?.speakerMention && /tenants union/.test(r.speakerMention.text), `got ${r?.speakerMention?.text}`);
  });

  mentionCase('a relative "that" after anything but a document someone put out stays the source phrase', 'Inspectors found a leak in the cooling tower that suggests the valves were never replaced.', 'suggests', 'that');

  it('a verb joined by "and" inside a relative clause has the relative pronoun as its source', () => {
    const q = cueQuote('The inquiry heard from Dora Pell, who watched the collapse from her kitchen and said the crane swayed for minutes.', 'said');
    assert.equal(q?.speakerMention?.text, 'who');
    // with a comma before "and" the clause is the sentence's own: its subject speaks
    const r = cueQuote('Mayor Ilse Brandt, who chairs the board, opened the meeting, and said the budget was balanced.', 'said');
    assert.notEqual(r?.speakerMention?.text, 'who');
  });

  mentionCase('a floating "both" after a relative pronoun: the pronoun is the source', 'The treasurer, who has both praised the plan and questioned its cost, stayed silent.', 'praised', 'who');

  it('a participle after a closed relative clause belongs to the main clause', () => {
    const q = cueQuote('Ms. Adaeze Ofor, who said last week that the pier was unsafe, issued a statement on Friday saying the repairs had begun.', 'saying');
    assert.equal(q?.speaker?.name, 'Adaeze Ofor');
    assert.notEqual(q?.speakerMention?.text, 'who');
    // still open: "who was distracted while saying" keeps the relative pronoun
    const r = cueQuote('But Mr. Halvorsen, who was distracted while saying goodbye to the crew, missed the signal.', 'saying');
    if (r) assert.equal(r.speakerMention?.text, 'who');
  });

  mentionCase('"CONTENT, X said, adding …": the participle speaks for the one who said, not for a subject inside the content', 'Mayor Ruth Ahl intends to open the bridge next month, Lars Eid said, adding that the tolls would stay.', 'adding', 'Lars Eid');

  it('a relative clause set off by dashes is closed: the main clause speaks', () => {
    const q = cueQuote('At a rally in Tromsø -- which hosts the vote on Sunday -- Ingrid Vold claimed momentum and argued she could win.', 'argued');
    assert.notEqual(q?.speakerMention?.text, 'which');
  });
});

describe('source kinds: appositives that are not the speaker', () => {
  mentionCase('a role of a place inside an aside is not the speaker\'s', 'Sen. Marit Holm, facing a tough race in Oregon, a swing state, said she would welcome the help.', 'said', 'Sen. Marit Holm');

  mentionCase('a name in apposition to a body names the body, not the speaker', 'Tomas Berg, the editor of the city\'s oldest newspaper, The Harbour Gazette, said the presses would stop.', 'said', 'Tomas Berg');

  it('people before a long relative clause that names others speak', () => {
    const q = cueQuote('Many of the local union stewards who’d rather be campaigning now for Ines Roth or Carl Brandt said they would back the deal.', 'said');
    assert.ok(q?.speakerMention?.text.startsWith('Many of the local union stewards'), q?.speakerMention?.text);
  });

  it('"X said … and he feels …": the belief goes on with what X said', () => {
    const q = cueQuote('Speaking on the radio, Ola Dahl said the count was slow and he feels he can still win the seat.', 'said');
    assert.ok(q && /he can still win/.test(q.text), q?.text);
  });
});

describe('content kinds: a question quoted, then its speaker', () => {
  it('“…?” Name said …: the quotation is that speaker\'s, not a continuation of the one before', () => {
    const qs = quotesOf('“We will appeal,” the mayor, Nils Aas, said on Monday. “Who gave them the right to close our school?” Greta Lunde said of the board at a meeting on Tuesday.');
    const q = qs.find((x) => /Who gave them/.test(x.text));
    assert.equal(q?.who, 'Greta Lunde');
    assert.equal(q?.speakerMention?.text, 'Greta Lunde');
    assert.ok(!q?.continuation);
  });

  it('a short quotation no one took is the speaker\'s who follows it', () => {
    const qs = quotesOf('The vote was close. “Why now?” Greta Lunde said at the meeting on Tuesday.');
    const q = qs.find((x) => /Why now/.test(x.text));
    assert.equal(q?.who, 'Greta Lunde');
    assert.equal(q?.speakerMention?.text, 'Greta Lunde');
  });
});

describe('source kinds: a verb joined to a pronoun\'s clause', () => {
  mentionCase('"… because she favors X and opposes Y": the pronoun of the clause the verb is joined to', 'Teachers have never trusted Governor Ada Lind, in part because she favors larger classes and opposes a pay rise for them.', 'opposes', 'she');

  it('after "after" or inside brackets, the sentence\'s subject stays', () => {
    const q = cueQuote('Senator Ruth Ahl endorsed the mayor after he won the primary and said the party was united.', 'said');
    assert.notEqual(q?.speakerMention?.text, 'he');
  });

  it('"… of Ode but wrote …": "but" joins the verb to the clause as "and" does, never ends the subject', () => {
    const q = cueQuote('The Harbour Gazette columnist Nina Falk has been critical of Mayor Per Ode but on Tuesday wrote that she agreed with him.', 'wrote');
    assert.ok(q?.speakerMention && !/but/.test(q.speakerMention.text), q?.speakerMention?.text);
    assert.notEqual(q?.who, 'Per Ode');
  });
});


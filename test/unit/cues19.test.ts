import { strict as assert } from 'node:assert';
import { compoundHead } from '../../src/extractor/attribution/cueSenses';
import { tokenize } from '../../src/extractor/tokenizer';
import { quotesOf } from './helpers';

/**
 * Kinds found by session 19's fresh reader in unseen news, each in other words and names than the
 * articles that showed them: a source's terms and meetings read as speech, a compound noun's cue
 * word read as a verb.
 */
const article = (body: string): string => `Harbour report\n\nDUNEDIN, 4 May 2026\n\n${body}`;
const said = (body: string): Array<[string | null, string, string]> => quotesOf(article(body)).map((q) => [q.who, q.cue?.text ?? '', q.text]);

describe('cues19: a source\'s terms are not what was said', () => {
  for (const [line, cue] of [
    ['A port engineer, who requested anonymity because she feared for her job, said the crane had failed twice.', 'requested'],
    ['A port engineer, who asked for anonymity, said the crane had failed twice.', 'asked'],
    ['A port engineer, who did not wish to be named, said the crane had failed twice.', 'wish'],
    ['A port engineer, who did not want to be identified, said the crane had failed twice.', 'want'],
    ['Two dockers, who spoke on the condition that they not be named, said the crane had failed twice.', 'spoke'],
    ['A port engineer spoke on condition of anonymity because staff had been warned.', 'spoke'],
  ]) {
    it(`no quote from the terms: ${line.slice(0, 60)}…`, () => {
      const quotes = said(line);
      assert.ok(!quotes.some(([, c]) => c === cue), JSON.stringify(quotes));
    });
  }

  it('the quote after the terms is still the speaker\'s', () => {
    const quotes = said('A port engineer, who requested anonymity because she feared for her job, said the crane had failed twice.');
    assert.deepEqual(quotes.map(([, c, text]) => [c, text]), [['said', 'the crane had failed twice']]);
  });

  it('the terms after the content end it', () => {
    const quotes = said('An aide to the mayor confirmed the dismissal on the condition of anonymity because the matter was sensitive.');
    assert.deepEqual(quotes.map(([, , text]) => text), ['the dismissal']);
    const across = said('The talks had collapsed, he said, on condition of anonymity to discuss them freely.');
    assert.deepEqual(across.map(([, , text]) => text), ['The talks had collapsed']);
  });

  it('"declined to be drawn" is withheld speech, as "declined to comment" is', () => {
    assert.deepEqual(said('Asked about the strike, the harbourmaster declined to be drawn.'), []);
    assert.deepEqual(said('The minister refused to be drawn on whether the port would close.'), []);
  });
});

describe('cues19: "spoke" is speech only with its topic', () => {
  it('a call or a meeting is no quote', () => {
    assert.deepEqual(said('Mayor Ruth Okoro spoke by phone with the shipping line\'s chief executive on Friday.'), []);
    assert.deepEqual(said('Mayor Ruth Okoro spoke at a rally in the square.'), []);
    assert.deepEqual(said('Mayor Ruth Okoro spoke for about ten minutes.'), []);
  });

  it('"spoke to X about Y" reports Y, as "spoke about Y" does (PolNeAR counts the topic)', () => {
    const quotes = said('Mayor Ruth Okoro spoke to Radio Otago on Sunday about the harbour levy.');
    assert.deepEqual(quotes.map(([who, cue, text]) => [who, cue, text]), [['Ruth Okoro', 'spoke to Radio Otago on Sunday about', 'the harbour levy']]);
    const adverb = said('Mayor Ruth Okoro spoke warmly of the dockers.');
    assert.deepEqual(adverb.map(([, cue, text]) => [cue, text]), [['spoke warmly of', 'the dockers']]);
  });

  it('"to" with no one after it closes a relative clause: no topic', () => {
    const quotes = said('Economists I spoke to this week about the levy were divided.');
    assert.ok(!quotes.some(([, cue]) => cue.startsWith('spoke')), JSON.stringify(quotes));
  });
});

describe('cues19: a cue word inside a compound noun', () => {
  it('"think tank said": the tank is no content, the body speaks', () => {
    const quotes = said('Meanwhile, the Harbour Policy Institute think tank said freight volumes would fall.');
    assert.deepEqual(quotes.map(([who, cue, text]) => [who, cue, text]), [['Harbour Policy Institute', 'said', 'freight volumes would fall']]);
  });

  it('a verb before people who speak, or before a pronoun, is still a verb', () => {
    const at = (line: string, word: string): boolean => {
      const t = tokenize(line, 0, line.length);
      return compoundHead(t, t.findIndex((x) => x.lower === word));
    };
    assert.equal(at('the institute think tank said', 'think'), true);
    assert.equal(at('Dockers say officials warned them', 'say'), false);
    assert.equal(at('I think nobody said so', 'think'), false);
    assert.equal(at('They say it said so', 'say'), false);
  });
});

describe('cues19: questions, charges and rulings', () => {
  it('"put it to X that …" is a charge made to someone, the subject\'s', () => {
    const quotes = said('Defence counsel Hannah Roy put it to the witness that the invoices had been forged.');
    assert.deepEqual(quotes.map(([who, cue, text]) => [who, cue, text]), [['Hannah Roy', 'put it to the witness', 'the invoices had been forged']]);
    assert.deepEqual(said('Hannah Roy put it on the table.'), []);
  });

  it('"opened by asking X whether …": the question is the subject\'s, as "responded by saying" is', () => {
    const quotes = said('Panel chair Marama Hohaia opened by asking the regulator whether the levy was lawful.');
    assert.deepEqual(quotes.map(([who, cue, text]) => [who, cue, text]), [['Marama Hohaia', 'asking', 'whether the levy was lawful']]); // (the one asked is no part of the question: scout31)
  });

  it('"by" and a speech participle inside reported speech is no clause of its own', () => {
    const quotes = said('Councillor Tui Parata said that the board had broken the rules by calling on the police.');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['said', 'the board had broken the rules by calling on the police']]);
  });

  it('a body "ruled that …" reports its finding; "the rules that …" is a noun', () => {
    const quotes = said('The tribunal ruled that the harbour board had acted unlawfully. The new rules that govern pilots were published.');
    assert.deepEqual(quotes.map(([, cue, text]) => [cue, text]), [['ruled', 'the harbour board had acted unlawfully']]);
  });
});

describe('cues19: a transcript line "Name: “…”"', () => {
  const hearing = (lines: string): Array<[string | null, string]> =>
    quotesOf(article(`Mere Tawhiri, the harbour board's chair, faced the select committee. Dr Simon Ashby chaired it.\n\n${lines}`)).map((q) => [q.who, q.text]);

  it('a line that opens with a person\'s name (a title before it) and a colon is that person\'s quotation', () => {
    assert.deepEqual(hearing('Dr Ashby: "Your pilots were paid overtime for months."\n\nTawhiri: "Every hour of it was worked, chair."'), [
      ['Simon Ashby', 'Your pilots were paid overtime for months.'],
      ['Mere Tawhiri', 'Every hour of it was worked, chair.'],
    ]);
  });

  it('two turns on one line, or a label that names no one, make no transcript quote', () => {
    assert.deepEqual(hearing('Ashby: "Paid?" Tawhiri: "Worked."'), []);
    assert.deepEqual(hearing('Overtime: "Every hour of it was worked."'), []);
  });
});

describe('cues19: a speech verb in the passive with its agent', () => {
  it('"was accused by X of …", "was asked by X about …" are the agent\'s', () => {
    const quotes = said('The port manager was accused by Mayor Ngaio Reti on Monday of "gambling with lives". Her deputy was questioned by Councillor Aroha Tane about the overtime bill.');
    assert.deepEqual(quotes.map(([who, , text]) => [who, text]), [
      ['Ngaio Reti', 'gambling with lives'],
      ['Aroha Tane', 'the overtime bill'],
    ]);
  });

  it('"Asked by X whether …," opening the sentence is X\'s question, and the answer after its comma is the subject\'s', () => {
    const quotes = said('Asked by counsel Rewi Hona whether she had read the memo, Ms Tawhiri said: "Every word of it."');
    assert.deepEqual(quotes.map(([who, , text]) => [who, text]), [
      ['Rewi Hona', 'whether she had read the memo'],
      ['Tawhiri', 'Every word of it.'],
    ]);
  });

  it('a participle with its agent that modifies a thing is no cue', () => {
    assert.deepEqual(said('The divide highlighted by the survey is wide.'), []);
  });
});

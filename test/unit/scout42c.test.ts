import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

/** Session 42's quotation forms and cue senses on unseen news (scout42c): each kind with a near miss. */
const article = (body: string) => analyze(`Headline for the story\n\n${body}`);
const quoteWith = (body: string, words: string) => article(body).quotes.find((x) => x.text.includes(words));

describe('scout42c: "all told" is a sum, no one telling', () => {
  it('"All told, …" and "…, all told." report nothing', () => {
    const body =
      'SASKATOON — The Blades outshot the Pats 44-19 on Friday. All told, the two clubs combined for 63 shots and 11 penalties.\n\n' +
      'The flood closed six schools and 40 roads, all told, the county reported nothing else.';
    assert.equal(quoteWith(body, 'combined for 63 shots'), undefined);
  });
  it('"They all told reporters …" still reports speech', () => {
    const q = quoteWith('HAMILTON — Three nurses left the meeting early. They all told reporters the ward was understaffed.', 'ward was understaffed');
    assert.ok(q, 'a subject before "all told" keeps the cue');
  });
});

describe('scout42c: a cue\'s participle before a plural noun and an auxiliary is an adjective', () => {
  it('"and repeated violations could lead to detention" is no one repeating', () => {
    const body = 'RED DEER, Alta. — Principal Dana Olsen said phones would be kept in lockers, and repeated violations could lead to suspension.';
    const q = quoteWith(body, 'kept in lockers');
    assert.ok(q && q.speaker?.name === 'Dana Olsen');
    assert.ok(!article(body).quotes.some((x) => x.cue?.text === 'repeated'));
  });
  it('"Reported cases have doubled" opens a sentence with no cue', () => {
    assert.equal(quoteWith('BOISE, Idaho — Reported cases have doubled since May, state figures show.', 'have doubled'), undefined);
  });
  it('", said candidates are …" and "said he’s had …" keep their cue', () => {
    assert.ok(quoteWith('Pollster Marie Lavoie, its founder, said candidates are spending more online.', 'spending more online'));
    assert.ok(quoteWith('Senator Ruth Vance, who met him twice, said he’s had no contact since.', 'no contact since'));
  });
});

describe('scout42c: a second speaker after "while" and an adjunct set off', () => {
  it('"A said X,” while in PLACE, B said Y" gives Y to B', () => {
    const body =
      'HALIFAX — In Halifax, Liberal Leader Adrienne Cole said the plan “would gut the programs that build homes,” while in Mississauga, Conservative Leader Brent Whitaker said the Liberals had “wasted a decade.”';
    const first = quoteWith(body, 'gut the programs');
    const second = quoteWith(body, 'wasted a decade');
    assert.ok(first && !first.text.includes('Whitaker'), 'the first content ends before the second clause');
    assert.equal(first?.speaker?.name, 'Adrienne Cole');
    assert.equal(second?.speaker?.name, 'Brent Whitaker');
  });
  it('"and at a rally in Erie, NAME said" too', () => {
    const body = 'ERIE, Pa. — Governor Dana Kowalski said the bill would pass, and at a rally in Erie, Senator Greg Fairbanks said it was dead.';
    assert.equal(quoteWith(body, 'it was dead')?.speaker?.name, 'Greg Fairbanks');
    assert.ok(!quoteWith(body, 'would pass')?.text.includes('Fairbanks'));
  });
});

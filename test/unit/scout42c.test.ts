import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { inArticle as article } from './helpers';

/** Session 42's quotation forms and cue senses on unseen news (scout42c): each kind with a near miss. */
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

describe('scout42c: narration after a quotation ends the content', () => {
  it('"said X was “not yet beaten”, dashing hopes …" ends at the closing mark', () => {
    const q = quoteWith('OTTAWA — The Bank of Canada held its rate and said inflation was “not yet beaten”, dashing hopes of a December cut.', 'not yet beaten');
    assert.ok(q && !q.text.includes('dashing'));
    const r = quoteWith('REGINA — Premier Scott Moe said the levy was “a tax on everything,” drawing jeers from the gallery.', 'tax on everything');
    assert.ok(r && !r.text.includes('jeers'));
  });
  it('a preposition in -ing goes on with the content', () => {
    const q = quoteWith('REGINA — Premier Scott Moe said the levy hit “everything we buy,” including groceries and fuel.', 'everything we buy');
    assert.ok(q && q.text.includes('groceries'));
  });
});

describe('scout42c: headlines that quote around a colon', () => {
  const headed = (headline: string, body: string) => analyze(`${headline}\n\n${body}`).quotes;
  it('"Premier: ‘We will not back down’ on pipeline" quotes the words inside the marks', () => {
    const qs = headed('Premier: ‘We will not back down’ on pipeline', 'EDMONTON — Alberta Premier Carla Whitmore said Thursday the pipeline would be built.');
    const q = qs.find((x) => x.text.includes('not back down'));
    assert.equal(q?.text, 'We will not back down');
    assert.equal(q?.speaker?.name, 'Carla Whitmore');
  });
  it('"‘No Idea’ If I Would …" after the colon keeps the clause the quotation opens', () => {
    const qs = headed('Blumenthal: ‘No Idea’ If I Would Have Told Her', 'WASHINGTON — Former adviser Sid Blumenthal said he had no idea.');
    assert.ok(qs.some((x) => x.text.includes('If I Would Have Told')));
  });
  it('"CF Montréal coach: ‘We have to be braver’" (an office in lower case, a quotation last) is the coach\'s', () => {
    const qs = headed('CF Montréal coach: ‘We have to be braver’', 'MONTREAL — CF Montréal coach Hervé Morel said his side lacked courage after a 2-0 loss.');
    assert.equal(qs.find((x) => x.text === 'We have to be braver')?.speaker?.name, 'Hervé Morel');
  });
  it('"‘I don\'t recall’: Data broker CEO grilled …" is a quote whose speaker stays unresolved; a title alone is none', () => {
    const body = 'WASHINGTON — Garrett Moss, who runs Lumen Analytics, told senators he did not recall the sales.';
    const q = headed('‘I don’t recall’: Data broker CEO grilled over location sales', body).find((x) => x.text === 'I don’t recall');
    assert.ok(q, 'the quotation is a quote');
    assert.equal(headed('‘Barbie’: a look back at the year in film', body).some((x) => x.text === 'Barbie'), false);
  });
});

describe('scout42c: a place, a trade and its agent noun before the speaker after the cue', () => {
  it('"…,” said Halifax candle maker Tessa Morin" is Tessa Morin\'s, not Halifax\'s', () => {
    const body = 'HALIFAX — Small businesses say the strike has hurt. “December is 40 per cent of my year,” said Halifax candle maker Tessa Morin.';
    assert.equal(quoteWith(body, '40 per cent')?.speaker?.name, 'Tessa Morin');
    const bus = 'REGINA — Service was cut on Monday. “We were not told,” said Regina bus driver Kenneth Ubah.';
    assert.equal(quoteWith(bus, 'not told')?.speaker?.name, 'Kenneth Ubah');
  });
});

describe('scout42c: a written thing that "read in full:" before a quoted paragraph', () => {
  it('the quotation in the next paragraph is a quote', () => {
    const body = 'BOSTON — A post by an emergency physician has been shared 200,000 times.\n\nThe post, by Dr. Amit Rao, read in full:\n\n"Tonight a teenager waited 14 hours in our ER for a bed. There were none in the state."';
    assert.ok(quoteWith(body, 'waited 14 hours'), 'the post\'s words are quoted');
  });
  it('"read in full:" after no written thing stays no cue', () => {
    const body = 'BOSTON — The judge read in full:\n\n"The defendant shall pay costs."';
    assert.ok(!article(body).quotes.some((x) => x.cue?.text === 'read'));
  });
});

describe('scout42c: a work\'s title in marks inside the subject\'s relative clause', () => {
  it('"Dubois, whose debut “What the River Said” won a prize, told the crowd …" is Dubois\'s', () => {
    const body = 'TORONTO — Winnipeg filmmaker Claire Dubois opened the festival. Dubois, whose 2019 debut “What the River Said” won the Platform prize, told the crowd she had written the script during the pandemic.';
    assert.equal(quoteWith(body, 'written the script')?.speaker?.name, 'Claire Dubois');
  });
  it('a quotation (no title) still ends the subject', () => {
    const body = 'TORONTO — “We lost the plot,” a critic, who called it “a mess from start to finish,” told reporters.';
    assert.ok(!article(body).quotes.some((x) => x.speaker?.name === 'Claire Dubois'));
  });
});

describe('scout42c: a line of dash dialogue goes on after its cue', () => {
  it('"— We did fund it, Grant answered. Read the contract." is one quote of two pieces', () => {
    const body = 'PORTLAND, Ore. — Councilor Aisha Grant faced residents on Monday.\n\n— We did fund it, Grant answered. Read the contract.';
    const q = quoteWith(body, 'We did fund it');
    assert.equal(q?.pieces?.length, 2);
    assert.ok(q?.text.endsWith('Read the contract.'));
    assert.equal(q?.speaker?.name, 'Aisha Grant');
  });
  it('a sentence with a cue of its own after it stays narration', () => {
    const body = 'PORTLAND, Ore. — Councilor Aisha Grant faced residents on Monday.\n\n— We did fund it, Grant answered. She said the vote was 6-1.';
    const q = quoteWith(body, 'We did fund it');
    assert.ok(q && !q.pieces && !q.text.includes('vote'));
  });
});

describe('scout42c: a participle of speech right after a quotation and its comma', () => {
  it('"praised the town as “my home,” recalling summer visits …" reports a second content by the same speaker', () => {
    const body = 'SCRANTON, Pa. — Governor Dana Kowalski praised the town as “my second home,” recalling summer visits to Lake Winola.';
    const q = quoteWith(body, 'summer visits');
    assert.equal(q?.cue?.text, 'recalling');
    assert.equal(q?.speaker?.name, 'Dana Kowalski');
    assert.ok(!quoteWith(body, 'second home')?.text.includes('summer'));
  });
  it('a participle of no speech there stays narration', () => {
    const body = 'SCRANTON, Pa. — Governor Dana Kowalski said the budget was “finally done,” drawing cheers from the gallery.';
    assert.equal(article(body).quotes.length, 1);
  });
});

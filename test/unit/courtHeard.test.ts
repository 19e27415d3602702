import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';

describe('"the court heard that …": evidence reported without its witness', () => {
  it('a body that hears evidence reports the words, and no one is their speaker', () => {
    const text = 'A man laughed as he walked away from a teenager he had stabbed, a jury at the Old Bailey has heard.\n\nThe court heard that the boy had been walking home from a friend’s house. The inquest heard the driver had been awake for 20 hours.';
    const quotes = analyze(text).quotes;
    for (const re of [/laughed as he walked/, /walking home/, /awake for 20 hours/]) {
      const q = quotes.find((x) => re.test(x.text));
      assert.ok(q, `${re} is a quote: ${JSON.stringify(quotes.map((x) => x.text))}`);
      assert.equal(q.speaker, null, re.source);
      assert.equal(q.cue?.text, 'heard');
    }
  });

  it('anyone else who heard something reports nothing, and "hearing" is no cue', () => {
    const text = 'Residents heard gunshots at 2 a.m. and called police. Ana Ruiz told a Senate committee hearing on Thursday that the agency had found no link.';
    const quotes = analyze(text).quotes;
    assert.ok(!quotes.some((q) => /gunshots/.test(q.text)), JSON.stringify(quotes.map((x) => x.text)));
    const told = quotes.find((q) => /found no link/.test(q.text));
    assert.ok(told && told.text.startsWith('the agency'), JSON.stringify(quotes.map((x) => x.text)));
  });
});

describe('a company posting or reporting its results says nothing', () => {
  it('"posted adjusted earnings of $1.42 a share" is no quote; "reported earnings fell" is one', () => {
    const quotes = analyze('The Memphis-based shipping company posted adjusted earnings of $1.42 a share. The bank reported record quarterly revenue on Tuesday. The retailer reported sales fell 5% in the quarter.').quotes;
    assert.deepEqual(quotes.map((q) => q.text), ['sales fell 5% in the quarter']);
  });
});

describe('a headline label with its topic: "CNN President On Trump: …"', () => {
  it('the office before the capitalised preposition speaks, not the topic', () => {
    const text = 'CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nCNN President Jeff Zucker said on Wednesday that the network does not pay candidates.';
    const q = analyze(text).quotes.find((x) => /Do Not Pay/.test(x.text));
    assert.ok(q);
    assert.ok(q.speaker && !/Trump/.test(q.speaker.name), JSON.stringify(q.speaker?.name));
    assert.ok(q.speakerMention?.text.startsWith('CNN President') && !q.speakerMention.text.includes('Trump'));
  });
});

describe('a subordinator opening a sentence names no one', () => {
  it('"Whenever asked about …, they shifted topics" makes no actor "Whenever"', () => {
    const a = analyze('Clinton aides spoke on Monday. Whenever asked about her weaknesses, they shifted topics to the Republicans.');
    assert.ok(!a.actors.some((x) => x.name === 'Whenever'), JSON.stringify(a.actors.map((x) => x.name)));
  });
});

describe('a headline headed by its dateline ("Bengaluru: …, says SP")', () => {
  it('the place before the colon, which the body opens with in capitals, is no speaker', () => {
    const text = 'Bengaluru: Three held for murder of real estate agent, says SP\n\nBENGALURU: Three men have been arrested in connection with the murder, police said on Thursday.';
    const a = analyze(text);
    assert.ok(!a.actors.some((x) => x.name === 'Bengaluru' && x.kind === 'person'), JSON.stringify(a.actors.map((x) => [x.name, x.kind])));
    assert.ok(!a.quotes.some((q) => q.speakerMention?.text === 'Bengaluru'), JSON.stringify(a.quotes.map((q) => q.speakerMention?.text)));
  });
});

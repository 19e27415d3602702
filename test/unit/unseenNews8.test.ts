import { strict as assert } from 'node:assert';
import { CUE_FORMS } from '../../src/extractor/cues';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';
import { quotesOf } from './helpers';

/**
 * Faults found on an eighteenth set of unseen news (a central bank's governor, a mayor's posts, a
 * wildfire, a governor who would not say, sentence-case headlines), each as its kind, in other
 * words than the articles that showed them.
 */
const one = (sentence: string): Array<{ who: string | null; text: string }> => quotesOf(`Headline\n\n${sentence}`).map((q) => ({ who: q.who, text: q.text }));

describe('unseen news 8: British spellings of speech verbs', () => {
  it('a verb in one vowel and "l" has both spellings of -ed and -ing, by rule', () => {
    for (const [word, lemma, form] of [
      ['signalled', 'signal', 'ed'],
      ['signaled', 'signal', 'ed'],
      ['signalling', 'signal', 'ing'],
      ['labelled', 'label', 'ed'],
      ['labeling', 'label', 'ing'],
      ['marvelled', 'marvel', 'ed'],
    ] as const) {
      assert.equal(CUE_FORMS.get(word)?.lemma, lemma, word);
      assert.equal(CUE_FORMS.get(word)?.form, form, word);
    }
  });

  it('no doubled form for a verb whose "l" follows two vowels or a consonant ("railed", "feeling")', () => {
    assert.equal(CUE_FORMS.has('raill'), false);
    assert.equal(CUE_FORMS.has('railled'), false);
    assert.equal(CUE_FORMS.get('railed')?.lemma, 'rail');
    assert.equal(CUE_FORMS.has('feelled'), false);
  });

  for (const sentence of [
    'Deputy Governor Mara Lind signalled that rates would stay on hold until spring.',
    'Deputy Governor Mara Lind signaled that rates would stay on hold until spring.',
  ]) {
    it(`"signalled" and "signaled" are the same cue: ${sentence}`, () => {
      assert.deepEqual(one(sentence), [{ who: 'Mara Lind', text: 'rates would stay on hold until spring' }]);
    });
  }

  it('the British form takes its object as the American one does ("labelled the plan …")', () => {
    assert.deepEqual(one('Councillor Tom Reyes labelled the scheme "a vanity project".'), [{ who: 'Tom Reyes', text: 'the scheme "a vanity project"' }]);
  });

  it('"marvelled" is a verb of manner: a cue beside a quotation only', () => {
    assert.deepEqual(one('"It is like nothing I have seen," marvelled the curator, Jo Hale.').map((q) => q.who), ['Jo Hale']);
    assert.deepEqual(one('Jo Hale marvelled at the size of the crowd.'), []);
  });
});

describe('unseen news 8: speech withheld or denied is no quote', () => {
  for (const sentence of [
    'Senator Ana Brill has not said whether she will run again.',
    'Brill would not say when the report would be published.',
    'Brill wouldn’t say on Friday how much the scheme would cost.',
    'The ministry did not tell reporters why the flights were cancelled.',
    'Ana Brill did not say whether, in her view, the levy would pass.',
  ]) {
    it(`a negated cue before an open question reports nothing: ${sentence}`, () => {
      assert.deepEqual(one(sentence), []);
    });
  }

  for (const sentence of [
    'The coach declined to say who would start in goal.',
    'The firm refused to comment on whether it would appeal.',
    'The firm refused to explain why the plant closed.',
    'The envoy declined to confirm that talks had resumed.',
  ]) {
    it(`a refusal to give information reports nothing, whatever follows: ${sentence}`, () => {
      assert.deepEqual(one(sentence), []);
    });
  }

  it('the negation must be on the cue: a negated clause inside the content is still reported', () => {
    assert.deepEqual(one('Ana Brill said she did not know whether the levy would pass.'), [{ who: 'Ana Brill', text: 'she did not know whether the levy would pass' }]);
    assert.deepEqual(one('Ana Brill asked whether the levy would pass.'), [{ who: 'Ana Brill', text: 'whether the levy would pass' }]);
  });

  it('a negated cue before a statement is no quote, nor is any cue inside it (session 39, see deniedSaying39); a refused stand is left as it was', () => {
    assert.deepEqual(one('Ana Brill has never said that she opposes the levy.'), []);
    assert.deepEqual(one('The department declined to concur that the finding was sound.').map((q) => q.text), ['to concur that the finding was sound']);
  });

  it('a quotation after a refused speech verb is still what was said', () => {
    assert.deepEqual(one('Ana Brill refused to say the words "climate emergency".').map((q) => q.who), ['Ana Brill']);
  });

  it('what the speaker did say in the same sentence is still theirs', () => {
    assert.deepEqual(one('Ana Brill declined to say whether she would run, but said the party needed new leadership.'), [
      { who: 'Ana Brill', text: 'the party needed new leadership' },
    ]);
    assert.deepEqual(one('Ana Brill promised to explain why the plant closed.'), [{ who: 'Ana Brill', text: 'to explain why the plant closed' }]);
  });
});

describe('unseen news 8: an act reported with a speech verb', () => {
  it('a declared act stays an act when a participle clause tells what it does', () => {
    assert.deepEqual(one('The mayor declared a local disaster on Monday, unlocking emergency funds for farmers.'), []);
    assert.deepEqual(one('Gov. Ana Ruiz declared a curfew in the capital, closing shops until Monday.'), []);
  });

  it('an ordered thing stays a thing when an infinitive clause tells more of it', () => {
    assert.deepEqual(one('The minister has ordered an inquiry into the crash, to be led by a retired judge.'), []);
  });

  it('a clause after the verb is still reported', () => {
    assert.deepEqual(one('The governor declared that the emergency was over.'), [{ who: 'governor', text: 'the emergency was over' }]);
    assert.deepEqual(one('The judge ordered that the documents be released.'), [{ who: 'judge', text: 'the documents be released' }]);
  });
});

describe('unseen news 8: a colon quotation after adjuncts, a series of posts, a handle', () => {
  for (const sentence of [
    'Critic Lea Moss wrote on Bluesky late on Tuesday night: "A bold bet on paper."',
    'Critic Lea Moss posted again, this time in a gentler tone: "A bold bet on paper."',
    'Critic Lea Moss said in a radio interview after the launch: "A bold bet on paper."',
    'Critic Lea Moss wrote, when asked about the price: "A bold bet on paper."',
  ]) {
    it(`the quotation after the cue's adjuncts and colon is the content: ${sentence}`, () => {
      assert.deepEqual(one(sentence), [{ who: 'Lea Moss', text: 'A bold bet on paper.' }]);
    });
  }

  it('a clause of someone else before the colon keeps the quotation theirs, not the cue’s', () => {
    const quotes = one('Lea Moss spoke as the crowd chanted: "Bring back paper!"');
    assert.equal(quotes.some((q) => q.who === 'Lea Moss' && q.text === 'Bring back paper!'), false);
  });

  it('a clause with "that" before the colon is still read as before', () => {
    assert.deepEqual(one('Lea Moss said on Tuesday that the plan was simple: "Print more."').map((q) => q.text), ['the plan was simple: "Print more."']);
  });

  it('the next post of a series is its author’s again', () => {
    const quotes = quotesOf('Headline\n\nSenator Ivo Marsh wrote on X: "The levy is dead." Another tweet came an hour later: "We will fight on."');
    assert.deepEqual(
      quotes.map((q) => [q.who, q.text]),
      [
        ['Ivo Marsh', 'The levy is dead.'],
        ['Ivo Marsh', 'We will fight on.'],
      ],
    );
  });

  it('a document with no series word, or with no one who spoke before, is no one’s by this rule', () => {
    assert.deepEqual(one('A second post followed minutes later: "We will fight on."'), []);
    assert.deepEqual(quotesOf('Headline\n\nSenator Ivo Marsh wrote on X: "The levy is dead." A banner went up at noon: "Fight on."').map((q) => q.text), ['The levy is dead.']);
  });

  for (const [sentence, handle] of [
    ['Reaction was mixed. One reader, @paperfan_22, wrote: "Take my money."', '@paperfan_22'],
    ['Reaction was mixed. The account @ledger_watch replied within minutes: "Take my money."', '@ledger_watch'],
  ]) {
    it(`a handle before the colon speaks, as a person named by it: ${sentence}`, () => {
      const a = analyze(`Headline\n\n${sentence}`);
      assert.deepEqual(
        a.quotes.map((q) => [q.speaker?.name, q.speaker?.kind, q.text]),
        [[handle, 'person', 'Take my money.']],
      );
    });
  }

  it('an at sign with a space after it is no handle', () => {
    assert.deepEqual(one('Reaction was mixed. One reader, @ paperfan, wrote: "Take my money."').filter((q) => q.who?.startsWith('@')), []);
  });
});

describe('unseen news 8: a plural noun after a possessive and an adjective is no verb', () => {
  for (const headline of ['Mayor’s late-night posts spark row with bus drivers', 'Mayor’s Late-Night Posts Spark Row With Bus Drivers', 'Senator’s repeated claims draw rebuke from party']) {
    it(`in a headline, sentence or title case: ${headline}`, () => {
      assert.deepEqual(quotesOf(`${headline}\n\nThe row grew on Monday.`), []);
    });
  }

  it('in the body too', () => {
    assert.deepEqual(one('The minister’s latest remarks drew criticism from unions.'), []);
  });

  it('a noun that names who speaks, and a noun with its infinitive, still report', () => {
    assert.deepEqual(one('The company’s co-founder says the device will ship in May.').map((q) => q.text), ['the device will ship in May']);
    assert.deepEqual(one('The senator’s office says the bill is dead.').map((q) => q.text), ['the bill is dead']);
    assert.deepEqual(quotesOf('Headline\n\nTrump’s fiery vows to scrap the deal worried allies.').map((q) => q.cue?.text), ['vows']);
  });

  it('a headline’s speech verb after a name still reports', () => {
    assert.deepEqual(quotesOf('Mayor Says Bridge Will Reopen\n\nThe row grew on Monday.').map((q) => q.text), ['Bridge Will Reopen']);
  });

  it('a base form after "another" or "an" is a noun', () => {
    assert.deepEqual(one('Another challenge: most states have passed the deadline.'), []);
    assert.deepEqual(one('An answer came days later.'), []);
  });
});

describe('unseen news 8: events a by-election or a published report makes', () => {
  const events = (text: string): Array<[string, string | null]> => extractEvents(analyze(text)).map((e) => [e.kind, e.date]);

  for (const sentence of [
    'Voters in the riding by-election went to the polls on Monday.',
    'Ana Ruiz won the by-election on Monday with 44 per cent of the vote.',
    'Two by-elections were held on Monday in the north of the county.',
  ]) {
    it(`a by-election is an election, with no name before it: ${sentence}`, () => {
      assert.deepEqual(events(`Results\n\nLEEDS, 4 March 2026\n\n${sentence}`), [['election', '2026-03-02']]);
    });
  }

  it('"election" alone, lower case, is still no event of its own', () => {
    assert.deepEqual(events('Results\n\nLEEDS, 4 March 2026\n\nVoters went to the polls in the election on Monday.'), []);
  });

  for (const sentence of [
    'Glaciers lost a fifth of their ice, according to a report published on Monday by the Alpine Institute.',
    'A survey released Monday by the Alpine Institute found that most glaciers had thinned.',
  ]) {
    it(`the thing published, then its participle, time or agent, is a publication: ${sentence}`, () => {
      assert.deepEqual(events(`Results\n\nLEEDS, 4 March 2026\n\n${sentence}`), [['publication', '2026-03-02']]);
    });
  }

  it('a participle with no time or agent after it makes no publication ("the letter published here")', () => {
    assert.deepEqual(events('Results\n\nLEEDS, 4 March 2026\n\nThe letter published here is the second of three.'), []);
  });
});

describe("unseen news 8: what the breaker found in the series of posts", () => {
  it('after someone\'s "said", the next post of a series is no one\'s: it may be another account\'s', () => {
    const quotes = quotesOf('Headline\n\nNora Vale said she had been abused online. The account @grimtide wrote: "Quit now." Vale said she had told police. A second post followed an hour later: "We see you."');
    assert.ok(!quotes.some((q) => q.text.includes('We see you') && q.who === 'Nora Vale'), JSON.stringify(quotes.map((q) => [q.who, q.text])));
  });
});

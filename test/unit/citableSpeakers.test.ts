import { strict as assert } from 'node:assert';
import { quotesOf } from './helpers';

/** The quote whose text holds `words`, with its speaker's name and kind. */
const quote = (text: string, words: string) => {
  const q = quotesOf(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}" in: ${JSON.stringify(quotesOf(text).map((x) => x.text))}`);
  return { ...q, kind: q.speaker?.kind ?? null };
};

describe('speakers28: a place that modifies a noun is not the source', () => {
  const article =
    'Budget plan draws fire\n\nThe governor\'s plan ran into trouble on Tuesday.\n\n' +
    '"This budget balances nothing," a Vermont paper said in an editorial on Monday.\n\n' +
    'Exit polls from the Ohio primary showed that voters ranked schools as their top concern.\n\n' +
    'A trial is set for the Idaho lawsuit, which challenges cuts to school aid.\n\n' +
    'The governor\'s biggest boosters in Maine insisted the dip was temporary.\n\n' +
    'China said on Tuesday it would "respond firmly" to any tariffs, and Washington warned that it would retaliate.';

  it('"a Vermont paper said" has no speaker rather than Vermont', () => {
    const q = quote(article, 'balances nothing');
    assert.equal(q.who, null);
    assert.equal(q.speakerMention && article.slice(q.speakerMention.start, q.speakerMention.end), 'a Vermont paper');
  });

  it('"Exit polls from the Ohio primary showed" is not Ohio', () => {
    assert.notEqual(quote(article, 'voters ranked schools').who, 'Ohio');
  });

  it('"the Idaho lawsuit, which challenges" is not Idaho', () => {
    assert.notEqual(quote(article, 'cuts to school aid').who, 'Idaho');
  });

  it('"boosters in Maine insisted" is not Maine', () => {
    assert.notEqual(quote(article, 'the dip was temporary').who, 'Maine');
  });

  it('a country or a capital that speaks stays the speaker', () => {
    assert.equal(quote(article, 'respond firmly').who, 'China');
    assert.equal(quote(article, 'it would retaliate').kind, 'country');
  });

  it('"Iowa Republicans who voted …" is not Iowa', () => {
    const text = 'The caucus results were close.\n\nRubio romped among Iowa Republicans who said they were very conservative.';
    assert.notEqual(quote(text, 'very conservative').who, 'Iowa');
  });
});

describe('speakers28: people on a social network are not the network', () => {
  const article =
    'Airline apology backfires online\n\nThe carrier\'s apology only made matters worse on Wednesday.\n\n' +
    '"Sorry is not a refund," wrote one Twitter user, Marcus Leland, whose flight was cancelled twice.\n\n' +
    'Twitter users were quick to mock the statement. "Who wrote this, a chatbot?" several Twitter users asked.\n\n' +
    'According to some on Twitter, the chief executive had already resigned.';

  it('"one Twitter user, NAME" is the named user', () => {
    assert.equal(quote(article, 'Sorry is not a refund').who, 'Marcus Leland');
  });

  it('"several Twitter users asked" is not Twitter', () => {
    assert.notEqual(quote(article, 'a chatbot').who, 'Twitter');
  });

  it('"according to some on Twitter" is not Twitter', () => {
    assert.notEqual(quote(article, 'already resigned').who, 'Twitter');
  });

  it('"said a Boston nurse" is the nurse, not Boston', () => {
    const q = quote('The ward was full.\n\n"It was chaos," said a Boston nurse.', 'chaos');
    assert.equal(q.kind, 'person');
    assert.notEqual(q.who, 'Boston');
  });
});

describe('speakers28: "states" after a name is the plural noun', () => {
  it('"Rust Belt states that have lost jobs" reports nothing', () => {
    const qs = quotesOf('Senators from Rust Belt states that have lost factory jobs lined up against the pact on Friday.');
    assert.ok(!qs.some((q) => q.cue && q.cue.end - q.cue.start === 6 && q.text.includes('lost factory jobs')), JSON.stringify(qs.map((q) => q.text)));
  });

  it('"Ohio states that it will appeal" still reports', () => {
    assert.equal(quote('The ruling was a blow.\n\nOhio states that it will appeal the ruling.', 'will appeal').who, 'Ohio');
  });
});

describe('speakers28: a trade noun refers to no body whose trade is unknown', () => {
  it('"the real estate developer said" is not the White House named before', () => {
    const text = 'Donald Trump, the real estate developer turned candidate, mocked the deal.\n\nThe White House defended the agreement.\n\n"It is a disaster," the real estate developer said.';
    assert.notEqual(quote(text, 'a disaster').who, 'White House');
  });

  it('"the airline said" is not a network named in a photo credit', () => {
    const text = 'Facebook/Omar Said.\n\nSaid, the co-pilot, had logged 2,766 flying hours, the airline said Thursday.';
    assert.notEqual(quote(text, 'flying hours').who, 'Facebook');
  });

  it('"Northwind Airlines … The airline said" stays the airline', () => {
    assert.equal(quote('Northwind Airlines cancelled 40 flights on Monday.\n\nThe airline said crews were sick.', 'crews were sick').who, 'Northwind Airlines');
  });
});

describe('speakers28: a pronoun after an unnamed person is not a person named further back', () => {
  const article =
    'Chancellor Angela Merkel warned against hatred on Monday. "We must stay open," she said.\n\n' +
    'A 29-year-old Hamburg woman, meanwhile, was fined after she had posted insults online. "Out with them!" she wrote.';

  it('the unnamed woman\'s quote is not Merkel\'s', () => {
    assert.equal(quote(article, 'We must stay open').who, 'Angela Merkel');
    // (since session 65 the unnamed woman is an actor named by her phrase, not no one)
    assert.equal(quote(article, 'Out with them').who, '29-year-old Hamburg woman');
  });

  it('"A new campaign manager, he said, …" is the speaker named before', () => {
    const text = 'Bill Millis said Carson was misled. "It is the insiders," Millis said. A new campaign manager, he said, would help.';
    assert.equal(quote(text, 'would help').who, 'Bill Millis');
  });

  it('"Dexter Wakefield, a minister …. He said" is Wakefield', () => {
    const text = 'Dexter Wakefield, a minister with the church, said she was a regular. He said her family asked for privacy.';
    assert.equal(quote(text, 'asked for privacy').who, 'Dexter Wakefield');
  });

  it('"A reporter asked her … she said" is still the one asked', () => {
    const text = 'Angela Merkel spoke on Monday. A reporter asked her about the plan. "We will manage," she said.';
    assert.equal(quote(text, 'We will manage').who, 'Angela Merkel');
  });
});

describe('speakers28: a pull quote signed by a name alone on the line after it', () => {
  const article =
    'Former Senator Ruth Gallagher teaches civics in Dayton.\n\n' +
    '"I never stopped caring about this city," Gallagher said.\n\n' +
    'Her old rival, Mayor Dennis Pruitt, was generous. "She was the toughest opponent I ever had," Pruitt said.\n\n' +
    '"Politics is a relay race. You hand the baton on, or you drop it."\n\n' +
    'Ruth Gallagher.\n\n' +
    'Gallagher said she had no plans to run again.';

  it('"Ruth Gallagher." under the quotation is its speaker, not the last speaker', () => {
    assert.equal(quote(article, 'relay race').who, 'Ruth Gallagher');
    assert.equal(quote(article, 'toughest opponent').who, 'Dennis Pruitt');
  });

  it('a line that names no person of the article signs nothing', () => {
    const text = 'Mayor Dennis Pruitt spoke on Friday. "We will rebuild," Pruitt said.\n\n"Nobody outworks this town."\n\nJoining Forces With Ohio.\n\nThe plan goes to council next week.';
    assert.notEqual(quote(text, 'Nobody outworks').who, 'Ohio');
  });
});

describe('speakers28: a lone surname two persons of the article share', () => {
  const article =
    'Bush brothers split over campaign tactics\n\n' +
    'Jeb Bush on Thursday defended his campaign\'s new advertising strategy in Florida.\n\n' +
    '"We are going to talk about ideas, not insults," Bush said at a rally in Orlando.\n\n' +
    'His brother, former President George W. Bush, will campaign with him next week. "I am proud of the race he is running," George W. Bush said in a statement.\n\n' +
    'Asked about the polls, Jeb Bush shrugged. "Polls in January are a weather report," Bush said.';

  it('before the second namesake is named, the one named is meant', () => {
    assert.equal(quote(article, 'talk about ideas').who, 'Jeb Bush');
  });

  it('after both, the one the nearest sentence opens with', () => {
    assert.equal(quote(article, 'weather report').who, 'Jeb Bush');
  });

  it('the namesake who just spoke goes on, though the other was named in that sentence', () => {
    const text =
      'Former President Bill Clinton campaigned in Ohio on Monday for his wife, Hillary Clinton.\n\n' +
      'At a rally for his wife Hillary Clinton, former President Bill Clinton said the economy was "doing better than people think."\n\n' +
      '"She is the best prepared candidate in my lifetime," Clinton said.';
    assert.equal(quote(text, 'best prepared').who, 'Bill Clinton');
  });

  it('"Clinton herself" is the woman of the two', () => {
    const text =
      'Hillary Clinton pressed her attack on Bernie Sanders on Monday.\n\n' +
      'Bill Clinton got in on the game at a rally in Brooklyn. "He is running harder against me than against the Bush years," the former president said.\n\n' +
      'Clinton herself also signaled that she is "girding for a fight" in the primary.';
    assert.equal(quote(text, 'girding for a fight').who, 'Hillary Clinton');
  });

  it('one named in the quote\'s own sentence is spoken of, not the speaker', () => {
    const text =
      'Donald Trump rarely speaks of his late brother, Freddy Trump.\n\n' +
      'Freddy Trump left the family business in 1962. Freddy, as he was known, "was caught in the middle," Mr. Trump said.';
    assert.notEqual(quote(text, 'caught in the middle').who, 'Freddy Trump');
  });
});

import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';
import { ActorTable } from '../../src/extractor/actors';
import { quotesOf } from './helpers';

/** Faults found on news in genres the development corpus lacks (Canadian city, court, sport, health), each as its kind. */
describe('unseen news: surnames that are countries, appositives that are no content', () => {
  for (const [full, surname] of [
    ['Federal Health Minister Mark Holland', 'Holland'],
    ['Rep. Jim Jordan', 'Jordan'],
    ['former Rep. Steve Israel', 'Israel'],
  ]) {
    it(`"${surname}" after "${full}" is the person, not the country`, () => {
      const text = `Talks resume\n\n${full} said the plan was ready.\n\n“We expect to see results,” ${surname} told reporters.`;
      const quotes = quotesOf(text);
      assert.equal(quotes.length, 2);
      assert.deepEqual(
        quotes.map((q) => [q.who, q.speaker?.kind]),
        [
          [full.split(' ').slice(-2).join(' '), 'person'],
          [full.split(' ').slice(-2).join(' '), 'person'],
        ],
      );
    });
  }

  it('a country whose name no person of the article bears stays the country', () => {
    const quotes = quotesOf('Talks resume\n\nMinister Ada Holm visited the border.\n\nJordan said it would reopen the crossing on Monday.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speaker?.kind, 'country');
    assert.equal(quotes[0].who, 'Jordan');
  });

  for (const line of [
    'A lawyer for the firm, Ellen Marsh, did not respond to a request for comment.',
    "The transit agency's chief executive, Rick Leary, declined to comment on the timeline.",
    'Retired teacher Helen Vance, who spoke during the public session, said she had waited for 30 years.',
  ]) {
    it(`a noun phrase before its name is no quote: ${JSON.stringify(line.slice(0, 40))}…`, () => {
      const quotes = quotesOf(`Council votes\n\nThe council met on Monday.\n\n${line}`);
      for (const q of quotes) assert.ok(q.text !== line.slice(0, line.indexOf(',')), `the appositive "${q.text}" was taken as content`);
      assert.ok(quotes.length <= 1);
      if (quotes.length) assert.equal(quotes[0].text, 'she had waited for 30 years');
    });
  }

  for (const [line, content] of [
    ['The average weekly benefit, it says, would be $300.', 'The average weekly benefit, it says, would be $300'],
    ['It’s to the advantage of the country, he says, to help write the rules.', 'It’s to the advantage of the country, he says, to help write the rules'],
    ['He’s leaning toward the governor, Ruiz said.', 'He’s leaning toward the governor'],
    ['This makes it harder to fix, Ruiz said.', 'This makes it harder to fix'],
  ]) {
    it(`a clause before its source stays content: ${JSON.stringify(line.slice(0, 30))}…`, () => {
      const quotes = quotesOf(`Council votes\n\nMayor Ana Ruiz spoke on Monday.\n\n${line}`);
      assert.deepEqual(
        quotes.map((q) => q.text),
        [content],
      );
    });
  }

  it('the country actor is still made when the word resolves to no person', () => {
    const a = analyze('Talks resume\n\nHolland will host the summit, officials said.');
    assert.ok(a.actors.some((x) => x.kind === 'country' && x.name === 'Netherlands'));
  });

  for (const doc of ['a staff report', 'a new study', 'the report']) {
    it(`"according to ${doc}": the document is the source phrase, whole`, () => {
      const quotes = quotesOf(`Plant to close\n\nThe town council met on Monday.\n\nAccording to ${doc}, construction could begin in 2027.`);
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0].speakerMention?.text, doc);
      assert.equal(quotes[0].text, 'construction could begin in 2027');
      assert.ok(!quotes[0].speaker || quotes[0].speaker.kind !== 'group', 'no group named after the phrase');
    });
  }

  for (const line of ['William Nylander added a goal and an assist for Toronto, which has won four straight.', 'Smith added two more runs in the ninth.']) {
    it(`a scored object is no speech: ${JSON.stringify(line.slice(0, 32))}…`, () => {
      assert.deepEqual(quotesOf(`Leafs win\n\nThe Leafs beat Montreal on Saturday.\n\n${line}`).map((q) => q.text), []);
    });
  }

  for (const [line, who] of [
    ['Montreal coach Martin St. Louis was more blunt: “That’s on us. That’s on me.”', 'Martin St. Louis'],
    ['As Professor Ana Foner put it: “The country does a better job than most.”', 'Ana Foner'],
  ]) {
    it(`a quotation after a person's name, a short predicate and a colon is theirs: ${JSON.stringify(line.slice(0, 30))}…`, () => {
      const quotes = quotesOf(`Game report\n\nThe teams met on Saturday.\n\n${line}`);
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0].who, who);
      assert.equal(quotes[0].kind, 'direct');
      assert.equal(quotes[0].cue?.text, ':');
    });
  }

  it('no colon quote where the words before the colon are no person’s ("The sign read:")', () => {
    assert.deepEqual(quotesOf('Shop shut\n\nThe shop closed on Monday.\n\nThe sign on the door read: “Closed until further notice.”').map((q) => q.who), []);
  });

  it('a body named by its trade ("Nova Scotia Power", "Hudson Ridge Builders") is an organisation, and "the utility" is it', () => {
    const a = analyze('Storm cuts power\n\nHudson Ridge Builders paid the fine. Nova Scotia Power said crews were out all night.\n\nThe utility said most customers would have power by Monday.');
    assert.deepEqual(
      ['Nova Scotia Power', 'Hudson Ridge Builders'].map((n) => a.actors.find((x) => x.name === n)?.kind),
      ['organization', 'organization'],
    );
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Nova Scotia Power', 'Nova Scotia Power']);
  });

  it('"the utility" is never a newsroom the article names ("told CBC Radio"), nor a public body ("Environment Canada")', () => {
    const a = analyze('Storm cuts power\n\nPremier Tim Houston told CBC Radio that the storm was the worst in years. Environment Canada said the wind would drop.\n\nThe utility said most customers would have power by Monday.');
    const last = a.quotes[a.quotes.length - 1];
    assert.equal(last.speakerMention?.text, 'The utility');
    assert.ok(!['CBC Radio', 'Environment Canada'].includes(last.speaker?.name ?? ''), `the utility is ${last.speaker?.name}`);
  });

  it('a headline\'s "report says" speaks for the body that published it, not the country the report is about', () => {
    const quotes = quotesOf('Hospital wait times hit record, report says\n\nOTTAWA — Emergency room wait times in Canada reached their highest level in two decades, according to a report released Tuesday by the Canadian Institute for Health Information.');
    assert.equal(quotes[0].who, 'Canadian Institute for Health Information');
  });

  it('a given name and a place head after a person\'s noun is a person ("retired teacher Helen Park"), and her surname is hers', () => {
    const a = analyze('Council votes\n\nRetired teacher Helen Park said she had waited 30 years. “I’d like to ride it before I die,” Park said.\n\nThe park on Helen Street stayed closed.');
    assert.equal(a.actors.find((x) => x.name === 'Helen Park')?.kind, 'person');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Helen Park', 'Helen Park']);
  });

  for (const [title, role] of [
    ['Health Minister Sylvia Jones', 'Health Minister'],
    ['Federal Health Minister Mark Holland', 'Federal Health Minister'],
    ['Public Safety Minister Dominic LeBlanc', 'Public Safety Minister'],
    ['Federal Labor Secretary Julie Su', 'Federal Labor Secretary'],
  ]) {
    it(`the portfolio is part of the office, no body of its own: "${title}"`, () => {
      const a = analyze(`Cabinet\n\n${title} said the plan was ready.`);
      const person = a.actors.find((x) => x.kind === 'person');
      assert.deepEqual(person?.roles, [role]);
      assert.deepEqual(a.actors.filter((x) => x.kind === 'organization').map((x) => x.name), []);
    });
  }

  it('a person\'s noun capitalised at a sentence\'s start is the role, not a given name ("Parent Jason Morales said")', () => {
    const a = analyze('Board delays vote\n\nThe board met on Tuesday.\n\nParent Jason Morales said the board had not consulted families.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Jason Morales']);
    assert.deepEqual(a.actors.find((x) => x.name === 'Jason Morales')?.roles, ['Parent']);
  });

  it('"Hunter Biden" stays a name: no given name follows the noun', () => {
    const a = analyze('Probe\n\nHunter Biden said he would testify.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Hunter Biden']);
  });

  it('a brand\'s arm in a country is an organisation ("Costco Canada"), a given name before a country is a person', () => {
    const a = analyze('Recall\n\nCostco Canada pulled the berries on Monday. Mark Canada said he had bought two bags.');
    assert.equal(a.actors.find((x) => x.name === 'Costco Canada')?.kind, 'organization');
    assert.equal(a.actors.find((x) => x.name === 'Mark Canada')?.kind, 'person');
  });

  it('a counted object with a participle after it is no speech ("recalled 40,000 packages … linked to"), an auxiliary makes it one', () => {
    const quotes = quotesOf('Recall\n\nThe company recalled 40,000 packages of frozen berries linked to an outbreak. The agency confirmed 14 people had fallen ill.');
    assert.deepEqual(quotes.map((q) => q.text), ['14 people had fallen ill']);
  });

  it('"the Toronto MPP" is a person, never the city it modifies', () => {
    const quotes = quotesOf('Housing\n\nNDP Leader Marit Stiles said both parties had failed renters. “Neither of them has a plan,” the Toronto MPP said.');
    assert.equal(quotes.length, 2);
    assert.notEqual(quotes[1].speaker?.kind, 'place');
  });

  it('a portfolio word the name run left out opening the sentence is part of the office ("Housing Minister")', () => {
    const a = analyze('Housing\n\nHousing Minister Paul Calandra said the numbers would improve.');
    assert.deepEqual(a.actors.find((x) => x.name === 'Paul Calandra')?.roles, ['Housing Minister']);
  });

  it('a city\'s team in the plural is an organisation, even before "said" ("Toronto Raptors said")', () => {
    const a = analyze('Sport\n\nToronto Raptors said they would appeal the fine.');
    assert.equal(a.actors.find((x) => x.name === 'Toronto Raptors')?.kind, 'organization');
  });

  it('unnamed sources make no dated statement of their own; named ones and officials do', () => {
    const events = (text: string) => extractEvents(analyze(text), null).map((e) => e.kind);
    assert.deepEqual(events('Campaign shake-up\n\nThe campaign replaced two advisers on Friday, according to three people familiar with the decision.'), []);
    assert.deepEqual(events('Campaign shake-up\n\nCampaign chair Jen Dillon said on Friday that two advisers had left.'), ['statement']);
  });

  for (const [line, mention] of [
    ['Det.-Sgt. Amir Khan of the major crimes unit said there was no evidence of foul play.', 'Amir Khan'],
    ['Coun. Garth Frizzell said the stretch of highway needed a review.', 'Coun. Garth Frizzell'],
    ['Reeve Tanya Morin said residents had long complained about the road.', 'Reeve Tanya Morin'],
  ]) {
    it(`police and council ranks keep the sentence and the name whole: ${JSON.stringify(line.slice(0, 28))}…`, () => {
      const quotes = quotesOf(`Crash\n\nTwo people died on Tuesday.\n\n${line}`);
      assert.equal(quotes.length, 1);
      assert.ok(quotes[0].speakerMention?.text.includes(mention), quotes[0].speakerMention?.text);
      assert.equal(quotes[0].speaker?.kind, 'person');
      assert.ok(!/^(?:Reeve|Coun)/.test(quotes[0].who ?? ''), `the title is no part of the name: ${quotes[0].who}`);
    });
  }

  it('a royal title opening a place name after "west of" or before ", B.C." is the place ("Prince George"); "the wife of Prince William" is a person', () => {
    const kinds = (text: string) => analyze(text).actors.map((x) => [x.name, x.kind]);
    assert.deepEqual(kinds('Crash\n\nThe trucks collided west of Prince George on Tuesday.'), [['Prince George', 'place']]);
    assert.deepEqual(kinds('Crash\n\nThe road to Prince Rupert, B.C., was closed.').filter(([n]) => n === 'Prince Rupert'), [['Prince Rupert', 'place']]);
    assert.deepEqual(kinds('Royals\n\nThe wife of Prince William visited the ward.').map(([, k]) => k), ['person']);
  });

  it('a union\'s local is the union\'s body, not a person ("Amalgamated Transit Union Local 113 president Marvin Alfred")', () => {
    const a = analyze('Strike vote\n\n“Our members deserve better,” said Amalgamated Transit Union Local 113 president Marvin Alfred.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Marvin Alfred']);
    assert.equal(a.actors.find((x) => x.name.startsWith('Amalgamated'))?.kind, 'organization');
  });

  it('a body before its participle speaks, not the people it represents ("The union representing 3,000 workers rejected")', () => {
    const quotes = quotesOf('Strike vote\n\nThe union representing 3,000 transit workers rejected the city’s latest offer on Friday.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].speakerMention?.text, 'The union representing 3,000 transit workers');
    assert.notEqual(quotes[0].who, 'workers');
  });

  it('a described subject takes a body\'s name whole ("The Federal Reserve held … but signaled"), and a title then a person is the person', () => {
    const quotes = quotesOf('Rates\n\nMarkets rose.\n\nThe Federal Reserve held rates steady on Wednesday but signaled it expects two cuts.');
    assert.deepEqual(quotes.map((q) => q.speakerMention?.text), ['The Federal Reserve']);
    const huckabee = quotesOf('Picks\n\nFormer Arkansas Gov. Mike Huckabee chose a comedy show, naming “Bill Maher” as his guilty pleasure.');
    for (const q of huckabee) assert.notEqual(q.speaker?.kind, 'place');
  });

  it('a player named by position speaks, before or after the cue ("said goaltender Stuart Skinner", "Said goaltender …: “…”")', () => {
    for (const line of ['“We got lucky tonight,” said goaltender Stuart Skinner.', 'Said goaltender Stuart Skinner: “We got lucky tonight.”']) {
      assert.deepEqual(quotesOf(`Game\n\nThe Oilers won.\n\n${line}`).map((q) => q.who), ['Stuart Skinner'], line);
    }
  });

  it('a team\'s name before one of its players or staff is the team, and "he" is then the coach ("Calgary Flames head coach Ryan Huska … he said")', () => {
    const a = analyze('Game\n\nCalgary Flames head coach Ryan Huska was frustrated. “You cannot take four penalties,” he said.\n\nSaid Oilers goaltender Stuart Skinner: “The boys bailed me out.”');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Ryan Huska', 'Stuart Skinner']);
    assert.deepEqual(['Calgary Flames', 'Oilers'].map((n) => a.actors.find((x) => x.name === n)?.kind), ['organization', 'organization']);
  });

  for (const line of ['Dorothy Winters, 81, of Oakville said she had waited long enough.', 'One of the alleged victims, 81-year-old Dorothy Winters of Oakville, said she had waited long enough.']) {
    it(`a person with an age and a hometown speaks, not the town: ${JSON.stringify(line.slice(0, 36))}…`, () => {
      assert.deepEqual(quotesOf(`Trial\n\nThe court met.\n\n${line}`).map((q) => q.who), ['Dorothy Winters']);
    });
  }

  it('a headline\'s "Study finds …" or "Judge rejects …" makes no person "Study" or "Judge"; "King said" in the body stays a person', () => {
    const a = analyze('Study finds lakes warming faster than expected\n\nResearchers said the lakes were warming.');
    assert.ok(!a.actors.some((x) => x.name === 'Study'));
    const b = analyze('Judge rejects bid to toss charges\n\nThe court met on Tuesday.');
    assert.ok(!b.actors.some((x) => x.name === 'Judge'));
    const c = analyze('Hearing\n\nRep. Peter King spoke first.\n\n“We were misled,” King said.');
    assert.deepEqual(c.quotes.map((q) => q.speaker?.kind), ['person']);
  });

  it('"the chamber" after a chamber of commerce is that chamber', () => {
    const quotes = quotesOf('Council vote\n\nThe Halifax Chamber of Commerce was less sure. The chamber said in a statement that the tax would hurt small firms.');
    assert.deepEqual(quotes.map((q) => q.who), ['Halifax Chamber of Commerce']);
  });

  it('a body\'s words before a country are an organisation ("Climate Change Canada"), not a person', () => {
    const a = analyze('Study\n\nEnvironment and Climate Change Canada, which funded the work, called the findings “a wake-up call.”');
    assert.equal(a.quotes[0]?.speaker?.kind, 'organization');
  });

  it('a second speech verb after "but", comma or not, is a quote of its own ("welcomed the announcement but said it came too late")', () => {
    const quotes = quotesOf('Funding\n\nThe council met.\n\nAlberta Premier Danielle Smith welcomed the announcement but said it came too late.');
    assert.deepEqual(quotes.map((q) => [q.text, q.cue?.text]), [['the announcement', 'welcomed'], ['it came too late', 'said']]);
    assert.deepEqual(quotes.map((q) => q.who), ['Danielle Smith', 'Danielle Smith']);
  });

  it('no colon quote for a person inside another phrase ("The list of guests for Mayor Ana Ruiz was long:") or one who shows words ("read the sign:")', () => {
    const quotes = quotesOf('Party\n\nThe list of guests for Mayor Ana Ruiz was long: “Bob, Sue and Tim.”\n\nMayor Ana Ruiz read the sign: “No parking.”\n\nThe Slate technology columnist David Auerbach went so far as to say: “Twitter as we know it is over.”');
    assert.deepEqual(quotes.map((q) => q.who), ['David Auerbach']);
  });

  it('a speech after a colon over several quoted paragraphs keeps its speaker in each', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `“Paragraph ${i} of the speech goes on here.`).join('\n\n');
    const quotes = quotesOf(`Speech\n\nMayor Ana Ruiz was blunt: “We begin.\n\n${paragraphs}\n\n“The end.”`);
    assert.ok(quotes.length >= 1);
    assert.ok(quotes.every((q) => q.who === 'Ana Ruiz'), JSON.stringify(quotes.map((q) => q.who)));
    assert.ok(quotes.some((q) => q.text.includes('Paragraph 39')), 'the last paragraph is quoted too');
  });
});

describe('an actor under many spellings', () => {
  it('keeps each alias once, in the order first seen, past the length where a Set takes over', () => {
    const table = new ActorTable();
    const actor = table.get('person', 'Mary Smith');
    const spellings = Array.from({ length: 40 }, (_, i) => `Mary ${String.fromCharCode(65 + (i % 26))}. Smith`);
    for (const s of [...spellings, ...spellings.slice().reverse()]) table.addAlias(actor, s);
    const unique = [...new Set(spellings)];
    assert.deepEqual(actor.aliases, unique);
  });
});

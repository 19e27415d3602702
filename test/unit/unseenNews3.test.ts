import { strict as assert } from 'node:assert';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';
import { readPublished } from '../../src/extractor/publishedDate';
import { quotesOf } from './helpers';

/** Faults a fresh user's trial and a breaker found on unseen news (issue 7), each as its kind, in articles of other words and genres. */
describe('unseen news 3: datelines', () => {
  for (const [line, date] of [
    // the date between two dashes, in capitals and in Title Case, month or day first
    ['SASKATOON — Nov. 14, 2024 — The university said enrolment fell.', '2024-11-14'],
    ['HALIFAX -- 3 February 2025 -- Ferry service resumed after the storm.', '2025-02-03'],
    ['Moncton — January 9, 2025 — Snow closed the airport for a day.', '2025-01-09'],
    // after a comma, in brackets, with a province after the city
    ['REGINA, Sept. 2, 2024 — Harvest is two weeks late.', '2024-09-02'],
    ['WINNIPEG (April 30, 2025) — The river crested overnight.', '2025-04-30'],
    ['Kelowna, B.C., July 21, 2024 — Fire crews held the line.', '2024-07-21'],
  ]) {
    it(`a dateline gives the article's date: "${line.slice(0, 34)}…"`, () => {
      assert.equal(readPublished(`Headline of the day\n\n${line}`), date);
      assert.equal(analyze(`Headline of the day\n\n${line}`).published, date);
    });
  }

  it('a Title Case opening and a dash with no date is no dateline, and a date later in the sentence is no article date', () => {
    assert.equal(readPublished('Fire season\n\nKelowna — the city that burned in 2023 — opened its shelters on July 21, 2024, for the third time.'), null);
  });

  it('the dateline is no part of the first sentence\'s content', () => {
    const quotes = quotesOf('Ferries return\n\nHALIFAX — February 3, 2025 — Ferry service resumed on Monday, the operator said.');
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['Ferry service resumed on Monday'],
    );
  });
});

describe('unseen news 3: "according to" a document and its author', () => {
  // chosen: an indirect quote whose speaker is the author; the mention stays the whole phrase (the
  // span the attribution rests on, as PolNeAR's gold marks it); the content is only the clause
  for (const [sentence, content, author, kind] of [
    ['OTTAWA — Jan. 10, 2025 — Unemployment rose to 6.8 per cent in December, according to data published Friday by Statistics Canada.', 'Unemployment rose to 6.8 per cent in December', 'Statistics Canada', 'organization'],
    ['DENVER — Snow closed 40 schools on Monday, according to a count by the Colorado Department of Education.', 'Snow closed 40 schools on Monday', 'Colorado Department of Education', 'organization'],
    ['According to figures released Thursday by the state police, 12 people died on the roads.', '12 people died on the roads', 'state police', 'group'],
    ['Home sales fell 9 per cent, according to numbers compiled last week from the Rideau Realty Board.', 'Home sales fell 9 per cent', 'Rideau Realty Board', 'organization'],
  ]) {
    it(`the author speaks for the document: "${sentence.slice(0, 50)}…"`, () => {
      const quotes = quotesOf(`Local figures\n\n${sentence}`);
      assert.deepEqual(
        quotes.map((q) => [q.kind, q.text, q.who, q.speaker?.kind]),
        [['indirect', content, author, kind]],
      );
      assert.ok(quotes[0].speakerMention!.text.endsWith(author), quotes[0].speakerMention!.text);
    });
  }

  it('"according to a poll of Indiana voters" (no author) keeps its phrase, not a name after it', () => {
    const quotes = quotesOf('Race tightens\n\nThe race is tied, according to a recent poll of Indiana voters.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0].text, 'The race is tied');
    assert.equal(quotes[0].speakerMention?.text, 'a recent poll of Indiana voters');
  });
});

describe('unseen news 3: a cue whose object is a plain noun phrase', () => {
  for (const sentence of [
    'Maple Foods reported record second-quarter sales on Tuesday.',
    'Harbour Air posted strong bookings for the summer.',
    'The county declared a local state of emergency on Friday.',
    'Kestrel Mining declared bankruptcy in June.',
  ]) {
    it(`is a thing done or counted, not reported speech: "${sentence}"`, () => {
      assert.deepEqual(quotesOf(`Business briefs\n\n${sentence}`), []);
    });
  }

  for (const [sentence, content] of [
    ['The bank reported profits climbed 4 per cent.', 'profits climbed 4 per cent'],
    ['Mayor Ruth Okafor declared that the emergency was over.', 'the emergency was over'],
    ['The company confirmed plans are under way.', 'plans are under way'],
    ['Officials reported heavy snow was falling.', 'heavy snow was falling'],
  ]) {
    it(`a clause after the same verbs is still reported: "${sentence}"`, () => {
      assert.deepEqual(
        quotesOf(`Business briefs\n\n${sentence}`).map((q) => q.text),
        [content],
      );
    });
  }

  it('a form in -s, often a plural noun before its verb, keeps its attribution: "Subsequent estimates put the figure …"', () => {
    const quotes = quotesOf('Email count\n\nSubsequent estimates put the figure closer to 54,000 pages.');
    assert.equal(quotes.length, 1);
  });
});

describe('unseen news 3: teams, their players and titles of address', () => {
  it('a team named with and without its city is one actor, and "the Jets said" is that team', () => {
    const a = analyze('Jets win\n\nThe Winnipeg Jets beat Dallas 4-1 on Sunday. Jets captain Adam Lowry said the room was calm.\n\nThe Jets said the game would go ahead on Tuesday. Jets said ticket sales were strong.');
    const jets = a.actors.filter((x) => /Jets/.test(x.name));
    assert.deepEqual(
      jets.map((x) => [x.name, x.kind]),
      [['Winnipeg Jets', 'organization']],
    );
    assert.deepEqual(
      a.quotes.map((q) => q.speaker?.name),
      ['Adam Lowry', 'Winnipeg Jets', 'Winnipeg Jets'],
    );
  });

  it('a team named only by its plural name speaks as that body ("The Argonauts said")', () => {
    const quotes = quotesOf('Argos notes\n\nArgonauts receiver Dejon Brissett caught two passes. The Argonauts said the roof would stay open.');
    assert.deepEqual(
      quotes.map((q) => [q.who, q.speaker?.kind]),
      [['Argonauts', 'organization']],
    );
  });

  it('a bare "Senate" is not a state\'s senate, and two teams of one name stay apart', () => {
    const senate = analyze('Race heats up\n\nThe Wisconsin Senate race is close. The Senate said it would vote on Friday.');
    assert.ok(senate.actors.some((x) => x.name === 'Senate'), JSON.stringify(senate.actors.map((x) => x.name)));
    const teams = analyze('Junior hockey\n\nThe Saskatoon Blades beat the Kelowna Blades 3-2. The Blades said the schedule was hard.');
    const names = teams.actors.map((x) => x.name);
    assert.ok(names.includes('Saskatoon Blades') && names.includes('Kelowna Blades'), JSON.stringify(names));
    assert.equal(teams.quotes.length, 1);
    assert.ok(!['Saskatoon Blades', 'Kelowna Blades'].includes(teams.quotes[0].speaker?.name ?? ''), teams.quotes[0].speaker?.name);
  });

  for (const [sentence, name, role] of [
    ['Oilers coach Kris Knoblauch said his players were rested.', 'Kris Knoblauch', 'Oilers coach'],
    ['Lions linebacker Jack Campbell said the defence was ready.', 'Jack Campbell', 'Lions linebacker'],
    ['Farm worker Ines Duarte said the harvest was late.', 'Ines Duarte', 'worker'],
    ['County health officer Dr. Lena Marsh said the clinic would open Monday.', 'Lena Marsh', 'health officer'],
  ]) {
    it(`an occupation before a name is the person's role, the person kept: "${sentence.slice(0, 40)}…"`, () => {
      const a = analyze(`Local notes\n\n${sentence}`);
      const person = a.actors.find((x) => x.name === name);
      assert.equal(person?.kind, 'person', JSON.stringify(a.actors.map((x) => x.name)));
      assert.ok(person.roles.some((r) => r.endsWith(role)), JSON.stringify(person.roles));
      assert.equal(a.quotes[0]?.speaker?.name, name);
    });
  }

  it('"Dr." is a role only while the person has no other', () => {
    const a = analyze('Clinic opens\n\nDr. Ruth Kim said she was pleased. Dr. Omar Haddad, a surgeon at the hospital, said demand was high.');
    assert.deepEqual(a.actors.find((x) => x.name === 'Ruth Kim')?.roles, ['Dr.']);
    const haddad = a.actors.find((x) => x.name === 'Omar Haddad')!;
    assert.ok(!haddad.roles.includes('Dr.') && haddad.roles.some((r) => r.startsWith('surgeon')), JSON.stringify(haddad.roles));
  });

  it('a relation before a name is no role of the person\'s own ("her friend Nora Quist")', () => {
    const a = analyze('Vigil held\n\nHer friend Nora Quist said the vigil was moving. Her colleague Tom Reyes said the same.');
    for (const name of ['Nora Quist', 'Tom Reyes']) assert.deepEqual(a.actors.find((x) => x.name === name)?.roles, [], name);
  });
});

describe('unseen news 3: events', () => {
  const HEAD = 'Talks and plans\nPublished 7 May 2025\n';
  const eventsOf = (body: string) => extractEvents(analyze(HEAD + body));

  for (const sentence of ['Maduro met with the opposition in Caracas on Tuesday.', 'The prime minister met with the Venezuelan opposition in Caracas on Tuesday.']) {
    it(`"met with the opposition" is a meeting: "${sentence.slice(0, 44)}…"`, () => {
      const events = eventsOf(`President Nicolas Maduro spoke on Monday. ${sentence}`);
      assert.deepEqual(
        events.filter((e) => e.kind === 'meeting').map((e) => [e.placeName, e.date]),
        [['Caracas', '2025-05-06']],
      );
    });
  }

  it('a plan or a bill "met with opposition" (of the unions) is no meeting', () => {
    for (const sentence of ['The plan met with opposition in Congress on Monday.', 'The bill met with the opposition of the unions on Monday.', 'The proposal was met with fierce opposition from residents on Monday.']) {
      assert.deepEqual(eventsOf(sentence).map((e) => e.kind), [], sentence);
    }
  });

  for (const [sentence, place] of [
    ['Jane Okafor said on Tuesday that the firm would build a plant in Texas.', null],
    ['Speaking in Ohio on Wednesday, Omar Reyes said the plant in Texas would open soon.', 'Ohio'],
    ['Lena Marsh announced in Denver on Thursday that the company would expand to Paris.', 'Denver'],
    ['“We will open a store in Paris next year,” Amir Patel said in Lyon on Monday.', 'Lyon'],
  ] as const) {
    it(`a statement's place is the narration's, not the content's: "${sentence.slice(0, 44)}…"`, () => {
      const [event] = eventsOf(sentence);
      assert.equal(event?.placeName ?? null, place, JSON.stringify(event));
    });
  }

  it('an event word inside the content keeps the content\'s place ("said the summit in Oslo would …")', () => {
    const events = eventsOf('Ina Berg said on Tuesday that the summit in Oslo would be held in June.');
    assert.ok(events.some((e) => e.kind === 'summit' && e.placeName === 'Oslo'), JSON.stringify(events.map((e) => [e.kind, e.placeName])));
  });
});

describe('unseen news 3: programmes and ampersands', () => {
  for (const [sentence, content] of [
    ['Senator Ana Ruiz said on Sunday Morning Ledger that the bill was dead.', ['the bill was dead']],
    ['“It is over,” Senator Ana Ruiz said on Morning Rounds Live.', ['It is over,']],
    ['“It is over,” Senator Ana Ruiz told CTV’s “Question Period” on Sunday.', ['It is over,']],
    ['Senator Ana Ruiz told “Prairie Politics Tonight” that the vote would fail.', ['the vote would fail']],
  ] as const) {
    it(`an unfamiliar programme's name is no content and the senator speaks: "${sentence.slice(0, 48)}…"`, () => {
      const quotes = quotesOf(`Sunday shows\n\n${sentence}`);
      assert.deepEqual(
        quotes.map((q) => [q.text, q.who]),
        content.map((c) => [c, 'Ana Ruiz']),
      );
    });
  }

  it('a date still opens the content after it ("said on Sunday the bill was dead")', () => {
    assert.deepEqual(quotesOf('Sunday shows\n\nSenator Ana Ruiz said on Sunday the bill was dead.').map((q) => q.text), ['the bill was dead']);
  });

  it('a headline\'s quoted words after "told" stay its content ("Told A Reporter Not To ‘Moan’")', () => {
    const quotes = quotesOf('Ruiz Told A Reporter Not To ‘Moan’ About The Bill\n\nThe senator spoke on Monday.');
    assert.ok(quotes.some((q) => q.text.includes('Moan')), JSON.stringify(quotes.map((q) => q.text)));
  });

  for (const name of ['Procter & Gamble', 'Johnson & Johnson', 'Barnes & Noble', 'Marks & Spencer', 'Hillary & Chelsea Clinton Foundation']) {
    it(`an ampersand inside a firm's name keeps one organisation: "${name}"`, () => {
      const a = analyze(`Brands\n\n${name} said prices would fall. Analysts agreed.`);
      assert.deepEqual(a.quotes.map((q) => [q.speaker?.name, q.speaker?.kind]), [[name, 'organization']]);
      assert.ok(!a.actors.some((x) => x.kind === 'person'), JSON.stringify(a.actors.map((x) => x.name)));
    });
  }

  it('an appositive firm with an ampersand speaks, and its name in a role stays whole', () => {
    const a = analyze('Brands\n\nThe company, Procter & Gamble, said prices would fall. Johnson & Johnson chief executive Joaquin Duato said sales rose.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Procter & Gamble', 'Joaquin Duato']);
    assert.deepEqual(a.actors.find((x) => x.name === 'Joaquin Duato')?.roles, ['Johnson & Johnson chief executive']);
  });

  it('an ampersand between people joins no names ("Giuliani & Sen. Jeff Sessions", "Jim & Sarah")', () => {
    const a = analyze('Rally notes\n\nRudy Giuliani & Sen. Jeff Sessions wore hats. He thanked Jim & Sarah for coming.');
    assert.ok(!a.actors.some((x) => x.name.includes('&')), JSON.stringify(a.actors.map((x) => x.name)));
    assert.ok(a.actors.some((x) => x.name === 'Jeff Sessions' && x.kind === 'person'));
  });
});

import { strict as assert } from 'node:assert';
import { summary } from '../../src/cli/extract';
import { analyze } from '../../src/extractor/analyze';
import { extractEvents } from '../../src/extractor/events';
import type { CorpusResult } from '../../src/extractor/types';
import { quotesOf } from './helpers';

/**
 * Faults found on a fourth set of unseen news (a wire story on a recall, agencies named with
 * "and", sports teams, the command line's table), each as its kind, in other words than the
 * articles that showed them.
 */
describe('unseen news 5: a document a newsroom saw', () => {
  it('"…, according to a file obtained by NEWSROOM" after the sentence\'s own attribution makes no second quote over it', () => {
    const quotes = quotesOf('Plant to close\n\nThe board of Halvor Mills voted on Tuesday to shut the plant, according to minutes viewed by the Halifax Examiner.\n\nHalvor Mills said it would lay off 200 workers, according to a letter obtained by the Tribune.');
    assert.deepEqual(
      quotes.map((q) => [q.text, q.who]),
      [
        ['The board of Halvor Mills voted on Tuesday to shut the plant', null],
        ['it would lay off 200 workers', 'Halvor Mills'],
      ],
    );
  });

  it('the same when the document opens the sentence: "According to an email reviewed by NEWSROOM, X told staff …"', () => {
    const quotes = quotesOf('Plant to close\n\nAccording to an email reviewed by The Associated Press, Halvor Mills told staff the plant would close in June.');
    assert.deepEqual(
      quotes.map((q) => [q.text, q.who]),
      [['the plant would close in June', 'Halvor Mills']],
    );
  });

  it('with no other attribution the document is the source, once, its whole phrase the mention, and the newsroom never speaks', () => {
    const text = 'Plant to close\n\nHALIFAX, 4 June 2025 (Reuters) - Halvor Mills will shut its plant, according to minutes seen by Reuters.\n\nAn internal report reviewed by the Globe said 200 jobs would go.\n\nThe plant had lost money for years, a memo obtained by CBC News shows.';
    const quotes = quotesOf(text);
    assert.deepEqual(
      quotes.map((q) => [q.text, q.speakerMention?.text, q.who]),
      [
        ['Halvor Mills will shut its plant', 'minutes seen by Reuters', null],
        ['200 jobs would go', 'An internal report reviewed by the Globe', null],
        ['The plant had lost money for years', 'a memo obtained by CBC News', null],
      ],
    );
  });

  it('the document\'s phrase before "seen by" is the mention whole, over "a copy of" and a year ("A leaked draft of the 2024 budget seen by …")', () => {
    const quotes = quotesOf('Fees\n\nA leaked draft of the 2024 council budget seen by the Star said fees would rise.');
    assert.deepEqual(
      quotes.map((q) => [q.speakerMention?.text, q.who]),
      [['A leaked draft of the 2024 council budget seen by the Star', null]],
    );
  });

  it('a body that is no newsroom and obtained the document still speaks for it ("emails obtained by the ethics committee")', () => {
    const quotes = quotesOf('Loans\n\nThe Mayne Ethics Committee met on Monday. The senator hid the loans, according to emails obtained by the Mayne Ethics Committee.');
    assert.deepEqual(
      quotes.map((q) => [q.speakerMention?.text, q.who]),
      [['emails obtained by the Mayne Ethics Committee', 'Mayne Ethics Committee']],
    );
  });

  it('a report whose author follows "by" still speaks for its author', () => {
    const quotes = quotesOf('Wait times\n\nWait times rose again, according to a report released by the Fraser Institute.');
    assert.deepEqual(
      quotes.map((q) => q.who),
      ['Fraser Institute'],
    );
  });
});

describe('unseen news 5: a newsroom that reports is no participant', () => {
  it('the wire\'s name in the dateline and after "seen by" is not in the company\'s statement', () => {
    const a = analyze('Plant to close\n\nHALIFAX, 4 June 2025 (Reuters) - Halvor Mills issued a statement on Tuesday, a copy of which was seen by Reuters.');
    const events = extractEvents(a);
    const statement = events.find((e) => e.kind === 'statement');
    assert.ok(statement, JSON.stringify(events.map((e) => e.label)));
    assert.deepEqual(
      statement.participants.map((x) => x.name),
      ['Halvor Mills'],
    );
  });

  it('nor one that reports the event or is its source ("according to the AP", "Bloomberg reported")', () => {
    const a = analyze('Talks\n\nHalvor Mills chief Dana Frey met union leaders on Tuesday, Bloomberg reported.\n\nDana Frey held a press conference in Halifax on Friday, according to The Associated Press.');
    const events = extractEvents(a);
    assert.deepEqual(
      events.map((e) => e.participants.map((x) => x.name).filter((n) => /Bloomberg|Associated Press/.test(n))),
      events.map(() => []),
    );
    assert.ok(events.length >= 2, JSON.stringify(events.map((e) => e.label)));
  });

  it('a newsroom that takes part stays a participant ("met the Toronto Star editorial board")', () => {
    const a = analyze('Talks\n\nHalvor Mills chief Dana Frey met the Toronto Star editorial board on Tuesday.');
    const meeting = extractEvents(a).find((e) => e.kind === 'meeting');
    assert.ok(meeting);
    assert.ok(meeting.participants.some((x) => x.name === 'Toronto Star'), meeting.participants.map((x) => x.name).join(', '));
  });
});

describe('unseen news 5: bodies named with "and"', () => {
  for (const [line, name] of [
    ['The Nova Scotia Liquor and Gaming Authority said sales would rise.', 'Nova Scotia Liquor and Gaming Authority'],
    ['The Parks and Recreation Department said the pool would close.', 'Parks and Recreation Department'],
    ['The Food and Drug Administration said the drug was safe.', 'Food and Drug Administration'],
    ['The Office of Science, Technology and Innovation said the grant was cut.', 'Office of Science, Technology and Innovation'],
  ]) {
    it(`a body-head word after "X and Y" keeps the whole name: ${name}`, () => {
      assert.deepEqual(
        quotesOf(`Budget\n\n${line}`).map((q) => q.who),
        [name],
      );
    });
  }

  it('two names joined by "and" stay two, people or companies', () => {
    const a = analyze('Merger\n\nLena Ortiz and Paul Wren said the deal was sound. Suncor and British Petroleum said talks went on. Toyota and Honda Motor Company said output fell.');
    const names = a.actors.map((x) => x.name);
    for (const n of ['Lena Ortiz', 'Paul Wren', 'British Petroleum', 'Toyota', 'Honda Motor Company']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    // (who speak together are a group of their own, session 38; no person or body is named by both)
    assert.ok(!a.actors.some((x) => x.kind !== 'group' && x.name.includes(' and ')), names.join(', '));
  });
});

describe('unseen news 5: a city\'s team', () => {
  for (const team of ['Dallas Stars', 'Houston Rockets', 'Winnipeg Jets', 'Phoenix Suns']) {
    it(`"the ${team}" is the team, an organisation, not the city`, () => {
      const a = analyze(`Trade deadline\n\nThe ${team} said on Monday they had signed a goalie.`);
      const actor = a.quotes[0]?.speaker;
      assert.deepEqual([actor?.name, actor?.kind], [team, 'organization']);
    });
  }

  it('a city that is also a given name, its team word and a player\'s position make the team ("Houston Comets forward …")', () => {
    const a = analyze('Trade deadline\n\nHouston Comets forward Lia Moss said she was fine.');
    assert.deepEqual(
      a.actors.map((x) => [x.name, x.kind]),
      [['Houston Comets', 'organization'], ['Lia Moss', 'person']],
    );
  });

  it('a person whose given name is a city keeps their name ("Austin Rivers said")', () => {
    const a = analyze('Trade deadline\n\nAustin Rivers said he was happy in Denver.');
    assert.deepEqual([a.quotes[0]?.speaker?.name, a.quotes[0]?.speaker?.kind], ['Austin Rivers', 'person']);
  });
});

describe('unseen news 5: the command line\'s table', () => {
  const result = (pieces: Array<[number, number]>, text: string): CorpusResult => ({
    tool: { name: 'corpus-navigator', version: '0' },
    documents: [{
      path: 'a.txt', title: null, published: null, mentions: [],
      quotes: [{ start: pieces[0][0], end: pieces[pieces.length - 1][1], text: text.slice(pieces[0][0], pieces[pieces.length - 1][1]), kind: 'direct', speaker: 'ana', speakerMention: null, cue: null,
        pieces: pieces.length > 1 ? pieces.map(([s, e]) => ({ start: s, end: e, text: text.slice(s, e) })) : undefined }],
    }],
    actors: [{ id: 'ana', name: 'Ana Ruiz', kind: 'person', aliases: [], roles: [], mentionCount: 1, quoteCount: 1 }],
    events: [],
  });

  it('a quote in two pieces prints its pieces joined by " … ", without the cue between them', () => {
    const text = '“We will rebuild,” Ruiz told the council. “Every street of it.”';
    const out = summary(result([[1, 16], [43, 61]], text));
    assert.match(out, /“We will rebuild … Every street of it”/);
    assert.doesNotMatch(out, /told the council/);
  });

  it('a quote in one piece prints its text', () => {
    const text = 'Ruiz said the road would reopen.';
    const out = summary(result([[10, 31]], text));
    assert.match(out, /the road would reopen/);
    assert.doesNotMatch(out, / … /);
  });

  it('the list of actors says how many it leaves out, and where all are', () => {
    const r = result([[10, 31]], 'Ruiz said the road would reopen.');
    r.actors = Array.from({ length: 45 }, (_, i) => ({ id: `a${i}`, name: `Person ${i}`, kind: 'person' as const, aliases: [], roles: [], mentionCount: 1, quoteCount: 0 }));
    const out = summary(r);
    assert.match(out, /the first 40 of 45/);
    assert.match(out, /… 5 more \(corpus-nav extract --json lists them all\)/);
    assert.doesNotMatch(out, /Person 40\b/);
  });
});

